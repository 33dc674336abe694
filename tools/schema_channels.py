"""Schemas of the channel tools: ``channel_stats`` (history per channel) and ``forecast`` (conversions
and revenue per channel, with ranges and the holdout). :mod:`copilot.tools.schemas` re-exports every
name.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from copilot.data.contract import Channel
from copilot.tools.schema_common import (
    QUERY_CONFIG,
    REPORT_CONFIG,
    AudienceCriteria,
    CategorySlug,
    Interval,
    Rate,
    fmt_int,
    fmt_money,
    md_table,
)

# ----------------------------------------------------------------------------------------------
# channel_stats
# ----------------------------------------------------------------------------------------------


class ChannelQuery(BaseModel):
    """Arguments of channel_stats; empty = every channel, all customers, all history."""

    model_config = QUERY_CONFIG

    channels: list[Channel] | None = Field(None, max_length=4, description="Channels to report; empty = all.")
    audience: AudienceCriteria | None = Field(None, description="Only touches sent to this audience.")
    since: date | None = Field(None, description="Only sends on or after this date.")
    until: date | None = Field(None, description="Only sends on or before this date.")


class ChannelStats(BaseModel):
    """Funnel performance of one channel in past campaigns, with Wilson 95% intervals."""

    model_config = REPORT_CONFIG

    channel: Channel
    campaigns: int
    sends: int
    delivered: int
    delivery_rate: Rate | None = Field(description="Delivered / sent; None with no sends.")
    open_rate: Rate | None = Field(
        description="Opened / delivered; None where opens are not tracked or no sends."
    )
    click_rate: Rate | None = Field(description="Clicked / delivered; None with no sends.")
    conversion_rate: Rate | None = Field(description="Attributed conversions / sent; None with no sends.")
    conversions: int
    revenue: float = Field(description="Attributed revenue.")
    revenue_per_send: Interval | None = Field(
        description="Revenue / sent with a 95% interval (normal approximation); None with no sends."
    )
    unsubscribe_rate: Rate | None = Field(description="Unsubscribes / delivered; None with no sends.")
    best_day: str | None = Field(
        description="Send weekday with the best conversion rate (Wilson lower bound)."
    )
    best_hour: int | None = Field(description="Send hour (0-23) with the best conversion rate.")
    best_time_note: str = Field(description="How best day/hour were chosen and how much data backs them.")
    reachable: int = Field(
        description="Customers in the audience reachable now (consent; paid_social = all)."
    )
    cost_per_send: float | None = Field(description="Campaign cost / sends, where costs are recorded.")
    note: str | None = Field(
        None, description="Why there are no rates (no campaign history / no sends), if so."
    )

    def summary(self) -> str:
        if self.conversion_rate is None or self.revenue_per_send is None:
            return f"{self.channel}: no past sends, reachable {fmt_int(self.reachable)}"
        return (
            f"{self.channel}: {fmt_int(self.sends)} sends, conv {self.conversion_rate}, "
            f"{fmt_money(self.revenue_per_send.value)}/send, reachable {fmt_int(self.reachable)}"
        )


class ChannelReport(BaseModel):
    """Result of channel_stats."""

    model_config = REPORT_CONFIG

    channels: list[ChannelStats]
    audience: str = Field(description="The audience in words.")
    audience_size: int
    since: date | None
    until: date | None
    as_of: date

    def summary(self) -> str:
        if not self.channels:
            return "no channel data"
        rated = [(c, c.conversion_rate) for c in self.channels if c.conversion_rate is not None]
        without = [c.channel for c in self.channels if c.conversion_rate is None]
        none_note = f"no past sends on {', '.join(without)}" if without else ""
        if not rated:
            reach = ", ".join(f"{c.channel} {fmt_int(c.reachable)}" for c in self.channels)
            return f"{none_note} for {self.audience} (no campaign history to rate); reachable now: {reach}"
        best, rate = max(rated, key=lambda cr: cr[1].value)
        return f"{len(self.channels)} channels for {self.audience}; best conversion {best.channel} {rate}" + (
            f"; {none_note}" if none_note else ""
        )

    def to_markdown(self) -> str:
        def cell(v: Rate | None) -> str:
            return "-" if v is None else str(v)

        rows = [
            [
                c.channel,
                fmt_int(c.campaigns),
                fmt_int(c.sends),
                cell(c.delivery_rate),
                cell(c.open_rate),
                cell(c.click_rate),
                cell(c.conversion_rate),
                "-"
                if c.revenue_per_send is None
                else f"{fmt_money(c.revenue_per_send.value)} ({fmt_money(c.revenue_per_send.low)}-"
                f"{fmt_money(c.revenue_per_send.high)})",
                cell(c.unsubscribe_rate),
                f"{c.best_day or '-'} {'' if c.best_hour is None else f'{c.best_hour}h'}",
                fmt_int(c.reachable),
                "-" if c.cost_per_send is None else fmt_money(c.cost_per_send),
            ]
            for c in self.channels
        ]
        head = [
            "channel",
            "campaigns",
            "sends",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "revenue/send",
            "unsubscribed",
            "best time",
            "reachable",
            "cost/send",
        ]
        period = f"{self.since or 'start'} to {self.until or self.as_of}"
        notes = "".join(f"\n- {c.note}" for c in self.channels if c.note)
        return (
            f"**Channel performance** — {self.audience} ({fmt_int(self.audience_size)} customers), {period}; "
            f"rates with Wilson 95% intervals\n\n{md_table(head, rows)}\n{notes}" + ("\n" if notes else "")
        )


# ----------------------------------------------------------------------------------------------
# forecast
# ----------------------------------------------------------------------------------------------


def _default_channels() -> list[Channel]:
    return ["email"]


class ForecastQuery(BaseModel):
    """Arguments of forecast: expected results of sending to an audience on some channels."""

    model_config = QUERY_CONFIG

    audience: AudienceCriteria | None = Field(None, description="Who; empty = all customers.")
    channels: list[Channel] = Field(
        default_factory=_default_channels, min_length=1, max_length=4, description="Channels to send on."
    )
    category: CategorySlug | None = Field(None, description="Product category promoted (slug); empty = any.")
    horizon_days: int = Field(30, ge=7, le=180, description="Campaign window in days.")
    audience_size_override: int | None = Field(
        None,
        ge=0,
        description="Use this audience size instead of the criteria's count (scaled proportionally).",
    )
    holdout_share: float = Field(
        0.1, ge=0, le=0.5, description="Share of the audience kept as an untouched holdout to measure lift."
    )
    objective: str | None = Field(
        None,
        max_length=40,
        description="Campaign type (winback, retention, ...): incrementality is calibrated on past read-outs of it.",
    )


class ChannelForecast(BaseModel):
    """Expected results on one channel."""

    model_config = REPORT_CONFIG

    channel: Channel
    reachable: int = Field(description="Audience members reachable on this channel (consent).")
    sends: int = Field(description="reachable minus the holdout.")
    conversion_rate: Rate = Field(
        description="Conversions per send used: the history's, pooled toward the next broader history's "
        "(see rate_basis), with its 95% range over the history's sends (n)."
    )
    rate_basis: str = Field("", description="Which history the rate comes from, in words.")
    lift_applied: float | None = Field(
        None,
        description="Propensity lift the rate was multiplied by (bounded), or None when the rate is the "
        "audience's own history and needs no scaling.",
    )
    expected_conversions: float
    expected_conversions_low: float
    expected_conversions_high: float
    expected_revenue: float
    expected_revenue_low: float
    expected_revenue_high: float
    cost: float | None = Field(description="sends × historical cost per send, if costs are recorded.")
    follow_up: Interval | None = Field(
        None,
        description="Conversions of a later send on this channel per conversion of the send before it (the "
        "brand's past sends that followed another within 21 days, or an assumed 0.5): a plan with n sends "
        "forecasts 1 + d + ... + d^(n-1) times the one-send figures above.",
    )
    follow_up_basis: str = Field("", description="Where the follow-up response came from, in words.")


class Forecast(BaseModel):
    """Result of forecast. Every number comes from the workspace's history; ranges are 95%-style."""

    model_config = REPORT_CONFIG

    audience: str
    audience_size: int
    category: str | None
    horizon_days: int
    per_channel: list[ChannelForecast]
    total_conversions: float
    total_conversions_low: float
    total_conversions_high: float
    total_revenue: float
    total_revenue_low: float
    total_revenue_high: float
    total_cost: float | None
    incremental_conversions: float = Field(
        description="Conversions beyond those the audience would have made anyway (propensity baseline)."
    )
    incremental_conversions_low: float
    incremental_conversions_high: float
    expected_aov: float = Field(description="Average order value used (audience history).")
    propensity_lift: float = Field(
        description="Audience propensity relative to all customers (applied to rates)."
    )
    holdout_size: int
    assumptions: list[str]
    as_of: date
    model_version: str

    def summary(self) -> str:
        return (
            f"{', '.join(c.channel for c in self.per_channel)} to {fmt_int(self.audience_size)}: "
            f"{self.total_conversions:,.0f} conversions ({self.total_conversions_low:,.0f}-"
            f"{self.total_conversions_high:,.0f}), {fmt_money(self.total_revenue)} "
            f"({fmt_money(self.total_revenue_low)}-{fmt_money(self.total_revenue_high)}), "
            f"incremental {self.incremental_conversions:,.0f}"
        )

    def to_markdown(self) -> str:
        rows = [
            [
                c.channel,
                fmt_int(c.reachable),
                fmt_int(c.sends),
                str(c.conversion_rate),
                f"{c.expected_conversions:,.0f} ({c.expected_conversions_low:,.0f}-{c.expected_conversions_high:,.0f})",
                f"{fmt_money(c.expected_revenue)} ({fmt_money(c.expected_revenue_low)}-"
                f"{fmt_money(c.expected_revenue_high)})",
                "-" if c.cost is None else fmt_money(c.cost),
            ]
            for c in self.per_channel
        ]
        table = md_table(
            ["channel", "reachable", "sends", "conv/send", "conversions", "revenue", "cost"], rows
        )
        assumptions = "\n".join(f"- {a}" for a in self.assumptions)
        return (
            f"**Forecast** — {self.audience} ({fmt_int(self.audience_size)} customers), "
            f"{self.category or 'any category'}, {self.horizon_days} days (as of {self.as_of})\n\n{table}\n\n"
            f"- total: {self.total_conversions:,.0f} conversions ({self.total_conversions_low:,.0f}-"
            f"{self.total_conversions_high:,.0f}), {fmt_money(self.total_revenue)} "
            f"({fmt_money(self.total_revenue_low)}-{fmt_money(self.total_revenue_high)})\n"
            f"- incremental over the holdout baseline: {self.incremental_conversions:,.0f} "
            f"({self.incremental_conversions_low:,.0f}-{self.incremental_conversions_high:,.0f}); "
            f"holdout {fmt_int(self.holdout_size)} customers\n\n**Assumptions**\n\n{assumptions}\n"
        )
