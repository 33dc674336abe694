"""A launch told as a T-minus schedule ("run-of-show"): "T0 = Tue 3/17. T-7 teaser email, T0 launch push,
T+3 SMS reminder", T-3 邮件预热，T0（3月20日）推送，T+2 短信提醒.

The window runs from T0 plus the smallest offset to T0 plus the largest (T-7 … T+3 around 3/17 is 3/10-3/20).
copilot plans one window, not a sequence of sends: the schedule itself is listed as not applied (timing), by
the words of its first step before T0 (docs/reading.md).
"""

from __future__ import annotations

from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.days import Free, parse_day
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

#: a step: T-7, T+3, T0, T-14, T − 3 (not "T-shirt", not "T-10 days ago" inside a word)
_STEP = re.compile(r"(?<![A-Za-z0-9])(?:[Tt]|[Dd]ay)\s?(?:(?P<sign>[-+−–])\s?(?P<n>\d{1,2})|(?P<zero>0))(?![\d/])")  # "day -5" too
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|(?:周|星期)[一二三四五六日天]\s*)?"
_DAY = r"(?:\d{4}-\d{1,2}-\d{1,2}|(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])|(?:\d{4}年)?(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])[日号]|" \
       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
#: the day after a step: "T0 = Tue 3/17", "T0 is Thu 4/2", "T0 (Mon 3/30)", T0（3月20日）, "T-14 (Mon 3/16)"
_STEP_DAY = re.compile(rf"\s*(?:=|:|：|is|on)?\s*[(（]?\s*{_WEEKDAY}(?P<d>{_DAY})(?![\d/])", re.IGNORECASE)
REASON = "copilot plans one window, not a sequence of sends; set the sends up in the plan"


def _day(raw: str, today: date) -> date | None:
    """One day of a schedule (3/17, 3月20日, 2026-03-17, "Mar 17"): the next such day on or after today."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", raw)
    if m is None:
        return parse_day(raw, today)
    try:
        day = date(today.year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None
    return day if day >= today else day.replace(year=day.year + 1)


def _steps(text: str) -> list[tuple[int, re.Match[str]]]:
    """(offset in days, match) of each T-step in the text."""
    out = []
    for m in _STEP.finditer(text):
        n = 0 if m.group("zero") else int(m.group("n")) * (1 if m.group("sign") == "+" else -1)
        out.append((n, m))
    return out


def schedule_window(text: str, today: date, free: Free) -> tuple[date, date, tuple[int, int], list[tuple[int, int]]] | None:
    """(first day, last day, span, pieces) of a T-minus schedule with a dated T0 (or a dated step) and one other
    step; the pieces are the steps and their days (the sends' words between are read by the other fields)."""
    steps = [(n, m) for n, m in _steps(text) if free(*m.span())]
    if len(steps) < 2 or not any(n == 0 for n, _ in steps) or not any(n != 0 for n, _ in steps):
        return None
    anchor = None
    pieces = [m.span() for _, m in steps]
    for n, m in steps:
        dm = _STEP_DAY.match(text, m.end())
        if dm and free(*dm.span("d")) and (day := _day(dm.group("d"), today)):
            anchor = day - timedelta(days=n)
            pieces.append(dm.span("d"))
            if n == 0:
                break
    if anchor is None:
        return None
    offsets = [n for n, _ in steps]
    span = (min(a for a, _ in pieces), max(b for _, b in pieces))
    return anchor + timedelta(days=min(offsets)), anchor + timedelta(days=max(offsets)), span, sorted(pieces)


_STEP_END = re.compile(r"\s+(?:to|for|at|on|—|-)\s|[,，;；.。、\n|]|\s+T\s?[-+−–0]")


def schedule_not_applied(t: Text) -> list[NotApplied]:
    """The schedule as one entry (timing): the words of its first step before T0 ("T-7 teaser email")."""
    if schedule_window(t.text, t.today or date.today(), lambda a, b: True) is None:
        return []
    first = next((m for n, m in _steps(t.text) if n < 0), None)
    if first is None:
        return []
    dm = _STEP_DAY.match(t.text, first.end())
    rest = dm.end() if dm else first.end()
    if dm and t.text[rest : rest + 1] in ")）":
        rest += 1
    stop = _STEP_END.search(t.text, rest)
    end = stop.start() if stop else len(t.text)
    end = len(t.text[:end].rstrip())
    return [NotApplied(text=t.text[first.start() : end], span=t.span(first.start(), end), affects="timing", reason=REASON)]


#: A journey counted from each customer's own start: 第1天发邮件，第4天没打开的补一条短信, "day 1 email, day 4 SMS" (decision 176).
_JOURNEY_DAY = re.compile(r"第\s*\d{1,3}\s*天|(?<![A-Za-z0-9-])[Dd]ay\s+\d{1,3}(?![\d/])")
#: A step's own condition ("第4天没打开的"): part of the journey, not the campaign's audience.
_STEP_CONDITION = re.compile(r"\s*(?:还|仍)?(?:没|未|没有)(?:打开|点击|购买|下单|回复)(?:的|过的)?(?:人|用户|客户)?|\s*(?:to\s+)?(?:non-?openers|those who didn'?t (?:open|click))")
JOURNEY_REASON = "copilot plans one send per channel in the window, not a journey counted from each customer's own day; set it up as a flow"


def journey_not_applied(t: Text) -> list[NotApplied]:
    """Two or more journey days: one timing entry (the words of the first step), each step's own condition claimed."""
    if any(m.group("sign") for _, m in _steps(t.text)):
        return []  # "Day 0 = 3/19: day -5 teaser, day +2 reminder": a run-of-show around one date (schedule_not_applied)
    steps = [m for m in _JOURNEY_DAY.finditer(t.text) if t.free(m.start(), m.end())]
    if len(steps) < 2:
        return []
    for m in steps:
        t.take(m.start(), m.end())
        cond = _STEP_CONDITION.match(t.text, m.end())
        if cond and t.free(m.end(), cond.end()):
            t.take(m.end(), cond.end())
    first = steps[0]
    stop = re.compile(r"[，,。；;（(\n]|\s[-–—]\s|→").search(t.text, first.end())
    end = stop.start() if stop else len(t.text)
    return [NotApplied(text=t.text[first.start() : end].strip(), span=t.span(first.start(), end), affects="timing", reason=JOURNEY_REASON)]
