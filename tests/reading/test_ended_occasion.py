"""An occasion or season whose run this year is over, named with no year: a question about it asks about this year's
run, and people "from" it bought in the past (said, not moved to next year's window); "X last year" is last calendar
year's even when this year's has passed (probe s26 class 1, other wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("What was email revenue over Black Friday?", date(2026, 11, 20), date(2026, 11, 30)),
    ("how many orders did the Labor Day sale bring in?", date(2026, 8, 28), date(2026, 9, 7)),
    ("双十一期间短信的转化率怎么样", date(2026, 11, 1), date(2026, 11, 11)),
    ("今年618的销售额是多少", date(2026, 6, 1), date(2026, 6, 18)),
])
def test_a_question_about_an_occasion_past_this_year_asks_about_this_years(text: str, start: date, end: date) -> None:
    r = read(text, today=TODAY)
    assert r.window is None
    assert r.period is not None and (r.period.start, r.period.end) == (start, end)


@pytest.mark.parametrize(("text", "start"), [
    ("What was SMS revenue on Cyber Monday last year?", date(2025, 11, 28)),
    ("去年双十二的短信点击率是多少", date(2025, 12, 1)),
])
def test_last_year_is_last_calendar_years_run(text: str, start: date) -> None:
    r = read(text, today=TODAY)
    assert r.period is not None and r.period.start.year == 2025 and r.period.start <= start <= r.period.end


def test_a_question_about_an_occasion_to_come_keeps_it_ahead() -> None:
    r = read("what revenue should we expect for Valentine's Day?", today=TODAY)
    assert r.period is None and r.window is not None and r.window.start.year == 2027


@pytest.mark.parametrize(("text", "said"), [
    ("email lapsed shoppers from the Fourth of July sale a 15% code", "from the Fourth of July sale"),
    ("push to repeat customers from the spring, free shipping", "from the spring"),
    ("SMS to everyone who shopped during the Memorial Day sale", "shopped during the Memorial Day sale"),
])
def test_people_from_an_occasion_past_this_year_are_said_not_planned(text: str, said: str) -> None:
    r = read(text, today=TODAY)
    assert r.window is None or (r.window.start.year == 2026 and r.window.occasion is None)
    assert any(n.text == said and n.affects == "audience" for n in r.not_applied), r.not_applied
