"""A named code with the offer read is the offer's code (decision 252): the plan uses it, so it is no Not-applied
entry; a code with no discount read stays listed. Wordings other than set 20's."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Email Loyal customers 20% off sleeping bags, code DREAM20, $900, next week.", "DREAM20"),
        ("SMS to Champions: $10 off headlamps with promo code GLOW10. Budget $500.", "GLOW10"),
        ("Partner push with the Summit Paddling Club: 10% off dry bags, code PADDLE10, email only, $700.", "PADDLE10"),
    ],
)
def test_named_code_is_the_offers(text: str, code: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and x.offer.code == code
    assert not [n for n in x.not_applied if n.affects == "offer" and code in n.text], x.not_applied


def test_code_with_no_discount_is_listed() -> None:
    x = read("Email Loyal customers about the new trail shoes, use code TRAILNEW. Budget $600.", today=TODAY)
    assert x.offer is None or x.offer.code is None
    assert any(n.affects == "offer" and "TRAILNEW" in n.text for n in x.not_applied), x.not_applied
