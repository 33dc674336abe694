"""A Chinese purchase told without its goods after one that names them: 买过越野跑鞋的客户，但不包括最近30天刚买过的;
一年前买过徒步靴、最近一年没再买过的客户. The goods are the ones named before in the sentence; a window in front dates
the purchase (an audience rule, after the purchases are read)."""

from __future__ import annotations

from collections.abc import Callable

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, category_at, zh_window_before
from copilot.tools.conditions import And, Bought, Condition, Not, Or

_AGAIN = re.compile(
    r"(?P<neg>没有?再?|未再?|不再|没再)?(?:刚刚?|又|再)?(?:买过|购买过|买了|下单过|(?<=再)(?:购买|买|复购|回购))(?=的|[，,。；;]|$)"
)


def _purchases(c: Condition) -> list[Bought]:
    if isinstance(c, Bought):
        return [c]
    if isinstance(c, Not):
        return _purchases(c.of)
    if isinstance(c, (And, Or)):
        return [b for x in c.of for b in _purchases(x)]
    return []


def bought_again(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """刚买过的 / 没再买过的 after 买过X: a purchase (or none) of X, in the window said before it."""
    text = t.text
    add = adder(leaves)
    _bought_those(t, cat, add)
    for m in _AGAIN.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        sentence = max(text.rfind(c, 0, m.start()) for c in "。；;.!?！？\n") + 1
        named = [
            b
            for _, c in leaves
            for b in _purchases(c)
            if b.span is not None and sentence <= b.span.end <= m.start()
        ]
        if not named:
            continue
        prev = max(named, key=lambda b: b.span.end if b.span else 0)
        days, start = zh_window_before(t, m.start())
        leaf = Bought(categories=list(prev.categories), product_ids=list(prev.product_ids), within_days=days)
        cond: Condition = Not(of=leaf) if m.group("neg") else leaf
        if _no_span(cond.model_dump()) in [_no_span(n.model_dump()) for _, c in leaves for n in _nodes(c)] or (
                days is None and m.group("neg") and _dated_none(leaf, leaves)):  # 一年前买过睡袋、之后没再买过: "since" is the 一年前
            t.take(start, m.end())  # 一年前买过徒步靴、最近一年没再买过: already read with the purchase
            continue
        leaf = leaf.model_copy(update={"span": t.take(start, m.end())})
        add(start, Not(of=leaf) if m.group("neg") else leaf)


def _dated_none(leaf: Bought, leaves: Leaves) -> bool:
    """Whether a purchase of the same goods is already told as none within a window (一年前买过X: not within 365)."""
    return any(isinstance(n, Not) and isinstance(n.of, Bought) and n.of.within_days is not None
               and n.of.categories == leaf.categories and n.of.product_ids == leaf.product_ids
               for _, c in leaves for n in _nodes(c))


#: 买过这两类的人, 已经购买过这些产品: goods told by a demonstrative, the ones named before.
_THOSE = re.compile(r"(?P<neg>没有?|未)?(?:已经?|刚刚?|曾经?|都)?(?:买过|购买过|买了|购买了|下单过)(?:这|那)(?:(?:两|三|几|些)?(?:类|款|种|样|个品类|大类)|些)(?:产品|商品|东西)?")


def _bought_those(t: Text, cat: Catalogue, add: Callable[[int, Condition], None]) -> None:
    """排除最近60天已经买过这两类的人: a purchase of the goods named last before it (a list: all of it), in the window
    said before the verb."""
    for m in _THOSE.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        last: tuple[list[str], list[str], int] | None = None
        i = 0
        while i < m.start():
            hit = category_at(t, cat, i)
            if hit is not None and hit[2] <= m.start() and hit[2] > i:
                last, i = hit, hit[2]
            else:
                i += 1
        if last is None:
            continue
        days, start = zh_window_before(t, m.start())
        leaf = Bought(categories=last[0], product_ids=last[1], within_days=days, span=t.take(start, m.end()))
        add(start, Not(of=leaf) if m.group("neg") else leaf)


def _nodes(c: Condition) -> list[Condition]:
    if isinstance(c, (And, Or)):
        return [c, *(n for x in c.of for n in _nodes(x))]
    if isinstance(c, Not):
        return [c, *_nodes(c.of)]
    return [c]


def _no_span(d: object) -> object:
    if isinstance(d, dict):
        return {k: _no_span(v) for k, v in d.items() if k != "span"}
    if isinstance(d, list):
        return [_no_span(v) for v in d]
    return d
