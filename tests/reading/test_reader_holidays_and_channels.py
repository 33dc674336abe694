"""Long weekends and holiday breaks, T-minus schedules said, mini-programs and livestreams, out-of-scope sections,
clients, units that are not money (session 16, from the ninth and tenth labelled sets' dev parts, written here in
other words). Each case was read wrongly before its fix."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "occasion", "start", "end"), [
    ("五一假期给忠诚客户发邮件推帐篷", "may_day", date(2026, 5, 1), date(2026, 5, 5)),
    ("国庆黄金周给全部客户发短信，八折", "national_day", date(2026, 10, 1), date(2026, 10, 7)),
    ("端午小长假给跑者推送越野跑鞋", "dragon_boat_festival", date(2026, 6, 19), date(2026, 6, 21)),
    ("Over the Easter long weekend, email campers 15% off tents", "easter", date(2026, 4, 3), date(2026, 4, 6)),
])
def test_a_holiday_break_is_its_days_off(text: str, occasion: str, start: date, end: date) -> None:
    x = r(text)
    assert x.window is not None and x.window.occasion == occasion
    assert (x.window.start, x.window.end) == (start, end)


def test_labour_day_on_the_first_of_may_is_may_day() -> None:
    x = r("Newsletter to Champions for Labour Day, the 1st of May: 10% off backpacks")
    assert x.window is not None and x.window.occasion == "may_day"


def test_a_t_minus_schedule_is_said_once_and_its_launch_push_is_the_channel() -> None:
    x = r("Launch plan for the Kestrel Trail: T-5 teaser email to trail runners, T0 = Wed 3/25 launch push, T+2 SMS. $2k.")
    assert [n.affects for n in x.not_applied] == ["timing"] and x.not_applied[0].text.startswith("T-5")
    assert set(x.channels.allowed) == {"email", "push", "sms"}


@pytest.mark.parametrize(("text", "listed"), [
    ("小程序消息+邮件，通知忠诚客户：帐篷九折", "小程序消息"),
    ("周五晚有场直播，给冠军客户发短信做直播预告", "直播"),
])
def test_mini_programs_and_livestreams_are_channels_copilot_cannot_plan(text: str, listed: str) -> None:
    assert listed in [n.text for n in r(text).not_applied if n.affects == "channel"]


def test_an_out_of_scope_section_excludes_its_channels() -> None:
    x = r("## Who\n- Loyal\n## Channels\n- Email\n- Push\n## Out of scope\n- SMS\n## Offer\n- 10% off socks")
    assert x.channels.excluded == ["sms"] and set(x.channels.allowed) == {"email", "push"}


def test_clients_are_customers() -> None:
    x = r("Email the new clients of the last 2 weeks with 10% off")
    assert x.audience is not None and x.audience.kind == "signed_up" and x.objective != "launch"


def test_units_after_k_are_not_money() -> None:
    x = r("Is the Nimbus Storm Shell rated to 10k mm, and is it breathable?")
    assert x.budget is None and not [n for n in x.not_applied if n.affects == "budget"]


def test_push_asked_about_at_the_end_of_a_question() -> None:
    assert r("which segment responds best to push?").channels.allowed == ["push"]
    assert r("for the Loyal segment, which 3 products would you push?").channels.allowed == []


def test_an_offer_on_a_category_keeps_the_category_promoted() -> None:
    x = r("Newsletter to Champions, 10 % on backpacks, $1k")
    assert x.offer is not None and x.offer.value == 10 and x.promoted.categories == ["backpacks"]


def test_welcome_with_an_offer_is_acquisition() -> None:
    assert r("New sign-ups of the last month: welcome them with 10% off, email").objective == "acquisition"


@pytest.mark.parametrize(("text", "end"), [
    ("Email Champions on April 9 about headlamps", date(2026, 4, 9)),
    ("会员日（3月25日）给忠诚客户推送新款头灯", date(2026, 3, 25)),
    ("Email Champions starting April 9 about headlamps", None),  # starts something: no last day said
    ("4月9日起给冠军客户发邮件", None),
])
def test_a_lone_date_is_one_day_unless_it_starts_the_campaign(text: str, end: date | None) -> None:
    x = r(text)
    assert x.window is not None and x.window.end == end


def test_week_commencing_and_to_the_end_of_a_quarter() -> None:
    x = r("w/c 6 April: email Loyal customers about socks")
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 4, 6), date(2026, 4, 12))
    y = r("Headlamp promo to Champions, email, runs until the end of Q3")
    assert y.window is not None and (y.window.start, y.window.end) == (TODAY, date(2026, 9, 30))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("SMS to Loyal clients from the 5 to the 12 of May", date(2026, 5, 5), date(2026, 5, 12)),
    ("Email Champions, 10% off, during all June", date(2026, 6, 1), date(2026, 6, 30)),
])
def test_non_native_date_ranges(text: str, start: date, end: date) -> None:
    x = r(text)
    assert x.window is not None and (x.window.start, x.window.end) == (start, end)


def test_chinese_numerals_in_a_threshold_offer_and_a_top_n() -> None:
    x = r("给忠诚客户发邮件推睡袋，满三百减三十，预算两千元")
    assert x.offer is not None and (x.offer.kind, x.offer.value) == ("amount_off", 30)
    assert r("推荐给徒步爱好者的三款产品？").top_n == 3


def test_a_fortnight() -> None:
    x = r("A fortnight from Monday: email everyone who bought socks in the last fortnight")
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 3, 9), date(2026, 3, 22))
    assert x.audience is not None and getattr(x.audience, "within_days", None) == 14


def test_where_the_store_ships_is_no_audience_but_canadian_customers_are_listed() -> None:
    assert not r("Do you deliver to Australia?").not_applied
    assert not r("你们能寄到日本吗？").not_applied
    assert [n.affects for n in r("Australian customers: 15% off tents, email").not_applied] == ["audience"]


def test_a_second_pair_at_half_price_is_a_multi_buy_mechanic_said() -> None:
    x = r("给冠军客户发邮件推越野跑鞋，第二双半价，预算8千元")
    assert x.offer is None and [n.text for n in x.not_applied if n.affects == "offer"] == ["第二双半价"]
