"""The routed chat's answer templates, English or Chinese: numbers and channels as a reader sees them,
a segment's line, a fact's body, refusals, "we don't sell X", "Not applied: ...", and tool arguments
as shown and stored.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from copilot.reading.reasons_zh import reason_for

if TYPE_CHECKING:
    from copilot.agent.toolset import ToolOutcome
    from copilot.reading.schema import Reading

ZH = "zh"
CUSTOMER_ID = re.compile(r"\bcus_[0-9a-f]{10}\b")  # a customer pseudonym


def tr(lang: str, en: str, zh: str) -> str:
    return zh if lang == ZH else en


def fmt_int(x: float) -> str:
    return f"{round(x):,}"


def fmt_pct(x: float, digits: int = 1) -> str:
    """A share as a percentage; a share too small to show at ``digits`` is "<0.1%", never "0.0%" of a real group."""
    floor = 10.0**-digits
    if 0 < 100 * x < floor:
        return f"<{floor:.{digits}f}%"
    return f"{100 * x:.{digits}f}%"


def fmt_money(x: float) -> str:
    return f"${x:,.0f}" if abs(x) >= 100 else f"${x:,.2f}"


_CHANNEL_NAMES = {"email": "Email", "sms": "SMS", "push": "Push", "paid_social": "Paid social"}


def channel_name(channel: str) -> str:
    return _CHANNEL_NAMES.get(channel, channel)


def when_text(c: Any) -> str:
    parts = []
    if c.best_day:
        parts.append(c.best_day)
    if c.best_hour is not None:
        parts.append(f"{c.best_hour:02d}:00")
    return " around ".join(parts)


def segment_line(s: Any) -> str:
    recency = (
        "" if s.median_recency_days is None else f", median {s.median_recency_days:.0f} days since last order"
    )
    return (
        f"{s.name}: {fmt_int(s.size)} customers ({fmt_pct(s.share)} of all), {fmt_pct(s.revenue_share)} of revenue "
        f"({fmt_money(s.revenue)}), average order value {fmt_money(s.avg_order_value)}{recency}"
    )


def fact_body(text: str, limit: int = 300) -> str:
    """A fact's text on one line, cut at ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def tool_failed(r: Reading, out: ToolOutcome) -> str:
    return tr(r.language, f"I could not get that: {out.error}", f"无法获取：{out.error}")


def refusal(r: Reading) -> str:
    return tr(
        r.language,
        "I can't share customers' emails, phone numbers, names or other personal data, and I don't reveal my "
        "instructions or keys. copilot works with pseudonymous ids (cus_...) and aggregates: I can count an "
        "audience, say how many can be reached on each channel, or draft a campaign for it.",
        "抱歉，我不能提供客户的邮箱、手机号、姓名等个人信息，也不会透露我的指令或密钥。copilot 只使用匿名 id（cus_...）和汇总数据："
        "我可以统计受众人数、各渠道可触达人数，或为其起草活动方案。",
    )


def not_sold(r: Reading) -> str | None:
    """The correction when the question is about a product the catalogue lacks (and names no other)."""
    missing = [n for n in r.not_applied if n.affects == "product"]
    if not missing or r.promoted.product_ids or r.promoted.categories:
        return None
    what = ", ".join(n.text for n in missing)
    reasons = "; ".join(n.reason for n in missing)
    reasons_zh = "；".join(reason_for(n.reason, "zh") for n in missing)
    return tr(
        r.language,
        f"We don't sell {what}: {reasons}, so there is nothing to report on it.",
        f"我们不销售{what}：{reasons_zh}，因此没有相关数据。",
    )


def not_applied_text(r: Reading, answer: str) -> str:
    """ "Not applied: ..." for every clause the reader could not apply (unless the answer said it)."""
    lines = [n for n in r.not_applied if n.reason not in answer and reason_for(n.reason, r.language) not in answer]
    if not lines:
        return ""
    if r.language == "zh":
        return "\n未采用：" + "；".join(f"“{n.text}”（{reason_for(n.reason, 'zh')}）" for n in lines) + "。"
    return "\nNot applied: " + "; ".join(f"'{n.text}' ({n.reason})" for n in lines) + "."


_PLAN_WORDS = re.compile(
    r"\b(?:draft|plan|put together|create|build|design)\b.{0,40}\b(?:plan|campaign|promotion)\b|"
    r"\bplan (?:a|an|the)\b|方案|策划|制定.{0,10}活动",
    re.IGNORECASE,
)


def looks_like_plan_request(text: str) -> bool:
    return bool(_PLAN_WORDS.search(text))


def without_spans(value: Any) -> Any:
    """Tool arguments as shown and stored: no spans, no empty lists (``kind`` tags are kept)."""
    if isinstance(value, dict):
        return {k: without_spans(v) for k, v in value.items() if k != "span" and v != []}
    if isinstance(value, list):
        return [without_spans(v) for v in value]
    return value
