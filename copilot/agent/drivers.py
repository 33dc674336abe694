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

The interface is ``copilot.agent.driver_base``, the drivers ``copilot.agent.router_driver`` and
``copilot.agent.native_driver``; this module picks one (:func:`driver_for`) and re-exports them.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from copilot.agent.driver_base import (
    FINAL_ANSWER,
    Driver,
    DriverPrompts,
    StepGen,
    StepResult,
    ToolRequest,
)
from copilot.agent.native_driver import NativeToolDriver
from copilot.agent.router_driver import AnswerStreamer, SchemaRouterDriver, router_schema
from copilot.llm.provider_registry import model_capabilities

__all__ = [
    "FINAL_ANSWER",
    "AnswerStreamer",
    "Driver",
    "DriverPrompts",
    "NativeToolDriver",
    "SchemaRouterDriver",
    "StepGen",
    "StepResult",
    "ToolRequest",
    "driver_for",
    "router_schema",
]


def driver_for(model: BaseChatModel, *, answer_max_chars: int = 1200) -> Driver:
    """The driver the model's capabilities call for."""
    if model_capabilities(model).tool_mode == "native":
        return NativeToolDriver()
    return SchemaRouterDriver(answer_max_chars=answer_max_chars)
