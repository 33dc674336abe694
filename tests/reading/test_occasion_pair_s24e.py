"""An occasion set against the question's period is a second period, listed; never a campaign window (probe s24 eq16)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "first", "year"),
    [
        ("How did SMS click rates compare on Halloween versus Christmas last year?", "Halloween", 2025),
        (
            "What were push conversions over Valentine's Day compared to Mother's Day last year?",
            "Valentine's Day",
            2025,
        ),
        ("黑五和去年双十一，哪个的邮件转化率高？", "黑五", 2025),
    ],
)
def test_the_other_occasion_is_listed(text: str, first: str, year: int) -> None:
    r = read(text, today=TODAY)
    assert r.kind == "question" and r.window is None
    assert r.period is not None and r.period.start.year == year
    assert any(n.affects == "timing" and n.text == first and "one period" in n.reason for n in r.not_applied)
