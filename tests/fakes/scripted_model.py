"""THE scripted fake chat model for the whole test suite (agent, planner, faces).

Use this instead of writing a fake per test file. It is a real LangChain ``BaseChatModel``: it
works with ``invoke``, ``stream``, ``bind_tools``, callbacks (so the cost ledger fills), and with
``copilot.llm.providers.structured_call`` and both agent drivers.

Script items, consumed one per model request, in order:

* ``"plain text"`` -- an assistant reply with that content (also use a JSON *string* when the
  caller asked for JSON);
* a ``dict`` -- dumped as JSON content: schema JSON for ``structured_call``, or a router action
  for the schema driver. Helpers: ``route("segment_lookup", segment="Champions")``,
  ``final("the answer")``;
* an ``AIMessage`` -- returned as is, e.g. native tool calls: ``tool_call("segment_lookup", segment="x")``
  builds ``AIMessage(content="", tool_calls=[...])``;
* a callable ``(messages, kwargs) -> str | dict | AIMessage`` -- a dynamic reply computed from the
  request (e.g. echo the last tool result);
* an ``Exception`` instance -- raised, to simulate a provider failure.

Every request is recorded in ``model.requests`` (:class:`ScriptedRequest`: the messages and the
kwargs such as ``response_format`` or bound ``tools``) for assertions. ``assert_complete()`` fails
when script items were left unused; running out of script fails loudly with the last messages.

``tool_mode`` tells the agent which driver to use ("schema": router JSON, "native": tool calls);
``structured_output`` tells ``structured_call`` which response format to send. Usage metadata is
reported (tokens counted with tiktoken, offline), so ledger assertions work.

Example::

    from fakes import ScriptedChatModel, route, final

    model = ScriptedChatModel(script=[route("segment_lookup", segment="Champions"), final("42 customers")])
    deps.chat_model = model
    answer = Session(deps).ask_text("How many champions?")
    model.assert_complete()
    assert "Champions" in model.requests[1].last_text  # the tool result the model received
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolCall,
    ToolMessage,
)
from langchain_core.messages.ai import UsageMetadata
from langchain_core.messages.tool import tool_call_chunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import PrivateAttr

from copilot.llm.tokens import count_message_tokens, count_tokens

Reply = str | dict[str, Any] | AIMessage
ScriptItem = Reply | Callable[[list[BaseMessage], dict[str, Any]], Reply] | BaseException


def route(name: str, **arguments: Any) -> dict[str, Any]:
    """A router-schema action: call tool ``name`` with ``arguments`` (schema driver)."""
    return {"name": name, "arguments": arguments}


def final(answer: str) -> dict[str, Any]:
    """A router-schema final answer (schema driver)."""
    return {"name": "final_answer", "arguments": {"answer": answer}}


def tool_call(name: str, _id: str | None = None, **args: Any) -> AIMessage:
    """A native tool call (native driver)."""
    return AIMessage(
        content="", tool_calls=[ToolCall(name=name, args=args, id=_id or f"call_{uuid.uuid4().hex[:8]}")]
    )


def tool_calls(*calls: tuple[str, dict[str, Any]]) -> AIMessage:
    """Several native tool calls in one reply."""
    return AIMessage(
        content="",
        tool_calls=[ToolCall(name=n, args=a, id=f"call_{uuid.uuid4().hex[:8]}") for n, a in calls],
    )


def _text(message: BaseMessage) -> str:
    c = message.content
    return (
        c if isinstance(c, str) else "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in c)
    )


@dataclass
class ScriptedRequest:
    """One request the model received."""

    messages: list[BaseMessage]
    kwargs: dict[str, Any] = field(default_factory=dict)
    streamed: bool = False

    @property
    def response_format(self) -> Any:
        return self.kwargs.get("response_format")

    @property
    def tools(self) -> list[dict[str, Any]]:
        return list(self.kwargs.get("tools") or [])

    @property
    def tool_names(self) -> list[str]:
        return [t["function"]["name"] for t in self.tools]

    @property
    def system_text(self) -> str:
        return "\n".join(_text(m) for m in self.messages if isinstance(m, SystemMessage))

    @property
    def last_text(self) -> str:
        """Content of the last message (a tool result, an observation, or the user's question)."""
        return _text(self.messages[-1]) if self.messages else ""

    @property
    def all_text(self) -> str:
        return "\n".join(_text(m) for m in self.messages)

    def of_type(self, kind: type[BaseMessage]) -> list[BaseMessage]:
        return [m for m in self.messages if isinstance(m, kind)]

    @property
    def tool_messages(self) -> list[ToolMessage]:
        return [m for m in self.messages if isinstance(m, ToolMessage)]

    @property
    def human_texts(self) -> list[str]:
        return [_text(m) for m in self.messages if isinstance(m, HumanMessage)]


class ScriptedChatModel(BaseChatModel):
    """A chat model that replies from a script and records every request (see module docs)."""

    script: list[Any]
    tool_mode: Literal["native", "schema"] = "schema"
    structured_output: Literal["native", "json_schema"] = "json_schema"
    model_name: str = "scripted"
    free: bool = True
    chunk_size: int = 7
    """Characters per streamed chunk."""

    _cursor: int = PrivateAttr(default=0)
    _requests: list[ScriptedRequest] = PrivateAttr(default_factory=list)

    # --- inspection ---
    @property
    def requests(self) -> list[ScriptedRequest]:
        return self._requests

    @property
    def remaining(self) -> int:
        return len(self.script) - self._cursor

    def assert_complete(self) -> None:
        """Fail when script items were not used."""
        if self._cursor != len(self.script):
            left = self.script[self._cursor :]
            raise AssertionError(f"ScriptedChatModel: {len(left)} script item(s) unused: {left!r}")

    def add(self, *items: ScriptItem) -> ScriptedChatModel:
        """Append items to the script (returns self)."""
        self.script.extend(items)
        return self

    # --- LangChain plumbing ---
    @property
    def _llm_type(self) -> str:
        return "scripted"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name}

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | Any],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        formatted = [convert_to_openai_tool(t) for t in tools]
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        return self.bind(tools=formatted, **kwargs)

    def _next_reply(self, messages: list[BaseMessage], kwargs: dict[str, Any], streamed: bool) -> AIMessage:
        clean = {k: v for k, v in kwargs.items() if k not in ("run_manager",)}
        self._requests.append(ScriptedRequest(list(messages), clean, streamed))
        if self._cursor >= len(self.script):
            last = messages[-3:]
            tail = "\n".join(  # the last message in full: it says what the code asked for
                f"  {type(m).__name__}: {_text(m)[: 2000 if i == len(last) - 1 else 200]}" for i, m in enumerate(last)
            )
            raise AssertionError(
                f"ScriptedChatModel ran out of script at request #{len(self._requests)} "
                f"({len(self.script)} items). Last messages:\n{tail}"
            )
        item = self.script[self._cursor]
        self._cursor += 1
        if isinstance(item, BaseException):
            raise item
        if callable(item) and not isinstance(item, (AIMessage, dict, str)):
            item = item(list(messages), clean)
        if isinstance(item, dict):
            message = AIMessage(content=json.dumps(item))
        elif isinstance(item, str):
            message = AIMessage(content=item)
        elif isinstance(item, AIMessage):
            message = item.model_copy()
        else:
            raise TypeError(f"unsupported script item {item!r}")
        return self._with_usage(message, messages)

    def _with_usage(self, message: AIMessage, messages: list[BaseMessage]) -> AIMessage:
        tin = count_message_tokens(messages)
        out_text = _text(message) + "".join(json.dumps(c["args"]) + c["name"] for c in message.tool_calls)
        tout = count_tokens(out_text)
        usage = UsageMetadata(input_tokens=tin, output_tokens=tout, total_tokens=tin + tout)
        return message.model_copy(
            update={
                "usage_metadata": usage,
                "response_metadata": {**message.response_metadata, "model_name": self.model_name},
            }
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        message = self._next_reply(messages, kwargs, streamed=False)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        message = self._next_reply(messages, kwargs, streamed=True)
        text = _text(message)
        for i in range(0, len(text), max(1, self.chunk_size)):
            piece = text[i : i + self.chunk_size]
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
        if message.tool_calls:
            yield ChatGenerationChunk(
                message=AIMessageChunk(
                    content="",
                    tool_call_chunks=[
                        tool_call_chunk(name=c["name"], args=json.dumps(c["args"]), id=c["id"], index=i)
                        for i, c in enumerate(message.tool_calls)
                    ],
                )
            )
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                usage_metadata=message.usage_metadata,
                response_metadata={"model_name": self.model_name},
                chunk_position="last",
            )
        )
