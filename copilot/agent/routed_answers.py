"""The routed chat's answers, one per intent: tools called with arguments built from the reading only
(through the turn's :attr:`Turn.call`, which streams and stores each call), the answer written by a
template from the reports -- or, for product facts, by the model's constrained answer with a template
fallback. :class:`~copilot.agent.routed.RoutedAgent` runs the turn around them.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from copilot.agent.events import AgentEvent
from copilot.agent.follow_up import leaves_of
from copilot.agent.routed_regions import by_region, region_route
from copilot.agent.routed_reviews_zh import review_answer
from copilot.agent.routed_text import (
    CUSTOMER_ID,
    ZH,
    channel_name,
    fact_body,
    fmt_int,
    fmt_money,
    fmt_pct,
    not_sold,
    refusal,
    tool_failed,
    tr,
    when_text,
)
from copilot.agent.routed_zh import channel_answer_zh, segment_line_in
from copilot.agent.toolset import ToolOutcome
from copilot.reading.describe_zh import CHANNELS_ZH, category_zh, describe_condition_zh

if TYPE_CHECKING:
    from copilot.reading.schema import Reading


@dataclass
class Turn:
    """What an answer needs from the agent's turn: the tool caller (streams and stores each call), the
    customer ids seen in this conversation, and the model's constrained answer over facts."""

    call: Callable[[str, BaseModel], Generator[AgentEvent, None, ToolOutcome]]
    seen_ids: set[str]
    model_answer: Callable[[Reading, Sequence[Any]], str | None]
    regions: Sequence[str] = ()


def answer(turn: Turn, r: Reading, intent: str) -> Generator[AgentEvent, None, str]:
    lang = r.language
    sold = not_sold(r)
    if intent == "refuse":
        return refusal(r)
    if sold and intent in (
        "product_facts",
        "reviews",
        "recommend",
        "count",
        "propensity",
        "other",
        "segments",
        "forecast",
    ):
        return sold
    if region_route(r, intent, turn.regions):
        return (yield from by_region(turn.call, r, turn.regions))
    if intent == "count":
        return (yield from _count(turn, r))
    if intent == "segments":
        return (yield from _segments(turn, r))
    if intent == "channel_performance":
        return (yield from _channels(turn, r))
    if intent == "propensity":
        return (yield from _propensity(turn, r))
    if intent == "recommend":
        return (yield from _recommend(turn, r))
    if intent in ("product_facts", "reviews"):
        return (yield from _facts(turn, r, reviews=intent == "reviews"))
    if intent in ("plan", "forecast"):
        return (yield from _plan(turn, r, what_if=intent == "forecast"))
    return tr(
        lang,
        "I can answer questions about your customers and campaigns: how many customers match "
        "(and can be reached on a channel), segment sizes and value, which channel converts best "
        "and when to send, who is likely to buy a category, what to recommend, product facts and "
        "review themes, and I can draft a campaign plan. Could you rephrase your question?",
        "我可以回答：有多少客户符合条件（以及可以通过哪个渠道触达）、客户细分的规模和价值、哪个渠道转化最好以及何时发送、"
        "谁可能购买某个品类、推荐什么产品、产品信息和评价主题，也可以起草活动方案。请换一种说法再问一次。",
    )


def _criteria(r: Reading) -> Any:
    from copilot.tools.conditions import AllCustomers
    from copilot.tools.schemas import AudienceCriteria

    if r.audience is None or isinstance(r.audience, AllCustomers):
        return None
    return AudienceCriteria(where=r.audience)


# a second count after the first one's clause ends: "…how many? And of those, the ones we can text?", 有多少？其中能发短信的呢？
_TWO_COUNTS = (
    r"(?:how many|多少|几位|几个|幾位|幾個)[^?？]*[?？,，;；][\s\S]*"
    r"(?:how many|多少|几位|几个|幾位|幾個|其中|of (?:those|them|these)|呢)"
)


def _total_then_reach(r: Reading) -> tuple[Reading, str] | None:
    """"How many lapsed VIPs are there, and how many can we text?", 有多少？能发短信的有多少？: the total asked first and
    the channel's reach second, so the consent is no filter on the total (the reach per channel answers it)."""
    import re

    from copilot.tools.conditions import And, Consent

    if not isinstance(r.audience, And) or not re.search(_TWO_COUNTS, r.text, re.IGNORECASE):
        return None
    consents = [c for c in r.audience.of if isinstance(c, Consent)]
    rest = [c for c in r.audience.of if not isinstance(c, Consent)]
    if len(consents) != 1 or not rest:
        return None
    total = rest[0] if len(rest) == 1 else And(of=rest)
    return r.model_copy(update={"audience": total}), consents[0].channel


def _count(turn: Turn, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.schemas import SegmentQuery

    split = _total_then_reach(r)
    if split is not None:
        r, channel = split
    crit = _criteria(r)
    out = yield from turn.call("segment_lookup", SegmentQuery(criteria=crit) if crit else SegmentQuery())
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    rep: Any = out.report
    if crit is None:
        total = rep.total_customers
        return tr(
            r.language,
            f"You have {fmt_int(total)} customers in all (segment_lookup).",
            f"共有 {fmt_int(total)} 位客户（segment_lookup）。",
        )
    s = rep.segments[0]
    zh_def = describe_condition_zh(crit.where)
    reach_zh = "，".join(f"{CHANNELS_ZH.get(ch, ch)} {fmt_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social")
    reach = ", ".join(
        f"{ch.replace('_', ' ')} {fmt_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social"
    )
    if split is not None:
        n = fmt_int(s.reachable.get(channel, 0))
        zh_said = CHANNELS_ZH.get(channel, channel)
        return tr(
            r.language,
            f"{fmt_int(s.size)} customers match ({s.definition}; {fmt_pct(s.share)} of all customers); {n} of them can be "
            f"reached by {channel_name(channel)}. Reachable among them: {reach} (segment_lookup).",
            f"符合条件的客户有 {fmt_int(s.size)} 位（{zh_def}；占全部客户的 {fmt_pct(s.share)}），其中可以发{zh_said}的有 {n} 位。"
            f"可触达：{reach_zh}（segment_lookup）。",
        )
    if r.language == ZH:
        return (
            f"符合条件的客户有 {fmt_int(s.size)} 位（{zh_def}；占全部客户的 {fmt_pct(s.share)}）。"
            f"其中可触达：{reach_zh}。累计消费 {fmt_money(s.revenue)}，客单价 {fmt_money(s.avg_order_value)}（segment_lookup）。"
        )
    return (
        f"{fmt_int(s.size)} customers match ({s.definition}; {fmt_pct(s.share)} of all customers). "
        f"Reachable among them: {reach}. Their lifetime revenue is {fmt_money(s.revenue)}, "
        f"average order value {fmt_money(s.avg_order_value)} (segment_lookup)."
    )


def _segments(turn: Turn, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.conditions import RfmSegment
    from copilot.tools.schemas import SegmentQuery

    leaves = leaves_of(r.audience)
    lines: list[str] = []
    if len(leaves) == 1 and isinstance(leaves[0], RfmSegment):
        for name in leaves[0].segments:
            out = yield from turn.call("segment_lookup", SegmentQuery(segment=name))
            if not out.ok or out.report is None:
                return tool_failed(r, out)
            lines += [segment_line_in(s, r.language) for s in out.report.segments]  # type: ignore[attr-defined]
        return "\n".join(lines) + tr(r.language, " (segment_lookup)", "（segment_lookup）")
    crit = _criteria(r)
    out = yield from turn.call("segment_lookup", SegmentQuery(criteria=crit) if crit else SegmentQuery())
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    rep: Any = out.report
    segs = [s for s in rep.segments if s.kind != "cluster"] or list(rep.segments)
    if crit is not None:
        return segment_line_in(segs[0], r.language) + tr(r.language, " (segment_lookup)", "（segment_lookup）")
    by_size = max(segs, key=lambda s: s.size)
    by_rev = max(segs, key=lambda s: s.revenue)
    head = tr(
        r.language,
        f"Largest segment: {by_size.name} ({fmt_int(by_size.size)} customers). Most revenue: {by_rev.name} "
        f"({fmt_pct(by_rev.revenue_share)} of revenue, {fmt_money(by_rev.revenue)}).",
        f"最大的细分群体：{by_size.name}（{fmt_int(by_size.size)} 位客户）。收入最高：{by_rev.name}"
        f"（占收入 {fmt_pct(by_rev.revenue_share)}，{fmt_money(by_rev.revenue)}）。",
    )
    body = "\n".join("- " + segment_line_in(s, r.language) for s in sorted(segs, key=lambda s: -s.size))
    return f"{head}\n{body}\n(segment_lookup, {fmt_int(rep.total_customers)} customers in all)"


def _channels(turn: Turn, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.schemas import ChannelQuery

    crit = _criteria(r)
    wanted = list(r.channels.allowed) if r.channels.allowed and not r.channels.all_channels else None
    period = r.period  # "last month", 上个月: only the sends of that period; else all history
    out = yield from turn.call("channel_stats", ChannelQuery(audience=crit, since=period.start if period else None,
                                                             until=period.end if period else None))
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    rep: Any = out.report
    measured = [c for c in rep.channels if c.conversion_rate is not None and c.sends > 0]
    if not measured and period is not None:
        return tr(
            r.language,
            f"No campaign sends between {period.start} and {period.end} to compare channels (channel_stats).",
            f"{period.start} 至 {period.end} 之间没有可比较渠道的活动发送（channel_stats）。",
        )
    if not measured:
        return tr(
            r.language,
            "There is no campaign history to compare channels yet (channel_stats).",
            "还没有可以比较渠道的历史活动数据（channel_stats）。",
        )
    focus = [c for c in measured if wanted and c.channel in wanted]
    best = max(measured, key=lambda c: c.conversion_rate.value)
    best_click = max(measured, key=lambda c: c.click_rate.value if c.click_rate else 0.0)
    if r.language == ZH:
        scope_zh = f"{period.start} 至 {period.end} 的发送" if period is not None else f"截至 {rep.as_of} 的全部活动历史"
        return channel_answer_zh(measured, focus, best, best_click, scope_zh)
    lines = []
    for c in focus or [best]:
        when = when_text(c)
        lines.append(
            f"{channel_name(c.channel)}: conversion rate {fmt_pct(c.conversion_rate.value, 2)} "
            f"({fmt_pct(c.conversion_rate.low, 2)}-{fmt_pct(c.conversion_rate.high, 2)}) over {fmt_int(c.sends)} sends, "
            f"click rate {fmt_pct(c.click_rate.value, 2) if c.click_rate else 'n/a'}, revenue {fmt_money(c.revenue)}"
            + (f"; best send time {when}" if when else "")
            + "."
        )
    if not focus:
        head = tr(
            r.language,
            f"{channel_name(best.channel)} converts best.",
            f"转化率最高的渠道是 {channel_name(best.channel)}（{best.channel}）。",
        )
        others = "; ".join(
            f"{channel_name(c.channel)} {fmt_pct(c.conversion_rate.value, 2)}"
            for c in sorted(measured, key=lambda c: -c.conversion_rate.value)
        )
        lines = [
            head,
            *lines,
            f"Conversion rate by channel: {others}.",
            f"Highest click rate: {channel_name(best_click.channel)}"
            f" ({fmt_pct(best_click.click_rate.value, 2) if best_click.click_rate else 'n/a'}).",
        ]
    scope = (f"sends from {period.start} to {period.end}" if period is not None
             else f"all campaign history up to {rep.as_of}")
    return " ".join(lines) + f" (channel_stats, {scope})"


def _propensity(turn: Turn, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.schemas import PropensityQuery

    crit = _criteria(r)
    cat = r.promoted.categories[0] if r.promoted.categories else None
    horizon = 30
    if r.window is not None and r.window.duration_days:
        horizon = max(7, min(180, r.window.duration_days))
    out = yield from turn.call(
        "score_propensity", PropensityQuery(audience=crit, category=cat, horizon_days=horizon)
    )
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    p: Any = out.report
    what = p.category or "anything"
    text = (
        f"Of {fmt_int(p.audience_size)} customers ({p.audience}), about {fmt_int(p.expected_buyers)} are expected "
        f"to buy {what} in the next {p.horizon_days} days (95% interval {fmt_int(p.expected_buyers_low)}-"
        f"{fmt_int(p.expected_buyers_high)}). Mean purchase probability {fmt_pct(p.mean_probability, 2)} "
        f"({fmt_pct(p.ci_low, 2)}-{fmt_pct(p.ci_high, 2)}) vs {fmt_pct(p.base_rate, 2)} for all customers "
        f"(lift {p.lift:.2f}); model holdout AUC {p.holdout_auc:.2f} (score_propensity)."
    )
    if r.language == ZH:
        text = (
            f"在 {fmt_int(p.audience_size)} 位客户中，预计未来 {p.horizon_days} 天约有 {fmt_int(p.expected_buyers)} 位会购买"
            f"{category_zh(p.category) if p.category else '任何商品'}（95% 区间 {fmt_int(p.expected_buyers_low)}-{fmt_int(p.expected_buyers_high)}）。平均购买概率"
            f" {fmt_pct(p.mean_probability, 2)}，全体客户为 {fmt_pct(p.base_rate, 2)}（提升 {p.lift:.2f} 倍；score_propensity）。"
        )
    return text


def _recommend(turn: Turn, r: Reading) -> Generator[AgentEvent, None, str]:
    from copilot.tools.schemas import RecommendQuery

    ids = [i for i in CUSTOMER_ID.findall(r.text) if i in turn.seen_ids]
    cat = r.promoted.categories[0] if r.promoted.categories else None
    k = min(r.top_n or 5, 20)
    query = (
        RecommendQuery(customer_id=ids[0], category=cat, k=k)
        if ids
        else RecommendQuery(audience=_criteria(r), category=cat, k=k)
    )
    out = yield from turn.call("recommend_products", query)
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    rec: Any = out.report
    items = "; ".join(
        f"{i}. {x.name} ({x.product_id}, {x.category}, {fmt_money(x.price)})"
        for i, x in enumerate(rec.items, 1)
    )
    who = rec.for_customer or rec.audience or "all customers"
    return tr(
        r.language,
        f"Top products to recommend for {who}: {items} (recommend_products, {rec.method}).",
        f"推荐给 {who} 的产品：{items}（recommend_products，{rec.method}）。",
    )


def _facts(turn: Turn, r: Reading, *, reviews: bool) -> Generator[AgentEvent, None, str]:
    from copilot.knowledge.hygiene import instruction_reason
    from copilot.knowledge.schemas import FactQuery

    pid = r.promoted.product_ids[0] if r.promoted.product_ids else None
    cat = r.promoted.categories[0] if r.promoted.categories and pid is None else None
    query = ("customer reviews: " if reviews else "") + r.text
    out = yield from turn.call(
        "search_product_facts",
        FactQuery(query=query[:300], product_id=pid, category=cat, k=8 if reviews else 6),
    )
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    facts = list(out.report.facts)  # type: ignore[attr-defined]
    screened = [f for f in facts if instruction_reason(f.text)]
    facts = [f for f in facts if not instruction_reason(f.text)]
    if reviews:
        facts = sorted(facts, key=lambda f: f.source != "reviews")  # review insights first, stable
    facts = facts[:5]
    note = ""
    if screened:
        note = tr(
            r.language,
            f" ({len(screened)} retrieved text(s) read like instructions to an assistant and were ignored.)",
            f"（{len(screened)} 条检索到的文本看起来像给助手的指令，已忽略。）",
        )
    if not facts:
        return (
            tr(
                r.language,
                "I found no product facts that answer this.",
                "没有找到能回答这个问题的产品信息。",
            )
            + note
        )
    if reviews:  # review insights are already summaries (theme, share, tone): quoted, or said in Chinese
        return review_answer(r, facts, note)
    answer = turn.model_answer(r, facts[:4])
    if answer is None:
        answer = " ".join(f"{fact_body(f.text)} [{f.fact_id}]" for f in facts[:2])
    return answer + note


class _PlanAsk(BaseModel):
    """The plan tool's arguments as the routed path sends them: the brief only (the tool validates them
    against its own query model, so the agent needs no planner type)."""

    brief: str
    what_if: bool = False


def _plan(turn: Turn, r: Reading, what_if: bool = False) -> Generator[AgentEvent, None, str]:
    """A plan, or a what-if forecast ('how much would we make if…'): a plan on stated assumptions, no questions."""
    out = yield from turn.call("draft_campaign_plan", _PlanAsk(brief=r.text, what_if=what_if))
    if not out.ok or out.report is None:  # the planner's questions for what the brief lacks, as they are
        return out.error or tool_failed(r, out)
    rep: Any = out.report
    if not what_if or not hasattr(rep, "forecast_revenue"):
        return str(rep.summary())  # the whole line (the call's summary is cut at 160 characters)
    status = tr(r.language, "it passed all checks" if rep.passed else f"failed checks: {', '.join(rep.failed_checks[:3])}",
                "已通过全部检查" if rep.passed else f"未通过的检查：{'、'.join(rep.failed_checks[:3])}")
    chans = ", ".join(channel_name(c) for c in rep.channels)
    return tr(
        r.language,
        f"Roughly {rep.forecast_revenue} in revenue, {rep.forecast_conversions} orders, from {rep.audience_size:,} "
        f"customers on {chans}, at a budget of {rep.budget}: the forecast of plan {rep.plan_id} ('{rep.name}'), saved "
        f"with its assumptions; {status}.",
        f"预计收入约 {rep.forecast_revenue}（{rep.forecast_conversions} 单），覆盖 {rep.audience_size:,} 位客户，渠道："
        f"{'、'.join(CHANNELS_ZH.get(c, c) for c in rep.channels)}，预算 {rep.budget}。这是方案 {rep.plan_id} 的预测，"
        f"方案及其假设已保存；{status}。",
    )
