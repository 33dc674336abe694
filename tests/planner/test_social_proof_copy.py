"""Review insights as social proof (issue #13, item 7): a theme customers praise is quoted and counted, cited
to its review-insight fact, and the A/B test offered is "social proof from review insights vs product
detail" when the featured product has one."""

from __future__ import annotations

from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy

from copilot.knowledge.phrasing import theme_proof
from copilot.planner.copywriter import copy_context, review_proofs, write_copy
from copilot.planner.lint import ab_pair, lint_context, lint_plan_variant
from copilot.planner.plan_schema import CampaignPlan, FactRef

THEME = (
    "Ridgeline Trail (P1003) reviews › Theme: grip · wet rock · roots: Reviewers mention “grip · wet rock · roots” "
    "in 212 of 402 reviews (53%), mostly positive: 300 positive, 20 negative, 10 neutral sentences; average 4.5 "
    "stars. E.g. “Great grip on wet rock and roots.” / “Slips on ice.”"
)
RATING = (
    "Ridgeline Trail (P1003) reviews › Rating summary: 402 reviews, average 4.4 of 5 stars (5★ 250, 4★ 90, 3★ 30, "
    "2★ 20, 1★ 12); sentiment 80% positive, 10% negative."
)


def with_reviews(plan: CampaignPlan, *texts: str) -> CampaignPlan:
    facts = [
        FactRef(fact_id=f"P1003-rev{i}", text=t, product_id="P1003", source="reviews")
        for i, t in enumerate(texts)
    ]
    ev = plan.evidence.model_copy(update={"facts": [*plan.evidence.facts, *facts]})
    return plan.model_copy(update={"evidence": ev, "ab_test": None})


def test_a_praised_theme_is_quoted_and_counted() -> None:
    assert theme_proof(THEME) == (
        "Ridgeline Trail",
        "“Great grip on wet rock and roots,” says one of 212 reviewers.",
        212,
    )


def test_themes_that_are_no_praise_are_never_proof() -> None:
    assert theme_proof(THEME.replace("mostly positive", "mixed")) is None
    assert theme_proof(THEME.replace("212 of", "12 of")) is None  # too few reviews
    assert theme_proof(THEME.replace("average 4.5", "average 3.2")) is None
    # VADER reads "Boxy fit, runs large" as positive (0.36): the complaint words keep it out
    assert theme_proof(THEME.replace("Great grip on wet rock and roots", "Boxy fit, runs large")) is None
    assert (
        theme_proof(THEME.replace("Great grip on wet rock and roots", "Cheap quality, fell apart quickly"))
        is None
    )


def test_the_review_insight_is_preferred_to_the_rating() -> None:
    facts = [
        FactRef(fact_id="r1", text=RATING, product_id="P1003"),
        FactRef(fact_id="t1", text=THEME, product_id="P1003"),
    ]
    assert review_proofs(facts) == {
        "P1003": ("t1", "“Great grip on wet rock and roots,” says one of 212 reviewers.")
    }
    assert review_proofs(facts[:1])["P1003"][1] == "Rated 4.4 of 5 stars in 402 reviews."


def test_the_proof_test_quotes_the_review_insight_and_cites_it() -> None:
    plan = with_reviews(make_plan(), RATING, THEME)
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert ctx.test is not None and ctx.test.element == "proof"
    assert (
        ctx.test.variant_a == "social proof from review insights" and ctx.test.variant_b == "product detail"
    )
    variants = {
        v.key: v
        for v in write_copy(
            ScriptedChatModel(script=[scripted_copy()]), ctx, ["email", "sms"], max_tokens=768
        )
    }
    plan = plan.model_copy(update={"copy_variants": list(variants.values()), "ab_test": ctx.test})
    lint = lint_context(plan, SENDER)
    for ch in ("email", "sms"):
        a, b = variants[f"{ch}.A"], variants[f"{ch}.B"]
        quote = "“Great grip on wet rock and roots,” says one of 212 reviewers."
        if ch == "sms":  # GSM-7: sent with straight quotes (code writes them so)
            quote = quote.replace("“", '"').replace("”", '"')
        assert quote in a.body and quote not in b.body
        assert any(
            c.fact_ids == ["P1003-rev1"] and c.claim == quote for c in a.citations
        )  # the insight's fact
        assert ab_pair(a, b, lint, "proof") == []
        assert lint_plan_variant(a, plan, lint) == []


def test_without_an_insight_the_rating_is_the_proof() -> None:
    plan = with_reviews(make_plan(), RATING)
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert ctx.test is not None and ctx.test.variant_a == "social proof (review rating)"


def test_a_quote_the_claim_checker_cannot_match_falls_back_to_the_rating_then_to_the_hook_test() -> None:
    from copilot.knowledge.schemas import ClaimCheck, ClaimReport
    from copilot.planner.copy_compose import verify_proofs

    def checker(rejects: str) -> object:
        def check(text: str, product_ids: list[str]) -> ClaimReport:
            ok = rejects not in text
            return ClaimReport(claims=[ClaimCheck(claim=text, supported=ok)], all_supported=ok)

        return check

    plan = with_reviews(make_plan(), RATING, THEME)
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    ctx.checker = checker("says one of")  # the quote is not supported, the rating is
    verify_proofs(ctx)
    assert ctx.proofs["P1003"] == ("P1003-rev0", "Rated 4.4 of 5 stars in 402 reviews.")
    assert ctx.test is not None and ctx.test.variant_a == "social proof (review rating)"
    assert ctx.test.sample_per_arm  # the sizes stay
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    ctx.checker = checker("review")  # neither
    verify_proofs(ctx)
    assert ctx.proofs == {} and ctx.test is not None and ctx.test.element == "hook"
    variants = write_copy(ScriptedChatModel(script=[scripted_copy()]), ctx, ["sms"], max_tokens=768)
    assert variants[1].body.count("Want yours before") == 1  # B tests the urgency opening now
