"""Purchases told by how long ago they were: "bought a headlamp over a year ago", "bought tents 6-12 months ago",
一年前买过帐篷, 6到12个月前买过. Read by :mod:`copilot.reading.audience` as a purchase within the farther time and
none within the nearer one (their latest purchase of it falls in that range)."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.numbers import DURATION, duration_days

_AGO = re.compile(r"\s*(?:more than|over|at least|upwards of)?\s*(?P<d>(?:\d+|a|an|one|two|three|four|five|six)\+?\s*(?:days?|d|weeks?|wks?|months?|mos?|mths?|years?|yrs?))\s+ago\b"
                  # "… but not since", "and nothing since": the same range said again
                  r"(?:,?\s*(?:but|and)\s+(?:not|nothing|none)\s+since\b)?", re.IGNORECASE)


def ago_after(text: str, end: int, end2: int, days: int | None) -> tuple[int, int] | None:
    """(end, days) of "… over a year ago" / "… more than 2 years ago" right after a purchase, else None."""
    after = re.match(r"\s*ago\b", text[end2:], re.IGNORECASE) if days else None
    if after and days:
        return end2 + after.end(), days
    m = _AGO.match(text, end)
    d = DURATION.search(re.sub(r"^(?:an?|one)\b", "1", m.group("d").replace("+", ""), flags=re.IGNORECASE)) if m else None
    n = duration_days(d) if d else None
    return (m.end(), n) if m and n else None


RANGE_AGO = re.compile(r"\s*(?:between\s+)?(?P<a>\d+)\s*(?:-|–|to|and)\s*(?P<b>\d+)\s*(?P<u>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)


def range_ago(text: str, end: int) -> tuple[int, int, int] | None:
    """(end, nearer days, farther days) of "… 6-12 months ago" / "… between 30 and 60 days ago" after a purchase."""
    m = RANGE_AGO.match(text, end)
    if m is None:
        return None
    near, far = (DURATION.search(f"{m.group(x)} {m.group('u')}") for x in ("a", "b"))
    a, b = (duration_days(near) if near else None), (duration_days(far) if far else None)
    return (m.end(), a, b) if a and b and a < b else None


ZH_AGO = re.compile(r"(?:(?P<a>[\d一二两三四五六七八九十]+)\s*(?:到|至|-|~|～)\s*)?(?:超过|至少)?(?P<b>[\d一二两三四五六七八九十半]+)\s*(?P<u>个月|年|天|周|个星期)"
                     r"(?:以)?前(?:的)?(?:曾|曾经)?\s*$")


def zh_ago_days(m: re.Match[str]) -> tuple[int | None, int | None]:
    """(nearer, farther) days of 6到12个月前 (None farther for 一年前: any time before)."""
    unit = m.group("u")
    near_d = DURATION.search((m.group("a") or m.group("b")) + unit)
    far_d = DURATION.search(m.group("b") + unit) if m.group("a") else None
    near = duration_days(near_d) if near_d else None
    far = duration_days(far_d) if far_d else None
    return (near, far) if far is None or (near and near < far) else (None, None)
