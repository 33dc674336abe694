"""Events the agent streams to the faces (terminal REPL, Slack, ``copilot chat``).

A turn yields any number of :class:`TextDelta`, :class:`ToolCallStarted`/:class:`ToolCallFinished`,
:class:`PlanProduced` and :class:`AgentError` events and always ends with exactly one
:class:`TurnFinished`.

* When ``TurnFinished.stopped == "answer"`` the answer was streamed as ``TextDelta`` s (with the
  native driver a model may also stream a short remark before calling a tool).
* When it is ``"step_limit"`` or ``"error"``, nothing more is streamed: the message is in the
  preceding :class:`AgentError` and repeated in ``TurnFinished.answer``. Events are pydantic models with a ``type`` discriminator, so a face can
``match`` on the class or serialise them (``event.model_dump_json()``) for a transport.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.llm.tokens import CostLedger


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, protected_namespaces=())


class TextDelta(_Event):
    """A piece of the final answer's text, in order."""

    type: Literal["text_delta"] = "text_delta"
    text: str


class ToolCallStarted(_Event):
    """The model asked for a tool; it is running now."""

    type: Literal["tool_call_started"] = "tool_call_started"
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    call_id: str = ""


class ToolCallFinished(_Event):
    """A tool finished. ``summary`` is one line for a tool panel; ``ok`` False means the model got
    the error text and may retry."""

    type: Literal["tool_call_finished"] = "tool_call_finished"
    tool: str
    summary: str
    seconds: float
    ok: bool
    call_id: str = ""


class PlanProduced(_Event):
    """``draft_campaign_plan`` produced a plan. ``plan`` is the planner's payload (its summary or
    the ``CampaignPlan`` dumped to a dict); faces render it or load it by ``plan_id``."""

    type: Literal["plan_produced"] = "plan_produced"
    plan_id: str
    title: str = ""
    passed: bool | None = None
    plan: dict[str, Any] | None = None
    path: str | None = None
    markdown: str | None = None


class AgentError(_Event):
    """Something went wrong that the user should see: ``model`` (the model failed), ``step_limit``,
    ``internal`` (a tool raised unexpectedly: one sentence, the traceback is only in the log)."""

    type: Literal["agent_error"] = "agent_error"
    message: str
    kind: Literal["model", "step_limit", "tool", "internal"] = "model"


class TurnFinished(_Event):
    """The turn is over. ``answer`` is the full final text (what the deltas added up to, or an
    honest message when stopped); ``ledger`` holds this turn's LLM calls, including those of a plan
    drafted by a tool in the turn."""

    type: Literal["turn_finished"] = "turn_finished"
    answer: str
    ledger: CostLedger = Field(default_factory=CostLedger)
    conversation_id: str = ""
    stopped: Literal["answer", "step_limit", "error"] = "answer"
    steps: int = 0
    tool_calls: int = 0


AgentEvent = Annotated[
    TextDelta | ToolCallStarted | ToolCallFinished | PlanProduced | AgentError | TurnFinished,
    Field(discriminator="type"),
]
"""Any event of a turn (a discriminated union on ``type``)."""

__all__ = [
    "AgentError",
    "AgentEvent",
    "PlanProduced",
    "TextDelta",
    "ToolCallFinished",
    "ToolCallStarted",
    "TurnFinished",
]
