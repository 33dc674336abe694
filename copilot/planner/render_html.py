"""The plan as a self-contained HTML report: inline CSS and inline SVG charts (audience reach by channel,
budget vs expected revenue, forecast ranges); no scripts and no external URLs, so it opens offline and
can be mailed. The template is ``templates/plan.html.j2``; labels and lines shared with the Markdown
come from :mod:`copilot.planner.render`.
"""

from __future__ import annotations

import html
import math
from importlib import resources
from typing import Any

from copilot.planner.plan_schema import CampaignPlan, Figure, format_number
from copilot.planner.render import STATUS_MARK, _label, offer_and_test_lines, plan_price
from copilot.planner.render_zh import ENGLISH, Words, words_for
from copilot.planner.render_zh_text import not_applied_in, plan_words

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


def svg_budget_vs_return(plan: CampaignPlan, width: int = 560, t: Words = ENGLISH) -> str:
    """Paired bars per channel: share of budget vs share of expected revenue."""
    cur = plan.currency
    rows = plan.channels
    total_rev = sum(c.expected_revenue.value for c in rows) or 1.0
    label_w, pad, bar_h, gap = 140, 10, 14, 14
    height = pad * 2 + 40 + len(rows) * (2 * bar_h + gap)
    plot_w = width - label_w - 120
    parts = [
        f'<svg role="img" aria-label="{_E(t("Budget and expected revenue by channel"))}" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">',
        f'<text x="{pad}" y="{pad + 12}" class="ct">{_E(t("Budget share vs expected revenue share"))}</text>',
        f'<rect x="{label_w}" y="{pad + 20}" width="10" height="10" fill="#999"/>'
        f'<text x="{label_w + 14}" y="{pad + 29}" class="cl">{_E(t("budget"))}</text>'
        f'<rect x="{label_w + 70}" y="{pad + 20}" width="10" height="10" fill="#999" fill-opacity="0.45"/>'
        f'<text x="{label_w + 84}" y="{pad + 29}" class="cl">{_E(t("expected revenue"))}</text>',
    ]
    y = pad + 40
    for c in rows:
        colour = PALETTE.get(c.channel, "#666")
        b_share = c.budget.value / plan.budget.total.value if plan.budget.total.value else 0.0
        r_share = c.expected_revenue.value / total_rev
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_h + 4}" text-anchor="end" class="cl">{_E(t.channel(c.channel))}</text>'
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


def plan_charts(plan: CampaignPlan, t: Words = ENGLISH) -> dict[str, str]:
    cur = plan.currency
    reach_rows = [(t("Audience"), plan.audience.size.value, plan.audience.size.fmt(cur), "#555")]
    reach_rows += [
        (
            t("{channel} (consented)", channel=t.channel(r.channel)),
            r.reachable.value,
            r.reachable.fmt(cur),
            PALETTE.get(r.channel, "#666"),
        )
        for r in plan.audience.reach
    ]
    reach_rows.append((t("Holdout"), plan.holdout.size.value, plan.holdout.size.fmt(cur), "#aaa"))
    revenue_rows = [
        (t.channel(c.channel), c.expected_revenue, PALETTE.get(c.channel, "#666")) for c in plan.channels
    ]
    revenue_rows.append((t("Total"), plan.forecast.revenue, PALETTE["total"]))
    conv_rows = [
        (t.channel(c.channel), c.expected_conversions, PALETTE.get(c.channel, "#666")) for c in plan.channels
    ]
    conv_rows.append((t("Total"), plan.forecast.conversions, PALETTE["total"]))
    return {
        "audience": svg_hbars(reach_rows, title=t("Audience and consent-based reach by channel")),
        "budget": svg_budget_vs_return(plan, t=t),
        "revenue": svg_ranges(revenue_rows, title=t("Forecast revenue (range)"), currency=cur),
        "conversions": svg_ranges(conv_rows, title=t("Forecast conversions (range)"), currency=cur),
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

    t = words_for(plan)
    w = plan_words(t)
    charts = {k: Markup(v) for k, v in plan_charts(plan, t).items()}  # SVG built from escaped parts
    template = _jinja_env().get_template("plan.html.j2")
    applied, not_applied = _reading_lines(plan, t)
    return str(
        template.render(
            plan=plan,
            cur=plan.currency,
            charts=charts,
            label=_label,
            mark=STATUS_MARK,
            price=plan_price,
            t=t,
            w=w,
            lang=("zh-Hant" if t.traditional else "zh") if t.zh else "en",
            name=w.name(plan),
            reading_applied=applied,
            reading_not_applied=not_applied,
            offer_and_test=[
                line[2:].replace("**", "").replace("`", "") for line in offer_and_test_lines(plan, t) if line
            ],
        )
    )


def _reading_lines(plan: CampaignPlan, t: Words) -> tuple[list[str], list[str]]:
    r = plan.brief.reading
    if r is None:
        return [], []
    return not_applied_in(r, t)
