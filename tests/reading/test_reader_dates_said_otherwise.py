"""Dates from the session-18 probe audit and the thirteenth set's dev part, in other words: "the week after next",
大后天, a last day told as when it ends (本周五结束, 四月底前截止), the rest of a month or season under way starts
today, an occasion said to be over is no window, and "Lunar New Year" is the Spring Festival, not January 1."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Push Loyal 10% off socks the week after next.", date(2026, 3, 16), date(2026, 3, 22)),
    ("大后天给冠军客户发短信，九折", date(2026, 3, 5), date(2026, 3, 5)),
    ("全渠道清仓帐篷，七折，本周五结束", date(2026, 3, 2), date(2026, 3, 6)),
    ("给流失客户发邮件，满200减30，四月底前截止", date(2026, 3, 2), date(2026, 4, 30)),
    ("Email everyone about the March sale, 10% off.", date(2026, 3, 2), date(2026, 3, 31)),
    ("Spring push to hikers, free shipping.", date(2026, 3, 2), date(2026, 5, 31)),
])
def test_windows(text: str, start: date, end: date) -> None:
    x = read(text, today=TODAY)
    assert x.window is not None and (x.window.start, x.window.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Valentine's Day has passed — email Loyal about the April trail shoes next week.",
    "妇女节已经过了，下周给会员发邮件推跑步服饰。",
])
def test_an_occasion_said_to_be_over_is_no_window(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.window is not None and x.window.occasion is None and x.window.start == date(2026, 3, 9)


def test_lunar_new_year_is_the_spring_festival() -> None:
    x = read("Lunar New Year email to Champions, 12% off tents.", today=TODAY)
    assert x.window is not None and x.window.occasion == "spring_festival"
