"""The planner's fixed English sentences and their Chinese, for Chinese plans (:mod:`copilot.planner.render_zh_text`).

:data:`FIXED_ZH` holds whole wordings (channel roles, schedule steps, KPIs, the budget rule, the A/B tests);
:data:`TEMPLATES_ZH` the wordings with numbers or names in them (check details, offer notes, holdout and
risk sentences), each a regular expression over the whole sentence and its Chinese. A wording neither covers
is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.planner.zh import zhe as _zhe
from copilot.reading.describe_zh import CHANNELS_ZH
from copilot.reading.reasons_zh import reason_for


def zhe(pct: float | None) -> str:
    """N% off as 折 (15 -> 8.5折); empty for no depth."""
    return _zhe(pct) if pct else ""


def _day(said: str) -> str:
    """``Mar 22, 2027`` as ``2027年3月22日`` (as said when it is not such a date)."""
    from datetime import datetime

    try:
        d = datetime.strptime(said, "%b %d, %Y")
    except ValueError:
        return said
    return f"{d.year}年{d.month}月{d.day}日"


def _ch(name: str) -> str:
    return CHANNELS_ZH.get(name.lower(), {"SMS": "短信", "Email": "邮件"}.get(name, name))


OBJECTIVES_ZH = {"winback": "召回", "retention": "留存", "acquisition": "拉新", "cross_sell": "交叉销售",
                 "launch": "新品上市", "seasonal": "节令营销", "clearance": "清仓"}  # fmt: skip

FIXED_ZH: dict[str, str] = {
    # channel roles (planner/budget.py ROLES)
    "Lead channel: tells the story, shows the featured products and the offer.": "主渠道：讲清活动内容，展示主推商品和优惠。",
    "Short reminder and last-chance nudge to consented mobile subscribers.": "给已同意接收短信的用户发简短提醒和最后机会提醒。",
    "Timely nudge to app users who allow marketing push.": "及时提醒允许营销推送的 App 用户。",
    "Reaches audience members owned channels miss (matched audience).": "触达自有渠道覆盖不到的目标人群（匹配人群）。",
    # schedule steps and notes (planner/schedule.py)
    "launch": "首发",
    "reminder": "提醒",
    "last chance": "最后机会",
    "nudge": "轻提醒",
    "flight start": "投放开始",
    "creative refresh": "素材更新",
    "A/B split 50/50 of the treated audience": "实验人群按 50/50 做 A/B 分流",
    "non-openers and non-buyers": "未打开且未购买的人",
    "launch winner": "首发胜出版本",
    "non-buyers": "未购买的人",
    "A/B split": "A/B 分流",
    "non-buyers since the email": "邮件后仍未购买的人",
    "winning variant": "胜出版本",
    "app users": "App 用户",
    "A/B creative test across the flight": "整个投放期做 A/B 素材测试",
    "keep the winner, rotate copy": "保留胜出版本，轮换文案",
    # KPIs and lift (planner/assemble.py)
    "Incremental conversion rate": "增量转化率",
    "Treated conversion rate minus holdout conversion rate.": "实验组转化率减去对照组转化率。",
    "Two-proportion z-test at the end of the window + 7 days.": "活动结束后 7 天做双比例 z 检验。",
    "Conversions": "转化数",
    "Orders attributed to the campaign in the window.": "活动期内归因到本次活动的订单数。",
    "Order attribution within the window.": "按活动期内的订单归因。",
    "Revenue": "收入",
    "Attributed revenue in the window.": "活动期内的归因收入。",
    "Sum of attributed order value.": "归因订单金额之和。",
    "Return on budget": "预算回报",
    "Attributed revenue / budget.": "归因收入 / 预算。",
    "Compare with the incremental revenue to avoid paying for sales that would happen anyway.": "与增量收入对照，避免为本来就会发生的销售买单。",
    "Unsubscribes / delivered; stop sends if it exceeds the historical rate.": "退订数 / 送达数；超过历史水平就停止发送。",
    "Per send, against the channel's history.": "逐次发送，对照该渠道的历史水平。",
    "Randomly assign the holdout before the first send and never contact it. Lift = conversion rate of the treated "
    "audience minus that of the holdout over the campaign window plus 7 days, with a two-proportion z-test; "
    "incremental revenue = lift × treated customers × average order value.": "首次发送前随机划出对照组，且始终不触达。增量 = 活动期加 7 天内实验组转化率减去对照组转化率，用双比例 z 检验；"
    "增量收入 = 增量 × 实验组客户数 × 客单价。",
    # budget rule (planner/budget.py)
    "Split in proportion to each channel's expected revenue (forecast), each channel between 10% and 70% of the "
    "total; the budget covers send costs first, the rest funds the offer and creative.": "按各渠道的预期收入（预测）比例分配，每个渠道占总额的 10% 到 70%；预算先覆盖发送成本，其余用于优惠和创意。",
    "No budget from the request: the plan is sized to the cost of its scheduled sends, split in proportion to each "
    "channel's expected revenue (each between 10% and 70%).": "需求中没有可采用的预算：方案按计划发送的成本定规模，按各渠道的预期收入比例分配（每个渠道占 10% 到 70%）。",
    # A/B tests (planner/copy_facts.py)
    "The offer lifts orders enough to pay for the discount.": "优惠带来的订单增长足以抵消折扣成本。",
    "offer": "优惠",
    "with the offer": "带优惠",
    "without the offer": "不带优惠",
    "orders per recipient and revenue per recipient (net of the discount)": "人均订单数和人均收入（扣除折扣）",
    "What customers praise in their reviews persuades more than one more product detail.": "顾客评价里称赞的点比多一条产品细节更有说服力。",
    "proof": "佐证",
    "social proof from review insights": "来自评价洞察的口碑佐证",
    "product detail": "产品细节",
    "click-through rate, then orders per recipient": "点击率，其次是人均订单数",
    "Customers' ratings persuade more than one more product detail.": "顾客评分比多一条产品细节更有说服力。",
    "social proof (review rating)": "口碑佐证（评价评分）",
    "A benefit-led opening earns more clicks than an urgency-led one.": "以利益点开头比以紧迫感开头带来更多点击。",
    "hook": "开头",
    "benefit-led opening": "利益点开头",
    "urgency-led opening": "紧迫感开头",
    # copy strategy (planner/copywriter.py)
    "constrained: the model wrote questions and invitations only; every claim is a fact's checked phrasing put in "
    "by code.": "受约束：模型只写提问和邀请句；每条卖点都是代码放入的、经过核对的事实表述。",
    "rich: the model wrote whole sentences citing facts; each sentence was checked by the claim checker, unsupported "
    "ones repaired once, then removed.": "完整句：模型写出引用事实的完整句子；每句都经过卖点检查，无依据的先修复一次，仍不通过则删除。",
    # offers (planner/offers.py)
    "The data has no product cost: the margin left after the discount is an assumption (check it against the "
    "product margins before sending).": "数据里没有商品成本：折后剩余毛利是假设值（发送前请对照商品毛利核对）。",
    "Free shipping: its cost is not in the data; set it against the budget.": "包邮：数据里没有运费成本；请计入预算。",
    "No offer: no discount fits the cap and margin.": "不设优惠：没有既满足折扣上限又保住毛利的折扣。",
    "An amount off: its depth depends on the basket; check it against the product margins before sending.":
        "立减金额：折扣深度取决于订单金额；发送前请对照商品毛利核对。",
    "The gift's cost is not in the data; set it against the budget.": "数据里没有赠品成本；请计入预算。",
    "Buy one, get one: the second item's cost is not in the data; check it against the margins.":
        "买一送一：数据里没有第二件商品的成本；请对照毛利核对。",
    # check details (planner/checks*.py, request_checks.py)
    "Opt-out line, sender name and postal address present.": "退订说明、发送方名称和邮寄地址齐全。",
    "No banned phrases.": "没有禁用词。",
    "Every number in the copy traces to evidence or the brief.": "文案里的每个数字都能追溯到依据或需求。",
    "No truncated, raw, repeated or mismatched copy.": "没有被截断、未处理、重复或不匹配的文案。",
    "No SMS in quiet hours (21:00-08:00 recipient local).": "免打扰时段（收件人当地时间 21:00-08:00）不发短信。",
    "Channel budgets add up to the total.": "各渠道预算之和等于总预算。",
    "No spend to weigh.": "没有需要权衡的花费。",
    "Every clause of the brief was applied.": "需求的每一句都已采用。",
    "The audience is the one the brief describes.": "人群与需求描述一致。",
    "The plan's audience is not the one the brief describes.": "方案的人群与需求描述不一致。",
    "Only channels the brief allows are planned.": "只规划了需求允许的渠道。",
    "The budget is the brief's.": "预算与需求一致。",
    # risks and assumptions
    "Costs use each channel's historical cost per send where costs are recorded.": "有成本记录的渠道按其历史单次发送成本计算。",
    "The email budget is below the cost of its scheduled sends; trim the audience or move budget.": "邮件预算低于其排期发送的成本；请缩小人群或调整预算。",
    "The sms budget is below the cost of its scheduled sends; trim the audience or move budget.": "短信预算低于其排期发送的成本；请缩小人群或调整预算。",
}

_N = r"([\d,.]+)"
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rule(pattern: str, render: Callable[[re.Match[str]], str]) -> _Rule:
    return re.compile(pattern), render


TEMPLATES_ZH: list[_Rule] = [
    _rule(
        rf"Subject is {_N} characters \({_N} columns: a Chinese character counts 2\)\.",
        lambda m: f"主题 {m[1]} 个字符（{m[2]} 列：一个汉字算 2 列）。",
    ),
    _rule(
        rf"Preheader is {_N} characters \({_N} columns: a Chinese character counts 2\)\.",
        lambda m: f"预览文字 {m[1]} 个字符（{m[2]} 列：一个汉字算 2 列）。",
    ),
    _rule(
        rf"{_N} claim\(s\) checked, all supported; {_N} fact\(s\) cited\.",
        lambda m: f"检查了 {m[1]} 条卖点，全部有依据；引用了 {m[2]} 条事实。",
    ),
    _rule(
        rf"{_N} UCS-2 characters = {_N} segment\(s\) \(Chinese text is sent as UCS-2: 70 characters in one segment, "
        r"67 per part\)\.",
        lambda m: (
            f"{m[1]} 个 UCS-2 字符 = {m[2]} 条短信（中文按 UCS-2 发送：单条 70 字，长短信每条 67 字）。"
        ),
    ),
    _rule(r"Signature (.+) and opt-out line present\.", lambda m: f"签名 {m[1]} 和退订说明齐全。"),
    _rule(
        rf"offer: {_N}% off within the cap of {_N}%\.",
        lambda m: f"优惠：{zhe(float(m[1]))}，未超过上限 {zhe(float(m[2]))}。",
    ),
    _rule(
        rf"(\w+): {_N} recipients, all within {_N} consented\.",
        lambda m: f"{_ch(m[1])}：{m[2]} 位收件人，全部在 {m[3]} 位已同意接收的客户之内。",
    ),
    _rule(
        r"Forecast revenue (\S+) is ([\d.]+)x the budget (\S+)\.",
        lambda m: f"预测收入 {m[1]} 是预算 {m[3]} 的 {m[2]} 倍。",
    ),
    _rule(
        r"Forecast revenue (\S+) is ([\d.]+)x the cost of the sends \(no budget applied\) (\S+)\.",
        lambda m: f"预测收入 {m[1]} 是发送成本 {m[3]} 的 {m[2]} 倍（未采用预算）。",
    ),
    _rule(rf"All {_N} figures trace to evidence\.", lambda m: f"全部 {m[1]} 个数字都能追溯到依据。"),
    _rule(
        r"Offers and copy stay within at most ([\d.]+)% off\.",
        lambda m: f"优惠和文案都在折扣上限（最多{zhe(float(m[1]))}）以内。",
    ),
    _rule(r"Offers and copy stay within no discount\.", lambda m: "优惠和文案都没有折扣。"),
    _rule(r"Holdout ([\d.]+)% as asked\.", lambda m: f"对照组 {m[1]}%，与需求一致。"),
    _rule(r'The offer is the brief\'s \("(.+)"\)\.', lambda m: f"优惠与需求一致（“{m[1]}”）。"),
    _rule(r"The offer was capped at the brief's ([\d.]+)%\.", lambda m: f"优惠按需求的上限{zhe(float(m[1]))}封顶。"),
    _rule(r'offer: the brief asks "(.+)", the plan carries (.+)\.', lambda m: f"优惠：需求是“{m[1]}”，方案却是 {m[2]}。"),
    _rule(r"offer: (.+) within the cap of ([\d.]+)%\.", lambda m: f"优惠：{m[1]}，未超过上限 {zhe(float(m[2]))}。"),
    # schedule notes
    _rule(
        r"(\d\d):00 recipient local time \(best hour in past sends\)",
        lambda m: f"收件人当地时间 {m[1]}:00（历史发送的最佳时段）",
    ),
    _rule(
        r"(\d\d):00 recipient local time \(default hour\)", lambda m: f"收件人当地时间 {m[1]}:00（默认时段）"
    ),
    _rule(
        r"12:00 recipient local time \(noon: the best past hour falls in SMS quiet hours \(21:00-08:00\)\)",
        lambda m: "收件人当地时间 12:00（中午：历史最佳时段落在短信免打扰时段 21:00-08:00 内）",
    ),
    _rule(r"(\w+) unsubscribe rate \(guardrail\)", lambda m: f"{_ch(m[1])}退订率（护栏指标）"),
    # offers and the A/B test
    _rule(
        r"A ([\w-]+) campaign usually carries an offer; ([\d.]+)% is a starting depth\.",
        lambda m: f"这类活动通常带优惠；起始力度为{zhe(float(m[2]))}。",
    ),
    _rule(
        r"Capped at the brief's ([\d.]+)% \(was ([\d.]+)%\)\.",
        lambda m: f"按需求的上限{zhe(float(m[1]))}封顶（原为{zhe(float(m[2]))}）。",
    ),
    _rule(
        r"The offer was capped at the brief's ([\d.]+)% \(was ([\d.]+)%\)\.",
        lambda m: f"优惠按需求的上限{zhe(float(m[1]))}封顶（原为{zhe(float(m[2]))}）。",
    ),
    _rule(
        r"Offer of ([\d.]+)% off assumed for a ([\w-]+) campaign: change it in the brief\.",
        lambda m: f"这类活动默认按{zhe(float(m[1]))}设优惠：如需更改请在需求中说明。",
    ),
    _rule(r"The brief's offer \((.+)\)\.", lambda m: f"需求中的优惠（{m[1]}）。"),
    _rule(
        r"Leaves at least ([\d.]+)% margin on the featured products \(cost from the catalogue\)\.",
        lambda m: f"主推商品至少保留 {m[1]}% 的毛利（成本取自商品库）。",
    ),
    _rule(
        r"Smallest detectable difference in orders per recipient \(alpha 0\.05, power 0\.8\): (.+)",
        lambda m: (
            "人均订单数的最小可检测差异（alpha 0.05，功效 0.8）："
            + "；".join(
                re.sub(
                    r"(\w+): ([\d,]+) per arm detects (\S+) vs (\S+)",
                    lambda a: f"{_ch(a[1])}每组 {a[2]} 人可检测 {a[3]} 对 {a[4]}",
                    part,
                )
                for part in m[1].split("; ")
            )
        ),
    ),
    # holdout and risks
    _rule(r"A fixed ([\d.]+)% holdout\.", lambda m: f"固定 {m[1]}% 的对照组。"),
    _rule(
        r"([\d.]+)% as the brief asks\. At this size it cannot detect the expected lift of ([\d.]+) points with 80% power; "
        r"only a lift of ([\d.]+) points or more is detectable, so read the result as directional\.",
        lambda m: (
            f"{m[1]}%，与需求一致。按这个规模无法以 80% 的功效检测出预期 {m[2]} 个百分点的增量；只能检测到 {m[3]} 个百分点"
            "以上的增量，因此结果只作方向性参考。"
        ),
    ),
    _rule(
        r"([\d.]+)% as the brief asks: it detects the expected lift \(([\d.]+) points over a ([\d.]+)% baseline\) with 80% "
        r"power at 5% significance\.",
        lambda m: f"{m[1]}%，与需求一致：能以 80% 的功效、5% 的显著性水平检测出预期增量（在 {m[3]}% 基线上提高 {m[2]} 个百分点）。",
    ),
    _rule(r"([\d.]+)% as the brief asks: no customer is held out\.", lambda m: f"{m[1]}%，与需求一致：没有客户被留作对照。"),
    _rule(r"Wide forecast range \(high is more than 3x low\): little comparable history\.",
          lambda m: "预测区间很宽（上限超过下限的 3 倍）：可比的历史数据很少。"),
    _rule(
        r"No holdout up to ([\d.]+)% can detect the expected lift of ([\d.]+) points with 80% power; at this size only "
        r"a lift of ([\d.]+) points or more is detectable, so read the result as directional\.",
        lambda m: (
            f"对照组即使到 {m[1]}% 也无法以 80% 的功效检测出预期 {m[2]} 个百分点的增量；按当前规模只能检测到 "
            f"{m[3]} 个百分点以上的增量，因此结果只能作为方向性参考。"
        ),
    ),
    _rule(
        r"The holdout cannot confirm the expected lift with 80% power \(detectable lift ≥ ([\d.]+) points\); treat the "
        r"lift read as directional\.",
        lambda m: (
            f"对照组无法以 80% 的功效确认预期增量（可检测增量 ≥ {m[1]} 个百分点）；增量结果只作方向性参考。"
        ),
    ),
    _rule(
        r"Budget ([\d,.]+) (\w+) not applied: (.+)\.",
        lambda m: f"预算 {m[1]} {m[2]} 未采用：{reason_for(m[3], 'zh')}。",
    ),
    _rule(
        r'Dates read from the brief as (.+) to (.+) \("(.+)"\)\.',
        lambda m: f"日期按需求读作 {_day(m[1])} 至 {_day(m[2])}（“{m[3]}”）。",
    ),
    _rule(
        rf"{_N}% of the audience \({_N}\) is held out untouched to measure lift\.",
        lambda m: f"目标人群的 {m[1]}%（{m[2]} 人）作为对照组不做触达，用来衡量增量。",
    ),
]


_HOW = {"assumed: too few repeat sends in the history": "假设值：历史重复发送太少",
        "measured on the brand's repeat sends": "按品牌的历史重复发送测得"}  # fmt: skip


def _basis(said: str) -> str:
    """Where a channel's rate came from: ``past trekking-poles campaigns sent to this audience (1,777 sends)``."""
    from copilot.reading.describe_zh import category_zh

    m = re.fullmatch(r"past (?:(.+?) )?campaigns( sent to this audience)?(?: \(([\d,]+) sends\))?", said)
    if m is None:
        return said
    what = " ".join(category_zh(w) for w in (m[1] or "").split())
    return f"过往{what}活动" + ("（发给该人群）" if m[2] else "") + (f"，共 {m[3]} 次发送" if m[3] else "")


def _sends(part: str) -> str:
    m = re.fullmatch(r"(\w[\w ]*)'s (\d+) sends? convert ([\d.]+)x one send \(each later send ([\d.]+)x the one "
                     r"before, (.+)\)", part)  # fmt: skip
    if m is None:
        return part
    return f"{_ch(m[1])}的 {m[2]} 次发送相当于单次的 {m[3]} 倍（每次后续发送为前一次的 {m[4]} 倍，{_HOW.get(m[5], m[5])}）"


def _rate(part: str) -> str:
    m = re.fullmatch(r"(\w[\w ]*?) from (.+?)(?:, × propensity lift ([\d.]+)x)?", part)
    if m is None:
        return part
    return f"{_ch(m[1])}：{_basis(m[2])}" + (f"，× 购买倾向提升 {m[3]} 倍" if m[3] else "")


FIXED_ZH.update({
    "Recipients (consented, minus the holdout) × the channel's historical conversions per message (Wilson 95%) × "
    "revenue per order.": "收件人数（已同意接收，扣除对照组）× 该渠道的历史单条转化率（Wilson 95%）× 每单收入。",
    "A customer reached on two channels counts on both.": "同时被两个渠道触达的客户在两个渠道都计入。",
    "One send per recipient and channel; a customer reached on two channels counts on both.":
        "每位收件人每个渠道发送一次；同时被两个渠道触达的客户在两个渠道都计入。",
    "One send per reachable customer per channel (a later send adds its channel's follow-up response times the one "
    "before); customers reached on several channels may convert once only, so totals across channels are an upper "
    "bound.": "每位可触达客户每个渠道发送一次（后续发送按该渠道的跟进响应乘以前一次计入）；被多个渠道触达的客户可能只转化一次，"
              "所以各渠道合计是上限。",
    "Range = sampling noise of the expected buyer count (Poisson-binomial, 95%) widened by the holdout calibration "
    "error times the audience size.": "区间 = 预期购买人数的抽样误差（泊松二项分布，95%），再加上对照组校准误差乘以人群规模。",
})  # fmt: skip
TEMPLATES_ZH.extend([
    _rule(r"Forecast and cost count every scheduled send: (.+); each send is costed in full\.",
          lambda m: "预测和成本计入每一次排期发送：" + "；".join(_sends(p) for p in m[1].split("; ")) + "；每次发送都全额计成本。"),
    _rule(r"Rates: (.+)\.", lambda m: "转化率来源：" + "；".join(_rate(p) for p in m[1].split("; ")) + "。"),
    _rule(r"(\w+): conversions per send ([\d.]+%) \(([\d.]+%)-([\d.]+%)\) from (.+); only consented customers are "
          r"reachable\.", lambda m: f"{_ch(m[1])}：单次发送转化率 {m[2]}（{m[3]}-{m[4]}），来自{_basis(m[5])}；只有已同意接收的客户可触达。"),
    _rule(r"(\w+): each later send converts ([\d.]+)x as well as the one before \(95% range ([\d.]+)x to ([\d.]+)x\): "
          r"the brand's ([\d,]+) past \w+ sends that followed another within (\d+) days converted ([\d.]+%) against "
          r"([\d.]+%) for the others\.",
          lambda m: f"{_ch(m[1])}：每次后续发送的转化为前一次的 {m[2]} 倍（95% 区间 {m[3]} 至 {m[4]} 倍）：品牌过去在另一次发送后 "
                    f"{m[6]} 天内的 {m[5]} 次{_ch(m[1])}发送转化率为 {m[7]}，其他发送为 {m[8]}。"),
    _rule(r"(\w+): each later send is assumed to convert ([\d.]+)x as well as the one before \(range ([\d.]+)x to "
          r"([\d.]+)x\): no past \w+ send followed another within (\d+) days, too few to measure it\.",
          lambda m: f"{_ch(m[1])}：假设每次后续发送的转化为前一次的 {m[2]} 倍（区间 {m[3]} 至 {m[4]} 倍）：历史上没有"
                    f"{_ch(m[1])}发送是在另一次发送后 {m[5]} 天内发出的，样本太少，无法测量。"),
    _rule(r"Where the audience itself received too few past sends, all-recipient rates are scaled by the audience's "
          r"(\d+)-day purchase propensity relative to all customers \(([\d.]+)x, range ([\d.]+)-([\d.]+)x, bounded to "
          r"([\d.]+)-([\d.]+)x because organic propensity is only a proxy for campaign response\)\.",
          lambda m: f"该人群自身的历史发送太少时，全体收件人的转化率按该人群 {m[1]} 天购买倾向相对全体客户的倍数缩放（{m[2]} 倍，"
                    f"区间 {m[3]}-{m[4]} 倍，限定在 {m[5]}-{m[6]} 倍之间，因为自然购买倾向只是活动响应的近似）。"),
    _rule(r"Revenue per conversion = the audience's average spend per (\S+) order: (\S+) \(95% range (\S+)-(\S+)\)\.",
          lambda m: f"每次转化的收入 = 该人群每笔{_cat(m[1])}订单的平均消费：{m[2]}（95% 区间 {m[3]}-{m[4]}）。"),
    _rule(r"Incremental conversions subtract clickers who would have bought anyway within the (\d+)-day attribution "
          r"window \(their propensity over that window: ([\d.]+%)\); only the holdout comparison measures true "
          r"incrementality\.", lambda m: f"增量转化扣除了在 {m[1]} 天归因窗口内本来就会购买的点击者（他们在该窗口内的购买倾向：{m[2]}）；"
                                        "只有与对照组比较才能衡量真实增量。"),
    _rule(r"The model predicts (\d+)-day purchases; (\d+)-day probabilities assume a constant purchase rate \((.+)\)\.",
          lambda m: f"模型预测 {m[1]} 天内的购买；{m[2]} 天的概率假设购买速率恒定（{m[3]}）。"),
    _rule(r"Holdout metrics are for (\d+) days\.", lambda m: f"对照组指标按 {m[1]} 天计算。"),
    _rule(r"audience: ([\d,]+) customers \(([\d.]+%)\), ([\d.]+%) of revenue, AOV (\S+)",
          lambda m: f"人群：{m[1]} 位客户（{m[2]}），贡献 {m[3]} 的收入，客单价 {m[4]}"),
    _rule(r"(\d+) facts for (.+)", lambda m: f"{m[2].replace(', ', '、')} 的 {m[1]} 条事实"),
    _rule(r"([\d,]+) of ([\d,]+) expected to buy (\S+) in (\d+)d \(([\d,]+)-([\d,]+)\); mean p ([\d.]+%) vs base ([\d.]+%); "
          r"AUC ([\d.]+)", lambda m: f"{m[2]} 人中预计 {m[1]} 人在 {m[4]} 天内购买{_cat(m[3])}（{m[5]}-{m[6]}）；平均概率 {m[7]}，"
                                    f"基准 {m[8]}；AUC {m[9]}"),
    _rule(r"(\d+) products for .+ \((\w+)\): (.+)", lambda m: f"为目标人群推荐 {m[1]} 件商品（{m[2]}）：{m[3]}"),
    _rule(r"(\d+) channels? for .+; best conversion (\w+) ([\d.]+%) \(([\d.]+%)-([\d.]+%)\)",
          lambda m: f"目标人群的 {m[1]} 个渠道；转化率最高：{_ch(m[2])} {m[3]}（{m[4]}-{m[5]}）"),
    _rule(r"([\w, ]+) to ([\d,]+): ([\d,]+) conversions \(([\d,]+)-([\d,]+)\), (\S+) \((\S+)-(\S+)\), incremental ([\d,]+)",
          lambda m: f"{'、'.join(_ch(c) for c in m[1].split(', '))}发给 {m[2]} 人：{m[3]} 次转化（{m[4]}-{m[5]}），收入 {m[6]}"
                    f"（{m[7]}-{m[8]}），增量 {m[9]}"),
])  # fmt: skip


def _cat(slug: str) -> str:
    from copilot.reading.describe_zh import category_zh

    return category_zh(slug)
