"""Prompt files ship as package data and fill cleanly; schema helpers bound every string/list."""

from __future__ import annotations

from importlib import resources

import pytest
from pydantic import BaseModel, Field

from copilot.agent.loop import AgentPrompts
from copilot.llm.prompts import fill, load_prompt, placeholders, render_prompt
from copilot.llm.schema import bounded_schema, inline_refs, unbounded_fields


def test_every_prompt_file_loads_through_importlib_resources() -> None:
    names = sorted(p.name for p in resources.files("copilot.prompts").iterdir() if p.name.endswith(".md"))
    assert {"system.md", "router.md", "observation.md", "structured_retry.md", "step_limit.md"} <= set(names)
    for name in names:
        text = load_prompt(name)
        assert text.strip(), name
        fill(text, **{key: "X" for key in placeholders(text)})  # no malformed placeholders


def test_agent_prompts_load_all_fields() -> None:
    prompts = AgentPrompts.load()
    assert "{tools}" in prompts.system and "{driver_instructions}" in prompts.system
    assert placeholders(prompts.router) == {"answer_max_chars"}


def test_json_examples_need_no_escaping_and_missing_values_fail() -> None:
    assert fill('{"name": "x"} {who}', who="me") == '{"name": "x"} me'
    with pytest.raises(KeyError, match="who"):
        fill("hello {who}")
    assert render_prompt("tool_error", tool="t", error="boom").startswith("Tool `t` failed: boom")


class Item(BaseModel):
    sku: str
    tags: list[str] = Field(default_factory=list)


class Order(BaseModel):
    note: str = Field("", max_length=80)
    items: list[Item] = Field(..., max_length=5)
    code: str = Field(..., json_schema_extra={"enum": ["A", "B"]})


def test_bounded_schema_inlines_refs_and_bounds_everything() -> None:
    raw = Order.model_json_schema()
    assert "$defs" in raw and unbounded_fields(raw)
    schema = bounded_schema(raw, max_string=50, max_items=7)
    assert "$defs" not in schema and "title" not in str(schema)
    items = schema["properties"]["items"]
    assert items["maxItems"] == 5
    assert items["items"]["properties"]["sku"]["maxLength"] == 50
    assert items["items"]["properties"]["tags"]["maxItems"] == 7
    assert schema["properties"]["note"]["maxLength"] == 80
    assert "maxLength" not in schema["properties"]["code"]
    assert unbounded_fields(schema) == []


class Node(BaseModel):
    children: list[Node] = Field(default_factory=list)


def test_recursive_schemas_cannot_be_inlined() -> None:
    with pytest.raises(ValueError, match="recursive"):
        inline_refs(Node.model_json_schema())


def test_apply_vocabulary_turns_marked_strings_into_enums() -> None:
    from copilot.llm.schema import apply_vocabulary

    schema = {
        "type": "object",
        "properties": {
            "segment": {"anyOf": [{"type": "string", "maxLength": 64, "x-vocabulary": "segments"}, {"type": "null"}]},
            "regions": {"type": "array", "items": {"type": "string", "maxLength": 64, "x-vocabulary": "regions"}},
            "note": {"type": "string", "maxLength": 40},
        },
    }
    out = apply_vocabulary(schema, {"segments": ["Champions", "At risk", "Champions"], "regions": []})
    assert out["properties"]["segment"]["anyOf"][0] == {"type": "string", "enum": ["Champions", "At risk"]}
    assert out["properties"]["regions"]["items"] == {"type": "string", "maxLength": 64}  # empty: plain string
    assert out["properties"]["note"] == {"type": "string", "maxLength": 40}
    assert "x-vocabulary" in str(schema)  # the input is not modified
