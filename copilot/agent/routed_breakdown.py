"""A question asked group by group, period by period, or against a second period (:attr:`Reading.breakdown`,
:attr:`Reading.compare_period`; copilot/reading/breakdown.py), answered with the existing tools run once per group or
per period -- never one total in its place:

- campaign results (channel_stats) by channel (the usual answer), by region, RFM segment, value tier or age band (one
  call per group), by month, quarter or week of the question's period (one call per period; the last 6 months when it
  names none), and for two periods (two calls: both figures and the difference);
- customers (segment_lookup) by region (routed_regions.py), RFM segment, value tier or age band (one call per group), and
  by channel reached (one call);
- what no tool gives (sales by category; customers month by month) is said plainly, with what the data does show, and
  listed under Not applied by the reader.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import date, timedelta
from typing import Any

from copilot.agent.events import AgentEvent
from copilot.agent.routed_text import ZH, channel_name, fmt_int, fmt_money, fmt_pct, tool_failed, tr
from copilot.reading.breakdown import answerable
from copilot.reading.describe_zh import CHANNELS_ZH
from copilot.reading.schema import Reading

_GROUPS = ("region", "segment", "tier", "age")
_PERIODS = ("month", "quarter", "week")
_TIER_ZH = {"high": "高价值", "mid": "中价值", "low": "低价值"}


def split_route(r: Reading, intent: str) -> bool:
    """True when the question's breakdown or second period is answered here (see module docs)."""
    bd = r.breakdown.by if r.breakdown is not None else None
    if intent in ("count", "segments", "channel_performance") and _named(r) is not None:
        return True  # "open rate for Hibernating vs Lost", 西部和东北部哪个区…更多: each named group on its own
    if intent == "recommend" and bd == "category" and r.metric is not None and r.metric.name in ("revenue", "aov", "conversions"):
        return True  # 各品类的销售额: no tool has sales by category; said, not answered with products to recommend
    if intent == "channel_performance":
        return (r.compare_period is not None and r.period is not None) or bd in (*_GROUPS, *_PERIODS)
    if intent in ("count", "segments") and _compared_ages(r):
        return True  # "AOV for under-35s compared to over-35s": each age group on its own
    if intent not in ("count", "segments") or bd is None or bd == "region":
        return False  # customers region by region: routed_regions.py
    if bd == "segment":
        return r.audience is not None and r.audience.kind not in ("all", "rfm_segment")  # else the segment list answers it
    return True


def split_answer(call: Any, r: Reading, intent: str, regions: Sequence[str], ages: Sequence[str]) -> Generator[AgentEvent, None, str]:
    bd = r.breakdown.by if r.breakdown is not None else None
    if (named := _named(r)) is not None:
        rest = r.model_copy(update={"audience": named[0]})
        return (yield from (_channel_groups if intent == "channel_performance" else _people_groups)(call, rest, named[1]))
    if intent == "channel_performance":
        if r.compare_period is not None and r.period is not None and bd not in _GROUPS:
            return (yield from _two_periods(call, r))
        if bd in _PERIODS:
            return (yield from _channel_periods(call, r, bd or "month"))
        return (yield from _channel_groups(call, r, _groups(bd or "", regions, ages, r.language)))
    if (compared := _compared_ages(r)) and (bd is None or bd == "age"):  # not `ages`: that is the data's bands
        rest = r.model_copy(update={"audience": _without(r.audience, compared)})
        return (yield from _people_groups(call, rest, [(_age_words(a, r.language), a) for a in compared.of]))
    if bd is None or not answerable(bd, intent):
        return (yield from _not_in_tools(call, r, bd or ""))
    if bd == "channel":
        return (yield from _reach(call, r))
    return (yield from _people_groups(call, r, _groups(bd, regions, ages, r.language)))


def _named(r: Reading) -> tuple[Any, list[tuple[str, Any]]] | None:
    """The rest of the audience and the groups it names, when the question compares them (its breakdown is the named
    leaf's dimension, copilot/reading/compared_groups.py): one group per region, segment, tier or age named."""
    from copilot.reading.compared_groups import named_groups
    from copilot.reading.describe_zh import SEGMENTS_ZH
    from copilot.tools.conditions import Or, Region, RfmSegment

    got = named_groups(r.audience)
    if r.breakdown is None or got is None or got[0] != r.breakdown.by:
        return None
    by, leaf = got
    zh = r.language == ZH
    groups: list[tuple[str, Any]]
    if isinstance(leaf, Region):
        groups = [(g, Region(regions=[g])) for g in leaf.regions]
    elif isinstance(leaf, RfmSegment):
        groups = [(SEGMENTS_ZH.get(g, g) if zh else g, RfmSegment(segments=[g])) for g in leaf.segments]
    else:
        assert isinstance(leaf, Or)
        groups = [(_age_words(c, r.language) if by == "age" else _TIER_ZH[getattr(c, "tier", "")] if zh else f"{getattr(c, 'tier', '')} value", c)
                  for c in leaf.of]
    return _without(r.audience, leaf), groups


def _compared_ages(r: Reading) -> Any:
    """The OR of two age groups a question compares (copilot/reading/breakdown.py), or None."""
    from copilot.tools.conditions import And, Or

    parts = r.audience.of if isinstance(r.audience, And) else [r.audience]
    return next((p for p in parts if isinstance(p, Or) and len(p.of) >= 2 and all(c.kind == "age" for c in p.of)), None)


def _without(aud: Any, part: Any) -> Any:
    from copilot.tools.conditions import And

    if not isinstance(aud, And):
        return None
    rest = [c for c in aud.of if c is not part]
    return rest[0] if len(rest) == 1 else And(of=rest)


def _age_words(a: Any, lang: str) -> str:
    from copilot.tools.age_bands import range_words, range_words_zh

    return range_words_zh(a.min_age, a.max_age) if lang == ZH else range_words(a.min_age, a.max_age)


def _groups(by: str, regions: Sequence[str], ages: Sequence[str], lang: str) -> list[tuple[str, Any]]:
    from copilot.tools.age_bands import band_years
    from copilot.tools.conditions import Age, Region, RfmSegment, ValueTier
    from copilot.tools.rfm_segments import RFM_SEGMENTS

    if by == "region":
        return [(g, Region(regions=[g])) for g in regions]
    if by == "tier":
        return [((_TIER_ZH[t] if lang == ZH else f"{t} value"), ValueTier(tier=t)) for t in ("high", "mid", "low")]
    if by == "age":
        out = []
        for band in ages:
            years = band_years(band)
            if years is not None:
                out.append((band, Age(min_age=years[0], max_age=min(years[1], 120), bands=[band])))
        return out
    return [(name, RfmSegment(segments=[name])) for name, _, _ in RFM_SEGMENTS]


def _within(r: Reading, group: Any) -> Any:
    from copilot.tools.conditions import AllCustomers, And
    from copilot.tools.schemas import AudienceCriteria

    rest = None if r.audience is None or isinstance(r.audience, AllCustomers) else r.audience
    return AudienceCriteria(where=group if rest is None else And(of=[rest, group]))


def _measure(r: Reading) -> tuple[str, str, str]:
    """(ChannelStats attribute, English name, Chinese name) of the measure asked; conversion rate by default."""
    name = r.metric.name if r.metric is not None else ""
    return {"revenue": ("revenue", "campaign-attributed revenue", "活动归因收入"), "clicks": ("click_rate", "click rate", "点击率"),
            "opens": ("open_rate", "open rate", "打开率")}.get(name, ("conversion_rate", "conversion rate", "转化率"))


def _value(c: Any, attr: str) -> float | None:
    v = getattr(c, attr)
    return None if v is None or c.sends == 0 else float(v if attr == "revenue" else v.value)


def _shown(v: float | None, attr: str, lang: str) -> str:
    if v is None:
        return tr(lang, "no sends", "无发送")
    return fmt_money(v) if attr == "revenue" else fmt_pct(v, 2)


def _ch(channel: str, lang: str) -> str:
    return CHANNELS_ZH.get(channel, channel) if lang == ZH else channel_name(channel)


def _stats(call: Any, r: Reading, crit: Any, since: date | None, until: date | None) -> Generator[AgentEvent, None, Any]:
    from copilot.tools.schemas import ChannelQuery

    wanted = list(r.channels.allowed) if r.channels.allowed and not r.channels.all_channels else None
    out = yield from call("channel_stats", ChannelQuery(channels=wanted, audience=crit, since=since, until=until))
    return out


def _row(rep: Any, attr: str, lang: str) -> str:
    shown = sorted((c for c in rep.channels if c.channel != "paid_social" or c.sends), key=lambda c: -(_value(c, attr) or -1.0))
    cells = [f"{_ch(c.channel, lang)} {_shown(_value(c, attr), attr, lang)}" for c in shown]  # the best first
    return ("，" if lang == ZH else ", ").join(cells) or tr(lang, "no sends", "无发送")


def _channel_groups(call: Any, r: Reading, groups: list[tuple[str, Any]]) -> Generator[AgentEvent, None, str]:
    attr, en, zh = _measure(r)
    period, second = r.period, r.compare_period if r.period is not None else None
    lines, best = [], []
    for label, group in groups:
        out = yield from _stats(call, r, _within(r, group), period.start if period else None, period.end if period else None)
        if not out.ok or out.report is None:
            return tool_failed(r, out)
        row = _row(out.report, attr, r.language)
        best += [(v, label, c.channel) for c in out.report.channels if (v := _value(c, attr)) is not None]
        if second is not None:  # each group's figure for the second period beside it
            base = yield from _stats(call, r, _within(r, group), second.start, second.end)
            if not base.ok or base.report is None:
                return tool_failed(r, base)
            row += tr(r.language, f" (vs {second.start} to {second.end}: {_row(base.report, attr, r.language)})",
                      f"（对比 {second.start} 至 {second.end}：{_row(base.report, attr, r.language)}）")
        lines.append(f"- {label}{'：' if r.language == ZH else ':'} {row}")
    scope = tr(r.language, f"sends from {period.start} to {period.end}" if period else "all campaign history",
               f"{period.start} 至 {period.end} 的发送" if period else "全部活动历史")
    head = tr(r.language, f"{en.capitalize()} by channel, group by group ({scope}):", f"各组的分渠道{zh}（{scope}）：")
    if len(groups) >= 2 and best:  # the top group (and channel) first
        v, label, ch = max(best)
        head = tr(r.language, f"Highest {en}: {label}, {_ch(ch, r.language)} ({_shown(v, attr, r.language)}). ",
                  f"{zh}最高：{label}，{_ch(ch, r.language)}（{_shown(v, attr, r.language)}）。") + head
    return head + "\n" + "\n".join(lines) + tr(r.language, " (channel_stats)", "（channel_stats）")


def _slices(r: Reading, by: str) -> list[tuple[date, date]]:
    """The months (quarters, weeks) of the question's period, or of the last 6 months; at most 12."""
    end = r.period.end if r.period is not None and r.period.end else r.today
    start = r.period.start if r.period is not None and r.period.start else (end.replace(day=1) - timedelta(days=150)).replace(day=1)
    out: list[tuple[date, date]] = []
    cur = start if by != "week" else start - timedelta(days=start.weekday())
    while cur <= end and len(out) < 24:
        if by == "week":
            nxt = cur + timedelta(days=7)
        else:
            step = 3 if by == "quarter" else 1
            m = cur.month - 1 + step
            nxt = date(cur.year + m // 12, m % 12 + 1, 1)
        out.append((max(cur, start), min(nxt - timedelta(days=1), end)))
        cur = nxt
    return out[-12:]


def _channel_periods(call: Any, r: Reading, by: str) -> Generator[AgentEvent, None, str]:
    attr, en, zh = _measure(r)
    crit = _within(r, r.audience) if r.audience is not None and r.audience.kind != "all" else None
    lines, as_of, last = [], r.today, r.today
    for since, until in _slices(r, by):
        out = yield from _stats(call, r, crit, since, until)
        if not out.ok or out.report is None:
            return tool_failed(r, out)
        lines.append(f"- {since} – {until}{'：' if r.language == ZH else ':'} {_row(out.report, attr, r.language)}")
        as_of, last = out.report.as_of, until
    unit = tr(r.language, by, {"month": "月", "quarter": "季度", "week": "周"}[by])
    head = tr(r.language, f"{en.capitalize()} by {unit}, channel by channel:", f"按{unit}的分渠道{zh}：")
    return head + "\n" + "\n".join(lines) + _data_end(r, as_of, last)


def _two_periods(call: Any, r: Reading) -> Generator[AgentEvent, None, str]:
    attr, en, zh = _measure(r)
    crit = _within(r, r.audience) if r.audience is not None and r.audience.kind != "all" else None
    first, second = r.period, r.compare_period
    assert first is not None and second is not None
    reps = []
    for p in (first, second):
        out = yield from _stats(call, r, crit, p.start, p.end)
        if not out.ok or out.report is None:
            return tool_failed(r, out)
        reps.append(out.report)
    lines = []
    for c in reps[0].channels:
        other = next((o for o in reps[1].channels if o.channel == c.channel), None)
        a, b = _value(c, attr), _value(other, attr) if other is not None else None
        if a is None and b is None and c.channel == "paid_social":
            continue
        diff = ("" if a is None or b is None else
                (f" ({'+' if a >= b else '-'}{fmt_money(abs(a - b))})" if attr == "revenue" else f" ({(a - b) * 100:+.2f} {tr(r.language, 'pts', '个百分点')})"))
        lines.append(f"- {_ch(c.channel, r.language)}{'：' if r.language == ZH else ':'} {_shown(a, attr, r.language)} vs {_shown(b, attr, r.language)}{diff}")
    head = tr(r.language, f"{en.capitalize()}, {first.start} to {first.end} vs {second.start} to {second.end} (difference in brackets):",
              f"{zh}：{first.start} 至 {first.end} 对比 {second.start} 至 {second.end}（括号内为差值）：")
    return head + "\n" + "\n".join(lines) + _data_end(r, reps[0].as_of, max(first.end or first.start or r.today, second.end or r.today))


def _data_end(r: Reading, as_of: date, last: date) -> str:
    """The tool's name, and where the data ends when the period asked runs past it (no sends there yet)."""
    if last <= as_of:
        return tr(r.language, " (channel_stats)", "（channel_stats）")
    return tr(r.language, f" (channel_stats; the data runs to {as_of})", f"（channel_stats；数据截至 {as_of}）")


def _people_groups(call: Any, r: Reading, groups: list[tuple[str, Any]]) -> Generator[AgentEvent, None, str]:
    from copilot.tools.schemas import SegmentQuery

    rows = []
    for label, group in groups:
        out = yield from call("segment_lookup", SegmentQuery(criteria=_within(r, group)))
        if not out.ok or out.report is None:
            return tool_failed(r, out)
        rows.append((label, out.report.segments[0]))
    lines = [tr(r.language, f"- {label}: {fmt_int(s.size)} customers ({fmt_pct(s.share)}), revenue {fmt_money(s.revenue)}, AOV {fmt_money(s.avg_order_value)}",
                f"- {label}：{fmt_int(s.size)} 位客户（{fmt_pct(s.share)}），收入 {fmt_money(s.revenue)}，客单价 {fmt_money(s.avg_order_value)}")
             for label, s in rows]
    return top_group(r, rows) + "\n".join(lines) + tr(r.language, " (segment_lookup)", "（segment_lookup）")


def top_group(r: Reading, rows: list[tuple[str, Any]]) -> str:
    """The group with the most of what is asked (AOV, revenue, else customers), said first."""
    if len(rows) < 2:
        return ""
    attr, en, zh, show = _MEASURES.get(r.metric.name if r.metric is not None else "", _SIZE)
    label, s = max(rows, key=lambda x: getattr(x[1], attr) or 0)
    return tr(r.language, f"{en}: {label} ({show(getattr(s, attr))}).\n", f"{zh}：{label}（{show(getattr(s, attr))}）。\n")


def measure_of(r: Reading) -> str:
    """The segment figure a question ranks its groups by: AOV, revenue, else the number of customers."""
    return _MEASURES.get(r.metric.name if r.metric is not None else "", _SIZE)[0]


_SIZE: tuple[str, str, str, Any] = ("size", "Most customers", "客户最多", fmt_int)
_MEASURES: dict[str, tuple[str, str, str, Any]] = {
    "aov": ("avg_order_value", "Highest AOV", "客单价最高", fmt_money), "revenue": ("revenue", "Most revenue", "收入最高", fmt_money)}


def _reach(call: Any, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.conditions import AllCustomers
    from copilot.tools.schemas import SegmentQuery

    out = yield from call("segment_lookup", SegmentQuery(criteria=_within(r, r.audience or AllCustomers())))
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    s = out.report.segments[0]
    cells = [f"- {_ch(ch, r.language)}{'：' if r.language == ZH else ':'} {fmt_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social"]
    head = tr(r.language, f"{fmt_int(s.size)} customers; reachable on each channel:", f"共 {fmt_int(s.size)} 位客户，各渠道可触达：")
    return head + "\n" + "\n".join(cells) + tr(r.language, " (segment_lookup)", "（segment_lookup）")


def _not_in_tools(call: Any, r: Reading, by: str) -> Generator[AgentEvent, None, str]:
    """Sales by category, customers month by month: not in the tools, said plainly; what the data shows instead is the
    customers' lifetime revenue and the categories that bring most of it (a ranking, no sales figure per category)."""
    from copilot.reading.describe_zh import category_zh
    from copilot.tools.conditions import AllCustomers
    from copilot.tools.schemas import SegmentQuery

    out = yield from call("segment_lookup", SegmentQuery(criteria=_within(r, r.audience or AllCustomers())))
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    s = out.report.segments[0]
    what = tr(r.language, "by category" if by == "category" else f"by {by}", "分品类" if by == "category" else {"month": "按月", "quarter": "按季度", "week": "按周"}.get(by, "分组"))
    cats = ("、" if r.language == ZH else ", ").join(category_zh(c) if r.language == ZH else c for c in s.top_categories[:5])
    return tr(
        r.language,
        f"copilot has no sales figures {what}: its tools report customers with their lifetime spend and campaign results by "
        f"channel. What the data shows: {fmt_int(s.size)} customers, lifetime revenue {fmt_money(s.revenue)}, AOV "
        f"{fmt_money(s.avg_order_value)}; the categories bringing the most revenue: {cats} (segment_lookup).",
        f"copilot 没有{what}的销售额数据：现有工具只能给出客户及其累计消费，以及各渠道的活动效果。数据能给出的是：{fmt_int(s.size)} 位客户，"
        f"累计收入 {fmt_money(s.revenue)}，客单价 {fmt_money(s.avg_order_value)}；收入最多的品类依次为：{cats}（segment_lookup）。",
    )
