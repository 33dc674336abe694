"""The Slack face's rendering of a :class:`~copilot.planner.plan_schema.CampaignPlan`: Block Kit blocks.

The blocks stay within Slack's limits (50 blocks a message, 3000 characters a section text, 150 a
header, 10 fields of 2000) and end with Approve / Export / Regenerate copy buttons whose ``value``
is the plan id; their action ids are :data:`SLACK_ACTIONS`, which the app's listeners are bound to.
The core's formats (Markdown, HTML, JSON) stay with the plan (:mod:`copilot.planner.render`).
"""

from __future__ import annotations

from typing import Any

from copilot.planner.plan_schema import CampaignPlan, CopyVariant
from copilot.planner.render import CHANNEL_LABELS

SLACK_ACTIONS = {
    "approve": "copilot_plan_approve",
    "export": "copilot_plan_export",
    "regenerate": "copilot_plan_regenerate",
}
SLACK_MAX_BLOCKS = 50
SLACK_MAX_TEXT = 3000
SLACK_MAX_HEADER = 150
SLACK_MAX_FIELD = 2000


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def _label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, channel)


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, SLACK_MAX_TEXT)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(text, SLACK_MAX_TEXT)}]}


def _fields(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "type": "section",
        "fields": [{"type": "mrkdwn", "text": _clip(f"*{k}*\n{v}", SLACK_MAX_FIELD)} for k, v in pairs[:10]],
    }


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def variant_slack(v: CopyVariant) -> str:
    lines = [f"*{_label(v.channel)} {v.variant}*" + (f" — _{_slack_escape(v.angle)}_" if v.angle else "")]
    for name in ("subject", "preheader", "title", "headline"):
        val = getattr(v, name)
        if val is not None:
            lines.append(f"*{name.capitalize()}:* {_slack_escape(val)}")
    body = _slack_escape(v.body.strip()).replace("\n", "\n>")
    lines.append(f">{body}")
    return "\n".join(lines)


def plan_to_slack_blocks(plan: CampaignPlan) -> list[dict[str, Any]]:
    """Block Kit blocks (≤ 50 blocks, ≤ 3000 characters a text) with Approve/Export/Regenerate buttons."""
    cur = plan.currency
    blocks = _head_blocks(plan)
    blocks.append({"type": "divider"})
    blocks += _numbers_blocks(plan, cur)
    blocks.append({"type": "divider"})
    reserve = 3  # divider + warnings context + actions
    for v in plan.copy_variants:
        if len(blocks) + 2 + reserve > SLACK_MAX_BLOCKS:
            break
        blocks.append(_section(variant_slack(v)))
        if v.citations:
            cites = "; ".join(
                f"{_slack_escape(_clip(c.claim, 80))} → "
                + (", ".join(f"`{i}`" for i in c.fact_ids) or "*no source*")
                for c in v.citations
            )
            blocks.append(_context("Sources: " + cites))
        else:
            blocks.append(_context("No product claims."))

    warns = plan.warnings
    if warns and len(blocks) + 2 <= SLACK_MAX_BLOCKS:
        blocks.append(_context("⚠️ " + " · ".join(f"{c.name} {c.target or ''}: {c.details}" for c in warns)))
    blocks.append(_plan_buttons(plan))
    return blocks[:SLACK_MAX_BLOCKS]


def _head_blocks(plan: CampaignPlan) -> list[dict[str, Any]]:
    """Name, objective and status, dates and approval, failed checks, what was not applied."""
    blocks: list[dict[str, Any]] = []
    status = "✅ Passed all checks" if plan.passed else f"❌ {len(plan.failed_checks)} check(s) failed"
    blocks.append(
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _clip(plan.name, SLACK_MAX_HEADER), "emoji": True},
        }
    )
    blocks.append(_section(f"{_slack_escape(plan.objective)}\n{status}"))
    ctx = f"Plan `{plan.plan_id}` · {plan.start_date:%b %-d} → {plan.end_date:%b %-d, %Y}"
    if plan.approval:
        ctx += f" · approved by {_slack_escape(plan.approval.approver)} {plan.approval.approved_at:%Y-%m-%d %H:%M}"
    blocks.append(_context(ctx))

    if plan.failed_checks:
        lines = [f"❌ *{c.name}* `{c.target or ''}`: {_slack_escape(c.details)}" for c in plan.failed_checks]
        blocks.append(_section("*Failed checks — fix before approving*\n" + "\n".join(lines)))

    reading = plan.brief.reading
    if reading is not None and reading.not_applied:
        from copilot.reading.render import not_applied_lines

        head = "*Not applied — needs review*" if reading.changes_request() else "*Not applied*"
        blocks.append(
            _section(
                _clip(
                    head + "\n" + "\n".join(f"• {_slack_escape(x)}" for x in not_applied_lines(reading)), 2900
                )
            )
        )
    return blocks


def _numbers_blocks(plan: CampaignPlan, cur: str) -> list[dict[str, Any]]:
    """Audience and reach, channels, forecast, lift measurement and schedule."""
    blocks: list[dict[str, Any]] = []
    a = plan.audience
    blocks.append(_section(f"*Audience*\n{_slack_escape(a.definition)}"))
    pairs = [
        ("Size", a.size.fmt(cur)),
        ("Holdout", f"{plan.holdout.size.fmt(cur)} ({plan.holdout.share.fmt(cur)})"),
    ]
    pairs += [(f"Reachable · {_label(r.channel)}", r.reachable.fmt(cur)) for r in a.reach]
    blocks.append(_fields(pairs))

    rows = ["channel      recipients  budget     revenue (range)"]
    for c in plan.channels:
        rows.append(
            f"{_label(c.channel):<12} {c.audience.fmt(cur):>10}  {c.budget.fmt(cur):>9}  "
            f"{c.expected_revenue.fmt_range(cur)}"
        )
    blocks.append(_section("*Channels*\n```" + "\n".join(rows) + "```"))
    f = plan.forecast
    fc = [
        ("Conversions", f.conversions.fmt_range(cur)),
        ("Revenue", f.revenue.fmt_range(cur)),
        ("Budget", plan.budget.total.fmt(cur)),
    ]
    if f.roi is not None:
        fc.append(("Return on budget", f.roi.fmt(cur)))
    if f.incremental_revenue is not None:
        fc.append(("Incremental", f.incremental_revenue.fmt_range(cur)))
    blocks.append(_fields(fc))
    blocks.append(_context(f"Lift: {_slack_escape(plan.holdout.lift_measurement)}"))

    sched = [
        f"• {s.send_date:%a %b %-d} · {_label(s.channel)} · {_slack_escape(s.step)}" for s in plan.schedule
    ]
    if sched:
        blocks.append(_section("*Schedule*\n" + "\n".join(sched)))
    return blocks


def _plan_buttons(plan: CampaignPlan) -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": f"plan_actions:{plan.plan_id}"[:255],
        "elements": [
            _button(
                "Approve",
                SLACK_ACTIONS["approve"],
                plan.plan_id,
                style="primary" if plan.passed else None,
            ),
            _button("Export", SLACK_ACTIONS["export"], plan.plan_id),
            _button("Regenerate copy", SLACK_ACTIONS["regenerate"], plan.plan_id),
        ],
    }


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    b: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": text[:75], "emoji": True},
        "action_id": action_id,
        "value": value[:2000],
    }
    if style:
        b["style"] = style
    return b
