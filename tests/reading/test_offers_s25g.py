"""Probe s25, class 3 (offer mechanics changed or an offer part lost), in other words than the probe's:

- a minimum order said after the offer ("with a $200 minimum", "provided they spend at least $120", 订单金额需满800元)
  is the offer's min_order;
- a second cut beside the offer (九折 and 满300减30; 20% off and "$10 off orders over $100") is listed, never dropped, and
  the second cut's minimum is not the first offer's;
- a multi-buy ("BOGO 50% off", "15% off when they buy two", 两件八折) is listed, never a flat discount;
- an A/B test of two offers in groups (一组包邮，一组八五折; "one group gets free shipping, the other 10% off") keeps both.
"""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


def _listed(r: object, affects: str = "offer") -> list[str]:
    return [n.text for n in getattr(r, "not_applied", []) if n.affects == affects]


@pytest.mark.parametrize(
    ("text", "value", "minimum"),
    [
        ("Tents 25% off with a $200 minimum, email, $3k", 25, 200),
        ("Boots 15% off with a $150 minimum order, sms, $1k", 15, 150),
        ("Poles 20% off provided they spend at least $120, email", 20, 120),
        ("Headlamps 10% off for orders of $80 and up, push, $1k", 10, 80),
        ("Backpacks 20% off, minimum purchase of $100, email only, $2k", 20, 100),
        ("帐篷八五折，订单金额需满800元，短信，预算一万元", 15, 800),
        ("睡袋九折，实付需满500元，邮件", 10, 500),
    ],
)
def test_minimum_after_the_offer(text: str, value: float, minimum: float) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.offer is not None and r.offer.kind == "percent_off" and r.offer.value == value
    assert r.offer.min_order == minimum
    assert r.budget is None or r.budget.amount != minimum
    assert not [n for n in r.not_applied if str(int(minimum)) in n.text]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("帐篷九折，另外满300减30，邮件", "满300减30"),
        ("羽绒服八五折，满400减40，面向冠军客户，短信", "满400减40"),
        ("20% off sitewide, plus $10 off orders over $100, email, $3k", "$10 off orders over $100"),
        ("Boots 15% off and also $20 off, email", "$20 off"),
    ],
)
def test_a_second_cut_is_listed(text: str, second: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.offer is not None
    assert second in _listed(r)
    assert r.offer.min_order is None  # the second cut's minimum is not the first offer's


@pytest.mark.parametrize(
    "text",
    [
        "Boots 15% off, email, no more than 20% off",
        "九折，折扣不超过八折，邮件",
        "Tents 10% off. Wait, 15%. Email",
    ],
)
def test_a_cap_or_a_correction_is_no_second_cut(text: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert not [n for n in r.not_applied if n.reason.startswith("a plan prices one offer per order; this second cut")]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Socks: buy one, get one half off, email, $500", "buy one, get one half off"),
        ("Headlamps: BOGO half price, push", "BOGO half price"),
        ("Base layers: buy one get the second 50% off, email", "buy one get the second 50% off"),
        ("Socks 20% off if you buy 3 or more, email", "20% off if you buy 3 or more"),
        ("Poles: buy 2 or more, save 15%, email", "buy 2 or more, save 15%"),
        ("Base layers: 15% off two or more pairs, email, $1k", "15% off two or more pairs"),
        ("袜子两件八折，邮件", "两件八折"),
        ("任意两件9折，面向忠诚客户，短信", "任意两件9折"),
        ("买一送一半价，袜子，邮件", "买一送一半价"),
    ],
)
def test_multi_buy_is_listed_not_a_flat_discount(text: str, listed: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.offer is None
    assert listed in _listed(r)


def test_bogo_free_stays_bogo() -> None:
    r = read("BOGO on socks for Loyal customers, email, $800", today=TODAY, kind="brief")
    assert r.offer is not None and r.offer.kind == "bogo"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("忠诚客户分A组B组：A组包邮，B组八五折，短信", "八五折"),
        ("Split Champions into two groups: one group gets free shipping, the other gets 10% off. Email, $2k", "10% off"),
        ("A/B test for Loyal: group A free shipping, group B 15% off, email", "15% off"),
        ("高价值客户分两组测试：一组免运费，另一组满200减20，邮件", "满200减20"),
    ],
)
def test_offer_arms_in_groups_are_both_read(text: str, second: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.offer is not None and r.offer.kind == "free_shipping"
    assert r.ab_test is not None and r.ab_test.element == "offer" and second in r.ab_test.span.text
    assert not _listed(r)
