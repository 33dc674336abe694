"""Purchases told by how long ago they were: "bought a headlamp over a year ago", "bought tents 6-12 months ago",
一年前买过帐篷, 6到12个月前买过. Read by :mod:`copilot.reading.audience` as a purchase within the farther time and
none within the nearer one (their latest purchase of it falls in that range)."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, category_at
from copilot.tools.conditions import And, Bought, Condition, Not, Recency

#: "… but not since", "and nothing since", "… who haven't rebought since", "but haven't bought one since": no purchase of it
#: since then is what "ago" already says (a since-clause dated on its own is not this)
_SINCE = (r"(?:,?\s*(?:but|and)\s+(?:not|nothing|none)\s+since\b"
          r"|,?\s*(?:(?:but|and|who|that)\s+)?(?:have\s+|has\s+)?(?:not|never|haven'?t|hasn'?t|didn'?t|did not|have not|has not)\s+"
          r"(?:re-?bought|repurchased|re-?ordered|re-?stocked|(?:bought|ordered|purchased)\s+(?:one|it|them|any|again|another))"
          r"(?:\s+(?:again|more))?\s+since(?:\s+then)?\b(?!\s+(?:last|the|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)))?")
_AGO = re.compile(r"\s*(?:from\s+)?(?:more than|over|at least|upwards of)?\s*(?P<n>\d+|a|an|one|two|three|four|five|six)\+?(?:\s+or\s+(?:more|longer))?"
                  r"\s*(?P<u>days?|d|weeks?|wks?|months?|mos?|mths?|years?|yrs?)\s+ago\b(?:\s+or\s+(?:more|longer|earlier|before))?"
                  + _SINCE, re.IGNORECASE)
#: "… and not come back", "but haven't bought anything since": no purchase at all since then, not only none of the product.
_GONE = re.compile(r"\s*,?\s*(?:and|but)\s+(?:have\s+|has\s+)?(?:not|never|haven'?t|hasn'?t|didn'?t|did not|have not|has not)\s+(?:been\s+)?"
                   r"(?:(?:come|came|been)\s+back|returned|(?:bought|ordered|purchased|shopped)\s+(?:anything\s+|with us\s+)?(?:again|since))\b(?:\s+since)?",
                   re.IGNORECASE)


def since_ago(t: Text, cat: Catalogue, start: int, end: int, slugs: list[str]) -> int | None:
    """The end of a negated purchase at ``start``-``end`` that ends in a bare "since" after a purchase told "… ago" in
    its sentence, of it ("bought tents a year ago and haven't bought one since") or of the same goods named again
    ("bought hiking boots three years ago and never bought boots since"): what "ago" says, no never-bought. Else None."""
    text = t.text
    before = re.split(r"[.;:!?\n]", text[:start])[-1]
    since = re.match(r"\s+(?:again\s+)?since(?:\s+then)?\b(?!\s+(?:last|the|\d|[A-Z]))", text[end:])
    if since is None or not re.search(r"\bago\b", before, re.IGNORECASE):
        return None
    pronoun = re.search(r"\b(?:one|it|them|any)\s*$", text[start:end], re.IGNORECASE)
    named = [hit[0] for w in re.finditer(r"(?<![A-Za-z])[A-Za-z]", before) if (hit := category_at(t, cat, start - len(before) + w.start()))]
    return end + since.end() if pronoun or slugs in named else None


def ago_after(text: str, end: int, end2: int, days: int | None) -> tuple[int, int] | None:
    """(end, days) of "… over a year ago" / "… 18 or more months ago" right after a purchase, else None."""
    after = re.match(r"\s*ago\b(?:\s+or\s+(?:more|longer|earlier))?" + _SINCE, text[end2:], re.IGNORECASE) if days else None
    if after and days:
        return end2 + after.end(), days
    m = _AGO.match(text, end)
    n_word = re.sub(r"^(?:an?|one)$", "1", m.group("n"), flags=re.IGNORECASE) if m else ""
    d = DURATION.search(f"{n_word} {m.group('u')}") if m else None
    n = duration_days(d) if d else None
    return (m.end(), n) if m and n else None


def bought_ago(t: Text, ago: tuple[int, int], slugs: list[str], pids: list[str], start: int) -> Condition:
    """"bought a tent over a year ago": bought one and none within that year; "… and not come back since": bought
    one and no purchase of anything within that time (the lapse is on every purchase)."""
    gone = _GONE.match(t.text, ago[0])
    span = t.take(start, gone.end() if gone else ago[0])
    after: Condition = (Recency(min_days=ago[1], span=span) if gone
                        else Not(of=Bought(categories=slugs, product_ids=pids, within_days=ago[1], span=span)))
    return And(of=[Bought(categories=slugs, product_ids=pids, span=span), after])


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


_LAST_OF = re.compile(r"\b(?:whose|with\s+(?:their|a)|their)\s+(?:last|latest|most recent)\s+", re.IGNORECASE)
_LAST_WAS = re.compile(r"\s*(?:purchase|order|buy)\s+(?:was\s+|being\s+|is\s+|came\s+|happened\s+)?(?=\S)", re.IGNORECASE)


def last_purchase_ago(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"whose last boot purchase was 18 or more months ago": bought boots, and none within those months."""
    for m in _LAST_OF.finditer(t.text):
        hit = category_at(t, cat, m.end())
        was = _LAST_WAS.match(t.text, hit[2]) if hit else None
        ago = ago_after(t.text, was.end(), was.end(), None) if was else None
        if hit and ago and t.free(m.start(), ago[0]):
            leaves.append((m.start(), bought_ago(t, ago, hit[0], hit[1], m.start())))
