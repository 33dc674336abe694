"""Tools through the provider's native tool calling (``bind_tools``): OpenAI and servers whose tool
parsing is reliable. Split from the router driver: the two share only :class:`Driver`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, ToolCall
from langchain_core.runnables import RunnableConfig

from copilot.agent.driver_base import Driver, DriverPrompts, StepGen, StepResult, ToolRequest, accumulate
from copilot.agent.events import TextDelta
from copilot.agent.toolset import Tool
from copilot.llm.prompts import fill
from copilot.llm.structured import content_text


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
        message = accumulate(chunks)
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
