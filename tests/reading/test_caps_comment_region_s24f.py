"""A reviewer's caps bracket that adds a region is read like the same words in lower case (set 18, b1341's class,
helper-97): "hikers in the Mountain states [ADD THE WEST TOO]" is the Mountain and West regions (decision 220)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Draft below, boss's comments in caps brackets:\nText runners in the Midwest [AND THE SOUTH TOO]. Budget $600.",
            {"US-Midwest", "US-South"},
        ),
        (
            "My draft with Dana's notes in caps:\nEmail campers in the South [ADD THE WEST TOO]. 10% off tents. $900.",
            {"US-South", "US-West"},
        ),
    ],
)
def test_caps_bracket_adds_a_region(text: str, regions: set[str]) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None
    leaves = [r.audience] if r.audience.kind == "region" else list(getattr(r.audience, "of", []))
    found = {x for c in leaves if c.kind == "region" for x in getattr(c, "regions", [])}
    assert found == regions
    assert r.not_applied == []
