"""The rich copy strategy (issue #13, item 6): a capable model writes whole sentences citing facts inline;
every sentence is checked, unsupported ones are repaired once and then removed; A/B still differ in the
tested element only. Tested with THE scripted model and over HTTP with the OpenAI-compatible stub."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fakes import ScriptedChatModel
from fakes.openai_stub import ChatRequest, OpenAIStub, StubReply
from planner.helpers import SENDER, make_plan, scripted_copy
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.knowledge.phrasing import supports
from copilot.knowledge.schemas import ClaimCheck, ClaimReport
from copilot.planner.copywriter import copy_context, design_ab_test, write_copy
from copilot.planner.lint import ab_pair, lint_context
from copilot.planner.plan_schema import CampaignPlan, CopyVariant
from copilot.planner.rich_copy import parse_sentence, resolve_strategy
from copilot.planner.workflow import run_plan
from copilot.settings import load_settings
from copilot.workspace import Workspace

BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


def fact_checker(plan: CampaignPlan) -> Any:
    """A deterministic claim checker over the plan's facts (the phrasing verifier's rule)."""

    def check(text: str, product_ids: list[str]) -> ClaimReport:
        ok = any(supports(f.text, text) for f in plan.evidence.facts)
        return ClaimReport(
            claims=[ClaimCheck(claim=text, supported=ok, reason="no fact says it")], all_supported=ok
        )

    return check


def rich_ctx(plan: CampaignPlan) -> Any:
    ctx = copy_context(plan, sender=SENDER, tone="warm, plain", banned=["best ever"])
    ctx.strategy, ctx.checker = "rich", fact_checker(plan)
    return ctx


def shipped(v: CopyVariant) -> str:
    return " ".join(v.parts().values())


# --------------------------------------------------------------------------------------------
# which strategy
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "setting", "expected"),
    [
        ("local", "auto", "constrained"),
        ("openai:gpt-4o-mini", "auto", "rich"),
        ("openai-compatible:llama3", "auto", "constrained"),  # may be a small model: declared, not assumed
        ("openai-compatible:llama3", "rich", "rich"),
        ("openai:gpt-4o-mini", "constrained", "constrained"),
        ("local", "rich", "rich"),
    ],
)
def test_the_setting_chooses_the_strategy(tmp_path: Path, model: str, setting: str, expected: str) -> None:
    settings = load_settings(tmp_path, model=model, copy_strategy=setting, base_url="http://127.0.0.1:9/v1")
    assert resolve_strategy(settings) == expected


def test_citations_are_parsed_and_stripped() -> None:
    ctx = rich_ctx(make_plan())
    s = parse_sentence("body", "It grips on wet rock [fact:F2][fact: F1, P1010-0011223344] .", ctx)
    assert s.text == "It grips on wet rock."
    assert s.fact_ids == ["P1003-dd33ee44ff", "P1003-aa11bb22cc", "P1010-0011223344"]
    assert parse_sentence("body", "Light as air [fact:F9].", ctx).unknown == ["F9"]


# --------------------------------------------------------------------------------------------
# every sentence checked; repair, then removal
# --------------------------------------------------------------------------------------------


def test_unsupported_sentences_are_repaired_once_then_removed() -> None:
    plan = make_plan()
    ctx = rich_ctx(plan)
    first = {
        "email": {
            "subject": "Ready for spring mud?",
            "preheader": "Explore grip built for wet rock.",
            "body": [
                "Trails turning to mud?",
                "The Ridgeline Trail has 5 mm lugs for mud and loose ground [fact:F1].",
                "It is the lightest trail shoe ever made [fact:F2].",  # not what F2 says
                "Loved by thousands of runners worldwide.",  # a claim citing nothing
            ],
            "cta": "Shop the Ridgeline Trail",
        },
        "sms": {"body": ["The Ridgeline Trail has 9 mm lugs for mud [fact:F1]."]},  # a number F1 lacks
    }
    repairs: dict[str, str] = {}

    def repair(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        keys = list(kwargs["response_format"]["json_schema"]["schema"]["properties"])
        repairs.update({k: "" for k in keys})
        out = {k: "It is the lightest shoe we make [fact:F2]." for k in keys}  # still unsupported
        out[keys[0]] = "It grips on wet rock [fact:F2]."  # fixed
        return out

    model = ScriptedChatModel(script=[first, repair])
    variants = write_copy(model, ctx, ["email", "sms"], max_tokens=768)
    model.assert_complete()

    assert len(repairs) == 3  # lightest, loved-by, 9 mm: one repair call for all of them
    repair_prompt = model.requests[1].last_text
    assert (
        "without citing a fact" in repair_prompt
        and "numbers the cited facts do not state (9)" in repair_prompt
    )
    email_a = next(v for v in variants if v.key == "email.A")
    body = shipped(email_a)
    assert "[fact:" not in body and "lightest" not in body and "Loved by" not in body
    assert "5 mm lugs" in body and "grips on wet rock" in body
    assert {i for c in email_a.citations for i in c.fact_ids} == {"P1003-aa11bb22cc", "P1003-dd33ee44ff"}
    # the evidence keeps the citations as the model wrote them, and what was removed and why
    assert any("[fact:F1]" in s["raw"] for s in email_a.draft["sentences"])
    assert {r["why"][:12] for r in email_a.draft["removed"]} == {"the claim ch"}
    sms_a = next(v for v in variants if v.key == "sms.A")
    # the SMS lost its only claim: code's checked fact sentence stands in, no invented number ships
    assert "9 mm" not in sms_a.body and "5 mm lugs" in sms_a.body
    assert sms_a.draft["strategy"] == "rich"


def test_rich_ab_variants_differ_in_the_offer_only() -> None:
    plan = make_plan()
    ctx = rich_ctx(plan)
    ctx.offer_line = "Save 10% with code TRAIL10 until March 21."
    ctx.test = design_ab_test(plan, has_offer=True, has_proof=False)
    model = ScriptedChatModel(script=[scripted_copy()])
    variants = {v.key: v for v in write_copy(model, ctx, ["email", "sms"], max_tokens=768)}
    lint = lint_context(plan, SENDER)
    for ch in ("email", "sms"):
        a, b = variants[f"{ch}.A"], variants[f"{ch}.B"]
        assert ctx.offer_line in a.body and ctx.offer_line not in b.body
        assert a.body.replace(ctx.offer_line, "").split() == b.body.split()
        assert ab_pair(a, b, lint, "offer") == []


# --------------------------------------------------------------------------------------------
# one workflow, the same checks
# --------------------------------------------------------------------------------------------


def test_the_workflow_writes_rich_copy_and_says_so(plan_deps: Deps) -> None:
    plan_deps.settings = plan_deps.settings.model_copy(update={"copy_strategy": "rich"})
    model = ScriptedChatModel(script=[scripted_copy()])
    plan = run_plan(plan_deps, BRIEF, chat_model=model).plan
    model.assert_complete()
    assert plan.passed, [c.details for c in plan.failed_checks]
    assert plan.copy_strategy.startswith("rich")
    assert "**Copy**: rich" in plan.to_markdown()
    facts = {f.fact_id for f in plan.evidence.facts}
    for v in plan.copy_variants:
        assert "[fact:" not in shipped(v)
        assert v.citations and all(i in facts for c in v.citations for i in c.fact_ids)
        assert any(c.claim in v.body for c in v.citations)


def test_the_constrained_strategy_is_stated_too(plan_deps: Deps) -> None:
    plan = run_plan(plan_deps, BRIEF, chat_model=ScriptedChatModel(script=[scripted_copy()])).plan
    assert plan.copy_strategy.startswith("constrained")


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIStub]:
    monkeypatch.setenv("COPILOT_ALLOW_MODEL_REQUESTS", "1")  # the requests reach the local stub only
    for name in (
        "OPENAI_API_BASE",
        "OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "COPILOT_BASE_URL",
        "COPILOT_API_KEY",
        "COPILOT_MODEL",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    server = OpenAIStub().start()
    try:
        yield server
    finally:
        server.stop()


def test_rich_copy_over_an_openai_compatible_server_declared_capable(
    planner_workspace_template: Workspace, tmp_path: Path, stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "ws"
    shutil.copytree(planner_workspace_template.root, root)
    monkeypatch.setenv("COPILOT_MODEL", "openai-compatible:stub-model")
    monkeypatch.setenv("COPILOT_BASE_URL", stub.base_url)
    monkeypatch.setenv("COPILOT_COPY_STRATEGY", "rich")
    copy = scripted_copy()

    def reply(req: ChatRequest) -> StubReply:
        messages = [SimpleNamespace(content=m.get("content") or "") for m in req.messages]
        return StubReply(content=json.dumps(copy(messages, {"response_format": req.response_format})))

    stub.add(reply)
    from copilot.faces.cli.main import app

    result = CliRunner().invoke(
        app, ["--workspace", str(root), "plan", BRIEF, "--format", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    stub.assert_complete()
    plan = CampaignPlan.model_validate_json(result.stdout)
    assert plan.passed and plan.copy_strategy.startswith("rich")
    schema = stub.requests[0].json_schema or {}
    assert "Write one draft per channel" in stub.requests[0].all_text
    assert {"email", "sms"} <= set(schema["properties"])
    assert all("[fact:" not in shipped(v) for v in plan.copy_variants)


def test_the_review_rewrite_of_rich_copy_writes_the_channel_again_with_the_problems() -> None:
    from copilot.planner.copywriter import rewrite_copy

    plan = make_plan()
    ctx = rich_ctx(plan)
    model = ScriptedChatModel(script=[scripted_copy(), scripted_copy()])
    first = write_copy(model, ctx, ["sms"], max_tokens=768)
    out = rewrite_copy(model, ctx, [(first[0], ["sms_length: 3 segments, at most 2"])])
    model.assert_complete()
    assert sorted(out) == ["sms.A", "sms.B"]  # both arms again: they still differ in the tested element only
    assert "sms_length: 3 segments" in model.requests[1].last_text
    assert all(v.draft["strategy"] == "rich" for v in out.values())


def test_a_banned_phrase_in_a_rich_header_is_repaired_or_replaced(plan_deps: Deps) -> None:
    plan_deps.settings = plan_deps.settings.model_copy(update={"copy_strategy": "rich"})
    model = ScriptedChatModel(script=[scripted_copy({"email.A": ", best ever"}), scripted_copy()])
    plan = run_plan(plan_deps, BRIEF, chat_model=model).plan
    model.assert_complete()  # the copy, then one sentence repair (the scripted repair drops the header)
    assert plan.passed, [c.details for c in plan.failed_checks]
    email_a = next(v for v in plan.copy_variants if v.key == "email.A")
    assert "best ever" not in (email_a.subject or "").lower()
    assert any("banned" in r["why"] for r in email_a.draft["removed"])
