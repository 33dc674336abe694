"""Session 24, from set 17's store-manager briefs (decisions 151, 169, 195, 215), in words of their own: the store's
signature line and traffic are context; an offer redeemable only in store keeps the offer and lists the restriction;
an in-store add-on deal (加价换购) is listed and its item not promoted."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 4, 20)


def _na(text: str) -> list[tuple[str, str]]:
    return [(n.affects, n.text) for n in read(text, today=TODAY).not_applied]


def test_a_redeem_in_store_rule_keeps_the_offer() -> None:
    text = "Branch manager, Boulder Pearl Street. Text Loyal customers 15% off headlamps, valid in store only, $400, this Saturday."
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.value == 15.0
    na = _na(text)
    assert any(a == "offer" and "in store only" in w for a, w in na), na
    assert not any(a in ("channel", "audience") for a, _ in na), na


def test_a_chinese_store_manager_and_show_the_text_at_the_store() -> None:
    text = "我是成都春熙路店店长。最近店里客流下降得厉害，给会员发短信，到店出示短信睡袋享9折，预算2000元，本周日。"
    na = _na(text)
    assert any(a == "offer" and "到店出示短信" in w for a, w in na), na
    assert not any(a in ("channel", "audience") for a, _ in na), na


def test_an_in_store_add_on_deal_is_listed_and_not_promoted() -> None:
    text = "铜锣湾店店长汇报：俾买过帐篷嘅客发短讯，睡袋八五折，店内加$49换购头灯，预算港币3千，呢个星期六。"
    r = read(text, today=TODAY)
    assert "headlamps" not in r.promoted.categories
    assert any(n.affects == "offer" and "换购" in n.text for n in r.not_applied), r.not_applied
