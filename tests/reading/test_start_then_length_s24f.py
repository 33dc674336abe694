"""A length said right after the window's start runs from that start (set 18, b1337's class, helper-97): 下週起兩週 is
the two weeks from next Monday, "starting next week for two weeks" too; a month keeps its whole range ("in April for two
weeks": the length is said within April)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("下周起三周，给近90天买过帐篷的会员发推送，不打折。", date(2026, 3, 9), date(2026, 3, 29)),
        ("行動：下週起十天，給常客推新款跑鞋，只用簡訊。", date(2026, 3, 9), date(2026, 3, 18)),
        (
            "Push the new trail tee to runners starting next week for three weeks, no discount.",
            date(2026, 3, 9),
            date(2026, 3, 29),
        ),
        ("3月16日起10天，给露营客户发邮件，九折。", date(2026, 3, 16), date(2026, 3, 25)),
    ],
)
def test_a_length_after_the_start_runs_from_it(text: str, start: date, end: date) -> None:
    r = read(text, today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (start, end)


def test_a_month_keeps_its_range() -> None:
    r = read("Email hikers in April for two weeks, 10% off boots, $900.", today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (date(2026, 4, 1), date(2026, 4, 30))
