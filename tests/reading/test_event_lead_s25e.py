"""A send ahead of a dated event is the days before it, not the event's day (dev b881 b1116 b1413 b1414 b1415's class):
提前两天 before a livestream on 下周三, 直播前一天 with 直播日期, an invitation to a run on 3月14号 (from today), in English
"two days ahead" of a race; the event's own day stays the window when the send is on it (当天) or no event is named."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def days(x: Reading) -> tuple[date | None, date | None]:
    assert x.window is not None
    return x.window.start, x.window.end


def test_head_start_before_a_livestream() -> None:
    assert days(r("下周五晚上开播，提前三天给忠诚客户发推送预告，预算800元")) == (date(2026, 3, 10), date(2026, 3, 12))
    x = r("给买过帐篷的客户发短信，提前一天发，直播时间3月25日，预算600元")
    assert days(x) == (date(2026, 3, 24), date(2026, 3, 24))
    assert not [n for n in x.not_applied if n.affects == "timing"]


def test_the_day_before_the_stream() -> None:
    assert days(r("3月18日晚上直播新品，开播前一天给粉丝发短信，预算500元")) == (date(2026, 3, 17), date(2026, 3, 17))


def test_an_invitation_runs_to_the_day_before() -> None:
    assert days(r("3月21号门店活动，给附近买过跑鞋的会员发短信邀请，预算300元")) == (TODAY, date(2026, 3, 20))
    assert days(r("Our group run is on March 20 — invite trail runners by email, $200")) == (TODAY, date(2026, 3, 19))


def test_the_event_day_itself_stays() -> None:
    assert days(r("3月20日直播当天给粉丝发推送提醒，预算500元")) == (date(2026, 3, 20), date(2026, 3, 20))
    assert days(r("会员日（3月18日）给冠军客户发短信，九折，预算1000元")) == (date(2026, 3, 18), date(2026, 3, 18))
