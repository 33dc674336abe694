"""Probe s25, class 2 (a promoted product lost, widened or not inferred), in other words than the probe's:

- a cross-sell told only by its audience ("bought X … but never Y", nothing else promoted) promotes Y;
- a product joined to another by +, 和, 、 or "and" is read, or listed when the catalogue lacks it;
- a product fused with its offer (雨衣七折, "raincoats 30% off") is read, or listed when the catalogue lacks it;
- a qualified noun (防水外套, "waterproof coats") is its one category, not every jacket.
"""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


def _listed(r: object, affects: str) -> list[str]:
    return [n.text for n in getattr(r, "not_applied", []) if n.affects == affects]


@pytest.mark.parametrize(
    ("text", "promoted"),
    [
        ("Email customers who bought tents in the last 2 years and have never bought a sleeping bag. 10% off, $1,500.",
         ["sleeping-bags"]),
        ("SMS to hiking-boot buyers from this year who never bought trekking poles or a backpack, $2k", ["trekking-poles", "backpacks"]),
        ("Champions who bought road running shoes but never any socks: push, 15% off, $900", ["socks"]),
        ("买过登山杖但从没买过背包的客户，邮件，九折，预算一万元", ["backpacks"]),
        ("最近一年买过帐篷、没买过头灯的会员，发短信，预算两千元", ["headlamps"]),
    ],
)
def test_never_bought_is_promoted_when_nothing_else_is(text: str, promoted: list[str]) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.promoted.categories == promoted
    assert r.objective == "cross_sell"


@pytest.mark.parametrize(
    "text",
    [
        # a lapse of the same goods is no cross-sell target
        "Win back customers who bought hiking boots three years ago and never bought boots since. Email, $1k.",
        # a window of its own: a lapse, not a never-bought
        "Customers who bought tents but haven't bought a sleeping bag in 2 years, email, $1k",
        # never bought anything: no goods named
        "People who signed up this year but never ordered anything: 15% off, push",
    ],
)
def test_no_target_without_a_cross_sell_shape(text: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.promoted.categories == [] and r.promoted.product_ids == []


def test_what_is_promoted_wins_over_the_never_bought() -> None:
    r = read("Promote headlamps to tent buyers who never bought a sleeping bag, email", today=TODAY, kind="brief")
    assert r.promoted.categories == ["headlamps"]


def test_a_question_promotes_nothing() -> None:
    r = read("How many customers bought tents but never a sleeping bag?", today=TODAY)
    assert r.promoted.categories == []


@pytest.mark.parametrize(
    ("text", "promoted"),
    [
        ("圣诞礼盒：头灯和冷帽，邮件，九折", ["headlamps", "accessories"]),
        ("头灯+针织帽礼盒，推送", ["headlamps", "accessories"]),
        ("Holiday bundle: headlamps + knit hats, email, 10% off", ["headlamps", "accessories"]),
        ("雨衣七折，短信，预算一千美元", ["rain-jackets"]),
        ("羊毛帽八折，邮件", ["accessories"]),
        ("Flash sale: rain coats 30% off, SMS only", ["rain-jackets"]),
        ("防水的外套八五折，邮件", ["rain-jackets"]),
        ("Waterproof coats 20% off for hikers, email", ["rain-jackets"]),
        ("保暖的外套九折，邮件", ["insulated-jackets"]),
        ("外套八折，邮件", ["rain-jackets", "insulated-jackets"]),  # no qualifier: both jackets
    ],
)
def test_joined_fused_and_qualified_products(text: str, promoted: list[str]) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.promoted.categories == promoted


@pytest.mark.parametrize(
    ("text", "read_as", "listed"),
    [
        ("头灯+雪镜礼盒，邮件", ["headlamps"], "雪镜"),
        ("背包和围巾，邮件，九折", ["backpacks"], "围巾"),
        ("Gift guide: tents and ponchos, email", ["tents"], "ponchos"),
        ("雨披八五折，短信", [], "雨披"),
        ("Ponchos 25% off, SMS only, $500", [], "Ponchos"),
    ],
)
def test_goods_the_catalogue_lacks_are_listed(text: str, read_as: list[str], listed: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert r.promoted.categories == read_as
    assert listed in _listed(r, "product")


@pytest.mark.parametrize(
    "text",
    [
        "全场八折，邮件，预算五千元",
        "另外满300减30，邮件",
        "Email and push, perhaps 15% off, $8,000",
        "首发价九折，推送",
        "把冠军客户分两组：一组包邮，一组九折，邮件",
    ],
)
def test_no_product_listed_for_other_words_before_an_offer(text: str) -> None:
    r = read(text, today=TODAY, kind="brief")
    assert _listed(r, "product") == []
