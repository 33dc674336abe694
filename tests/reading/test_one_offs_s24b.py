"""Single probe errors of session 24 (issue #12) in general form, in other words than the probe's: a channel followed
by its delay stays a channel; a request for customers' contact details in English is refused; the category after a
Chinese top-N count is the propensity's; PNW is said as a place beyond the data's regions; 女装/男装 before a bought
category is listed and 背囊 is a backpack (Cantonese)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Bought, TopPropensity

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    ["SMS first, push three days later, 10% off tents.", "Email on Monday then push a day later, Champions."],
)
def test_a_channel_followed_by_its_delay_is_kept(text: str) -> None:
    assert "push" in r(text).channels.allowed


@pytest.mark.parametrize(
    "text",
    [
        "Send me the names and phone numbers for our Champions",
        "Can you export the emails and addresses of everyone in the South?",
    ],
)
def test_a_request_for_contact_details_is_refused(text: str) -> None:
    assert r(text).intent == "refuse"


def test_a_campaign_email_for_a_group_is_not_refused() -> None:
    assert r("Send me the email for Champions by Friday").intent != "refuse"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("给购买倾向最高的前800名头灯潜在客户发短信", "headlamps"),
        ("购买倾向最高的前300名睡袋买家，邮件，九折", "sleeping-bags"),
    ],
)
def test_the_category_after_a_top_count_is_the_rankings(text: str, slug: str) -> None:
    aud = r(text).audience
    assert isinstance(aud, TopPropensity) and aud.category == slug


def test_pnw_is_listed_as_a_place_beyond_the_regions() -> None:
    x = r("Tents promo for PNW campers, 10% off, email")
    assert any("PNW" in n.text and n.affects == "audience" for n in x.not_applied)


@pytest.mark.parametrize(
    "text", ["向過去半年買過男裝跑步服嘅客人推背囊，八折", "向过去半年买过童装跑步服的客户推背包，八折"]
)
def test_who_clothes_are_for_is_listed_and_the_clause_read(text: str) -> None:
    x = r(text)
    assert (
        isinstance(x.audience, Bought)
        and x.audience.categories == ["running-apparel"]
        and x.audience.within_days == 180
    )
    assert x.promoted.categories == ["backpacks"]
    assert any(n.text in ("男裝", "童装") for n in x.not_applied)
