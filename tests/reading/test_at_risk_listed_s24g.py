"""The at-risk words name the RFM segment "At risk" itself when listed with another segment's name or written in
English inside a Chinese request (probe s24x eb16, zb18's class, helper-99; segment_exact.py): "at-risk +
hibernating" is At risk and Hibernating, 50%的At Risk客户 is At risk; "at-risk customers" alone stays the two
churn-risk segments."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


def _segments(text: str) -> set[str]:
    a = read(text, today=TODAY).audience
    assert a is not None
    leaves = [a] if a.kind == "rfm_segment" else list(getattr(a, "of", []))
    return {s for c in leaves if c.kind == "rfm_segment" for s in getattr(c, "segments", [])}


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("text the at-risk & lost folks about headlamps", {"At risk", "Lost"}),
        ("Email Hibernating and at-risk customers a 10% coupon", {"Hibernating", "At risk"}),
        ("给At risk客户发短信，推登山杖", {"At risk"}),
        ("下周给At-Risk和Hibernating的客户发邮件", {"At risk", "Hibernating"}),
    ],
)
def test_listed_or_named_in_chinese_is_the_segment(text: str, segments: set[str]) -> None:
    assert _segments(text) == segments


def test_at_risk_customers_alone_are_the_churn_risk_groups() -> None:
    assert _segments("Email at-risk customers about tents") == {"At risk", "Can't lose them"}
