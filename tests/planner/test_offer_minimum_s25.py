"""The plan carries the offer's minimum order (decision 229): the plan's offer holds it, its copy line says it, every
render shows it, the export tells the store to set it, and a copy variant that states the offer without its minimum
(or with another one) fails the offer check: a plan must never tell everyone "减50" with no threshold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.helpers import make_plan

from copilot.planner.offers import check_offer, make_offer
from copilot.planner.plan_schema import CampaignPlan, CopyVariant
from copilot.planner.render import offer_and_test_lines
from copilot.planner.render_zh import words_for
from copilot.planner.render_zh_text import not_applied_in
from copilot.planner.zh import ZH_OFFER_LINE
from copilot.reading import read


def _plan(text: str, zh: bool = False) -> CampaignPlan:
    reading = read(text, today=date(2026, 3, 2))
    assert reading.offer is not None
    update = {"reading": reading, "offer": reading.offer.span.text,
              "discount_pct": reading.offer.value if reading.offer.kind == "percent_off" else None}
    plan = make_plan()
    brief = plan.brief.model_copy(update={**update, **({"language": "zh"} if zh else {})})
    plan = plan.model_copy(update={"brief": brief})
    offer, _ = make_offer(plan)
    return plan.model_copy(update={"offer": offer})


def _variant(plan: CampaignPlan, body: str) -> CopyVariant:
    v = plan.copy_variants[0]
    return v.model_copy(update={"body": body})


def _offer_fails(plan: CampaignPlan, body: str) -> list[str]:
    return [r.details for r in check_offer(plan, [_variant(plan, body)]) if r.status == "fail"]


def test_a_percentage_with_a_minimum_is_planned_with_it() -> None:
    plan = _plan("Email lapsed customers 12% off any purchase above $110, $2,000")
    o = plan.offer
    assert o is not None and (o.type, o.depth_pct, o.min_order, o.currency) == ("percent_off", 12, 110, "USD")
    assert "on orders of $110+" in o.line
    assert "12% off on orders of $110+" in offer_and_test_lines(plan)[0]
    assert '"min_order":110.0' in plan.model_dump_json()


def test_an_amount_off_keeps_the_briefs_words_and_their_minimum() -> None:
    plan = _plan("SMS Champions: spend $140, get $20 off. $1,200")
    o = plan.offer
    assert o is not None and (o.type, o.amount, o.min_order) == ("amount_off", 20, 140)
    assert "$140" in o.line and "$20 off" in o.line
    assert not _offer_fails(plan, f"Back for more? {o.line}")


def test_free_shipping_with_a_minimum() -> None:
    plan = _plan("Email at-risk customers: free delivery on orders of $55 or more, $900")
    o = plan.offer
    assert o is not None and o.type == "free_shipping" and o.min_order == 55 and "$55+" in o.line


def test_a_chinese_threshold_in_chinese_copy_and_renders() -> None:
    plan = _plan("给忠诚客户发短信，满600减60，预算3000元", zh=True)
    o = plan.offer
    assert o is not None and (o.amount, o.min_order) == (60, 600)
    assert "满600减60" in o.line and ZH_OFFER_LINE.match(o.line)
    assert plan.brief.reading is not None and words_for(plan).zh
    applied, _ = not_applied_in(plan.brief.reading, words_for(plan))
    assert any("满600减60" in line for line in applied)
    assert "满600减60" in offer_and_test_lines(plan, words_for(plan))[0]


def test_a_chinese_percentage_with_a_minimum_says_it_in_the_line() -> None:
    plan = _plan("下单满500元打八五折，邮件发给沉睡客户", zh=True)
    o = plan.offer
    assert o is not None and o.type == "percent_off" and o.min_order == 500
    assert o.line.startswith("使用优惠码") and "满500元立享8.5折" in o.line and ZH_OFFER_LINE.match(o.line)
    assert "满500" in offer_and_test_lines(plan, words_for(plan))[0]


def test_copy_without_the_minimum_or_with_another_fails_the_offer_check() -> None:
    plan = _plan("Email Loyal customers $25 off orders over $150, $2,000")
    fails = _offer_fails(plan, "Take $25 off your next order - this week only.")
    assert fails and "without its minimum order ($150)" in fails[0]
    fails = _offer_fails(plan, "Take $25 off orders over $100 this week.")
    assert fails and "minimum order of 100" in fails[0]
    assert not _offer_fails(plan, "Take $25 off orders of $150+ this week.")
    zh = _plan("给忠诚客户发短信，满400减50", zh=True)
    assert _offer_fails(zh, "老朋友专享：立减50元，本周有效。")  # 减50 with no threshold
    assert _offer_fails(zh, "老朋友专享：满300减50，本周有效。")
    assert not _offer_fails(zh, "老朋友专享：满400减50，本周有效。")


def test_copy_that_states_no_offer_is_not_asked_for_a_minimum() -> None:
    plan = _plan("Email Loyal customers 10% off orders over $80, $1,000")
    assert not _offer_fails(plan, "New trail shoes just landed. Take a look.")


def test_a_plan_without_a_minimum_is_unchanged() -> None:
    plan = _plan("Email Loyal customers 10% off, $1,000")
    assert plan.offer is not None and plan.offer.min_order is None and "orders of" not in plan.offer.line
    assert not _offer_fails(plan, "Save 10% this week.")


def test_the_export_tells_the_store_to_set_the_minimum(tmp_path: Path) -> None:
    from copilot.lifecycle.export import ExportReport, _notes

    plan = _plan("Text Champions 10% off orders over €60, €800")
    report = ExportReport(plan_id=plan.plan_id, folder=tmp_path)
    assert any("orders of €60+" in n and "minimum order" in n for n in _notes(plan, report, 0))
    plain = _plan("Text Champions 10% off, €800")
    assert not any("minimum order" in n for n in _notes(plain, report, 0))
