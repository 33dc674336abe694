"""Classical-model tools: typed functions over the brand's trained models (segments, propensity, recommendations, channels, forecast).

Each tool is ``def name(deps: Deps, query: XQuery) -> XReport`` (models in
:mod:`copilot.tools.models`). ``ALL_TOOLS`` lists the four the agent registers; the planner's
helper is ``copilot.tools.forecast.forecast`` (import it from its module: the package attribute
``forecast`` is the module). Attributes load lazily so importing ``copilot.tools.models`` stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.tools.channels import channel_stats
    from copilot.tools.propensity import score_propensity
    from copilot.tools.recommend import recommend_products
    from copilot.tools.segments import segment_lookup

__all__ = [
    "ALL_TOOLS",
    "channel_stats",
    "recommend_products",
    "schema_vocabulary",
    "score_propensity",
    "segment_lookup",
]

_MODULES = {
    "segment_lookup": "segments",
    "score_propensity": "propensity",
    "recommend_products": "recommend",
    "channel_stats": "channels",
}


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

    if name == "ALL_TOOLS":
        tools: list[Callable[..., Any]] = [
            getattr(import_module(f"copilot.tools.{_MODULES[n]}"), n)
            for n in ("segment_lookup", "score_propensity", "recommend_products", "channel_stats")
        ]
        return tools
    if name in _MODULES:
        return getattr(import_module(f"copilot.tools.{_MODULES[name]}"), name)
    raise AttributeError(f"module 'copilot.tools' has no attribute {name!r}")
