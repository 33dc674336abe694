"""A question's period that starts on a day runs to today (probe s24 eq05): 'since March 1' is March 1 to today, not one
day; a range and a single day stay as written; a 'since' look-back of the audience stays the audience's."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "start", "words"),
    [
        ("what were our sales of sleeping bags ever since Feb 12?", date(2026, 2, 12), "ever since Feb 12"),
        ("How many orders did we get from March 9 onwards?", date(2026, 3, 9), "from March 9 onwards"),
        ("从2月14日到现在，背包卖了多少？", date(2026, 2, 14), "从2月14日到现在"),
        ("4月2日以来的邮件打开率是多少？", date(2026, 4, 2), "4月2日以来"),
    ],
)
def test_since_a_day_runs_to_today(text: str, start: date, words: str) -> None:
    r = read(text, today=TODAY)
    assert r.period is not None and (r.period.start, r.period.end) == (start, TODAY)
    assert r.period.span is not None and r.period.span.text == words


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("What were sales from March 2 to March 8?", date(2026, 3, 8)),
        ("What was revenue on March 2?", date(2026, 3, 2)),
    ],
)
def test_a_range_or_a_day_stays_as_written(text: str, end: date) -> None:
    r = read(text, today=TODAY)
    assert r.period is not None and (r.period.start, r.period.end) == (date(2026, 3, 2), end)


def test_a_lookback_of_the_audience_is_no_period() -> None:
    r = read("How many shoppers haven't ordered since March 1?", today=TODAY)
    assert r.period is None and r.audience is not None and r.audience.kind == "recency"
