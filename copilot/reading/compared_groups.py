"""Groups a question sets side by side, and "which X has the most" (issue #12, session 25): read as a breakdown
(:attr:`Reading.breakdown`) so the chat answers group by group, never one figure for the groups merged.

- **Two or more named groups compared** ("click rate for US-South vs US-West", "open rate for Hibernating vs Lost",
  美国西部和东北部哪个区的冠军客户更多, 冠军客户还是忠诚客户客单价高): the audience keeps one leaf naming them (decision
  110); ``breakdown.by`` is that leaf's dimension (region, segment, tier, age) and its span the groups' words, so the chat
  runs its tool once per named group. Named groups joined with no comparison ("How many Champions or Loyal customers
  …", 一共) stay one group.
- **"Which segment has the most never-openers"**, "which region has the highest AOV", 哪个分群/哪个地区/哪个年龄段…最多:
  ``breakdown.by`` is the dimension asked about; the chat answers every group, the top one first.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import Breakdown, BreakdownBy, Reading
from copilot.tools.conditions import And, Condition, Or, Region, RfmSegment, Span

#: a comparison said: "vs", "compared to", "which … more", 哪个, 还是, 比, 更多
_COMPARED = re.compile(
    r"\b(?:than|vs\.?|versus|compared?\s+(?:to|with)|comparison|which|who\s+(?:is|are|has|have|spends?|buys?|orders?|opens?|clicks?)|"
    r"(?:higher|lower|better|worse|more|fewer|bigger|smaller)\b)|比|相比|对比|哪个|哪一个|哪些|谁|还是|更(?:大|多|少|高|低|好)",
    re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:in\s+total|combined|altogether|together|either)\b|一共|总共|加起来|合计", re.IGNORECASE)
#: the words joining the groups inside the leaf's span ("at-risk" alone names two segments and joins nothing)
_JOINED = re.compile(r"\b(?:vs\.?|versus|or|and|compared\s+(?:to|with)|against)\b|[和与跟及或、/&,，]|还是|对比|相比", re.IGNORECASE)

_DIM_EN = r"(?P<d>(?:rfm\s+|customer\s+|value\s+)?(?:segments?|tiers?|cohorts?)|regions?|areas?|age\s+(?:bands?|groups?|brackets?)|channels?)"
_WHICH = re.compile(
    rf"\b(?:which|what)\s+(?:one\s+of\s+(?:the|our)\s+)?{_DIM_EN}\b(?=[^.?!]{{0,80}}\b(?:most|highest|lowest|least|best|worst|biggest|largest|"
    r"smallest|more|fewer|higher|lower|bigger|top)\b)"
    r"|(?:哪个|哪一个|哪些|哪类|哪一类)(?P<z>RFM人群|人群|客群|分群|细分人群|价值层级|层级|年龄段|地区|区域|大区|区|渠道)(?=[^。？?]{0,30}(?:最|更|多|高|少|低))",
    re.IGNORECASE)
#: "which age band has the most SMS subscribers", 哪个地区的推送用户最多: the people in each group are counted (a channel named
#: there is their consent), not a channel's campaign results
_PEOPLE_MOST = re.compile(
    r"\b(?:most|fewest|more|fewer|largest|biggest|smallest)\s+(?:\w+\s+){0,3}?(?:customers|subscribers|people|buyers|shoppers|members|"
    r"opt-?ins|users|contacts)\b|(?:客户|用户|订阅者|会员|顾客|人)(?:数|数量)?(?:最多|最少|更多|更少)", re.IGNORECASE)
_EN_BY: dict[str, BreakdownBy] = {"segment": "segment", "tier": "tier", "cohort": "segment", "region": "region", "area": "region",
                                  "age": "age", "channel": "channel"}
_ZH_BY: dict[str, BreakdownBy] = {"人群": "segment", "客群": "segment", "分群": "segment", "层级": "tier", "年龄": "age", "区": "region",
                                  "渠道": "channel"}


def _which(text: str) -> tuple[BreakdownBy, int, int] | None:
    m = _WHICH.search(text)
    if m is None:
        return None
    if m.group("d"):
        word = m.group("d").lower()
        key = next((k for k in _EN_BY if k in word), None)
    else:
        key = next((k for k in _ZH_BY if k in m.group("z")), None)
    if key is None:
        return None
    return (_EN_BY if m.group("d") else _ZH_BY)[key], m.start(), m.end()


_OR_BY: dict[str, BreakdownBy] = {"region": "region", "rfm_segment": "segment", "value_tier": "tier", "age": "age"}


def named_groups(aud: Condition | None) -> tuple[BreakdownBy, Condition] | None:
    """The audience leaf naming two or more groups of one dimension (regions, segments, tiers, ages), with its
    dimension; None when there is none or more than one."""
    parts = aud.of if isinstance(aud, And) else [aud] if aud is not None else []
    found: list[tuple[BreakdownBy, Condition]] = []
    for p in parts:
        if isinstance(p, Region) and len(p.regions) >= 2:
            found.append(("region", p))
        elif isinstance(p, RfmSegment) and len(p.segments) >= 2:
            found.append(("segment", p))
        elif isinstance(p, Or) and len(p.of) >= 2:
            kinds = {c.kind for c in p.of}
            by = _OR_BY.get(next(iter(kinds))) if len(kinds) == 1 else None
            if by is not None:
                found.append((by, p))
    return found[0] if len(found) == 1 else None


def _span(c: Condition) -> Span | None:
    own: Span | None = getattr(c, "span", None)
    if own is not None:
        return own
    spans = [s for s in (x.span for x in getattr(c, "of", [])) if s is not None]
    if len(spans) < 2:
        return None
    return Span(start=spans[0].start, end=spans[-1].end, text="")


def settle_compared(reading: Reading) -> Reading:
    """The breakdown of a question comparing named groups, or asking which group has the most (see module docs)."""
    if reading.kind != "question" or reading.breakdown is not None or reading.intent not in ("count", "segments", "channel_performance"):
        return reading
    text = reading.text
    got = named_groups(reading.audience)
    if got is not None and _COMPARED.search(text) and not _TOTAL.search(text):
        by, leaf = got
        span = _span(leaf)
        if span is not None and _JOINED.search(text[span.start:span.end]):
            words = Span(start=span.start, end=span.end, text=text[span.start:span.end])
            return reading.model_copy(update={"breakdown": Breakdown(by=by, span=words)})
    found = _which(text)
    if found is not None and found[0] != "channel" and reading.intent == "channel_performance" and reading.metric is None \
            and _PEOPLE_MOST.search(text):
        reading = reading.model_copy(update={"intent": "segments"})  # 哪个年龄段的短信订阅用户最多: people per group, not a channel's results
    if found is None or (reading.intent == "channel_performance" and (found[0] == "channel" or reading.metric is None)):
        return reading  # "which channel converts best": the channel answer ranks channels; 哪个地区的客户增长最快: sizes (routed_regions)
    by, a, b = found
    return reading.model_copy(update={"breakdown": Breakdown(by=by, span=Span(start=a, end=b, text=text[a:b]))})
