"""A read-out in the core formats: Markdown, a self-contained HTML page with an SVG chart.

:class:`copilot.lifecycle.readout_models.Readout` renders itself with these (``to_markdown()``,
``to_html()``, ``svg_chart()``); a face's own format (Slack blocks) lives in the face. Split from
the read-out's model and computation so the statistics and the page layout read apart: the
Markdown is built section by section, and the HTML page is the Markdown's tables and lines.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from copilot.lifecycle.stats import Interval
from copilot.planner.plan_schema import format_number

if TYPE_CHECKING:
    from copilot.lifecycle.readout_models import ArmResult, Readout


def pts(v: float) -> str:
    """A rate difference in percentage points, signed: ``+1.23 pts``."""
    return f"{v * 100:+.2f} pts"


def _rate(r: Interval) -> str:
    return f"{r.value * 100:.2f}% ({r.low * 100:.2f}–{r.high * 100:.2f}%)"


def _fmt(v: float | None, unit: str, currency: str) -> str:
    return "–" if v is None else format_number(float(v), unit, currency)


def readout_markdown(r: Readout) -> str:
    """The read-out as Markdown: headline, arms, lift, channels and A/B, forecast, cost, method."""
    lines = [
        f"# Read-out: {r.name}",
        "",
        f"Plan `{r.plan_id}` · window {r.window_start} to {r.window_end} · "
        f"{'**final**' if r.final else '**interim**'} ({r.status})",
        "",
        f"**{r.headline()}**",
        "",
        *_arms_table(r),
        *_lift_table(r),
        *_channels_table(r),
        *_forecast_table(r),
        *_cost_and_method(r),
    ]
    if r.notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in r.notes] + [""]
    return "\n".join(lines)


def _arms_table(r: Readout) -> list[str]:
    m = r.money
    lines = [
        "## Treated vs holdout",
        "",
        "| | customers | conversion (95%) | revenue / customer (95%) | revenue |",
        "|---|---|---|---|---|",
    ]
    for label, a in (("treated", r.treated), ("holdout", r.holdout)):
        lines.append(
            f"| {label} | {a.customers:,} | {_rate(a.conversion_rate)} | "
            f"{m(a.revenue_per_customer.value)} ({m(a.revenue_per_customer.low)}–{m(a.revenue_per_customer.high)})"
            f" | {m(a.revenue)} |"
        )
    return lines


def _lift_table(r: Readout) -> list[str]:
    m, lf = r.money, r.lift
    return [
        "",
        "| lift | estimate | 95% interval | p |",
        "|---|---|---|---|",
        f"| conversion (raw) | {pts(lf.conversion.diff.value)} | {pts(lf.conversion.diff.low)} to "
        f"{pts(lf.conversion.diff.high)} | {lf.conversion.p_value:.3g} |",
        f"| conversion (CUPED) | {pts(lf.conversion_cuped.diff.value)} | {pts(lf.conversion_cuped.diff.low)} to "
        f"{pts(lf.conversion_cuped.diff.high)} | {lf.conversion_cuped.p_value:.3g} |",
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
    ]


def _channels_table(r: Readout) -> list[str]:
    lines = [
        "## Channels and A/B variants",
        "",
        "| channel | treated | holdout | lift (CUPED, 95%) | A | B | A/B result |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in r.channels:
        va = next((v for v in c.variants if v.variant == "A"), None)
        vb = next((v for v in c.variants if v.variant == "B"), None)
        d = c.lift.conversion_cuped.diff
        ab = f"**{c.winner} wins**: {c.ab_reason}" if c.winner else f"no winner: {c.ab_reason}"
        lines.append(
            f"| {c.channel} | {_rate(c.treated.conversion_rate)} | {_rate(c.holdout.conversion_rate)} | "
            f"{pts(d.value)} ({pts(d.low)} to {pts(d.high)}) | "
            f"{_rate(va.conversion_rate) if va else '–'} | {_rate(vb.conversion_rate) if vb else '–'} | {ab} |"
        )
    return lines


def _forecast_table(r: Readout) -> list[str]:
    lines = [
        "",
        "## Forecast vs actual",
        "",
        "| | forecast (range) | actual | inside? |",
        "|---|---|---|---|",
    ]
    for label, checks in [("total", r.forecast)] + [(c.channel, c.forecast) for c in r.channels]:
        for f in checks:
            lines.append(
                f"| {label}: {f.what} | {_fmt(f.forecast, f.unit, r.currency)} "
                f"({_fmt(f.low, f.unit, r.currency)}–{_fmt(f.high, f.unit, r.currency)}) | "
                f"{_fmt(f.actual, f.unit, r.currency)} | "
                f"{'yes' if f.inside else ('no' if f.inside is False else '–')} |"
            )
    return lines


def _cost_and_method(r: Readout) -> list[str]:
    m = r.money
    roi = f"{r.roi:.2f}x" if r.roi is not None else "–"
    iroi = (
        f"{r.incremental_roi.value:.2f}x ({r.incremental_roi.low:.2f}x to {r.incremental_roi.high:.2f}x)"
        if r.incremental_roi is not None
        else "–"
    )
    return [
        "",
        "## Cost and return",
        "",
        f"- Cost: {m(r.cost)} ({r.cost_basis})",
        f"- Attributed revenue: {m(r.attributed_revenue)}; ROI {roi}",
        f"- Incremental revenue / cost (incremental ROI): {iroi}",
        "",
        "## Method",
        "",
        r.method,
        "",
    ]


def readout_html(r: Readout) -> str:
    """A self-contained page (inline CSS and SVG, no scripts, no external URLs)."""
    body = []
    in_table = False
    for line in r.to_markdown().splitlines():
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
                body.append(r.svg_chart())
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
        f"<title>Read-out {html.escape(r.plan_id)}</title><style>{style}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


def readout_svg(r: Readout) -> str:
    """Bars of the conversion rate per arm (overall and per channel) with 95% whiskers."""
    groups: list[tuple[str, ArmResult, ArmResult]] = [("all", r.treated, r.holdout)]
    groups += [(c.channel, c.treated, c.holdout) for c in r.channels]
    top = max([a.conversion_rate.high for _, t, h in groups for a in (t, h)] + [1e-6])
    w, h, pad = 120 * len(groups) + 40, 220, 30
    scale = (h - 2 * pad) / top
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' role='img' "
        "aria-label='Conversion rate, treated vs holdout, with 95% intervals'>"
    ]
    for i, (label, t, ho) in enumerate(groups):
        x0 = 40 + i * 120
        for j, (arm, colour) in enumerate(((t, "#2b6cb0"), (ho, "#a0aec0"))):
            x = x0 + j * 45
            y = h - pad - arm.conversion_rate.value * scale
            parts.append(
                f"<rect x='{x}' y='{y:.1f}' width='40' height='{arm.conversion_rate.value * scale:.1f}' "
                f"fill='{colour}'/>"
            )
            lo, hi = h - pad - arm.conversion_rate.low * scale, h - pad - arm.conversion_rate.high * scale
            parts.append(f"<line x1='{x + 20}' x2='{x + 20}' y1='{lo:.1f}' y2='{hi:.1f}' stroke='#000'/>")
            parts.append(
                f"<text x='{x + 20}' y='{y - 4:.1f}' font-size='10' text-anchor='middle'>"
                f"{arm.conversion_rate.value * 100:.1f}%</text>"
            )
        parts.append(
            f"<text x='{x0 + 42}' y='{h - 10}' font-size='12' text-anchor='middle'>{html.escape(label)}</text>"
        )
    parts.append(
        "<text x='4' y='14' font-size='11'>conversion: treated (blue) vs holdout (grey)</text></svg>"
    )
    return "".join(parts)
