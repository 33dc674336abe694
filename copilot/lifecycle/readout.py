"""The read-out of an approved plan: what the campaign did, measured against its holdout.

Intent to treat: every customer frozen at approval counts in the arm they were assigned to,
whether or not a message reached them, so the comparison stays randomised. The outcome window runs
from the plan's start date to its end date plus :data:`ATTRIBUTION_DAYS`; a customer converted if
they placed any order in it, and their revenue is the sum of those orders. Pre-period spend (the
:data:`PRE_DAYS` days before the start) is the CUPED covariate.

Reported: treated and holdout conversion (Wilson 95%) and revenue per customer (normal 95%); the
lift in conversion rate and revenue per customer, raw and CUPED, with their z-tests; incremental
conversions and revenue (lift x treated customers); the same per channel (customers reachable on
the channel in each arm) and per A/B variant, with a winner only under the fixed-horizon, Bonferroni-corrected rule
of :func:`copilot.lifecycle.stats.ab_decision` (a read-out names a wrong winner with probability <= 0.5%); forecast against actual (attributed conversions and
revenue from the imported touches, incremental revenue from the holdout), cost, ROI and
incremental ROI.

:func:`compute_readout` runs in named steps (inputs, arms and lift, one channel at a time, totals
and ROI). The result types are ``copilot.lifecycle.readout_models`` (re-exported here), their
Markdown/HTML/SVG renderings ``copilot.lifecycle.readout_render``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from copilot.errors import MissingArtifactError
from copilot.lifecycle.activation import Activation, load_activation
from copilot.lifecycle.export import campaign_id
from copilot.lifecycle.readout_models import (
    ArmResult,
    ChannelReadout,
    ForecastCheck,
    Lift,
    Readout,
    VariantResult,
    readout_summary,
)
from copilot.lifecycle.stats import (
    AB_FAMILY_ALPHA,
    ab_decision,
    cuped_difference,
    difference,
    mean_interval,
    rate_interval,
)
from copilot.planner.plan_schema import CampaignPlan, ChannelPlan, Figure

if TYPE_CHECKING:
    from copilot.workspace import Workspace

__all__ = [
    "ATTRIBUTION_DAYS",
    "PRE_DAYS",
    "ArmResult",
    "ChannelReadout",
    "ForecastCheck",
    "Lift",
    "Readout",
    "VariantResult",
    "compute_readout",
    "outcomes",
    "readout_summary",
]

ATTRIBUTION_DAYS = 7
PRE_DAYS = 365


def _arm(conv: np.ndarray, rev: np.ndarray) -> ArmResult:
    return ArmResult(
        customers=int(conv.size),
        conversions=int(conv.sum()),
        conversion_rate=rate_interval(int(conv.sum()), int(conv.size)),
        revenue=float(rev.sum()),
        revenue_per_customer=mean_interval(rev),
    )


def _lift(conv: np.ndarray, rev: np.ndarray, pre: np.ndarray, treated: np.ndarray) -> Lift:
    t, h = treated, ~treated
    c_raw = difference(conv[t], conv[h], "two-proportion z-test (unpooled, Agresti-Caffo)", proportions=True)
    c_cup, _, _ = cuped_difference(conv[t], pre[t], conv[h], pre[h], proportions=True)
    r_raw = difference(rev[t], rev[h])
    r_cup, _, reduction = cuped_difference(rev[t], pre[t], rev[h], pre[h])
    n_t = int(t.sum())
    return Lift(
        conversion=c_raw,
        conversion_cuped=c_cup,
        revenue=r_raw,
        revenue_cuped=r_cup,
        incremental_conversions=c_cup.diff.scaled(n_t),
        incremental_revenue=r_cup.diff.scaled(n_t),
        variance_reduction=min(1.0, reduction),
    )


def _check(what: str, fig: Figure | None, actual: float | None) -> ForecastCheck | None:
    if fig is None:
        return None
    inside = None
    if actual is not None and fig.low is not None and fig.high is not None:
        inside = bool(fig.low <= actual <= fig.high)
    return ForecastCheck(
        what=what, unit=fig.unit, forecast=fig.value, low=fig.low, high=fig.high, actual=actual, inside=inside
    )


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


@dataclass
class _Inputs:
    """What a read-out is computed from: per-customer outcomes in assignment order, the touches and
    costs imported under the plan's campaign ids, and how far the imported orders reach."""

    act: Activation
    asg: pd.DataFrame
    start: date
    end: date
    data_until: date | None
    final: bool
    conv: np.ndarray
    rev: np.ndarray
    pre: np.ndarray
    treated: np.ndarray
    touches: pd.DataFrame
    costs: pd.DataFrame
    costs_known: bool
    ids_of: dict[str, str]

    def ab_tests(self) -> int:
        """How many A-vs-B comparisons this read-out makes: channels with treated customers in both
        variants (the Bonferroni divisor of :func:`copilot.lifecycle.stats.ab_decision`)."""
        n = 0
        for ch in self.ids_of:
            col = f"variant_{ch}"
            if col in self.asg.columns:
                reach = self.asg[f"reach_{ch}"].to_numpy(dtype=bool) & self.treated
                seen = set(self.asg[col].to_numpy(dtype=object)[reach].tolist())
                n += {"A", "B"} <= seen
        return n


def compute_readout(ws: Workspace, plan: CampaignPlan, now: datetime) -> Readout:
    """The read-out of an activated plan from the workspace's imported touches and orders."""
    inp = _inputs(ws, plan)
    conv, rev, treated, touches = inp.conv, inp.rev, inp.treated, inp.touches
    status = (
        f"orders imported up to {inp.data_until}, after the window closed on {inp.end}"
        if inp.final
        else f"orders imported only up to {inp.data_until}; the window closes on {inp.end}"
    )
    notes: list[str] = []
    holdout_ids = set(inp.asg.loc[~treated, "customer_id"])
    contacted = int(touches["customer_id"].isin(holdout_ids).sum()) if len(touches) else 0
    if contacted:
        notes.append(
            f"{contacted:,} touches went to holdout customers: the measured lift understates the effect."
        )
    if not len(touches):
        notes.append(
            "No touches imported under this plan's campaign ids: attributed figures and ROI are missing."
        )

    channels = [_channel_readout(inp, cp) for cp in plan.channels]
    total_cost = sum((c.cost for c in channels), 0.0)
    lift = _lift(inp.conv, inp.rev, inp.pre, treated)
    att_rev = float(touches["rev"].sum()) if len(touches) else 0.0
    total_conv = float(touches["conv"].sum()) if len(touches) else None
    checks = [
        _check("conversions", plan.forecast.conversions, total_conv),
        _check("revenue", plan.forecast.revenue, att_rev if len(touches) else None),
        _check("incremental revenue", plan.forecast.incremental_revenue, lift.incremental_revenue.value),
    ]
    cost_basis = (
        "the campaigns' recorded cost"
        if inp.costs_known
        else "the plan's forecast send cost (no cost imported)"
    )
    if not inp.costs_known and total_cost <= 0:
        total_cost = float(plan.budget.total.value)
        cost_basis = "the plan's budget (no cost imported)"
    roi = att_rev / total_cost if total_cost > 0 and len(touches) else None
    iroi = lift.incremental_revenue.scaled(1 / total_cost) if total_cost > 0 else None
    return Readout(
        plan_id=plan.plan_id,
        name=plan.name,
        objective=plan.brief.objective,
        currency=plan.currency,
        window_start=inp.start,
        window_end=inp.end,
        data_until=inp.data_until,
        final=inp.final,
        status=status[:300],
        treated=_arm(conv[treated], rev[treated]),
        holdout=_arm(conv[~treated], rev[~treated]),
        lift=lift,
        channels=channels,
        forecast=[c for c in checks if c is not None],
        cost=total_cost,
        cost_basis=cost_basis,
        attributed_revenue=att_rev,
        roi=roi,
        incremental_roi=iroi,
        holdout_contacted=contacted,
        method=_method(inp),
        notes=notes[:12],
        computed_at=now,
    )


def _inputs(ws: Workspace, plan: CampaignPlan) -> _Inputs:
    """Read the activation, the imported touches, costs and orders; refuse when no order of the
    window has been imported yet."""
    act, asg = load_activation(ws, plan.plan_id)
    start = plan.start_date
    end = plan.end_date + timedelta(days=ATTRIBUTION_DAYS)
    ids = [str(c) for c in asg["customer_id"]]
    ids_of: dict[str, str] = {ch: campaign_id(plan.plan_id, ch) for ch in (c.channel for c in plan.channels)}
    with ws.connect() as con:
        last = con.execute("SELECT MAX(CAST(order_ts AS DATE)) FROM orders").fetchone()
        data_until: date | None = last[0] if last else None
        after = con.execute(
            "SELECT COUNT(*) FROM orders WHERE CAST(order_ts AS DATE) >= ?", [start]
        ).fetchone()
        marks = ", ".join("?" for _ in ids_of)
        touches = con.execute(
            f"SELECT campaign_id, customer_id, channel, converted_ts IS NOT NULL AS conv, COALESCE(revenue, 0) AS rev "
            f"FROM touches WHERE campaign_id IN ({marks})",
            list(ids_of.values()),
        ).df()
        costs = con.execute(
            f"SELECT campaign_id, cost FROM campaigns WHERE campaign_id IN ({marks})", list(ids_of.values())
        ).df()
    if not after or not after[0]:
        raise MissingArtifactError(
            f"No orders on or after {start} (the start of plan '{plan.plan_id}') have been imported.",
            hint="Import the campaign's touches and the orders of its window with `copilot data import FILE...`.",
        )
    out = outcomes(ws, ids, start, end)
    return _Inputs(
        act=act,
        asg=asg,
        start=start,
        end=end,
        data_until=data_until,
        final=data_until is not None and data_until >= end,
        conv=out["conv"].to_numpy(dtype=float),
        rev=out["rev"].to_numpy(dtype=float),
        pre=out["pre"].to_numpy(dtype=float),
        treated=(asg["arm"] == "treated").to_numpy(),
        touches=touches,
        costs=costs,
        costs_known=bool(len(costs)) and costs["cost"].notna().any(),
        ids_of=ids_of,
    )


def _channel_readout(inp: _Inputs, cp: ChannelPlan) -> ChannelReadout:
    """One channel: customers reachable on it in each arm, its A/B variants, attributed figures, cost."""
    ch = cp.channel
    conv, rev, pre, treated, touches, costs = inp.conv, inp.rev, inp.pre, inp.treated, inp.touches, inp.costs
    reach = inp.asg[f"reach_{ch}"].to_numpy(dtype=bool)
    t_ch = treated & reach
    h_ch = (~treated) & reach
    sub = np.flatnonzero(reach)
    lift = _lift(conv[sub], rev[sub], pre[sub], treated[sub])
    tch = touches[touches["channel"] == ch] if len(touches) else touches
    cost_row = costs[costs["campaign_id"] == inp.ids_of[ch]]["cost"] if len(costs) else pd.Series(dtype=float)
    cost = float(cost_row.fillna(0).sum()) if inp.costs_known else float(cp.cost.value)
    vcol = inp.asg[f"variant_{ch}"].to_numpy(dtype=object)
    variants = _variants(inp, t_ch, h_ch, vcol)
    ab = winner = None
    reason = ""
    if len(variants) == 2:
        ma, mb = t_ch & (vcol == "A"), t_ch & (vcol == "B")
        ab = difference(conv[ma], conv[mb], "two-proportion z-test (unpooled, Agresti-Caffo), A minus B", proportions=True)
        winner, reason = ab_decision(ab, final=inp.final, tests=inp.ab_tests())
    att_conv = int(tch["conv"].sum()) if len(tch) else 0
    att_rev = float(tch["rev"].sum()) if len(tch) else 0.0
    checks = [
        _check("conversions", cp.expected_conversions, float(att_conv) if len(tch) else None),
        _check("revenue", cp.expected_revenue, att_rev if len(tch) else None),
    ]
    return ChannelReadout(
        channel=ch,
        treated=_arm(conv[t_ch], rev[t_ch]),
        holdout=_arm(conv[h_ch], rev[h_ch]),
        lift=lift,
        sends=len(tch),
        attributed_conversions=att_conv,
        attributed_revenue=att_rev,
        cost=cost,
        variants=variants,
        ab_test=ab,
        winner=winner,
        ab_reason=reason[:200],
        forecast=[c for c in checks if c is not None],
    )


def _variants(inp: _Inputs, t_ch: np.ndarray, h_ch: np.ndarray, vcol: np.ndarray) -> list[VariantResult]:
    """Each variant's treated customers on the channel against the channel's holdout (CUPED)."""
    conv, rev, pre = inp.conv, inp.rev, inp.pre
    variants: list[VariantResult] = []
    for v in ("A", "B"):
        m = t_ch & (vcol == v)
        if m.any():
            d, _, _ = cuped_difference(conv[m], pre[m], conv[h_ch], pre[h_ch], proportions=True)
            variants.append(
                VariantResult(
                    variant=v,
                    customers=int(m.sum()),
                    conversions=int(conv[m].sum()),
                    conversion_rate=rate_interval(int(conv[m].sum()), int(m.sum())),
                    revenue_per_customer=mean_interval(rev[m]),
                    lift_vs_holdout=d,
                )
            )
    return variants


def _method(inp: _Inputs) -> str:
    act = inp.act
    tests = max(1, inp.ab_tests())
    return (
        f"Intent to treat over the {act.audience:,} customers frozen at approval ({act.treated:,} treated, "
        f"{act.holdout:,} holdout, assigned by a hash of the plan id). A customer converted if they ordered "
        f"between {inp.start} and {inp.end} (the window plus {ATTRIBUTION_DAYS} days); revenue is their order "
        f"total in it. Lift = treated minus holdout, Welch normal 95% intervals and two-sided z-tests (for "
        "conversion, with one conversion and one non-conversion added to each arm: Agresti-Caffo); CUPED "
        f"adjusts each outcome by the customer's spend in the {PRE_DAYS} days before the start. Incremental "
        "figures = lift × treated customers. A/B: fixed horizon — each channel's A vs B conversion test is read "
        f"once, when the window has closed, and a winner is declared only if p < {AB_FAMILY_ALPHA:g}/{tests} "
        f"(two-sided; Bonferroni over the read-out's {tests} A/B test{'s' if tests != 1 else ''}), so the chance of "
        f"naming any wrong winner is at most {AB_FAMILY_ALPHA / 2:.1%}; no winner on interim reads, so peeking "
        "cannot create one. Per channel: customers reachable on it in each arm."
    )
