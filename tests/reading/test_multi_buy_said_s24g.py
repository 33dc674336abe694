"""A multi-buy offer is said under Not applied with its reason, never read as a plain discount on every order and
never dropped (probe s24x eb08, zb17's class, helper-99): "buy 2 tees, get one free", 买两件打九折，三件打八折
(every tier in the one note), 任选3件打8折, 购买两件及以上打85折."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Email campers: buy 2 tees, get one free", "get one free"),
        ("SMS the Loyal segment - buy 3 pairs of socks and get a pair free", "get a pair free"),
        ("给冠军客户发短信，买两件打九折，三件打八折", "买两件打九折，三件打八折"),
        ("给冠军客户发短信，任选3件打8折", "任选3件打8折"),
        ("推送给忠诚客户：购买两件及以上打85折", "购买两件及以上打85折"),
    ],
)
def test_a_multi_buy_is_said_not_a_discount(text: str, said: str) -> None:
    r = read(text, today=TODAY)
    assert r.offer is None
    assert any(n.affects == "offer" and said in n.text for n in r.not_applied)


def test_a_plain_zhe_is_still_the_offer() -> None:
    r = read("给冠军客户发短信，全场打九折", today=TODAY)
    assert r.offer is not None and r.offer.value == 10.0
