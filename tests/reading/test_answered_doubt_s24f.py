"""A doubt the writer answers yes by repeating the exclusion is applied once and leaves no unread clause (set 18,
b1371's class, decision 224): "Should we exclude the Midwest? I think yes so excluding Midwest"."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Email Champions about the Summit tent, 10% off, $2k. Should we skip the South? Yeah, so skipping South.",
            "US-South",
        ),
        (
            "Push Loyal customers the new headlamp, $800. Should we exclude the Midwest? I think yes so excluding Midwest.",
            "US-Midwest",
        ),
    ],
)
def test_answered_doubt_is_applied_and_claimed(text: str, region: str) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None and region in str(r.audience) and "kind='not'" in str(r.audience)
    assert [n for n in r.not_applied if n.affects == "audience"] == []
