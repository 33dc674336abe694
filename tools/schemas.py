"""Inputs and outputs of the classical-model tools (pydantic models, the tools' public contract).

Named ``schemas``, not ``models``: in copilot a model is a language model or a trained model.

* Query models (``*Query``, :class:`AudienceCriteria`) are what a language model fills in: every
  string and list has a ``max_length`` (small local models loop on unbounded strings) and unknown
  fields are rejected, so a hallucinated argument fails loudly instead of being ignored.
* Report models carry aggregates and pseudonymous ids only (never names, emails, phones or raw
  customer ids) and render themselves: ``summary()`` is a one-line digest for the chat's tool
  panel, ``to_markdown()`` a fuller view for plans and the terminal.

Names here are stable: the agent, the planner and the faces code against them.

The schemas live by tool family -- :mod:`copilot.tools.schema_common` (audience criteria, rates,
formatting), :mod:`copilot.tools.schema_audience` (segments, propensity, recommendations),
:mod:`copilot.tools.schema_channels` (channel history, forecast), :mod:`copilot.tools.schema_sales` (sales) and :mod:`copilot.tools.schema_training`
-- and every name is importable from here.
"""

from __future__ import annotations

from copilot.data.contract import Channel, ConsentChannel
from copilot.tools.schema_audience import (
    Driver,
    PropensityQuery,
    PropensityReport,
    PropensityTier,
    Recommendations,
    RecommendedProduct,
    RecommendQuery,
    SegmentQuery,
    SegmentReport,
    SegmentSummary,
)
from copilot.tools.schema_channels import (
    ChannelForecast,
    ChannelQuery,
    ChannelReport,
    ChannelStats,
    Forecast,
    ForecastQuery,
)
from copilot.tools.schema_common import (
    AudienceCriteria,
    CategorySlug,
    Interval,
    Rate,
    RegionName,
    SegmentName,
    ShortStr,
    ValueTier,
)
from copilot.tools.schema_sales import SalesQuery, SalesReport, SalesRow
from copilot.tools.schema_training import (
    TrainReport,
    TrainStep,
)

__all__ = [
    "AudienceCriteria",
    "CategorySlug",
    "Channel",
    "ChannelForecast",
    "ChannelQuery",
    "ChannelReport",
    "ChannelStats",
    "ConsentChannel",
    "Driver",
    "Forecast",
    "ForecastQuery",
    "Interval",
    "PropensityQuery",
    "PropensityReport",
    "PropensityTier",
    "Rate",
    "RecommendQuery",
    "Recommendations",
    "RecommendedProduct",
    "RegionName",
    "SalesQuery",
    "SalesReport",
    "SalesRow",
    "SegmentName",
    "SegmentQuery",
    "SegmentReport",
    "SegmentSummary",
    "ShortStr",
    "TrainReport",
    "TrainStep",
    "ValueTier",
]
