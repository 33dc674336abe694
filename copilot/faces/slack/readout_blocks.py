"""Slack Block Kit for a plan's read-out, and the lifecycle buttons copilot adds (Read out).

Aggregates only: no customer id, email or phone ever goes to Slack.
"""

from __future__ import annotations

from typing import Any

from copilot.faces.slack.text import clip
from copilot.lifecycle.readout import Readout

READOUT_ACTION = "copilot_plan_readout"
"""Action id of the "Read out" button; its ``value`` is the plan id."""


def _pct(v: float) -> str:
    return f"{v * 100:.2f}%"


def _pts(v: float) -> str:
    return f"{v * 100:+.2f} pts"


def readout_button(plan_id: str, label: str = "Read out") -> dict[str, Any]:
    return {"type": "button", "text": {"type": "plain_text", "text": label}, "action_id": READOUT_ACTION,
            "value": plan_id}


def readout_to_slack_blocks(r: Readout) -> list[dict[str, Any]]:
    """Header, the headline lift, treated vs holdout, A/B per channel, forecast vs actual, cost and ROI."""
    m = r.money
    lift = r.lift
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": clip(f"Read-out: {r.name}", 150)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(
            f"`{r.plan_id}` · {r.window_start} to {r.window_end} · {'*final*' if r.final else '*interim*'}: "
            f"{r.status}", 3000)}]},
        {"type": "section", "text": {"type": "mrkdwn", "text": clip(f"*{r.headline()}*", 3000)}},
        {"type": "section", "fields": [
            {"type": "mrkdwn", "text": f"*Treated* ({r.treated.customers:,})\nconversion {_pct(r.treated.conversion_rate.value)} "
                                       f"({_pct(r.treated.conversion_rate.low)}–{_pct(r.treated.conversion_rate.high)})\n"
                                       f"{m(r.treated.revenue_per_customer.value)} per customer"},
            {"type": "mrkdwn", "text": f"*Holdout* ({r.holdout.customers:,})\nconversion {_pct(r.holdout.conversion_rate.value)} "
                                       f"({_pct(r.holdout.conversion_rate.low)}–{_pct(r.holdout.conversion_rate.high)})\n"
                                       f"{m(r.holdout.revenue_per_customer.value)} per customer"},
            {"type": "mrkdwn", "text": f"*Incremental conversions*\n{lift.incremental_conversions.value:,.0f} "
                                       f"({lift.incremental_conversions.low:,.0f} to {lift.incremental_conversions.high:,.0f})"},
            {"type": "mrkdwn", "text": f"*Incremental revenue* (CUPED)\n{m(lift.incremental_revenue.value)} "
                                       f"({m(lift.incremental_revenue.low)} to {m(lift.incremental_revenue.high)})"},
        ]},
    ]
    lines = []
    for c in r.channels:
        d = c.lift.conversion_cuped.diff
        ab = f"variant *{c.winner}* wins ({c.ab_reason})" if c.winner else f"no winner ({c.ab_reason})"
        lines.append(f"• *{c.channel}*: lift {_pts(d.value)} ({_pts(d.low)} to {_pts(d.high)}); A/B: {ab}")
    if lines:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": clip("\n".join(lines), 3000)}})
    fc = []
    for f in r.forecast:
        if f.actual is None:
            continue
        mark = "inside" if f.inside else ("outside" if f.inside is False else "no range")
        unit = f.unit
        show = m if unit == "money" else (lambda v: f"{v:,.0f}")
        lo = show(f.low) if f.low is not None else "–"
        hi = show(f.high) if f.high is not None else "–"
        fc.append(f"• {f.what}: forecast {show(f.forecast)} ({lo}–{hi}), actual {show(f.actual)}: {mark}")
    if fc:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": clip("*Forecast vs actual*\n" + "\n".join(fc), 3000)}})
    roi = f"{r.roi:.2f}x" if r.roi is not None else "–"
    iroi = (f"{r.incremental_roi.value:.2f}x ({r.incremental_roi.low:.2f}x to {r.incremental_roi.high:.2f}x)"
            if r.incremental_roi is not None else "–")
    blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": clip(
        f"*Cost* {m(r.cost)} ({r.cost_basis}) · *ROI* {roi} · *incremental ROI* {iroi}", 3000)}})
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": clip(r.method, 3000)}]})
    blocks.append({"type": "actions", "elements": [readout_button(r.plan_id, "Refresh read-out")]})
    return blocks[:50]
