"""Journeys and runs-of-show (set 13 decisions 103, 176), in other words: "day -5 … day 0 … day +2" around a dated day 0
is one window with the schedule said; journey days counted from each customer's start are one timing entry, and a
step's own condition (第3天没点击的) is no audience of the campaign."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_a_day_minus_schedule_around_a_dated_day_zero() -> None:
    x = read("Launch plan, Day 0 = Tuesday 3/24: day -3 teaser push, day 0 launch email, day +4 SMS reminder. $2k.", today=TODAY)
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 3, 21), date(2026, 3, 28))
    assert set(x.channels.allowed) == {"push", "email", "sms"}
    assert [n.affects for n in x.not_applied] == ["timing"]


def test_journey_days_are_one_timing_entry() -> None:
    x = read("新客欢迎旅程：第1天发邮件，第3天没点击的补发短信，第7天发推送。人群：近30天注册的新用户，预算3000元。", today=TODAY)
    assert [n.affects for n in x.not_applied] == ["timing"]
    assert "engagement" not in (x.audience.model_dump_json() if x.audience else "")
    assert set(x.channels.allowed) == {"email", "sms", "push"}


def test_an_english_journey_from_day_zero() -> None:
    x = read("Onboarding flow: day 0 welcome email, day 3 push, day 10 SMS with 10% off. New customers only.", today=TODAY)
    assert x.window is None
    assert [n.affects for n in x.not_applied] == ["timing"]
