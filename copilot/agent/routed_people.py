"""Questions asking for individual customers by spend ("Who are our top 5 customers by spend?", "show me our biggest
spenders", 列出消费最高的10个客户): chat never lists customers (customer-level lists reach neither the language model
nor the conversation; tools see pseudonymous ids only, real ids and contact details go only into an export for the
brand's own tools). The answer says so plainly and gives what answers the spirit of the question: the top spend
tier's and the Champions' size, share of revenue and spend per customer (segment_lookup), and how to get the list
itself (a plan for that audience, approved, then ``copilot plans export``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from copilot.agent.events import AgentEvent
from copilot.agent.follow_up import leaves_of
from copilot.agent.routed_text import ZH, channel_name, fmt_int, fmt_money, fmt_pct, tool_failed
from copilot.agent.toolset import ToolOutcome
from copilot.reading.describe_zh import CHANNELS_ZH, SEGMENTS_ZH, category_zh, describe_condition_zh

if TYPE_CHECKING:
    from copilot.reading.schema import Reading

Call = Callable[[str, BaseModel], Generator[AgentEvent, None, ToolOutcome]]

#: Intents a customer-list question is read as (a count, a segment profile, or nothing): a plan, a refusal (names,
#: emails), a recommendation or a forecast for "our top customers" is answered as it is.
_INTENTS = frozenset({"segments", "count", "other"})

_WHO_EN = r"(?:customers?|clients?|buyers?|shoppers?|spenders?|members?|accounts?)"
_RANK_EN = (
    r"(?:top|biggest|best|largest|highest[- ]spending|highest[- ]value|most valuable|heaviest|leading|"
    r"highest[- ]paying)"
)
#: A ranked list of customers in English: "top 5 customers", "biggest spenders", "who are our best customers",
#: "list our most valuable clients", "which customers spent the most".
_LIST_EN = re.compile(
    rf"\btop\s+\d{{1,4}}\s+(?:\w+\s+){{0,2}}{_WHO_EN}\b"
    rf"|\b{_RANK_EN}\s+(?:\w+\s+)?spenders\b"
    rf"|\b(?:who|list|show|name|give me|tell me|rank|identify)\b[^.?!]{{0,40}}\b{_RANK_EN}\s+(?:\d{{1,4}}\s+)?"
    rf"(?:\w+\s+)?{_WHO_EN}\b"
    rf"|\b(?:which|what)\s+{_WHO_EN}\s+(?:have\s+|has\s+)?(?:spent|spend|spends|bought|buy|ordered)\s+(?:the\s+)?most\b"
    rf"|\b{_WHO_EN}\s+(?:who\s+|that\s+)?(?:have\s+)?(?:spent|spend|spends)\s+(?:the\s+)?most\b"
    r"|\bwho\s+(?:has\s+|have\s+)?(?:spent|spend|spends)\s+(?:the\s+)?most\b"
    r"|\b(?:who|list|show|name)\b[^.?!]{0,40}\bVIPs\b"
    rf"|^\W*(?:our\s+)?{_RANK_EN}\s+{_WHO_EN}\W*$",
    re.IGNORECASE,
)
#: Customers as people (not 客户群体, 客户细分: a segment question).
_WHO_ZH = r"(?:客户|客戶|顾客|顧客|会员|會員|用户|用戶|买家|買家|人)(?!群|细分|細分|分群|类型|類型|画像|畫像)"
_SPEND_ZH = r"(?:消费|消費|花钱|花錢|花费|花費|购买金额|購買金額|买得|買得|贡献|貢獻|价值|價值|金额|金額|下单金额|下單金額)"
#: A ranked list of customers in Chinese: 消费最高的10个客户, 列出消費最多的客戶, 花钱最多的是哪些人, 前20名大客户, 大客户有哪些.
_LIST_ZH = re.compile(
    rf"{_SPEND_ZH}[^，。？?！!；;]{{0,6}}(?:最高|最多|最大|最高的|前)[^，。？?！!；;]{{0,10}}{_WHO_ZH}"
    rf"|(?:前|top\s*)\d{{1,4}}\s*(?:名|位|个|個)?[^，。？?！!；;]{{0,8}}{_WHO_ZH}"
    rf"|(?:哪些|哪几位|哪幾位|哪个|哪個|哪位)\s*{_WHO_ZH}[^，。？?！!；;]{{0,4}}{_SPEND_ZH}[^，。？?！!；;]{{0,4}}(?:最高|最多|最大)"
    rf"|(?:谁|誰)[^，。？?！!；;]{{0,4}}{_SPEND_ZH}[^，。？?！!；;]{{0,4}}(?:最高|最多|最大)"
    rf"|(?:列出|列一下|给我看|給我看|看看|查看|显示|顯示|排名|排行|谁是|誰是|是谁|是誰|有谁|有誰|有哪些|是哪些|哪些人|哪几位|哪幾位)"
    r"[^，。？?！!；;]{0,12}(?:大客户|大客戶|最有价值|最有價值|高价值|高價值|top)"
    r"|(?:大客户|大客戶|高价值客户|高價值客戶|最有价值的客户|最有價值的客戶)[^，。？?！!；;]{0,6}"
    r"(?:是谁|是誰|有谁|有誰|有哪些|是哪些|名单|名單|排名|排行|列表)",
    re.IGNORECASE,
)
#: An aggregate asked about those customers ("how many…", "what share of revenue…", 有多少, 占比): a count or a
#: segment profile answers it, not this refusal.
_AGGREGATE = re.compile(
    r"\bhow (?:many|much)\b|\bwhat (?:share|percent|percentage|proportion|portion)\b|\bnumber of\b|\baverage\b|"
    r"\bcount\b|多少|几位|幾位|几个|幾個|几成|幾成|占比|佔比|比例|比重|平均|份额|份額|人数|人數",
    re.IGNORECASE,
)
_TOP_N = re.compile(
    r"(?:\btop\s*|前\s*)(\d{1,4})|(\d{1,4})\s*(?:名|位|个|個|\s(?:\w+\s+)?(?:customers|clients|buyers))",
    re.IGNORECASE,
)


def asks_for_customer_list(r: Reading, intent: str) -> bool:
    """True when the question asks for individual customers ranked by spend or value (not for how many there are)."""
    if intent not in _INTENTS or _AGGREGATE.search(r.text):
        return False
    pattern = _LIST_ZH if r.language == ZH else _LIST_EN
    return bool(pattern.search(r.text))


def answered_clauses(r: Reading) -> Reading:
    """The reading without the not-applied clauses this answer answered (the unread "Who are our top 5 customers by
    spend" is what the answer is about: it is not left as "Not applied")."""
    kept = [n for n in r.not_applied if not (_LIST_EN.search(n.text) or _LIST_ZH.search(n.text))]
    return r if len(kept) == len(r.not_applied) else r.model_copy(update={"not_applied": kept})


_DIGITS_ZH = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_TOP_N_ZH = re.compile(r"前\s*([一二两兩三四五六七八九十]{1,3}|一百)\s*(?:名|位|个|個|大)?")


def _zh_number(word: str) -> int | None:
    """前十, 前二十, 前五十五, 前一百: a Chinese number up to 100."""
    if word == "一百":
        return 100
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return _DIGITS_ZH.get(word)
    if len(tens) > 1 or len(ones) > 1:
        return None
    return _DIGITS_ZH.get(tens, 1 if not tens else 0) * 10 + _DIGITS_ZH.get(ones, 0)


def _asked_n(r: Reading) -> int | None:
    if r.top_n:
        return r.top_n
    m = _TOP_N.search(r.text)
    if m:
        return int(m.group(1) or m.group(2))
    zh = _TOP_N_ZH.search(r.text)
    return _zh_number(zh.group(1)) if zh else None


def _tier_where(r: Reading) -> tuple[Any, bool]:
    """The top spend tier, within the audience the question named ("our top customers in US-West"), and whether the
    question named nothing else (then the Champions are said too)."""
    from copilot.tools.conditions import AllCustomers, And, ValueTier

    high = ValueTier(tier="high")
    if r.audience is None or isinstance(r.audience, AllCustomers):
        return high, True
    leaves = leaves_of(r.audience)
    if any(isinstance(c, ValueTier) for c in leaves):
        return r.audience, len(leaves) == 1
    return And(of=[r.audience, high]), False


def people_answer(call: Call, r: Reading) -> Generator[AgentEvent, None, str]:
    """Chat lists no customers: the top tier's (and the Champions') figures and the way to the list itself."""
    from copilot.tools.schemas import AudienceCriteria, SegmentQuery

    where, plain = _tier_where(r)
    out = yield from call("segment_lookup", SegmentQuery(criteria=AudienceCriteria(where=where)))
    if not out.ok or out.report is None:
        return tool_failed(r, out)
    tier: Any = out.report.segments[0]  # type: ignore[attr-defined]
    champions: Any = None
    if plain:
        more = yield from call("segment_lookup", SegmentQuery(segment="Champions"))
        if more.ok and more.report is not None and more.report.segments:  # type: ignore[attr-defined]
            champions = more.report.segments[0]  # type: ignore[attr-defined]
    n = _asked_n(r)
    if r.language == ZH:
        return _zh(tier, champions, n, describe_condition_zh(where), plain)
    return _en(tier, champions, n, plain)


def _each(s: Any) -> float:
    return s.revenue / s.size if s.size else 0.0


def _reach_en(s: Any) -> str:
    return ", ".join(
        f"{channel_name(ch)} {fmt_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social"
    )


def _reach_zh(s: Any) -> str:
    return "，".join(
        f"{CHANNELS_ZH.get(ch, ch)} {fmt_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social"
    )


def _en(tier: Any, champions: Any, n: int | None, plain: bool) -> str:
    asked = f"the top {n} customers" if n else "individual customers"
    who = (
        "Top spend tier (the top 20% of buyers by lifetime spend)"
        if plain
        else f"Your top spenders ({tier.definition})"
    )
    cats = ", ".join(c.replace("-", " ") for c in tier.top_categories[:3])
    lines = [
        f"I can't list {asked} in chat: customer-level lists are never shown in chat or given to the language model "
        "(privacy). copilot works with pseudonymous ids, and real ids and contact details go only into an export for "
        "your own email/SMS tool. What I can tell you:",
        f"- {who}: {fmt_int(tier.size)} customers ({fmt_pct(tier.share)} of all), {fmt_pct(tier.revenue_share)} of "
        f"revenue ({fmt_money(tier.revenue)}), {fmt_money(_each(tier))} spent per customer on average, average order "
        f"value {fmt_money(tier.avg_order_value)}"
        + (f"; their top categories: {cats}" if cats else "")
        + ".",
    ]
    if champions is not None:
        lines.append(
            f"- Champions (bought recently, often, and spend the most): {fmt_int(champions.size)} customers, "
            f"{fmt_pct(champions.revenue_share)} of revenue ({fmt_money(champions.revenue)}), "
            f"{fmt_money(_each(champions))} per customer."
        )
    lines.append(
        "To get the list itself: draft a plan for that audience (ask here, e.g. 'Draft an email campaign for our "
        'high-value customers\', or run `copilot plan "<brief>"`), approve it with `copilot plans approve <plan id>`, '
        "then `copilot plans export <plan id>` writes one file per channel (CSV and Parquet) of the customers you may "
        f"contact ({_reach_en(tier)} of the {fmt_int(tier.size)} today), for your email/SMS tool (segment_lookup)."
    )
    return "\n".join(lines)


def _zh(tier: Any, champions: Any, n: int | None, definition: str, plain: bool) -> str:
    asked = f"消费最高的 {n} 位客户" if n else "具体的客户"
    who = "高价值客户（按累计消费排名前 20% 的购买者）" if plain else f"符合条件的高消费客户（{definition}）"
    cats = "、".join(category_zh(c) for c in tier.top_categories[:3])
    lines = [
        f"聊天中不能列出{asked}：为保护隐私，客户级名单既不会出现在对话里，也不会交给语言模型。copilot 内部只使用匿名 id，"
        "真实 id 和联系方式只会出现在导出给您自己的邮件/短信工具的文件中。可以告诉您的是：",
        f"- {who}：共 {fmt_int(tier.size)} 位（占全部客户的 {fmt_pct(tier.share)}），贡献收入的 "
        f"{fmt_pct(tier.revenue_share)}（{fmt_money(tier.revenue)}），人均累计消费 {fmt_money(_each(tier))}，"
        f"客单价 {fmt_money(tier.avg_order_value)}" + (f"；买得最多的是{cats}" if cats else "") + "。",
    ]
    if champions is not None:
        lines.append(
            f"- {SEGMENTS_ZH['Champions']}（最近购买、购买频繁、消费最高）：共 {fmt_int(champions.size)} 位，贡献收入的 "
            f"{fmt_pct(champions.revenue_share)}（{fmt_money(champions.revenue)}），人均累计消费 {fmt_money(_each(champions))}。"
        )
    lines.append(
        '如需名单：先为这批客户起草活动方案（可以在这里说“为高价值客户起草一个邮件活动方案”，或运行 `copilot plan "<需求>"`），'
        "用 `copilot plans approve <方案 id>` 审批，再用 `copilot plans export <方案 id>` 导出：每个渠道一个文件（CSV 和 Parquet），"
        f"只含可以联系的客户（目前 {fmt_int(tier.size)} 位中可触达：{_reach_zh(tier)}），供您的邮件/短信工具使用（segment_lookup）。"
    )
    return "\n".join(lines)
