"""A corrected or turned-down offer is never the one applied (probe s26, class 12): '25% off — actually make it 15%'
had kept 25% when a channel came after the new value; '买一送一？不行，改成…' had kept the BOGO."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "value"), [
    ("headlamp push: 30% off — actually make it 20% off, SMS only", 20),
    ("Tent promo for Champions, 40% off... actually, make it 25%, email and push", 25),
    ("Backpacks for Loyal customers, BOGO? no, make it 15% off, email only", 15),
    ("登山杖七折？不行，改成八五折，只发推送", 15),
    ("睡袋满800减100，算了，改成九折吧，只发短信", 10),
    ("冲锋衣买一送一？不行，改成八折，邮件", 20),
])
def test_the_correction_is_the_offer(text: str, value: int) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == value, x.offer
    assert not [n for n in x.not_applied if n.affects == "offer"], x.not_applied


@pytest.mark.parametrize("text", [
    "头灯买一送一？不行，改成第二件半价，只发邮件",
    "Socks for Champions: buy one get one free? nope, email only",
])
def test_an_offer_turned_down_is_never_applied(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is None or x.offer.kind != "bogo", x.offer


def test_a_channel_turned_down_in_a_question_is_replaced() -> None:
    x = read("Email Champions 10% off tents, SMS? no, push instead, $2k", today=TODAY)
    assert "sms" not in x.channels.allowed and "push" in x.channels.allowed
