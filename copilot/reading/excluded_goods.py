"""Goods the request leaves out are never what it promotes (probe s26, class 5): "20% off everything except headlamps",
"top 10 products by revenue, excluding accessories", "best sellers, not counting socks", 除了配件类，其他所有品类都参与,
全场满500减60，帐篷和睡袋除外, 不包括背包.

The schema holds no excluded category, so the goods left out are claimed (never read as promoted) and listed under
not applied with the reason (a product left out of a promoted category, "headlamps excluding the Cascade Beam", is
listed by the promoted goods' own rule). People left out ("everyone except tent buyers", 除了买过帐篷的人) are the audience's NOT:
the audience rules read those first, and a list followed by a word for people is never claimed here.
Called once from reader.py, after the audience and before the promoted goods are read.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, match_catalogue

#: Words before the goods they leave out.
_LEAD = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|exclude|excl\.?|not\s+counting|not\s+including|other\s+than|apart\s+from|aside\s+from|"
    r"but\s+not|minus|leaving\s+out|leave\s+out)\s+(?:(?:the|our|any|all|all\s+the|of\s+the)\s+)?"
    r"|除了|除去|不包括|不包含|不含|排除|剔除|去掉",
    re.IGNORECASE)
#: Words after goods that leave them out: 帐篷和睡袋除外, 配件不参加活动, 背包不参与, 袜子不算.
_AFTER = re.compile(r"(?:类|品类|系列|产品|商品)?\s*(?:除外|不参加|不参与|不算在内|不算|不在活动范围内?|不打折|以外|之外)")
#: Between two goods of one list.
_JOIN = re.compile(r"\s*(?:,|，|、|/|&|\+|和|及|与|或|以及|\band\b|\bor\b|\bnor\b)\s*(?:(?:the|our|any|all)\s+)?", re.IGNORECASE)
#: A category word's tail that still names the goods: 配件类, 帐篷系列, "the sock range".
_TAIL = re.compile(r"(?:类|品类|系列|产品|商品|\s+(?:categor(?:y|ies)|range|line|lines|products|items))?", re.IGNORECASE)
#: People after the goods: the list describes who is left out, not what ("except tent buyers", 除了帐篷买家).
_PEOPLE = re.compile(r"\s*(?:buyers?|purchasers?|owners?|customers?|shoppers?|people|folks|fans|users|members|"
                     r"的人|的客户|的用户|买家|客户|用户|人群)", re.IGNORECASE)

_REASON = ("goods left out: never promoted; copilot cannot exclude goods from an offer or from figures, so the offer "
           "or the answer is not limited to the other goods")


def _goods_list(t: Text, cat: Catalogue, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The catalogue goods listed from ``pos`` (free words only) and where the list ends."""
    text = t.text
    hits: list[tuple[int, int]] = []
    while True:
        hit = match_catalogue(text, pos, cat)
        if hit is None or not hit[0] or not t.free(pos, hit[2]):  # a product left out is read with the promoted goods
            return hits, pos
        end = hit[2] + len(_TAIL.match(text, hit[2]).group(0))  # type: ignore[union-attr]
        hits.append((pos, end))
        j = _JOIN.match(text, end)
        if j is None or j.end() == end:
            return hits, end
        pos = j.end()


def _list_before(t: Text, cat: Catalogue, stop: int) -> list[tuple[int, int]]:
    """帐篷和睡袋除外: the goods listed right before ``stop``, back to the clause's start."""
    start = max([m.end() for m in re.finditer(r"[，,。；;：:！？!?\n]", t.text[:stop])], default=0)
    while start < stop and t.text[start].isspace():
        start += 1
    hits, end = _goods_list(t, cat, start)
    return hits if hits and end == stop else []


def excluded_goods(t: Text, cat: Catalogue, not_applied: list[NotApplied]) -> None:
    """Claim the goods the request leaves out and list them (see the module's doc)."""
    found: list[list[tuple[int, int]]] = []
    for m in _LEAD.finditer(t.text):
        hits, end = _goods_list(t, cat, m.end())
        if hits and not _PEOPLE.match(t.text, end):
            found.append([(m.start(), m.start()), *hits])
    for m in _AFTER.finditer(t.text):
        hits = _list_before(t, cat, m.start())
        if hits and t.text[hits[0][0] - 2 : hits[0][0]] not in ("除了", "除去"):
            found.append([(m.end(), m.end()), *hits])
    for group in found:
        (edge, _), goods = group[0], group[1:]
        if not all(t.free(a, b) for a, b in goods):
            continue
        for a, b in goods:
            t.take(a, b)
        a, b = min(edge, goods[0][0]), max(edge, goods[-1][1])
        not_applied.append(NotApplied(text=t.text[a:b].strip(), span=t.span(a, b), affects="product",
                                      reason=_REASON))
