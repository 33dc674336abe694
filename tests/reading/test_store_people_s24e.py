"""Customers told by a store or by in-store pickup are listed under audience (no store data), never dropped and never
a channel (probe s24 eb20); the offer and the promoted category are read as usual."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Email the shoppers at our Portland flagship store: 20% off rain jackets",
            "shoppers at our Portland flagship store",
        ),
        (
            "click-and-collect customers deserve a thank-you: 15% off socks by SMS",
            "click-and-collect customers",
        ),
        ("实体店的会员，帐篷九折，发邮件", "实体店的会员"),
    ],
)
def test_store_customers_are_listed(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert r.kind == "brief" and r.offer is not None and r.promoted.categories
    assert any(n.affects == "audience" and n.text == words and "store" in n.reason for n in r.not_applied)
