"""A Chinese plan says the brief's defaults, the spend warning, the push-length check, an asked holdout and revenue
per conversion in Chinese (they had shown in English: "⚠️ 花费：The budget $12,000 is 3.8x the forecast revenue …")."""

from __future__ import annotations

import re

import pytest

from copilot.planner.render_zh_text import zh_text

SENTENCES = {
    "No channels named: planned on email, sms, push (owned channels with consent).": "邮件、短信、推送",
    'The brief gives a budget rate ("$50 a day") but no length or dates: planned at the forecast\'s send cost. '
    "State the days or the total to plan to it.": "“$50 a day”",
    'The brief mentions a budget ("budget TBC") but no amount could be read from it: planned at the forecast\'s '
    "send cost. State the amount (e.g. $20k) to plan to it.": "读不出金额",
    "No budget given: planned at the forecast's send cost.": "未给预算",
    "The budget names no currency: read as USD, the store's currency.": "USD",
    "No product named: the plan features tents, what this audience bought.": "帐篷",
    "No product focus or audience named: all customers and the best-selling products.": "畅销",
    "No product or category named: the plan features the products most recommended for this audience.": "推荐商品",
    "The catalogue has no e-bikes: nothing is featured as if it were that product.": "e-bikes",
    "Runs 14 days from Dec 12, 2026 (no start date given).": "2026年12月12日",
    'Dates read from the brief: 14 days within April 2027 ("two weeks in April"), starting on the first day.':
        "2027年4月内的 14 天",
    "The start date was in the past; the campaign starts tomorrow.": "明天",
    "No campaign type recognised: planned as a retention campaign.": "留存",
    "No dates given: starts Dec 12, 2026 (a week from today) and runs 21 days.": "持续 21 天",
    "Category read by the model as tents from the brief's words.": "帐篷",
    "Campaign type read as retention (the brief names none): say 'win back', 'launch', 'cross-sell', 'clearance' or "
    "'retention' to choose.": "留存",
    "Push title 24 and body 96 characters.": "正文 96 个字符",
    "Holdout 5% as the brief asks (a power calculation suggested 10.0%).": "功效计算建议 10.0%",
    "Holdout 10% as the brief asks (no share up to 30% has the power for the expected lift; the default would be "
    "10.0%).": "默认为 10.0%",
    "The budget $12,000 is 3.8x the forecast revenue $3,187 ($1,880–$6,073): a return of 0.27x; 0.51x even at the "
    "high end. The scheduled sends cost $89.79; a budget of at most $3,187 keeps the forecast return at 1x or more. "
    "Spend that, widen the audience, or state why the rest is an investment (e.g. reactivation).":
        "预算 $12,000 是预测收入 $3,187 ($1,880–$6,073) 的 3.8 倍",
    "The budget $900 has no forecast revenue against it ($0 ($0–$0)): a return of 0.00x. Even the scheduled sends "
    "($89.79) cost more than the forecast revenue: send less often, narrow the audience to its likelier buyers, or "
    "state why the spend is an investment.": "仅排期发送的成本（$89.79）",
    "Revenue per conversion = the audience's average spend per headlamps order (all customers: the audience has "
    "fewer than 30 buyers): $102.53 (95% range $101.63-$103.42).": "全体客户每笔头灯订单的平均消费",
    "Spend threshold 800 CNY: the spend threshold is in CNY and the store's data are in USD; no exchange rate is set "
    "(fx_rates.CNY in copilot.toml), so it is applied as the same number of USD.": "按同样数字的 USD 计算",
    "Spend threshold 1,000 CNY converted at 0.14 USD per CNY (setting fx_rates).": "按 1 CNY = 0.14 USD 换算",
    "Revenue per conversion = the audience's average order value: $170.04 (95% range $168.36-$171.72).":
        "该人群的平均客单价：$170.04",
}


@pytest.mark.parametrize("english", list(SENTENCES))
def test_the_sentence_is_said_in_chinese(english: str) -> None:
    out = zh_text(english)
    assert SENTENCES[english] in out
    unquoted = re.sub(r"“[^”]*”", "", out).replace("e-bikes", "").replace("copilot.toml", "")  # the brief's own words stay as written
    assert not re.findall(r"\b[a-z]{3,}\b", unquoted), out
