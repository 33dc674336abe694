"""Goods named by the noun of their products' names (copilot.reading.catalogue_nouns): "sunglasses", "bivies", 墨镜 are
the catalogue's Sunglasses and Bivy products, never "the catalogue has no …"; a category named beside them covers them;
people named by an activity the catalogue sells nothing for (cyclists, 骑行爱好者) are listed, not dropped."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.catalogue import demo_catalogue
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)
CAT = demo_catalogue()


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def named(noun: str) -> set[str]:
    return {pid for pid, name, _c in CAT.products if noun in name}


def lacks(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if "catalogue has no" in n.reason]


def test_plural_product_noun_is_promoted() -> None:
    x = r("Spring sale on bivies and sleeping bags, 15% off, email")
    assert named("Bivy") <= set(x.promoted.product_ids)
    assert "sleeping-bags" in x.promoted.categories
    assert not lacks(x)


def test_product_noun_alone() -> None:
    x = r("New season sunglasses push to trail runners, $1k")
    assert set(x.promoted.product_ids) == named("Sunglasses")
    assert not lacks(x)


def test_zh_product_noun() -> None:
    x = r("太阳镜和头灯九折，只发短信")
    assert named("Sunglasses") <= set(x.promoted.product_ids)
    assert "headlamps" in x.promoted.categories
    assert not lacks(x)


def test_category_named_beside_covers_the_products() -> None:
    x = r("Beanies and sunglasses 10% off this weekend")
    assert x.promoted.categories == ["accessories"]
    assert not lacks(x)


def test_goods_the_catalogue_lacks_are_still_listed() -> None:
    x = r("Launch our new kayaks to campers, email")
    assert lacks(x)
    assert not x.promoted.product_ids


def test_people_nouns_are_not_products() -> None:
    x = r("Email the runners who bought in May about our shorts")
    assert not set(x.promoted.product_ids) & named("Runner")


def test_cyclists_listed() -> None:
    for text, word in (("Headlamp promo for cyclists in the Midwest", "cyclists"), ("给骑行爱好者推头灯", "骑行爱好者")):
        x = r(text)
        assert word in [n.text for n in x.not_applied if n.affects == "audience"], text
