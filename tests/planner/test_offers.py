"""Offers: made when the objective or brief calls for one, capped by the brief, checked on the copy."""

from __future__ import annotations

from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy

from copilot.planner.checks import add_sms_compliance
from copilot.planner.copywriter import copy_context, write_copy
from copilot.planner.offers import check_offer, make_offer, offer_depths_in
from copilot.planner.plan_schema import CampaignPlan, CopyVariant


def _brief(plan: CampaignPlan, **kw: object) -> CampaignPlan:
    return plan.model_copy(update={"brief": plan.brief.model_copy(update=kw)})


def test_winback_gets_a_default_offer_within_the_cap() -> None:
    plan = make_plan()  # a win-back
    offer, notes = make_offer(plan)
    assert offer is not None and offer.depth_pct == 15 and offer.code == "COMEBACK15"
    assert offer.expires == plan.end_date and "until March 21" in offer.line
    assert "no product cost" in offer.margin_note and any("assumed" in n for n in notes)
    capped, notes = make_offer(_brief(plan, discount_cap_pct=10))
    assert capped is not None and capped.depth_pct == 10 and any("capped" in n for n in notes)
    # the offer's own reason says the cap: "15% is a starting depth" beside a 10% offer read as a contradiction
    assert capped.reason.endswith("Capped at the brief's 10% (was 15%).")


def test_no_discount_and_no_call_for_one() -> None:
    plan = make_plan()
    assert make_offer(_brief(plan, no_discount=True))[0] is None
    assert make_offer(_brief(plan, objective="launch", text="Launch the new trail shoe"))[0] is None


def test_brief_offer_and_margin() -> None:
    plan = _brief(make_plan(), offer="25% off", discount_pct=25)
    offer, _ = make_offer(plan, {"P1003": 30.0})  # 30% margin: 25% off would leave 5%
    assert offer is not None and offer.depth_pct == 20 and "margin" in offer.margin_note


def test_offer_check_fails_above_the_cap() -> None:
    plan = make_plan()
    offer, _ = make_offer(plan)
    plan = _brief(plan.model_copy(update={"offer": offer}), discount_cap_pct=10)
    assert [r.status for r in check_offer(plan) if r.target == "offer"] == ["fail"]
    loud = CopyVariant(channel="sms", variant="A", body=add_sms_compliance("Take 40% off the Ridgeline Trail.", SENDER))
    assert any(r.target == "sms.A" and r.status == "fail" for r in check_offer(plan, [loud]))
    assert offer_depths_in("100% merino, save 20% today") == [20.0]


def test_copy_mentions_the_offer_and_ab_tests_it() -> None:
    plan = make_plan()
    offer, _ = make_offer(plan)
    plan = plan.model_copy(update={"offer": offer})
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert ctx.test is not None and ctx.test.element == "offer"
    assert ctx.test.sample_per_arm["email"] > 0 and "per arm" in ctx.test.mde_note
    model = ScriptedChatModel(script=[scripted_copy()])
    variants = write_copy(model, ctx, ["email", "sms"], max_tokens=2000)
    by = {v.key: v for v in variants}
    assert offer is not None
    assert offer.line in by["sms.A"].body and offer.line not in by["sms.B"].body
    # the two differ in the offer only
    assert by["sms.A"].body.replace(" " + offer.line, "") == by["sms.B"].body
    assert by["email.A"].subject == by["email.B"].subject


def test_the_plan_shows_its_offer_and_ab_test() -> None:
    plan = make_plan()
    offer, _ = make_offer(plan)
    plan = plan.model_copy(update={"offer": offer})
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    plan = plan.model_copy(update={"ab_test": ctx.test})
    md = plan.to_markdown()
    assert "**Offer**: 15% off, code `COMEBACK15`" in md
    assert "**A/B test**:" in md and "they differ in the offer only" in md and "Sample per arm: email" in md
    html = plan.to_html()
    assert "Offer: 15% off, code COMEBACK15" in html and "A/B test:" in html


def test_the_code_the_brief_dictates_is_the_plans_code() -> None:
    from datetime import date as _date

    from copilot.reading import read

    text = "Win back lapsed hikers, email, 15% off, code TRAILS15"
    plan = _brief(make_plan(), offer="15% off", discount_pct=15, reading=read(text, today=_date(2026, 3, 2)))
    offer, _ = make_offer(plan)
    assert offer is not None and offer.code == "TRAILS15" and "code TRAILS15" in offer.line
    assert make_offer(_brief(make_plan(), offer="15% off", discount_pct=15))[0].code == "COMEBACK15"  # type: ignore[union-attr]
