"""Negation and exclusion scoped to their own words (session 24 probe class 8, issue #12), in other words than the
probe's: "but exclude those who …" leaves the group before it alone; 没买 + a product is not buying that product (not a
lapse, and the product is not promoted); a consent said missing inside an exclusion keeps those who gave it, and its
channel word adds no channel."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Consent, Not, RfmSegment, TopPropensity

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def parts(c: object) -> list[object]:
    return list(c.of) if isinstance(c, And) else [c]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Loyal customers but exclude those who bought a tent in the last 6 months, email, 10% off",
            RfmSegment,
        ),
        (
            "top 800 customers most likely to buy headlamps but exclude those who bought headlamps this year. push.",
            TopPropensity,
        ),
    ],
)
def test_exclude_those_who_negates_only_its_own_clause(text: str, kept: type) -> None:
    got = parts(r(text).audience)
    assert any(isinstance(c, kept) for c in got)
    assert any(isinstance(c, Not) and isinstance(c.of, Bought) for c in got)


def test_a_trailing_exclude_them_still_excludes_the_group() -> None:
    aud = r(
        "Customers who bought a tent in the last month - exclude them from the email. Everyone else gets 10% off."
    ).audience
    assert isinstance(aud, Not) and isinstance(aud.of, Bought)


@pytest.mark.parametrize(
    "text",
    [
        "买过帐篷但没买睡袋的客户有多少？",
        "買過帳篷但冇買睡袋嘅客人有幾多？",
        "买过帐篷但没有购买睡袋的会员，邮件",
    ],
)
def test_mei_mai_with_a_product_is_not_bought(text: str) -> None:
    x = r(text)
    got = parts(x.audience)
    assert any(
        isinstance(c, Not) and isinstance(c.of, Bought) and c.of.categories == ["sleeping-bags"] for c in got
    )
    assert not any(type(c).__name__ == "Recency" for c in got)
    # a question promotes nothing; a brief with nothing else promoted promotes what they never bought (probe s25's
    # cross-sell target, promoted_rules.py), never by reading 没买睡袋 as a mention of sleeping bags
    assert ("sleeping-bags" in x.promoted.categories) == (x.kind == "brief")


@pytest.mark.parametrize(
    "text",
    [
        "没短信授权的客户都不要发，只发推送，推帐篷",
        "冇短訊授權嘅客都唔好發，淨係搞push，推帳篷",
        "skip anyone without SMS consent, push only, tents",
    ],
)
def test_a_missing_consent_inside_an_exclusion_keeps_the_consented(text: str) -> None:
    x = r(text)
    assert isinstance(x.audience, Consent) and x.audience.channel == "sms"
    assert x.channels.allowed == ["push"] and x.channels.only
