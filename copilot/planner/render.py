"""Rendering a :class:`CampaignPlan` in the core's formats: Markdown and a self-contained HTML report.

* Markdown is what ``copilot plan`` prints and what the Slack Export button uploads.
* HTML has inline CSS and inline SVG charts (audience reach by channel, budget vs expected revenue,
  forecast ranges); no scripts and no external URLs, so it opens offline and can be mailed.
* JSON is the model itself (``plan.model_dump_json()``).

A face's own format lives in that face: Slack Block Kit and its action ids are in
:mod:`copilot.faces.slack.blocks`.
"""

from __future__ import annotations

import html
import math
from importlib import resources
from typing import Any

from copilot.planner.models import (
    CURRENCY_SYMBOLS,
    CampaignPlan,
    CheckResult,
    CopyVariant,
    Figure,
    format_number,
)

CHANNEL_LABELS = {"email": "Email", "sms": "SMS", "push": "Push", "paid_social": "Paid social"}
STATUS_MARK = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


def _label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def _md_cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


# ============================================================================================
# Markdown
# ============================================================================================


def _fig(f: Figure | None, cur: str) -> str:
    return "–" if f is None else f.fmt(cur)


def _fig_range(f: Figure | None, cur: str) -> str:
    return "–" if f is None else f.fmt_range(cur)


def variant_markdown(v: CopyVariant) -> str:
    lines = [f"**{_label(v.channel)} {v.variant}**" + (f" — _{v.angle}_" if v.angle else "")]
    if v.subject is not None:
        lines.append(f"- Subject: {v.subject}")
    if v.preheader is not None:
        lines.append(f"- Preheader: {v.preheader}")
    if v.title is not None:
        lines.append(f"- Title: {v.title}")
    if v.headline is not None:
        lines.append(f"- Headline: {v.headline}")
    body = v.body.strip().replace("\n", "\n  > ")
    lines.append(f"- Body:\n  > {body}")
    if v.citations:
        lines.append("- Claims and sources:")
        for c in v.citations:
            ids = ", ".join(f"`{i}`" for i in c.fact_ids) or "**no source**"
            lines.append(f"  - {c.claim} — {ids}")
    return "\n".join(lines)


def offer_and_test_lines(plan: CampaignPlan) -> list[str]:
    """The offer and the A/B hypothesis, as Markdown lines above the copy (none when the plan has neither)."""
    out: list[str] = []
    o = plan.offer
    if o is not None:
        depth = f"{o.depth_pct:g}% off" if o.depth_pct else o.type.replace("_", " ")
        out.append(
            f"- **Offer**: {depth}, code `{o.code}` (create it in the store), expires {o.expires:%b %-d, %Y}. "
            f"{o.reason} {o.margin_note}".rstrip()
        )
    t = plan.ab_test
    if t is not None:
        arms = ", ".join(f"{ch} {n:,}" for ch, n in t.sample_per_arm.items())
        out.append(
            f"- **A/B test**: {t.hypothesis} A = {t.variant_a}, B = {t.variant_b} (they differ in the {t.element} "
            f"only). Metric: {t.metric}. Sample per arm: {arms}." + (f" {t.mde_note}." if t.mde_note else "")
        )
    if plan.copy_strategy:  # issue #13: which copy strategy wrote the copy (planner/rich_copy.py)
        out.append(f"- **Copy**: {plan.copy_strategy}")
    return [*out, ""] if out else []


def check_line(c: CheckResult) -> str:
    where = f" `{c.target}`" if c.target else ""
    fixed = " _(repaired)_" if c.repaired else ""
    return f"- {STATUS_MARK[c.status]} **{c.name}**{where}: {c.details}{fixed}"


def request_markdown(plan: CampaignPlan) -> list[str]:
    """How the brief was read: each applied value with its words, and what was NOT applied and why."""
    r = plan.brief.reading
    if r is None:
        return []
    from copilot.reading.render import applied_lines, not_applied_lines

    out = ["## How the brief was read", ""]
    out.extend(f"- {x}" for x in applied_lines(r))
    if r.not_applied:
        out += ["", "**Not applied**" + (" — needs review" if r.changes_request() else ""), ""]
        out.extend(f"- {x}" for x in not_applied_lines(r))
    if r.model_notes:
        out += ["", "_Read by the language model (assumptions):_", ""]
        out.extend(f"- {x}" for x in r.model_notes)
    out.append("")
    return out


def plan_to_markdown(plan: CampaignPlan) -> str:
    cur = plan.currency
    out: list[str] = []
    status = (
        "✅ passed all checks"
        if plan.passed
        else f"❌ {len(plan.failed_checks)} check(s) FAILED — review below"
    )
    out.append(f"# {plan.name}")
    out.append("")
    out.append(f"_Plan `{plan.plan_id}` · {plan.start_date:%Y-%m-%d} → {plan.end_date:%Y-%m-%d} · {status}_")
    if plan.approval:
        out.append(f"_Approved by {plan.approval.approver} at {plan.approval.approved_at:%Y-%m-%d %H:%M %Z}_")
    out.append("")
    out.append(f"**Objective.** {plan.objective}")
    out.append("")
    out.append(f"> Brief: {plan.brief.text or plan.brief.goal}")
    out.append("")
    out.extend(request_markdown(plan))

    if plan.failed_checks:
        out.append("## ❌ Failed checks")
        out.append("")
        out.extend(check_line(c) for c in plan.failed_checks)
        out.append("")

    a = plan.audience
    out.append("## Audience")
    out.append("")
    out.append(f"{a.definition}")
    out.append("")
    out.append(f"- Size: **{a.size.fmt(cur)}** customers")
    for r in a.reach:
        how = "matched audience, no opt-in needed" if r.channel == "paid_social" else "consented"
        out.append(f"- Reachable by {_label(r.channel)} ({how}): {r.reachable.fmt(cur)}")
    h = plan.holdout
    out.append(
        f"- Holdout: **{h.size.fmt(cur)}** customers ({h.share.fmt(cur)}), never contacted. {h.method}"
    )
    out.append("")

    out.append("## Channels and budget")
    out.append("")
    out.append(
        "| channel | role | recipients | messages each | conv. per message | conversions | revenue | budget | return |"
    )
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for c in plan.channels:
        out.append(
            f"| {_label(c.channel)} | {_md_cell(c.role)} | {c.audience.fmt(cur)} | {c.sends} | "
            f"{_fig_range(c.conversion_rate, cur)} | {_fig_range(c.expected_conversions, cur)} | "
            f"{_fig_range(c.expected_revenue, cur)} | {c.budget.fmt(cur)} | {c.roi.fmt(cur)} |"
        )
    out.append("")
    out.append(f"Total budget **{plan.budget.total.fmt(cur)}**. {plan.budget.rule}")
    out.append("")

    f = plan.forecast
    out.append("## Forecast")
    out.append("")
    out.append(f"- Conversions: **{f.conversions.fmt_range(cur)}**")
    out.append(f"- Revenue: **{f.revenue.fmt_range(cur)}**")
    if f.incremental_revenue is not None:
        out.append(f"- Incremental (vs. holdout baseline): {f.incremental_revenue.fmt_range(cur)}")
    if f.roi is not None:
        out.append(f"- Return on budget: {f.roi.fmt(cur)}")
    out.append(f"- Horizon: {f.horizon_days} days. {f.method}")
    if f.notes:
        out.append("- Forecast assumptions:")
        out.extend(f"  - {n}" for n in f.notes)
    out.append("")

    out.append("## KPIs and lift measurement")
    out.append("")
    for k in plan.kpis:
        target = f" Target {k.target.fmt_range(cur)}." if k.target else ""
        out.append(f"- **{k.name}**: {k.definition}{target} {k.measurement}".rstrip())
    out.append(f"- **Lift**: {h.lift_measurement}")
    out.append("")

    out.append("## Schedule")
    out.append("")
    out.append("| date | channel | step | variants | note |")
    out.append("|---|---|---|---|---|")
    for s in plan.schedule:
        out.append(
            f"| {s.send_date:%a %Y-%m-%d} | {_label(s.channel)} | {_md_cell(s.step)} | {'/'.join(s.variants)} | "
            f"{_md_cell(s.audience_note)} |"
        )
    out.append("")

    if plan.featured_products:
        out.append("## Featured products")
        out.append("")
        for pid in plan.featured_products:
            p = plan.evidence.catalog.get(pid, {})
            price = p.get("price")
            price_s = f" — {plan_price(price, cur)}" if isinstance(price, int | float) else ""
            out.append(f"- `{pid}` {p.get('name', '')}{price_s}")
        out.append("")

    out.append("## Copy (A/B)")
    out.append("")
    out.extend(offer_and_test_lines(plan))
    for v in plan.copy_variants:
        out.append(variant_markdown(v))
        out.append("")

    if plan.risks:
        out.append("## Risks")
        out.append("")
        out.extend(f"- {r}" for r in plan.risks)
        out.append("")
    if plan.assumptions:
        out.append("## Assumptions")
        out.append("")
        out.extend(f"- {x}" for x in plan.assumptions)
        out.append("")

    out.append("## Checks")
    out.append("")
    out.extend(check_line(c) for c in plan.checks)
    out.append("")

    out.append("## Evidence")
    out.append("")
    for name, item in plan.evidence.items.items():
        out.append(f"- **{name}** (`{item.tool}`): {item.summary}")
    if plan.evidence.facts:
        out.append("- **facts**: " + ", ".join(f"`{x.fact_id}`" for x in plan.evidence.facts))
    out.append("")
    led = plan.ledger
    out.append(
        f"_Cost: {led.llm_calls} LLM call(s), {led.tokens_in:,} tokens in / {led.tokens_out:,} out, "
        f"{led.seconds:.1f} s, ${led.cost_usd:.4f}"
        + (f" · model {', '.join(led.models) or plan.model}" if (led.models or plan.model) else "")
        + "_"
    )
    return "\n".join(out).rstrip() + "\n"


def plan_price(value: float, currency: str) -> str:
    sym = CURRENCY_SYMBOLS.get(currency)
    return f"{sym}{value:,.2f}" if sym else f"{value:,.2f} {currency}"


# ============================================================================================
# HTML (inline SVG charts)
# ============================================================================================

PALETTE = {"email": "#2f6f4f", "sms": "#c9733a", "push": "#3a6fc9", "paid_social": "#8a4fb0", "total": "#444"}
_E = html.escape


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * exp:
            return m * exp
    return 10 * exp


def svg_hbars(
    rows: list[tuple[str, float, str, str]], *, title: str, width: int = 560, bar_h: int = 22
) -> str:
    """Horizontal bars: ``(label, value, value text, colour)`` rows."""
    label_w, pad, gap = 140, 10, 8
    height = pad * 2 + 24 + len(rows) * (bar_h + gap)
    vmax = _nice_max(max((r[1] for r in rows), default=1.0))
    plot_w = width - label_w - 90
    parts = [
        f'<svg role="img" aria-label="{_E(title)}" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<text x="{pad}" y="{pad + 12}" class="ct">{_E(title)}</text>',
    ]
    y = pad + 24
    for label, value, text, colour in rows:
        w = 0.0 if vmax <= 0 else max(0.0, value) / vmax * plot_w
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_h * 0.7:.1f}" text-anchor="end" class="cl">{_E(label)}</text>'
        )
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" fill="{colour}"/>')
        parts.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}" class="cv">{_E(text)}</text>'
        )
        y += bar_h + gap
    parts.append("</svg>")
    return "".join(parts)


def svg_budget_vs_return(plan: CampaignPlan, width: int = 560) -> str:
    """Paired bars per channel: share of budget vs share of expected revenue."""
    cur = plan.currency
    rows = plan.channels
    total_rev = sum(c.expected_revenue.value for c in rows) or 1.0
    label_w, pad, bar_h, gap = 140, 10, 14, 14
    height = pad * 2 + 40 + len(rows) * (2 * bar_h + gap)
    plot_w = width - label_w - 120
    parts = [
        f'<svg role="img" aria-label="Budget and expected revenue by channel" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<text x="{pad}" y="{pad + 12}" class="ct">Budget share vs expected revenue share</text>',
        f'<rect x="{label_w}" y="{pad + 20}" width="10" height="10" fill="#999"/>'
        f'<text x="{label_w + 14}" y="{pad + 29}" class="cl">budget</text>'
        f'<rect x="{label_w + 70}" y="{pad + 20}" width="10" height="10" fill="#999" fill-opacity="0.45"/>'
        f'<text x="{label_w + 84}" y="{pad + 29}" class="cl">expected revenue</text>',
    ]
    y = pad + 40
    for c in rows:
        colour = PALETTE.get(c.channel, "#666")
        b_share = c.budget.value / plan.budget.total.value if plan.budget.total.value else 0.0
        r_share = c.expected_revenue.value / total_rev
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_h + 4}" text-anchor="end" class="cl">{_E(_label(c.channel))}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y}" width="{b_share * plot_w:.1f}" height="{bar_h}" fill="{colour}"/>'
        )
        parts.append(
            f'<text x="{label_w + b_share * plot_w + 6:.1f}" y="{y + bar_h - 3}" class="cv">'
            f"{b_share:.0%} · {_E(c.budget.fmt(cur))}</text>"
        )
        y2 = y + bar_h
        parts.append(
            f'<rect x="{label_w}" y="{y2}" width="{r_share * plot_w:.1f}" height="{bar_h}" fill="{colour}" '
            'fill-opacity="0.45"/>'
        )
        parts.append(
            f'<text x="{label_w + r_share * plot_w + 6:.1f}" y="{y2 + bar_h - 3}" class="cv">'
            f"{r_share:.0%} · {_E(c.expected_revenue.fmt(cur))}</text>"
        )
        y += 2 * bar_h + gap
    parts.append("</svg>")
    return "".join(parts)


def svg_ranges(rows: list[tuple[str, Figure, str]], *, title: str, currency: str, width: int = 560) -> str:
    """Point estimates with low–high whiskers: ``(label, figure, colour)`` rows."""
    label_w, pad, row_h = 140, 10, 30
    height = pad * 2 + 34 + len(rows) * row_h
    vmax = _nice_max(max(((r[1].high if r[1].high is not None else r[1].value) for r in rows), default=1.0))
    plot_w = width - label_w - 40

    def x(v: float) -> float:
        return label_w + max(0.0, v) / vmax * plot_w

    parts = [
        f'<svg role="img" aria-label="{_E(title)}" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<text x="{pad}" y="{pad + 12}" class="ct">{_E(title)}</text>',
    ]
    axis_y = pad + 34 + len(rows) * row_h - 8
    for i in range(5):
        v = vmax * i / 4
        parts.append(f'<line x1="{x(v):.1f}" y1="{pad + 22}" x2="{x(v):.1f}" y2="{axis_y}" class="grid"/>')
        parts.append(
            f'<text x="{x(v):.1f}" y="{axis_y + 12}" text-anchor="middle" class="ax">'
            f"{_E(format_number(v, rows[0][1].unit if rows else 'count', currency))}</text>"
        )
    y = pad + 34
    for label, fig, colour in rows:
        lo = fig.low if fig.low is not None else fig.value
        hi = fig.high if fig.high is not None else fig.value
        cy = y + 8
        parts.append(f'<text x="{label_w - 6}" y="{cy + 4}" text-anchor="end" class="cl">{_E(label)}</text>')
        parts.append(
            f'<line x1="{x(lo):.1f}" y1="{cy}" x2="{x(hi):.1f}" y2="{cy}" stroke="{colour}" stroke-width="3"/>'
        )
        for end in (lo, hi):
            parts.append(
                f'<line x1="{x(end):.1f}" y1="{cy - 6}" x2="{x(end):.1f}" y2="{cy + 6}" stroke="{colour}" '
                'stroke-width="2"/>'
            )
        parts.append(f'<circle cx="{x(fig.value):.1f}" cy="{cy}" r="5" fill="{colour}"/>')
        parts.append(f"<title>{_E(label)}: {_E(fig.fmt_range(currency))}</title>")
        y += row_h
    parts.append("</svg>")
    return "".join(parts)


def plan_charts(plan: CampaignPlan) -> dict[str, str]:
    cur = plan.currency
    reach_rows = [("Audience", plan.audience.size.value, plan.audience.size.fmt(cur), "#555")]
    reach_rows += [
        (
            f"{_label(r.channel)} (consented)",
            r.reachable.value,
            r.reachable.fmt(cur),
            PALETTE.get(r.channel, "#666"),
        )
        for r in plan.audience.reach
    ]
    reach_rows.append(("Holdout", plan.holdout.size.value, plan.holdout.size.fmt(cur), "#aaa"))
    revenue_rows = [
        (_label(c.channel), c.expected_revenue, PALETTE.get(c.channel, "#666")) for c in plan.channels
    ]
    revenue_rows.append(("Total", plan.forecast.revenue, PALETTE["total"]))
    conv_rows = [
        (_label(c.channel), c.expected_conversions, PALETTE.get(c.channel, "#666")) for c in plan.channels
    ]
    conv_rows.append(("Total", plan.forecast.conversions, PALETTE["total"]))
    return {
        "audience": svg_hbars(reach_rows, title="Audience and consent-based reach by channel"),
        "budget": svg_budget_vs_return(plan),
        "revenue": svg_ranges(revenue_rows, title="Forecast revenue (range)", currency=cur),
        "conversions": svg_ranges(conv_rows, title="Forecast conversions (range)", currency=cur),
    }


def _jinja_env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: (
                resources.files("copilot.planner").joinpath("templates", name).read_text(encoding="utf-8")
            )
        ),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def plan_to_html(plan: CampaignPlan) -> str:
    from markupsafe import Markup

    charts = {k: Markup(v) for k, v in plan_charts(plan).items()}  # SVG built from escaped parts
    template = _jinja_env().get_template("plan.html.j2")
    return str(
        template.render(
            plan=plan,
            cur=plan.currency,
            charts=charts,
            label=_label,
            mark=STATUS_MARK,
            price=plan_price,
            reading_applied=_reading_lines(plan)[0],
            reading_not_applied=_reading_lines(plan)[1],
            offer_and_test=[line[2:].replace("**", "").replace("`", "") for line in offer_and_test_lines(plan) if line],
        )
    )


def _reading_lines(plan: CampaignPlan) -> tuple[list[str], list[str]]:
    r = plan.brief.reading
    if r is None:
        return [], []
    from copilot.reading.render import applied_lines, not_applied_lines

    return applied_lines(r), not_applied_lines(r)
