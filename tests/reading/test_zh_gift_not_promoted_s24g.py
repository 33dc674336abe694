"""A product given as a gift is the offer, never the promoted product (probe s24x zb07's class, helper-99):
送一双徒步袜 is a gift with the order; beside another offer (满80美元包邮, 8折) it is said as a second offer, never
dropped and never promoted."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "gift", "kind"),
    [
        ("给忠诚客户发短信，送一双徒步袜，满80美元包邮", "送一双徒步袜", "free_shipping"),
        ("给流失客户发邮件，冲锋衣8折，再送一顶帽子", "再送一顶帽子", "percent_off"),
    ],
)
def test_a_gift_beside_another_offer_is_said(text: str, gift: str, kind: str) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == kind
    assert any(n.affects == "offer" and n.text == gift for n in r.not_applied)
    assert r.promoted is None or "socks" not in (r.promoted.categories or [])


def test_a_lone_gift_is_the_offer_and_not_the_product() -> None:
    r = read("给冠军客户发短信，买登山鞋送一双徒步袜", today=TODAY)
    assert r.offer is not None and r.offer.kind == "gift"
    assert r.promoted is not None and r.promoted.categories == ["hiking-boots"]
