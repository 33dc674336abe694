"""A claim the checker finds is listed once: its own sentence may lack the copy's opening quote."""

from __future__ import annotations

from copilot.knowledge.schemas import ClaimCheck, ClaimReport
from copilot.planner.plan_schema import Citation, CopyVariant
from copilot.planner.review import _merge_citations


def _variant(*claims: str) -> CopyVariant:
    return CopyVariant(
        channel="sms",
        variant="A",
        body=" ".join(claims),
        citations=[Citation(claim=c, fact_ids=[f"f{i}"]) for i, c in enumerate(claims)],
    )


def test_a_quoted_review_claim_seen_without_its_opening_quote_is_not_listed_again() -> None:
    v = _variant("The Ridge Pack has a hip belt.", "\u201cCarries light on long days,\u201d says one of 80 reviewers.")
    report = ClaimReport(
        claims=[
            ClaimCheck(claim="Carries light on long days,\u201d says one of 80 reviewers.", supported=True, fact_ids=["r1"]),
            ClaimCheck(claim="the ridge pack has a hip belt", supported=True, fact_ids=["f0"]),
        ]
    )
    assert _merge_citations(v, report).citations == v.citations


def test_a_supported_claim_the_copy_did_not_cite_is_added_once() -> None:
    v = _variant("The Ridge Pack has a hip belt.")
    report = ClaimReport(
        claims=[
            ClaimCheck(claim="It weighs 900 g.", supported=True, fact_ids=["w1"]),
            ClaimCheck(claim="It weighs 900 g", supported=True, fact_ids=["w1"]),
            ClaimCheck(claim="It is waterproof.", supported=False, fact_ids=["x"]),
        ]
    )
    got = [c.claim for c in _merge_citations(v, report).citations]
    assert got == ["The Ridge Pack has a hip belt.", "It weighs 900 g."]
