"""The plan's sentences in Chinese, for plans of Chinese briefs: how the brief was read, the Not-applied
reasons (:mod:`copilot.reading.reasons_zh`), check details, the plan's name and audience, and the fixed
sentences the planner writes (channel roles, schedule steps, KPIs, the budget rule, the offer, the A/B test).

The planner writes these in English (one wording per rule, kept in the plan's JSON). A Chinese plan shows
them in Chinese where a template below covers the wording, sentence by sentence; a sentence no template
covers is shown as written rather than guessed at (as :func:`copilot.reading.reasons_zh.reason_for`).
English plans get every text back unchanged. Labels and headings are in :mod:`copilot.planner.render_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from copilot.planner.render_zh import ENGLISH, Words
from copilot.planner.render_zh_notes import NOTES_ZH
from copilot.planner.render_zh_table import FIXED_ZH, OBJECTIVES_ZH, TEMPLATES_ZH, zhe
from copilot.reading.describe_zh import CHANNELS_ZH, category_zh, describe_condition_zh
from copilot.reading.reasons_zh import reason_for
from copilot.reading.render import words_of

if TYPE_CHECKING:
    from copilot.planner.plan_schema import CampaignPlan, CheckResult
    from copilot.reading.schema import Reading

AFFECTS_ZH = {"audience": "人群", "product": "商品", "offer": "优惠", "channel": "渠道", "budget": "预算",
              "timing": "时间", "holdout": "对照组", "ab_test": "A/B 测试", "other": "其他"}  # fmt: skip
SEASONS_ZH = {"spring": "春季", "summer": "夏季", "fall": "秋季", "autumn": "秋季", "winter": "冬季"}
TRAITS_ZH = {
    "lapsed": "流失",
    "high-value": "高价值",
    "new": "新客",
    "loyal": "忠诚",
    "at-risk": "有流失风险",
}
OFFER_KINDS_ZH = {"free_shipping": "包邮", "gift": "赠品", "bogo": "买一送一", "free shipping": "包邮"}
_NAME = re.compile(
    r"(?P<obj>[^:]+): (?P<what>.+?)(?: \((?P<who>[^)]+)\))?, (?P<season>[a-z]+) (?P<year>\d{4})"
)
_STILL = "Still failing after the repair round."
_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z(])")  # sentences: a full stop, then a capital


@cache
def _occasion_zh(slug: str) -> str:
    """The occasion's Chinese name, the first plain Chinese word the reader reads for it (清明 for qingming)."""
    from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS

    for pattern in (*OCCASIONS.get(slug, ((),))[0], *MOVABLE_OCCASIONS.get(slug, ((),))[0]):
        if m := re.match(r"[\u4e00-\u9fff]{2,}", pattern):  # 清明 of 清明(?:节|小长假|假期)?
            return m[0]
    return slug


class PlanWords:
    """The planner's English sentences in the plan's language: ``w(text)`` (unchanged for English)."""

    def __init__(self, t: Words) -> None:
        self.t = t

    def __call__(self, text: str) -> str:
        if not self.t.zh or not text:
            return text
        return self.t.script(zh_text(text))

    def zhe(self, pct: float | None) -> str:
        return self.t.script(zhe(pct)) if pct else ""

    def details(self, c: CheckResult) -> str:
        """A check's details: its Not-applied reasons in Chinese for ``request_not_applied``, else ``w(details)``."""
        if not self.t.zh:
            return c.details
        details, still = c.details, ""
        if details.endswith(_STILL):  # the repair round's verdict (planner/review.py), after the check's own words
            details, still = details[: -len(_STILL)].rstrip(), self.t.script("修复一轮后仍未通过。")
        if still:
            return self.details(c.model_copy(update={"details": details})) + still
        if c.name == "request_not_applied" and (
            m := re.fullmatch(r"(needs review: )?not applied — (.+)", c.details)
        ):
            items = re.findall(r'"(.+?)" \((.+?)\)(?=; "|$)', m[2])
            if items:
                head = "需要复核：未采用 — " if m[1] else "未采用 — "
                return self.t.script(head + "；".join(f"“{x}”（{reason_for(r, 'zh')}）" for x, r in items))
        return self(c.details)

    def name(self, plan: CampaignPlan) -> str:
        """The plan's name: ``节令营销：登山杖，2027年春季`` for ``Seasonal: trekking poles, spring 2027``."""
        m = _NAME.fullmatch(plan.name)
        if not self.t.zh or m is None:
            return plan.name
        b = plan.brief
        what = category_zh(b.category) if b.category else (m["what"] if b.product_ids else "全部商品")
        if b.bought_category and not b.category and not b.product_ids:  # "hiking boot buyers"
            what = f"买过{category_zh(b.bought_category)}的客户"
        who = "（" + "、".join(TRAITS_ZH.get(x, x) for x in m["who"].split()) + "）" if m["who"] else ""
        obj = OBJECTIVES_ZH.get(b.objective or "", m["obj"])
        return self.t.script(f"{obj}：{what}{who}，{m['year']}年{SEASONS_ZH.get(m['season'], m['season'])}")

    def audience(self, plan: CampaignPlan) -> str:
        """Who: the audience's condition tree in Chinese (:func:`describe_condition_zh`), else as written."""
        if not self.t.zh:
            return plan.audience.definition
        from copilot.tools.schemas import AudienceCriteria

        try:
            where = AudienceCriteria.model_validate(plan.audience.criteria).where
        except ValueError:
            return self(plan.audience.definition)
        return (
            self.t.script(describe_condition_zh(where))
            if where is not None
            else self(plan.audience.definition)
        )


def plan_words(t: Words) -> PlanWords:
    return PlanWords(t)


def summary_zh(plan: CampaignPlan) -> str | None:
    """The plan's one-line summary in Chinese for a Chinese plan (None for any other): ``节令营销：登山杖，2027年春季：
    2,115 位客户，预算 $12,000，预测收入 $3,187（$1,880–$6,073）；全部检查通过。``"""
    from copilot.planner.render_zh import words_for

    t = words_for(plan)
    if not t.zh:
        return None
    cur = plan.currency
    status = "全部检查通过" if plan.passed else f"{len(plan.failed_checks)} 项检查未通过"
    return t.script(
        f"{PlanWords(t).name(plan)}：{plan.audience.size.fmt(cur)} 位客户，"
        f"{'未采用预算，发送成本' if plan.budget.sized_to_sends else '预算'} {plan.budget.total.fmt(cur)}，"
        f"预测收入 {plan.forecast.revenue.fmt_range(cur)}；{status}。"
    )


def zh_text(text: str) -> str:
    """``text`` in Chinese, sentence by sentence: a fixed wording, a template, else the sentence as written."""
    whole = _one(text)
    if whole is not None:
        return whole
    if "; " in text and all(_one(p) is not None for p in text.split("; ")):  # a schedule note: its parts
        return "；".join(_one(p) or p for p in text.split("; "))
    parts = _SENTENCE.split(text.strip())
    if len(parts) == 1:
        return text
    return "".join(_one(p) or (p + " ") for p in parts).strip()


_REPAIRS = {"rewritten by the model": "模型已改写", "repaired": "已修复"}


def _repaired(how: str) -> str:
    """How the repair round fixed a check (planner/review.py): ``rewritten by the model; removed 1 sentence(s)``."""
    parts = []
    for part in how.split("; "):
        m = re.fullmatch(r"removed (\d+) sentence\(s\) the checks rejected", part)
        parts.append(f"删除了 {m[1]} 句未通过检查的句子" if m else _REPAIRS.get(part, part))
    return "；".join(parts)


def _one(text: str) -> str | None:
    key = text.strip()
    if (m := re.fullmatch(r"(.+) \(repaired: (.+)\)", key, re.S)) and (base := _one(m[1])) is not None:
        return f"{base}（修复方式：{_repaired(m[2])}）"
    if (fixed := FIXED_ZH.get(key)) is not None:
        return fixed
    for pattern, render in (*TEMPLATES_ZH, *NOTES_ZH):
        if m := pattern.fullmatch(key):
            return render(m)
    return None


def _q(span: object) -> str:
    said = getattr(span, "text", None)
    return f" ← “{said}”" if said else ""


def _applied_zh(r: Reading) -> list[str]:
    """:func:`copilot.reading.render.applied_lines` in Chinese."""
    out: list[str] = []
    if r.objective:
        out.append(f"目标：{OBJECTIVES_ZH.get(r.objective, r.objective)}{_q(r.objective_span)}")
    if r.audience is not None:
        out.append(f"人群：{describe_condition_zh(r.audience)}{words_of(r.audience, '，', '“{}”')}")
    if r.promoted.categories or r.promoted.product_ids:
        names = [category_zh(c) for c in r.promoted.categories] + r.promoted.product_ids
        out.append("主推：" + "、".join(names) + _q(r.promoted.span))
    ch = r.channels
    if ch.allowed or ch.excluded:
        words = "、".join(CHANNELS_ZH.get(c, c) for c in ch.allowed)
        words += ("（仅限这些）" if ch.only else "") + ("（全部渠道）" if ch.all_channels else "")
        if ch.excluded:
            words += (
                ("；" if ch.allowed else "")
                + "排除："
                + "、".join(CHANNELS_ZH.get(c, c) for c in ch.excluded)
            )
        out.append(f"渠道：{words}")
    if r.budget:
        out.append(f"预算：{r.budget.amount:,.0f} {r.budget.currency or '（未注明币种）'}{_q(r.budget.span)}")
    if w := r.window:
        parts = [f"{w.start or '?'} 至 {w.end or '?'}"] if (w.start or w.end) else []
        parts += [f"{w.duration_days} 天"] if w.duration_days else []
        parts += [_occasion_zh(w.occasion)] if w.occasion else []
        out.append("时间：" + "，".join(parts) + _q(w.span))
    if r.period:
        out.append(f"询问的时间段：{r.period.start} 至 {r.period.end}{_q(r.period.span)}")
    out += _offer_zh(r)
    if r.ab_test:
        out.append(f"A/B 测试：{zh_text(r.ab_test.element)}{_q(r.ab_test.span)}")
    if r.holdout:
        out.append(f"对照组：{100 * r.holdout.share:g}%{_q(r.holdout.span)}")
    if r.metric:
        out.append(f"指标：{r.metric.name}{_q(r.metric.span)}")
    if r.top_n:
        out.append(f"前 {r.top_n} 名")
    return out


def _offer_zh(r: Reading) -> list[str]:
    out: list[str] = []
    if o := r.offer:
        if o.kind == "percent_off" and o.value is not None:
            what = zhe(o.value)
        elif o.kind == "amount_off":
            what = "立减" + ("" if o.value is None else f" {o.value:g} {o.currency or ''}".rstrip())
        else:
            what = OFFER_KINDS_ZH.get(o.kind, o.kind)
        if o.min_order is not None:  # 满400减50, 满300 8.5折, 满299 包邮 (the minimum in the offer's currency)
            what = (f"满{o.min_order:g}减{o.value:g} {o.currency or ''}".rstrip() if o.kind == "amount_off" and o.value is not None
                    else f"满{o.min_order:g}{' ' + o.currency if o.currency else ''} {what}")
        out.append(f"优惠：{what}{_q(o.span)}")
    if r.discount_cap:
        out.append(f"折扣上限：最多{zhe(r.discount_cap.max_percent)}{_q(r.discount_cap.span)}")
    if r.no_discount:
        out.append(f"不打折{_q(r.no_discount.span)}")
    return out


def not_applied_in(r: Reading, t: Words = ENGLISH) -> tuple[list[str], list[str]]:
    """How the brief was read in the plan's language: the applied lines and the Not-applied lines."""
    from copilot.reading.render import applied_lines, not_applied_lines

    if not t.zh:
        return applied_lines(r), not_applied_lines(r)
    not_applied = [
        f"“{n.text}”（{AFFECTS_ZH.get(n.affects, n.affects)}）：{reason_for(n.reason, 'zh')}"
        for n in r.not_applied
    ]
    script: Callable[[str], str] = t.script
    return [script(x) for x in _applied_zh(r)], [script(x) for x in not_applied]
