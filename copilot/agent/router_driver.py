"""Tools through a JSON-schema router, for models without reliable native tool calls.

Each step sends a **router schema** as the JSON-schema response format: ``anyOf`` one branch per
tool ``{"name": const, "arguments": <that tool's bounded parameter schema>}`` plus a
``final_answer`` branch ``{"answer": string(maxLength)}``. The grammar guarantees a well-formed
action (the embedded Qwen models through llama.cpp, most OpenAI-compatible servers); the final
answer's text is streamed by :class:`AnswerStreamer` while the JSON is still being generated.
Stored history stays provider-neutral (``AIMessage.tool_calls`` + ``ToolMessage``) and is rendered
as router JSON and observations for the model.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolCall,
    ToolMessage,
)
from langchain_core.runnables import RunnableConfig

from copilot.agent.driver_base import (
    FINAL_ANSWER,
    Driver,
    DriverPrompts,
    StepGen,
    StepResult,
    ToolRequest,
    accumulate,
)
from copilot.agent.events import TextDelta
from copilot.agent.toolset import Tool
from copilot.llm.prompts import fill
from copilot.llm.structured import content_text, extract_json_text, json_schema_response_format


def router_schema(tools: Sequence[Tool], answer_max_chars: int = 1200) -> dict[str, Any]:
    """The ``anyOf`` router schema for ``tools`` plus the ``final_answer`` branch."""
    branches: list[dict[str, Any]] = []
    for tool in tools:
        branches.append(
            {
                "type": "object",
                "properties": {"name": {"const": tool.name}, "arguments": tool.parameters_schema()},
                "required": ["name", "arguments"],
                "additionalProperties": False,
            }
        )
    branches.append(
        {
            "type": "object",
            "properties": {
                "name": {"const": FINAL_ANSWER},
                "arguments": {
                    "type": "object",
                    "properties": {
                        "answer": {"type": "string", "minLength": 1, "maxLength": answer_max_chars}
                    },
                    "required": ["answer"],
                    "additionalProperties": False,
                },
            },
            "required": ["name", "arguments"],
            "additionalProperties": False,
        }
    )
    return {"anyOf": branches}


_ANSWER_PREFIX = re.compile(
    r'^\s*\{\s*"name"\s*:\s*"final_answer"\s*,\s*"arguments"\s*:\s*\{\s*"answer"\s*:\s*"'
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}


class AnswerStreamer:
    """Decodes the ``answer`` string of a router final answer while the JSON is still arriving."""

    def __init__(self) -> None:
        self.buffer = ""
        self.cursor: int | None = None
        self.done = False
        self.emitted = ""

    def feed(self, text: str) -> str:
        self.buffer += text
        if self.done:
            return ""
        if self.cursor is None:
            m = _ANSWER_PREFIX.match(self.buffer)
            if m is None:
                return ""
            self.cursor = m.end()
        buf, i, out = self.buffer, self.cursor, []
        while i < len(buf):
            ch = buf[i]
            if ch == '"':
                self.done = True
                break
            if ch == "\\":
                if i + 1 >= len(buf):
                    break
                esc = buf[i + 1]
                if esc == "u":
                    if i + 6 > len(buf):
                        break
                    code = (
                        int(buf[i + 2 : i + 6], 16)
                        if re.fullmatch(r"[0-9a-fA-F]{4}", buf[i + 2 : i + 6])
                        else 0xFFFD
                    )
                    if 0xD800 <= code < 0xDC00:  # a surrogate pair: wait for both halves
                        if i + 12 > len(buf):
                            break
                        try:
                            out.append(json.loads('"' + buf[i : i + 12] + '"'))
                        except ValueError:
                            out.append("\ufffd")
                        i += 12
                        continue
                    out.append(chr(code))
                    i += 6
                    continue
                out.append(_ESCAPES.get(esc, esc))
                i += 2
                continue
            out.append(ch)
            i += 1
        self.cursor = i
        piece = "".join(out)
        self.emitted += piece
        return piece


class SchemaRouterDriver(Driver):
    """Tools via a JSON-schema router (see module docs)."""

    name = "schema"

    def __init__(self, answer_max_chars: int = 1200) -> None:
        self.answer_max_chars = answer_max_chars
        self._schemas: dict[tuple[str, ...], dict[str, Any]] = {}

    def instructions(self, prompts: DriverPrompts) -> str:
        return fill(prompts.router, answer_max_chars=self.answer_max_chars)

    def tool_listing(self, tools: Sequence[Tool]) -> str:
        return "\n".join(t.signature_text() for t in tools) or "(no tools)"

    def response_format(self, tools: Sequence[Tool]) -> dict[str, Any]:
        key = tuple(t.name for t in tools)
        if key not in self._schemas:
            self._schemas[key] = router_schema(tools, self.answer_max_chars)
        return json_schema_response_format(self._schemas[key], name="action")

    def render(self, messages: Sequence[BaseMessage], prompts: DriverPrompts) -> list[BaseMessage]:
        """Tool calls become router JSON from the assistant, each followed by its result as an
        observation from the user side; earlier final answers become ``final_answer`` JSON."""
        out: list[BaseMessage] = []
        i = 0
        while i < len(messages):
            m = messages[i]
            i += 1
            if isinstance(m, AIMessage) and m.tool_calls:
                results: dict[str, ToolMessage] = {}
                while i < len(messages) and isinstance(messages[i], ToolMessage):
                    t = messages[i]
                    assert isinstance(t, ToolMessage)
                    results[t.tool_call_id] = t
                    i += 1
                for call in m.tool_calls:
                    action = {"name": call["name"], "arguments": call["args"]}
                    out.append(AIMessage(content=json.dumps(action, ensure_ascii=False)))
                    result = results.get(call.get("id") or "")
                    text = content_text(result) if result is not None else "(no result)"
                    out.append(
                        HumanMessage(content=fill(prompts.observation, tool=call["name"], result=text))
                    )
            elif isinstance(m, AIMessage):
                action = {"name": FINAL_ANSWER, "arguments": {"answer": content_text(m)}}
                out.append(AIMessage(content=json.dumps(action, ensure_ascii=False)))
            elif isinstance(m, ToolMessage):
                out.append(
                    HumanMessage(
                        content=fill(prompts.observation, tool=m.name or "tool", result=content_text(m))
                    )
                )
            else:
                out.append(m)
        return _merge_consecutive_ai(out)

    def step(
        self,
        model: BaseChatModel,
        messages: list[BaseMessage],
        tools: Sequence[Tool],
        config: RunnableConfig,
        *,
        final_only: bool = False,
    ) -> StepGen:
        streamer = AnswerStreamer()
        chunks: list[AIMessageChunk] = []
        response_format = self.response_format([] if final_only else tools)
        for chunk in model.stream(messages, config=config, response_format=response_format):
            chunks.append(chunk)
            piece = streamer.feed(content_text(chunk))
            if piece:
                yield TextDelta(text=piece)
        raw = content_text(accumulate(chunks))
        result = self.parse(raw, [] if final_only else tools)
        if result.message is None and streamer.emitted.strip():
            # the answer was already streamed when the JSON broke off (max_tokens): keep it rather
            # than ask again and stream a second answer after the first
            yield TextDelta(text="…")
            answer = streamer.emitted + "…"
            return StepResult(message=AIMessage(content=answer), answer=answer, raw=raw)
        if result.answer is not None and result.answer != streamer.emitted:
            rest = (
                result.answer[len(streamer.emitted) :] if result.answer.startswith(streamer.emitted) else ""
            )
            if rest:
                yield TextDelta(text=rest)
        return result

    def parse(self, raw: str, tools: Sequence[Tool]) -> StepResult:
        try:
            data = json.loads(extract_json_text(raw))
        except json.JSONDecodeError as exc:
            return StepResult(message=None, invalid=f"not valid JSON: {exc.msg}", raw=raw)
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            return StepResult(message=None, invalid='missing "name"', raw=raw)
        name = data["name"]
        arguments = data.get("arguments")
        if not isinstance(arguments, dict):
            arguments = {}
        if name == FINAL_ANSWER:
            answer = arguments.get("answer")
            if not isinstance(answer, str) or not answer.strip():
                return StepResult(message=None, invalid="final_answer needs a non-empty answer", raw=raw)
            return StepResult(message=AIMessage(content=answer), answer=answer, raw=raw)
        known = {t.name for t in tools}
        if name not in known:
            return StepResult(
                message=None,
                invalid=f"unknown tool '{name}'; tools are: {', '.join(sorted(known))}, or final_answer",
                raw=raw,
            )
        call_id = f"call_{uuid.uuid4().hex[:12]}"
        message = AIMessage(content="", tool_calls=[ToolCall(name=name, args=arguments, id=call_id)])
        return StepResult(message=message, tool_requests=[ToolRequest(call_id, name, arguments)], raw=raw)


def _merge_consecutive_ai(messages: list[BaseMessage]) -> list[BaseMessage]:
    """Chat templates expect alternation; two assistant messages in a row become one."""
    out: list[BaseMessage] = []
    for m in messages:
        if out and isinstance(m, AIMessage) and isinstance(out[-1], AIMessage):
            out[-1] = AIMessage(content=content_text(out[-1]) + "\n" + content_text(m))
        else:
            out.append(m)
    return out
