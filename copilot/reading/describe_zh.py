"""An audience condition tree in Chinese, for answers to Chinese questions: "近30天买过袜子，且近90天没有点击".

The English wording is :func:`copilot.tools.describe.describe_condition`; this is its counterpart, so a Chinese answer
does not quote "spent at least 500 CNY AND not opened email in the last 2 months" in English. Category names come
from the reader's own lexicon (the first plain Chinese word it reads for the category); a category or value with
no Chinese word is kept as written.
"""

from __future__ import annotations

import re
from functools import cache

from copilot.reading.lexicon import CATEGORY_WORDS
from copilot.tools.conditions import (
    Age,
    AllCustomers,
    And,
    Attribute,
    Bought,
    Cluster,
    Condition,
    Consent,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    Region,
    RfmSegment,
    SignedUp,
    Spend,
    TopPropensity,
    TopUplift,
    ValueTier,
)

SEGMENTS_ZH = {
    "Champions": "冠军客户",
    "Loyal": "忠诚客户",
    "Potential loyalists": "潜在忠诚客户",
    "New customers": "新客户",
    "Promising": "有潜力的客户",
    "Need attention": "需要关注的客户",
    "About to sleep": "即将沉睡的客户",
    "Can't lose them": "不能失去的客户",
    "At risk": "有流失风险的客户",
    "Hibernating": "冬眠客户",
    "Lost": "已流失客户",
    "Prospects": "潜在客户",
}
CHANNELS_ZH = {"email": "邮件", "sms": "短信", "push": "推送", "paid_social": "付费社交"}
EVENTS_ZH = {"received": "收到过", "opened": "打开过", "clicked": "点击过", "converted": "转化过", "unsubscribed": "退订过"}
TIERS_ZH = {"high": "高价值", "mid": "中等价值", "low": "低价值"}
_PLAIN_CJK = re.compile(r"[\u4e00-\u9fff]+")


@cache
def category_zh(slug: str) -> str:
    """The category's Chinese name, the first plain Chinese word the reader reads for it (帐篷 for tents)."""
    for pattern in CATEGORY_WORDS.get(slug, ()):
        if _PLAIN_CJK.fullmatch(pattern):
            return pattern
    return slug


def _window(days: int | None) -> str:
    if days is None:
        return ""
    if days % 365 == 0:
        return "近一年" if days == 365 else f"近{days // 365}年"
    if days % 30 == 0 and days >= 60:
        return f"近{days // 30}个月"
    if days % 7 == 0 and days >= 14:
        return f"近{days // 7}周"
    return f"近{days}天"


def _range(lo: float | None, hi: float | None, unit: str = "") -> str:
    def f(v: float) -> str:
        return f"{v:,.0f}" if v >= 1000 else f"{v:g}"

    if lo is not None and hi is not None:
        return f"{f(lo)}–{f(hi)}{unit}" if lo != hi else f"恰好 {f(lo)}{unit}"
    if lo is not None:
        return f"至少 {f(lo)}{unit}"
    if hi is not None:
        return f"至多 {f(hi)}{unit}"
    return "不限"


def _what(c: Bought) -> str:
    names = [category_zh(x) for x in c.categories] + list(c.product_ids)
    return "或".join(names) if names else "任何商品"


def _top(top_n: int | None, top_share: float | None) -> str:
    if top_n:
        return f"前 {top_n:,} 位"
    if top_share:
        return f"前 {100 * top_share:g}%"
    return "前 20%（未给出人数）"


def _not(inner: Condition) -> str:
    if isinstance(inner, Bought):
        return f"{_window(inner.within_days)}没买过{_what(inner)}"
    if isinstance(inner, Engagement):
        where = CHANNELS_ZH.get(inner.channel, inner.channel) if inner.channel else "任何渠道"
        event = EVENTS_ZH[inner.event].removesuffix("过")
        return f"{_window(inner.within_days)}没有{event}{where}"
    return f"不属于（{describe_condition_zh(inner, nested=True)}）"


def _recency(c: Recency) -> str:
    if c.min_days is not None and c.max_days is not None:
        return f"最后一单在 {c.min_days}–{c.max_days} 天前"
    if c.min_days is not None:
        return f"近{c.min_days}天没有下单" + ("（含从未下单）" if c.include_never else "")
    return f"近{c.max_days}天下过单"


def describe_condition_zh(c: Condition, *, nested: bool = False) -> str:
    """The condition in Chinese: AND as 且, OR as 或, nested groups in full-width brackets."""
    if isinstance(c, AllCustomers):
        return "全部客户"
    if isinstance(c, And | Or):
        joined = ("，且" if isinstance(c, And) else "，或").join(describe_condition_zh(x, nested=True) for x in c.of)
        return f"（{joined}）" if nested else joined
    if isinstance(c, Not):
        return _not(c.of)
    if isinstance(c, RfmSegment):
        return "RFM 分群为" + "或".join(SEGMENTS_ZH.get(s, s) for s in c.segments)
    if isinstance(c, Cluster):
        return f"聚类“{c.name}”"
    if isinstance(c, ValueTier):
        return f"{TIERS_ZH.get(c.tier, c.tier)}层级"
    if isinstance(c, Recency):
        return _recency(c)
    if isinstance(c, OrderCount):
        return f"{_window(c.within_days)}下单{_range(c.min, c.max, ' 单')}"
    if isinstance(c, Spend):
        unit = f" {c.currency}" if c.currency else ""
        return f"{_window(c.within_days)}消费{_range(c.min, c.max, unit)}"
    if isinstance(c, Bought):
        return f"{_window(c.within_days)}买过{_what(c)}"
    if isinstance(c, Region):
        return "地区为" + "或".join(c.regions)
    if isinstance(c, Consent):
        return f"同意接收{CHANNELS_ZH.get(c.channel, c.channel)}"
    if isinstance(c, Engagement):
        where = CHANNELS_ZH.get(c.channel, c.channel) if c.channel else ""
        return f"{_window(c.within_days)}{EVENTS_ZH[c.event]}{where}"
    if isinstance(c, SignedUp):
        return f"近{c.within_days}天注册"
    if isinstance(c, TopPropensity):
        what = category_zh(c.category) if c.category else "任何商品"
        return f"{c.horizon_days}天内最可能购买{what}的{_top(c.top_n, c.top_share)}"
    if isinstance(c, TopUplift):
        return f"最可能被营销打动的{_top(c.top_n, c.top_share)}（按历史对照组的增量）"
    if isinstance(c, Attribute):
        return c.describe()
    if isinstance(c, Age):
        from copilot.tools.age_bands import bands_words_zh, range_words_zh

        bands = bands_words_zh(c.bands, c.left_out, c.min_age, c.max_age)
        return "年龄" + range_words_zh(c.min_age, c.max_age) + (f"：{bands}" if bands else "")
    return type(c).__name__
