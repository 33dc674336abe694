"""The repair round: each failing check is repaired (by code or one model rewrite) or reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from fakes import ScriptedChatModel

from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.knowledge.schemas import ClaimCheck, ClaimReport
from copilot.llm.tokens import CostLedger
from copilot.planner.checks import Sender
from copilot.planner.copywriter import copy_context, rewrite_copy
from copilot.planner.plan_schema import CampaignPlan, CheckResult, Citation, CopyVariant
from copilot.planner.review import (
    ReviewContext,
    Rewriter,
    check_budget,
    check_copy_coverage,
    check_plan,
    check_schedule,
    review_plan,
)

BANNED = ["best ever", "guaranteed", "100% waterproof"]


def stub_claims(text: str, product_ids: list[str]) -> ClaimReport:
    """Claims about waterproofing are unsupported (no such fact); lug and grip claims are supported."""
    claims = []
    low = text.lower()
    if "waterproof" in low:
        claims.append(ClaimCheck(claim="waterproof", supported=False, reason="no fact says so"))
    if "lugs" in low:
        claims.append(ClaimCheck(claim="5 mm lugs", supported=True, fact_ids=["P1003-aa11bb22cc"]))
    if "wet rock" in low:
        claims.append(ClaimCheck(claim="grips on wet rock", supported=True, fact_ids=["P1003-dd33ee44ff"]))
    return ClaimReport(claims=claims, all_supported=all(c.supported for c in claims))


@pytest.fixture
def ctx(sender: Sender) -> ReviewContext:
    return ReviewContext(sender=sender, banned=BANNED, avoid=["epic"], claim_checker=stub_claims)


def with_variant(plan: CampaignPlan, key: str, **update: object) -> CampaignPlan:
    variants = [v.model_copy(update=update) if v.key == key else v for v in plan.copy_variants]
    return plan.model_copy(update={"copy_variants": variants})


def rewriter(plan: CampaignPlan, model: ScriptedChatModel, sender: Sender, ledger: CostLedger) -> Rewriter:
    cctx = copy_context(plan, sender=sender, tone="warm", banned=BANNED)

    def run(failing: object) -> dict[str, CopyVariant]:
        return rewrite_copy(model, cctx, failing, ledger=ledger)  # type: ignore[arg-type]

    return run


def result(plan: CampaignPlan, name: str, target: str) -> CheckResult:
    matches = [c for c in plan.checks if c.name == name and c.target == target]
    assert len(matches) == 1, (name, target, plan.checks)
    return matches[0]


def test_sample_plan_passes_every_check(sample_plan: CampaignPlan, ctx: ReviewContext) -> None:
    results = check_plan(sample_plan, ctx)
    assert [r for r in results if r.status == "fail"] == []
    names = {r.name for r in results}
    assert {
        "sms_length",
        "email_subject",
        "email_preheader",
        "email_compliance",
        "sms_compliance",
        "brand_voice",
        "claims",
        "numbers",
        "consent",
        "quiet_hours",
        "budget",
        "figures",
    } <= names


def test_missing_opt_out_and_stop_are_added_by_code(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    plan = with_variant(sample_plan, "email.A", body="Meet the Ridgeline Trail with 5 mm lugs for mud.")
    plan = with_variant(plan, "sms.B", body="Grip on wet rock is back. See the Ridgeline Trail.")
    model = ScriptedChatModel(script=[])
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()  # no model call needed
    assert out.passed
    email_c = result(out, "email_compliance", "email.A")
    assert email_c.status == "pass" and email_c.repaired and "opt-out" in email_c.details
    sms_c = result(out, "sms_compliance", "sms.B")
    assert sms_c.repaired
    body = next(v for v in out.copy_variants if v.key == "sms.B").body
    assert body.startswith("Northtrail Outfitters: ") and body.endswith(
        "Reply STOP to opt out, HELP for help."
    )


def _reply(key: str, **fields: object) -> dict[str, object]:
    return {key: {"facts": [], **fields}}


def test_too_long_emoji_sms_is_rewritten(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    long = (
        "Northtrail Outfitters: "
        + "Your trail shoes miss you 🏃 " * 12
        + "Reply STOP to opt out, HELP for help."
    )
    plan = with_variant(sample_plan, "sms.A", body=long)
    assert any(r.name == "sms_length" and r.status == "fail" for r in check_plan(plan, ctx))
    model = ScriptedChatModel(
        script=[
            _reply(
                "sms_A",
                text="Ready for spring mud?",
                facts=["F1"],
            )
        ]
    )
    ledger = CostLedger()
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, ledger))
    model.assert_complete()
    assert ledger.llm_calls == 1
    r = result(out, "sms_length", "sms.A")
    assert r.status == "pass" and r.repaired
    # the model saw the problem and only the failing piece is in the schema
    req = model.requests[0]
    assert "sms_length" in req.last_text and "segment" in req.last_text
    schema = req.response_format["json_schema"]["schema"]
    assert list(schema["properties"]) == ["sms_A"]
    v = next(v for v in out.copy_variants if v.key == "sms.A")
    assert v.citations[0].fact_ids == ["P1003-aa11bb22cc"]  # alias F1 mapped back


#: A compliant rewrite of email variant A, as the model returns it in a repair round.
EMAIL_A_REWRITE = {
    "subject": "Back on the trail this spring?",
    "preheader": "Ready for muddy spring trails again? See what is new for your next run.",
    "intro": "Missed the trails this winter?",
    "cta": "Shop now",
    "facts": ["F1"],
}


def test_long_subject_and_banned_phrase_rewritten_once(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    plan = with_variant(
        sample_plan, "email.A", subject="The best ever Ridgeline Trail is here for every muddy spring run"
    )
    plan = with_variant(plan, "email.B", subject="Guaranteed grip on wet rock")
    fixed = {
        "email_A": dict(EMAIL_A_REWRITE),
        "email_B": {
            "subject": "Want grip on wet rock?",
            "preheader": "Heading out on wet rock this spring? Explore the new trail range.",
            "intro": "Ready for wet rock?",
            "cta": "Shop now",
            "facts": ["F2"],
        },
    }
    model = ScriptedChatModel(script=[fixed])
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()
    assert out.passed, [c for c in out.checks if c.status == "fail"]
    assert result(out, "email_subject", "email.A").repaired
    assert result(out, "brand_voice", "email.A").repaired
    assert result(out, "brand_voice", "email.B").repaired
    assert "rewritten by the model" in result(out, "brand_voice", "email.B").details
    # the rewritten email got the code-owned footer back
    assert "Unsubscribe" in next(v for v in out.copy_variants if v.key == "email.B").body


def test_unsupported_claim_repaired(sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender) -> None:
    plan = with_variant(
        sample_plan,
        "sms.B",
        body="Northtrail Outfitters: Fully waterproof Ridgeline Trail. Reply STOP to opt out, HELP for help.",
    )
    model = ScriptedChatModel(
        script=[
            _reply(
                "sms_B",
                text="Back on wet rock this spring?",
                facts=["F2"],
            )
        ]
    )
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    r = result(out, "claims", "sms.B")
    assert r.status == "pass" and r.repaired


def test_unsupported_claim_and_invented_number_reported_when_rewrite_fails(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    plan = with_variant(
        sample_plan,
        "sms.B",
        body="Northtrail Outfitters: Waterproof Ridgeline Trail, now 40% off. "
        "Reply STOP to opt out, HELP for help.",
    )
    # the model repeats the mistakes: its replies fail the schema (no digits, a question) twice
    bad = _reply("sms_B", text="Waterproof and 40% off: the Ridgeline Trail.", facts=["F2"])
    model = ScriptedChatModel(script=[bad, bad])
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()
    assert not out.passed
    assert any("rewrite failed" in r for r in out.risks)
    claims = result(out, "claims", "sms.B")
    numbers = result(out, "numbers", "sms.B")
    assert claims.status == "fail" and "Still failing" in claims.details
    assert numbers.status == "fail" and "40%" in numbers.details
    md = out.to_markdown()
    assert "## ❌ Failed checks" in md and "40%" in md
    blocks = json.dumps(plan_to_slack_blocks(out))
    assert "Failed checks" in blocks


def test_exclamations_tamed_by_code(sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender) -> None:
    plan = with_variant(
        sample_plan,
        "email.B",
        subject="Grip that holds on wet rock!",
        preheader="A Vibram Megagrip outsole that grips on wet rock, built for spring!",
    )
    model = ScriptedChatModel(script=[])
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()
    r = result(out, "brand_voice", "email.B")
    assert r.status == "pass" and r.repaired


def test_rewrite_error_keeps_failures_marked(sample_plan: CampaignPlan, ctx: ReviewContext) -> None:
    from copilot.errors import ModelError

    plan = with_variant(sample_plan, "email.A", subject="x" * 80)

    def broken(_failing: object) -> dict[str, CopyVariant]:
        raise ModelError("server down")

    rw: Callable[..., dict[str, CopyVariant]] = broken
    out = review_plan(plan, ctx, rewrite=rw)
    assert not out.passed
    assert result(out, "email_subject", "email.A").status == "fail"
    assert any("rewrite failed" in r for r in out.risks)


def test_last_resort_drops_rejected_sentences(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    plan = with_variant(
        sample_plan,
        "sms.A",
        body="Northtrail Outfitters: Now waterproof to 20,000 mm. 5 mm lugs for mud. "
        "Reply STOP to opt out, HELP for help.",
    )
    # (a saved plan from before the copy schema, say) one bad sentence next to a good one, and the
    # rewrite fails: code removes the bad sentence
    from copilot.errors import ModelError

    def broken(_failing: object) -> dict[str, CopyVariant]:
        raise ModelError("server down")

    out = review_plan(plan, ctx, rewrite=broken)
    assert out.passed, out.failed_checks
    claims = result(out, "claims", "sms.A")
    assert claims.repaired and "removed 1 sentence" in claims.details
    body = next(v for v in out.copy_variants if v.key == "sms.A").body
    assert "waterproof" not in body.lower() and "5 mm lugs for mud." in body
    assert body.endswith("Reply STOP to opt out, HELP for help.")


def test_last_resort_keeps_the_email_lines(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    from copilot.errors import ModelError
    from copilot.planner.checks import add_email_footer

    body = (
        "Missed the trails this winter?\n\nThe Ridgeline Trail is now waterproof to 20,000 mm.\n"
        "The Ridgeline Trail has 5 mm lugs for mud and loose ground.\n\nShop now"
    )
    plan = with_variant(sample_plan, "email.A", body=add_email_footer(body, sender))

    def broken(_failing: object) -> dict[str, CopyVariant]:
        raise ModelError("server down")

    out = review_plan(plan, ctx, rewrite=broken)
    v = next(v for v in out.copy_variants if v.key == "email.A")
    assert result(out, "claims", "email.A").status == "pass"
    assert v.body.startswith(
        "Missed the trails this winter?\n\nThe Ridgeline Trail has 5 mm lugs for mud and loose ground.\n\nShop now"
    )


# --------------------------------------------------------------------------------------------
# every check failing, then repaired (copy) or reported (what the model cannot fix)
# --------------------------------------------------------------------------------------------


def with_schedule(plan: CampaignPlan, index: int, **update: object) -> CampaignPlan:
    schedule = [s.model_copy(update=update) if i == index else s for i, s in enumerate(plan.schedule)]
    return plan.model_copy(update={"schedule": schedule})


def test_sms_in_quiet_hours_fails_naming_the_send(sample_plan: CampaignPlan, ctx: ReviewContext) -> None:
    plan = with_schedule(sample_plan, 1, send_hour=22)  # the SMS reminder on Mar 6
    (r,) = [r for r in check_schedule(plan, ctx) if r.name == "quiet_hours"]
    assert (r.status, r.target) == ("fail", "schedule")
    assert r.details.startswith("schedule: 1 SMS send(s) fall in quiet hours 21:00-08:00")
    assert "Mar 6 at 22:00 (reminder)" in r.details
    # early morning is quiet too; email at night is not an SMS
    assert [r.status for r in check_schedule(with_schedule(sample_plan, 4, send_hour=7), ctx)] == ["fail"]  # SMS last chance
    assert [r.status for r in check_schedule(with_schedule(sample_plan, 0, send_hour=23), ctx)] == ["pass"]


def test_send_outside_the_campaign_window_fails_the_schedule(
    sample_plan: CampaignPlan, ctx: ReviewContext
) -> None:
    plan = with_schedule(sample_plan, 2, send_date=date(2025, 4, 2))
    (r,) = [r for r in check_schedule(plan, ctx) if r.name == "schedule"]
    assert (r.status, r.target) == ("fail", "schedule")
    assert "outside the campaign window Mar 1 to Mar 21, 2025" in r.details
    assert "email reminder on Apr 2, 2025" in r.details
    assert not [r for r in check_schedule(sample_plan, ctx) if r.name == "schedule"]  # no news is good news


def test_budget_lines_must_add_up_to_the_total(sample_plan: CampaignPlan) -> None:
    assert check_budget(sample_plan).status == "pass"
    plan = _budget_off(sample_plan)
    r = check_budget(plan)
    assert (r.status, r.target) == ("fail", "budget")
    assert "email 11,837.71, sms 8,662.29" in r.details  # 2,480 : 1,710 of $20,000, then sms + 500
    assert "add up to 20,500.00, not the total budget 20,000.00" in r.details


def _budget_off(plan: CampaignPlan, extra: float = 500.0) -> CampaignPlan:
    lines = list(plan.budget.lines)
    last = lines[-1]
    lines[-1] = last.model_copy(
        update={"amount": last.amount.model_copy(update={"value": last.amount.value + extra})}
    )
    return plan.model_copy(update={"budget": plan.budget.model_copy(update={"lines": lines})})


def test_each_channel_needs_copy_variants_a_and_b(sample_plan: CampaignPlan) -> None:
    assert check_copy_coverage(sample_plan) == []
    plan = sample_plan.model_copy(
        update={"copy_variants": [v for v in sample_plan.copy_variants if v.key != "sms.B"]}
    )
    (r,) = check_copy_coverage(plan)
    assert (r.name, r.status, r.target) == ("copy", "fail", "sms")
    assert r.details == "copy: sms needs variants A and B; has A."
    none = sample_plan.model_copy(
        update={"copy_variants": [v for v in sample_plan.copy_variants if v.channel != "sms"]}
    )
    assert check_copy_coverage(none)[0].details.endswith("has none.")


def test_short_preheader_is_rewritten_in_the_repair_round(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    plan = with_variant(sample_plan, "email.A", preheader="New lugs.")
    (first,) = [r for r in check_plan(plan, ctx) if r.status == "fail"]
    assert (first.name, first.target) == ("email_preheader", "email.A")
    assert first.details == "Preheader is 9 characters; it should be 40-100."
    fixed = {"email_A": dict(EMAIL_A_REWRITE)}
    model = ScriptedChatModel(script=[fixed])
    ledger = CostLedger()
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, ledger))
    model.assert_complete()
    assert ledger.llm_calls == 1 and ledger.calls[0].purpose == "plan.repair"
    assert "email_preheader: Preheader is 9 characters" in model.requests[0].last_text  # the model saw why
    assert out.passed, out.failed_checks
    r = result(out, "email_preheader", "email.A")
    assert r.status == "pass" and r.repaired and "rewritten by the model" in r.details
    v = next(v for v in out.copy_variants if v.key == "email.A")
    assert v.preheader == EMAIL_A_REWRITE["preheader"] and v.citations[0].fact_ids == ["P1003-aa11bb22cc"]


def _with_push(plan: CampaignPlan, a: CopyVariant, b: CopyVariant) -> CampaignPlan:
    return plan.model_copy(update={"copy_variants": [*plan.copy_variants, a, b]})


def test_push_over_its_limits_is_rewritten_in_the_repair_round(
    sample_plan: CampaignPlan, ctx: ReviewContext, sender: Sender
) -> None:
    line = "Cairn Sky drains quickly after stream crossings."
    long_title = CopyVariant(
        channel="push",
        variant="A",
        title="Your favourite trail shoes are back for one more muddy spring season",
        body=f"See what is new. {line}",
        product_ids=["P1010"],
        citations=[Citation(claim=line, fact_ids=["P1010-0011223344"])],
    )
    long_body = CopyVariant(
        channel="push", variant="B", title="Ready for the trail?",
        body="Explore the range. " + line + " It drains quickly after stream crossings." * 3,
    )
    plan = _with_push(sample_plan, long_title, long_body)
    failed = {(r.target, r.details) for r in check_plan(plan, ctx) if r.status == "fail"}
    assert failed == {
        ("push.A", "Push: the title is 68 characters (≤ 50)."),
        ("push.B", f"Push: the body is {len(long_body.body)} characters (≤ 150)."),
    }
    model = ScriptedChatModel(
        script=[
            {
                "push_A": {"title": "Back on the trail?", "text": "See what is new", "facts": ["F3"]},
                "push_B": {"title": "Ready for wet crossings?", "text": "Explore the Cairn Sky", "facts": ["F3"]},
            }
        ]
    )
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()
    assert out.passed, out.failed_checks
    for key in ("push.A", "push.B"):
        r = result(out, "push_length", key)
        assert r.status == "pass" and r.repaired
    # both variants come from the rewritten A draft: code's sentence names the product once, and B
    # differs from A only in the tested element (no offer, no review proof here: the opening)
    v = next(v for v in out.copy_variants if v.key == "push.A")
    assert v.title == "Back on the trail?" and v.body == "The Cairn Sky drains quickly after stream crossings. See what is new."
    assert v.citations[0].fact_ids == ["P1010-0011223344"]
    b = next(v for v in out.copy_variants if v.key == "push.B")
    assert b.body == v.body and b.title != v.title


def _consent_off(plan: CampaignPlan) -> CampaignPlan:
    email = plan.channels[0]
    too_many = email.model_copy(update={"audience": email.audience.model_copy(update={"value": 1500})})
    return plan.model_copy(update={"channels": [too_many, *plan.channels[1:]]})


def _figure_off(plan: CampaignPlan) -> CampaignPlan:
    rev = plan.forecast.revenue.model_copy(update={"value": 5190.0})
    return plan.model_copy(update={"forecast": plan.forecast.model_copy(update={"revenue": rev})})


@pytest.mark.parametrize(
    ("break_it", "failed", "words"),
    [
        (_consent_off, {("consent", "email"), ("figures", "plan")}, "targets 1,500 but only 1,010 consented"),
        (_figure_off, {("figures", "plan")}, "forecast.revenue: 5190 differs from evidence 'derived.revenue.total'"),
        (lambda p: with_schedule(p, 1, send_hour=22), {("quiet_hours", "schedule")}, "quiet hours"),
        (
            lambda p: with_schedule(p, 2, send_date=date(2025, 4, 2)),
            {("schedule", "schedule")},
            "outside the campaign window",
        ),
        (_budget_off, {("budget", "budget"), ("figures", "plan")}, "add up to 20,500.00"),
        (
            lambda p: p.model_copy(update={"copy_variants": [v for v in p.copy_variants if v.key != "sms.B"]}),
            {("copy", "sms")},
            "sms needs variants A and B",
        ),
    ],
    ids=["consent", "figures", "quiet_hours", "schedule", "budget", "copy_coverage"],
)
def test_failures_the_model_cannot_repair_are_reported_on_the_plan(
    sample_plan: CampaignPlan,
    ctx: ReviewContext,
    sender: Sender,
    break_it: Callable[[CampaignPlan], CampaignPlan],
    failed: set[tuple[str, str]],
    words: str,
) -> None:
    plan = break_it(sample_plan)
    model = ScriptedChatModel(script=[])
    out = review_plan(plan, ctx, rewrite=rewriter(plan, model, sender, CostLedger()))
    model.assert_complete()  # not copy: nothing for the model to rewrite
    assert not out.passed
    assert {(c.name, c.target) for c in out.failed_checks} == failed
    for c in out.failed_checks:
        assert c.details.endswith("Still failing after the repair round.") and not c.repaired
    assert any(words in c.details for c in out.failed_checks)
    md = out.to_markdown()
    assert "## ❌ Failed checks" in md and words in md
    assert "Failed checks" in json.dumps(plan_to_slack_blocks(out))
