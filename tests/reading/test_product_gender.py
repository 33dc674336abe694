"""Who a promoted product is made for, said before its category (copilot.reading.product_gender): the catalogue keeps
each product's gender, so "women's X" / 女款X promotes the category's products made for women; a category with none is
said (all unisex); the people's gender ("women who…", 女性用户) stays listed (the data has no customer gender)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.catalogue import Catalogue, demo_catalogue
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)
CAT = demo_catalogue()


def r(text: str, **kw: object) -> Reading:
    return read(text, today=TODAY, **kw)  # type: ignore[arg-type]


def made(category: str, gender: str) -> set[str]:
    return {pid for pid, _n, c in CAT.products if c == category and CAT.genders[pid] == gender}


def test_womens_category_promotes_womens_products() -> None:
    x = r("Spring drop: 15% off women's rain jackets, email only")
    assert set(x.promoted.product_ids) == made("rain-jackets", "women") and made("rain-jackets", "women")
    assert x.promoted.categories == []
    assert not [n for n in x.not_applied if n.affects in ("audience", "product")]


def test_mens_category_zh() -> None:
    x = r("男士保暖内衣八五折，发短信")
    assert set(x.promoted.product_ids) == made("base-layers", "men")
    assert not [n for n in x.not_applied if n.affects in ("audience", "product")]


def test_female_before_category_zh() -> None:
    x = r("女性越野跑鞋满300减30，推送")
    assert set(x.promoted.product_ids) == made("trail-running-shoes", "women")


def test_unisex_category_is_said() -> None:
    x = r("women's backpacks promo next week")
    assert x.promoted.categories == ["backpacks"]
    assert any("unisex" in n.reason for n in x.not_applied if n.affects == "product")


def test_people_gender_stays_listed() -> None:
    x = r("Email women who bought socks last year about base layers")
    assert "women" in [n.text for n in x.not_applied if n.affects == "audience"]
    assert x.promoted.categories == ["base-layers"]


def test_catalogue_without_gender_lists_the_words() -> None:
    bare = Catalogue(categories=CAT.categories, products=CAT.products)
    x = r("women's rain jackets 10% off", catalogue=bare)
    assert x.promoted.categories == ["rain-jackets"]
    assert any(n.affects == "product" for n in x.not_applied)
