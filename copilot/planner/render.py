"""Rendering a :class:`CampaignPlan` in the core's formats: Markdown and a self-contained HTML report.

* Markdown is what ``copilot plan`` prints and what the Slack Export button uploads.
* HTML has inline CSS and inline SVG charts (audience reach by channel, budget vs expected revenue,
  forecast ranges); no scripts and no external URLs, so it opens offline and can be mailed.
* JSON is the model itself (``plan.model_dump_json()``).

The HTML report and its charts are in :mod:`copilot.planner.render_html`. A face's own format lives in that face: Slack Block Kit and its action ids are in
:mod:`copilot.faces.slack.blocks`.
"""

from __future__ import annotations

from copilot.planner.offer_minimum import minimum_phrase, states_minimum
from copilot.planner.plan_schema import (
    CURRENCY_SYMBOLS,
    CampaignPlan,
    CheckResult,
    CopyVariant,
    Figure,
)
from copilot.planner.render_zh import ENGLISH, Words, words_for
from copilot.planner.render_zh_text import not_applied_in, plan_words

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


def variant_markdown(v: CopyVariant, t: Words = ENGLISH) -> str:
    lines = [f"**{t.channel(v.channel)} {v.variant}**" + (f" — _{v.angle}_" if v.angle else "")]
    colon = t.colon
    for name, value in (
        ("Subject", v.subject),
        ("Preheader", v.preheader),
        ("Title", v.title),
        ("Headline", v.headline),
    ):
        if value is not None:
            lines.append(f"- {t(name)}{colon}{value}")
    body = v.body.strip().replace("\n", "\n  > ")
    lines.append(f"- {t('Body')}{colon.rstrip()}\n  > {body}")
    if v.citations:
        lines.append(f"- {t('Claims and sources')}{colon.rstrip()}")
        for c in v.citations:
            ids = ", ".join(f"`{i}`" for i in c.fact_ids) or f"**{t('no source')}**"
            lines.append(f"  - {c.claim} — {ids}")
    return "\n".join(lines)


def offer_and_test_lines(plan: CampaignPlan, t: Words = ENGLISH) -> list[str]:
    """The offer and the A/B hypothesis, as Markdown lines above the copy (none when the plan has neither)."""
    out: list[str] = []
    w = plan_words(t)
    colon = t.colon
    o = plan.offer
    if o is not None:
        depth = (
            t("{pct}% off", pct=f"{o.depth_pct:g}", zhe=w.zhe(o.depth_pct))
            if o.depth_pct
            else o.words or w(o.type.replace("_", " "))
        )
        if o.min_order is not None and not states_minimum(depth, o.min_order):  # "15% off on orders of $75+", 满400 8.5折
            depth = f"{minimum_phrase(o, zh=True)} {depth}" if t.zh else f"{depth} {minimum_phrase(o)}"
        offer = t(
            "{depth}, code `{code}` (create it in the store), expires {expires}.",
            depth=depth,
            code=o.code,
            expires=t.date(o.expires, "%b %-d, %Y"),
        )
        out.append(f"- **{t('Offer')}**{colon}{offer}{t.sep}{w(o.reason)}{t.sep}{w(o.margin_note)}".rstrip())
    ab = plan.ab_test
    if ab is not None:
        arms = ("，" if t.zh else ", ").join(
            f"{t.channel(ch) if t.zh else ch} {n:,}" for ch, n in ab.sample_per_arm.items()
        )
        test = t(
            "{hypothesis} A = {a}, B = {b} (they differ in the {element} only). Metric: {metric}. Sample per arm: {arms}.",
            hypothesis=w(ab.hypothesis),
            a=w(ab.variant_a),
            b=w(ab.variant_b),
            element=w(ab.element),
            metric=w(ab.metric),
            arms=arms,
        )
        out.append(
            f"- **{t('A/B test')}**{colon}{test}" + (t(" {x}.", x=w(ab.mde_note)) if ab.mde_note else "")
        )
    if plan.copy_strategy:  # issue #13: which copy strategy wrote the copy (planner/rich_copy.py)
        out.append(f"- **{t('Copy')}**{colon}{w(plan.copy_strategy)}")
    return [*out, ""] if out else []


def check_line(c: CheckResult, t: Words = ENGLISH) -> str:
    where = f" `{c.target}`" if c.target else ""
    fixed = t(" _(repaired)_") if c.repaired else ""
    colon = t.colon
    return f"- {STATUS_MARK[c.status]} **{t.check(c.name)}**{where}{colon}{plan_words(t).details(c)}{fixed}"


def request_markdown(plan: CampaignPlan, t: Words = ENGLISH) -> list[str]:
    """How the brief was read: each applied value with its words, and what was NOT applied and why."""
    r = plan.brief.reading
    if r is None:
        return []
    applied, not_applied = not_applied_in(r, t)
    out = [f"## {t('How the brief was read')}", ""]
    out.extend(f"- {x}" for x in applied)
    if r.not_applied:
        out += ["", f"**{t('Not applied')}**" + (t(" — needs review") if r.changes_request() else ""), ""]
        out.extend(f"- {x}" for x in not_applied)
    if r.model_notes:
        out += ["", f"_{t('Read by the language model (assumptions):')}_", ""]
        out.extend(f"- {x}" for x in r.model_notes)
    out.append("")
    return out


def plan_to_markdown(plan: CampaignPlan) -> str:
    """The whole plan as Markdown, section by section (labels in the plan's language: :mod:`render_zh`)."""
    cur = plan.currency
    t = words_for(plan)
    out = _header(plan, t)
    out.extend(request_markdown(plan, t))
    if plan.failed_checks:
        out += [f"## ❌ {t('Failed checks')}", ""]
        out.extend(check_line(c, t) for c in plan.failed_checks)
        out.append("")
    out += _audience(plan, cur, t)
    out += _channels(plan, cur, t)
    out += _forecast(plan, cur, t)
    out += _kpis(plan, cur, t)
    out += _schedule(plan, t)
    out += _featured(plan, cur, t)
    out += [f"## {t('Copy (A/B)')}", ""]
    out.extend(offer_and_test_lines(plan, t))
    for v in plan.copy_variants:
        out += [variant_markdown(v, t), ""]
    w = plan_words(t)
    for title, items in (("Risks", plan.risks), ("Assumptions", plan.assumptions)):
        if items:
            out += [f"## {t(title)}", ""]
            out.extend(f"- {w(x)}" for x in items)
            out.append("")
    out += [f"## {t('Checks')}", ""]
    out.extend(check_line(c, t) for c in plan.checks)
    out.append("")
    out += _evidence(plan, t)
    return "\n".join(out).rstrip() + "\n"


def _header(plan: CampaignPlan, t: Words) -> list[str]:
    status = (
        t("✅ passed all checks")
        if plan.passed
        else t("❌ {n} check(s) FAILED — review below", n=len(plan.failed_checks))
    )
    if plan.passed and plan.warnings:  # a warning (a budget not applied, a spend above the forecast) is said up front
        status += t(" · ⚠️ {n} warning(s) — review below", n=len(plan.warnings))
    w = plan_words(t)
    out = [f"# {w.name(plan)}", ""]
    out.append(
        t(
            "_Plan `{plan_id}` · {start} → {end} · {status}_",
            plan_id=plan.plan_id,
            start=f"{plan.start_date:%Y-%m-%d}",
            end=f"{plan.end_date:%Y-%m-%d}",
            status=status,
        )
    )
    if plan.approval:
        at = f"{plan.approval.approved_at:%Y-%m-%d %H:%M %Z}"
        out.append(t("_Approved by {approver} at {at}_", approver=plan.approval.approver, at=at))
    out += [
        "",
        t("**Objective.** {objective}", objective=w(plan.objective)),
        "",
        t("> Brief: {brief}", brief=plan.brief.text or plan.brief.goal),
        "",
    ]
    return out


def _audience(plan: CampaignPlan, cur: str, t: Words) -> list[str]:
    a = plan.audience
    w = plan_words(t)
    out = [
        f"## {t('Audience')}",
        "",
        f"{w.audience(plan)}",
        "",
        t("- Size: **{size}** customers", size=a.size.fmt(cur)),
    ]
    for r in a.reach:
        how = t("matched audience, no opt-in needed") if r.channel == "paid_social" else t("consented")
        out.append(
            t(
                "- Reachable by {channel} ({how}): {n}",
                channel=t.channel(r.channel),
                how=how,
                n=r.reachable.fmt(cur),
            )
        )
    h = plan.holdout
    out.append(
        t(
            "- Holdout: **{size}** customers ({share}), never contacted. {method}",
            size=h.size.fmt(cur),
            share=h.share.fmt(cur),
            method=w(h.method),
        )
    )
    out.append("")
    return out


def _channels(plan: CampaignPlan, cur: str, t: Words) -> list[str]:
    w = plan_words(t)
    out = [f"## {t('Channels and budget')}", ""]
    out.append(
        t(
            "| channel | role | recipients | messages each | conv. per message | conversions | revenue | budget | return |"
        )
    )
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for c in plan.channels:
        out.append(
            f"| {t.channel(c.channel)} | {_md_cell(w(c.role))} | {c.audience.fmt(cur)} | {c.sends} | "
            f"{_fig_range(c.conversion_rate, cur)} | {_fig_range(c.expected_conversions, cur)} | "
            f"{_fig_range(c.expected_revenue, cur)} | {c.budget.fmt(cur)} | {c.roi.fmt(cur)} |"
        )
    out += [
        "",
        t("No budget applied: the cost of the sends is **{total}**. {rule}" if plan.budget.sized_to_sends else "Total budget **{total}**. {rule}",
          total=plan.budget.total.fmt(cur), rule=w(plan.budget.rule)),
        "",
    ]
    colon = t.colon
    out.extend(
        f"{STATUS_MARK[c.status]} **{t('Spend')}**{colon}{w.details(c)}\n" for c in spend_warnings(plan)
    )
    return out


def spend_warnings(plan: CampaignPlan) -> list[CheckResult]:
    """The spend check's warning (budget above what the forecast returns), shown beside the budget."""
    return [c for c in plan.checks if c.name == "spend" and c.status == "warn"]


def _forecast(plan: CampaignPlan, cur: str, t: Words) -> list[str]:
    f = plan.forecast
    w = plan_words(t)
    out = [f"## {t('Forecast')}", ""]
    out.append(t("- Conversions: **{x}**", x=f.conversions.fmt_range(cur)))
    out.append(t("- Revenue: **{x}**", x=f.revenue.fmt_range(cur)))
    if f.incremental_revenue is not None:
        out.append(t("- Incremental (vs. holdout baseline): {x}", x=f.incremental_revenue.fmt_range(cur)))
    if f.roi is not None:
        out.append(t("- Return on budget: {x}", x=f.roi.fmt(cur)))
    out.append(t("- Horizon: {days} days. {method}", days=f.horizon_days, method=w(f.method)))
    if f.notes:
        out.append(t("- Forecast assumptions:"))
        out.extend(f"  - {w(n)}" for n in f.notes)
    out.append("")
    return out


def _kpis(plan: CampaignPlan, cur: str, t: Words) -> list[str]:
    w = plan_words(t)
    colon = t.colon
    out = [f"## {t('KPIs and lift measurement')}", ""]
    for k in plan.kpis:
        target = t(" Target {x}.", x=k.target.fmt_range(cur)) if k.target else ""
        out.append(f"- **{w(k.name)}**{colon}{w(k.definition)}{target}{t.sep}{w(k.measurement)}".rstrip())
    out += [f"- **{t('Lift')}**{colon}{w(plan.holdout.lift_measurement)}", ""]
    return out


def _schedule(plan: CampaignPlan, t: Words) -> list[str]:
    w = plan_words(t)
    out = [
        f"## {t('Schedule')}",
        "",
        t("| date | channel | step | variants | note |"),
        "|---|---|---|---|---|",
    ]
    for s in plan.schedule:
        out.append(
            f"| {t.day(s.send_date, '%a %Y-%m-%d')} | {t.channel(s.channel)} | {_md_cell(w(s.step))} | "
            f"{'/'.join(s.variants)} | {_md_cell(w(s.audience_note))} |"
        )
    out.append("")
    return out


def _featured(plan: CampaignPlan, cur: str, t: Words) -> list[str]:
    if not plan.featured_products:
        return []
    out = [f"## {t('Featured products')}", ""]
    for pid in plan.featured_products:
        p = plan.evidence.catalog.get(pid, {})
        price = p.get("price")
        price_s = f" — {plan_price(price, cur)}" if isinstance(price, int | float) else ""
        out.append(f"- `{pid}` {p.get('name', '')}{price_s}")
    out.append("")
    return out


def _evidence(plan: CampaignPlan, t: Words) -> list[str]:
    w = plan_words(t)
    colon = t.colon
    out = [f"## {t('Evidence')}", ""]
    for name, item in plan.evidence.items.items():
        out.append(f"- **{name}** (`{item.tool}`){colon}{w(item.summary)}")
    if plan.evidence.facts:
        out.append(f"- **{t('facts')}**{colon}" + ", ".join(f"`{x.fact_id}`" for x in plan.evidence.facts))
    out.append("")
    led = plan.ledger
    models = ", ".join(led.models) or plan.model
    out.append(
        t(
            "_Cost: {calls} LLM call(s), {tokens_in} tokens in / {tokens_out} out, {seconds} s, ${usd}",
            calls=led.llm_calls,
            tokens_in=f"{led.tokens_in:,}",
            tokens_out=f"{led.tokens_out:,}",
            seconds=f"{led.seconds:.1f}",
            usd=f"{led.cost_usd:.4f}",
        )
        + (t(" · model {model}", model=models) if (led.models or plan.model) else "")
        + "_"
    )
    return out


def plan_price(value: float, currency: str) -> str:
    sym = CURRENCY_SYMBOLS.get(currency)
    return f"{sym}{value:,.2f}" if sym else f"{value:,.2f} {currency}"
