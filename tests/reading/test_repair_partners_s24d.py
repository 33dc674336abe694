"""Repair services and banned copy phrases (decision 224's repair briefs) and partners writing "mail" (decision 226), in
other words than set 18's."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def test_a_free_repair_service_is_a_listed_offer_and_a_banned_phrase_a_copy_rule() -> None:
    got = r(
        "Gear Care Days (May 4-10): invite Loyal customers to our free repair clinic, sms only, $600. "
        "Tone: friendly — no 'hurry'."
    )
    offers = [n.text for n in got.not_applied if n.affects == "offer"]
    assert any("repair clinic" in w for w in offers)
    assert got.offer is None
    assert any("hurry" in n.text for n in got.not_applied if n.affects == "other")


def test_chinese_free_resole_is_listed() -> None:
    got = r("给两年前买过登山鞋的客户发邮件，邀请参加免费换底服务，不打折，预算800元。")
    assert any("免费换底" in n.text for n in got.not_applied if n.affects == "offer")


def test_mail_in_a_list_of_channels_is_email() -> None:
    got = r(
        "Please send campaign to Loyal customers. Discount is 15%. Channel: sms and mail. Period: 4/6~4/19."
    )
    assert got.channels.allowed == ["sms", "email"]
    other = r("Send a postcard by direct mail and push to Loyal customers.")
    assert "email" not in other.channels.allowed
