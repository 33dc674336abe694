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


def test_non_native_not_buying_since_half_year_is_lapsed() -> None:
    x = read("Target is Loyal customer who is not buying since half year. E-mail only.", today=TODAY)
    assert x.audience is not None and x.audience.kind == "and"
    assert any(getattr(c, "min_days", None) == 180 for c in x.audience.of)


def test_i_want_to_know_is_a_question() -> None:
    x = read("I want to know how many customer bought tents in last 3 months", today=TODAY)
    assert x.kind == "question" and x.intent == "count"


def test_a_replenishment_timed_from_each_customers_order_is_timing() -> None:
    x = read("60 days after each customer's first boot order, email a care kit offer, 10% off. $500", today=TODAY)
    assert any("60 days after" in s for s in _na(x, "timing")) and _na(x, "audience") == []


def test_segments_in_numbered_groups_stay_apart() -> None:
    x = read("Two groups: (1) Loyal who haven't ordered in 90 days, (2) At risk customers who spent over $300. Email, $1k", today=TODAY)
    assert x.audience is not None and x.audience.kind == "or"
    segs = sorted(s for g in x.audience.of for c in getattr(g, "of", [g]) for s in getattr(c, "segments", []))
    assert segs == ["At risk", "Can't lose them", "Loyal"]
    assert not any(len(getattr(c, "segments", [])) == 3 for g in x.audience.of for c in getattr(g, "of", [g]))


def test_an_exclusion_after_numbered_groups_applies_to_both() -> None:
    x = read("人群两拨：一是忠诚客户，二是近半年买过帐篷的客户；但都不要中西部的。发短信，预算三千元", today=TODAY)
    assert x.audience is not None and x.audience.kind == "and"
    kinds = sorted(c.kind for c in x.audience.of)
    assert kinds == ["not", "or"]


def test_cells_that_differ_by_channel_test_the_channel() -> None:
    x = read("Run a split test on Champions: group A via email, group B via SMS. $900", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "channel"
    assert sorted(x.channels.allowed) == ["email", "sms"]


def test_a_value_in_an_attachment_is_listed_with_its_field() -> None:
    x = read("推新款头灯，受众详见附件，短信，预算三千元", today=TODAY)
    assert any("附件" in s for s in _na(x, "audience"))
    y = read("Budget: see the attached sheet. Email Loyal about the new boots.", today=TODAY)
    assert any("attached" in s for s in _na(y, "budget"))


def test_best_customers_said_of_others_is_no_group() -> None:
    x = read("Our Denver manager insists the folks at her yoga nights are our best customers. Anyway: how many Champions are in the West?", today=TODAY)
    assert x.audience is not None and x.audience.kind == "and"
    assert not any(c.kind == "value_tier" for c in x.audience.of)
    y = read("who are our best customers?", today=TODAY)
    assert y.audience is not None and y.audience.kind == "value_tier"
