"""Sales figures through the routed chat (tool sales_summary): "total sales by category last month vs the month
before", 上个月各品类销售额环比怎么样, "AOV by category last quarter", "top 10 products by revenue in November, excluding
accessories". The question's period, its second period, its audience, the categories it names or leaves out and its
top N are applied; what the answer applied is taken off the reading's Not applied (:func:`sales_applied`), the
reading itself is unchanged.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from copilot.agent.events import AgentEvent
from copilot.agent.routed_text import ZH, fmt_int, fmt_money, fmt_pct, not_sold, tool_failed, tr
from copilot.reading import regex as re
from copilot.reading.schema import NotApplied, Reading, Window

_MEASURES = ("revenue", "aov", "conversions")
#: "top 10 products by revenue", "best-selling products", 销售额前十的产品, 卖得最好的商品
_TOP_PRODUCTS = re.compile(
    r"\b(?:by|in|for)\s+(?:revenue|sales|units?(?:\s+sold)?)\b|\bbest[- ]?sell|\btop[- ]?sell|\bhighest[- ]grossing|"
    r"销售额|销量|营收|收入|畅销|卖得最好|卖得最多", re.IGNORECASE)
_SALES_WORD = re.compile(r"\b(?:sales|sold|orders|revenue|turnover)\b|销售|销量|订单|营收|营业额", re.IGNORECASE)
_PRODUCT_WORD = re.compile(r"\b(?:products?|items?|skus?|sellers?)\b|产品|商品|单品|货品|款", re.IGNORECASE)
_LEFT_OUT = "goods left out:"  # the reason copilot/reading/excluded_goods.py gives its claims
_CITE = ("(sales_summary", "（sales_summary")


def sales_route(r: Reading, intent: str) -> bool:
    """True when the question asks sales figures: by category (revenue, orders, AOV), or its top N products by
    revenue or sales; never for campaign results or a product the catalogue lacks."""
    measure = r.metric.name if r.metric is not None else None
    if intent == "channel_performance" and not (r.breakdown is not None and measure in ("revenue", "aov")):
        return False  # campaign results; no campaign figure is split by category, sales are
    if not_sold(r.model_copy(update={"not_applied": [n for n in r.not_applied if not _left_out(n)]})):
        return False
    if r.breakdown is not None:
        return r.breakdown.by == "category" and (measure in _MEASURES or (measure is None and bool(_SALES_WORD.search(r.text))))
    return (r.top_n is not None and measure in ("revenue", "conversions", None)
            and bool(_TOP_PRODUCTS.search(r.text)) and bool(_PRODUCT_WORD.search(r.text)))


def _left_out(n: NotApplied) -> bool:
    return n.reason.startswith(_LEFT_OUT)


def _excluded(r: Reading, categories: Sequence[tuple[str, str]]) -> tuple[list[str], list[NotApplied]]:
    """The category slugs the question leaves out, and the Not-applied entries they came from."""
    from copilot.reading.text import category_patterns

    pats = category_patterns(tuple(categories))
    slugs: list[str] = []
    used: list[NotApplied] = []
    for n in (n for n in r.not_applied if _left_out(n)):
        found = [s for p, group in pats if re.search(p if not p.isascii() else rf"\b{p}\b", n.text, re.IGNORECASE) for s in group]
        if found:
            slugs += [s for s in dict.fromkeys(found) if s not in slugs]
            used.append(n)
    return slugs, used


def _period(w: Window | None) -> tuple[Any, Any]:
    return (w.start, w.end) if w is not None else (None, None)


def sales_answer(call: Any, r: Reading, categories: Sequence[tuple[str, str]]) -> Generator[AgentEvent, None, str]:
    from copilot.tools.conditions import AllCustomers
    from copilot.tools.schemas import AudienceCriteria, SalesQuery

    by = "category" if r.breakdown is not None else "product"
    since, until = _period(r.period)
    second = r.compare_period if r.period is not None else None
    c_since, c_until = _period(second)
    excluded, _ = _excluded(r, categories)
    aud = None if r.audience is None or isinstance(r.audience, AllCustomers) else AudienceCriteria(where=r.audience)
    query = SalesQuery(since=since, until=until, compare_since=c_since, compare_until=c_until, group_by=by, audience=aud,
                       categories=[c for c in r.promoted.categories if c not in excluded][:15], exclude_categories=excluded[:15],
                       top_n=min(r.top_n, 100) if r.top_n else (None if by == "category" else 10))
    out = yield from call("sales_summary", query)
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    return _text(r, out.report, excluded)


def _label(row: Any, lang: str) -> str:
    from copilot.reading.describe_zh import category_zh

    if row.category is not None:  # a product: its category beside it
        return f"{row.group}（{category_zh(row.category)}）" if lang == ZH else f"{row.group} ({row.category})"
    return category_zh(row.group) if lang == ZH else row.group


def _change(v: float | None) -> str:
    return "" if v is None else f"{v * 100:+.1f}%"


def _versus(compare: float | None, change: float | None, beyond: bool, lang: str) -> str:
    """" vs $X (+Y%)": the compared period's revenue and the change (none past the data's end)."""
    if compare is None:
        return ""
    ch = "" if beyond else _change(change)
    return tr(lang, f" vs {fmt_money(compare)}" + (f" ({ch})" if ch else ""), f" 对比 {fmt_money(compare)}" + (f"（{ch}）" if ch else ""))


def _line(row: Any, beyond: bool, lang: str) -> str:
    aov = fmt_money(row.aov) if row.aov is not None else "—"
    vs = _versus(row.compare_revenue, row.change, beyond, lang)
    return tr(lang, f"- {_label(row, lang)}: {fmt_money(row.revenue)}{vs}, {fmt_int(row.orders)} orders, {fmt_int(row.units)} units, "
                    f"AOV {aov}, {fmt_pct(row.share)} of revenue",
              f"- {_label(row, lang)}：{fmt_money(row.revenue)}{vs}，{fmt_int(row.orders)} 单，{fmt_int(row.units)} 件，"
              f"客单价 {aov}，占收入 {fmt_pct(row.share)}")


def _span(a: Any, b: Any, lang: str) -> str:
    if a is None and b is None:
        return tr(lang, "all orders", "全部订单")
    return tr(lang, f"{a or 'the first order'} to {b or 'the last order'}", f"{a or '首单'} 至 {b or '末单'}")


def _text(r: Reading, rep: Any, excluded: Sequence[str]) -> str:
    lang = r.language
    scope = _span(rep.since, rep.until, lang)
    if rep.compare_since is not None or rep.compare_until is not None:
        scope += tr(lang, f" vs {_span(rep.compare_since, rep.compare_until, lang)} (change in brackets)",
                    f" 对比 {_span(rep.compare_since, rep.compare_until, lang)}（括号内为变化）")
    if rep.group_by == "category":
        head = tr(lang, f"Sales by category, {scope}:", f"分品类销售额（{scope}）：")
    else:
        n = f" {len(rep.rows)}" if rep.rows else ""
        head = tr(lang, f"Top{n} products by revenue, {scope}:", f"销售额前{n} 的产品（{scope}）：" if n else f"销售额最高的产品（{scope}）：")
    lead = ""
    if rep.group_by == "category" and r.metric is not None and r.metric.name == "aov" and rep.rows:
        best = max((x for x in rep.rows if x.aov is not None), key=lambda x: x.aov, default=None)
        if best is not None:
            lead = tr(lang, f"Highest AOV: {_label(best, lang)} ({fmt_money(best.aov)}). ", f"客单价最高：{_label(best, lang)}（{fmt_money(best.aov)}）。")
    beyond = rep.total_orders == 0 and rep.since is not None and rep.last_order is not None and rep.since > rep.last_order
    if beyond:  # not a fall to zero: the data has no orders there yet
        lead += tr(lang, f"No orders yet from {_span(rep.since, rep.until, lang)}: the data runs to {rep.last_order}. ",
                   f"{_span(rep.since, rep.until, lang)} 还没有订单：数据截至 {rep.last_order}。")
    elif rep.total_orders == 0:
        lead += tr(lang, f"No orders in {_span(rep.since, rep.until, lang)}. ", f"{_span(rep.since, rep.until, lang)} 没有订单。")
    aov = fmt_money(rep.total_aov) if rep.total_aov is not None else "—"
    vs = _versus(rep.compare_total_revenue, rep.total_change, beyond, lang)
    total = tr(lang, f"Total: {fmt_money(rep.total_revenue)}{vs}, {fmt_int(rep.total_orders)} orders, AOV {aov}",
               f"合计：{fmt_money(rep.total_revenue)}{vs}，{fmt_int(rep.total_orders)} 单，客单价 {aov}")
    kept = _kept(excluded, lang)
    ends = [d for d in (rep.until, rep.compare_until) if d is not None]
    late = rep.last_order is not None and (not ends or max(ends) > rep.last_order)
    source = tr(lang, f" (sales_summary; the data runs to {rep.last_order})" if late else " (sales_summary)",
                f"（sales_summary；数据截至 {rep.last_order}）" if late else "（sales_summary）")
    body = "\n".join(_line(x, beyond, lang) for x in rep.rows) or tr(lang, "- no sales", "- 无销售")
    return lead + head + "\n" + body + "\n" + total + kept + source


def _kept(excluded: Sequence[str], lang: str) -> str:
    """The categories left out, said beside the total."""
    from copilot.reading.describe_zh import category_zh

    if not excluded:
        return ""
    return tr(lang, f"; excluding {', '.join(excluded)}", f"；不含{'、'.join(category_zh(c) for c in excluded)}")


def sales_applied(r: Reading, answer: str, categories: Sequence[tuple[str, str]]) -> Reading:
    """``r`` without the Not-applied entries the sales answer applied: its period, second period, category
    breakdown and the categories left out. Unchanged when the answer is not a sales_summary answer."""
    if not any(c in answer for c in _CITE):
        return r
    spans = [w.span for w in (r.period, r.compare_period if r.period is not None else None, r.breakdown) if w is not None]
    _, used = _excluded(r, categories)
    kept = [n for n in r.not_applied if n not in used and not any(n.span == s or n.text == s.text for s in spans)]
    return r.model_copy(update={"not_applied": kept})
