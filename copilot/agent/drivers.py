"""Two ways to drive tools through one agent loop.

* :class:`SchemaRouterDriver` -- for models without reliable native tool calls (the embedded
  Qwen models through llama.cpp, most OpenAI-compatible servers). Each step sends a **router
  schema** as the JSON-schema response format: ``anyOf`` one branch per tool
  ``{"name": const, "arguments": <that tool's bounded parameter schema>}`` plus a
  ``final_answer`` branch ``{"answer": string(maxLength)}``. The grammar guarantees a well-formed
  action; the final answer's text is streamed while the JSON is still being generated.
* :class:`NativeToolDriver` -- ``bind_tools`` and the provider's tool calls (OpenAI).

Both turn the model's reply into a :class:`StepResult` and store it in the same provider-neutral
form (``AIMessage.tool_calls`` + ``ToolMessage``), so a conversation can switch models midway.
"""

from __future__ import annotations

import json
import re
import uuid
from abc import ABC, abstractmethod
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolCall,
    ToolMessage,
    message_chunk_to_message,
)
from langchain_core.runnables import RunnableConfig

from copilot.agent.events import TextDelta
from copilot.agent.toolset import Tool
from copilot.llm.prompts import fill
from copilot.llm.providers import (
    content_text,
    extract_json_text,
    json_schema_response_format,
    model_capabilities,
)

FINAL_ANSWER = "final_answer"


@dataclass(frozen=True)
class ToolRequest:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass
class StepResult:
    """One model step: tool requests, or a final answer, or output that could not be understood."""

    message: AIMessage | None  # what to store (None when invalid)
    tool_requests: list[ToolRequest] = field(default_factory=list)
    answer: str | None = None
    invalid: str | None = None  # why the reply was not a usable action
    raw: str = ""


StepGen = Generator[TextDelta, None, StepResult]


@dataclass(frozen=True)
class DriverPrompts:
    router: str
    native: str
    observation: str
    repair_action: str
    repair_native: str


class Driver(ABC):
    name: str

    @abstractmethod
    def instructions(self, prompts: DriverPrompts) -> str:
        """The driver-specific part of the system prompt."""

    @abstractmethod
    def tool_listing(self, tools: Sequence[Tool]) -> str:
        """How the tools are described in the system prompt."""

    @abstractmethod
    def render(self, messages: Sequence[BaseMessage], prompts: DriverPrompts) -> list[BaseMessage]:
        """Neutral stored history -> the messages this driver sends."""

    @abstractmethod
    def step(
        self,
        model: BaseChatModel,
        messages: list[BaseMessage],
        tools: Sequence[Tool],
        config: RunnableConfig,
        *,
        final_only: bool = False,
    ) -> StepGen:
        """Call the model once; yields text deltas, returns the :class:`StepResult`.

        ``final_only`` withholds the tools so the model must answer (used after it loops)."""

    def repair_messages(self, result: StepResult, prompts: DriverPrompts) -> list[BaseMessage]:
        """Transient messages that tell the model its last reply was unusable."""
        return [
            AIMessage(content=result.raw[:2000]),
            HumanMessage(content=fill(prompts.repair_action, error=result.invalid or "unreadable reply")),
        ]


def _accumulate(chunks: Sequence[AIMessageChunk]) -> AIMessage:
    if not chunks:
        return AIMessage(content="")
    acc = chunks[0]
    for c in chunks[1:]:
        acc = acc + c
    msg = message_chunk_to_message(acc)
    assert isinstance(msg, AIMessage)
    return msg


# --- schema router -------------------------------------------------------------------------------
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
        raw = content_text(_accumulate(chunks))
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


# --- native tools ----------------------------------------------------------------------------------
class NativeToolDriver(Driver):
    """Tools via the provider's native tool calling (``bind_tools``)."""

    name = "native"

    def instructions(self, prompts: DriverPrompts) -> str:
        return prompts.native

    def tool_listing(self, tools: Sequence[Tool]) -> str:
        return "\n".join(f"- {t.name}: {t.description}" for t in tools) or "(no tools)"

    def repair_messages(self, result: StepResult, prompts: DriverPrompts) -> list[BaseMessage]:
        note = fill(prompts.repair_native, error=result.invalid or "unreadable reply")
        return [HumanMessage(content=note)]

    def render(self, messages: Sequence[BaseMessage], prompts: DriverPrompts) -> list[BaseMessage]:
        return list(messages)

    def step(
        self,
        model: BaseChatModel,
        messages: list[BaseMessage],
        tools: Sequence[Tool],
        config: RunnableConfig,
        *,
        final_only: bool = False,
    ) -> StepGen:
        use_tools = tools and not final_only
        runnable = model.bind_tools([t.openai_tool() for t in tools]) if use_tools else model
        chunks: list[AIMessageChunk] = []
        for chunk in runnable.stream(messages, config=config):
            assert isinstance(chunk, AIMessageChunk)
            chunks.append(chunk)
            text = content_text(chunk)
            if text:
                yield TextDelta(text=text)
        message = _accumulate(chunks)
        raw = content_text(message)
        if message.invalid_tool_calls:
            bad = message.invalid_tool_calls[0]
            return StepResult(
                message=None,
                invalid=f"the arguments of tool call '{bad.get('name')}' were not valid JSON",
                raw=raw or json.dumps([dict(c) for c in message.invalid_tool_calls], default=str),
            )
        if message.tool_calls:
            requests = []
            calls = []
            for call in message.tool_calls:
                cid = call.get("id") or f"call_{uuid.uuid4().hex[:12]}"
                requests.append(ToolRequest(cid, call["name"], dict(call["args"])))
                calls.append(ToolCall(name=call["name"], args=dict(call["args"]), id=cid))
            stored = AIMessage(content=raw, tool_calls=calls)
            return StepResult(message=stored, tool_requests=requests, raw=raw)
        if not raw.strip():
            return StepResult(message=None, invalid="the reply was empty", raw=raw)
        return StepResult(message=AIMessage(content=raw), answer=raw, raw=raw)


def driver_for(model: BaseChatModel, *, answer_max_chars: int = 1200) -> Driver:
    """The driver the model's capabilities call for."""
    if model_capabilities(model).tool_mode == "native":
        return NativeToolDriver()
    return SchemaRouterDriver(answer_max_chars=answer_max_chars)
