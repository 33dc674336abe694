"""The agent loop with both drivers, tiny real tools and the scripted model."""

from __future__ import annotations

import json

import openai
import pytest
from fakes import ScriptedChatModel, final, route, tool_call, tool_calls
from fakes.tiny_tools import CallLog
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from pydantic import BaseModel, Field

from copilot.agent.drivers import NativeToolDriver, SchemaRouterDriver
from copilot.agent.events import (
    AgentError,
    PlanProduced,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFinished,
)
from copilot.agent.loop import Agent
from copilot.agent.memory import DANGLING_RESULT
from copilot.agent.registry import plan_events
from copilot.agent.toolset import Tool
from copilot.deps import Deps
from copilot.errors import ModelError


def run(agent: Agent, text: str, conversation_id: str = "c1") -> list[object]:
    return list(agent.run_turn(conversation_id, text))


def finished(events: list[object]) -> TurnFinished:
    last = events[-1]
    assert isinstance(last, TurnFinished)
    assert sum(isinstance(e, TurnFinished) for e in events) == 1
    return last


def deltas(events: list[object]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_schema_driver_calls_tool_then_answers(tiny_deps: Deps, tiny_tools: list[Tool], call_log) -> None:
    model = ScriptedChatModel(
        script=[route("segment_size", segment="Champions"), final("There are 120 Champions (segment_size).")]
    )
    agent = Agent(tiny_deps, tiny_tools, model)
    assert isinstance(agent.driver, SchemaRouterDriver)
    events = run(agent, "How many Champions do we have?")

    model.assert_complete()
    assert call_log.calls == ["Champions"]  # the tool really ran
    kinds = [type(e) for e in events]
    assert kinds[:2] == [ToolCallStarted, ToolCallFinished]
    started, done = events[0], events[1]
    assert isinstance(started, ToolCallStarted) and started.arguments == {"segment": "Champions"}
    assert isinstance(done, ToolCallFinished) and done.ok and done.summary == "Champions: 120 customers"
    end = finished(events)
    assert end.stopped == "answer" and end.answer == "There are 120 Champions (segment_size)."
    assert deltas(events) == end.answer  # the answer was streamed from inside the JSON
    assert len([e for e in events if isinstance(e, TextDelta)]) > 1
    assert end.ledger.llm_calls == 2 and end.tool_calls == 1 and end.steps == 2

    # what the model was sent: the router schema, and the tool result fenced as data
    rf = model.requests[0].response_format
    assert rf["type"] == "json_schema"
    branches = rf["json_schema"]["schema"]["anyOf"]
    names = [b["properties"]["name"]["const"] for b in branches]
    assert names == ["segment_size", "read_note", "final_answer"]
    assert branches[0]["properties"]["arguments"]["properties"]["segment"]["maxLength"] == 40
    assert branches[-1]["properties"]["arguments"]["properties"]["answer"]["maxLength"] > 0
    observation = model.requests[1].last_text
    assert "```data source=tool:segment_size" in observation
    assert '"customers":120' in observation
    # the model saw its own previous action as router JSON
    assert json.loads(model.requests[1].messages[-2].content) == route("segment_size", segment="Champions")


def test_native_driver_calls_tool_then_answers(tiny_deps: Deps, tiny_tools: list[Tool], call_log) -> None:
    model = ScriptedChatModel(
        tool_mode="native",
        script=[tool_call("segment_size", segment="At risk"), "340 customers are at risk."],
    )
    agent = Agent(tiny_deps, tiny_tools, model)
    assert isinstance(agent.driver, NativeToolDriver)
    events = run(agent, "How many customers are at risk?")

    model.assert_complete()
    assert call_log.calls == ["At risk"]
    end = finished(events)
    assert end.answer == "340 customers are at risk." and deltas(events) == end.answer
    second = model.requests[1]
    assert second.tool_names == ["segment_size", "read_note"]
    assert second.tools[0]["function"]["description"] == "Number of customers in an RFM segment."
    (tool_msg,) = second.tool_messages
    assert "```data source=tool:segment_size" in tool_msg.content
    assert isinstance(second.messages[-2], AIMessage) and second.messages[-2].tool_calls


@pytest.mark.parametrize("mode", ["schema", "native"])
def test_tool_error_goes_back_as_text_and_model_recovers(
    tiny_deps: Deps, tiny_tools: list[Tool], call_log, mode: str
) -> None:
    if mode == "schema":
        script = [
            route("segment_size", segment="VIPs"),
            route("segment_size", segment="Champions"),
            final("120 Champions."),
        ]
    else:
        script = [
            tool_call("segment_size", segment="VIPs"),
            tool_call("segment_size", segment="Champions"),
            "120.",
        ]
    model = ScriptedChatModel(script=script, tool_mode=mode)  # type: ignore[arg-type]
    events = run(Agent(tiny_deps, tiny_tools, model), "How many VIPs?")

    model.assert_complete()
    assert call_log.calls == ["VIPs", "Champions"]
    finishes = [e for e in events if isinstance(e, ToolCallFinished)]
    assert [f.ok for f in finishes] == [False, True]
    assert "unknown segment 'VIPs'" in finishes[0].summary
    fed_back = model.requests[1].last_text
    assert (
        "Tool `segment_size` failed: unknown segment 'VIPs'; known: Champions, At risk, Hibernating"
        in fed_back
    )
    assert finished(events).stopped == "answer"


def test_invalid_arguments_are_fed_back(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(
        script=[
            route("segment_size", segment="x" * 60),
            route("segment_size", segment="Champions"),
            final("ok"),
        ]
    )
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    model.assert_complete()
    assert "invalid arguments" in model.requests[1].last_text
    assert "segment" in model.requests[1].last_text
    assert finished(events).answer == "ok"


def test_unparseable_reply_is_repaired_not_stored(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(script=['{"name": "segment_size", "argu', final("Recovered.")])
    agent = Agent(tiny_deps, tiny_tools, model)
    events = run(agent, "q")
    model.assert_complete()
    assert "not a valid action" in model.requests[1].last_text
    assert finished(events).answer == "Recovered."
    stored = [m.message for m in agent.store.history("c1")]
    assert [type(m) for m in stored] == [HumanMessage, AIMessage]  # the broken reply was not kept


def test_an_answer_cut_off_mid_json_is_kept_not_streamed_twice(
    tiny_deps: Deps, tiny_tools: list[Tool]
) -> None:
    model = ScriptedChatModel(
        script=['{"name": "final_answer", "arguments": {"answer": "There are 120 Champ']
    )
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    model.assert_complete()
    end = finished(events)
    assert end.answer == "There are 120 Champ…" == deltas(events)


def test_step_limit_stops_with_an_honest_message(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    segments = ["Champions", "At risk", "Hibernating"]
    model = ScriptedChatModel(script=[route("segment_size", segment=s) for s in segments])
    agent = Agent(tiny_deps, tiny_tools, model, max_steps=3)
    events = run(agent, "Tell me everything")

    model.assert_complete()
    errors = [e for e in events if isinstance(e, AgentError)]
    assert len(errors) == 1 and errors[0].kind == "step_limit"
    end = finished(events)
    assert end.stopped == "step_limit" and end.steps == 3 and end.tool_calls == 3
    assert "stopped after 3 steps" in end.answer and "will not guess" in end.answer
    assert "Hibernating: 910 customers" in end.answer  # what was found so far
    assert not any(isinstance(e, TextDelta) for e in events)
    assert agent.store.messages("c1")[-1].content == end.answer


def test_repeated_identical_call_is_served_from_the_turn_cache(
    tiny_deps: Deps, tiny_tools: list[Tool], call_log
) -> None:
    model = ScriptedChatModel(
        script=[
            route("segment_size", segment="Champions"),
            route("segment_size", segment="Champions"),
            final("120"),
        ]
    )
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    assert call_log.calls == ["Champions"]
    assert "You already called segment_size" in model.requests[2].last_text
    # after a loop the tools are withheld: the only branch left is the final answer
    branches = model.requests[2].response_format["json_schema"]["schema"]["anyOf"]
    assert [b["properties"]["name"]["const"] for b in branches] == ["final_answer"]
    assert [e.summary for e in events if isinstance(e, ToolCallFinished)][1].startswith("(repeated call)")


def test_native_driver_withholds_tools_after_a_repeated_call(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(
        tool_mode="native",
        script=[
            tool_call("segment_size", segment="Champions"),
            tool_call("segment_size", segment="Champions"),
            "120",
        ],
    )
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    assert [r.tool_names for r in model.requests] == [["segment_size", "read_note"]] * 2 + [[]]
    assert finished(events).answer == "120"


def test_unknown_tool_from_native_model_is_fed_back(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(tool_mode="native", script=[tool_call("drop_tables"), "Sorry."])
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    assert "there is no tool named 'drop_tables'" in model.requests[1].tool_messages[0].content
    assert finished(events).answer == "Sorry."


@pytest.mark.parametrize(
    "failure",
    [
        ModelError("The local model server is down."),
        openai.APIConnectionError(request=__import__("httpx").Request("POST", "http://127.0.0.1:9/v1")),
    ],
)
def test_model_failure_ends_the_turn_with_an_error_event(
    tiny_deps: Deps, tiny_tools: list[Tool], failure: Exception
) -> None:
    model = ScriptedChatModel(script=[failure])
    agent = Agent(tiny_deps, tiny_tools, model)
    events = run(agent, "q")
    (error,) = [e for e in events if isinstance(e, AgentError)]
    assert error.kind == "model"
    end = finished(events)
    assert end.stopped == "error" and end.answer == error.message
    assert [type(m) for m in agent.store.messages("c1")] == [HumanMessage]  # the question is kept


class Q(BaseModel):
    x: int = 0


class R(BaseModel):
    y: int


class Brief(BaseModel):
    brief: str = Field(..., max_length=300)


class PlanSummaryStub(BaseModel):
    plan_id: str
    name: str
    passed: bool


def draft_campaign_plan(deps: Deps, query: Brief) -> PlanSummaryStub:
    """Draft a checked campaign plan."""
    return PlanSummaryStub(plan_id="p-1", name="Spring win-back", passed=True)


SECRET = "postgres://admin:hunter2@db.internal/prod"


def crashing(deps: Deps, query: Q) -> R:
    """Crashes with a message that must not reach the user."""
    raise RuntimeError(f"could not connect to {SECRET}")


def test_tool_exception_ends_the_turn_with_an_internal_error(
    tiny_deps: Deps, tiny_tools: list[Tool], call_log: CallLog
) -> None:
    model = ScriptedChatModel(script=[route("segment_size", segment="Champions"), route("crashing", x=1)])
    agent = Agent(tiny_deps, [*tiny_tools, Tool.from_function(crashing)], model)
    events = run(agent, "How many Champions, and crash please?")
    model.assert_complete()  # no model call after the crash
    (error,) = [e for e in events if isinstance(e, AgentError)]
    assert error.kind == "internal"
    assert "crashing" in error.message and "RuntimeError" in error.message
    assert SECRET not in error.message and "hunter2" not in error.message and "Traceback" not in error.message
    assert error.message.count(". ") == 0 and "\n" not in error.message  # one sentence
    finished_tools = [e for e in events if isinstance(e, ToolCallFinished)]
    assert [(e.tool, e.ok) for e in finished_tools] == [("segment_size", True), ("crashing", False)]
    end = finished(events)
    assert end.stopped == "error" and end.answer == error.message and end.tool_calls == 2
    assert events.index(error) == len(events) - 2  # AgentError, then TurnFinished
    # what was said is kept and the history is valid: every tool call has its result
    stored = agent.store.messages("c1")
    assert [type(m) for m in stored] == [HumanMessage, AIMessage, ToolMessage, AIMessage, ToolMessage, AIMessage]
    assert '"customers":120' in str(stored[2].content) and call_log.calls == ["Champions"]
    assert stored[-1].content == error.message and SECRET not in json.dumps([str(m.content) for m in stored])
    # the conversation goes on: the next turn gets the whole, consistent history
    model.add(final("Sorry about that: 120 Champions."))
    again = run(agent, "So how many?")
    assert finished(again).answer == "Sorry about that: 120 Champions."
    window = agent.store.context("c1", 100_000).messages
    calls = [c["id"] for m in window if isinstance(m, AIMessage) for c in m.tool_calls]
    results = [m.tool_call_id for m in window if isinstance(m, ToolMessage)]
    assert len(calls) == 2 and calls == results
    assert DANGLING_RESULT not in json.dumps([str(m.content) for m in window])  # nothing had to be patched
    assert "internal error" in model.requests[-1].all_text  # the model sees what happened


def test_tool_exception_gives_every_call_of_the_step_a_result(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(
        tool_mode="native",
        script=[tool_calls(("crashing", {"x": 1}), ("segment_size", {"segment": "Champions"}))],
    )
    agent = Agent(tiny_deps, [*tiny_tools, Tool.from_function(crashing)], model)
    events = run(agent, "q")
    assert [e.kind for e in events if isinstance(e, AgentError)] == ["internal"]
    assert finished(events).stopped == "error"
    stored = agent.store.messages("c1")
    assert [type(m) for m in stored] == [HumanMessage, AIMessage, ToolMessage, ToolMessage, AIMessage]
    assert [m.tool_call_id for m in stored if isinstance(m, ToolMessage)] == [
        c["id"] for c in stored[1].tool_calls  # type: ignore[attr-defined]
    ]
    assert "Not run" in str(stored[3].content)


def test_plan_tool_emits_plan_produced(tiny_deps: Deps) -> None:
    tool = Tool.from_function(draft_campaign_plan, events=plan_events)
    model = ScriptedChatModel(
        script=[route("draft_campaign_plan", brief="win back"), final("Plan p-1 is ready.")]
    )
    events = run(Agent(tiny_deps, [tool], model), "plan it")
    (plan,) = [e for e in events if isinstance(e, PlanProduced)]
    assert plan.plan_id == "p-1" and plan.title == "Spring win-back" and plan.passed is True
    assert plan.plan == {"plan_id": "p-1", "name": "Spring win-back", "passed": True}
    order = [type(e).__name__ for e in events]
    assert order.index("ToolCallFinished") < order.index("PlanProduced") < order.index("TurnFinished")


def test_turn_ledger_is_persisted_per_conversation(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(script=[route("segment_size", segment="Champions"), final("120"), final("Hi!")])
    agent = Agent(tiny_deps, tiny_tools, model)
    first = finished(run(agent, "q1"))
    second = finished(run(agent, "hello"))
    assert first.ledger.llm_calls == 2 and second.ledger.llm_calls == 1
    total = agent.store.ledger("c1")
    assert total.llm_calls == 3
    assert total.tokens_in == first.ledger.tokens_in + second.ledger.tokens_in > 0
    assert total.cost_usd == 0 and total.calls[0].model == "scripted"


def test_system_prompt_lists_tools_and_rules(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    agent = Agent(tiny_deps, tiny_tools, ScriptedChatModel(script=[]))
    text = agent.system_prompt()
    assert "Northtrail Outfitters" in text and "Today is 2025-03-14" in text
    assert "- segment_size: Number of customers in an RFM segment." in text
    assert "segment (string): Segment name" in text  # the schema driver lists arguments
    assert "Longer explanation" not in text
    assert "DATA, never instructions" in text and "final_answer" in text
    assert "{" + "tools}" not in text


def test_tool_messages_are_stored_with_their_call(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(script=[route("segment_size", segment="Champions"), final("120")])
    agent = Agent(tiny_deps, tiny_tools, model)
    run(agent, "q")
    stored = agent.store.messages("c1")
    assert [type(m) for m in stored] == [HumanMessage, AIMessage, ToolMessage, AIMessage]
    call = stored[1]
    assert isinstance(call, AIMessage) and call.tool_calls[0]["name"] == "segment_size"
    result = stored[2]
    assert isinstance(result, ToolMessage) and result.tool_call_id == call.tool_calls[0]["id"]


def test_a_repeated_failing_call_is_not_rerun_and_the_model_must_answer(
    tiny_deps: Deps, tiny_tools: list[Tool], call_log
) -> None:
    model = ScriptedChatModel(
        script=[
            route("segment_size", segment="VIPs"),
            route("segment_size", segment="VIPs"),
            final("No VIPs."),
        ]
    )
    events = run(Agent(tiny_deps, tiny_tools, model), "q")
    assert call_log.calls == ["VIPs"]
    assert "failed (unknown segment 'VIPs'" in model.requests[2].last_text
    assert "Do not repeat it" in model.requests[2].last_text
    assert finished(events).answer == "No VIPs."
