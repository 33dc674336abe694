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
from copilot.planner.render_zh import ENGLISH, Words, words_for
from copilot.planner.render_zh_text import not_applied_in, plan_words
from copilot.planner.zh import text_width

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


def _pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` columns of a code block (a Chinese character takes two)."""
    return text + " " * max(0, width - text_width(text))


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


def variant_slack(v: CopyVariant, t: Words = ENGLISH) -> str:
    lines = [f"*{t.channel(v.channel)} {v.variant}*" + (f" — _{_slack_escape(v.angle)}_" if v.angle else "")]
    for name in ("subject", "preheader", "title", "headline"):
        val = getattr(v, name)
        if val is not None:
            lines.append(f"*{t(name.capitalize())}{t.colon.strip()}* {_slack_escape(val)}")
    body = _slack_escape(v.body.strip()).replace("\n", "\n>")
    lines.append(f">{body}")
    return "\n".join(lines)


def plan_to_slack_blocks(plan: CampaignPlan) -> list[dict[str, Any]]:
    """Block Kit blocks (≤ 50 blocks, ≤ 3000 characters a text) with Approve/Export/Regenerate buttons."""
    cur = plan.currency
    t = words_for(plan)
    w = plan_words(t)
    blocks = _head_blocks(plan, t)
    blocks.append({"type": "divider"})
    blocks += _numbers_blocks(plan, cur, t)
    blocks.append({"type": "divider"})
    reserve = 3  # divider + warnings context + actions
    for v in plan.copy_variants:
        if len(blocks) + 2 + reserve > SLACK_MAX_BLOCKS:
            break
        blocks.append(_section(variant_slack(v, t)))
        if v.citations:
            cites = "; ".join(
                f"{_slack_escape(_clip(c.claim, 80))} → "
                + (", ".join(f"`{i}`" for i in c.fact_ids) or f"*{t('no source')}*")
                for c in v.citations
            )
            blocks.append(_context(t("Sources: ") + cites))
        else:
            blocks.append(_context(t("No product claims.")))

    warns = plan.warnings
    if warns and len(blocks) + 2 <= SLACK_MAX_BLOCKS:
        blocks.append(
            _context(
                "⚠️ " + " · ".join(f"{t.check(c.name)} {c.target or ''}{t.colon}{w.details(c)}" for c in warns)
            )
        )
    blocks.append(_plan_buttons(plan, t))
    return blocks[:SLACK_MAX_BLOCKS]


def _head_blocks(plan: CampaignPlan, t: Words = ENGLISH) -> list[dict[str, Any]]:
    """Name, objective and status, dates and approval, failed checks, what was not applied."""
    blocks: list[dict[str, Any]] = []
    w = plan_words(t)
    n_failed = len(plan.failed_checks)
    status = t("✅ Passed all checks") if plan.passed else t("❌ {n} check(s) failed", n=n_failed)
    blocks.append(
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _clip(w.name(plan), SLACK_MAX_HEADER), "emoji": True},
        }
    )
    blocks.append(_section(f"{_slack_escape(w(plan.objective))}\n{status}"))
    start, end = t.date(plan.start_date, "%b %-d"), t.date(plan.end_date, "%b %-d, %Y")
    ctx = t("Plan `{plan_id}` · {start} → {end}", plan_id=plan.plan_id, start=start, end=end)
    if plan.approval:
        at = f"{plan.approval.approved_at:%Y-%m-%d %H:%M}"
        ctx += t(" · approved by {approver} {at}", approver=_slack_escape(plan.approval.approver), at=at)
    blocks.append(_context(ctx))

    if plan.failed_checks:
        lines = [
            f"❌ *{t.check(c.name)}* `{c.target or ''}`{t.colon}{_slack_escape(w.details(c))}"
            for c in plan.failed_checks
        ]
        blocks.append(_section(f"*{t('Failed checks — fix before approving')}*\n" + "\n".join(lines)))

    reading = plan.brief.reading
    if reading is not None and reading.not_applied:
        head = (
            f"*{t('Not applied — needs review')}*" if reading.changes_request() else f"*{t('Not applied')}*"
        )
        lines = not_applied_in(reading, t)[1]
        blocks.append(_section(_clip(head + "\n" + "\n".join(f"• {_slack_escape(x)}" for x in lines), 2900)))
    return blocks


def _numbers_blocks(plan: CampaignPlan, cur: str, t: Words = ENGLISH) -> list[dict[str, Any]]:
    """Audience and reach, channels, forecast, lift measurement and schedule."""
    blocks: list[dict[str, Any]] = []
    a = plan.audience
    w = plan_words(t)
    blocks.append(_section(f"*{t('Audience')}*\n{_slack_escape(w.audience(plan))}"))
    pairs = [
        (t("Size"), a.size.fmt(cur)),
        (t("Holdout"), f"{plan.holdout.size.fmt(cur)} ({plan.holdout.share.fmt(cur)})"),
    ]
    pairs += [
        (t("Reachable · {channel}", channel=t.channel(r.channel)), r.reachable.fmt(cur)) for r in a.reach
    ]
    blocks.append(_fields(pairs))

    rows = [t("channel      recipients  budget     revenue (range)")]
    for c in plan.channels:
        rows.append(
            f"{_pad(t.channel(c.channel), 12)} {c.audience.fmt(cur):>10}  {c.budget.fmt(cur):>9}  "
            f"{c.expected_revenue.fmt_range(cur)}"
        )
    blocks.append(_section(f"*{t('Channels')}*\n```" + "\n".join(rows) + "```"))
    f = plan.forecast
    fc = [
        (t("Conversions"), f.conversions.fmt_range(cur)),
        (t("Revenue"), f.revenue.fmt_range(cur)),
        (t("Send cost (no budget applied)") if plan.budget.sized_to_sends else t("Budget"), plan.budget.total.fmt(cur)),
    ]
    if f.roi is not None:
        fc.append((t("Return on budget"), f.roi.fmt(cur)))
    if f.incremental_revenue is not None:
        fc.append((t("Incremental"), f.incremental_revenue.fmt_range(cur)))
    blocks.append(_fields(fc))
    blocks.append(_context(t("Lift: {x}", x=_slack_escape(w(plan.holdout.lift_measurement)))))

    sched = [
        f"• {t.day(s.send_date, '%a %b %-d')} · {t.channel(s.channel)} · {_slack_escape(w(s.step))}"
        for s in plan.schedule
    ]
    if sched:
        blocks.append(_section(f"*{t('Schedule')}*\n" + "\n".join(sched)))
    return blocks


def _plan_buttons(plan: CampaignPlan, t: Words = ENGLISH) -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": f"plan_actions:{plan.plan_id}"[:255],
        "elements": [
            _button(
                t("Approve"),
                SLACK_ACTIONS["approve"],
                plan.plan_id,
                style="primary" if plan.passed else None,
            ),
            _button(t("Export"), SLACK_ACTIONS["export"], plan.plan_id),
            _button(t("Regenerate copy"), SLACK_ACTIONS["regenerate"], plan.plan_id),
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
