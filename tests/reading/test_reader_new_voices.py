"""Wordings found by reading requests written outside every labelled set (session 14): a deadline given
as a weekday ("before Friday", 下周五前), …

Each case is written in other words than the request that revealed it, and each was read wrongly
before its fix.
"""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)  # a Monday


def r(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("下周三前给买过帐篷的会员发短信", "2026-03-02", "2026-03-10"),   # before next Wednesday: up to Tuesday the 10th
    ("周五之前把邮件发给高价值客户", "2026-03-02", "2026-03-05"),
    ("Email Champions about tents before Thursday", "2026-03-02", "2026-03-04"),
    ("SMS to Loyal by Friday, $2k", "2026-03-02", "2026-03-06"),          # "by" includes the day
    ("Push to lapsed hikers on Saturday", "2026-03-07", "2026-03-07"),   # a day is still that day
])
def test_a_weekday_deadline_is_a_window_from_today(text: str, start: str, end: str) -> None:
    x = r(text)
    assert x.window is not None
    assert (x.window.start.isoformat(), x.window.end.isoformat()) == (start, end)
