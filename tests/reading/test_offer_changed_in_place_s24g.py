"""A discount changed in place is the new one (probe s24x zb09's class, helper-99): 折扣从85折改成9折 is 10% off
(the 85折 was taken back, README decision 91), like "15% off changed to 10%"."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("给冠军客户发邮件，折扣从8折调到9折", 10.0),
        ("修改：优惠从七折改为八五折，只发短信", 15.0),
        ("推送给忠诚客户，登山杖从75折改成8折", 20.0),
        ("Email loyal hikers, 15% off changed to 10%", 10.0),
        ("Text the Champions about tents: 25% off -> 20% off", 20.0),
    ],
)
def test_the_changed_discount_is_the_offer(text: str, value: float) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "percent_off"
    assert r.offer.value == value
    assert not any("折" in n.text or "%" in n.text for n in r.not_applied)


def test_a_two_digit_zhe_alone_is_still_read() -> None:
    r = read("给冠军客户发短信，全场85折", today=TODAY)
    assert r.offer is not None and r.offer.value == 15.0
