"""A question's period to date and a second period compared with the first (session 17, probes written for this
round). "this year", YTD and 本季度 were dropped silently; "Q1 compared to Q4" answered for Q1 and dropped Q4."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "start", "second", "words"), [
    ("How did SMS do in Q1 compared to Q4?", date(2026, 1, 1), date(2025, 10, 1), "Q4"),
    ("Revenue from email last month vs the month before?", date(2026, 2, 1), date(2026, 1, 1), "the month before"),
    ("上个季度和这个季度的短信转化率对比？", date(2025, 10, 1), date(2026, 1, 1), "这个季度"),
])
def test_a_second_period_is_read(text: str, start: date, second: date, words: str) -> None:
    """A channel question's second period is read as compare_period (decision 240), no longer listed."""
    x = read(text, today=TODAY)
    assert x.period is not None and x.period.start == start
    assert x.compare_period is not None and x.compare_period.start == second and x.compare_period.span.text == words
    assert x.not_applied == []


@pytest.mark.parametrize(("text", "start"), [
    ("What was our best week for sales this year?", date(2026, 1, 1)),
    ("Email revenue YTD?", date(2026, 1, 1)),
    ("Push click rate so far this month?", date(2026, 3, 1)),
])
def test_a_period_to_date(text: str, start: date) -> None:
    x = read(text, today=TODAY)
    assert x.period is not None and (x.period.start, x.period.end) == (start, TODAY)


def test_a_forecast_for_this_year_is_no_past_period() -> None:
    assert read("Will email revenue grow this year?", today=TODAY).period is None


@pytest.mark.parametrize(("text", "day"), [
    ("明天给沉睡客户发短信，预计能带来多少单？", date(2026, 3, 3)),
    ("If we email lapsed customers tomorrow, how many orders would we get?", date(2026, 3, 3)),
])
def test_the_day_of_a_planned_send_in_a_forecast_question(text: str, day: date) -> None:
    x = read(text, today=TODAY)
    assert x.window is not None and (x.window.start, x.window.end) == (day, day)


def test_small_talk_days_in_a_question_are_no_window() -> None:
    assert read("How many Champions do we have? Have a nice weekend!", today=TODAY).window is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Between Dec 1 and Dec 24 last year, which channel converted best?", date(2025, 12, 1), date(2025, 12, 24)),
    ("How did email do from March 1 to March 15 last year?", date(2025, 3, 1), date(2025, 3, 15)),
])
def test_dates_of_last_year_are_the_period_not_the_window(text: str, start: date, end: date) -> None:
    x = read(text, today=TODAY)
    assert x.window is None
    assert x.period is not None and (x.period.start, x.period.end) == (start, end)
