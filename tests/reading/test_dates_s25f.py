"""A start said alone is a start; an occasion with "after" is after it (probe s25 class 1, other wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "start"), [
    ("Winback for Lost customers, email, 10% off. Kicks off the day after New Year's Day.", date(2027, 1, 2)),
    ("email Loyal about headlamps, starting January 8", date(2027, 1, 8)),
    ("push to Champions, 5% off; go live two weeks from today", date(2026, 12, 20)),
    ("SMS At Risk customers, begin on the 15th", date(2026, 12, 15)),
    ("给忠诚客户发邮件推头灯，1月8日开始", date(2027, 1, 8)),
    ("给流失客户发短信，九折，下周三起", date(2026, 12, 9)),
])
def test_a_start_alone_has_no_last_day(text: str, start: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and w.start == start and w.end is None


@pytest.mark.parametrize("text", ["email Champions on January 8 only", "SMS blast to Loyal on Dec 20",
                                  "email Champions the day after Christmas"])
def test_one_day_said_stays_one_day(text: str) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and w.start == w.end


@pytest.mark.parametrize(("text", "start"), [
    ("winback email to Lost customers, 10% off, after New Year's Day", date(2027, 1, 2)),
    ("Loyal customers, push, starts after Black Friday", date(2027, 11, 27)),
    ("给冠军客户推睡袋，邮件，元旦后开始", date(2027, 1, 2)),
    ("沉睡客户召回，短信，黑五之后启动", date(2027, 11, 27)),
])
def test_after_an_occasion_starts_the_next_day(text: str, start: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and w.start == start and w.end is None and w.occasion is None
