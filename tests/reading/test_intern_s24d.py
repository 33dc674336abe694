"""An intern's first brief (README decision 224), in other words than set 18's: "recall <group> who …" is a winback, and a
channel word right after "channel" is the channel."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_recall_a_group_is_winback_and_channel_push_is_push() -> None:
    got = read(
        "first brief sorry!! goal: recall shopers who havent ordered in 6 months. channel push (or email? idk). 10% off",
        today=TODAY,
    )
    assert got.objective == "winback"
    assert "push" in got.channels.allowed and "email" in got.channels.allowed


def test_push_as_a_verb_is_still_no_channel() -> None:
    got = read("push the Cirrus Tent 3P to campers by email, $2k", today=TODAY)
    assert got.channels.allowed == ["email"]
