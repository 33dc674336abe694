"""A draft with a reviewer's inline comments (README decision 220), in other words than set 18's: the comment that changes a
value wins, one that bounds it is the cap, approvals and a proposal answered no are no clauses."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def test_bracketed_notes_bound_the_offer_and_answer_a_proposal() -> None:
    got = r(
        "Draft below with Sam's notes in brackets:\n"
        "SMS At risk customers, 25% off [Sam: too generous — 18% max], budget $3,000 [Sam: fine]. Add push? [Sam: no]"
    )
    assert got.offer is None
    assert got.discount_cap is not None and got.discount_cap.max_percent == 18
    assert got.channels.allowed == ["sms"]
    assert got.budget is not None and got.budget.amount == 3000


def test_caps_comments_drop_a_channel_and_the_discount() -> None:
    got = r(
        "Forwarding my draft with Lee's comments in caps brackets:\n"
        "Email Loyal customers about the Cirrus Tent 3P. Channels: email, push, sms [NO SMS THIS TIME]. "
        "15% off spring offer [KEEP IT AT FULL PRICE]. Budget $2,500, April 6-19."
    )
    assert "sms" not in got.channels.allowed
    assert got.offer is None and got.no_discount is not None
    assert not [n for n in got.not_applied if n.affects == "offer"]


def test_a_reviewer_line_adds_a_channel_and_changes_the_budget() -> None:
    got = r(
        "Fwd — VP's notes after each line.\n"
        "• Channel: sms only → VP: 'add email'\n"
        "• Budget: $9k → VP: 'make it $7k'\n"
        "• Offer: free shipping → VP: 'ok'"
    )
    assert got.channels.allowed == ["sms", "email"] and not got.channels.only
    assert got.budget is not None and got.budget.amount == 7000


def test_chinese_boss_notes_change_channel_and_budget() -> None:
    got = r(
        "经理批注版：\n1. 人群：忠诚客户 —— 经理：可以\n2. 渠道：邮件+短信 —— 经理：邮件就行\n3. 预算：三万 —— 经理：砍到两万\n4. 时间：4月1日到4月10日"
    )
    assert got.channels.allowed == ["email"]
    assert got.budget is not None and got.budget.amount == 20000


def test_chinese_comment_changes_the_days_and_the_product() -> None:
    got = r(
        "以下是初稿，括号里是总监改的：给近30天没打开过推送的客户（总监：改成近45天）发邮件，预算2000元，下周一开始跑一周。"
    )
    assert got.audience is not None and "45" in got.audience.model_dump_json()
    assert not [n for n in got.not_applied if "45" in n.text]
    swapped = r(
        "转发一下李总的批注：原方案「给冠军客户发短信推帐篷，预算5000元」。李总：帐篷改成睡袋；其他不变。下周一上线，跑一周。"
    )
    assert swapped.promoted.categories == ["sleeping-bags"]


def test_a_field_line_under_notes_is_no_reviewer() -> None:
    got = r(
        "Campaign notes\nAudience: Loyal customers\nProduct: tents, 10% off\nChannel: email, $2k, April 1-14"
    )
    assert got.offer is not None and got.offer.value == 10


def test_a_reviewer_line_adds_a_segment_and_drops_the_offer() -> None:
    got = r(
        "Draft with Ana's edits below each line\nSMS Loyal customers about the Cirrus Tent 3P, 15% off.\n"
        "Ana: make it Champions too, and drop the discount — full price\nBudget $1,500, April 6-12.\nAna: fine"
    )
    assert got.audience is not None and got.audience.kind == "rfm_segment"
    assert sorted(got.audience.segments) == ["Champions", "Loyal"]  # type: ignore[union-attr]
    assert got.offer is None and got.no_discount is not None
