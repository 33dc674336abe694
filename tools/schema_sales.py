"""Schemas of sales_summary (:mod:`copilot.tools.sales`): sales by category or product over a period, aggregates
only (revenue, orders, units, AOV, share), optionally beside a second period. :mod:`copilot.tools.schemas` re-exports
every name."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from copilot.tools.schema_common import (
    QUERY_CONFIG,
    REPORT_CONFIG,
    AudienceCriteria,
    CategorySlug,
    fmt_int,
    fmt_money,
    pct,
)


class SalesQuery(BaseModel):
    """Arguments of sales_summary; empty = revenue by category over all orders of all customers."""

    model_config = QUERY_CONFIG

    since: date | None = Field(None, description="Only orders on or after this date; empty = from the first order.")
    until: date | None = Field(None, description="Only orders on or before this date; empty = to the last order.")
    compare_since: date | None = Field(None, description="Start of a second period to compare with (e.g. the month before).")
    compare_until: date | None = Field(None, description="End of the second period (inclusive).")
    group_by: Literal["category", "product"] = Field("category", description="One row per product category or per product.")
    audience: AudienceCriteria | None = Field(None, description="Only orders of this audience; empty = all customers.")
    categories: list[CategorySlug] = Field(default_factory=list, max_length=15, description="Only these categories; empty = all.")
    exclude_categories: list[CategorySlug] = Field(default_factory=list, max_length=15, description="Leave these categories out.")
    top_n: int | None = Field(None, ge=1, le=100, description="Only the N rows with the most revenue; empty = every row.")


class SalesRow(BaseModel):
    """One category's (product's) sales in the period: line revenue, orders containing it, units."""

    model_config = REPORT_CONFIG

    group: str = Field(description="Category slug, or product name.")
    product_id: str | None = Field(None, description="The product's id (group_by product).")
    category: str | None = Field(None, description="The product's category (group_by product).")
    revenue: float
    orders: int
    units: int
    aov: float | None = Field(description="Revenue of the group per order containing it; None without orders.")
    share: float = Field(description="The group's share of the period's revenue (of the categories counted).")
    compare_revenue: float | None = Field(None, description="Revenue in the second period, with one.")
    change: float | None = Field(None, description="Relative change vs the second period (0.1 = +10%); None when it had none.")


class SalesReport(BaseModel):
    """Result of sales_summary."""

    model_config = REPORT_CONFIG

    group_by: Literal["category", "product"]
    since: date | None
    until: date | None
    compare_since: date | None = None
    compare_until: date | None = None
    rows: list[SalesRow]
    total_revenue: float
    total_orders: int
    total_units: int
    total_aov: float | None
    compare_total_revenue: float | None = None
    compare_total_orders: int | None = None
    total_change: float | None = None
    audience: str = Field(description="The audience in words.")
    last_order: date | None = Field(description="The data's last order date (any customer).")

    def summary(self) -> str:
        span = f"{self.since or 'start'} to {self.until or self.last_order}"
        head = (f"sales by {self.group_by}, {span} for {self.audience}: {fmt_money(self.total_revenue)} from "
                f"{fmt_int(self.total_orders)} orders")
        if self.compare_total_revenue is not None:
            head += f" (vs {fmt_money(self.compare_total_revenue)}" + (
                f", {pct(self.total_change)})" if self.total_change is not None else ")")
        if self.rows:
            top = self.rows[0]
            head += f"; top {top.group} {fmt_money(top.revenue)} ({pct(top.share)})"
        return head + f"; data to {self.last_order}"
