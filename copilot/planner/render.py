"""Rendering a :class:`CampaignPlan` in the core's formats: Markdown and a self-contained HTML report.

* Markdown is what ``copilot plan`` prints and what the Slack Export button uploads.
* HTML has inline CSS and inline SVG charts (audience reach by channel, budget vs expected revenue,
  forecast ranges); no scripts and no external URLs, so it opens offline and can be mailed.
* JSON is the model itself (``plan.model_dump_json()``).

The HTML report and its charts are in :mod:`copilot.planner.render_html`. A face's own format lives in that face: Slack Block Kit and its action ids are in
:mod:`copilot.faces.slack.blocks`.
"""

from __future__ import annotations

from copilot.planner.plan_schema import (
    CURRENCY_SYMBOLS,
    CampaignPlan,
    CheckResult,
    CopyVariant,
    Figure,
)

CHANNEL_LABELS = {"email": "Email", "sms": "SMS", "push": "Push", "paid_social": "Paid social"}
STATUS_MARK = {"pass": "✅", "warn": "⚠️", "fail": "❌"}


def _label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def _md_cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


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
    """The whole plan as Markdown, section by section."""
    cur = plan.currency
    out = _header(plan)
    out.extend(request_markdown(plan))
    if plan.failed_checks:
        out += ["## ❌ Failed checks", ""]
        out.extend(check_line(c) for c in plan.failed_checks)
        out.append("")
    out += _audience(plan, cur)
    out += _channels(plan, cur)
    out += _forecast(plan, cur)
    out += _kpis(plan, cur)
    out += _schedule(plan)
    out += _featured(plan, cur)
    out += ["## Copy (A/B)", ""]
    out.extend(offer_and_test_lines(plan))
    for v in plan.copy_variants:
        out += [variant_markdown(v), ""]
    for title, items in (("Risks", plan.risks), ("Assumptions", plan.assumptions)):
        if items:
            out += [f"## {title}", ""]
            out.extend(f"- {x}" for x in items)
            out.append("")
    out += ["## Checks", ""]
    out.extend(check_line(c) for c in plan.checks)
    out.append("")
    out += _evidence(plan)
    return "\n".join(out).rstrip() + "\n"


def _header(plan: CampaignPlan) -> list[str]:
    status = (
        "✅ passed all checks"
        if plan.passed
        else f"❌ {len(plan.failed_checks)} check(s) FAILED — review below"
    )
    out = [f"# {plan.name}", ""]
    out.append(f"_Plan `{plan.plan_id}` · {plan.start_date:%Y-%m-%d} → {plan.end_date:%Y-%m-%d} · {status}_")
    if plan.approval:
        out.append(f"_Approved by {plan.approval.approver} at {plan.approval.approved_at:%Y-%m-%d %H:%M %Z}_")
    out += ["", f"**Objective.** {plan.objective}", "", f"> Brief: {plan.brief.text or plan.brief.goal}", ""]
    return out


def _audience(plan: CampaignPlan, cur: str) -> list[str]:
    a = plan.audience
    out = ["## Audience", "", f"{a.definition}", "", f"- Size: **{a.size.fmt(cur)}** customers"]
    for r in a.reach:
        how = "matched audience, no opt-in needed" if r.channel == "paid_social" else "consented"
        out.append(f"- Reachable by {_label(r.channel)} ({how}): {r.reachable.fmt(cur)}")
    h = plan.holdout
    out.append(
        f"- Holdout: **{h.size.fmt(cur)}** customers ({h.share.fmt(cur)}), never contacted. {h.method}"
    )
    out.append("")
    return out


def _channels(plan: CampaignPlan, cur: str) -> list[str]:
    out = ["## Channels and budget", ""]
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
    out += ["", f"Total budget **{plan.budget.total.fmt(cur)}**. {plan.budget.rule}", ""]
    out.extend(f"{STATUS_MARK[c.status]} **Spend**: {c.details}\n" for c in spend_warnings(plan))
    return out


def spend_warnings(plan: CampaignPlan) -> list[CheckResult]:
    """The spend check's warning (budget above what the forecast returns), shown beside the budget."""
    return [c for c in plan.checks if c.name == "spend" and c.status == "warn"]


def _forecast(plan: CampaignPlan, cur: str) -> list[str]:
    f = plan.forecast
    out = ["## Forecast", ""]
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
    return out


def _kpis(plan: CampaignPlan, cur: str) -> list[str]:
    out = ["## KPIs and lift measurement", ""]
    for k in plan.kpis:
        target = f" Target {k.target.fmt_range(cur)}." if k.target else ""
        out.append(f"- **{k.name}**: {k.definition}{target} {k.measurement}".rstrip())
    out += [f"- **Lift**: {plan.holdout.lift_measurement}", ""]
    return out


def _schedule(plan: CampaignPlan) -> list[str]:
    out = ["## Schedule", "", "| date | channel | step | variants | note |", "|---|---|---|---|---|"]
    for s in plan.schedule:
        out.append(
            f"| {s.send_date:%a %Y-%m-%d} | {_label(s.channel)} | {_md_cell(s.step)} | {'/'.join(s.variants)} | "
            f"{_md_cell(s.audience_note)} |"
        )
    out.append("")
    return out


def _featured(plan: CampaignPlan, cur: str) -> list[str]:
    if not plan.featured_products:
        return []
    out = ["## Featured products", ""]
    for pid in plan.featured_products:
        p = plan.evidence.catalog.get(pid, {})
        price = p.get("price")
        price_s = f" — {plan_price(price, cur)}" if isinstance(price, int | float) else ""
        out.append(f"- `{pid}` {p.get('name', '')}{price_s}")
    out.append("")
    return out


def _evidence(plan: CampaignPlan) -> list[str]:
    out = ["## Evidence", ""]
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
    return out


def plan_price(value: float, currency: str) -> str:
    sym = CURRENCY_SYMBOLS.get(currency)
    return f"{sym}{value:,.2f}" if sym else f"{value:,.2f} {currency}"
