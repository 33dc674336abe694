"""Weekday shorthand and a bare "end of month" in a terse brief (probe s24x eb01, eb16): "go next tues" is the
send day, "by thurs" a deadline, "..., bogo, end of month" / "ends end of month" the window's end; a question
about "the end of month" is no window."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 4, 20)  # a Monday


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_next_tues_is_the_send_day() -> None:
    x = r("sms to hibernating customers, 10% off tents. launch next tues")
    assert x.window is not None and x.window.start == date(2026, 4, 21)


def test_by_thurs_is_a_deadline() -> None:
    x = r("email champions about the new sleeping bags by thurs")
    assert x.window is not None and x.window.end == date(2026, 4, 23) and x.window.start == TODAY


def test_weds_shorthand() -> None:
    x = r("push to loyal customers on weds, free shipping")
    assert x.window is not None and x.window.start == date(2026, 4, 22)


def test_bare_end_of_month_as_a_list_item_ends_the_window() -> None:
    x = r("sms for hibernating, backpacks, 15% off, end of month")
    assert x.window is not None and x.window.end == date(2026, 4, 30)
    assert x.window.span is not None and x.window.span.text == "end of month"


def test_ends_end_of_month() -> None:
    x = r("email lapsed customers 20% off on stoves, ends end of month")
    assert x.window is not None and x.window.end == date(2026, 4, 30)


def test_end_of_month_in_a_question_is_no_window() -> None:
    x = r("what was revenue at the end of month")
    assert x.window is None
