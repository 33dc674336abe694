"""A question's breakdown and its comparison base (issue #12, session 25): read into :attr:`Reading.breakdown` and
:attr:`Reading.compare_period`, never answered as one total nor dropped.

- **A breakdown** ("conversion by channel", "revenue per month this year", "how many customers in each segment",
  "split by age band", 分渠道的转化率, 各品类的销售额, 各地区的复购人数, 按月看): ``breakdown.by`` is the dimension. Whether the
  tools can give it depends on what is asked: campaign results (channel_stats) split by channel, by group of
  customers (region, RFM segment, value tier, age band) or by period (month, quarter, week); customers' counts and
  lifetime spend (segment_lookup) split by group or by channel reached. Sales by category, and customers month by
  month, are in no tool: those are listed under Not applied with the reason, so the answer never gives a different
  figure as if it were the one asked.
- **A second period** ("last quarter vs Q1 2025", "this quarter compared to last quarter", 和去年同期相比, 比上个月多还是少,
  环比, MoM): ``compare_period`` with its dates; the period said first is the question's ``period``. Channel questions
  are answered for both (two figures and the difference); other answers list it, as their period (decision 240).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.compared_groups import settle_compared
from copilot.reading.leftover import REASON as UNREAD
from copilot.reading.leftover import REASON_UNREAD_WHO as UNREAD_WHO
from copilot.reading.lexicon import MONTH_RE, MONTHS
from copilot.reading.period import COMPARED_REASON, find_period
from copilot.reading.schema import Breakdown, BreakdownBy, NotApplied, Reading, Window
from copilot.tools.conditions import Span

_EN_DIM = (r"(?P<n>(?:rfm\s+|customer\s+|value\s+|age\s+)?(?:segment|tier|cohort|band|bracket|group)s?|channels?|regions?|areas?|"
           r"territor(?:y|ies)|(?:product\s+)?categor(?:y|ies)|product\s+(?:lines?|types?)|ages?|months?|quarters?|weeks?)")
_EN = re.compile(
    r"\b(?:(?:broken|split|segmented|grouped|sliced|bucketed)\s+(?:out\s+)?(?:down\s+)?(?:by|per|across)|(?:a\s+)?breakdown\s+(?:by|per|across)|"
    r"by|per|for\s+(?:each|every)|in\s+(?:each|every)|across\s+(?:all\s+)?(?:the\s+|our\s+)?|each|every)\s+(?:the\s+|our\s+)?" + _EN_DIM + r"\b"
    r"|\b(?P<n2>channel|region|segment|tier|category|month|quarter|week)\s+by\s+(?P=n2)\b"
    r"|\b(?P<n3>monthly|quarterly|weekly)\s+(?=(?:(?:e-?mail|sms|text|push|paid\s+social)\s+)?(?:revenue|sales|conversions?|orders|numbers|figures|breakdown|trend|click|open)\b)",
    re.IGNORECASE)
_ZH = re.compile(
    r"(?:各个?|每个|每一个|(?<![部区充十])分|按(?:照)?|逐)(?P<z>渠道|地区|区域|大区|品类|类目|类别|RFM人群|人群|客群|细分人群|价值层级|价值分层|层级|年龄段|年龄|季度|月份?|周)"
    r"|每个?月的(?=[^，。？?]{0,6}(?:销售额|收入|营收|转化|点击|打开|订单|GMV))", re.IGNORECASE)
_EN_BY: dict[str, BreakdownBy] = {"segment": "segment", "cohort": "segment", "group": "segment", "tier": "tier", "band": "age",
                                  "bracket": "age", "channel": "channel", "region": "region", "area": "region", "territor": "region",
                                  "categor": "category", "product": "category", "age": "age", "month": "month", "quarter": "quarter",
                                  "week": "week"}
_ZH_BY: dict[str, BreakdownBy] = {"渠道": "channel", "地区": "region", "区域": "region", "大区": "region", "品类": "category",
                                  "类目": "category", "类别": "category", "人群": "segment", "客群": "segment", "细分": "segment",
                                  "价值": "tier", "层级": "tier", "年龄": "age", "季度": "quarter", "月": "month", "周": "week"}
#: what each kind of answer can split: campaign results (channel_stats) and customers (segment_lookup)
_BY_CHANNEL_TOOL = {"channel", "region", "segment", "tier", "age", "month", "quarter", "week"}
_BY_PEOPLE_TOOL = {"channel", "region", "segment", "tier", "age"}
PERIOD_REASON = "copilot answers this from all of the data; the period is not applied"
BREAKDOWN_REASON = {
    "category": "copilot has no sales or results by category: its tools report customers and their lifetime spend (segment_lookup) "
                "and campaign results by channel (channel_stats); the answer is not split by category",
    "period": "copilot counts customers as they are today, with their lifetime spend; only campaign results by channel can be "
              "split by period, so the answer is not split this way",
    "other": "copilot answers this for the whole group at once, not broken down this way; ask again for each part",
}


def find_breakdown(text: str) -> tuple[BreakdownBy, int, int] | None:
    """The first breakdown a question asks for: (dimension, start, end), or None."""
    hits = []
    for m in _EN.finditer(text):
        noun = (m.group("n") or m.group("n2") or m.group("n3") or "").lower()
        noun = {"monthly": "month", "quarterly": "quarter", "weekly": "week"}.get(noun, noun)
        head = noun.split()[-1]
        if head.startswith(("month", "quarter", "week")) and m.group(0).lower().startswith("every"):
            continue  # "every week": how often, not a breakdown
        key = "age" if noun.startswith("age ") else next((k for k in _EN_BY if head.startswith(k)), None)
        if key is not None and not (key == "group" and re.search(r"\bgroup\s+by\b", m.group(0), re.IGNORECASE)):
            hits.append((_EN_BY[key], m.start(), m.start() + len(m.group(0).rstrip())))
    for m in _ZH.finditer(text):
        word = m.group("z") or "月"
        key = next((k for k in _ZH_BY if word.startswith(k) or k in word), None)
        if key is not None:
            hits.append((_ZH_BY[key], m.start(), m.end()))
    return min(hits, key=lambda h: h[1]) if hits else None


def _said_breakdown(n: NotApplied, a: int, b: int) -> bool:
    """A listing of the breakdown's own words (qualifiers.py's, or an unread clause inside them): read now."""
    if n.span is None or n.span.end <= a or n.span.start >= b:
        return False
    return n.reason.startswith("copilot answers for the whole group at once") or (n.span.start >= a and n.span.end <= b)


def answerable(by: str, intent: str) -> bool:
    """Whether the routed chat's tools can give the answer split this way."""
    if intent == "channel_performance":
        return by in _BY_CHANNEL_TOOL
    return intent in ("count", "segments") and by in _BY_PEOPLE_TOOL


#: a head count asked ("how many customers", 多少人, 人数): a count even when money is named beside it
_PEOPLE = re.compile(r"\bhow\s+many\b|\bnumber\s+of\s+(?:customers|people|buyers|shoppers)\b|多少(?:位|个|名)?(?:客户|人|用户|顾客|买家)|几(?:位|个)|人数|客户数|顾客数|用户数", re.IGNORECASE)


# --- the second period ---
_CUE = re.compile(r"\b(?:vs\.?|versus|compared?|comparison|than|against|relative\s+to)\b|"
                  r"相比|对比|比较|比(?!例|率)|同比|环比|多还是少|高还是低|增长|下降|变化", re.IGNORECASE)
_THIS = re.compile(r"\b(?:this|the\s+current)\s+(?P<u>month|quarter|year|week)\b(?!\s+(?:so\s+far|to\s+date))|(?:这个|本|今)(?P<zu>月|季度|年|周)(?!份)", re.IGNORECASE)
_YEAR_BACK = re.compile(r"同比|去年同期|上年同期|\byoy\b|\byear[- ]over[- ]year\b|\bsame\s+(?:period|month|week|quarter|time)\s+(?:last|a)\s+year\b", re.IGNORECASE)
_STEP_BACK = re.compile(r"环比|\b(?:mom|qoq|wow)\b|\b(?:month|quarter|week)[- ]over[- ](?:month|quarter|week)\b|\b(?:month|quarter|week|year)\s+before\b|"
                        r"\b(?:previous|prior)\s+(?:period|month|quarter|week|year)\b|前一个?(?:月|季度|周)|上一期", re.IGNORECASE)
_QUARTER_YEAR = re.compile(r"\b[Qq](?P<q>[1-4])\s*(?:of\s+)?(?P<y>20\d\d)\b|(?P<y2>20\d\d)\s*年?\s*(?:[Qq](?P<q2>[1-4])|第?(?P<q3>[一二三四])季度)"
                           rf"|\b(?P<m>{MONTH_RE})\s+(?P<y3>20\d\d)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?20\d\d\b")
#: a quarter told by its year's word: 去年四季度, 今年一季度, "last year's Q4", "Q1 this year"
_REL_QUARTER = re.compile(r"(?P<y>今年|去年|前年|this\s+year'?s?|last\s+year'?s?)\s*(?:的)?\s*(?:第?(?P<q>[一二三四])季度|[Qq](?P<q2>[1-4])\b)"
                          r"|\b[Qq](?P<q3>[1-4])\s+(?:of\s+)?(?P<y2>this|last)\s+year\b", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"\s*(?:的)?\s*(?:第?[一二三四]季度|'?s?\s*[Qq][1-4]\b)")
#: two units back: 上上周, 上上个月, 上上季度, "the month before last"
_TWO_BACK = re.compile(r"上上个?(?P<zu>周|星期|礼拜|月|季度)|\bthe\s+(?P<u>week|month|quarter)\s+before\s+last\b", re.IGNORECASE)
_YEAR_WORD = re.compile(r"(?:今年|去年|前年|(?:this|last)\s+year)", re.IGNORECASE)


def _this_unit(unit: str, today: date) -> tuple[date, date]:
    unit = {"月": "month", "季度": "quarter", "年": "year", "周": "week"}.get(unit, unit.lower())
    if unit == "year":
        return date(today.year, 1, 1), today
    if unit == "quarter":
        return date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today
    if unit == "week":
        return today - timedelta(days=today.weekday()), today
    return today.replace(day=1), today


def _step_back(start: date, end: date) -> tuple[date, date]:
    """The period just before: the previous calendar month or quarter, else as many days right before."""
    if start.day == 1 and (end == _month_end(end) or end == start + timedelta(days=end.day - 1)):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months in (1, 3, 12):
            y, m = start.year, start.month - months
            while m < 1:
                y, m = y - 1, m + 12
            last = date(y, m, 1) + timedelta(days=31 * months)
            return date(y, m, 1), _month_end(date(last.year, last.month, 1) - timedelta(days=1))
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _year_back(d: date) -> date:
    return d.replace(year=d.year - 1, day=min(d.day, 28)) if d.month == 2 and d.day == 29 else d.replace(year=d.year - 1)


def period_of(words: str, today: date, first: Window | None) -> tuple[date, date] | None:
    """The dates of a compared period's words: "Q1 2025", "last quarter", 上个月, 去年同期 (from the first period)."""
    if first is not None and first.start and first.end:
        if _YEAR_BACK.search(words):
            return _year_back(first.start), _year_back(first.end)
        if _STEP_BACK.search(words):
            return _step_back(first.start, first.end)
    if m := _REL_QUARTER.search(words):
        back = {"今": 0, "去": 1, "前": 2, "t": 0, "l": 1}[(m.group("y") or m.group("y2"))[0].lower()]
        q, year = int(m.group("q2") or m.group("q3") or "一二三四".index(m.group("q") or "一") + 1), today.year - back
        return date(year, 3 * q - 2, 1), min(_month_end(date(year, 3 * q, 1)), today)
    if m := _QUARTER_YEAR.search(words):
        year = int(m.group("y") or m.group("y2") or m.group("y3"))
        if m.group("m"):
            month = MONTHS[m.group("m").lower()]
            return date(year, month, 1), min(_month_end(date(year, month, 1)), today)
        q = int(m.group("q") or m.group("q2") or "一二三四".index(m.group("q3") or "一") + 1)
        return date(year, 3 * q - 2, 1), min(_month_end(date(year, 3 * q, 1)), today)
    if m := _TWO_BACK.search(words):  # the unit before last: one step back from last unit's dates
        unit = {"周": "week", "星期": "week", "礼拜": "week", "月": "month", "季度": "quarter"}.get(m.group("zu") or "", m.group("u") or "")
        last = find_period(f"What was revenue last {unit.lower()}", today, lambda a, b: True)
        return _step_back(last[0], last[1]) if last is not None else None
    if m := _THIS.fullmatch(words.strip()):
        return _this_unit(m.group("u") or m.group("zu"), today)
    zh = re.search(r"[\u4e00-\u9fff]", words)
    got = find_period(("销售额" if zh else "What was revenue in ") + words, today, lambda a, b: True, ended=False)
    return (got[0], got[1]) if got is not None else None


def _other_period(text: str, today: date, period: Window) -> tuple[int, int] | None:
    """A second period written beside the question's own when nothing listed it ("this quarter compared to last
    quarter": the reader took "last quarter")."""
    assert period.span is not None
    a, b = _whole(text, period.span.start, period.span.end)
    if not _CUE.search(text):
        return None
    for rx in (_QUARTER_YEAR, _REL_QUARTER, _THIS, _STEP_BACK, _YEAR_BACK):  # "March 2025", 去年四季度, "this month", 前一个月: before the date rules ("March 20")
        for m in rx.finditer(text):
            if m.end() <= a or m.start() >= b:
                return m.start(), m.end()
    got = find_period(text, today, lambda x, y: y <= a or x >= b)
    if got is None:
        return None
    x, y = got[2]
    return (x - 1, y) if x and text[x - 1 : x + 1] == "上上" else (x, y)  # 上上个月 read as its 上个月


def _whole(text: str, a: int, b: int) -> tuple[int, int]:
    """A period's words with the year or quarter written after them: "Q1 2025", 去年四季度, "last year's Q4"."""
    for m in _QUARTER_YEAR.finditer(text):
        if m.start() < b and m.end() > a:  # "March 20" read out of "March 2025"
            return min(a, m.start()), max(b, m.end())
    if (y := _YEAR_AFTER.match(text, b)) is not None and not re.search(r"20\d\d", text[a:b]):
        return a, y.end()
    if _YEAR_WORD.fullmatch(text[a:b]) and (q := _QUARTER_AFTER.match(text, b)) is not None:
        return a, q.end()
    if _YEAR_WORD.fullmatch(text[a:b]) and (q := re.search(r"\b[Qq][1-4]\s+(?:of\s+)?$", text[max(0, a - 12):a])) is not None:
        return a - len(q.group(0)), b  # "Q4 last year"
    return a, b


_BETWEEN_GROUPS = re.compile(r"^\W*(?:[\w']+\s+){0,3}?(?:compared\s+(?:to|with)|vs\.?|versus|against|than|or)\W*"
                             r"(?:(?:the|those|customers|people|shoppers)\s+)?$", re.IGNORECASE)


def _ages_compared(reading: Reading) -> Reading:
    """"AOV for under-35s compared to over-35s": two age groups set side by side are either group (decision 110), never
    both at once (an empty AND); the chat answers each on its own (routed_breakdown.py)."""
    from copilot.tools.conditions import Age, And, Or

    aud = reading.audience
    if reading.kind != "question" or not isinstance(aud, And):
        return reading
    ages = [c for c in aud.of if isinstance(c, Age) and c.span is not None]
    if len(ages) != 2:
        return reading
    first, second = sorted(ages, key=lambda c: c.span.start if c.span else 0)
    assert first.span is not None and second.span is not None
    if not _BETWEEN_GROUPS.match(reading.text[first.span.end:second.span.start]):
        return reading
    rest = [c for c in aud.of if c not in ages]
    either = Or(of=[first, second])
    return reading.model_copy(update={"audience": And(of=[*rest, either]) if rest else either})


def settle_breakdown(reading: Reading) -> Reading:
    """The question's breakdown and second period read into their fields (see module docs): the old listings of what is
    answered now are dropped, what the intent's tools cannot give is listed with its reason."""
    text, notes = reading.text, list(reading.not_applied)
    update: dict[str, object] = {}
    reading = _ages_compared(reading)
    if reading.intent == "count" and reading.metric is not None and reading.metric.name in ("revenue", "aov") and not _PEOPLE.search(text):
        reading = reading.model_copy(update={"intent": "segments"})  # 上个月的销售额是多少: money of the customers, no head count
    if reading.kind == "question" and (found := find_breakdown(text)) is not None:
        by, a, b = found
        notes = [n for n in notes if not _said_breakdown(n, a, b)]
        span = Span(start=a, end=b, text=text[a:b])
        update["breakdown"] = Breakdown(by=by, span=span)
        if by == "category" and reading.metric is not None and reading.metric.name in ("revenue", "aov", "conversions") and (
                reading.intent in ("count", "segments", "other") or (reading.intent == "channel_performance" and not reading.channels.allowed)):
            if reading.intent == "channel_performance" and (p := reading.period) is not None and p.span is not None:  # its period is not applied now
                notes.append(NotApplied(text=p.span.text, span=p.span, affects="timing", reason=PERIOD_REASON))
            reading = reading.model_copy(update={"intent": "recommend"})  # 各品类的销售额: figures of categories (decision 236)
        if not answerable(by, reading.intent):
            why = "category" if by == "category" else "period" if by in ("month", "quarter", "week") and reading.intent in ("count", "segments") else "other"
            notes.append(NotApplied(text=text[a:b], span=span, affects="other", reason=BREAKDOWN_REASON[why]))
    if reading.kind == "question" and reading.period is not None and reading.period.span is not None:
        compared = [n for n in notes if n.reason == COMPARED_REASON and n.span is not None]
        other = (compared[0].span.start, compared[0].span.end) if compared and compared[0].span else _other_period(text, reading.today, reading.period)
        if other is not None:
            bd = update.get("breakdown")
            by_time = isinstance(bd, Breakdown) and bd.by in ("month", "quarter", "week")  # answered month by month for one period
            update.update(_two_periods(reading, other, notes, compared[0] if compared else None, listed_anyway=by_time))
    if update.get("not_applied") is None:
        update["not_applied"] = notes[:40]
    return settle_compared(reading.model_copy(update=update) if update else reading)  # groups compared, "which X has the most"


def _two_periods(reading: Reading, other: tuple[int, int], notes: list[NotApplied], listed: NotApplied | None,
                 listed_anyway: bool = False) -> dict[str, object]:
    """The question's period and the one it is compared with, in the order said; a channel question answers both (the
    listing dropped), another lists the second as before."""
    text, today, period = reading.text, reading.today, reading.period
    assert period is not None and period.span is not None
    a, b = _whole(text, *other)
    pa, pb = _whole(text, period.span.start, period.span.end)
    if (pa, pb) != (period.span.start, period.span.end) and (got := period_of(text[pa:pb], today, None)) is not None:
        period = Window(start=got[0], end=got[1], span=Span(start=pa, end=pb, text=text[pa:pb]))  # 今年一季度, not 今年
    dates = period_of(text[a:b], today, period)
    if dates is None:
        return {}
    second = Window(start=dates[0], end=dates[1], span=Span(start=a, end=b, text=text[a:b]))
    if reading.intent != "channel_performance" or listed_anyway:  # answered from all of the data (or one period month by month): listed
        said = listed is not None or any(n.span is not None and n.span.start < b and n.span.end > a for n in notes)
        extra = [] if said else [NotApplied(text=text[a:b], span=second.span, affects="timing", reason=COMPARED_REASON)]
        return {"compare_period": second, "not_applied": [*notes, *extra][:40]}
    first = period
    if a < period.span.start and not _YEAR_BACK.search(text[a:b]) and not _STEP_BACK.search(text[a:b]):
        first, second = second, period  # "this quarter compared to last quarter": the one said first is the question's
    lo, hi = min(a, period.span.start), max(b, period.span.end)
    kept = [n for n in notes if n is not listed and not (  # "上个月…比前一个月高还是低" unread as a whole: the comparison, read now
        n.reason in (UNREAD, UNREAD_WHO) and n.span is not None and n.span.start <= lo and n.span.end >= hi)]
    out: dict[str, object] = {"period": first, "compare_period": second, "not_applied": kept[:40]}
    w = reading.window
    if w is not None and w.span is not None and any(w.span.start < p.span.end and w.span.end > p.span.start for p in (first, second) if p.span):
        out["window"] = None  # "this quarter compared to last quarter": a period asked about, no campaign window
    return out
