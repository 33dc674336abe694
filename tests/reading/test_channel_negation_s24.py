"""'nothing on push', 'none over SMS', 'zero email' exclude the channel (a Memorial Day brief saying "SMS and email but
nothing on push" had allowed push)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read


@pytest.mark.parametrize(
    ("text", "allowed", "excluded"),
    [
        ("Labor Day sale for hikers: email and SMS but nothing on push, $2k.", {"email", "sms"}, {"push"}),
        ("Text the Loyal segment about headlamps, none over email this time, $700.", {"sms"}, {"email"}),
        ("Push and email to campers, zero SMS, 10% off tents.", {"push", "email"}, {"sms"}),
    ],
)
def test_nothing_on_a_channel_excludes_it(text: str, allowed: set[str], excluded: set[str]) -> None:
    r = read(text, today=date(2026, 4, 20))
    assert set(r.channels.allowed) == allowed and set(r.channels.excluded) == excluded
