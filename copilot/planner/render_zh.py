"""The plan's labels in Chinese, for plans of Chinese briefs (Markdown, HTML and Slack).

A plan knows its language (``plan.brief.reading.language``); the copy already follows it
(:mod:`copilot.planner.zh`). The renderers ask :func:`words_for` for a :class:`Words` and pass every
heading, label and line template through it: keyed by the English label (a template with ``{name}``
slots where the plan's values go), so an English plan renders exactly as the English template and a
Chinese plan reads the entry of :data:`LABELS`. Values (product names, numbers, ids) are put in as
they are. A brief written in traditional characters gets the labels in traditional characters
(OpenCC s2t, as the routed chat answers: :mod:`copilot.agent.routed_zh`); the copy itself is left
as the copywriter wrote it. Not-applied reasons, check details and the plan's fixed sentences are in
:mod:`copilot.planner.render_zh_text`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from copilot.reading.describe_zh import CHANNELS_ZH

if TYPE_CHECKING:
    from copilot.planner.plan_schema import CampaignPlan

#: English label or line template -> Chinese. Slots (``{size}``) are filled after the lookup.
LABELS: dict[str, str] = {
    # Markdown headings and lines (planner/render.py)
    "How the brief was read": "需求解读",
    "Not applied": "未采用",
    " — needs review": " — 需要复核",
    "Read by the language model (assumptions):": "由语言模型解读（假设）：",
    "Failed checks": "未通过的检查",
    "Audience": "目标人群",
    "Channels and budget": "渠道与预算",
    "Forecast": "效果预测",
    "KPIs and lift measurement": "KPI 与增量衡量",
    "Schedule": "发送排期",
    "Featured products": "主推商品",
    "Copy (A/B)": "文案（A/B）",
    "Risks": "风险",
    "Assumptions": "假设",
    "Checks": "检查",
    "Evidence": "依据",
    "✅ passed all checks": "✅ 全部检查通过",
    " · ⚠️ {n} warning(s) — review below": " · ⚠️ {n} 项提醒，见下文",
    "❌ {n} check(s) FAILED — review below": "❌ {n} 项检查未通过 — 请看下文",
    "_Plan `{plan_id}` · {start} → {end} · {status}_": "_方案 `{plan_id}` · {start} → {end} · {status}_",
    "_Approved by {approver} at {at}_": "_已由 {approver} 于 {at} 批准_",
    "**Objective.** {objective}": "**目标：**{objective}",
    "> Brief: {brief}": "> 需求：{brief}",
    "- Size: **{size}** customers": "- 人数：**{size}** 位客户",
    "- Reachable by {channel} ({how}): {n}": "- 可通过{channel}触达（{how}）：{n}",
    "matched audience, no opt-in needed": "匹配人群，无需订阅授权",
    "consented": "已同意接收",
    "- Holdout: **{size}** customers ({share}), never contacted. {method}": "- 对照组：**{size}** 位客户（{share}），不做任何触达。{method}",
    "| channel | role | recipients | messages each | conv. per message | conversions | revenue | budget | return |": "| 渠道 | 作用 | 收件人数 | 每人发送次数 | 单条转化率 | 转化数 | 收入 | 预算 | 回报 |",
    "Total budget **{total}**. {rule}": "总预算 **{total}**。{rule}",
    "No budget applied: the cost of the sends is **{total}**. {rule}": "未采用预算：发送成本为 **{total}**。{rule}",
    "Spend": "花费",
    "- Conversions: **{x}**": "- 转化数：**{x}**",
    "- Revenue: **{x}**": "- 收入：**{x}**",
    "- Incremental (vs. holdout baseline): {x}": "- 增量收入（相对对照组基线）：{x}",
    "- Return on budget: {x}": "- 预算回报：{x}",
    "- Horizon: {days} days. {method}": "- 预测周期：{days} 天。{method}",
    "- Forecast assumptions:": "- 预测假设：",
    " Target {x}.": "目标 {x}。",
    " {x}.": "{x}。",
    "Lift": "增量",
    "| date | channel | step | variants | note |": "| 日期 | 渠道 | 步骤 | 版本 | 说明 |",
    "Subject": "主题",
    "Preheader": "预览文字",
    "Title": "标题",
    "Headline": "广告标题",
    "Body": "正文",
    "Claims and sources": "卖点与出处",
    "no source": "无出处",
    "Offer": "优惠",
    "A/B test": "A/B 测试",
    "Copy": "文案",
    "{depth}, code `{code}` (create it in the store), expires {expires}.": "{depth}，优惠码 `{code}`（请在店铺中创建），{expires}截止。",
    "{pct}% off": "{zhe}",
    "{hypothesis} A = {a}, B = {b} (they differ in the {element} only). Metric: {metric}. Sample per arm: {arms}.": "{hypothesis}A = {a}，B = {b}（两者只在{element}上不同）。指标：{metric}。每组样本：{arms}。",
    " _(repaired)_": " _（已修复）_",
    "facts": "事实",
    "_Cost: {calls} LLM call(s), {tokens_in} tokens in / {tokens_out} out, {seconds} s, ${usd}": "_成本：{calls} 次 LLM 调用，输入 {tokens_in} / 输出 {tokens_out} tokens，{seconds} 秒，${usd}",
    " · model {model}": " · 模型 {model}",
    # HTML (templates/plan.html.j2, planner/render_html.py)
    "campaign plan": "营销活动方案",
    "Plan": "方案",
    "created": "创建于",
    "approved by {approver} at {at}": "已由 {approver} 于 {at} 批准",
    "Passed all checks": "全部检查通过",
    "{n} check(s) failed": "{n} 项检查未通过",
    "Objective.": "目标：",
    "Brief": "需求",
    "Failed checks — review before approving": "未通过的检查 — 批准前请复核",
    "customers": "位客户",
    "Holdout": "对照组",
    "{share} never contacted": "{share} 不做任何触达",
    "Budget": "预算",
    "Send cost (no budget applied)": "发送成本（未采用预算）",
    "{n} channel(s)": "{n} 个渠道",
    "Conversions": "转化数",
    "Revenue": "收入",
    "Return on budget": "预算回报",
    "expected revenue / budget": "预期收入 / 预算",
    "Holdout:": "对照组：",
    "Lift.": "增量。",
    "Charts": "图表",
    "Channel": "渠道",
    "Role": "作用",
    "Recipients": "收件人数",
    "Messages each": "每人发送次数",
    "Conv. per message": "单条转化率",
    "Return": "回报",
    "Incremental vs holdout baseline": "增量收入（相对对照组基线）",
    "Horizon: {days} days.": "预测周期：{days} 天。",
    "Forecast assumptions:": "预测假设：",
    "KPIs and lift": "KPI 与增量",
    "KPI": "KPI",
    "Definition": "定义",
    "Target": "目标",
    "Measurement": "衡量方式",
    "Date": "日期",
    "Step": "步骤",
    "Variants": "版本",
    "Note": "说明",
    "Copy variants (A/B)": "文案版本（A/B）",
    "Claims and sources:": "卖点与出处：",
    "unknown fact": "未知事实",
    "No product claims.": "没有产品卖点。",
    "(repaired)": "（已修复）",
    "Fact id": "事实编号",
    "Product": "商品",
    "Fact": "事实",
    "Source": "来源",
    "{calls} LLM call(s) · {tokens_in} tokens in / {tokens_out} out ·": "{calls} 次 LLM 调用 · 输入 {tokens_in} / 输出 {tokens_out} tokens ·",
    "{seconds} s": "{seconds} 秒",
    "model {model}": "模型 {model}",
    "Numbers are copied from the evidence above; hover a figure to see its source. Nothing has been sent.": "数字均取自上方的依据；鼠标悬停在数字上可查看来源。尚未发送任何消息。",
    "Audience and consent-based reach by channel": "目标人群及各渠道的授权触达",
    "{channel} (consented)": "{channel}（已同意接收）",
    "Total": "合计",
    "Forecast revenue (range)": "预测收入（区间）",
    "Forecast conversions (range)": "预测转化数（区间）",
    "Budget and expected revenue by channel": "各渠道的预算与预期收入",
    "Budget share vs expected revenue share": "预算占比与预期收入占比",
    "budget": "预算",
    "expected revenue": "预期收入",
    # Slack (faces/slack/blocks.py)
    "✅ Passed all checks": "✅ 全部检查通过",
    "❌ {n} check(s) failed": "❌ {n} 项检查未通过",
    "Plan `{plan_id}` · {start} → {end}": "方案 `{plan_id}` · {start} → {end}",
    " · approved by {approver} {at}": " · 已由 {approver} 于 {at} 批准",
    "Failed checks — fix before approving": "未通过的检查 — 批准前请修正",
    "Not applied — needs review": "未采用 — 需要复核",
    "Size": "人数",
    "Reachable · {channel}": "可触达 · {channel}",
    "Channels": "渠道",
    "channel      recipients  budget     revenue (range)": "渠道           收件人数  预算       收入（区间）",
    "Incremental": "增量收入",
    "Lift: {x}": "增量：{x}",
    "Sources: ": "出处：",
    "Approve": "批准",
    "Export": "导出",
    "Regenerate copy": "重新生成文案",
}
_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
#: The checks' names (``CheckResult.name``) in Chinese; a name not here is shown as written.
CHECK_NAMES_ZH = {
    "email_subject": "邮件主题",
    "email_preheader": "邮件预览文字",
    "email_compliance": "邮件合规",
    "email_body": "邮件正文",
    "email_footer": "邮件页脚",
    "brand_voice": "品牌用语",
    "claims": "卖点出处",
    "numbers": "数字溯源",
    "copy_lint": "文案质检",
    "copy": "文案",
    "sms_length": "短信长度",
    "sms_compliance": "短信合规",
    "push_length": "推送长度",
    "social_length": "社交广告长度",
    "offer": "优惠",
    "consent": "授权",
    "quiet_hours": "免打扰时段",
    "schedule": "排期",
    "budget": "预算",
    "spend": "花费",
    "figures": "数字溯源",
    "request_not_applied": "需求未采用项",
    "request_audience": "需求：人群",
    "request_budget": "需求：预算",
    "request_channels": "需求：渠道",
    "request_discount_cap": "需求：折扣上限",
    "request_holdout": "需求：对照组",
    "request_offer": "需求：优惠",
}


@lru_cache(maxsize=2)
def _opencc(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


class Words:
    """The plan's labels in its language: ``t("Audience")``, ``t("- Size: **{size}** customers", size=...)``."""

    def __init__(self, language: str = "en", traditional: bool = False) -> None:
        self.zh = language == "zh"
        self.traditional = self.zh and traditional

    def script(self, text: str) -> str:
        """Chinese written by code in the brief's script (traditional when the brief was)."""
        return str(_opencc("s2t.json").convert(text)) if self.traditional else text

    def __call__(self, label: str, **values: object) -> str:
        if self.zh:
            label = self.script(LABELS.get(label, label))
        return label.format(**values) if values else label

    @property
    def sep(self) -> str:
        """Between sentences: a space in English, nothing after a Chinese full stop."""
        return "" if self.zh else " "

    @property
    def colon(self) -> str:
        return "：" if self.zh else ": "

    @property
    def stop(self) -> str:
        return "。" if self.zh else "."

    def channel(self, channel: str) -> str:
        from copilot.planner.render import CHANNEL_LABELS

        if self.zh:
            return self.script(CHANNELS_ZH.get(channel, channel))
        return CHANNEL_LABELS.get(channel, channel)

    def check(self, name: str) -> str:
        return self.script(CHECK_NAMES_ZH.get(name, name)) if self.zh else name

    def day(self, d: date, english: str) -> str:
        """A send date: ``周三 2027-03-24`` in Chinese, else ``d`` in the ``english`` strftime format."""
        if not self.zh:
            return format(d, english)
        return self.script(f"{_WEEKDAYS_ZH[d.weekday()]} {d:%Y-%m-%d}")

    def date(self, d: date, english: str) -> str:
        """A calendar date: ``2027年4月4日`` in Chinese, else ``d`` in the ``english`` strftime format."""
        return f"{d.year}年{d.month}月{d.day}日" if self.zh else format(d, english)


ENGLISH = Words()


def is_traditional(text: str) -> bool:
    """True when ``text`` is written in traditional characters (簡訊, 幾位): OpenCC t2s changes it (the
    reader's own :func:`copilot.reading.spelling_zh.simplified` also maps regional words and the numerals
    of cheques, which a simplified brief may use too)."""
    return str(_opencc("t2s.json").convert(text)) != text


def words_for(plan: CampaignPlan) -> Words:
    """The labels in the plan's language: the reading's (``plan.brief.reading.language``), else English."""
    reading = plan.brief.reading
    if reading is None or reading.language != "zh":
        return ENGLISH
    return Words("zh", traditional=is_traditional(reading.text))
