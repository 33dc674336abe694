"""Patterns the session-19 probe (a helper's own wordings) found, tested in other words."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import (
    And,
    Bought,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    SignedUp,
    TopPropensity,
)

TODAY = date(2026, 3, 2)


def _na(x: object, affects: str) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == affects]  # type: ignore[attr-defined]


def test_never_placed_an_order_and_joined_long_ago() -> None:
    x = read("SMS people who registered more than 6 months ago and haven't made a purchase yet.", today=TODAY)
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, SignedUp) and c.of.within_days == 180 for c in x.audience.of)
    assert any(isinstance(c, OrderCount) and c.max == 0 for c in x.audience.of)


def test_channels_copilot_cannot_plan_are_said() -> None:
    x = read("LINE and email to Loyal, plus posters in our stores, $800", today=TODAY)
    said = _na(x, "channel")
    assert any("LINE" in s for s in said) and any("posters" in s for s in said)
    y = read("Get the store team to phone our top Champions, then email them.", today=TODAY)
    assert any("phone" in s for s in _na(y, "channel"))


def test_a_bracketed_lapse_in_chinese_sets_the_days() -> None:
    x = read("给沉默会员（超过九个月没下单）发短信", today=TODAY)
    assert isinstance(x.audience, Recency) and x.audience.min_days == 270


def test_everything_but_a_channel_and_dont_run_ads() -> None:
    x = read("Everything but SMS: winback for Hibernating, 10% off", today=TODAY)
    assert x.channels.excluded == ["sms"] and "email" in x.channels.allowed
    y = read("给流失客户发邮件召回，别投广告", today=TODAY)
    assert y.channels.excluded == ["paid_social"]


def test_and_also_a_group_and_chinese_waves_are_either_group() -> None:
    x = read("Customers who clicked a push this month, and also the Loyal segment - email them 10% off.", today=TODAY)
    assert isinstance(x.audience, Or)
    y = read("先发给忠诚客户，再给其余近60天下过单的客户发，短信", today=TODAY)
    assert isinstance(y.audience, Or)


def test_chinese_engagement_with_you_and_english_verbs() -> None:
    x = read("给最近三十天有点击邮件的用户发推送", today=TODAY)
    assert isinstance(x.audience, Engagement) and x.audience.event == "clicked" and x.audience.within_days == 30
    y = read("只发push，人群是近14天click过短信的用户", today=TODAY)
    assert isinstance(y.audience, Engagement) and y.audience.channel == "sms"
    assert y.channels.allowed == ["push"]
    z = read("过去60天一次都没打开过任何邮件的用户，发短信", today=TODAY)
    assert isinstance(z.audience, Not) and isinstance(z.audience.of, Engagement) and z.audience.of.within_days == 60


def test_a_lapse_with_its_own_window_after_an_engagement() -> None:
    x = read("People who clicked an email in the last 14 days but haven't ordered in 120 days", today=TODAY)
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Recency) and c.min_days == 120 for c in x.audience.of)
    y = read("lapsed超过120天的客户有多少", today=TODAY)
    assert isinstance(y.audience, Recency) and y.audience.min_days == 120


def test_a_trailing_chinese_exclusion_of_recent_buyers() -> None:
    x = read("冠军客户里，最近两周已经买过的就别发了，推送", today=TODAY)
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, Recency) and c.of.max_days == 14 for c in x.audience.of)


def test_a_segment_in_brackets_names_the_group() -> None:
    x = read("除了沉睡客户（Hibernating），其他人都发邮件", today=TODAY)
    assert isinstance(x.audience, Not) and getattr(x.audience.of, "segments", None) == ["Hibernating"]


def test_a_chinese_or_list_of_purchases_keeps_both() -> None:
    x = read("买过睡袋或者帐篷的客户，发短信", today=TODAY)
    assert isinstance(x.audience, Bought) and sorted(x.audience.categories) == ["sleeping-bags", "tents"]


def test_a_ranking_measure_before_a_colon_is_no_field() -> None:
    x = read("SMS the top 5% of buyers by lifetime value: free shipping on tents.", today=TODAY)
    assert x.audience is None and x.offer is not None and x.offer.kind == "free_shipping"


def test_most_likely_to_buy_again_is_propensity() -> None:
    x = read("最可能回购的前500名客户，发邮件", today=TODAY)
    assert isinstance(x.audience, TopPropensity) and x.audience.top_n == 500


def test_only_ever_bought_once() -> None:
    x = read("Shoppers who only ever ordered with us once: push 10% off", today=TODAY)
    assert isinstance(x.audience, OrderCount) and (x.audience.min, x.audience.max) == (1, 1)


def test_a_test_phrase_whose_channels_were_read_first_is_still_a_test() -> None:
    x = read("测试推送和短信哪个点击更高，忠诚客户，预算两千元", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "channel"
    y = read("测两种发送时间：上午10点和下午4点，冠军客户，邮件", today=TODAY)
    assert y.ab_test is not None and y.ab_test.element == "timing"


def test_a_country_in_a_currency_name_is_no_audience() -> None:
    x = read("预算5000马来西亚令吉，给忠诚客户发短信", today=TODAY)
    assert _na(x, "audience") == []
    y = read("给冠军客户发邮件，预算两千新加坡元", today=TODAY)
    assert _na(y, "audience") == []


def test_a_brief_that_opens_with_any_channel_except() -> None:
    x = read("Any channel but SMS - reach Champions who bought boots last year, 10% off.", today=TODAY)
    assert x.kind == "brief" and x.channels.excluded == ["sms"]
    y = read("Any channel that works for Loyal?", today=TODAY)
    assert y.kind == "question"


def test_a_channel_word_right_after_a_greeting_or_please() -> None:
    x = read("Hey team, text everyone who bought a headlamp in March about the new batteries, $300", today=TODAY)
    assert x.channels.allowed == ["sms"]
    y = read("Hi all, push the Kestrel Down Jacket to campers, email only", today=TODAY)
    assert y.channels.allowed == ["email"]


def test_ramadan_hari_raya_chuseok_and_golden_week_are_occasions() -> None:
    x = read("Eid al-Fitr SMS for Loyal customers, 15% off, $900", today=TODAY)
    assert x.window is not None and x.window.occasion == "hari_raya" and x.objective == "seasonal"
    y = read("Golden Week promo for Champions, email, 10% off", today=TODAY)
    assert y.window is not None and y.window.occasion == "golden_week"
    z = read("国庆黄金周给冠军客户发短信，九折", today=TODAY)
    assert z.window is not None and z.window.occasion == "national_day"
    w = read("Can you plan a Chuseok campaign for VIP customers, push only?", today=TODAY)
    assert w.window is not None and w.window.occasion == "chuseok" and w.objective == "seasonal"


def test_target_is_vip_keeps_the_tier_and_push_after_an_hour_is_the_channel() -> None:
    x = read("Target is VIP customer. Channel is e-mail. Budget $2k.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "value_tier"
    y = read("Push after dinner time (7pm local) with 10% off headlamps to all customers with push consent.", today=TODAY)
    assert y.channels.allowed == ["push"]


def test_a_chinese_background_intro_and_a_long_while_are_no_clause() -> None:
    x = read("先说一下背景：上个月老板说要把复购率提上来。我研究了好半天也没弄懂，所以问问：近半年只买过一次的客户有多少？", today=TODAY)
    assert x.not_applied == [] and x.metric is None
    assert isinstance(x.audience, OrderCount) and x.audience.within_days == 180


def test_a_chinese_top_share_after_a_comma() -> None:
    x = read("忠诚客户里最可能再买头灯的，前5%，发推送", today=TODAY)
    tops = [c for c in getattr(x.audience, "of", [x.audience]) if isinstance(c, TopPropensity)]
    assert tops and tops[0].top_share == 0.05 and tops[0].category == "headlamps"


def test_a_month_before_a_channel_is_no_consent_and_a_chinese_draft_due_date_is_no_window() -> None:
    x = read("Early May push to Champions about the new headlamps", today=TODAY)
    assert x.audience is not None and x.audience.kind == "rfm_segment"
    assert x.window is not None and x.window.start.month == 5
    y = read("给忠诚客户发短信推头灯，方案明天前发我", today=TODAY)
    assert y.window is None and y.not_applied == []


def test_a_weekday_after_launch_is_no_product_name() -> None:
    x = read("Launch Friday 4/3, run two weeks: push Loyal the new headlamps, $900", today=TODAY)
    assert not [n for n in x.not_applied if n.affects == "product"]
    assert x.window is not None and x.window.start == date(2026, 4, 3)


def test_two_requests_tried_at_the_review() -> None:
    x = read("Push to folks who bought a tent, nothing for the South, and please don't mention 'final hours'.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "and"
    assert any(c.kind == "not" for c in x.audience.of)
    assert any("final hours" in s for s in _na(x, "other"))
    y = read("给去年冬天买过睡袋、但最近两个月没再下单的会员发短信，推防晒衣，九折", today=TODAY)
    assert isinstance(y.audience, And)
    assert any(isinstance(c, Recency) and c.min_days == 60 for c in y.audience.of)
    assert any(isinstance(c, Bought) and c.within_days for c in y.audience.of)
    assert "防晒衣" in _na(y, "product")
