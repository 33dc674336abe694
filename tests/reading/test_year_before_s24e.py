"""A comparison with the same period of the year before is listed, never dropped (probe s24 zq12): 比前年同期, 和上年同期比
(the question's own period is read; the other is under Not applied, timing)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("去年618的订单量和前年同期比涨了多少？", "前年同期"),
    ],
)
def test_the_year_before_is_listed(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert r.kind == "question"
    assert any(n.affects == "timing" and n.text == words and "one period" in n.reason for n in r.not_applied)


def test_the_year_before_of_a_channel_question_is_read() -> None:
    """A channel question answers both periods (decision 240): the year before is compare_period, not listed."""
    r = read("上个月邮件的打开率，跟上年同期相比怎么样？", today=TODAY)
    assert r.period is not None and r.compare_period is not None
    assert (r.compare_period.start, r.compare_period.end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert not [n for n in r.not_applied if n.affects == "timing"]
