"""Driver details: the router schema, streaming the answer out of JSON, rendering history."""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from copilot.agent.drivers import AnswerStreamer, SchemaRouterDriver, router_schema
from copilot.agent.loop import AgentPrompts
from copilot.agent.toolset import Tool
from copilot.llm.schema import unbounded_fields


def test_router_schema_is_bounded_everywhere(tiny_tools: list[Tool]) -> None:
    schema = router_schema(tiny_tools, answer_max_chars=500)
    assert unbounded_fields(schema) == []
    final = schema["anyOf"][-1]
    assert final["properties"]["name"] == {"const": "final_answer"}
    assert final["properties"]["arguments"]["properties"]["answer"]["maxLength"] == 500
    for branch in schema["anyOf"]:
        assert branch["required"] == ["name", "arguments"] and branch["additionalProperties"] is False
    assert "title" not in json.dumps(schema)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 100])
def test_answer_streamer_decodes_escapes_across_chunk_boundaries(size: int) -> None:
    answer = 'Line 1\nsaid "hi" \\ path/é ✓ 😀 end'
    raw = json.dumps({"name": "final_answer", "arguments": {"answer": answer}}, indent=2)
    streamer = AnswerStreamer()
    out = "".join(streamer.feed(raw[i : i + size]) for i in range(0, len(raw), size))
    assert out == answer and streamer.done


def test_answer_streamer_ignores_tool_calls() -> None:
    streamer = AnswerStreamer()
    raw = json.dumps({"name": "segment_size", "arguments": {"segment": "answer"}})
    assert "".join(streamer.feed(c) for c in raw) == ""


def test_schema_driver_renders_native_history_as_router_json() -> None:
    driver = SchemaRouterDriver()
    prompts = AgentPrompts.load().for_driver()
    history = [
        HumanMessage(content="q"),
        AIMessage(
            content="",
            tool_calls=[
                {"name": "a", "args": {"x": 1}, "id": "1"},
                {"name": "b", "args": {}, "id": "2"},
            ],
        ),
        ToolMessage(content="R1", tool_call_id="1", name="a"),
        ToolMessage(content="R2", tool_call_id="2"),
        AIMessage(content="the answer"),
    ]
    out = driver.render(history, prompts)
    assert [m.type for m in out] == ["human", "ai", "human", "ai", "human", "ai"]
    assert json.loads(out[1].content) == {"name": "a", "arguments": {"x": 1}}
    assert "Result of tool `a`" in out[2].content and "R1" in out[2].content
    assert "Result of tool `b`" in out[4].content and "R2" in out[4].content
    assert json.loads(out[-1].content) == {"name": "final_answer", "arguments": {"answer": "the answer"}}


def test_parse_rejects_unknown_tools_and_empty_answers(tiny_tools: list[Tool]) -> None:
    driver = SchemaRouterDriver()
    assert "unknown tool 'nope'" in (driver.parse('{"name":"nope","arguments":{}}', tiny_tools).invalid or "")
    assert driver.parse('{"name":"final_answer","arguments":{"answer":" "}}', tiny_tools).invalid
    ok = driver.parse('```json\n{"name":"segment_size","arguments":{"segment":"A"}}\n```', tiny_tools)
    assert ok.tool_requests[0].arguments == {"segment": "A"}
