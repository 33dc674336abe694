"""What every tool driver is: one model step in, a :class:`StepResult` out, history stored neutrally.

A driver renders the stored history for its model, calls the model once per :meth:`Driver.step`
(yielding text deltas as they stream), and turns the reply into tool requests, a final answer, or
a reason the reply was unusable (then :meth:`Driver.repair_messages` tells the model so). The two
drivers are ``copilot.agent.router_driver`` (a JSON-schema router, for models without reliable
native tool calls) and ``copilot.agent.native_driver`` (``bind_tools``);
``copilot.agent.drivers.driver_for`` picks one from the model's capabilities.
"""

from __future__ import annotations

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
    message_chunk_to_message,
)
from langchain_core.runnables import RunnableConfig

from copilot.agent.events import TextDelta
from copilot.agent.toolset import Tool
from copilot.llm.prompts import fill

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
    """How the agent loop talks to one kind of model about tools (see the module docstring)."""

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


def accumulate(chunks: Sequence[AIMessageChunk]) -> AIMessage:
    """The streamed chunks of one reply as one message."""
    if not chunks:
        return AIMessage(content="")
    acc = chunks[0]
    for c in chunks[1:]:
        acc = acc + c
    msg = message_chunk_to_message(acc)
    assert isinstance(msg, AIMessage)
    return msg
