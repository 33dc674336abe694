"""Marketing vocabulary and robotic fact sentences (issue #13), from a plan made with the default local
model on the demo workspace on 2026-12-04: subject "Are you ready for a win-back campaign?" and body "The
Larch Hydration Vest has a bounce-free fit. It also has front pole holders. It also has a whistle on
sternum strap." Each test fails on the code that shipped that plan."""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy
from planner.test_lint import ctx as lint_ctx
from planner.test_lint import email, rules

from copilot.llm.tokens import CostLedger
from copilot.planner.copy_compose import fallback_piece, urgency_opening
from copilot.planner.copy_grammar import join_claims
from copilot.planner.copy_occasion import OPENINGS
from copilot.planner.copywriter import copy_context, render_variant, rewrite_copy
from copilot.planner.lint import lint_variant
from copilot.planner.lint_jargon import jargon_words
from copilot.planner.plan_schema import CopyVariant
from copilot.planner.review import ReviewContext, review_plan
from copilot.planner.zh import ZH_OPENINGS, ZH_URGENCY_OPENING

BODY = "Looking for a new way to stay hydrated on the trail?\n\nThe Ember Trail Crew has a blister-reducing fit.\n\nShop the Ember Trail Crew"


@pytest.mark.parametrize(
    "subject",
    [
        "Are you ready for a win-back campaign?",
        "Still a lapsed runner?",
        "Our winback offer for high-value customers?",
        "Missing out on our retention perks?",
        "Ready to re-engage with the trails?",
    ],
)
def test_marketing_words_in_a_subject(subject: str) -> None:
    assert "jargon" in rules(email(subject, "Ready for the trails ahead? See what is new for your next run.", BODY))


def test_customer_words_are_not_jargon() -> None:
    ok = "Our winter sale: an offer for VIP members. Save on your next pair, deal ends soon. Come back to the trails."
    assert jargon_words(ok) == []
    assert jargon_words("防止热量流失的保暖层。限时优惠，会员专享。") == []  # heat loss, a sale, members
    assert jargon_words("给流失用户的召回活动，高价值人群专享") == ["流失用户", "召回", "高价值", "人群"]
    v = email("Ready for the trails?", "Ready for the trails ahead? See what is new for your next run.", BODY)
    assert "jargon" not in rules(v)


def test_code_fallback_wording_has_no_jargon() -> None:
    lines = [x for pair in OPENINGS.values() for x in pair] + [x for pair in ZH_OPENINGS.values() for x in pair]
    lines.append(ZH_URGENCY_OPENING)
    assert [x for x in lines if jargon_words(x)] == []
    ctx = copy_context(make_plan(), sender=SENDER, tone="warm", banned=[])
    for name in ("subject", "preheader", "intro", "cta"):
        assert jargon_words(fallback_piece("email", name, ctx, "Ridgeline Trail")) == []
    assert jargon_words(urgency_opening(ctx)) == []


def test_a_jargon_subject_goes_to_the_repair_round_and_ships_without_it() -> None:
    plan = make_plan()
    bad = [
        v.model_copy(update={"subject": "Are you ready for a win-back campaign?"}) if v.channel == "email" else v
        for v in plan.copy_variants
    ]
    plan = plan.model_copy(update={"copy_variants": bad})
    # the model's rewrite keeps the jargon: code's own wording replaces the piece
    model = ScriptedChatModel(script=[scripted_copy({"email.A": " for a win back campaign"})])
    cctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])

    def rewrite(failing: object) -> dict[str, CopyVariant]:
        return rewrite_copy(model, cctx, failing, ledger=CostLedger())  # type: ignore[arg-type]

    first = [c for c in review_plan(plan, ReviewContext(sender=SENDER, banned=[])).checks if c.name == "copy_lint"]
    assert any(c.status == "fail" and "jargon" in c.details for c in first)
    out = review_plan(plan, ReviewContext(sender=SENDER, banned=[]), rewrite=rewrite)
    model.assert_complete()
    emails = [v for v in out.copy_variants if v.channel == "email"]
    assert emails and all(not jargon_words(v.subject or "") for v in emails)
    assert all(c.status == "pass" for c in out.checks if c.name == "copy_lint")


def test_facts_are_joined_not_listed_with_the_same_opener() -> None:
    predicate, parts = join_claims(
        "Larch Hydration Vest", ["has a bounce-free fit", "has front pole holders", "has a whistle on the sternum strap"]
    )
    assert predicate == "has a bounce-free fit, front pole holders and a whistle on the sternum strap"
    assert parts == ["has a bounce-free fit", "front pole holders", "a whistle on the sternum strap"]
    assert join_claims("Switchback Trek Poles 3", ["folds to 38 cm", "has extended grip"])[0] == (
        "fold to 38 cm and have extended grip"
    )
    assert join_claims("X", ["has A", "has B", "folds to C"])[0] == "has A and B, and folds to C"


def test_the_shipped_body_fails_the_repeated_opener_rule_and_code_no_longer_writes_it() -> None:
    shipped = (
        "Looking for a new way to stay hydrated?\n\nThe Ember Trail Crew has a bounce-free fit. It also has front "
        "pole holders. It also has a whistle on sternum strap.\n\nShop the Ember Trail Crew"
    )
    assert "repeated_opener" in rules(email("Ready for the trails?", "Ready for the trails ahead? See more.", shipped))
    ctx = copy_context(make_plan(), sender=SENDER, tone="warm", banned=[])
    v = render_variant("email", "A", {"subject": "Ready?", "intro": "Missed the trails?", "facts": ["F1", "F2"]}, ctx)
    body = v.body.split("\n\n")[1]
    assert body.count(".") == 1 and body.startswith("The Ridgeline Trail has")  # one sentence, both facts
    assert [(c.claim, c.fact_ids) for c in v.citations] == [(body, ["P1003-aa11bb22cc", "P1003-dd33ee44ff"])]
    assert "repeated_opener" not in {f.rule for f in lint_variant(v, lint_ctx())}
