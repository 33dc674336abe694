"""The default toolset: the classical-model tools, product facts, and the campaign planner.

``default_tools(deps)`` builds :class:`~copilot.agent.toolset.Tool` s from plain typed functions:

* every agent tool of :mod:`copilot.tools.registry` -- segment_lookup, score_propensity,
  recommend_products, channel_stats (and any tool registered there later);
* ``copilot.knowledge.retrieval.search_product_facts``;
* ``copilot.planner.workflow.draft_campaign_plan`` (its report also yields a ``PlanProduced`` event).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from copilot.agent.events import AgentEvent, PlanProduced
from copilot.agent.toolset import Tool
from copilot.tools import registry as tool_registry

if TYPE_CHECKING:
    from copilot.deps import Deps

log = logging.getLogger(__name__)

#: The tools beside the registered classical-model ones, in the order the agent lists them.
OTHER_TOOLS = ("search_product_facts", "draft_campaign_plan")


def expected_tools() -> tuple[str, ...]:
    """The names :func:`default_tools` must produce: every registered agent tool, then the others."""
    return (*(entry.name for entry in tool_registry.tools(agent=True)), *OTHER_TOOLS)


def __getattr__(name: str) -> Any:
    if name == "EXPECTED_TOOLS":  # read when asked, so a tool registered later is expected too
        return expected_tools()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def classical_tools() -> list[Tool]:
    """The agent's view of every registered classical-model tool (:mod:`copilot.tools.registry`)."""
    return [Tool.from_function(entry.load(), name=entry.name) for entry in tool_registry.tools(agent=True)]


def plan_events(report: BaseModel) -> Sequence[AgentEvent]:
    """``PlanProduced`` from whatever the planner's tool returns (a summary or the plan itself)."""
    plan_id = getattr(report, "plan_id", None)
    if not plan_id:
        return []
    title = getattr(report, "title", None) or getattr(report, "name", None) or ""
    passed = getattr(report, "passed", None)
    if callable(passed):
        passed = passed()
    path = getattr(report, "path", None)
    to_markdown = getattr(report, "to_markdown", None)
    markdown = str(to_markdown()) if callable(to_markdown) else None
    return [
        PlanProduced(
            plan_id=str(plan_id),
            title=str(title)[:200],
            passed=passed if isinstance(passed, bool) else None,
            plan=report.model_dump(mode="json"),
            path=str(path) if path else None,
            markdown=markdown,
        )
    ]


def tool_vocabulary(deps: Deps) -> dict[str, list[str]]:
    """The valid names for the tools' schemas (``copilot.tools.schema_vocabulary``), or ``{}`` when
    the models are not trained yet (the tools then say so themselves when called)."""
    try:
        fn = _load("copilot.tools", "schema_vocabulary")
        return dict(fn(deps))
    except Exception as exc:  # missing artifacts, no workspace...: schemas stay plain strings
        log.debug("no tool vocabulary: %s", exc)
        return {}


def _load(module: str, attr: str) -> Any:
    return getattr(importlib.import_module(module), attr)


def default_tools(deps: Deps | None = None, *, strict: bool = True) -> list[Tool]:
    """The agent's tools. ``strict`` (default) raises if any of :func:`expected_tools` is missing."""
    tools: list[Tool] = []
    sources: list[tuple[str, str, Callable[[BaseModel], Sequence[AgentEvent]] | None]] = [
        ("copilot.knowledge.retrieval", "search_product_facts", None),
        ("copilot.planner.workflow", "draft_campaign_plan", plan_events),
    ]
    problems: list[str] = []
    try:
        tools.extend(classical_tools())
    except (ImportError, AttributeError) as exc:
        problems.append(f"copilot.tools.registry ({exc})")
    for module, attr, events in sources:
        try:
            fn = _load(module, attr)
        except (ImportError, AttributeError) as exc:
            problems.append(f"{module}.{attr} ({exc})")
            continue
        tools.append(Tool.from_function(fn, events=events))
    missing = [name for name in expected_tools() if name not in {t.name for t in tools}]
    if missing:
        message = f"default tools missing: {', '.join(missing)}" + (
            f" ({'; '.join(problems)})" if problems else ""
        )
        if strict:
            raise RuntimeError(message)
        log.warning(message)
    return tools
