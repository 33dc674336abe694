"""Channels, dates and amounts said in more ways (session 17, from probes written for this round, none in the
labelled set). Each was read wrongly or dropped silently before: "all channels but SMS" planned SMS, "any
channel but SMS" planned SMS only; weeks and weekdays of a month and starts counted from today had no window;
经费 and 花费控制在 were no budget; 1万5 was 10,000."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Champions: all channels but SMS.",
    "Champions: any channel but SMS.",
    "Champions: any channel except SMS.",
])
def test_all_channels_but_one_excludes_it(text: str) -> None:
    ch = read(text, today=TODAY).channels
    assert ch.excluded == ["sms"] and "sms" not in ch.allowed
    assert set(ch.allowed) == {"email", "push", "paid_social"}


def test_anything_but_two_channels() -> None:
    ch = read("Champions: anything but SMS or push.", today=TODAY).channels
    assert ch.excluded == ["sms", "push"] and set(ch.allowed) == {"email", "paid_social"}


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Champions, the second week of April.", date(2026, 4, 8), date(2026, 4, 14)),
    ("Champions, email on the last Friday of March.", date(2026, 3, 27), date(2026, 3, 27)),
    ("给冠军客户推送，4月第二周", date(2026, 4, 8), date(2026, 4, 14)),
    ("给冠军客户推送，下个月的第一个周一", date(2026, 4, 6), date(2026, 4, 6)),
    ("给冠军客户推送，四月最后一周", date(2026, 4, 24), date(2026, 4, 30)),
    ("Champions, kick off two weeks from now, run for 10 days.", date(2026, 3, 16), date(2026, 3, 25)),
    ("Champions, starting in two weeks, for a week.", date(2026, 3, 16), date(2026, 3, 22)),
    ("给冠军客户发短信，两周后开始，持续10天", date(2026, 3, 16), date(2026, 3, 25)),
])
def test_weeks_and_weekdays_of_a_month_and_starts_from_today(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


def test_a_launch_on_a_weekday_of_a_month_starts_that_day() -> None:
    w = read("Champions, launch on the first Monday of April.", today=TODAY).window
    assert w is not None and w.start == date(2026, 4, 6)
    assert read("Champions, go live in 10 days.", today=TODAY).window.start == date(2026, 3, 12)  # type: ignore[union-attr]


def test_a_look_back_is_no_start() -> None:
    x = read("Email Champions who bought in the last two weeks.", today=TODAY)
    assert x.window is None


@pytest.mark.parametrize(("text", "amount"), [
    ("给冠军客户推送，经费一万五", 15000.0),
    ("给冠军客户推送，花费控制在三千以内", 3000.0),
    ("给冠军客户推送，预算1万5", 15000.0),
    ("给冠军客户推送，预算2万5千", 25000.0),
    ("给冠军客户推送，预算3千5", 3500.0),
])
def test_spoken_chinese_budgets(text: str, amount: float) -> None:
    b = read(text, today=TODAY).budget
    assert b is not None and b.amount == amount


def test_a_spend_threshold_is_still_no_budget() -> None:
    x = read("给累计花费超过1000元的客户推送，预算五千", today=TODAY)
    assert x.budget is not None and x.budget.amount == 5000.0


def test_phone_calls_are_listed() -> None:
    x = read("给冠军客户打电话回访", today=TODAY)
    assert [n.affects for n in x.not_applied] == ["channel"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("这周末给冠军客户发短信", date(2026, 3, 7), date(2026, 3, 8)),
    ("本周末满199减30，给即将流失的客户发短信", date(2026, 3, 7), date(2026, 3, 8)),
    ("下周末给冠军客户发短信", date(2026, 3, 14), date(2026, 3, 15)),
    ("本周给冠军客户发短信", date(2026, 3, 2), date(2026, 3, 8)),
])
def test_this_weekend_in_chinese_is_the_weekend(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


@pytest.mark.parametrize(("text", "allowed", "excluded"), [
    ("给冠军客户发邮件，短信就别发了", ["email"], ["sms"]),
    ("Champions via email; no paid", ["email"], ["paid_social"]),
    ("Champions, IG + FB, $2k", ["paid_social"], []),
    ("给冠军客户做一波朋友圈广告，预算两万", ["paid_social"], []),
])
def test_more_channel_words(text: str, allowed: list[str], excluded: list[str]) -> None:
    ch = read(text, today=TODAY).channels
    assert (ch.allowed, ch.excluded) == (allowed, excluded)


def test_paid_orders_are_no_channel() -> None:
    assert read("Email Champions who have no paid orders", today=TODAY).channels.excluded == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Email Champions over the Easter weekend.", date(2026, 4, 3), date(2026, 4, 6)),
    ("Email Champions through the end of next month.", date(2026, 3, 2), date(2026, 4, 30)),
    ("Email Champions before the 15th.", date(2026, 3, 2), date(2026, 3, 14)),
    ("Email Champions the second half of April.", date(2026, 4, 16), date(2026, 4, 30)),
    ("给冠军客户发邮件，4月下半月", date(2026, 4, 16), date(2026, 4, 30)),
    ("给冠军客户发邮件，下个月中旬到月底", date(2026, 4, 11), date(2026, 4, 30)),
])
def test_parts_of_months_and_holiday_weekends(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)
