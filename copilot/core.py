"""The one core every face calls (terminal REPL, ``copilot plan``, the Slack bot).

::

    session = Session(deps)                      # a new conversation (or Session(deps, "thread-id"))
    for event in session.ask("Who are our lapsed VIPs?"):
        ...                                      # TextDelta / ToolCall* / PlanProduced / AgentError / TurnFinished
    session.ask_text("and how many can we text?")   # the same, returning only the answer
    result = session.plan("Win back lapsed trail runners, email + SMS, $20k")
    result = draft_plan(deps, "...")             # the same outside a conversation (``copilot plan``)
    report = run_tool(deps, "segment_lookup", {"segment": "Champions"})   # one registered tool, by name
    session.ledger.summary()                     # LLM calls, tokens, time, cost of this conversation

No face logic lives here: rendering, slash commands and transports belong to the faces.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel

from copilot.agent.events import AgentEvent, TurnFinished
from copilot.agent.loop import Agent
from copilot.agent.memory import ConversationInfo, ConversationStore, StoredMessage, new_conversation_id
from copilot.agent.registry import agent_tools, plan_events
from copilot.agent.registry import expected_tools as agent_tool_names
from copilot.agent.toolset import Tool
from copilot.llm.providers import ModelSpec, describe_model, make_chat_model, model_capabilities
from copilot.llm.tokens import CostLedger, charging_to
from copilot.workspace import translating_out_of_memory

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.planner.workflow import PlanResult

ChatPath = Literal["auto", "routed", "agent"]
PATH_ENV = "COPILOT_CHAT_PATH"


def chat_path_for(model: BaseChatModel, requested: str = "auto") -> Literal["routed", "agent"]:
    """How a chat turn is driven: ``routed`` (code reads the question and calls the tools; the model
    only words some answers) for the embedded models and OpenAI-compatible servers driven through the
    router schema; ``agent`` (the model chooses tools) for models with native tool calls and for
    models copilot did not build (tests inject their own). ``requested`` (or ``COPILOT_CHAT_PATH``) forces one."""
    choice = requested if requested != "auto" else os.environ.get(PATH_ENV, "auto").strip().lower() or "auto"
    if choice in ("routed", "agent"):
        return choice  # type: ignore[return-value]
    if choice != "auto":
        from copilot.errors import SettingsError

        raise SettingsError(f"{PATH_ENV}={choice!r} is not one of auto, routed, agent.",
                            hint=f"Unset {PATH_ENV} or set it to routed or agent.")
    caps = model_capabilities(model)
    small = caps.provider in ("local", "openai-compatible") and caps.tool_mode == "schema"
    return "routed" if small else "agent"


def draft_plan(deps: Deps, brief: str, **options: Any) -> PlanResult:
    """Draft, check and save a campaign plan from a one-shot brief, outside any conversation
    (``copilot plan``). ``options`` are the planner workflow's: ``overrides`` (a
    :class:`~copilot.planner.plan_schema.PlanOverrides`: channels, budget, dates that win over the
    brief), ``mode``, ``chat_model``, ``progress`` (a callback taking short status lines).
    The result has the ``plan`` and the ``path`` it was saved at; the plan's later life (show,
    approve, export, read out) is :mod:`copilot.lifecycle.api`."""
    from copilot.planner.workflow import run_plan

    return run_plan(deps, brief, **options)


def run_tool(deps: Deps, name: str, query: BaseModel | dict[str, Any] | None = None) -> BaseModel:
    """Call the classical-model tool registered as ``name`` (:mod:`copilot.tools.registry`) outside a
    conversation (a face's ``/segments``): ``query`` is the tool's query model or its fields, checked
    by the tool's schema (none: the defaults). The same function the agent and ``copilot tools``
    call, DuckDB's out-of-memory error translated; a face never imports a tool's module.
    Raises ``KeyError`` for a name nobody registered, ``pydantic.ValidationError`` for a bad query."""
    from copilot.tools import registry

    tool = Tool.from_function(registry.tool(name).load(), name=name)
    if not isinstance(query, BaseModel):
        query = tool.query_model.model_validate(query or {})
    return tool.fn(deps, query)


def plan_tool() -> Tool:
    """The planner's tool for the agent (``draft_campaign_plan``; its report also yields a
    ``PlanProduced`` event). Registered here, the one module that depends on both the agent and
    the planner, so neither imports the other."""
    from copilot.planner.workflow import draft_campaign_plan

    return Tool.from_function(translating_out_of_memory(draft_campaign_plan), events=plan_events)


def default_tools(deps: Deps | None = None, *, strict: bool = True) -> list[Tool]:
    """Every tool a conversation offers: the agent's (classical-model tools, product facts) and the planner's."""
    return agent_tools(deps, extra=[plan_tool()], strict=strict)


def expected_tools() -> tuple[str, ...]:
    """The names :func:`default_tools` produces, in order."""
    return (*agent_tool_names(), "draft_campaign_plan")


class Session:
    """A conversation with copilot, persisted in the workspace and resumable by id."""

    def __init__(
        self,
        deps: Deps,
        conversation_id: str | None = None,
        *,
        tools: Sequence[Tool] | None = None,
        store: ConversationStore | None = None,
        path: ChatPath = "auto",
    ) -> None:
        self.deps = deps
        self.path = path
        self.store = store or ConversationStore(deps.workspace.conversations_path, clock=deps.clock)
        self.conversation_id = conversation_id or new_conversation_id()
        self._tools = list(tools) if tools is not None else None
        self._agent: Agent | None = None

    # --- the agent ---
    @property
    def agent(self) -> Agent:
        """Built on first use (starting the embedded model if that is the configured one)."""
        if self._agent is None:
            if self._tools is None:
                self._tools = default_tools(self.deps)
            model = self.deps.get_chat_model()
            if chat_path_for(model, self.path) == "routed":
                from copilot.agent.routed import RoutedAgent

                self._agent = RoutedAgent(self.deps, self._tools, model, store=self.store)
            else:
                self._agent = Agent(self.deps, self._tools, model, store=self.store)
        return self._agent

    @property
    def model_description(self) -> str:
        return describe_model(self.deps.get_chat_model())

    # --- chat ---
    def ask(self, text: str) -> Iterator[AgentEvent]:
        """Answer ``text`` in this conversation, streaming events (ends with ``TurnFinished``)."""
        yield from self.agent.run_turn(self.conversation_id, text)

    def ask_text(self, text: str) -> str:
        """Answer ``text`` and return only the final text (or the honest stop/error message)."""
        answer = ""
        for event in self.ask(text):
            if isinstance(event, TurnFinished):
                answer = event.answer
        return answer

    # --- plans ---
    def plan(self, brief: str, **options: Any) -> PlanResult:
        """:func:`draft_plan` inside this conversation: the plan keeps its own ledger, and its model
        calls are also added to this conversation's (``/cost``), even when the workflow fails part way."""

        def absorb(nested: CostLedger) -> None:
            self.store.record_calls(self.conversation_id, nested.calls)

        with charging_to(absorb):
            return draft_plan(self.deps, brief, **options)

    # --- conversations ---
    def history(self) -> list[StoredMessage]:
        """Every stored message of this conversation, oldest first."""
        return self.store.history(self.conversation_id)

    def new(self) -> str:
        """Start a new conversation; returns its id."""
        self.conversation_id = new_conversation_id()
        return self.conversation_id

    def resume(self, conversation_id: str) -> None:
        """Continue an existing conversation."""
        self.conversation_id = conversation_id

    def list_conversations(self, limit: int = 50) -> list[ConversationInfo]:
        return self.store.list_conversations(limit)

    @property
    def ledger(self) -> CostLedger:
        """LLM calls, tokens, time and cost of this conversation (persisted with it): the agent's
        steps and the calls of every plan drafted in it (by the tool or :meth:`plan`)."""
        return self.store.ledger(self.conversation_id)

    # --- models ---
    def switch_model(self, spec: str | BaseChatModel) -> str:
        """Use another model from now on (``"local:qwen2.5-coder-0.5b"``, ``"openai:gpt-4o-mini"``,
        or a chat model object); the conversation continues. Returns a description of the model."""
        if isinstance(spec, BaseChatModel):
            model = spec
            settings = self.deps.settings
        else:
            parsed = ModelSpec.parse(spec)
            settings = self.deps.settings.model_copy(update={"model": str(parsed)})
            model = make_chat_model(settings, self.deps.workspace)
        self.deps = dataclasses.replace(self.deps, settings=settings, chat_model=model)
        self._agent = None
        return describe_model(model)
