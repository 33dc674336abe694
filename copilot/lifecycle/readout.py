"""The read-out of an approved plan: what the campaign did, measured against its holdout.

Intent to treat: every customer frozen at approval counts in the arm they were assigned to,
whether or not a message reached them, so the comparison stays randomised. The outcome window runs
from the plan's start date to its end date plus :data:`ATTRIBUTION_DAYS`; a customer converted if
they placed any order in it, and their revenue is the sum of those orders. Pre-period spend (the
:data:`PRE_DAYS` days before the start) is the CUPED covariate.

Reported: treated and holdout conversion (Wilson 95%) and revenue per customer (normal 95%); the
lift in conversion rate and revenue per customer, raw and CUPED, with their z-tests; incremental
conversions and revenue (lift x treated customers); the same per channel (customers reachable on
the channel in each arm) and per A/B variant, with a winner only under the fixed-horizon rule of
:func:`copilot.lifecycle.stats.ab_decision`; forecast against actual (attributed conversions and
revenue from the imported touches, incremental revenue from the holdout), cost, ROI and
incremental ROI.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import MissingArtifactError
from copilot.lifecycle.activation import load_activation
from copilot.lifecycle.export import campaign_id
from copilot.lifecycle.stats import (
    Difference,
    Interval,
    ab_decision,
    cuped_difference,
    difference,
    mean_interval,
    rate_interval,
)
from copilot.planner.models import CampaignPlan, Figure, format_number

if TYPE_CHECKING:
    from copilot.workspace import Workspace

ATTRIBUTION_DAYS = 7
PRE_DAYS = 365


class ArmResult(BaseModel):
    customers: int = Field(ge=0)
    conversions: int = Field(ge=0)
    conversion_rate: Interval
    revenue: float
    revenue_per_customer: Interval


class Lift(BaseModel):
    """Treated minus holdout: raw and CUPED, for conversion rate and revenue per customer."""

    conversion: Difference
    conversion_cuped: Difference
    revenue: Difference
    revenue_cuped: Difference
    incremental_conversions: Interval
    incremental_revenue: Interval
    variance_reduction: float = Field(ge=0, le=1, description="CUPED's variance reduction on revenue.")


class VariantResult(BaseModel):
    variant: Literal["A", "B"]
    customers: int = Field(ge=0)
    conversions: int = Field(ge=0)
    conversion_rate: Interval
    revenue_per_customer: Interval
    lift_vs_holdout: Difference


class ForecastCheck(BaseModel):
    """A forecast figure against what happened."""

    what: str = Field(max_length=80)
    unit: str = Field(max_length=10)
    forecast: float
    low: float | None = None
    high: float | None = None
    actual: float | None = None
    inside: bool | None = Field(None, description="Was the actual inside the forecast's range?")


class ChannelReadout(BaseModel):
    channel: str = Field(max_length=20)
    treated: ArmResult
    holdout: ArmResult
    lift: Lift
    sends: int = Field(0, ge=0)
    attributed_conversions: int = Field(0, ge=0)
    attributed_revenue: float = 0.0
    cost: float = 0.0
    variants: list[VariantResult] = Field(default_factory=list, max_length=2)
    ab_test: Difference | None = None
    winner: Literal["A", "B"] | None = None
    ab_reason: str = Field("", max_length=200)
    forecast: list[ForecastCheck] = Field(default_factory=list)


class Readout(BaseModel):
    """The read-out of one plan; renders itself as Markdown, HTML and JSON."""

    plan_id: str = Field(max_length=80)
    name: str = Field(max_length=120)
    objective: str = Field("", max_length=40)
    currency: str = Field("USD", max_length=3)
    window_start: date
    window_end: date
    data_until: date | None
    final: bool
    status: str = Field(max_length=300)
    treated: ArmResult
    holdout: ArmResult
    lift: Lift
    channels: list[ChannelReadout] = Field(default_factory=list, max_length=4)
    forecast: list[ForecastCheck] = Field(default_factory=list)
    cost: float
    cost_basis: str = Field(max_length=200)
    attributed_revenue: float
    roi: float | None = Field(None, description="Attributed revenue / cost.")
    incremental_roi: Interval | None = Field(None, description="Incremental revenue / cost.")
    holdout_contacted: int = Field(0, ge=0, description="Holdout customers with a touch of this campaign.")
    method: str = Field(max_length=1500)
    notes: list[str] = Field(default_factory=list, max_length=12)
    computed_at: datetime

    # --- rendering ---------------------------------------------------------------------------
    def money(self, v: float) -> str:
        return format_number(v, "money", self.currency)

    def headline(self) -> str:
        """One line: the lift with its interval and significance."""
        d = self.lift.conversion_cuped
        sig = "significant" if d.significant else "not significant"
        return (
            f"Lift {_pts(d.diff.value)} conversion ({_pts(d.diff.low)} to {_pts(d.diff.high)}, 95%; "
            f"p = {d.p_value:.3g}, {sig}); incremental revenue {self.money(self.lift.incremental_revenue.value)} "
            f"({self.money(self.lift.incremental_revenue.low)} to {self.money(self.lift.incremental_revenue.high)})."
        )

    def ab_lines(self) -> list[str]:
        out = []
        for c in self.channels:
            if c.ab_test is None:
                continue
            if c.winner:
                out.append(f"{c.channel}: variant {c.winner} wins — {c.ab_reason}.")
            else:
                out.append(f"{c.channel}: no winner — {c.ab_reason}.")
        return out

    def to_markdown(self) -> str:
        m = self.money
        lines = [
            f"# Read-out: {self.name}",
            "",
            f"Plan `{self.plan_id}` · window {self.window_start} to {self.window_end} · "
            f"{'**final**' if self.final else '**interim**'} ({self.status})",
            "",
            f"**{self.headline()}**",
            "",
            "## Treated vs holdout",
            "",
            "| | customers | conversion (95%) | revenue / customer (95%) | revenue |",
            "|---|---|---|---|---|",
        ]
        for label, a in (("treated", self.treated), ("holdout", self.holdout)):
            lines.append(
                f"| {label} | {a.customers:,} | {_rate(a.conversion_rate)} | "
                f"{m(a.revenue_per_customer.value)} ({m(a.revenue_per_customer.low)}–{m(a.revenue_per_customer.high)})"
                f" | {m(a.revenue)} |"
            )
        lf = self.lift
        lines += [
            "",
            "| lift | estimate | 95% interval | p |",
            "|---|---|---|---|",
            f"| conversion (raw) | {_pts(lf.conversion.diff.value)} | {_pts(lf.conversion.diff.low)} to "
            f"{_pts(lf.conversion.diff.high)} | {lf.conversion.p_value:.3g} |",
            f"| conversion (CUPED) | {_pts(lf.conversion_cuped.diff.value)} | {_pts(lf.conversion_cuped.diff.low)} to "
            f"{_pts(lf.conversion_cuped.diff.high)} | {lf.conversion_cuped.p_value:.3g} |",
            f"| revenue / customer (raw) | {m(lf.revenue.diff.value)} | {m(lf.revenue.diff.low)} to "
            f"{m(lf.revenue.diff.high)} | {lf.revenue.p_value:.3g} |",
            f"| revenue / customer (CUPED) | {m(lf.revenue_cuped.diff.value)} | {m(lf.revenue_cuped.diff.low)} to "
            f"{m(lf.revenue_cuped.diff.high)} | {lf.revenue_cuped.p_value:.3g} |",
            f"| incremental conversions | {lf.incremental_conversions.value:,.0f} | "
            f"{lf.incremental_conversions.low:,.0f} to {lf.incremental_conversions.high:,.0f} | |",
            f"| incremental revenue | {m(lf.incremental_revenue.value)} | {m(lf.incremental_revenue.low)} to "
            f"{m(lf.incremental_revenue.high)} | |",
            "",
            f"CUPED with pre-period spend cut the revenue variance by {lf.variance_reduction:.0%}.",
            "",
            "## Channels and A/B variants",
            "",
            "| channel | treated | holdout | lift (CUPED, 95%) | A | B | A/B result |",
            "|---|---|---|---|---|---|---|",
        ]
        for c in self.channels:
            va = next((v for v in c.variants if v.variant == "A"), None)
            vb = next((v for v in c.variants if v.variant == "B"), None)
            d = c.lift.conversion_cuped.diff
            ab = f"**{c.winner} wins**: {c.ab_reason}" if c.winner else f"no winner: {c.ab_reason}"
            lines.append(
                f"| {c.channel} | {_rate(c.treated.conversion_rate)} | {_rate(c.holdout.conversion_rate)} | "
                f"{_pts(d.value)} ({_pts(d.low)} to {_pts(d.high)}) | "
                f"{_rate(va.conversion_rate) if va else '–'} | {_rate(vb.conversion_rate) if vb else '–'} | {ab} |"
            )
        lines += ["", "## Forecast vs actual", "", "| | forecast (range) | actual | inside? |", "|---|---|---|---|"]
        for label, checks in [("total", self.forecast)] + [(c.channel, c.forecast) for c in self.channels]:
            for f in checks:
                lines.append(
                    f"| {label}: {f.what} | {_fmt(f.forecast, f.unit, self.currency)} "
                    f"({_fmt(f.low, f.unit, self.currency)}–{_fmt(f.high, f.unit, self.currency)}) | "
                    f"{_fmt(f.actual, f.unit, self.currency)} | "
                    f"{'yes' if f.inside else ('no' if f.inside is False else '–')} |"
                )
        roi = f"{self.roi:.2f}x" if self.roi is not None else "–"
        iroi = (
            f"{self.incremental_roi.value:.2f}x ({self.incremental_roi.low:.2f}x to {self.incremental_roi.high:.2f}x)"
            if self.incremental_roi is not None else "–"
        )
        lines += [
            "",
            "## Cost and return",
            "",
            f"- Cost: {m(self.cost)} ({self.cost_basis})",
            f"- Attributed revenue: {m(self.attributed_revenue)}; ROI {roi}",
            f"- Incremental revenue / cost (incremental ROI): {iroi}",
            "",
            "## Method",
            "",
            self.method,
            "",
        ]
        if self.notes:
            lines += ["## Notes", ""] + [f"- {n}" for n in self.notes] + [""]
        return "\n".join(lines)

    def to_html(self) -> str:
        """A self-contained page (inline CSS and SVG, no scripts, no external URLs)."""
        md = self.to_markdown()
        body = []
        in_table = False
        for line in md.splitlines():
            if line.startswith("|"):
                cells = [html.escape(c.strip()).replace("**", "") for c in line.strip("|").split("|")]
                if set("".join(cells)) <= set("-"):
                    continue
                if not in_table:
                    body.append("<table>")
                    in_table = True
                body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                continue
            if in_table:
                body.append("</table>")
                in_table = False
            if line.startswith("# "):
                body.append(f"<h1>{html.escape(line[2:])}</h1>")
            elif line.startswith("## "):
                body.append(f"<h2>{html.escape(line[3:])}</h2>")
                if line[3:].startswith("Treated vs holdout"):
                    body.append(self.svg_chart())
            elif line.startswith("- "):
                body.append(f"<li>{html.escape(line[2:])}</li>")
            elif line.strip():
                body.append(f"<p>{html.escape(line).replace('**', '')}</p>")
        if in_table:
            body.append("</table>")
        style = (
            "body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}"
            "table{border-collapse:collapse;margin:1em 0}td{border:1px solid #ccc;padding:4px 8px}"
            "tr:first-child td{font-weight:bold;background:#f4f4f4}"
        )
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>Read-out {html.escape(self.plan_id)}</title><style>{style}</style></head><body>"
            + "\n".join(body) + "</body></html>\n"
        )

    def svg_chart(self) -> str:
        """Bars of the conversion rate per arm (overall and per channel) with 95% whiskers."""
        groups: list[tuple[str, ArmResult, ArmResult]] = [("all", self.treated, self.holdout)]
        groups += [(c.channel, c.treated, c.holdout) for c in self.channels]
        top = max([a.conversion_rate.high for _, t, h in groups for a in (t, h)] + [1e-6])
        w, h, pad = 120 * len(groups) + 40, 220, 30
        scale = (h - 2 * pad) / top
        parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' role='img' "
                 "aria-label='Conversion rate, treated vs holdout, with 95% intervals'>"]
        for i, (label, t, ho) in enumerate(groups):
            x0 = 40 + i * 120
            for j, (arm, colour) in enumerate(((t, "#2b6cb0"), (ho, "#a0aec0"))):
                x = x0 + j * 45
                y = h - pad - arm.conversion_rate.value * scale
                parts.append(f"<rect x='{x}' y='{y:.1f}' width='40' height='{arm.conversion_rate.value * scale:.1f}' "
                             f"fill='{colour}'/>")
                lo, hi = h - pad - arm.conversion_rate.low * scale, h - pad - arm.conversion_rate.high * scale
                parts.append(f"<line x1='{x + 20}' x2='{x + 20}' y1='{lo:.1f}' y2='{hi:.1f}' stroke='#000'/>")
                parts.append(f"<text x='{x + 20}' y='{y - 4:.1f}' font-size='10' text-anchor='middle'>"
                             f"{arm.conversion_rate.value * 100:.1f}%</text>")
            parts.append(f"<text x='{x0 + 42}' y='{h - 10}' font-size='12' text-anchor='middle'>"
                         f"{html.escape(label)}</text>")
        parts.append("<text x='4' y='14' font-size='11'>conversion: treated (blue) vs holdout (grey)</text></svg>")
        return "".join(parts)


def _pts(v: float) -> str:
    return f"{v * 100:+.2f} pts"


def _rate(r: Interval) -> str:
    return f"{r.value * 100:.2f}% ({r.low * 100:.2f}–{r.high * 100:.2f}%)"


def _fmt(v: float | None, unit: str, currency: str) -> str:
    return "–" if v is None else format_number(float(v), unit, currency)


# --------------------------------------------------------------------------------------------
# computing it
# --------------------------------------------------------------------------------------------


def _arm(conv: np.ndarray, rev: np.ndarray) -> ArmResult:
    return ArmResult(
        customers=int(conv.size), conversions=int(conv.sum()),
        conversion_rate=rate_interval(int(conv.sum()), int(conv.size)),
        revenue=float(rev.sum()), revenue_per_customer=mean_interval(rev),
    )


def _lift(conv: np.ndarray, rev: np.ndarray, pre: np.ndarray, treated: np.ndarray) -> Lift:
    t, h = treated, ~treated
    c_raw = difference(conv[t], conv[h], "two-proportion z-test (unpooled)")
    c_cup, _, _ = cuped_difference(conv[t], pre[t], conv[h], pre[h])
    r_raw = difference(rev[t], rev[h])
    r_cup, _, reduction = cuped_difference(rev[t], pre[t], rev[h], pre[h])
    n_t = int(t.sum())
    return Lift(
        conversion=c_raw, conversion_cuped=c_cup, revenue=r_raw, revenue_cuped=r_cup,
        incremental_conversions=c_cup.diff.scaled(n_t), incremental_revenue=r_cup.diff.scaled(n_t),
        variance_reduction=min(1.0, reduction),
    )


def _check(what: str, fig: Figure | None, actual: float | None) -> ForecastCheck | None:
    if fig is None:
        return None
    inside = None
    if actual is not None and fig.low is not None and fig.high is not None:
        inside = bool(fig.low <= actual <= fig.high)
    return ForecastCheck(what=what, unit=fig.unit, forecast=fig.value, low=fig.low, high=fig.high, actual=actual,
                         inside=inside)


def outcomes(ws: Workspace, ids: list[str], start: date, end: date) -> pd.DataFrame:
    """Per customer: ``conv`` (0/1), ``rev`` in the window ``start..end`` and ``pre`` spend before it."""
    pre_start = start - timedelta(days=PRE_DAYS)
    frame = pd.DataFrame({"customer_id": pd.Series(ids, dtype=object)})
    with ws.connect() as con:
        con.register("_aud", frame)
        try:
            df = con.execute(
                """
SELECT a.customer_id,
       COUNT(o.order_id) FILTER (WHERE CAST(o.order_ts AS DATE) BETWEEN $s AND $e) > 0 AS conv,
       COALESCE(SUM(o.amount) FILTER (WHERE CAST(o.order_ts AS DATE) BETWEEN $s AND $e), 0) AS rev,
       COALESCE(SUM(o.amount) FILTER (WHERE CAST(o.order_ts AS DATE) >= $p AND CAST(o.order_ts AS DATE) < $s), 0)
         AS pre
FROM _aud a LEFT JOIN orders o ON o.customer_id = a.customer_id
GROUP BY a.customer_id""",
                {"s": start, "e": end, "p": pre_start},
            ).df()
        finally:
            con.unregister("_aud")
    return frame.merge(df, on="customer_id", how="left").fillna({"conv": False, "rev": 0.0, "pre": 0.0})


def compute_readout(ws: Workspace, plan: CampaignPlan, now: datetime) -> Readout:
    """The read-out of an activated plan from the workspace's imported touches and orders."""
    act, asg = load_activation(ws, plan.plan_id)
    start = plan.start_date
    end = plan.end_date + timedelta(days=ATTRIBUTION_DAYS)
    ids = [str(c) for c in asg["customer_id"]]
    ids_of = {ch: campaign_id(plan.plan_id, ch) for ch in (c.channel for c in plan.channels)}
    with ws.connect() as con:
        last = con.execute("SELECT MAX(CAST(order_ts AS DATE)) FROM orders").fetchone()
        data_until: date | None = last[0] if last else None
        after = con.execute("SELECT COUNT(*) FROM orders WHERE CAST(order_ts AS DATE) >= ?", [start]).fetchone()
        marks = ", ".join("?" for _ in ids_of)
        touches = con.execute(
            f"SELECT campaign_id, customer_id, channel, converted_ts IS NOT NULL AS conv, COALESCE(revenue, 0) AS rev "
            f"FROM touches WHERE campaign_id IN ({marks})", list(ids_of.values())).df()
        costs = con.execute(
            f"SELECT campaign_id, cost FROM campaigns WHERE campaign_id IN ({marks})", list(ids_of.values())).df()
    if not after or not after[0]:
        raise MissingArtifactError(
            f"No orders on or after {start} (the start of plan '{plan.plan_id}') have been imported.",
            hint="Import the campaign's touches and the orders of its window with `copilot data import FILE...`.",
        )
    out = outcomes(ws, ids, start, end)
    conv = out["conv"].to_numpy(dtype=float)
    rev = out["rev"].to_numpy(dtype=float)
    pre = out["pre"].to_numpy(dtype=float)
    treated = (asg["arm"] == "treated").to_numpy()
    final = data_until is not None and data_until >= end
    status = (
        f"orders imported up to {data_until}, after the window closed on {end}" if final
        else f"orders imported only up to {data_until}; the window closes on {end}"
    )
    notes: list[str] = []
    holdout_ids = set(asg.loc[~treated, "customer_id"])
    contacted = int(touches["customer_id"].isin(holdout_ids).sum()) if len(touches) else 0
    if contacted:
        notes.append(f"{contacted:,} touches went to holdout customers: the measured lift understates the effect.")
    if not len(touches):
        notes.append("No touches imported under this plan's campaign ids: attributed figures and ROI are missing.")

    channels: list[ChannelReadout] = []
    total_cost = 0.0
    costs_known = bool(len(costs)) and costs["cost"].notna().any()
    for cp in plan.channels:
        ch = cp.channel
        reach = asg[f"reach_{ch}"].to_numpy(dtype=bool)
        t_ch = treated & reach
        sub = np.flatnonzero(reach)
        lift = _lift(conv[sub], rev[sub], pre[sub], treated[sub])
        tch = touches[touches["channel"] == ch] if len(touches) else touches
        cost_row = costs[costs["campaign_id"] == ids_of[ch]]["cost"] if len(costs) else pd.Series(dtype=float)
        cost = float(cost_row.fillna(0).sum()) if costs_known else float(cp.cost.value)
        total_cost += cost
        variants: list[VariantResult] = []
        vcol = asg[f"variant_{ch}"].to_numpy(dtype=object)
        h_ch = (~treated) & reach
        for v in ("A", "B"):
            m = t_ch & (vcol == v)
            if m.any():
                d, _, _ = cuped_difference(conv[m], pre[m], conv[h_ch], pre[h_ch])
                variants.append(VariantResult(
                    variant=v, customers=int(m.sum()), conversions=int(conv[m].sum()),
                    conversion_rate=rate_interval(int(conv[m].sum()), int(m.sum())),
                    revenue_per_customer=mean_interval(rev[m]), lift_vs_holdout=d,
                ))
        ab = winner = None
        reason = ""
        if len(variants) == 2:
            ma, mb = t_ch & (vcol == "A"), t_ch & (vcol == "B")
            ab = difference(conv[ma], conv[mb], "two-proportion z-test (unpooled), A minus B")
            winner, reason = ab_decision(ab, final=final)
        att_conv = int(tch["conv"].sum()) if len(tch) else 0
        att_rev = float(tch["rev"].sum()) if len(tch) else 0.0
        checks = [
            _check("conversions", cp.expected_conversions, float(att_conv) if len(tch) else None),
            _check("revenue", cp.expected_revenue, att_rev if len(tch) else None),
        ]
        channels.append(ChannelReadout(
            channel=ch, treated=_arm(conv[t_ch], rev[t_ch]), holdout=_arm(conv[h_ch], rev[h_ch]), lift=lift,
            sends=len(tch), attributed_conversions=att_conv, attributed_revenue=att_rev, cost=cost,
            variants=variants, ab_test=ab, winner=winner, ab_reason=reason[:200],
            forecast=[c for c in checks if c is not None],
        ))
    lift = _lift(conv, rev, pre, treated)
    att_rev = float(touches["rev"].sum()) if len(touches) else 0.0
    total_conv = float(touches["conv"].sum()) if len(touches) else None
    checks = [
        _check("conversions", plan.forecast.conversions, total_conv),
        _check("revenue", plan.forecast.revenue, att_rev if len(touches) else None),
        _check("incremental revenue", plan.forecast.incremental_revenue, lift.incremental_revenue.value),
    ]
    cost_basis = "the campaigns' recorded cost" if costs_known else "the plan's forecast send cost (no cost imported)"
    if not costs_known and total_cost <= 0:
        total_cost = float(plan.budget.total.value)
        cost_basis = "the plan's budget (no cost imported)"
    roi = att_rev / total_cost if total_cost > 0 and len(touches) else None
    iroi = lift.incremental_revenue.scaled(1 / total_cost) if total_cost > 0 else None
    method = (
        f"Intent to treat over the {act.audience:,} customers frozen at approval ({act.treated:,} treated, "
        f"{act.holdout:,} holdout, assigned by a hash of the plan id). A customer converted if they ordered "
        f"between {start} and {end} (the window plus {ATTRIBUTION_DAYS} days); revenue is their order total in "
        f"it. Lift = treated minus holdout, Welch normal 95% intervals and two-sided z-tests; CUPED adjusts "
        f"each outcome by the customer's spend in the {PRE_DAYS} days before the start. Incremental figures = "
        "lift × treated customers. A/B: fixed horizon — each channel's A vs B conversion test is read once, "
        "when the window has closed, and a winner is declared only if p < 0.05 (two-sided; no winner on "
        "interim reads, so peeking cannot create one). Per channel: customers reachable on it in each arm."
    )
    return Readout(
        plan_id=plan.plan_id, name=plan.name, objective=plan.brief.objective, currency=plan.currency,
        window_start=start, window_end=end, data_until=data_until, final=final, status=status[:300],
        treated=_arm(conv[treated], rev[treated]), holdout=_arm(conv[~treated], rev[~treated]), lift=lift,
        channels=channels, forecast=[c for c in checks if c is not None], cost=total_cost,
        cost_basis=cost_basis, attributed_revenue=att_rev, roi=roi, incremental_roi=iroi,
        holdout_contacted=contacted, method=method, notes=notes[:12], computed_at=now,
    )


def readout_summary(r: Readout) -> dict[str, Any]:
    """Aggregates only (no customer ids): what a face or the model may see."""
    return {
        "plan_id": r.plan_id, "final": r.final, "headline": r.headline(), "ab": r.ab_lines(),
        "incremental_revenue": r.lift.incremental_revenue.model_dump(),
    }
