"""The RFM segment "At risk" named as such keeps to that segment (session 24 probe class 7, issue #12), in other words
than the probe's; the churn-risk words alone still mean At risk and Can't lose them."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import RfmSegment

TODAY = date(2026, 4, 20)


def segments(text: str) -> list[list[str]]:
    aud = read(text, today=TODAY).audience
    found: list[list[str]] = []

    def walk(c: object) -> None:
        if isinstance(c, RfmSegment):
            found.append(sorted(c.segments))
        for child in getattr(c, "of", None) or []:
            walk(child)
        inner = getattr(c, "of", None)
        if inner is not None and not isinstance(inner, list):
            walk(inner)

    walk(aud)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Send 20% off to the At risk segment by SMS, budget $900.",
        "How much did the at-risk segment spend last quarter?",
        "Push to 'At Risk' shoppers only, free shipping.",
        "给 At risk 分群的客户发邮件，九折。",
        "召回流失客户（At risk、Hibernating），短信，满200减30。",
    ],
)
def test_the_named_segment_is_kept_exact(text: str) -> None:
    assert any("At risk" in s for s in segments(text))
    assert not any("Can't lose them" in s for s in segments(text))


@pytest.mark.parametrize(
    "text",
    [
        "Win back at-risk customers with 10% off, email.",
        "At risk customers get free shipping, push, $1,500.",
        "Churn-risk cohort (At risk): SMS, 15% off.",
        "给有流失风险的客户发短信，八折。",
    ],
)
def test_the_churn_risk_words_still_mean_both_segments(text: str) -> None:
    assert ["At risk", "Can't lose them"] in segments(text)
