"""A plan drafted in a conversation counts in the conversation's ledger (``/cost``), and keeps its own.

Through the agent loop (``draft_campaign_plan`` called by the scripted model) and through
``Session.plan`` (the REPL's ``/plan``, Slack's plan command), on the trained demo workspace.
"""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel, final, route
from planner.helpers import scripted_copy

from copilot.agent.events import PlanProduced, TurnFinished
from copilot.core import Session
from copilot.deps import Deps
from copilot.llm.tokens import CostLedger, LLMCall, charge_enclosing, charging_to
from copilot.planner.plan_schema import BriefIncomplete
from copilot.planner.store import load_plan

DEMO_BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


def test_plan_drafted_by_the_agent_counts_in_the_conversation_ledger(plan_deps: Deps) -> None:
    # the copy fails a check first, so the plan makes two calls: copy and the repair round
    model = ScriptedChatModel(
        script=[
            route("draft_campaign_plan", brief=DEMO_BRIEF),
            scripted_copy({"email.A": ", best ever"}),
            scripted_copy(),
            final("Here is your plan."),
        ]
    )
    plan_deps.chat_model = model
    session = Session(plan_deps)
    events = list(session.ask("Draft a plan: " + DEMO_BRIEF))
    model.assert_complete()
    (produced,) = [e for e in events if isinstance(e, PlanProduced)]
    plan = load_plan(plan_deps, produced.plan_id)

    # the plan keeps its own ledger: its two calls only
    assert [c.purpose for c in plan.ledger.calls] == ["plan.copy", "plan.repair"]
    assert plan.ledger.scope == f"plan:{plan.plan_id}"

    # the conversation's ledger (persisted, what /cost shows) has the agent's two steps AND the plan's calls
    ledger = session.ledger
    assert ledger.llm_calls == 4
    assert sorted(c.purpose for c in ledger.calls) == ["chat", "chat", "plan.copy", "plan.repair"]
    agent_calls = [c for c in ledger.calls if c.purpose == "chat"]
    assert ledger.tokens_in == sum(c.tokens_in for c in agent_calls) + plan.ledger.tokens_in
    assert ledger.tokens_out == sum(c.tokens_out for c in agent_calls) + plan.ledger.tokens_out
    assert ledger.seconds == pytest.approx(sum(c.seconds for c in agent_calls) + plan.ledger.seconds, abs=0.01)
    assert ledger.cost_usd == sum(c.cost_usd for c in agent_calls) + plan.ledger.cost_usd
    assert "plan.repair" in ledger.to_markdown()

    # the turn's own ledger says the same, and a resumed session reads it back from the store
    end = events[-1]
    assert isinstance(end, TurnFinished) and end.ledger.llm_calls == 4
    assert Session(plan_deps, session.conversation_id).ledger.llm_calls == 4


def test_session_plan_counts_in_the_conversation_ledger(plan_deps: Deps) -> None:
    session = Session(plan_deps)
    result = session.plan(DEMO_BRIEF, chat_model=ScriptedChatModel(script=[scripted_copy()]))
    assert [c.purpose for c in result.plan.ledger.calls] == ["plan.copy"]  # the plan's own ledger
    assert [c.purpose for c in session.ledger.calls] == ["plan.copy"]
    assert session.ledger.tokens_in == result.plan.ledger.tokens_in > 0

    # a run that stops part way (chat mode asks for what is missing) still counts what it spent
    fill = {"objective": "retention", "category": "none", "traits": [], "audience": "all customers"}
    with pytest.raises(BriefIncomplete):
        session.plan("Plan something nice for our customers", mode="chat", chat_model=ScriptedChatModel(script=[fill]))
    assert [c.purpose for c in session.ledger.calls] == ["plan.copy", "plan.brief"]


def test_the_innermost_scope_is_charged_once() -> None:
    nested = CostLedger(scope="plan:p-1", calls=[LLMCall(model="scripted", purpose="plan.copy", tokens_in=10)])
    assert charge_enclosing(nested) is False  # outside any conversation: the plan's ledger only
    inner: list[CostLedger] = []
    outer: list[CostLedger] = []
    with charging_to(outer.append):
        with charging_to(inner.append):
            assert charge_enclosing(nested) is True
        assert charge_enclosing(CostLedger()) is True  # nothing spent: nothing handed over
    assert inner == [nested] and outer == []
    assert charge_enclosing(nested) is False  # the scope is closed again
