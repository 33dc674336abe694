"""A head start told after a dated event sets the window (set 18, b1353's class, helper-97): "3月19日晚上有新品直播，
提前两天给会员发推送" runs the two days before the 19th; an early-access perk (提前两天购买) stays a timing note."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "4月10日下午有门店开业活动，提前三天给华东的会员发短信邀请，预算800元。",
            date(2026, 4, 7),
            date(2026, 4, 9),
        ),
        (
            "Our Denver store opens on April 18 with a gear demo; text Mountain customers 3 days ahead, $500.",
            date(2026, 4, 15),
            date(2026, 4, 17),
        ),
        (
            "The trail race is on March 28 — email runners a week in advance about race socks, $300.",
            date(2026, 3, 21),
            date(2026, 3, 27),
        ),
    ],
)
def test_head_start_before_a_dated_event_is_the_window(text: str, start: date, end: date) -> None:
    r = read(text, today=TODAY)
    assert r.window is not None and (r.window.start, r.window.end) == (start, end)
    assert not any(n.affects == "timing" for n in r.not_applied)


def test_early_access_head_start_stays_a_timing_note() -> None:
    r = read("冠军客户可提前两天购买新款帐篷，4月1日开售，邮件通知，预算2000元。", today=TODAY)
    assert any(n.affects == "timing" and "提前两天" in n.text for n in r.not_applied)
    assert r.window is not None and r.window.start == date(2026, 4, 1)


def test_another_sentence_does_not_borrow_the_date() -> None:
    r = read("3月25日有直播。推送给冠军客户，提前两天开放预约，预算500元。", today=TODAY)
    assert r.window is None or r.window.start != date(2026, 3, 23)
