"""Forms sets 12-13's dev cases showed, tested in other words: an "SMS opt-in" group is consent, a Chinese request
to rank by a measure is a question, "clients of X" are its buyers with a look-back told "of the last …", and a
campaign for a new product asked in chat is a launch."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Consent

TODAY = date(2026, 3, 2)


def test_an_opt_in_group_is_consent_not_a_channel() -> None:
    x = read("How many Champions on the email opt-in list bought boots?", today=TODAY)
    assert isinstance(x.audience, And)
    assert [c.channel for c in x.audience.of if isinstance(c, Consent)] == ["email"]
    assert x.channels.allowed == []


def test_an_opt_in_rate_is_not_a_group() -> None:
    x = read("What is the push opt-in rate this quarter?", today=TODAY)
    assert x.audience is None


def test_a_chinese_ranking_request_is_a_question() -> None:
    x = read("各个区域按客单价从高到低排一下", today=TODAY)
    assert x.kind == "question"
    y = read("按计划排期，下周给忠诚客户发短信", today=TODAY)
    assert y.kind == "brief"


def test_clients_of_a_category_of_the_last_months() -> None:
    x = read("Send to the clients of backpacks of the last 3 months a push, 10% off.", today=TODAY)
    assert isinstance(x.audience, Bought) and x.audience.categories == ["backpacks"] and x.audience.within_days == 90


def test_a_campaign_for_a_new_product_asked_in_chat_is_a_launch() -> None:
    x = read("Could you make a campaign for the new Cascade Bivy? Only e-mail.", today=TODAY)
    assert x.intent == "plan" and x.objective == "launch"
    y = read("How did the new Cascade Bivy sell last month?", today=TODAY)
    assert y.objective is None


def test_a_goal_of_new_customers_is_the_aim_not_the_audience() -> None:
    x = read("Give-$15-get-$15 referral email to Champions; the objective is to win new customers. $900", today=TODAY)
    assert x.objective == "acquisition"
    assert x.audience is not None and x.audience.kind == "rfm_segment"


def test_a_last_order_already_says_they_ordered() -> None:
    x = read("给四个月没下单的老顾客发短信，九折，预算三千元", today=TODAY)
    assert x.audience is not None and x.audience.kind == "recency" and x.audience.min_days == 120


def test_no_email_open_singular_is_engagement_not_a_channel_ban() -> None:
    x = read("Audience: no push click in 45d. Send them an email with free shipping.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "not"
    assert x.channels.excluded == [] and x.channels.allowed == ["email"]


def test_bought_once_in_chinese_is_one_order() -> None:
    x = read("消费过一次的顾客，发邮件推袜子，预算两千元", today=TODAY)
    assert x.audience is not None and x.audience.kind == "order_count"
    assert (x.audience.min, x.audience.max) == (1, 1)
    y = read("至少消费过一次的顾客，发邮件推袜子", today=TODAY)
    assert y.audience is not None and y.audience.kind == "order_count" and y.audience.max is None


def test_keep_them_loyal_is_not_the_segment() -> None:
    x = read("Thank customers with 4+ orders and keep them loyal with a free water bottle. Email.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "order_count"


def test_a_sending_tool_before_the_channel_word_names_the_channel() -> None:
    x = read("OneSignal push to Champions about the new headlamps on Friday", today=TODAY)
    assert x.channels.allowed == ["push"]


def test_chinese_sentences_with_english_terms_are_chinese() -> None:
    x = read("这周的focus是winback，给lapsed customers发个SMS，15% off，budget 2k", today=TODAY)
    assert x.language == "zh"
    y = read("Spring plan for 高价值 customers: 15% off boots, email, $3k", today=TODAY)
    assert y.language == "en"


def test_a_budgeted_test_of_two_chinese_channels_is_a_brief() -> None:
    x = read("A/B一下：一半发邮件一半发推送，看谁的点击高，人群是买过帐篷的，预算两万", today=TODAY)
    assert x.kind == "brief"
    assert x.metric is not None and x.metric.name == "clicks"


def test_see_which_one_gets_more_names_the_metric() -> None:
    x = read("Email Loyal two hero images and find out which one gets more conversions. $700.", today=TODAY)
    assert x.metric is not None and x.metric.name == "conversions"


def test_the_best_chance_of_buying_is_propensity_and_a_count_after_a_comma_is_its_top() -> None:
    x = read("Push to shoppers with the best chance of buying sleeping bags, top 800, free shipping", today=TODAY)
    assert x.audience is not None and x.audience.kind == "top_propensity"
    assert x.audience.category == "sleeping-bags" and x.audience.top_n == 800


def test_an_occasion_window_with_no_other_aim_is_a_seasonal_campaign() -> None:
    x = read("万圣节前一周给冠军客户发邮件，背包九折，预算三千元", today=TODAY)
    assert x.window is not None and x.objective == "seasonal"


def test_an_occasion_without_a_date_is_said_not_dropped() -> None:
    x = read("儿童节给买过背包的客户发推送，九折，预算两千元", today=TODAY)
    assert x.window is None
    assert [n.text for n in x.not_applied if n.affects == "timing"] == ["儿童节"]
    y = read("Teachers' Day thank-you email for Champions, $600", today=TODAY)
    assert [n.text for n in y.not_applied if n.affects == "timing"] == ["Teachers' Day"]
    z = read("Teacher's Day email to Champions, send April 3", today=TODAY)
    assert z.window is not None and not [n for n in z.not_applied if n.affects == "timing"]


def test_people_by_activity_plus_anyone_who_bought_is_either_group() -> None:
    x = read("SMS to campers, plus anyone who bought a headlamp in the last 90 days. $800", today=TODAY)
    assert x.audience is not None and x.audience.kind == "or"
    y = read("Email hikers who bought a tent in the last year", today=TODAY)
    assert y.audience is not None and y.audience.kind == "bought" and y.audience.categories == ["tents"]
    z = read("Push to Loyal and everyone who bought boots since Christmas", today=TODAY)
    assert z.audience is not None and z.audience.kind == "or"
