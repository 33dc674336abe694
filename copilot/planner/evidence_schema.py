"""What a plan's numbers and claims rest on: :class:`Figure` (a number with its evidence path),
:class:`Evidence` (tool outputs, derived numbers, citable facts, the catalogue) and the dotted-path
resolver the numbers check follows. :mod:`copilot.planner.plan_schema` re-exports every name.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Unit = Literal["count", "money", "share", "rate", "multiple", "days"]
"""How a figure is shown: ``money`` in the plan currency, ``share``/``rate`` as a percentage (0.1 = 10%),
``multiple`` as ``2.4x`` (return on spend), ``count`` and ``days`` as integers."""


class Figure(BaseModel):
    """A number in a plan, with its range and the evidence path it was copied from."""

    model_config = ConfigDict(extra="forbid")

    value: float
    low: float | None = None
    high: float | None = None
    unit: Unit = "count"
    source: str = Field(..., max_length=200, description="Dotted path into the plan's evidence.")
    low_source: str | None = Field(None, max_length=200)
    high_source: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=200, description="How it was derived, in a few words.")

    def sources(self) -> list[tuple[str, float]]:
        """``(path, value)`` pairs the numbers check resolves against the evidence."""
        out = [(self.source, self.value)]
        if self.low is not None and self.low_source:
            out.append((self.low_source, self.low))
        if self.high is not None and self.high_source:
            out.append((self.high_source, self.high))
        return out

    def fmt(self, currency: str = "USD", *, which: Literal["value", "low", "high"] = "value") -> str:
        """The figure as a reader sees it: ``$12,400``, ``4.2%``, ``2.1x``, ``1,234``."""
        v = getattr(self, which)
        if v is None:
            return "–"
        return format_number(float(v), self.unit, currency)

    def fmt_range(self, currency: str = "USD") -> str:
        """``$10,200 ($8,100–$12,900)``, or just the value when there is no range."""
        if self.low is None or self.high is None:
            return self.fmt(currency)
        return f"{self.fmt(currency)} ({self.fmt(currency, which='low')}–{self.fmt(currency, which='high')})"


CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "JPY": "¥", "CNY": "¥"}


def format_number(v: float, unit: str, currency: str = "USD") -> str:
    if not math.isfinite(v):
        return "–"
    if unit == "money":
        sym = CURRENCY_SYMBOLS.get(currency)
        body = f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}"
        return f"{sym}{body}" if sym else f"{body} {currency}"
    if unit in ("share", "rate"):
        pct = v * 100
        return f"{pct:.1f}%" if abs(pct) < 10 else f"{pct:.0f}%"
    if unit == "multiple":
        return f"{v:.2f}x" if abs(v) < 1 else f"{v:.1f}x"
    if abs(v) < 10 and v != int(v):
        return f"{v:.1f}"
    return f"{v:,.0f}"


class EvidenceItem(BaseModel):
    """One tool call the plan's numbers came from: its name, input and output (as JSON data)."""

    tool: str = Field(..., max_length=60)
    query: dict[str, Any] = Field(default_factory=dict)
    output: Any = None
    summary: str = Field("", max_length=500)


class FactRef(BaseModel):
    """A product fact copy may cite: ``fact_id`` and its verbatim text (data, never instructions)."""

    fact_id: str = Field(..., max_length=80)
    text: str = Field(..., max_length=1000)
    product_id: str | None = Field(None, max_length=40)
    source: str = Field("", max_length=200)
    phrasing: str | None = Field(
        None, max_length=300, description="Copy-ready predicate ('grips on wet rock'); None: not copy."
    )


class Derived(BaseModel):
    """A number code computed from other evidence (budget split, holdout size), with its formula."""

    value: float
    formula: str = Field(..., max_length=300)
    inputs: list[str] = Field(default_factory=list, max_length=20, description="Evidence paths used.")


class Evidence(BaseModel):
    """Everything the plan's numbers and claims rest on.

    ``items`` are tool outputs keyed by name (``segment_lookup``, ``channel_stats``, ``forecast`` ...),
    ``derived`` are numbers code computed from them, ``facts`` the citable product facts, and
    ``catalog`` the featured products' ids, names and prices (so a price in copy can be traced).
    """

    items: dict[str, EvidenceItem] = Field(default_factory=dict)
    derived: dict[str, Derived] = Field(default_factory=dict)
    facts: list[FactRef] = Field(default_factory=list)
    catalog: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="product_id -> name, price, category"
    )
    brief: dict[str, Any] = Field(
        default_factory=dict, description="Numbers the brief stated (budget, discount)."
    )
    as_of: date | None = Field(None, description="The analytics as-of date of the data.")

    def resolve(self, path: str) -> Any:
        """Follow a dotted path: ``channel_stats.email.conversion_rate``, ``derived.budget.sms``,
        ``brief.budget``, ``catalog.P1001.price``, ``forecast.revenue.low``.

        Lists are walked by index or by an element whose identifying field (``channel``, ``name``,
        ``product_id``, ``id``, ``key``, ``segment``) equals the next part. Raises ``KeyError``.
        """
        parts = path.split(".")
        head, rest = parts[0], parts[1:]
        node: Any
        if head == "derived":
            key = ".".join(rest)
            if key not in self.derived:
                raise KeyError(path)
            return self.derived[key].value
        if head == "brief":
            node = self.brief
        elif head == "catalog":
            node = self.catalog
        elif head in self.items:
            node = self.items[head].output
        else:
            raise KeyError(path)
        return _walk(node, rest, path)

    def fact(self, fact_id: str) -> FactRef | None:
        for f in self.facts:
            if f.fact_id == fact_id:
                return f
        return None


_ID_FIELDS = ("channel", "name", "product_id", "id", "key", "segment", "category", "fact_id")


def _walk(node: Any, parts: list[str], path: str) -> Any:
    for part in parts:
        if isinstance(node, BaseModel):
            node = node.model_dump(mode="json")
        if isinstance(node, dict):
            if part not in node:
                raise KeyError(path)
            node = node[part]
        elif isinstance(node, list):
            if part.isdigit() and int(part) < len(node):
                node = node[int(part)]
                continue
            for el in node:
                if isinstance(el, dict) and any(str(el.get(k)) == part for k in _ID_FIELDS if k in el):
                    node = el
                    break
            else:
                raise KeyError(path)
        else:
            raise KeyError(path)
    return node
