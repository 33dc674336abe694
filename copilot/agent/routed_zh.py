"""The routed chat's answers in Chinese where they were English inside a Chinese sentence: a segment's line, a
channel comparison and its best send time (the English templates are in routed_text / routed_answers)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from copilot.agent.routed_text import ZH, fmt_int, fmt_money, fmt_pct, segment_line
from copilot.reading.describe_zh import CHANNELS_ZH, SEGMENTS_ZH

_DAYS_ZH = {"Monday": "周一", "Tuesday": "周二", "Wednesday": "周三", "Thursday": "周四", "Friday": "周五",
            "Saturday": "周六", "Sunday": "周日"}  # fmt: skip


def segment_line_in(s: Any, language: str) -> str:
    """A segment's size, value and recency, in the question's language."""
    if language != ZH:
        return segment_line(s)
    recency = "" if s.median_recency_days is None else f"，距上次下单中位数 {s.median_recency_days:.0f} 天"
    return (
        f"{SEGMENTS_ZH.get(s.name, '符合条件的客户' if s.name == 'audience' else s.name)}：{fmt_int(s.size)} 位客户（占全部 {fmt_pct(s.share)}），贡献收入 "
        f"{fmt_pct(s.revenue_share)}（{fmt_money(s.revenue)}），客单价 {fmt_money(s.avg_order_value)}{recency}"
    )


def when_zh(c: Any) -> str:
    day = _DAYS_ZH.get(c.best_day, c.best_day) if c.best_day else ""
    hour = f"{c.best_hour:02d}:00 左右" if c.best_hour is not None else ""
    return f"{day}{hour}"


def _line(c: Any) -> str:
    click = fmt_pct(c.click_rate.value, 2) if c.click_rate else "无数据"
    when = when_zh(c)
    return (
        f"{CHANNELS_ZH.get(c.channel, c.channel)}：转化率 {fmt_pct(c.conversion_rate.value, 2)}"
        f"（{fmt_pct(c.conversion_rate.low, 2)}-{fmt_pct(c.conversion_rate.high, 2)}），共 {fmt_int(c.sends)} 次发送，"
        f"点击率 {click}，收入 {fmt_money(c.revenue)}" + (f"；最佳发送时间 {when}" if when else "") + "。"
    )


def channel_answer_zh(measured: list[Any], focus: list[Any], best: Any, best_click: Any, scope: str) -> str:
    """The channel comparison in Chinese: the channels asked about, or the best one and all of them ranked."""
    lines = [_line(c) for c in focus or [best]]
    if not focus:
        ranked = "；".join(
            f"{CHANNELS_ZH.get(c.channel, c.channel)} {fmt_pct(c.conversion_rate.value, 2)}"
            for c in sorted(measured, key=lambda c: -c.conversion_rate.value)
        )
        click = fmt_pct(best_click.click_rate.value, 2) if best_click.click_rate else "无数据"
        lines = [
            f"转化率最高的渠道是{CHANNELS_ZH.get(best.channel, best.channel)}。",
            *lines,
            f"各渠道转化率：{ranked}。",
            f"点击率最高：{CHANNELS_ZH.get(best_click.channel, best_click.channel)}（{click}）。",
        ]
    return "".join(lines) + f"（channel_stats，{scope}）"


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t.json")


def in_questions_script(answer: str, question: str) -> str:
    """A question in traditional characters (簡訊, 幾位) is answered in traditional characters; the answer's templates
    are simplified. Tool names, ids and numbers are unchanged by the conversion."""
    from copilot.reading.spelling_zh import simplified

    converted, changed = simplified(question)
    if not changed or converted == question:
        return answer
    return str(_s2t().convert(answer))
