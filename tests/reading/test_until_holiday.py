"""A campaign up to a holiday or a deadline day: a start "through <holiday>" ends on the holiday's day; "runs through
<holiday>" / 即日起到<holiday> runs from today; <date>截止 is from today to that day (probe s26 class 2, other wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("tent sale from July 1 through Labor Day, email", date(2027, 7, 1), date(2027, 9, 6)),
    ("headlamp promo Dec 15 until New Year's Day, push", date(2026, 12, 15), date(2027, 1, 1)),
    ("给会员推睡袋，12月12日到元旦", date(2026, 12, 12), date(2027, 1, 1)),
    ("从12月8号到圣诞节，短信推一下头灯", date(2026, 12, 8), date(2026, 12, 25)),
])
def test_a_start_through_a_holiday_ends_on_its_day(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


@pytest.mark.parametrize(("text", "end"), [
    ("10% off sleeping bags, the offer runs until Christmas", date(2026, 12, 25)),
    ("从现在起到春节，全场九折，发邮件", date(2027, 2, 6)),
    ("满200减20，截止到元旦", date(2027, 1, 1)),
    ("登山杖特价，12月18号截止", date(2026, 12, 18)),
    ("冲锋衣8折，12月31日结束", date(2026, 12, 31)),
])
def test_a_deadline_runs_from_today(text: str, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (TODAY, end)


def test_coming_holiday_is_not_a_deadline() -> None:
    w = read("快到圣诞节了，给忠诚客户发邮件", today=TODAY).window
    assert w is not None and w.end == date(2026, 12, 24)
