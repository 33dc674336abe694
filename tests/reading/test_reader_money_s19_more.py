"""Set 14's money forms in other words: won / KRW / ₩ (and the K of "KRW" or the M of "MYR" is no multiplier), 一个w
and 5个w, 小两万 (near twenty thousand) before or after the budget word."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Email Loyal about boots. Budget is 1,200,000 won.", 1_200_000, "KRW"),
    ("Push to Champions, budget 800,000 KRW.", 800_000, "KRW"),
    ("SMS Lost customers, budget 4000 MYR.", 4000, "MYR"),
    ("给冠军客户发邮件，预算5个w", 50_000, None),
    ("预算小三万，给忠诚客户发短信", 30_000, None),
    ("小两万块的预算能覆盖多少冠军客户？", 20_000, "CNY"),
])
def test_set_14_money_forms(text: str, amount: float, currency: str | None) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == amount and x.budget.currency == currency


def test_a_multiplier_still_reads_before_a_space_or_the_end() -> None:
    assert read("Budget 5M for the launch, email.", today=TODAY).budget.amount == 5_000_000  # type: ignore[union-attr]
    assert read("Email Champions, $2.5k", today=TODAY).budget.amount == 2500  # type: ignore[union-attr]


def test_test_cells_that_each_get_an_offer() -> None:
    x = read("Arms: 50% get free shipping, 40% get $15 off, 10% control. Lapsed hikers, email, $1k.", today=TODAY)
    assert x.ab_test is not None and x.ab_test.element == "offer"
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert x.holdout is not None and x.holdout.share == 0.1
    y = read("Variants — A: 10% off, B: 15% off, C: free shipping. Champions, push, $700.", today=TODAY)
    assert y.offer is not None and y.offer.value == 10 and y.ab_test is not None
