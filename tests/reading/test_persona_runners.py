"""Persona nouns (decision 253): "runners" alone, 跑者, 跑步人群 are the buyers of running shoes or running apparel
(like hikers and campers); a purchase that names the audience wins; a proper name ("the Ridge Runners club") and event
entrants ("runners who signed up at our booth") are not read so; cyclists are listed (no cycling gear)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Bought, Recency, leaves

TODAY = date(2026, 3, 2)
RUNNING = {"road-running-shoes", "trail-running-shoes", "running-apparel"}


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def bought(x: Reading) -> list[Bought]:
    return [c for c in leaves(x.audience) if isinstance(c, Bought)] if x.audience is not None else []


def test_runners_alone_are_running_buyers() -> None:
    x = r("Trekking pole promo for runners, email, $1.5k")
    assert [set(b.categories) for b in bought(x)] == [RUNNING]


def test_runners_with_a_lapse() -> None:
    x = r("win back lapsed runners with 15% off socks, sms")
    assert [set(b.categories) for b in bought(x)] == [RUNNING]
    assert any(isinstance(c, Recency) for c in leaves(x.audience))  # type: ignore[arg-type]


def test_zh_runners() -> None:
    for text in ("给跑友推水袋背心，邮件", "面向跑步人群推袜子，八折"):
        x = r(text)
        assert [set(b.categories) for b in bought(x)] == [RUNNING], text


def test_purchase_names_the_audience() -> None:
    x = r("For runners who bought hiking boots, introduce trekking poles; email")
    assert [b.categories for b in bought(x)] == [["hiking-boots"]]


def test_trail_runners_keep_their_reading() -> None:
    x = r("base layer promo to trail runners in the Midwest")
    assert [b.categories for b in bought(x)] == [["trail-running-shoes"]]


def test_names_and_entrants_are_not_runners() -> None:
    x = r("Thank the runners who registered at our expo stand: free shipping on socks")
    assert not bought(x)
    y = r("The Valley Runners club gets 10% off headlamps by email")
    assert not [b for b in bought(y) if set(b.categories) == RUNNING]
