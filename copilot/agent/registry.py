"""The agent's toolset: the classical-model tools and product facts.

``agent_tools(deps, extra=...)`` builds :class:`~copilot.agent.toolset.Tool` s from plain typed functions:

* every agent tool of :mod:`copilot.tools.registry` -- segment_lookup, score_propensity,
  recommend_products, channel_stats (and any tool registered there later);
* ``copilot.knowledge.retrieval.search_product_facts``;
* then ``extra``: the campaign planner's ``draft_campaign_plan`` is added by :func:`copilot.core.default_tools`,
  the one place that depends on both the agent and the planner (the agent never imports the planner).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel

from copilot.agent.events import AgentEvent, PlanProduced
from copilot.agent.toolset import Tool
from copilot.tools import registry as tool_registry

if TYPE_CHECKING:
    from copilot.deps import Deps

log = logging.getLogger(__name__)

#: The tools beside the registered classical-model ones, in the order the agent lists them.
OTHER_TOOLS = ("search_product_facts",)


def expected_tools() -> tuple[str, ...]:
    """The names :func:`agent_tools` must produce: every registered agent tool, then the others."""
    return (*(entry.name for entry in tool_registry.tools(agent=True)), *OTHER_TOOLS)


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
        from copilot.tools import schema_vocabulary

        return dict(schema_vocabulary(deps))
    except Exception as exc:  # missing artifacts, no workspace...: schemas stay plain strings
        log.debug("no tool vocabulary: %s", exc)
        return {}


def agent_tools(deps: Deps | None = None, *, extra: Sequence[Tool] = (), strict: bool = True) -> list[Tool]:
    """The agent's tools, then ``extra``. ``strict`` (default) raises if any of
    :func:`expected_tools` is missing (else logs a warning)."""
    tools: list[Tool] = []
    problems: list[str] = []
    try:
        tools.extend(classical_tools())
    except (ImportError, AttributeError) as exc:
        problems.append(f"copilot.tools.registry ({exc})")
    try:
        from copilot.knowledge.retrieval import search_product_facts

        tools.append(Tool.from_function(search_product_facts))
    except ImportError as exc:
        problems.append(f"copilot.knowledge.retrieval.search_product_facts ({exc})")
    tools.extend(extra)
    missing = [name for name in expected_tools() if name not in {t.name for t in tools}]
    if missing:
        message = f"default tools missing: {', '.join(missing)}" + (
            f" ({'; '.join(problems)})" if problems else ""
        )
        if strict:
            raise RuntimeError(message)
        log.warning(message)
    return tools
