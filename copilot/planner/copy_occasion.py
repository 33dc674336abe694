"""The occasion of the copy: the season of the plan's send dates and the relationship the objective implies.

A socks cross-sell sent in December must not open "Ready for muddy spring trails?", and copy to customers
who bought last month must not open "Missed the trails this winter?" (lapsed-customer framing belongs to
a win-back). Two rules, used by the copy linter (:mod:`copilot.planner.lint`, rule ``occasion``):

* **season**: a season named in the copy must be the season of a send month, of the month before the
  window (what the customer just lived: "missed the trails this winter?" in March) or of the month after
  it (what is coming: "ready for spring?" in late February). Northern-hemisphere seasons (the demo brand
  is in Portland, Oregon); Chinese 春/夏/秋/冬 words alike.
* **lapsed**: "missed", "been a while", "come back" and the like only in a win-back or a retention plan.

Code's own openings (:func:`occasion_openings`, the fallback when the model's fail the linter) are chosen
by objective and send month, so they pass both rules.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: Northern-hemisphere season of each month.
SEASON_OF_MONTH = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}
_SEASON_WORDS: dict[str, tuple[str, ...]] = {
    "winter": ("winter", "wintry", "冬季", "冬天", "寒冬", "入冬"),
    "spring": ("spring", "springtime", "春季", "春天", "开春", "春日"),
    "summer": ("summer", "summertime", "夏季", "夏天", "盛夏", "夏日"),
    "autumn": ("autumn", "this fall", "the fall", "fall season", "秋季", "秋天", "秋日"),
}
#: Objectives whose audience has lapsed (or is at risk): the only ones copy may say "we missed you" to.
LAPSED_OK = frozenset({"winback", "retention"})
_LAPSED = re.compile(
    r"(?<![\w-])(miss(?:ed|ing)?(?!\s+out)|been (?:a while|too long|ages)|come back|welcome back|long time no see)(?![\w-])"
    r"|好久不见|想念|回来吧|重返",
    re.IGNORECASE,
)


def window_seasons(start: date, end: date) -> frozenset[str]:
    """Seasons copy may name for a plan sending from ``start`` to ``end``: those of its months and of the
    month either side."""
    out: set[str] = set()
    day = start.replace(day=1) - timedelta(days=1)
    last = end + timedelta(days=31)
    while day <= last:
        out.add(SEASON_OF_MONTH[day.month])
        day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return frozenset(out)


def _word_pattern(word: str) -> str:
    if re.search(r"[\u3400-\u9fff]", word):
        return re.escape(word)
    return rf"(?<![\w-]){re.escape(word)}(?![\w-])"


def named_seasons(text: str) -> list[tuple[str, str]]:
    """``(season, word as written)`` for every season the text names."""
    out: list[tuple[str, str]] = []
    for season, words in _SEASON_WORDS.items():
        for w in words:
            m = re.search(_word_pattern(w), text, re.IGNORECASE)
            if m:
                out.append((season, m.group(0)))
                break
    return out


def occasion_problems(text: str, *, seasons: frozenset[str], objective: str) -> list[str]:
    """What in ``text`` contradicts the plan's send season or objective (empty: nothing)."""
    problems: list[str] = []
    if seasons:
        for season, word in named_seasons(text):
            if season not in seasons:
                problems.append(
                    f"names {season} ('{word}') but the plan sends in {' / '.join(sorted(seasons))}"
                )
    if objective and objective not in LAPSED_OK:
        m = _LAPSED.search(text)
        if m:
            problems.append(
                f"speaks to lapsed customers ('{m.group(0)}') in a {objective.replace('_', '-')} campaign"
            )
    return problems


#: By objective, (subject / SMS / push question, email intro question); ``{season}`` is the send season.
OPENINGS: dict[str, tuple[str, str]] = {
    "winback": ("Been a while since your last trip?", "Ready to get back out this {season}?"),
    "retention": ("Ready for your next outing?", "Planning your next {season} trip outdoors?"),
    "acquisition": ("New to the trails?", "Looking for gear that keeps up with you this {season}?"),
    "cross_sell": ("Ready to complete your kit?", "Want your kit to match your {season} miles?"),
    "launch": ("Seen what is new this {season}?", "Ready for something new on the trail?"),
    "seasonal": ("Ready for {season} on the trail?", "Planning your next trip this {season}?"),
    "clearance": ("Gearing up for next season?", "Ready to stock up before it is gone?"),
}


def occasion_openings(objective: str, start: date) -> tuple[str, str]:
    """Code's openings for ``objective`` in the season of the first send (``start``)."""
    q, intro = OPENINGS.get(objective, OPENINGS["retention"])
    season = SEASON_OF_MONTH[start.month]
    return q.replace("{season}", season), intro.replace("{season}", season)
