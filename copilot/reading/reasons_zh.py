"""The reasons of Not-applied entries in Chinese, for answers to Chinese questions and Chinese plans.

The reader writes each reason in English (one wording per rule, kept in the reading and its JSON). A Chinese
marketer is told the same reason in Chinese: the templates below cover the reader's recurring wordings, a
reason they do not cover is shown as written rather than guessed at. Benchmarked in
``benchmarks/bench_reader.py``'s coverage line (share of the dev set's reasons translated).
"""

from __future__ import annotations

import re

from copilot.reading.age import VAGUE_AGE_REASON
from copilot.reading.breakdown import BREAKDOWN_REASON
from copilot.reading.describe_zh import CHANNELS_ZH, category_zh
from copilot.reading.finance import BID_REASON, CPA_ASKED_REASON
from copilot.reading.house_rules import SEND_DAYS_REASON
from copilot.reading.leftover import SIZE_REASON
from copilot.reading.multi_buy import REASON as MULTI_BUY_REASON
from copilot.reading.offer_terms import SECOND_OFFER_REASON

#: What "the data has no X" names, in Chinese (X kept as written when absent).
DATA_NOUNS = {
    "paid membership (tier, status, renewal or expiry)": "付费会员信息（等级、状态、续费或到期）",
    "loyalty programme": "会员积分体系",
    "location beyond region": "地区以外的位置信息",
    "occupation": "职业信息",
    "countries": "国家信息",
    "cart or browsing activity": "加购和浏览行为",
    "birthday": "生日",
    "gender": "性别",
    "age": "年龄",
    "returns": "退货记录",
    "ethnicity or heritage": "民族或族裔信息",
    "regions of China or city tiers": "中国省市或城市等级",
    "in-store purchases": "门店购买记录",
    "support contacts or complaints": "客服咨询或投诉记录",
    "event attendance": "活动参与记录",
    "store visits": "到店记录",
    "app usage": "App 使用记录",
    "devices and app versions": "设备和 App 版本",
    "family status": "家庭情况",
    "order source": "订单来源",
    "gift purchases": "礼品购买记录",
    "cycling gear to tell cyclists by (the catalogue sells none)": "可用来识别骑行人群的骑行用品（商品库不卖骑行用品）",
    "reviews written": "评价撰写记录",
    "average order value": "客单价字段",
    "language": "语言偏好",
    "business accounts": "企业账户",
    "acquisition source": "获客来源",
    "waitlists and favourites": "到货提醒和收藏",
    "weather": "天气数据",
    "value buckets": "价值分档",
    "changes between periods": "分期间的变化数据",
    "repair or take-back service": "维修或回收服务记录",
}
#: What "copilot cannot plan X" names.
CHANNEL_NOUNS = {
    "WeChat": "微信",
    "organic posts": "自然流量内容发布",
    "influencer collaborations": "达人合作",
    "in-store": "门店活动",
    "livestreams": "直播",
    "mini-programs": "小程序",
    "distributors and group-buy leaders": "分销员和团长",
    "direct mail": "直邮",
    "WhatsApp": "WhatsApp",
    "video and microblog platforms": "短视频和微博平台",
    "in-app messages": "App 内消息",
    "phone calls": "电话外呼",
    "search ads": "搜索广告",
    "podcasts": "播客",
}
_PLANS = "它只规划邮件、短信、推送和付费社交"

#: Whole reasons (the most frequent fixed wordings), English -> Chinese.
FIXED = {
    "the data has no membership expiry dates, so a send timed from each member's expiry cannot be planned":
        "数据里没有会员到期日，无法按每位会员的到期时间安排发送",
    "points at an earlier campaign copilot cannot see; the plan holds only what this request says: repeat here anything "
    "of that campaign to keep (its audience, offer, channels, budget)":
        "指向一次 copilot 看不到的过往活动；方案只包含这条需求写明的内容：需要沿用的（人群、优惠、渠道、预算）请在这里重写一遍",
    "copilot schedules each channel's sends itself (at each channel's best hour); a series, cadence, send time or head "
    "start is not planned from these words: set it in the plan's schedule":
        "copilot 自行安排各渠道的发送时间（各渠道的最佳时段）；系列发送、频次、发送时间或提前量不按这句话规划：请在方案的排期中设置",
    "copilot could not read this clause about who to reach or what to offer; edit the plan or rephrase it":
        "copilot 没能读懂这句关于发给谁或给什么优惠的话；请修改方案或换个说法",
    "copilot could not read this clause; edit the plan or rephrase it": "copilot 没能读懂这句话；请修改方案或换个说法",
    "copilot's compliance check puts the opt-out and sender lines in every message and checks the brand's banned "
    "phrases from its settings; a content rule is not taken from the request: check the copy, or add it there":
        "copilot 的合规检查会在每条消息里加上退订和发送方信息，并按设置检查品牌禁用词；文案规则不从需求中读取：请检查文案，或把规则加到设置里",
    "copilot plans the budget, audience and offer; it does not model acquisition cost, payback or margin, so this "
    "guardrail is not checked: review the plan's forecast against it":
        "copilot 规划预算、人群和优惠，不测算获客成本、回本周期或毛利，因此这条约束未被检查：请对照方案的预测自行核对",
    "left as a placeholder in the template: fill it in and copilot will read it": "模板里还是占位符：填上后 copilot 会读取",
    "copilot's conditions count back from today; a window counted from each customer's own sign-up or order is not applied":
        "copilot 的条件都从今天往回数；按每位客户自己的注册或下单时间起算的时间窗不适用",
    "the data's conditions count orders and spend; the items within one order are not held, so this is not applied":
        "数据条件按订单数和消费额计算；单笔订单里的商品件数没有记录，因此不适用",
    "copilot does not narrow products by price; the whole category is promoted: name the products to promote only those":
        "copilot 不按价格筛选商品；会推广整个品类：如只推部分商品，请写明商品名",
    "copilot plans discounts, free shipping, gifts and buy-one-get-one; loyalty points are not in the data":
        "copilot 规划折扣、包邮、赠品和买一送一；数据里没有会员积分",
    "a plan prices one offer per order (a percentage or an amount off, free shipping, a gift or buy-one-get-one); "
    "multi-buy and presale-deposit mechanics are set up on the marketplace, not by the plan":
        "一个方案每单只计一种优惠（折扣、立减、包邮、赠品或买一送一）；多件优惠和预售定金玩法需在平台上设置，不由方案规划",
    "no amount could be read; the plan is priced at the send cost": "没有读到金额；方案按发送成本计算",
    "points at an earlier message; read alone, copilot does not know who or what that is":
        "指向之前的消息；单看这条消息，copilot 不知道指的是谁或什么",
    "an instruction to copilot inside the request; copilot does not follow it": "需求里夹带的对 copilot 的指令；copilot 不执行",
    "copilot does not know this day (it is not in the data or the calendar), so the campaign's dates are not set from "
    "these words: give the dates, or set them in the plan's schedule":
        "copilot 不知道这一天是哪天（数据和日历里都没有），因此活动日期不按这句话设置：请给出具体日期，或在方案排期中设置",
    "copilot plans one window, not a sequence of sends; set the sends up in the plan": "copilot 只规划一个时间窗口，不规划发送序列；请在方案中设置各次发送",
    "the offer's depth is planned as a percentage or an amount; a cap per order, a limit on redemptions or a "
    "no-stacking rule is set in the store's discount code, not by the plan":
        "优惠力度按折扣比例或金额规划；每单上限、核销次数限制或不可叠加规则需在店铺的优惠码里设置，不由方案规划",
    "copilot plans one total budget and divides it by each channel's expected return; this split per channel is not "
    "applied: adjust the plan's channel budgets":
        "copilot 只规划一个总预算，并按各渠道的预期回报分配；这里的分渠道预算未采用：请在方案中调整各渠道预算",
    "copilot answers this from all of the data; the period is not applied": "copilot 按全部数据回答；这个时间段未采用",
    "customers' contact details are never shown in chat or in a plan; once the plan is approved, `copilot plans "
    "export` writes its audience for your own sending tool":
        "客户联系方式不会出现在对话或方案里；方案批准后，`copilot plans export` 会把人群导出给你自己的发送工具",
    "the data has no weather; copilot plans a dated window, not a trigger: set the trigger in your sending tool":
        "数据里没有天气；copilot 规划有日期的时间窗口，不规划触发条件：请在发送工具里设置触发",
    "copilot plans one total budget and divides it by each channel's expected return; a cap on one channel's spend is "
    "not applied and is no channel rule: set that channel's budget in the plan":
        "copilot 只规划一个总预算，并按各渠道的预期回报分配；单个渠道的花费上限未采用，也不作为渠道规则：请在方案中设置该渠道的预算",
    "copilot does not select the promoted products by a spec (fill power, weight, capacity), so the products are not "
    "narrowed by this; the whole category is promoted: name the products to promote only those":
        "copilot 不按产品参数（蓬松度、重量、容量）筛选主推商品，因此没有据此缩小范围；整个品类都会主推：只想主推部分商品请写出商品名",
    "copilot answers for one period at a time; ask again for this one to compare": "copilot 一次只回答一个时间段；要对比请就这个时间段再问一次",
    BREAKDOWN_REASON["category"]: "copilot 没有分品类的销售额或效果数据：现有工具只给出客户及其累计消费（segment_lookup）和各渠道的活动效果（channel_stats）；回答未按品类拆分",
    BREAKDOWN_REASON["period"]: "copilot 按客户当前的状态和累计消费统计；只有各渠道的活动效果能按时间段拆分，所以回答未按这个方式拆分",
    BREAKDOWN_REASON["other"]: "copilot 对整个人群给出一个答案，不按这个方式拆分；请分别再问",
    "copilot plans campaigns and answers from the brand's data; it cannot do this": "copilot 根据品牌数据规划活动和回答问题；这件事它做不了",
    "product specs and positioning for the copy: copilot writes the copy from the catalogue's product facts and does "
    "not take them from the request; check them in the copy":
        "文案用的产品参数和定位：copilot 根据商品库的产品信息写文案，不从需求里取；请在文案中核对",
    "copilot sizes and reads out the test from the audience it plans; this design parameter is not applied":
        "copilot 根据所规划的人群确定测试规模并复盘；这个实验设计参数未采用",
    "copilot answers from the brand's data; what a term means is in docs/reading.md and the segment descriptions, "
    "not a figure it computes":
        "copilot 根据品牌数据回答；术语的含义见 docs/reading.md 和分群说明，不是它计算的数字",
    "refers to the earlier messages quoted below it, which copilot does not read (they may have been changed since); "
    "copilot plans what this message says: repeat here anything to keep":
        "指向下面引用的早先消息，copilot 不读取它们（之后可能已有改动）；copilot 按这条消息规划：需要保留的内容请在这里重复",
    "a second campaign in the same message: copilot plans one campaign per request; send it as a request of its own":
        "同一条消息里的第二个活动：copilot 每次需求只规划一个活动；请单独发送",
    "copilot plans one window for the whole sale; its phases (warm-up, main, encore) are not scheduled from these "
    "words: set each phase's sends in the plan's schedule":
        "copilot 为整场大促规划一个时间窗口；预热、正式、返场等阶段不按这句话排期：请在方案排期中设置各阶段的发送",
    "copilot keeps SMS out of 21:00-08:00 in each customer's local time and sends at each channel's best hour; a "
    "send-hour rule is not set from these words: check the plan's schedule":
        "copilot 不会在客户当地时间 21:00-08:00 发短信，并在各渠道最佳时段发送；发送时段规则不按这句话设置：请检查方案排期",
    "copilot holds no exact ages or birth dates, so an age limit cannot be applied; check it in your sending tool":
        "copilot 没有确切的年龄或出生日期，无法应用年龄限制；请在发送工具里核对",
    VAGUE_AGE_REASON: "世代或笼统的年龄说法不是年龄范围：请说出具体年龄（如“25-34岁”），以便使用数据里的年龄段",
    "left open in the meeting: copilot plans what was decided; say it once it is decided": "会上未定：copilot 只规划已决定的事项；定了再告诉它",
    "a plan prices the discount; per-customer codes, stock limits and services are set in your store":
        "方案只计算折扣；一人一码、库存限量和服务需在店铺里设置",
    "copilot reads this message only, not its attachments: paste the values here": "copilot 只读这条消息，不读附件：请把内容贴在这里",
    "left as the template's prompt: say which and copilot will read it": "仍是模板的提示语：写明后 copilot 会读取",
    "copilot plans one total budget: the total is the rate times the campaign's length, and the request gives no "
    "length or dates; give the total, or the days it runs":
        "copilot 只规划一个总预算：总额为该费率乘以活动天数，而需求没有给出天数或日期；请给出总预算，或活动持续的天数",
    SEND_DAYS_REASON: "copilot 在活动期内的每一天按各渠道最佳时段排期；按星期几发送的规则未采用：请检查方案的发送日期，把落在这些日子的发送挪开",
    BID_REASON: "出价上限在广告平台的竞价里设置；copilot 只规划活动总预算，因此这个出价上限未采用：请在广告组里设置",
    CPA_ASKED_REASON: "数据记录了各渠道的发送、订单和收入，但没有广告的单次转化成本，因此不回答单次转化成本：改为展示各渠道的收入和转化",
    SECOND_OFFER_REASON: "一个方案只给人群计一种优惠；这第二种优惠未采用：请把它单独做一个活动，或作为 A/B 测试的一组",
    SIZE_REASON: "copilot 按人群条件确定人数；指定要触达的人数未采用（方案会显示按条件找到的人数）",
    MULTI_BUY_REASON: "多件优惠（要买够件数，或只有第二件打折）不是全场统一折扣：方案每单只给所有触达的人计一种优惠，因此未采用；"
                      "请在店铺里设置（或给方案一个统一的优惠）",
}
_FIXED_LOWER = {k.lower(): v for k, v in FIXED.items()}


def _noun(table: dict[str, str], x: str) -> str:
    return "；".join(table.get(part, part) for part in x.split("; "))


def _templates(reason: str) -> str | None:
    if m := re.fullmatch(r"each channel reaches only the customers who consented to it, so the plan sends (\w+) only to them; "
                         r"it is not a condition on the whole audience", reason):
        return f"每个渠道只触达同意接收该渠道的客户，所以方案只给他们发{CHANNELS_ZH.get(m[1], m[1])}；这不是整个人群的条件"
    if m := re.fullmatch(r"the data has no (.+)", reason):
        return f"数据里没有{_noun(DATA_NOUNS, m[1])}"
    if m := re.fullmatch(r"the data has no field '(.+)' copilot can filter on", reason):
        return f"数据里没有 copilot 能筛选的字段“{m[1]}”"
    if m := re.fullmatch(r"the (spend threshold|budget) is in (\w+) and the store's data are in (\w+); no exchange rate "
                         r"is set \(fx_rates\.\w+ in copilot\.toml\), so (?:it is applied as the same number of \w+|"
                         r"the plan is not sized to it)", reason):
        what, how = ("消费门槛", f"按同样数字的 {m[3]} 计算") if m[1] == "spend threshold" else ("预算", "方案不按它定规模")
        return (f"{what}的币种是 {m[2]}，店铺数据的币种是 {m[3]}；没有设置汇率（copilot.toml 里的 fx_rates.{m[2]}），"
                f"所以{how}")
    if m := re.fullmatch(r"a plan prices one offer per order; this second cut beside (.+) is not applied: plan it as its "
                         r"own campaign or an A/B cell, or set the stacking in the store's discount rules", reason):
        return f"一个方案每单只计一种优惠；{m[1]}之外的这第二种优惠未采用：请单独做一个活动或作为 A/B 测试的一组，或在店铺的优惠规则里设置叠加"
    if m := re.fullmatch(r"the catalogue has no (.+) made for (women|men) \(they are unisex\); copilot reads all (.+)", reason):
        return f"商品库里没有{'女款' if m[2] == 'women' else '男款'}{category_zh(m[1])}（都是男女通用款）；copilot 按全部{category_zh(m[3])}读取"
    if m := re.fullmatch(r"the discount is read on its product, but only when the order includes (.+): copilot prices an "
                         r"offer on the promoted products and cannot make it depend on another product in the basket; "
                         r"set the condition in the store's discount rules", reason):
        return (f"折扣按它的商品读取，但只在订单里有{category_zh(m[1])}时才生效：copilot 按主推商品计算优惠，"
                "不能让优惠取决于购物车里的另一件商品；请在店铺的优惠规则里设置这个条件")
    if m := re.fullmatch(r"the catalogue has no (.+)", reason):
        return f"商品库里没有{category_zh(m[1])}"
    if m := re.fullmatch(r"copilot cannot plan (.+); it plans email, SMS, push and paid social", reason):
        return f"copilot 不能规划{CHANNEL_NOUNS.get(m[1], CHANNELS_ZH.get(m[1], m[1]))}；{_PLANS}"
    if m := re.fullmatch(r"copilot plans one total budget; the rate is not applied: the total is the rate times the "
                         r"length \((\d+) days\)", reason):
        return f"copilot 只规划一个总预算；按天/周的预算未采用：总额为该费率乘以活动天数（{m[1]} 天）"
    if m := re.fullmatch(r"read as from (\S+) to today; copilot's look-backs run to today, so what happened after "
                         r"(\S+) counts too", reason):
        return f"按 {m[1]} 至今读取；copilot 的回溯都截至今天，所以 {m[2]} 之后发生的也计算在内"
    if m := re.fullmatch(r"an alternative the message did not choose \(it chose (.+?)\): copilot plans the chosen one "
                         r"only; ask again with this one to plan it instead", reason):
        return f"消息没有选择的备选方案（选的是{m[1]}）：copilot 只规划选中的方案；要规划这个请再问一次"
    return None


def reason_zh(reason: str) -> str | None:
    """The reason in Chinese, or None when no template covers it (then it is shown as written)."""
    fixed = _FIXED_LOWER.get(reason.strip().lower())
    return fixed if fixed is not None else _templates(reason.strip())


def reason_for(reason: str, language: str) -> str:
    """The reason in the request's language: Chinese when a template covers it, else as written."""
    if language != "zh":
        return reason
    return reason_zh(reason) or reason
