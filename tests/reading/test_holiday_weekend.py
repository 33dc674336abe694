"""A holiday's weekend is that holiday's weekend, not the run-up before it (end-user probe: "Thanksgiving weekend",
"Presidents' Day weekend", 感恩节周末 had been read as the ten days before the holiday). docs/reading.md, "A holiday's
weekend": a Monday holiday Saturday-Monday, Thanksgiving Thursday-Sunday, Easter Good Friday-Easter Monday, a Sunday
holiday its Saturday and Sunday; "the weekend before X" the Saturday and Sunday before X's day."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "start", "end", "occasion"), [
    ("Thanksgiving weekend email to campers about the sleeping bags, $2k", date(2026, 11, 26), date(2026, 11, 29), "thanksgiving"),
    ("Plan a Thanksgiving Day weekend push for headlamps", date(2026, 11, 26), date(2026, 11, 29), "thanksgiving"),
    ("感恩节周末给老客户发短信推冲锋衣", date(2026, 11, 26), date(2026, 11, 29), "thanksgiving"),
    ("a Columbus Day weekend sale on rain jackets", date(2026, 10, 10), date(2026, 10, 12), "columbus_day"),
    ("President's Day long weekend email, 15% off tents", date(2027, 2, 13), date(2027, 2, 15), "presidents_day"),
    ("Memorial Day weekend: text VIPs about trail shoes", date(2026, 5, 23), date(2026, 5, 25), "memorial_day"),
    ("Easter weekend promo for kids' rain jackets", date(2026, 4, 3), date(2026, 4, 6), "easter"),
    ("复活节周末做个睡袋促销", date(2026, 4, 3), date(2026, 4, 6), "easter"),
    ("Mother's Day weekend email with gift ideas", date(2026, 5, 9), date(2026, 5, 10), "mothers_day"),
    ("母亲节周末给会员发邮件", date(2026, 5, 9), date(2026, 5, 10), "mothers_day"),
])
def test_a_holiday_weekend_is_its_own_weekend(text: str, start: date, end: date, occasion: str) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end, w.occasion) == (start, end, occasion)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("the weekend before Thanksgiving, email tent buyers", date(2026, 11, 21), date(2026, 11, 22)),
    ("感恩节前的那个周末发短信", date(2026, 11, 21), date(2026, 11, 22)),
    ("SMS the weekend before Labor Day about daypacks", date(2026, 9, 5), date(2026, 9, 6)),
    ("the weekend after Thanksgiving, email lapsed buyers", date(2026, 11, 28), date(2026, 11, 29)),
])
def test_the_weekend_before_or_after_a_holiday(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Thanksgiving sale on down jackets", date(2026, 11, 16), date(2026, 11, 26)),  # the holiday alone: its run-up
    ("Labor Day sale for tents", date(2026, 8, 28), date(2026, 9, 7)),
])
def test_the_holiday_alone_keeps_its_window(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)
