"""Buyers named by a noun: "running-shoe buyers", "boot owners", "跑鞋用户", and people named by their
activity ("hikers", "trail runners", 露营爱好者), read as the buyers of the activity's categories.

Two audience rules of :mod:`copilot.reading.audience` (same signature as the others there).
"""

from __future__ import annotations

from collections.abc import Iterable

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.exclusion import exclusion_scopes
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, category_patterns, window_after, zh_window_before
from copilot.tools.conditions import And, Bought, Condition, Or

BUYER_NOUN = r"\s*(?:buyers|owners|purchasers|shoppers|customers|users|fans|people)(?![A-Za-z0-9_-])"

#: Words before an activity noun that make it a product, not people: "our new trail runners", "a pair of runners".
_PRODUCT_BEFORE = re.compile(
    r"(?:\bnew|\bour|\blatest|\bthese|\bthose|\bpair of|\blaunch\w*|\bpromot\w+|\bfeatur\w+|\bsell\w*|\brestock\w*|"
    r"\bclear\w*|\bbought|\bpurchased|\bordered|\bof)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ... unless the noun is who the action is for: "cross-sell to trail runners", "ideas for road runners".
_PEOPLE_BEFORE = re.compile(r"\b(?:to|for|among|with)\s+(?:all\s+|our\s+|the\s+|those\s+)*$", re.IGNORECASE)
#: Between a people-noun and a purchase clause that is a second group: "hikers + anyone who", "露营爱好者和买过帐篷的人".
_JOINED_GROUP = re.compile(r"\s*[,，]?\s*(?:\+|&|and|or|plus|as well as|along with|和|或|或者|以及|还有|加上|、)\s*(?:also\s+)?(?:anyone|everyone|people|customers|those|folks|shoppers)?\s*", re.IGNORECASE)
#: Activity nouns that are also product words (British "runners", "trail runners" = running shoes).
_AMBIGUOUS = {"trail runners", "road runners"}


def _singular_too(p: str) -> str:
    """A plain plural lexicon word also matches its singular before a buyer noun: "boot buyers"."""
    return f"{p[:-1]}s?" if re.fullmatch(r"[a-z]{3,}s", p) else p


def buyer_nouns(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"running-shoe buyers", "tent owners", "跑鞋用户"."""
    text = t.text
    for p, slugs in category_patterns(tuple(cat.categories)):
        rx = (r"(?<![A-Za-z0-9_-])(?:" + _singular_too(p) + ")" if p.isascii() else p) + r"(?:[- ]?(?:shoe|boot|jacket))?" + (
            BUYER_NOUN if p.isascii() else r"(?:的)?(?:购买者|买家|用户|客户|老客)")
        for m in re.finditer(rx, text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                days, end2 = window_after(t, m.end())
                start = m.start()
                if days is None and not p.isascii():  # 近三个月的跑鞋买家
                    days, start = zh_window_before(t, m.start())
                leaves.append((start, Bought(categories=list(slugs), within_days=days, span=t.take(start, end2))))
        if p.isascii():  # "customers with a tent purchase in the last 90 days", "who made a headlamp order"
            rx2 = (r"(?<![A-Za-z0-9_-])(?:with|made|had|have|has|placed)\s+(?:a|an|one|any|at least one)\s+(?:" + _singular_too(p)
                   + r")\s+(?:purchase|order)s?(?![A-Za-z0-9_-])")
            for m in re.finditer(rx2, text, re.IGNORECASE):
                if t.free(m.start(), m.end()):
                    days, end2 = window_after(t, m.end())
                    leaves.append((m.start(), Bought(categories=list(slugs), within_days=days, span=t.take(m.start(), end2))))
    for pid, name, _c in cat.products:  # "Alder Tent 1P owners", "owners of the Alder Tent 1P"
        rx = (rf"(?<![A-Za-z0-9_-]){re.escape(name)}{BUYER_NOUN}"
              rf"|(?:owners|buyers|purchasers) of (?:the |our |an? )?{re.escape(name)}(?![A-Za-z0-9_-])"
              rf"|(?<![A-Za-z0-9_-]){re.escape(name)}\s*(?:的)?(?:用户|买家|购买者|客户|老客)")
        for m in re.finditer(rx, text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                days, end2 = window_after(t, m.end())
                leaves.append((m.start(), Bought(product_ids=[pid], within_days=days, span=t.take(m.start(), end2))))


def _has_purchase(conds: Iterable[Condition]) -> bool:
    """A purchase names the audience (a negated one does not: "campers who haven't bought one yet" are campers)."""
    return any(isinstance(c, Bought) or (isinstance(c, (And, Or)) and _has_purchase(c.of)) for c in conds)


def personas(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"email hikers", "to trail runners in the West", 给露营爱好者发短信: the buyers of the activity's
    categories, when no purchase already names the audience (then the words are only claimed)."""
    text = t.text
    own = {s for s, _ in cat.categories}
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for name, (words, slugs) in lx.PERSONAS.items():
        for w in words:
            for m in re.finditer((r"(?<![A-Za-z0-9_-])" + w + r"(?![A-Za-z0-9_-])") if w.isascii() else w, text, re.IGNORECASE):
                if not t.free(m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b, _ in found):
                    continue
                before = text[max(0, m.start() - 30) : m.start()]
                if name in _AMBIGUOUS and ((_PRODUCT_BEFORE.search(before) and not _PEOPLE_BEFORE.search(before))
                                           or re.match(r"\s*(?:shoes?|sneakers|trainers)\b", text[m.end() :], re.I)):
                    continue
                kept = tuple(s for s in slugs if s in own)
                if kept:
                    found.append((m.start(), m.end(), kept))
    if not found:
        return
    found.sort()
    spans = [t.take(a, b) for a, b, _ in found]
    scopes = exclusion_scopes(t.text)  # a purchase an exclusion will negate ("leave out anyone who bought a tent") names no one
    named = [(p, c) for p, c in leaves if not any(a <= p < b for a, b in scopes)]
    if _has_purchase(c for _, c in named):
        for a, b, kept in found:  # "trail runners + anyone who bought a hydration vest": a group of its own
            nxt = min((p for p, c in named if p >= b and _has_purchase([c])), default=None)
            if nxt is not None and _JOINED_GROUP.fullmatch(text[b:nxt]):
                leaves.append((a, Bought(categories=list(kept), span=t.span(a, b))))
        return
    categories = list(dict.fromkeys(s for _, _, kept in found for s in kept))
    span = spans[0] if len(found) == 1 else t.span(found[0][0], found[-1][1])
    leaves.append((found[0][0], Bought(categories=categories, span=span)))
