"""The agent loop: one turn = model steps and tool calls until a final answer or the step limit.

::

    agent = Agent(deps, default_tools(deps), deps.get_chat_model())
    for event in agent.run_turn("slack-T1-1699999999.0001", "How many lapsed VIPs can we email?"):
        ...   # TextDelta, ToolCallStarted, ToolCallFinished, PlanProduced, AgentError, TurnFinished

Each step renders the stored history (trimmed to ``settings.history_token_budget``) under a fresh
system prompt, asks the driver for one action, stores it, and runs the requested tools. Tool
results are stored as fenced *data* blocks. A repeated identical call is answered from the turn's
cache and the next step withholds the tools, so the model must answer (small models loop). After
``settings.max_agent_steps`` model calls the turn stops with an honest message listing what was found.

The turn's ledger (and the conversation's, in the store) holds the agent's own model calls and the
calls a tool made through a nested workflow (``draft_campaign_plan``: see
:func:`copilot.llm.tokens.charging_to`). A tool that raises something other than a tool error is
a bug: the turn ends with ``AgentError(kind="internal")`` -- one sentence, no traceback, which is
logged -- and every tool call of the step gets a stored result, so the history stays valid.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.runnables import RunnableConfig

from copilot.agent.drivers import Driver, DriverPrompts, StepResult, ToolRequest, driver_for
from copilot.agent.events import (
    AgentError,
    AgentEvent,
    TurnFinished,
)
from copilot.agent.memory import ConversationStore
from copilot.agent.registry import tool_vocabulary
from copilot.agent.tool_runs import ToolRunner
from copilot.agent.toolset import Tool, ToolOutcome, tools_by_name
from copilot.llm.prompts import fill, load_prompt
from copilot.llm.providers import as_model_error, content_text, is_provider_error, model_capabilities
from copilot.llm.tokens import CostLedger, LedgerCallback, LLMCall, PriceTable, count_tokens

if TYPE_CHECKING:
    from copilot.deps import Deps

log = logging.getLogger(__name__)

#: The result stored for a tool call of the same step that was not run because an earlier one crashed.
SKIPPED_RESULT = "Not run: an earlier tool call in this step failed with an internal error."
INTERNAL_ERROR = (
    "A tool failed with an internal error, so I stopped this answer; the details are in the copilot log."
)


@dataclass(frozen=True)
class AgentPrompts:
    """The prompt templates the loop uses (``prompts/*.md``); tests may pass their own."""

    system: str
    router: str
    native: str
    observation: str
    tool_error: str
    step_limit: str
    repair_action: str
    repair_native: str

    @classmethod
    def load(cls) -> AgentPrompts:
        return cls(**{name: load_prompt(name) for name in cls.__dataclass_fields__})

    def for_driver(self) -> DriverPrompts:
        return DriverPrompts(
            router=self.router,
            native=self.native,
            observation=self.observation,
            repair_action=self.repair_action,
            repair_native=self.repair_native,
        )


class Agent(ToolRunner):
    """A tool-calling agent over ``tools`` (see module docs); one tool request is run by
    :class:`~copilot.agent.tool_runs.ToolRunner`."""

    prompts: AgentPrompts

    def __init__(
        self,
        deps: Deps,
        tools: Sequence[Tool],
        chat_model: BaseChatModel | None = None,
        driver: Driver | None = None,
        prompts: AgentPrompts | None = None,
        *,
        store: ConversationStore | None = None,
        max_steps: int | None = None,
        history_budget: int | None = None,
        vocabulary: Callable[[Deps], Mapping[str, Sequence[str]]] | None = tool_vocabulary,
    ) -> None:
        self.deps = deps
        self.tools = list(tools)
        self.vocabulary = vocabulary
        self._by_name = tools_by_name(self.tools)
        self.chat_model = chat_model if chat_model is not None else deps.get_chat_model()
        self.driver = driver or driver_for(self.chat_model)
        self.prompts = prompts or AgentPrompts.load()
        self.store = store or ConversationStore(deps.workspace.conversations_path, clock=deps.clock)
        self.max_steps = max_steps or deps.settings.max_agent_steps
        self.history_budget = history_budget or deps.settings.history_token_budget
        self.prices = PriceTable.from_settings(deps.settings)

    # --- prompts ---
    def turn_tools(self) -> list[Tool]:
        """The tools with the current valid names (segments, categories, regions) as enums in their
        schemas, read at the start of each turn so that a retrain shows up in the next turn."""
        vocabulary = self.vocabulary(self.deps) if self.vocabulary is not None else {}
        return [t.with_vocabulary(vocabulary) for t in self.tools] if vocabulary else list(self.tools)

    def system_prompt(self, tools: Sequence[Tool] | None = None) -> str:
        """Built only from prompt files, settings and tool definitions -- never from tool output."""
        settings = self.deps.settings
        return fill(
            self.prompts.system,
            brand_name=settings.brand_name,
            today=self.deps.clock().date().isoformat(),
            tools=self.driver.tool_listing(self.tools if tools is None else tools),
            driver_instructions=self.driver.instructions(self.prompts.for_driver()),
        ).strip()

    # --- the turn ---
    def run_turn(self, conversation_id: str, user_text: str) -> Iterator[AgentEvent]:
        """Answer ``user_text`` in conversation ``conversation_id``, streaming events.

        The user's message is stored before the model is called; every later message is stored
        as soon as it exists. Always ends with one :class:`TurnFinished`.
        """
        caps = model_capabilities(self.chat_model)
        turn = _Turn(conversation_id, CostLedger(scope=f"turn:{conversation_id}"), self.store)
        callback = LedgerCallback(
            turn.ledger,
            self.prices,
            model=caps.model_name,
            purpose="chat",
            free=caps.free,
            on_record=turn.persist,
        )
        config: RunnableConfig = {"callbacks": [callback], "run_name": "copilot-agent-step"}
        self.store.append(conversation_id, HumanMessage(content=user_text))
        tools = self.turn_tools()
        system = SystemMessage(content=self.system_prompt(tools))
        driver_prompts = self.prompts.for_driver()
        scratch: list[BaseMessage] = []

        budget = self._history_budget(system, caps.provider)
        for step in range(1, self.max_steps + 1):
            window = self.store.context(conversation_id, budget)
            request = [system, *self.driver.render(window.messages, driver_prompts), *scratch]
            try:
                result: StepResult = yield from self.driver.step(
                    self.chat_model, request, tools, config, final_only=turn.final_only
                )
            except Exception as exc:
                if not is_provider_error(exc):
                    raise
                error = as_model_error(exc, self.chat_model)
                log.warning("model step failed: %s", error)
                yield from _stop(str(error), "model", turn.ledger, conversation_id, step, turn.tool_calls)
                return
            if result.message is None:  # unusable reply: tell the model, do not store it
                log.info("step %d: unusable reply (%s)", step, result.invalid)
                scratch = self.driver.repair_messages(result, driver_prompts)
                continue
            scratch = []
            self.store.append(conversation_id, result.message)
            if result.answer is not None:
                yield TurnFinished(
                    answer=result.answer,
                    ledger=turn.ledger,
                    conversation_id=conversation_id,
                    stopped="answer",
                    steps=step,
                    tool_calls=turn.tool_calls,
                )
                return
            if (yield from self._run_requests(turn, result.tool_requests, step)):
                return

        message = self._step_limit_message(turn.outcomes)
        self.store.append(conversation_id, AIMessage(content=message))
        yield from _stop(message, "step_limit", turn.ledger, conversation_id, self.max_steps, turn.tool_calls)

    def _run_requests(
        self, turn: _Turn, requests: Sequence[ToolRequest], step: int
    ) -> Generator[AgentEvent, None, bool]:
        """Run one step's tool requests in order; True when a tool's internal error ended the turn
        (then every later request of the step gets a stored "not run" result)."""
        for i, req in enumerate(requests):
            turn.tool_calls += 1
            repeated = self._call_key(req) in turn.seen
            outcome = yield from self._run_tool(turn.conversation_id, req, turn.seen, turn.absorb)
            turn.outcomes.append(outcome)
            turn.final_only = turn.final_only or repeated  # the next step must answer
            if outcome.internal:
                for skipped in requests[i + 1 :]:  # no call may stay without a result
                    self.store.append(
                        turn.conversation_id,
                        ToolMessage(content=SKIPPED_RESULT, tool_call_id=skipped.id, name=skipped.name),
                    )
                message = outcome.error or INTERNAL_ERROR
                self.store.append(turn.conversation_id, AIMessage(content=message))
                yield from _stop(
                    message, "internal", turn.ledger, turn.conversation_id, step, turn.tool_calls
                )
                return True
        return False

    def _history_budget(self, system: SystemMessage, provider: str) -> int:
        """``history_token_budget``, shrunk for the embedded model so that system prompt, history
        and the reply fit its context window (``context_tokens``)."""
        budget = self.history_budget
        if provider == "local":
            settings = self.deps.settings
            room = settings.context_tokens - count_tokens(content_text(system)) - settings.max_tokens - 200
            budget = max(256, min(budget, room))
        return budget

    def _step_limit_message(self, outcomes: Sequence[ToolOutcome]) -> str:
        found = [f"- {o.tool}: {o.summary}" for o in outcomes if o.ok][-5:]
        findings = ("What I found so far:\n" + "\n".join(found) + "\n") if found else ""
        return fill(self.prompts.step_limit, steps=self.max_steps, findings=findings).strip()


@dataclass
class _Turn:
    """One turn's running state: its ledger, the calls made so far (by arguments) and their outcomes."""

    conversation_id: str
    ledger: CostLedger
    store: ConversationStore
    seen: dict[str, ToolOutcome] = field(default_factory=dict)
    outcomes: list[ToolOutcome] = field(default_factory=list)
    tool_calls: int = 0
    final_only: bool = False  # set when the model repeats a call: the next step must answer

    def persist(self, call: LLMCall) -> None:
        self.store.record_call(self.conversation_id, call)

    def absorb(self, nested: CostLedger) -> None:  # a plan drafted by a tool in this turn
        self.ledger.merge(nested)
        self.store.record_calls(self.conversation_id, nested.calls)


def _stop(
    message: str,
    kind: Literal["model", "step_limit", "internal"],
    ledger: CostLedger,
    conversation_id: str,
    steps: int,
    tool_calls: int,
) -> Iterator[AgentEvent]:
    """The two events that end a turn that did not answer: the error, then ``TurnFinished``."""
    yield AgentError(message=message, kind=kind)
    yield TurnFinished(
        answer=message,
        ledger=ledger,
        conversation_id=conversation_id,
        stopped="step_limit" if kind == "step_limit" else "error",
        steps=steps,
        tool_calls=tool_calls,
    )
