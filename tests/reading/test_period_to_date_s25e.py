"""A question about how a measure is doing in the month, quarter or year under way (这个月, 這個月, 这个季度, "this
quarter") asks about the period so far, never a campaign window: "why" and the measure's own words (payback, clicks,
客单价, 怎么样) mark it as measured, as "so far" and rates did (dev q765 q841 q844 q862's class)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_this_quarter_measure_is_the_period_so_far() -> None:
    for text in ("How's our CAC on paid social this quarter?", "Why are push clicks down this quarter?",
                 "这个季度推送的点击率怎么样？"):
        x = r(text)
        assert x.kind == "question" and x.window is None, text
        assert x.period is not None and x.period.start == date(2026, 1, 1) and x.period.end == TODAY, text


def test_this_month_in_chinese_and_traditional() -> None:
    for text in ("这个月短信的转化率为什么这么低？", "這個月電郵的打開率怎麼樣？"):
        x = r(text)
        assert x.window is None and x.period is not None and x.period.start == date(2026, 3, 1), text


def test_a_segment_question_lists_the_period() -> None:
    x = r("为什么忠诚客户这个月的客单价变低了？")
    assert x.window is None
    assert any(n.affects == "timing" and "这个月" in n.text for n in x.not_applied)


def test_a_send_planned_this_month_keeps_its_window() -> None:
    for text in ("这个月给冠军客户发邮件，预计能带来多少销售额？", "If we email Champions this month, what revenue should we expect?"):
        x = r(text)
        assert x.window is not None and x.period is None, text
