"""Chinese copy end to end (issue #12 item 4): a Chinese brief gets Chinese copy through the real
planner (real tools, real knowledge base, the scripted model answering in Chinese), with Chinese
compliance lines, the offer in 折, UCS-2 SMS segments, and checks that catch bad Chinese copy."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, request_facts, request_schema

from copilot.deps import Deps
from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.planner.checks import (
    CheckConfig,
    add_email_footer,
    add_sms_compliance,
    check_brand_voice,
    check_claims,
    check_email_compliance,
    check_email_preheader,
    check_email_subject,
    check_sms_compliance,
    check_sms_length,
    numbers_in,
    safe_repair,
    sms_info,
    trim_to,
)
from copilot.planner.copywriter import copy_schema
from copilot.planner.lint import lint_context, lint_text, lint_variant
from copilot.planner.offers import check_offer, offer_depths_in
from copilot.planner.plan_schema import CopyVariant, Evidence, FactRef, Offer
from copilot.planner.workflow import run_plan
from copilot.planner.zh import ZH_PATTERNS, text_width, zh_fact_phrase, zh_offer_line, zhe

ZH_BRIEF = "挽回最近半年没下单的高价值越野跑鞋客户，邮件和短信，预算两万元，折扣不超过八折"
ZH_SENDER = SENDER.for_language("zh")


# --------------------------------------------------------------------------------------------
# the scripted model's Chinese answer (the one fake model; this only computes its replies)
# --------------------------------------------------------------------------------------------


def zh_draft_for(channel: str, variant: str, facts: dict[str, str], extra: str = "") -> dict[str, Any]:
    """The Chinese pieces the copywriter asks for, citing one fact (as :func:`planner.helpers.draft_for`).
    ``extra`` is put into the subject or question before its particle (Han characters only)."""
    aliases = sorted(facts, key=lambda a: int(a[1:]))
    alias = aliases[0 if variant == "A" else min(1, len(aliases) - 1)] if aliases else None
    cited = {"facts": [alias]} if alias else {}
    if channel == "email":
        return {
            "subject": f"好久不见，最近还去山里跑{extra}吗？",
            "preheader": "新的一季山路已经准备好了，你准备好了吗？",
            "intro": "这个冬天是不是很久没上山了呢？",
            "cta": "立即选购",
            **cited,
        }
    if channel == "sms":
        return {"text": f"山里的风想你了{extra}吗？", **cited}
    if channel == "push":
        return {"title": "准备好出发了吗？", "text": "来看看本季新品", **cited}
    return {"headline": "准备好上山了吗？", "text": "来看看本季新品", **cited}


def scripted_zh_copy(extra: dict[str, str] | None = None) -> Any:
    """A ScriptedChatModel script item answering a Chinese copy (or repair) request."""
    extra = extra or {}

    def reply(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        facts = request_facts(messages)
        props = request_schema(kwargs)["properties"]
        out: dict[str, Any] = {}
        for key in props:
            if "_" in key and key.rsplit("_", 1)[1] in ("A", "B"):
                ch, v = key.rsplit("_", 1)
                out[key] = zh_draft_for(ch, v, facts, extra.get(f"{ch}.{v}", ""))
            else:
                out[key] = [zh_draft_for(key, v, facts, extra.get(f"{key}.{v}", "")) for v in ("A", "B")]
        return out

    return reply


# --------------------------------------------------------------------------------------------
# through the real planner
# --------------------------------------------------------------------------------------------


def test_chinese_brief_gets_chinese_copy_through_the_planner(plan_deps: Deps) -> None:
    model = ScriptedChatModel(script=[scripted_zh_copy()])
    plan = run_plan(plan_deps, ZH_BRIEF, chat_model=model).plan
    model.assert_complete()
    # the prompt the model saw is the Chinese one, and its schema asks for Chinese
    prompt = "\n".join(str(m.content) for m in model.requests[0].messages)
    assert "中文营销文案" in prompt and "Shop ..." not in prompt
    assert plan.brief.reading is not None and plan.brief.reading.language == "zh"
    assert plan.passed, [c for c in plan.checks if c.status == "fail"]

    assert plan.offer is not None and plan.offer.depth_pct == 15  # win-back default, within 八折 (20%)
    assert (
        plan.offer.line
        == f"使用优惠码 {plan.offer.code} 立享8.5折，{plan.end_date.month}月{plan.end_date.day}日截止。"
    )
    by_key = {v.key: v for v in plan.copy_variants}
    assert set(by_key) == {"email.A", "email.B", "sms.A", "sms.B"}

    email_a, sms_a, sms_b = by_key["email.A"], by_key["sms.A"], by_key["sms.B"]
    assert email_a.subject == "好久不见，最近还去山里跑吗？"
    assert plan.offer.line in email_a.body and plan.offer.line not in by_key["email.B"].body  # the A/B test
    assert (
        "您收到这封邮件，是因为您订阅了 Northtrail Outfitters 的邮件。退订：{unsubscribe_url}" in email_a.body
    )
    assert "1200 Alder St, Portland, OR 97205" in email_a.body
    assert "Unsubscribe" not in email_a.body and "Shop" not in email_a.body
    assert re.search(r"\n立即选购 \S", email_a.body)
    product = plan.evidence.catalog[email_a.product_ids[0]]["name"]
    assert (
        email_a.preheader == f"新的一季山路已经准备好了，你准备好了吗？来看看 {product}。"
    )  # code's invitation
    # a claim is a fact's fixed Chinese rendering, cited
    name = plan.evidence.catalog[email_a.product_ids[0]]["name"]
    claim = next(c for c in email_a.citations)
    assert claim.claim.startswith(f"{name} ") and claim.claim.endswith("。") and claim.claim in email_a.body
    fact = plan.evidence.fact(claim.fact_ids[0])
    assert fact is not None and zh_fact_phrase(fact.text) is not None

    # SMS: signed 【brand】, 回复TD退订, counted in UCS-2
    for v in (sms_a, sms_b):
        assert v.body.startswith("【Northtrail Outfitters】山里的风想你了吗？")
        assert v.body.endswith("回复TD退订") and "STOP" not in v.body
        info = sms_info(v.body)
        assert info.encoding == "UCS-2" and info.units == len(v.body)
        assert info.segments == (1 if info.units <= 70 else -(-info.units // 67))
        length = next(c for c in plan.checks if c.name == "sms_length" and c.target == v.key)
        assert (
            length.status == "pass"
            and f"{info.units} UCS-2 characters = {info.segments} segment(s)" in length.details
        )
    assert sms_info(sms_a.body).segments == 2  # signature + question + claim + offer + opt-out > 70

    lint = [c for c in plan.checks if c.name == "copy_lint"]
    assert lint and all(c.status == "pass" for c in lint)

    # the store's data are in USD and no exchange rate is set: the ¥ budget is shown as not applied,
    # never planned as $20,000 nor put on USD figures as ¥
    md = plan.to_markdown()
    assert "$20,000" not in md and "¥20,000" not in md and "两万元" in md and "fx_rates" in md
    blocks = str(plan_to_slack_blocks(plan))
    assert "两万元" in blocks and "¥" not in blocks


def test_chinese_push_and_social_copy(plan_deps: Deps) -> None:
    model = ScriptedChatModel(script=[scripted_zh_copy()])
    brief = "挽回最近半年没下单的高价值越野跑鞋客户，推送和社交媒体广告，预算两万元"
    plan = run_plan(plan_deps, brief, chat_model=model).plan
    model.assert_complete()
    assert plan.passed, [c for c in plan.checks if c.status == "fail"]
    by_key = {v.key: v for v in plan.copy_variants}
    push, social = by_key["push.A"], by_key["paid_social.A"]
    assert push.title == "准备好出发了吗？" and social.headline == "准备好上山了吗？"
    for v in (push, social):
        name = plan.evidence.catalog[v.product_ids[0]]["name"]
        assert v.body.startswith(f"{name} ") and v.body.endswith("。来看看本季新品")
        assert "STOP" not in v.body and "Shop" not in v.body
    assert plan.offer is not None and plan.offer.line in push.body  # the offer, in 折
    assert "立享8.5折" in push.body


def test_english_answer_to_a_chinese_copy_request_is_rejected(plan_deps: Deps) -> None:
    from planner.helpers import scripted_copy

    from copilot.errors import ModelError

    # the English scripted answer does not fit the Chinese schema: structured_call retries once, then fails
    model = ScriptedChatModel(script=[scripted_copy(), scripted_copy()])
    with pytest.raises(ModelError):
        run_plan(plan_deps, ZH_BRIEF, chat_model=model)


# --------------------------------------------------------------------------------------------
# pieces
# --------------------------------------------------------------------------------------------


def test_percent_off_is_said_in_zhe() -> None:
    assert (zhe(20), zhe(15), zhe(30), zhe(12.5)) == ("8折", "8.5折", "7折", "8.75折")
    offer = Offer(type="percent_off", depth_pct=15, code="COMEBACK15", expires=date(2025, 3, 21))
    assert zh_offer_line(offer) == "使用优惠码 COMEBACK15 立享8.5折，3月21日截止。"
    assert (
        offer_depths_in("立享8.5折") == [15]
        and offer_depths_in("85折") == [15]
        and offer_depths_in("全场八折") == [20]
    )
    assert offer_depths_in("可折叠收纳") == []


def test_offer_check_reads_zhe_against_the_cap() -> None:
    plan = make_plan()
    plan = plan.model_copy(update={"brief": plan.brief.model_copy(update={"discount_cap_pct": 20.0})})
    ok = CopyVariant(channel="sms", variant="A", body="【Northtrail Outfitters】立享8折。回复TD退订")
    over = CopyVariant(channel="sms", variant="B", body="【Northtrail Outfitters】全场七折。回复TD退订")
    results = check_offer(plan, [ok, over])
    assert [r.target for r in results if r.status == "fail"] == ["sms.B"]


def test_numbers_inside_chinese_text_are_read() -> None:
    got = [v for _, v in numbers_in("立享85折，3月21日截止，仅需¥99")]
    assert got == [85, 3, 21, 99]
    assert numbers_in("code COMEBACK15") == []


def test_chinese_sms_is_ucs2_and_signed() -> None:
    body = add_sms_compliance("山里的风想你了吗？" + "好" * 40, SENDER)  # 23 + 9 + 40 + 6 = 78
    assert body.startswith("【Northtrail Outfitters】") and body.endswith("回复TD退订")
    v = CopyVariant(channel="sms", variant="A", body=body)
    assert check_sms_compliance(v, SENDER).status == "pass"
    info = sms_info(body)
    assert (info.encoding, info.units, info.segments, info.per_segment) == ("UCS-2", len(body), 2, 67)
    assert sms_info("好" * 70).segments == 1 and sms_info("好" * 71).segments == 2
    assert sms_info("好" * 134).segments == 2 and sms_info("好" * 135).segments == 3
    assert check_sms_length(v).status == "pass"  # UCS-2 is needed, not a warning
    assert check_sms_length(CopyVariant(channel="sms", variant="A", body="好" * 135)).status == "fail"
    # the safe repair never transliterates Chinese away
    fixed, _ = safe_repair(CopyVariant(channel="sms", variant="A", body="山里的风想你了吗？"), SENDER)
    assert "山里的风想你了吗？" in fixed.body and fixed.body.startswith("【Northtrail Outfitters】")
    unsigned = CopyVariant(channel="sms", variant="A", body="山里的风想你了吗？回复TD退订")
    assert check_sms_compliance(unsigned, SENDER).status == "fail"


def test_chinese_email_footer_keeps_the_slot_and_the_address() -> None:
    body = add_email_footer("好久不见，最近还去山里跑吗？\n\n立即选购 Alder Sky", SENDER)
    assert "退订：{unsubscribe_url}" in body and body.endswith(SENDER.sender_address)
    assert (
        check_email_compliance(
            CopyVariant(channel="email", variant="A", subject="x", body=body), SENDER
        ).status
        == "pass"
    )
    assert add_email_footer(body, SENDER) == body  # idempotent
    english = add_email_footer("Missed the trails?", SENDER)
    assert "Unsubscribe" in english and "退订" not in english


def test_subject_and_preheader_limits_count_chinese_double() -> None:
    cfg = CheckConfig()
    assert text_width("好久不见") == 8 and text_width("abcd") == 4
    short = CopyVariant(channel="email", variant="A", subject="好" * 15, preheader="好" * 25, body="x")
    assert check_email_subject(short, cfg).status == "pass"  # 30 columns
    assert check_email_subject(short.model_copy(update={"subject": "好" * 20}), cfg).status == "warn"
    long = check_email_subject(short.model_copy(update={"subject": "好" * 31}), cfg)
    assert long.status == "fail" and "62 columns" in long.details
    assert check_email_preheader(short, cfg).status == "pass"  # 50 columns
    assert check_email_preheader(short.model_copy(update={"preheader": "好" * 19}), cfg).status == "fail"
    assert (
        trim_to("山里的风想你了吗？来看看本季新品。再来一句很长很长的话", 36)
        == "山里的风想你了吗？来看看本季新品。"
    )


def test_the_schema_asks_for_chinese_questions_and_invitations() -> None:
    schema = copy_schema(["email", "sms"], ["F1"], "zh")
    email = schema.model_fields["email"].annotation.__args__[0]  # type: ignore[union-attr]
    email.model_validate(zh_draft_for("email", "A", {"F1": "x"}))
    with pytest.raises(ValueError):
        email.model_validate({**zh_draft_for("email", "A", {"F1": "x"}), "subject": "Back on the trail?"})
    with pytest.raises(ValueError):  # no digits in the model's words
        email.model_validate({**zh_draft_for("email", "A", {"F1": "x"}), "subject": "立享8折吗？"})
    assert re.fullmatch(ZH_PATTERNS["text_question"][0], "山里的风想你了吗？")
    assert not re.fullmatch(ZH_PATTERNS["text_question"][0], "山里的风想你了。")


def test_banned_phrases_catch_chinese_equivalents() -> None:
    banned = ["guaranteed", "best ever", "100% waterproof"]
    bad = CopyVariant(
        channel="sms", variant="A", body="【Northtrail Outfitters】保证你爱上它，史上最好的跑鞋。回复TD退订"
    )
    result = check_brand_voice(bad, banned)
    assert result.status == "fail" and "guaranteed (保证)" in result.details and "best ever" in result.details
    ok = CopyVariant(channel="sms", variant="A", body="【Northtrail Outfitters】山里的风想你了吗？回复TD退订")
    assert check_brand_voice(ok, banned).status == "pass"


# --------------------------------------------------------------------------------------------
# the linter on Chinese
# --------------------------------------------------------------------------------------------


def _zh_plan() -> Any:
    plan = make_plan()
    brief = plan.brief.model_copy(update={"text": ZH_BRIEF, "goal": ZH_BRIEF})
    return plan.model_copy(update={"brief": brief})


def test_linter_passes_good_chinese_copy_and_catches_bad() -> None:
    # the good SMS carries the offer line, so the plan has the offer (without one, 8.5折 is offer_language)
    offer = Offer(type="percent_off", depth_pct=15, code="COMEBACK15", expires=date(2025, 3, 21))
    plan = _zh_plan().model_copy(update={"offer": offer.model_copy(update={"line": zh_offer_line(offer)})})
    ctx = lint_context(plan, SENDER)
    assert ctx.language == "zh"
    good_sms = add_sms_compliance(
        "山里的风想你了吗？Ridgeline Trail 的重量为 330 g。使用优惠码 COMEBACK15 立享8.5折，3月21日截止。",
        SENDER,
    )
    good = CopyVariant(channel="sms", variant="A", body=good_sms, product_ids=["P1003"])
    assert lint_variant(good, ctx) == []
    good_email = CopyVariant(
        channel="email",
        variant="A",
        subject="好久不见，最近还去山里跑吗？",
        preheader="新的一季山路已经准备好了，你呢？来看看为你准备的新装备。",
        body=add_email_footer(
            "这个冬天是不是很久没上山了呢？\n\nRidgeline Trail 的重量为 330 g。\n\n立即选购 Ridgeline Trail",
            SENDER,
        ),
    )
    assert lint_variant(good_email, ctx) == []

    def rules(text: str) -> set[str]:
        return {f.rule for f in lint_text("body", text, ctx)}

    assert "truncated" in rules("Ridgeline Trail 的重量为 330")  # cut mid-way
    assert "truncated" in rules("山里的风想你了吗？Ridgeline Trail 的跟掌落差为 6 mm，适合在")
    assert "truncated" in rules("准备好和？")
    assert "truncated" in rules("Ridgeline Trail 的重量为 330 g，。")
    assert "product_name_cut" in rules("准备好出发了吗？Ridgeline Tra。")  # a product name cut short
    assert "raw_fact" in rules("Ridgeline Trail：5 mm 大齿纹。")  # 产品名：事实。
    assert "raw_fact" in rules("重量：330 g。")
    assert "shouting" in rules("限时SALE大促，快来！！")
    assert "placeholder" in rules("你好 {first_name}，来看看吧。")
    # what the embedded model wrote on a first run when the grammar asked for more characters
    assert "stutter" in rules("来看看我们的新装备吧？马上看看吧哦哦哦哦哦哦哦哦哦哦哦哦哦。")
    assert "stutter" not in rules("看看看中的那双鞋吧？")
    assert "question_form" in rules("最近你有没有考虑买个背包吗？")  # A-not-A + 吗 (a real-model subject)
    assert "question_form" not in rules("最近有没有想去山里走走？")
    assert "question_form" in rules("快来探索吧？发现了吗呢。")  # a real-model preheader
    # a real-model intro: product claims wrapped in a question
    assert "question_claim" in rules("我们的防震背心和跑步短不仅设计得非常舒适，而且非常实用，有没有试过呢？")
    assert "question_claim" not in rules("这个冬天是不是很久没上山了呢？Ridgeline Trail 具备防水性能。")

    english = CopyVariant(
        channel="sms",
        variant="A",
        body=add_sms_compliance("Back on the trail? Ridgeline Trail grips on wet rock.", SENDER),
    )
    assert {f.rule for f in lint_variant(english, ctx)} == {"language"}
    twice = CopyVariant(
        channel="sms",
        variant="A",
        body=add_sms_compliance("试试Ridgeline Trail吧？Ridgeline Trail 的重量为 330 g。", SENDER),
        product_ids=["P1003"],
    )
    assert "product_repeated" in {f.rule for f in lint_variant(twice, ctx)}
    backpack = CopyVariant(
        channel="sms",
        variant="A",
        body=add_sms_compliance("想要一个防风的背囊吗？Ridgeline Trail 的重量为 330 g。", SENDER),
        product_ids=["P1003"],
    )
    assert "product_type" in {f.rule for f in lint_variant(backpack, ctx)}  # trail shoes, not a backpack


def test_claims_check_accepts_only_rendered_chinese_facts() -> None:
    from copilot.knowledge.schemas import ClaimReport

    ev = Evidence(as_of=date(2025, 1, 10))
    ev.facts = [
        FactRef(
            fact_id="P1-w",
            text="Alder Sky (P1001) › Specifications: Weight: 330 g",
            product_id="P1001",
            source="products/P1001.md",
        )
    ]
    ev.catalog = {"P1001": {"name": "Alder Sky", "category": "trail-running-shoes", "price": 139.95}}
    empty = ClaimReport(claims=[], all_supported=True)
    from copilot.planner.plan_schema import Citation

    cited = [Citation(claim="Alder Sky 的重量为 330 g。", fact_ids=["P1-w"])]
    ok = CopyVariant(
        channel="sms",
        variant="A",
        citations=cited,
        product_ids=["P1001"],
        body=add_sms_compliance("山里的风想你了吗？Alder Sky 的重量为 330 g。", SENDER),
    )
    assert check_claims(ok, empty, ev).status == "pass"
    wrong_number = ok.model_copy(update={"body": ok.body.replace("330 g", "250 g")})
    assert check_claims(wrong_number, empty, ev).status == "fail"
    invented = ok.model_copy(
        update={"body": add_sms_compliance("山里的风想你了吗？Alder Sky 永远不会磨脚。", SENDER)}
    )
    result = check_claims(invented, empty, ev)
    assert result.status == "fail" and "永远不会磨脚" in result.details


def test_code_fallback_openings_pass_the_linter_and_the_grammar() -> None:
    from copilot.planner.zh import ZH_OPENINGS, ZH_PREHEADER_FALLBACK, ZH_URGENCY_OPENING

    ctx = lint_context(_zh_plan(), SENDER)
    questions = [q for pair in ZH_OPENINGS.values() for q in pair]
    for q in [*questions, ZH_URGENCY_OPENING]:
        assert lint_text("subject", q, ctx) == [], q
        assert re.fullmatch(ZH_PATTERNS["intro"][0], q), q
    assert re.fullmatch(ZH_PATTERNS["preheader"][0], ZH_PREHEADER_FALLBACK)
