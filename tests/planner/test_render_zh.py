"""Plans of Chinese briefs render in Chinese throughout (Markdown, HTML, Slack): headings, labels, the
Not-applied reasons, check names and details; a brief in traditional characters gets traditional labels;
an English plan keeps its English labels."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from planner.helpers import make_plan

from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.planner.plan_records import CheckResult
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.render import plan_to_markdown
from copilot.planner.render_html import plan_to_html
from copilot.planner.render_zh import LABELS, Words, words_for
from copilot.planner.render_zh_text import plan_words
from copilot.reading.reader import read

ZH_BRIEF = "清明节前给最近半年买过登山鞋的会员发邮件和短信和微信，推越野跑鞋和鞋垫，最多八五折，每人限用一次，预算两万美元"
TW_BRIEF = "清明節前給最近半年買過登山鞋的會員發郵件和簡訊和微信，推越野跑鞋和鞋墊，最多八五折，每人限用一次，預算兩萬美元"
EN_BRIEF = (
    "Email and SMS trail runners who bought hiking boots in the last 6 months, WeChat too, at most 15% off"
)
#: English headings of the Markdown plan (each must be gone from a Chinese plan).
MD_HEADINGS = ("How the brief was read", "Audience", "Channels and budget", "Forecast", "KPIs and lift measurement",
               "Schedule", "Featured products", "Copy (A/B)", "Risks", "Assumptions", "Checks", "Evidence")  # fmt: skip
HTML_LABELS = ("Audience", "Holdout", "Budget", "Conversions", "Revenue", "Charts", "Channel", "Role", "Date", "Step",
               "Fact id", "Copy variants (A/B)", "How the brief was read", "Not applied", "Checks", "Evidence")  # fmt: skip
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _plan_for(text: str) -> CampaignPlan:
    plan = make_plan()
    reading = read(text, today=date(2025, 2, 1), kind="brief")
    checks = [
        *plan.checks,
        CheckResult(name="request_not_applied", status="warn", target="request",
                    details="not applied — " + "; ".join(f'"{n.text}" ({n.reason})' for n in reading.not_applied)),
    ]  # fmt: skip
    brief = plan.brief.model_copy(update={"reading": reading, "text": text})
    return plan.model_copy(update={"brief": brief, "checks": checks})


@pytest.fixture(scope="module")
def zh_plan() -> CampaignPlan:
    return _plan_for(ZH_BRIEF)


@pytest.fixture(scope="module")
def tw_plan() -> CampaignPlan:
    return _plan_for(TW_BRIEF)


def test_the_brief_is_read_with_not_applied_clauses(zh_plan: CampaignPlan) -> None:
    r = zh_plan.brief.reading
    assert r is not None and r.language == "zh"
    reasons = {n.text: n.reason for n in r.not_applied}
    assert "微信" in reasons and "鞋垫" in reasons, reasons  # the fixture the tests below rely on
    assert words_for(zh_plan).zh and not words_for(make_plan()).zh


def test_chinese_plan_markdown_is_chinese(zh_plan: CampaignPlan) -> None:
    md = plan_to_markdown(zh_plan)
    for heading in (
        "需求解读",
        "目标人群",
        "渠道与预算",
        "效果预测",
        "发送排期",
        "文案（A/B）",
        "检查",
        "依据",
    ):
        assert f"## {heading}" in md, heading
    for heading in MD_HEADINGS:
        assert f"## {heading}\n" not in md, heading
    assert "**未采用**" in md and "**Not applied**" not in md
    assert "“微信”（渠道）：copilot 不能规划微信；它只规划邮件、短信、推送和付费社交" in md
    assert "“鞋垫”（商品）：商品库里没有鞋垫" in md
    assert "cannot plan WeChat" not in md and "the catalogue has no" not in md
    assert "- 人数：**" in md and "位客户" in md and "Size:" not in md
    assert "| 渠道 | 作用 | 收件人数 |" in md and "| channel | role |" not in md
    assert "- 主题：" in md and "- 正文：" in md and "- Subject:" not in md  # the copy's labels
    assert (
        "**需求未采用项** `request`：未采用 — “" in md and "；“微信”（copilot 不能规划微信；" in md
    )  # a check's name, details
    assert "**邮件** A" not in md and "**邮件 A**" in md  # channel labels
    assert re.search(r"\| 周[一二三四五六日] \d{4}-\d\d-\d\d \| (邮件|短信) \|", md)  # the schedule's dates


def test_chinese_plan_html_is_chinese(zh_plan: CampaignPlan) -> None:
    html = plan_to_html(zh_plan)
    assert '<html lang="zh">' in html
    assert "<h2>目标人群</h2>" in html and "<h2>需求解读</h2>" in html and "<h3>未采用" in html
    for label in HTML_LABELS:
        assert f">{label}<" not in html and f">{label}</" not in html, label
    assert "“鞋垫”（商品）：商品库里没有鞋垫" in html and "the catalogue has no" not in html
    assert "全部检查通过" in html or "项检查未通过" in html
    assert 'aria-label="目标人群及各渠道的授权触达"' in html  # the charts' titles


def test_chinese_plan_slack_blocks_are_chinese(zh_plan: CampaignPlan) -> None:
    blocks = plan_to_slack_blocks(zh_plan)
    text = str(blocks)
    assert "*目标人群*" in text and "*渠道*" in text and "*发送排期*" in text
    assert "*未采用" in text and "商品库里没有鞋垫" in text and "the catalogue has no" not in text
    assert "*Audience*" not in text and "*Not applied" not in text and "*Schedule*" not in text
    buttons = [e["text"]["text"] for e in blocks[-1]["elements"]]
    assert buttons == ["批准", "导出", "重新生成文案"]


def test_traditional_brief_gets_traditional_labels(tw_plan: CampaignPlan) -> None:
    assert words_for(tw_plan).traditional
    md = plan_to_markdown(tw_plan)
    assert (
        "## 渠道與預算" in md and "## 需求解讀" in md and "**未採用**" in md
    )  # OpenCC s2t, as the chat's answers
    assert "## 渠道与预算" not in md and "## 需求解读" not in md
    assert "copilot 不能規劃微信" in md
    assert "批准" in str(plan_to_slack_blocks(tw_plan)) and '<html lang="zh-Hant">' in plan_to_html(tw_plan)


def test_english_plan_keeps_english_labels() -> None:
    plan = _plan_for(EN_BRIEF)
    assert plan.brief.reading is not None and plan.brief.reading.language == "en"
    md, html, slack = plan_to_markdown(plan), plan_to_html(plan), str(plan_to_slack_blocks(plan))
    for heading in MD_HEADINGS:
        assert f"## {heading}\n" in md or heading in ("Risks", "Assumptions"), heading
    assert "**Not applied**" in md and "cannot plan WeChat" in md and not _HAN.search(md)
    assert "<h2>Audience</h2>" in html and '<html lang="en">' in html and not _HAN.search(html)
    assert "*Audience*" in slack and "'Approve'" in slack and not _HAN.search(slack)
    zh = plan.model_copy(update={"brief": plan.brief.model_copy(update={"reading": plan.brief.reading.model_copy(
        update={"language": "zh"})})})  # fmt: skip
    assert "## 目标人群" in plan_to_markdown(zh)  # the same plan, read as Chinese, is labelled in Chinese


def test_every_label_has_chinese_with_the_same_slots() -> None:
    slots = string.Formatter()
    for en, zh in LABELS.items():
        assert zh.strip() and (_HAN.search(zh) or en in ("KPI", "{pct}% off", " {x}.")), en
        want = {f[1] for f in slots.parse(en) if f[1]} - {"pct"}
        got = {f[1] for f in slots.parse(zh) if f[1]} - {"zhe"}
        assert got == want, en
    t = Words("zh")
    assert t("- Size: **{size}** customers", size="3,304") == "- 人数：**3,304** 位客户"
    assert Words()("- Size: **{size}** customers", size="3,304") == "- Size: **3,304** customers"


def test_check_details_and_evidence_read_in_chinese() -> None:
    w = plan_words(Words("zh"))
    repaired = CheckResult(
        name="copy_lint",
        status="pass",
        target="email.B",
        repaired=True,
        details="No truncated, raw, repeated or mismatched copy. (repaired: rewritten by the model)",
    )
    assert w.details(repaired) == "没有被截断、未处理、重复或不匹配的文案。（修复方式：模型已改写）"
    spend = CheckResult(
        name="spend", status="pass", details="Forecast revenue $11,086 is 21.31x the budget $520."
    )
    assert w.details(spend) == "预测收入 $11,086 是预算 $520 的 21.31 倍。"
    assert w("email, sms to 3,304: 47 conversions (34-66), $6,281 ($4,491-$8,917), incremental 46") == (
        "邮件、短信发给 3,304 人：47 次转化（34-66），收入 $6,281（$4,491-$8,917），增量 46"
    )
    assert w("A sentence no template covers.") == "A sentence no template covers."  # shown as written
    assert plan_words(Words())(spend.details) == spend.details and Words().check("spend") == "spend"


def test_a_check_still_failing_after_the_repair_round_reads_in_chinese() -> None:
    """The failed request check of a Chinese plan had shown "needs review: not applied — … Still failing after the
    repair round." in English: the repair round's verdict no longer hides the check's own words from translation."""
    w = plan_words(Words("zh"))
    failed = CheckResult(
        name="request_not_applied", status="fail", target="request",
        details='needs review: not applied — "近一年消费满800元" (the data has no gender) Still failing after the repair round.',
    )
    out = w.details(failed)
    assert out.startswith("需要复核：未采用 — “近一年消费满800元”") and out.endswith("修复一轮后仍未通过。")
    assert "Still failing" not in out and "not applied" not in out
