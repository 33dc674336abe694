"""Session 24, from the end-user probe's class "product scope" (/work/notes/probe_s23c.md: eb01, zb16, zq09), in words
of their own: product lines named by a word of their products' names are those products (not the whole category);
an attribute of a product the catalogue does not keep (women's, kids', two-person) is listed, never dropped."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.catalogue import demo_catalogue

TODAY = date(2026, 4, 20)


def _names(pids: list[str]) -> set[str]:
    names = {pid: name for pid, name, _c in demo_catalogue().products}
    return {names[p] for p in pids}


def test_two_lines_named_before_their_category_are_their_products() -> None:
    r = read("Spring push for our Ridge and Summit backpack lines to campers, email, 10% off", today=TODAY)
    assert r.promoted.product_ids and not r.promoted.categories
    names = _names(r.promoted.product_ids)
    assert all(" Ridge" in f" {n} " or " Summit" in f" {n} " for n in names), names
    assert any("Ridge" in n for n in names) and any("Summit" in n for n in names)


def test_a_chinese_attribute_before_a_promoted_category_is_listed() -> None:
    # (a gender the catalogue records is read since session 26: 女式睡袋 = the women's sleeping bags; tents are all unisex)
    r = read("三八节给会员推女式帐篷，八五折，短信", today=TODAY)
    assert r.promoted.categories == ["tents"]
    assert any(n.affects == "product" and "女式" in n.text for n in r.not_applied)


def test_a_chinese_attribute_in_a_purchase_is_listed() -> None:
    r = read("给买过男款越野跑鞋的客户推头灯，邮件", today=TODAY)
    assert any(n.affects == "audience" and "男款" in n.text for n in r.not_applied)


def test_a_kids_product_asked_about_is_listed() -> None:
    r = read("店里有童款的睡袋吗？", today=TODAY)
    assert any(n.affects == "product" and "童款" in n.text for n in r.not_applied)
