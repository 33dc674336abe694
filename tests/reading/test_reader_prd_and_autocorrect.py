"""From the thirteenth set's dev part, tested in other words: a PRD's Non-goals exclude channels and groups and set
the cap or no discount, its Problem section is background; "hold off on"/"dont text them"/不考虑/不要新客 exclude;
a question about which group to avoid keeps its channel (decision 125); a phone's autocorrect slips are read as
the words meant (decision 165)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Not, RfmSegment, SignedUp

TODAY = date(2026, 3, 2)


def test_non_goals_and_problem() -> None:
    x = read("PRD: spring camper push\nProblem: tent buyers churn after one season.\nGoal: bring back campers who "
             "haven't ordered in 10 months.\nNon-goals: push, discounts deeper than 20%, the Hibernating segment.\n"
             "Requirements: email + SMS, 10% off sleeping bags, budget $3k.", today=TODAY)
    assert x.channels.excluded == ["push"] and set(x.channels.allowed) == {"email", "sms"}
    assert x.discount_cap is not None and x.discount_cap.max_percent == 20
    assert isinstance(x.audience, And) and any(isinstance(c, Not) and isinstance(c.of, RfmSegment) for c in x.audience.of)
    assert x.not_applied == []


def test_markdown_non_goals_list() -> None:
    x = read("## Non-goals\n- SMS\n- any discount\n## Ask\nEmail + push to Champions about the new tents, $2k.", today=TODAY)
    assert x.channels.excluded == ["sms"] and x.no_discount is not None


@pytest.mark.parametrize(("text", "excluded"), [
    ("Steer clear of SMS this round; email Loyal about socks, $400.", ["sms"]),
    ("Email Champions about the poles, $500. Dont text them.", ["sms"]),
    ("不考虑付费投放，给冠军客户发短信推袜子，预算2000元", ["paid_social"]),
])
def test_channels_left_out_in_other_words(text: str, excluded: list[str]) -> None:
    assert read(text, today=TODAY).channels.excluded == excluded


def test_no_new_customers_excludes_them() -> None:
    x = read("不要新用户，给近半年下过单的客户发邮件，九折", today=TODAY)
    assert isinstance(x.audience, And) and any(isinstance(c, Not) and isinstance(c.of, SignedUp) for c in x.audience.of)


def test_which_group_to_avoid_keeps_the_channel() -> None:
    x = read("Which segment should we avoid emailing?", today=TODAY)
    assert x.channels.allowed == ["email"] and x.channels.excluded == []


@pytest.mark.parametrize(("text", "field", "value"), [
    ("push to lapses buyers, 10% off socks", "audience", "recency"),
    ("15% off tense and sleeping pads for Champions, email", "promoted", "tents"),
    ("sms to Loyal about the bass layer sale", "promoted", "base-layers"),
    ("Hibernating + Lots: email, free shopping on tents", "offer", "free_shipping"),
])
def test_autocorrect_slips(text: str, field: str, value: str) -> None:
    x = read(text, today=TODAY)
    if field == "audience":
        assert x.audience is not None and value in x.audience.model_dump_json()
    elif field == "promoted":
        assert value in x.promoted.categories
    else:
        assert x.offer is not None and x.offer.kind == value


def test_real_words_are_left_alone() -> None:
    x = read("Lots of customers asked for a free shopping bag with tents; email Champions 10% off.", today=TODAY)
    assert x.offer is not None and x.offer.kind != "free_shipping"


def test_a_chinese_prd_with_full_stops() -> None:
    x = read("【需求文档】问题：老客流失严重。目标：召回沉睡客户。非目标：推送、付费投放。需求：给半年没下单的客户发短信，九折，预算2000元。",
             today=TODAY)
    assert set(x.channels.excluded) == {"push", "paid_social"} and x.channels.allowed == ["sms"]
    assert x.objective == "winback" and x.audience is not None and x.audience.kind == "recency"
    assert x.not_applied == []
