"""The brief's own offer is the plan's: an amount off (满300减40, "$30 off orders over $150"), a gift or a
buy-one-get-one is carried as written, never replaced by a percentage of the planner's own (session 23: a plan for
"满300减40" had offered 8.5折 and passed every check). The request check says which offer was asked for."""

from __future__ import annotations

from datetime import date

import pytest
from planner.helpers import make_plan

from copilot.planner.offers import make_offer
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.request_checks import check_request
from copilot.planner.zh import ZH_OFFER_LINE
from copilot.reading import read


def _with(plan: CampaignPlan, text: str) -> CampaignPlan:
    reading = read(text, today=date(2026, 3, 2))
    assert reading.offer is not None
    brief = plan.brief.model_copy(update={"reading": reading, "offer": reading.offer.span.text,
                                          "discount_pct": reading.offer.value if reading.offer.kind == "percent_off" else None})
    return plan.model_copy(update={"brief": brief})


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Win back lapsed customers: $30 off orders over $150, email, $3,000", "amount_off", "$30 off orders over $150"),
        ("Email Loyal customers the Cascade Ultralight Pack Pro with a free Col Buff, $2,000", "gift", "a free Col Buff"),
        ("Text Champions: buy one get one free on socks, $800", "bogo", "buy one get one free"),
    ],
)
def test_the_briefs_offer_is_carried_as_written(text: str, kind: str, words: str) -> None:
    offer, _notes = make_offer(_with(make_plan(), text))
    assert offer is not None and offer.type == kind and offer.depth_pct is None
    assert words.lower() in offer.line.lower() and offer.words
    if kind == "amount_off":
        assert offer.amount == 30 and offer.currency == "USD" and offer.code.endswith("30")


def test_a_chinese_threshold_offer_in_chinese_copy() -> None:
    plan = _with(make_plan(), "给半年没下单的客户发短信，满300减40，预算5000元")
    plan = plan.model_copy(update={"brief": plan.brief.model_copy(update={"language": "zh"})})
    offer, _ = make_offer(plan)
    assert offer is not None and offer.type == "amount_off" and "满300减40" in offer.line
    assert offer.line.startswith("使用优惠码") and ZH_OFFER_LINE.match(offer.line)


def test_the_request_check_fails_when_the_plan_carries_another_offer() -> None:
    plan = _with(make_plan(), "Win back lapsed customers: $30 off orders over $150, email, $3,000")
    asked, _ = make_offer(plan)
    other, _ = make_offer(plan.model_copy(update={"brief": plan.brief.model_copy(update={"reading": None, "offer": None})}))
    assert other is not None and other.type == "percent_off"  # the planner's own default
    ok = [r for r in check_request(plan.model_copy(update={"offer": asked})) if r.name == "request_offer"]
    bad = [r for r in check_request(plan.model_copy(update={"offer": other})) if r.name == "request_offer"]
    assert [r.status for r in ok] == ["pass"] and [r.status for r in bad] == ["fail"]
    assert "$30 off orders over $150" in bad[0].details


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("5% as the brief asks. At this size it cannot detect the expected lift of 0.87 points with 80% power; only a lift "
         "of 7.13 points or more is detectable, so read the result as directional.", "5%，与需求一致。"),
        ("Wide forecast range (high is more than 3x low): little comparable history.", "预测区间很宽"),
        ("An amount off: its depth depends on the basket; check it against the product margins before sending.", "立减金额"),
        ('The offer is the brief\'s ("满300减40").', "优惠与需求一致（“满300减40”）。"),
    ],
)
def test_chinese_plans_say_the_new_sentences_in_chinese(english: str, chinese: str) -> None:
    from copilot.planner.render_zh_text import zh_text

    assert zh_text(english).startswith(chinese)
