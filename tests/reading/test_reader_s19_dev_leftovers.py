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
