"""Joining the audience leaves: AND in the order written, OR where the words say "or", an OR between whole
clauses, and one condition for repeats (two recency windows, two order counts)."""

from __future__ import annotations

import itertools

from copilot.reading import regex as re
from copilot.reading.numbers import DURATION
from copilot.tools.conditions import (
    AllCustomers,
    And,
    Bought,
    Condition,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    RfmSegment,
    SignedUp,
    Spend,
    ValueTier,
)


def combine(text: str, leaves: list[tuple[int, Condition]]) -> Condition | None:
    if not leaves:
        return None
    leaves.sort(key=lambda x: x[0])
    conds = [c.of.of if isinstance(c, Not) and isinstance(c.of, Not) else c for _, c in leaves]  # "suppress unengaged"
    conds = _shared_zh_window(text, conds)
    if any(isinstance(c, AllCustomers) for c in conds) and len(conds) > 1:
        conds = [c for c in conds if not isinstance(c, AllCustomers)]
    if len(conds) == 1:
        return conds[0]
    # "two groups: A, or B who bought C" / "A, plus anyone in B": an OR between whole clauses
    segments: list[list[Condition]] = [[conds[0]]]
    for prev, cur in itertools.pairwise(conds):
        pe, cs = _end(prev), _start(cur)
        between = text[pe:cs] if pe is not None and cs is not None and cs >= pe else ""
        if _CLAUSE_OR.search(between) and len(between) < 60:
            segments.append([cur])
        else:
            segments[-1].append(cur)
    if len(segments) > 1:
        tail: list[Condition] = []  # "一是…，二是…；但都不要南部的", "(1) …, (2) …. Exclude the South": for every group
        while len(segments[-1]) > 1 and isinstance(segments[-1][-1], Not):
            pe, cs = _end(segments[-1][-2]), _start(segments[-1][-1])
            if pe is None or cs is None or not re.search(r"[;；。.]|但|\bbut\b|都|\bboth\b|\beither\b|\ball of them\b", text[pe:cs], re.I):
                break
            tail.insert(0, segments[-1].pop())
        ors = [_and_or(text, seg) for seg in segments]
        return And(of=[Or(of=ors), *tail]) if tail else Or(of=ors)
    return _and_or(text, conds)


#: An OR between whole clauses: a comma before "or", "plus anyone", "as well as everyone", "，或者".
_CLAUSE_OR = re.compile(r"(?:[,;:]|\s[-—–])\s*(?:or|plus)\b|\+\s*(?:anyone|everyone|everybody|all|any)\b|(?:客户|用户|会员|人群|顾客|的人)\s*(?:\+|＋|加上)\s*|\(\s*(?:b|c|d|2|3|4|ii|iii)\s*\)|(?<![\w(])(?:b|c|2|3)\)\s|[②③④]|\bplus (?:anyone|everyone|all|any)\b|\bas well as (?:anyone|everyone|all)\b|"
                        r"\band also (?:anyone|everyone)\b|[,;]\s*(?:and|plus)\s+also\s+(?:the\s+|our\s+)?(?!who\b|that\b|with\b|in\b|have\b|has\b|are\b|is\b)|"
                        # waves in Chinese: 先给冠军客户发，再给其余近30天活跃的客户发
                        r"[，,；;]\s*(?:然后|之后|接着)?再(?:给|发给|推给)|"
                        # waves: "start with the top 20% …, then everyone who bought …" reach both groups
                        r"(?:[,;]|\s[-—–])\s*(?:and\s+)?(?:then|followed by|after that)\s+(?:to\s+)?(?:everyone|anyone|all|any|those|people|customers)\b|[，；]\s*(?:或者|或是|以及所有|再加上)"
                        # "两拨人：一是冠军客户，二是…", "second group:": groups counted out
                        r"|[，,；;。]\s*(?:二是|其二|第二(?:类|组|拨|批)(?:人)?(?:是|：|:)?)|[,;.]\s*(?:second(?:ly)?,?\s*|the second group\s*(?:is|:)?\s*|group (?:2|two|b)\s*:\s*)",
                        re.IGNORECASE)


def _and_or(text: str, conds: list[Condition]) -> Condition:
    """Leaves in the order of the text: AND, except leaves separated only by an "or"."""
    if len(conds) == 1:
        return conds[0]
    groups: list[list[Condition]] = [[conds[0]]]
    for prev, cur in itertools.pairwise(conds):
        pe = _end(prev)
        cs = _start(cur)
        between = text[pe:cs] if pe is not None and cs is not None and cs >= pe else ""
        both_excluded = isinstance(prev, Not) and isinstance(cur, Not)  # not (A or B) = not A and not B
        ce = _end(cur)
        summed = ce is not None and re.match(r"\s*(?:的)?(?:客户|用户|会员|人群)?\s*(?:加起来|合起来|加在一起|combined\b|together\b|altogether\b)",
                                             text[ce : ce + 16], re.I)
        if summed and re.fullmatch(r"\s*(?:customers|buyers|shoppers|people|members|users|客户|用户|会员)?\s*(?:and|&|\+|和|与|及|以及|、|,|，)\s*",
                                   between, re.I):
            groups[-1].append(cur)  # "高价值客户和复购用户加起来", "Champions and new customers combined": either group
            continue
        if ce is not None and re.fullmatch(r"\s*(?:customers|buyers|people|客户|用户|会员|人群)?\s*(?:vs\.?|versus|v\.|对比|相比|和|与|跟)\s*", between, re.I) and (
                re.search(r"vs|versus|v\.|对比|相比", between, re.I) or re.match(r"[^。？?.]{0,12}?(?:谁|哪个|哪类|哪一|哪边|which|who)", text[ce : ce + 24], re.I)):
            groups[-1].append(cur)  # "Hikers vs campers: who spends more?", 高价值客户和中价值客户，谁的客单价高: two groups compared
            continue
        if (_group_noun(prev) and _group_noun(cur)
                and type(prev) is not type(cur) and re.fullmatch(r"\s*(?:customers|buyers|客户|用户)?\s*(?:and|&|\+|和|以及|及|、)\s*(?:the\s+)?", between, re.I)):
            groups[-1].append(cur)  # "email to New customers and Promising": two groups named side by side, either one
            continue
        if re.fullmatch(r"\s*(?:customers|buyers|people)?\s*(?:and|&|\+|plus)\s+(?:also\s+)?(?:anyone|everyone|everybody|any customer|all those)\s*", between, re.I) or (
                re.fullmatch(r"\s*(?:customers|buyers|people|folks)?\s*,?\s*(?:plus|as well as|along with)\s+(?:the\s+|our\s+|all\s+)?", between, re.I)
                and not isinstance(prev, Not) and not isinstance(cur, Not)):
            groups[-1][-1] = Or(of=[groups[-1][-1], cur])  # "trail runners + anyone who bought a vest in the last 6 months":
            continue  # either group, and the window is the second clause's own
        # the "or" must be in the clause next to the second leaf: in "买过睡袋或防潮垫的用户，排除买过帐篷的"
        # it joins a product the catalogue lacks, not the exclusion after the comma
        last_clause = re.split(r"[,;.，；。]", between)[-1]
        if (re.search(r"\bor\b|或者|或|还是", last_clause, re.I) and len(between) < 40
                and not re.search(r"\band\b|且|并且|同时", between, re.I) and not both_excluded):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    parts = _simplified([g[0] if len(g) == 1 else Or(of=_shared_window(g)) for g in groups])
    parts = _window_carried(text, parts)
    return parts[0] if len(parts) == 1 else And(of=parts)


def _group_noun(c: Condition) -> bool:
    """A group named by a noun: a segment, a tier, new customers, or a lapse told without a number (沉睡客户, "lapsed
    customers")."""
    if isinstance(c, (RfmSegment, SignedUp, ValueTier)):
        return True
    return isinstance(c, Recency) and c.span is not None and not re.search(r"\d|[一二两三四五六七八九十半]", c.span.text)


def _shared_window(alternatives: list[Condition]) -> list[Condition]:
    """过去三个月买过背包或者徒步鞋: one look-back for both purchases (when one alone has it)."""
    bought = [c for c in alternatives if isinstance(c, Bought)]
    days = {c.within_days for c in bought if c.within_days is not None}
    if len(bought) != len(alternatives) or len(days) != 1:
        return alternatives
    d = days.pop()
    return [c.model_copy(update={"within_days": d}) if isinstance(c, Bought) and c.within_days is None else c for c in alternatives]


def _window_carried(text: str, parts: list[Condition]) -> list[Condition]:
    """最近30天打开过邮件但没有点击的, "opened our emails in the last 45 days but never clicked": the second event in the
    same window and channel as the first, when it names none."""
    out = list(parts)
    for i, (a, b) in enumerate(itertools.pairwise(parts)):
        neg = b.of if isinstance(b, Not) else None
        if not (isinstance(a, Engagement) and isinstance(neg, Engagement) and neg.within_days is None and neg.channel is None):
            continue
        ae, bs = _end(a), _start(b)
        if ae is None or bs is None or not re.fullmatch(r"\s*(?:,\s*)?(?:but|and|但|但是|却|而)?\s*(?:have\s+|has\s+)?", text[ae:bs], re.IGNORECASE):
            continue
        out[i + 1] = Not(of=neg.model_copy(update={"within_days": a.within_days, "channel": a.channel}))
    return out


def _simplified(parts: list[Condition]) -> list[Condition]:
    """An AND without repeats: the same condition read twice ("沉睡客户…半年以上没下单") counts once, and
    two last-order windows are one ("lost touch… last order more than nine months ago" is >= 270 days)."""
    out: list[Condition] = []
    seen: list[dict[str, object]] = []
    for c in parts:
        key = c.model_dump(exclude={"span"})
        if key in seen:
            continue
        seen.append(key)
        out.append(c)
    out = _one_segment(_one_engagement(_one_order_count(out)))
    def existing(c: Condition) -> bool:  # 老客: at least one order, ever
        return isinstance(c, OrderCount) and c.min == 1 and c.max is None and c.within_days is None

    # 半年没下单的老客, 买过羽绒服的老客, 过去一年买过两单的老客: a last order, a purchase or a count already says they ordered
    if any(not existing(c) and ((isinstance(c, Recency) and not c.include_never) or isinstance(c, Bought)
                                or (isinstance(c, Spend) and (c.min or 0) > 0) or (isinstance(c, OrderCount) and (c.min or 0) >= 1)) for c in out):
        out = [c for c in out if not existing(c)] or out
    recencies = [c for c in out if isinstance(c, Recency)]
    if len(recencies) < 2 or any(r.include_never for r in recencies):
        return out
    counted = [r for r in recencies if r.span is not None and DURATION.search(r.span.text.replace("+", ""))]
    if counted and len(counted) < len(recencies):  # "lapsed (no order in 120+ days)": the number decides
        out = [c for c in out if not isinstance(c, Recency) or any(c is r for r in counted)]
        recencies = counted
        if len(recencies) < 2:
            return out
    mins = [r.min_days for r in recencies if r.min_days is not None]
    maxes = [r.max_days for r in recencies if r.max_days is not None]
    lo, hi = (max(mins) if mins else None), (min(maxes) if maxes else None)
    if lo is not None and hi is not None and lo > hi:
        return out  # contradictory windows: left for the marketer to see, not silently merged
    keep = max(recencies, key=lambda r: (r.min_days or 0, -(r.max_days or 0)))
    merged = keep.model_copy(update={"min_days": lo, "max_days": hi})
    return [merged if c is keep else c for c in out if not isinstance(c, Recency) or c is keep]


def _one_segment(parts: list[Condition]) -> list[Condition]:
    """A customer is in one RFM segment, so two segments ANDed are both groups ("Email Champions … K: make it Loyal
    too"): one leaf with every segment named, in the first one's place."""
    segs = [c for c in parts if isinstance(c, RfmSegment)]
    if len(segs) < 2:
        return parts
    names = [n for c in segs for n in c.segments]
    merged = segs[0].model_copy(update={"segments": list(dict.fromkeys(names))})
    return [merged if c is segs[0] else c for c in parts if not isinstance(c, RfmSegment) or c is segs[0]]


def _one_engagement(parts: list[Condition]) -> list[Condition]:
    """"still open emails (opened in last 30d)": one event told twice, once with its channel and once with its
    window, is one condition (when nothing the two say disagrees)."""
    out: list[Condition] = []
    for c in parts:
        prev = next((p for p in out if isinstance(p, Engagement) and isinstance(c, Engagement) and p.event == c.event
                     and (p.channel is None or c.channel is None or p.channel == c.channel)
                     and (p.within_days is None or c.within_days is None or p.within_days == c.within_days)), None)
        if prev is not None and isinstance(prev, Engagement) and isinstance(c, Engagement):
            merged = prev.model_copy(update={"channel": prev.channel or c.channel, "within_days": prev.within_days or c.within_days})
            out[out.index(prev)] = merged
        else:
            out.append(c)
    return out


def _one_order_count(parts: list[Condition]) -> list[Condition]:
    """Two lifetime order counts are one: 老客 (at least 1) and 3单以上 (at least 3) is at least 3."""
    counts = [c for c in parts if isinstance(c, OrderCount) and c.within_days is None]
    if len(counts) < 2:
        return parts
    mins = [c.min for c in counts if c.min is not None]
    maxes = [c.max for c in counts if c.max is not None]
    lo, hi = (max(mins) if mins else None), (min(maxes) if maxes else None)
    if lo is not None and hi is not None and lo > hi:
        return parts  # contradictory: left for the marketer to see
    keep = max(counts, key=lambda c: (c.min or 0))
    merged = keep.model_copy(update={"min": lo, "max": hi})
    return [merged if c is keep else c for c in parts if not (isinstance(c, OrderCount) and c.within_days is None) or c is keep]


#: A window before a Chinese verb: 过去90天买过…; and what joins a second purchase to the first (又/也/还/并且 买过…).
_ZH_WINDOW_FIRST = re.compile(r"(?:在)?(?:过去|最近|近|这)")
_ZH_ALSO = re.compile(r"\s*[，,、]?\s*(?:又|也|还|并且|并|而且|同时|且)+\s*(?:曾经?)?\s*")


def _shared_zh_window(text: str, conds: list[Condition]) -> list[Condition]:
    """过去90天买过帐篷又买过睡袋: the window said before the first purchase holds for the second joined to it by
    又/也/还/并且 (it had held for the first only)."""
    out = list(conds)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if not (isinstance(prev, Bought) and isinstance(cur, Bought) and prev.within_days and cur.within_days is None
                and prev.span and cur.span and _ZH_WINDOW_FIRST.match(prev.span.text)):
            continue
        also = re.match(r"(?:又|也|还)*", cur.span.text)  # 也 may open the second purchase's own words
        if _ZH_ALSO.fullmatch(text[prev.span.end : cur.span.start] + (also.group(0) if also else "")):
            out[i] = cur.model_copy(update={"within_days": prev.within_days})
    return out


def _end(c: Condition) -> int | None:
    if isinstance(c, Not):
        return _end(c.of)
    if isinstance(c, (And, Or)):
        return _end(c.of[-1])
    return c.span.end if c.span else None


def _start(c: Condition) -> int | None:
    if isinstance(c, Not):
        return _start(c.of)
    if isinstance(c, (And, Or)):
        return _start(c.of[0])
    return c.span.start if c.span else None
