"""A B2B team-sales rep (README decision 222), in other words than set 18's: a volume tier is no offer, units in one order
are listed with the purchase still read, club accounts and embroidery are listed, what is handled elsewhere is context."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import Bought, leaves

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def _listed(reading, affects: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in reading.not_applied if n.affects == affects]


def test_volume_tier_is_listed_and_units_per_order_keep_the_purchase() -> None:
    got = r(
        "Corporate sales here. Email customers who bought 3+ pairs of socks in a single order: "
        "15% off club orders of 20+ pairs, $900 budget, through April 10."
    )
    assert got.offer is None
    assert any("20+" in w for w in _listed(got, "offer"))
    assert any(w.startswith("3+") for w in _listed(got, "audience"))
    assert got.audience is not None and any(isinstance(c, Bought) for c in leaves(got.audience))


def test_club_captains_and_embroidery_are_listed() -> None:
    got = r(
        "Push to the club captains, Kestrel Travel Pack with free logo embroidery, no discount, $1,500, April 1-14."
    )
    assert any("club captains" in w for w in _listed(got, "audience"))
    assert any("embroidery" in w for w in _listed(got, "offer"))


def test_a_tier_handled_offline_is_context_and_offline_no_channel() -> None:
    got = r(
        "企业客户批量采购睡袋满20个打七折，这个我们线下谈。线上请帮忙：给买过帐篷的客户发短信推睡袋，不打折，预算3000元。"
    )
    assert got.offer is None and got.no_discount is not None
    assert got.not_applied == [] or not [n for n in got.not_applied if n.affects in ("offer", "channel")]
    assert got.channels.allowed == ["sms"]
