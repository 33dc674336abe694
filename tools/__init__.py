"""Classical-model tools: typed functions over the brand's trained models (segments, propensity, recommendations, channels, forecast).

Each tool is ``def name(deps: Deps, query: XQuery) -> XReport`` (schemas in
:mod:`copilot.tools.schemas`), registered once in :mod:`copilot.tools.registry`, which the agent,
``copilot tools``, training and the artifact store read. ``ALL_TOOLS`` lists the functions the
agent is offered; each registered agent tool is also a package attribute (``copilot.tools.segment_lookup``).
The planner's helper is ``copilot.tools.forecast.forecast`` (import it from its module: the package
attribute ``forecast`` is the module). Attributes load lazily so importing ``copilot.tools.schemas`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copilot.deps import Deps

__all__ = ["ALL_TOOLS", "schema_vocabulary"]


def schema_vocabulary(deps: Deps) -> dict[str, list[str]]:
    """The names the tools accept, for the ``x-vocabulary`` markers of their query schemas:
    ``segments`` (RFM segments and clusters), ``categories`` and ``regions`` of the trained
    artifacts. Raises the artifacts' error when the models are missing or stale."""
    from copilot.tools.audience import vocabulary

    voc = vocabulary(deps)
    return {
        "segments": [*voc.rfm_segments, *voc.clusters],
        "categories": list(voc.categories),
        "regions": list(voc.regions),
    }


def __getattr__(name: str) -> Any:
    from importlib import import_module

    agent_tools = import_module("copilot.tools.registry").tools(agent=True)
    if name == "ALL_TOOLS":
        return [entry.load() for entry in agent_tools]
    for entry in agent_tools:
        if entry.name == name:
            return entry.load()
    raise AttributeError(f"module 'copilot.tools' has no attribute {name!r}")
