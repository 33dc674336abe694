"""A question about regions ("Which region has the most customers?", 哪个地区的客户最多？, "customers by region"): one
count per region of the workspace, ranked, instead of the RFM segment list (which had answered it, a different
question). Growth over time is not in the tools: a question about it is told so, with the current sizes."""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from typing import Any

from copilot.agent.events import AgentEvent
from copilot.agent.routed_breakdown import measure_of, top_group
from copilot.agent.routed_text import ZH, fmt_int, fmt_money, fmt_pct, tool_failed, tr
from copilot.reading.schema import Reading

_BY_REGION = re.compile(
    r"\b(?:which|what|each|every|by|per|across|top)\s+(?:\w+\s+)?regions?\b|\bregions?\s+(?:has|have|had|with|is|are)\b|"
    r"\bregional\s+(?:split|breakdown|mix)\b|(?:哪个|哪些|各个?|每个|按)(?:地区|区域|大区)",
    re.IGNORECASE,
)
_GROWTH = re.compile(r"\bgrow(?:s|ing|th)?\b|\bfastest\b|增长|增速|涨得", re.IGNORECASE)


_RATE_WORDS = re.compile(r"conver|click|open|e-?mail|sms|text|push|转化|点击|打开|邮件|短信|推送", re.IGNORECASE)


def compared_regions(r: Reading, intent: str) -> list[str]:
    """The regions a count or segments question sets side by side ("AOV for US-Northeast vs US-West", 美国西部和南部
    哪个客户多), read as one region leaf naming them: each is answered on its own, like compared segments (decision
    110), never merged into one group. Empty when no regions are compared."""
    from copilot.reading.intent_checks import compared_groups
    from copilot.tools.conditions import Region

    aud = r.audience
    if intent not in ("count", "segments") or not isinstance(aud, Region) or not compared_groups(r, r.text):
        return []
    return list(aud.regions) if len(aud.regions) >= 2 else []


def region_route(r: Reading, intent: str, regions: Sequence[str]) -> bool:
    """True when a count, segments or (rate-less) channel question ranks or splits customers by region and names
    no region itself, or compares the regions it names: it is answered region by region."""
    from copilot.tools.conditions import Region, leaves

    if regions and compared_regions(r, intent):
        return True
    if intent not in ("count", "segments", "channel_performance") or not regions or not _BY_REGION.search(r.text):
        return False
    if intent == "channel_performance" and _RATE_WORDS.search(r.text):
        return False  # "which region converts best on email": not a size question
    return not (r.audience is not None and any(isinstance(c, Region) for c in leaves(r.audience)))


def by_region(call: Any, r: Reading, regions: Sequence[str]) -> Generator[AgentEvent, None, str]:
    """One segment_lookup per region (with the question's audience, if any), ranked by size; the regions a question
    compares are answered each on its own."""
    from copilot.tools.conditions import AllCustomers, And, Region
    from copilot.tools.schemas import AudienceCriteria, SegmentQuery

    named = compared_regions(r, "segments")  # the route was taken: the regions compared, each alone; else all regions
    regions = named or regions
    rest = None if named or isinstance(r.audience, AllCustomers) else r.audience
    rows: list[tuple[str, Any]] = []
    for region in regions:
        where: Any = Region(regions=[region])
        if rest is not None:
            where = And(of=[rest, where])
        out = yield from call("segment_lookup", SegmentQuery(criteria=AudienceCriteria(where=where)))
        if not out.ok or out.report is None:
            return tool_failed(r, out)
        rows.append((region, out.report.segments[0]))
    attr = measure_of(r)  # ranked by what is asked ("highest AOV among Loyal"), else by size
    rows.sort(key=lambda x: -(getattr(x[1], attr) or 0))
    top, rich = rows[0], max(rows, key=lambda x: x[1].revenue)
    zh = r.language == ZH
    lines = [
        (f"- {name}：{fmt_int(s.size)} 位客户（{fmt_pct(s.share)}），收入 {fmt_money(s.revenue)}，客单价 {fmt_money(s.avg_order_value)}" if zh else
         f"- {name}: {fmt_int(s.size)} customers ({fmt_pct(s.share)}), revenue {fmt_money(s.revenue)}, AOV {fmt_money(s.avg_order_value)}")
        for name, s in rows
    ]
    head = top_group(r, rows).rstrip("\n") if attr != "size" else tr(
        r.language,
        f"Most customers: {top[0]} ({fmt_int(top[1].size)}). Most revenue: {rich[0]} ({fmt_money(rich[1].revenue)}).",
        f"客户最多的地区：{top[0]}（{fmt_int(top[1].size)} 位）。收入最高：{rich[0]}（{fmt_money(rich[1].revenue)}）。",
    )
    growth = tr(
        r.language,
        " copilot does not track how each region grows over time: these are today's sizes.",
        "copilot 不统计各地区随时间的增长，以下是当前规模。",
    ) if _GROWTH.search(r.text) else ""
    return head + growth + "\n" + "\n".join(lines) + tr(r.language, " (segment_lookup)", "（segment_lookup）")
