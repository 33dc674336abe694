"""Running one tool request for the agent: refusals, repeated calls, the real run, internal errors.

:class:`ToolRunner` is the part of :class:`copilot.agent.loop.Agent` (and the routed agent built on
it) that turns a :class:`~copilot.agent.drivers.ToolRequest` into a stored ``ToolMessage`` and the
events the faces show:

* an unknown tool, or a customer id that neither the user nor a tool result of this conversation
  contained (a model inventing ``cus_1234567890``), is refused with a sentence the model can act on;
* a call repeated with the same arguments in the turn is answered from the turn's cache;
* anything else runs, under :func:`copilot.llm.tokens.charging_to` so a nested workflow's model calls
  land in the turn's ledger; an unexpected exception is an ``internal`` outcome: one sentence, and
  the traceback goes to the log only.

Split from the loop so the turn (steps, drivers, stopping) and the handling of one tool call read
on their own.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Protocol

from langchain_core.messages import HumanMessage, ToolMessage

from copilot.agent.driver_base import ToolRequest
from copilot.agent.events import AgentEvent, ToolCallFinished, ToolCallStarted
from copilot.agent.memory import ConversationStore
from copilot.agent.toolset import Tool, ToolOutcome
from copilot.llm.ledger import CostLedger, charging_to
from copilot.llm.prompts import fill
from copilot.llm.structured import content_text

if TYPE_CHECKING:
    from copilot.deps import Deps

log = logging.getLogger(__name__)

_CUSTOMER_ID = re.compile(r"\bcus_[0-9a-f]{10}\b")


class _ToolPrompts(Protocol):
    @property
    def tool_error(self) -> str: ...


class ToolRunner:
    """Runs tool requests against ``_by_name`` (see the module docstring); mixed into the agent."""

    deps: Deps
    store: ConversationStore
    prompts: _ToolPrompts
    _by_name: dict[str, Tool]

    def _run_tool(
        self,
        conversation_id: str,
        req: ToolRequest,
        seen: dict[str, ToolOutcome],
        absorb: Callable[[CostLedger], None] | None = None,
    ) -> Generator[AgentEvent, None, ToolOutcome]:
        """Run one requested tool, store its result, and yield the events for the faces.

        ``absorb`` receives the ledger of a workflow the tool ran (a plan's model calls). An
        unexpected exception becomes an ``internal`` outcome (see the module docs).
        """
        yield ToolCallStarted(tool=req.name, arguments=req.arguments, call_id=req.id)
        tool = self._by_name.get(req.name)
        outcome, fresh = self._outcome(conversation_id, req, tool, seen, absorb)
        self.store.append(
            conversation_id, ToolMessage(content=outcome.text, tool_call_id=req.id, name=req.name)
        )
        yield ToolCallFinished(
            tool=req.name,
            summary=outcome.summary,
            seconds=round(outcome.seconds, 3),
            ok=outcome.ok,
            call_id=req.id,
        )
        if fresh and tool is not None and tool.events is not None and outcome.report is not None:
            yield from tool.events(outcome.report)
        return outcome

    def _outcome(
        self,
        conversation_id: str,
        req: ToolRequest,
        tool: Tool | None,
        seen: dict[str, ToolOutcome],
        absorb: Callable[[CostLedger], None] | None,
    ) -> tuple[ToolOutcome, bool]:
        """What a request produces, and whether the tool really ran: an unknown tool or an invented
        id is refused, a repeated call is answered from ``seen``, anything else runs."""
        key = self._call_key(req)
        if tool is None:
            known = ", ".join(sorted(self._by_name))
            sentence = f"there is no tool named '{req.name}'; available tools: {known}"
            return self._refused(req, sentence, f"error: unknown tool '{req.name}'"), False
        if invented := self._unseen_ids(conversation_id, req.arguments):
            sentence = (
                f"the id {', '.join(invented)} did not come from the user or from a tool result in this "
                "conversation; use only ids a tool returned (never make one up), or answer without it"
            )
            return self._refused(req, sentence, "error: an id that no tool returned"), False
        if key in seen:
            return _repeated(req, seen[key]), False
        try:
            if absorb is not None:
                with charging_to(absorb):  # no yield inside: the context must not leak
                    outcome = tool.execute(self.deps, req.arguments)
            else:
                outcome = tool.execute(self.deps, req.arguments)
        except Exception as exc:  # a bug in a tool: end the turn cleanly, keep the history valid
            return self._internal_outcome(req.name, exc), False
        seen[key] = outcome
        return outcome, True

    def _refused(self, req: ToolRequest, sentence: str, summary: str) -> ToolOutcome:
        """A request not run: the model reads ``sentence`` as the tool's error."""
        return ToolOutcome(
            tool=req.name,
            ok=False,
            text=fill(self.prompts.tool_error, tool=req.name, error=sentence).strip(),
            summary=summary,
            seconds=0.0,
            error=sentence,
        )

    def _unseen_ids(self, conversation_id: str, arguments: Mapping[str, object]) -> list[str]:
        """Customer pseudonyms in ``arguments`` that neither the user nor a tool result of this
        conversation contained (a model inventing ``cus_1234567890``)."""
        wanted = set(_CUSTOMER_ID.findall(json.dumps(arguments, default=str)))
        if not wanted:
            return []
        seen: set[str] = set()
        for m in self.store.messages(conversation_id):
            if isinstance(m, HumanMessage | ToolMessage):
                seen |= set(_CUSTOMER_ID.findall(content_text(m)))
        return sorted(wanted - seen)

    def _internal_outcome(self, name: str, exc: Exception) -> ToolOutcome:
        """The outcome of a tool that raised unexpectedly: the traceback goes to the log only; the
        user and the model get one sentence naming the tool and the exception type."""
        log.error("tool %s raised %s", name, type(exc).__name__, exc_info=exc)
        sentence = (
            f"Tool '{name}' failed with an internal error ({type(exc).__name__}), so I stopped this "
            "answer; the details are in the copilot log."
        )
        return ToolOutcome(
            tool=name,
            ok=False,
            text=fill(
                self.prompts.tool_error, tool=name, error=f"internal error ({type(exc).__name__})"
            ).strip(),
            summary=f"internal error ({type(exc).__name__})",
            seconds=0.0,
            error=sentence,
            internal=True,
        )

    @staticmethod
    def _call_key(req: ToolRequest) -> str:
        return req.name + ":" + json.dumps(req.arguments, sort_keys=True, default=str)


def _repeated(req: ToolRequest, previous: ToolOutcome) -> ToolOutcome:
    """A call already made in this turn with the same arguments: its result again, with a note."""
    if previous.ok:
        note = (
            f"You already called {req.name} with these arguments in this turn; the result is "
            f"unchanged. Use it to answer.\n{previous.text}"
        )
    else:
        note = (
            f"You already made this exact {req.name} call and it failed ({previous.error}). "
            "Do not repeat it: answer the user with what you know and say what is missing."
        )
    return ToolOutcome(
        tool=req.name,
        ok=previous.ok,
        text=note,
        summary=f"(repeated call) {previous.summary}",
        seconds=0.0,
        report=previous.report,
        error=previous.error,
    )
