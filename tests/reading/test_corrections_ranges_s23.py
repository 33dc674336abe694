"""Session 23: forms read wrongly or dropped silently on the session's first commit, each tested in words no labelled
set uses: a spoken budget correction in Chinese numerals, a product given free with the one promoted, a later "only"
that narrows the promoted categories, week-day and date ranges whose last day was lost, approximate and
before-the-words recency windows."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("给忠诚客户发短信推睡袋，预算先定三千，不对不对，是五千", 5000),
        ("邮件给冠军客户，预算一万，算了，改成一万五吧", 15000),
        ("Push Loyal customers the tents, budget $4k, actually make the budget $6k", 6000),
    ],
)
def test_a_corrected_budget_is_the_new_amount(text: str, amount: float) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.amount == amount
    assert not [n for n in r.not_applied if n.affects == "budget"]


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("给忠诚客户发邮件推Cascade Ultralight Pack Pro，下单送Col Buff一条，预算3000元", "P1182"),
        ("Email Loyal customers about the Cascade Ultralight Pack Pro with a free Col Buff, $3,000", "P1182"),
    ],
)
def test_a_product_given_free_is_the_offer_not_a_second_focus(text: str, product: str) -> None:
    r = read(text, today=TODAY)
    assert r.promoted.product_ids == [product]
    assert r.promoted.categories == []
    assert r.offer is not None and r.offer.kind == "gift"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("@小王：五一推帐篷和睡袋，八五折\n@小李：睡袋缺货，只推帐篷吧\n@小王：好，邮件，预算1万元", ["tents"]),
        ("Email campers about tents and sleeping bags, 10% off, $2k. On second thought, only push the sleeping bags.", ["sleeping-bags"]),
    ],
)
def test_a_later_only_narrows_the_promoted_categories(text: str, kept: list[str]) -> None:
    assert read(text, today=TODAY).promoted.categories == kept


def test_a_single_only_promotes_what_it_names() -> None:
    assert read("Only push tents to Champions by email, $2k", today=TODAY).promoted.categories == ["tents"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("给冠军客户发短信，这周五开始，到下周二结束，预算2000元", date(2026, 3, 6), date(2026, 3, 10)),
        ("给冠军客户发短信，本周四到下周三，预算2000元", date(2026, 3, 5), date(2026, 3, 11)),
        ("给冠军客户发邮件，3月12号开始，一直到3月25号，预算2000元", date(2026, 3, 12), date(2026, 3, 25)),
        ("Email Champions from March 12, running to March 25, $2k", date(2026, 3, 12), date(2026, 3, 25)),
        ("Email Champions starting March 12th and end it on the 19th, $2k", date(2026, 3, 12), date(2026, 3, 19)),
    ],
)
def test_a_range_keeps_its_last_day(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("text anyone with no purchase in about 4 months, 10% off, $500", 120),
        ("customers with 8 months no order: email them 15% off, $1k", 240),
    ],
)
def test_an_approximate_or_fronted_lapse_window_is_read(text: str, days: int) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None and r.audience.kind == "recency" and r.audience.min_days == days
    assert not [n for n in r.not_applied if n.affects == "audience"]


def test_case_packs_are_not_backpacks() -> None:
    r = read("Email running clubs about the Summit Run Sock in 6-pair case packs, $400", today=TODAY)
    assert "backpacks" not in r.promoted.categories
