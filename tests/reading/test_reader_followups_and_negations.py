"""From the eleventh and twelfth sets' dev parts, tested in other words: negations before a segment and before a
second order, chat shorthand (tmrw, thru, EOW), a month before a campaign noun, a full-width thousands comma, the
discount word before its percentage and a follow-up that changes it, a control held back, "rank the top N", a
channel switched from one to another, and the draft's own due date (no window)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(("text", "segments"), [
    ("Push everyone who isn't in the Hibernating segment, free shipping.", ["Hibernating"]),
    ("Email shoppers who aren't Loyal yet, 10% off.", ["Loyal"]),
])
def test_not_in_a_segment_excludes_it(text: str, segments: list[str]) -> None:
    x = read(text, today=TODAY)
    assert x.audience is not None and x.audience.kind == "not"
    assert x.audience.of.segments == segments


def test_never_a_second_order_is_exactly_one() -> None:
    x = read("SMS people who never placed a second order, 10% off socks.", today=TODAY)
    assert x.audience is not None and (x.audience.min, x.audience.max) == (1, 1)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("quick push to champs tmrw, free shipping, $300", date(2026, 3, 3), date(2026, 3, 3)),
    ("email loyal custs 10% off, runs thru Thursday", date(2026, 3, 2), date(2026, 3, 5)),
    ("sms to lapsed hikers thru EOW, 15% off", date(2026, 3, 2), date(2026, 3, 6)),
    ("We're planning a June sock promo for runners, email.", date(2026, 6, 1), date(2026, 6, 30)),
])
def test_shorthand_and_month_windows(text: str, start: date, end: date) -> None:
    x = read(text, today=TODAY)
    assert x.window is not None and (x.window.start, x.window.end) == (start, end)


def test_the_drafts_due_date_is_no_window() -> None:
    x = read("sms to loyal custs, 10% off poles, $400 - pls get it to me by tomorrow", today=TODAY)
    assert x.window is None and x.not_applied == []


def test_a_full_width_thousands_comma() -> None:
    x = read("预算¥１２，０００，给冠军客户发邮件，八五折", today=TODAY)
    assert x.budget is not None and x.budget.amount == 12000


@pytest.mark.parametrize(("text", "value"), [
    ("Push to Loyal, discount of 12%, $800.", 12),
    ("给复购客户发短信，折扣15%，预算3000元", 15),
    ("same as yesterday but raise the discount to 25%", 25),
])
def test_the_discount_word_first_or_changed(text: str, value: int) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == value


def test_a_discount_cap_is_no_offer() -> None:
    x = read("Email Champions 10% off, max discount 20%.", today=TODAY)
    assert x.offer is not None and x.offer.value == 10
    assert x.discount_cap is not None and x.discount_cap.max_percent == 20


def test_a_control_held_back_from_a_named_send() -> None:
    x = read("What if we kept back 10% of the Loyal email as a control group?", today=TODAY)
    assert x.holdout is not None and x.holdout.share == pytest.approx(0.10)
    assert x.channels.allowed == ["email"] and x.audience is not None


def test_rank_the_top_n() -> None:
    assert read("Which regions buy the most tents? Rank the top 3.", today=TODAY).top_n == 3


@pytest.mark.parametrize(("text", "allowed", "excluded"), [
    ("如果把冠军客户的活动从短信换成推送，点击会涨多少？", ["push"], ["sms"]),
    ("What happens if we move the winback off email onto push?", ["push"], ["email"]),
])
def test_a_channel_switched(text: str, allowed: list[str], excluded: list[str]) -> None:
    x = read(text, today=TODAY)
    assert x.channels.allowed == allowed and x.channels.excluded == excluded
