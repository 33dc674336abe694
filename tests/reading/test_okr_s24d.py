"""OKRs above a brief (README decision 219), in other words than set 18's: key results with targets are listed (other),
never an audience or an offer; the first key result's outcome is the metric; the OKR's quarter is no window."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def _other(reading) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in reading.not_applied if n.affects == "other"]


def test_chinese_okr_key_results_are_listed_and_name_the_metric() -> None:
    got = r(
        "2026年第三季度OKR\nO：提升老客复购\nKR1：老客复购率从25%提升到30%\nKR2：复购销售额达到50万元\n"
        "对应动作：7月给忠诚客户发短信，推登山杖，九折，预算2万元。"
    )
    assert got.metric is not None and got.metric.name == "retention"
    assert any("25%" in w for w in _other(got)) and any("50万" in w for w in _other(got))
    assert got.offer is not None and got.offer.value == 10
    assert got.budget is not None and got.budget.amount == 20000
    assert not [n for n in got.not_applied if n.affects in ("audience", "offer", "budget")]


def test_english_okr_quarter_is_no_window_and_orders_are_conversions() -> None:
    got = r(
        "Q3 growth OKRs → O1: Make the camp stove launch count. KR: 600 stove orders in the first six weeks. "
        "For that, email campers who bought tents, 15% off, $5,000, from May 4 for 21 days."
    )
    assert got.window is not None and got.window.start == date(2026, 5, 4)
    assert got.metric is not None and got.metric.name == "conversions"
    assert any("600 stove orders" in w for w in _other(got))


def test_primary_metric_beats_the_key_result() -> None:
    got = r(
        "Our H2 OKR: KR1 — lift the share of Champions from 12% to 15%. Proposed campaign: email Loyal customers "
        "a $15 off $80 coupon, $2,000, June 1-14. Primary metric: revenue."
    )
    assert got.metric is not None and got.metric.name == "revenue"
    assert any("12% to 15%" in w for w in _other(got))
    assert got.offer is not None and got.offer.kind == "amount_off"


def test_a_key_result_said_in_one_sentence_is_no_offer() -> None:
    got = r(
        "团队OKR里有一条：首购转化率提升到5%。据此下周做一次拉新：给注册未下单的用户发邮件，满100减15，预算8000元。"
    )
    assert any("5%" in w for w in _other(got))
    assert got.offer is not None and got.offer.kind == "amount_off"
