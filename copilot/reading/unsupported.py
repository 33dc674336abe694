"""Audience clauses about data the workspace does not hold (gender, age, returns, support tickets, countries,
LTV buckets, period-over-period changes…): listed under Not applied with the reason, never dropped.

One audience rule of :mod:`copilot.reading.audience` (same signature as the others there). Groups whose every
mention is its own clause are all listed, and alternatives joined by "or"/"and" ("contacted support or
returned something", "Australia and NZ") are one entry.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.lexicon_unsupported import UNSUPPORTED_AUDIENCE, UNSUPPORTED_FIRST
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, window_after


def unsupported_reason(what: str) -> str:
    """The reason listed for a condition on data the workspace does not hold ("the data has no returns")."""
    return f"the data has no {what}"


def unsupported(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Data the workspace does not hold."""
    first = len(na)
    for what, words in UNSUPPORTED_AUDIENCE.items():
        found = t.find_all(words) if what in _EVERY_MENTION else [m] if (m := t.find(words)) else []
        for m in found:
            if _PURPOSE.search(t.text, 0, m.start()) and t.free(m.start(), m.end()):
                t.take(m.start(), m.end())  # "…buy most? Thinking about what to pitch to corporate buyers.": why it is asked
                continue
            _one_unsupported(t, na, what, m)
    _join_alternatives(t, na, first)


#: A question's purpose told after it: "Which products do Champions buy most? Thinking about what to pitch to corporate
#: buyers." The group named there is who the marketer will talk to elsewhere, no group of the question (context).
_PURPOSE = re.compile(r"[?？]\s*(?:(?:just\s+)?(?:thinking|wondering)\s+(?:about|of)|planning|deciding|working\s+out|"
                      r"trying\s+to\s+(?:decide|figure\s+out|work\s+out))\b[^.?!\n]*$", re.IGNORECASE)


def unsupported_first(t: Text) -> list[NotApplied]:
    """The groups read before every other rule (``UNSUPPORTED_FIRST``: "lookalikes of our Champions", 心愿单里有帐篷的客户,
    天气转冷地区的客户): each mention listed (audience) and claimed, so no segment, purchase or weather trigger is read in it."""
    out: list[NotApplied] = []
    for what, words in UNSUPPORTED_FIRST.items():
        for m in t.find_all(words):
            _one_unsupported(t, out, what, m)
    _join_alternatives(t, out, 0)  # 加购未买的用户和浏览过帐篷的用户: one entry
    return out


#: Groups where every mention is a clause of its own ("contacted support or returned something", "Australia and NZ").
_EVERY_MENTION = frozenset({"returns", "support contacts or complaints", "countries", "gender", "changes between periods", "loyalty programme",
                            "location beyond region", "cart or browsing activity", "event attendance", "repair or take-back service",
                            "waitlists and favourites", "store visits", "distance from a store", "devices and app versions",
                            "household (home, pets)"})

_ZH_BEFORE = re.compile(r"(?:(?:最近|近|过去)(?:的)?[\d一二两三四五六七八九十半]+(?:个)?(?:天|周|星期|个?月|年)(?:内|里|以来)?|上个?月|上周|去年|今年|本月)$")

#: How often, after a condition the data cannot hold ("returned a product more than twice", 用过优惠码超过三次): one clause.
_TIMES = re.compile(r"\s*(?:(?:more than|at least|over|fewer than|less than|under|exactly|only)\s+)?(?:once|twice|thrice|(?:\d+|two|three|four|five|several|many)\s*\+?\s*times)\b"
                    r"|(?:超过|至少|不少于|多于)?[\d一二两三四五六七八九十]+次(?:以上|及以上)?", re.IGNORECASE)


_POINTS_PAY = re.compile(r"积分(?:可以|能够|可|能)?(?:用来|用于)?(?:抵现|抵扣|当钱花|当现金用?|兑换)(?:\s*[（(][^)）]{0,24}[)）])?")


def _one_unsupported(t: Text, na: list[NotApplied], what: str, m: re.Match[str]) -> None:
    """One clause about data the workspace does not hold, listed with a look-back that follows it."""
    if not t.free(m.start(), m.end()):
        return
    if what in ("countries", "location beyond region") and re.match(
            r"\s*(?:站|团队|team\b|site\b|store\b|office\b)", t.text[m.end() :], re.IGNORECASE):
        t.take(m.start(), m.end())  # 香港站, "the Canada team": who writes or sells, not who is targeted
        return
    if what == "business accounts" and re.search(r"\b(?:leave|exclude|excluding|skip|not|no|except|without|minus)\s+(?:our\s+|the\s+|any\s+)?$|(?:不要|不含|排除|除了)$",
                                                 t.text[max(0, m.start() - 20) : m.start()], re.IGNORECASE):
        t.take(m.start(), m.end())  # "leave our B2B accounts out": no plan reaches them anyway (set 13 decision 172)
        return
    if what == "countries" and re.search(r"\b(?:ship(?:ping)?|deliver(?:y|ies)?|send (?:orders|parcels))\s+(?:to|in)\s+$|(?:发货|寄|送货|配送|运)到\s*$",
                                         t.text[max(0, m.start() - 24) : m.start()], re.IGNORECASE):
        t.take(m.start(), m.end())  # "Do you ship to Canada?": where the store delivers, not who is targeted
        return
    if (what == "loyalty programme" and re.search(
            r"(?:double|triple|2x|3x|bonus|extra|join|sign up for|enrol\w* in|enroll\w* in)\s+(?:our\s+|the\s+)?(?:reward\s+|loyalty\s+)?$|(?:双倍|多倍|额外|送)$",
            t.text[max(0, m.start() - 20) : m.start()], re.IGNORECASE)) or re.match(r"翻倍|加倍", t.text[m.end():]):
        return  # points offered, not people selected by their points: the offer reader lists them
    if what == "loyalty programme" and any(o.start() <= m.start() < o.end() for o in _POINTS_PAY.finditer(t.text)):
        return  # 积分可抵现（100积分抵1元）: paying with points is an offer term (the offer reader lists it)
    if what == "loyalty programme" and re.search(r"(?:升级|升到|冲)(?:到|至)?$", t.text[max(0, m.start() - 3) : m.start()]):
        t.take(m.start(), m.end())  # 银卡会员升级金卡: the aim of the campaign, not a second group
        return
    stop = m.end()
    if (times := _TIMES.match(t.text, stop)) and t.free(stop, times.end()):
        stop = times.end()  # "returned a product more than twice": the count is part of the clause
    days, end = window_after(t, stop) if what in _EVERY_MENTION else (None, stop)
    end = end if days is not None else stop  # "returned something in the last 60 days": one clause
    start = m.start()
    if what in _EVERY_MENTION and (before := _ZH_BEFORE.search(t.text[max(0, start - 12) : start])) and t.free(start - len(before.group(0)), start):
        start -= len(before.group(0))  # 上个月去过门店, 最近半年退过货: the look-back before the clause is part of it
    na.append(NotApplied(text=t.text[start:end], span=t.take(start, end), affects="audience",
                         reason=unsupported_reason(what)))


def _join_alternatives(t: Text, na: list[NotApplied], first: int) -> None:
    """"customers who contacted support or returned something": one clause the data cannot hold, one entry."""
    mine = sorted((n for n in na[first:] if n.span is not None), key=lambda n: n.span.start if n.span else 0)
    joined: list[NotApplied] = []
    for n in mine:
        prev = joined[-1] if joined else None
        if prev is not None and prev.span is not None and n.span is not None and re.fullmatch(
                r"\s*(?:,|or|and|and/or|或|或者|和|、|以及)\s*(?:(?:who|that|have|has|had)\s+)*", t.text[prev.span.end : n.span.start], re.I):
            words = t.text[prev.span.start : n.span.end]
            joined[-1] = NotApplied(text=words, span=t.span(prev.span.start, n.span.end), affects="audience",
                                    reason=prev.reason if n.reason in prev.reason else f"{prev.reason}; {n.reason.removeprefix('the data has no ')}")
        else:
            joined.append(n)
    na[first:] = [*joined, *(n for n in na[first:] if n.span is None)]
