"""More of the planner's sentences in Chinese (:mod:`copilot.planner.render_zh_table` holds the first ones): the
brief's defaults and notes (planner/briefing.py), the spend warning (planner/checks_spend.py), the push-length check,
a holdout asked for against the power calculation (planner/evidence.py) and revenue per conversion (tools/forecast.py).

Each is a regular expression over one whole sentence and its Chinese, as in the first table; a Chinese plan had shown
them in English ("⚠️ 花费：The budget $12,000 is 3.8x the forecast revenue …").
"""

from __future__ import annotations

import re
from datetime import datetime

from copilot.planner.render_zh_table import OBJECTIVES_ZH, _ch, _day, _rule
from copilot.reading.describe_zh import category_zh


def _period(said: str) -> str:
    """``April 2027`` as ``2027年4月``; anything else as said."""
    try:
        d = datetime.strptime(said, "%B %Y")
    except ValueError:
        return said
    return f"{d.year}年{d.month}月"


def _channels(said: str) -> str:
    return "、".join(_ch(c.strip()) for c in said.split(","))


def _cat(said: str) -> str:
    return "、".join(_label(c) for c in said.split(","))


def _label(said: str) -> str:
    """A category as a note says it ("sleeping bags") in Chinese."""
    slug = said.strip().lower().replace(" ", "-")
    zh = category_zh(slug)
    return said.strip() if zh == slug else zh


def _lifts(said: str) -> str:
    """``sleeping bags 4.6x, headlamps 2.5x`` as ``睡袋 4.6 倍、头灯 2.5 倍``."""
    parts = [re.fullmatch(r"(.+) ([\d.]+)x", p.strip()) for p in said.split(", ")]
    return "、".join(f"{_label(m[1])} {m[2]} 倍" if m else p for m, p in zip(parts, said.split(", "), strict=True))


def _basis(said: str) -> str:
    """Why a category is (not) featured again (:func:`copilot.planner.next_products.owned_category_repeats`)."""
    m = re.fullmatch(r"(\d+)% of its buyers bought the same product again \(a category is re-bought from (\d+)%\)", said)
    if m:
        return f"{m[1]}% 的买家再次购买了同一商品（复购率达 {m[2]}% 算作复购品类）"
    return {
        "a cross-sell offers other categories": "交叉销售只推其他品类",
        "a consumable or wear item": "属于消耗品或易损耗品",
        "no repeat rates in the data; judged by its name": "数据中没有复购率，按品类名称判断",
    }.get(said, said)


_M = r"(\S+(?: \([^)]*\))?)"  # an amount, with its range when it has one: $3,187 ($1,880–$6,073)

NOTES_ZH = [
    # planner/briefing.py: what the brief did not say
    _rule(r"No channels named: planned on (.+) \(owned channels with consent\)\.",
          lambda m: f"需求未指定渠道：按{_channels(m[1])}规划（有授权的自有渠道）。"),
    _rule(r'The brief gives a budget rate \("(.+)"\) but no length or dates: planned at the forecast\'s send cost\.',
          lambda m: f"需求给的是预算费率（“{m[1]}”），但没有天数或日期：按预测的发送成本规划。"),
    _rule(r"State the days or the total to plan to it\.", lambda m: "请说明天数或总额，方案会按它规划。"),
    _rule(r'The brief mentions a budget \("(.+)"\) but no amount could be read from it: planned at the forecast\'s '
          r"send cost\.", lambda m: f"需求提到了预算（“{m[1]}”），但读不出金额：按预测的发送成本规划。"),
    _rule(r"State the amount \(e\.g\. \$20k\) to plan to it\.", lambda m: "请写明金额（例如 2万元），方案会按它规划。"),
    _rule(r"No budget given: planned at the forecast's send cost\.", lambda m: "需求未给预算：按预测的发送成本规划。"),
    _rule(r"The budget names no currency: read as (\w+), the store's currency\.",
          lambda m: f"预算未注明币种：按店铺的币种 {m[1]} 计。"),
    _rule(r"No product named: the plan features (.+), what this audience bought\.",
          lambda m: f"需求未指定商品：方案主推{_cat(m[1])}，即该人群买过的品类。"),
    _rule(r"People buy it again: (.+)\.", lambda m: f"该品类有复购：{_basis(m[1])}。"),
    # planner/next_products.py, planner/featured.py: why these products
    _rule(r"Featured products: what customers who bought (.+?) also buy \((.+) as often as other customers; the "
          r"recommender's pick of each for this audience\), not more \1: (.+)\.",
          lambda m: f"主推商品：买过{_label(m[1])}的客户还常买的品类（{_lifts(m[2])}，按与其他客户相比的倍数；每个品类取推荐"
          f"模型为该人群选出的商品），不再主推{_label(m[1])}：{_basis(m[3])}。"),
    _rule(r"Featured products: (.+), what these customers bought\.",
          lambda m: f"主推商品：{_label(m[1])}，即这些客户买过的品类。"),
    _rule(r"No product focus or audience named: all customers and the best-selling products\.",
          lambda m: "需求未指定主推商品或人群：面向全体客户，主推畅销商品。"),
    _rule(r"No product or category named: the plan features the products most recommended for this audience\.",
          lambda m: "需求未指定商品或品类：方案主推最适合该人群的推荐商品。"),
    _rule(r"The catalogue has no (.+): nothing is featured as if it were (?:that product|those products)\.",
          lambda m: f"商品库里没有{m[1]}：方案不会拿别的商品冒充。"),
    _rule(r"Runs (\d+) days from (\w{3} \d{1,2}, \d{4}) \(no start date given\)\.",
          lambda m: f"从 {_day(m[2])} 起持续 {m[1]} 天（需求未给开始日期）。"),
    _rule(r'Dates read from the brief: (\d+) days within (.+) \("(.+)"\), starting on the first day\.',
          lambda m: f"日期按需求读作：{_period(m[2])}内的 {m[1]} 天（“{m[3]}”），从第一天开始。"),
    _rule(r"The start date was in the past; the campaign starts tomorrow\.", lambda m: "开始日期已过：活动从明天开始。"),
    _rule(r"No campaign type recognised: planned as a retention campaign\.", lambda m: "未识别出活动类型：按留存活动规划。"),
    _rule(r"No dates given: starts (\w{3} \d{1,2}, \d{4}) \(a week from today\) and runs (\d+) days\.",
          lambda m: f"需求未给日期：从 {_day(m[1])}（一周后）开始，持续 {m[2]} 天。"),
    _rule(r"Category read by the model as (\S+) from the brief's words\.",
          lambda m: f"品类由模型根据需求的措辞读作{category_zh(m[1])}。"),
    _rule(r"Campaign type read as (\w+) \(the brief names none\): say .+ to choose\.",
          lambda m: f"活动类型读作{OBJECTIVES_ZH.get(m[1], m[1])}（需求未说明）：如需更改，请写明召回、新品上市、交叉销售、清仓或留存。"),
    # copilot/reading/foreign_money.py: a spend threshold in another currency
    _rule(r"Spend threshold (.+?) converted at ([\d.]+) (\w+) per (\w+) \(setting fx_rates\)\.",
          lambda m: f"消费门槛 {m[1]} 按 1 {m[4]} = {m[2]} {m[3]} 换算（设置项 fx_rates）。"),
    _rule(r"Spend threshold (.+?): the spend threshold is in (\w+) and the store's data are in (\w+); no exchange rate is "
          r"set \(fx_rates\.\w+ in copilot\.toml\), so it is applied as the same number of \w+\.",
          lambda m: f"消费门槛 {m[1]}：门槛的币种是 {m[2]}，店铺数据的币种是 {m[3]}；没有设置汇率（copilot.toml 里的 fx_rates.{m[2]}），"
                    f"所以按同样数字的 {m[3]} 计算。"),
    # planner/checks_limits.py
    _rule(r"Push title (\d+) and body (\d+) characters\.", lambda m: f"推送标题 {m[1]} 个字符，正文 {m[2]} 个字符。"),
    # planner/evidence.py: a holdout asked for
    _rule(r"Holdout ([\d.]+)% as the brief asks \(a power calculation suggested ([\d.]+)%\)\.",
          lambda m: f"对照组 {m[1]}%，与需求一致（功效计算建议 {m[2]}%）。"),
    _rule(r"Holdout ([\d.]+)% as the brief asks \(no share up to 30% has the power for the expected lift; the default "
          r"would be ([\d.]+)%\)\.",
          lambda m: f"对照组 {m[1]}%，与需求一致（30% 以内的任何比例都没有足够功效检测预期增量；默认为 {m[2]}%）。"),
    # planner/checks_spend.py, sentence by sentence
    _rule(rf"The budget (\S+) is ([\d.]+)x the forecast revenue {_M}: a return of ([\d.]+)x(?:; ([\d.]+)x even at the "
          r"high end)?\.",
          lambda m: f"预算 {m[1]} 是预测收入 {m[3]} 的 {m[2]} 倍：回报 {m[4]}x" + (f"，即使按上限也只有 {m[5]}x。" if m[5] else "。")),
    _rule(r"The budget (\S+) has no forecast revenue against it \((.+)\): a return of ([\d.]+)x(?:; ([\d.]+)x even at "
          r"the high end)?\.", lambda m: f"预算 {m[1]} 没有对应的预测收入（{m[2]}）：回报 {m[3]}x。"),
    _rule(r"The scheduled sends cost (\S+); a budget of at most (\S+) keeps the forecast return at 1x or more\.",
          lambda m: f"排期发送的成本为 {m[1]}；预算不超过 {m[2]}，预测回报才能保持在 1x 及以上。"),
    _rule(r"Spend that, widen the audience, or state why the rest is an investment \(e\.g\. reactivation\)\.",
          lambda m: "请按这个金额花费、扩大人群，或说明其余花费为何值得投入（例如唤醒沉睡客户）。"),
    _rule(r"Even the scheduled sends \((\S+)\) cost more than the forecast revenue: send less often, narrow the audience "
          r"to its likelier buyers, or state why the spend is an investment\.",
          lambda m: f"仅排期发送的成本（{m[1]}）就高于预测收入：请减少发送次数、把人群收窄到更可能购买的客户，或说明这笔花费为何值得投入。"),
    # tools/forecast.py: revenue per conversion
    _rule(r"Revenue per conversion = the audience's average (?:spend per (\S+) order|order value)"
          r"( \(all customers: the audience has fewer than 30 buyers\))?: (\S+) \(95% range (\S+)-(\S+)\)\.",
          lambda m: "每次转化的收入 = " + ("全体客户" if m[2] else "该人群")
          + (f"每笔{category_zh(m[1])}订单的平均消费" if m[1] else "的平均客单价")
          + ("（该人群的买家不足 30 人）" if m[2] else "") + f"：{m[3]}（95% 区间 {m[4]}-{m[5]}）。"),
]
