"""Set 14's events team, sustainability manager, stock triggers and senders, in other words: attendance, repair
history and waitlists are data the workspace lacks (listed with their look-back); a restock or price-drop trigger is
timing; a team's opening ("门店这边：", "Finance here.", "From the CRM team:") and the sender's own sponsorship are no
clause; copy rules about urgency are listed as content rules."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def _na(x: object, affects: str) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == affects]  # type: ignore[attr-defined]


def test_event_attendance_is_data_the_workspace_lacks() -> None:
    x = read("给参加过我们越野跑沙龙的会员发短信，推头灯，预算一千元", today=TODAY)
    assert any("沙龙" in s for s in _na(x, "audience"))
    y = read("Email everyone who attended our spring clinics about the new poles, $400", today=TODAY)
    assert any("clinics" in s for s in _na(y, "audience"))


def test_a_repair_history_keeps_its_look_back_in_one_entry() -> None:
    x = read("How many customers tried our trade-in programme over the past 6 months?", today=TODAY)
    assert _na(x, "audience") == ["tried our trade-in programme over the past 6 months"]
    assert _na(x, "timing") == []


def test_a_waitlist_is_listed_and_the_other_group_read() -> None:
    x = read("Text the waitlist and Champions when the Kestrel Down Jacket is back in stock. $200", today=TODAY)
    assert any("waitlist" in s for s in _na(x, "audience"))
    assert x.audience is not None and x.audience.kind == "rfm_segment"
    assert any("back in stock" in s for s in _na(x, "timing"))


def test_a_chinese_restock_trigger_is_timing() -> None:
    x = read("到货以后给加过心愿单的客户和冠军客户发推送，预算八百元", today=TODAY)
    assert any("到货以后" in s for s in _na(x, "timing"))
    assert any("心愿单" in s for s in _na(x, "audience"))


def test_a_teams_opening_is_no_clause() -> None:
    x = read("门店这边：给近60天买过登山鞋的会员发短信，九折，预算两千元", today=TODAY)
    assert _na(x, "channel") == [] and _na(x, "audience") == []
    y = read("CRM team here. Winback for Lost, email only, 10% off, $1,200.", today=TODAY)
    assert y.not_applied == []


def test_the_senders_own_sponsorship_is_background() -> None:
    x = read("We hosted the Boulder Trail Half in February. Now push Champions the Nimbus Ultra 3, 10% off, $500.", today=TODAY)
    assert _na(x, "audience") == [] and _na(x, "timing") == []


def test_copy_rules_about_urgency_are_listed() -> None:
    x = read("Email Loyal about the repair service, no hype copy please, and avoid countdown timers. $300", today=TODAY)
    assert len(_na(x, "other")) == 2
    y = read("给冠军客户发邮件，标题里不要出现“最后机会”这类说法，预算两千", today=TODAY)
    assert any("最后机会" in s for s in _na(y, "other"))
