"""下个季度 is the next quarter as "next quarter" is (probe s24x zq05: 预测一下下个季度登山鞋的销量 had dropped it):
July-September from an April day, in a forecast question and in a brief; 下季度 the same; 这个季度 in a question
about sales is still no window."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 4, 20)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_forecast_next_quarter() -> None:
    x = r("帮我预测一下下个季度背包的销量")
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 7, 1), date(2026, 9, 30))


def test_next_quarter_matches_english_and_short_form() -> None:
    zh, short, en = (
        r("下个季度给沉睡客户发短信"),
        r("下季度给沉睡客户发短信"),
        r("sms hibernating customers next quarter"),
    )
    assert zh.window is not None and short.window is not None and en.window is not None
    assert (
        (zh.window.start, zh.window.end)
        == (short.window.start, short.window.end)
        == (en.window.start, en.window.end)
    )


def test_this_quarter_sales_question_has_no_window() -> None:
    assert r("这个季度的销售额是多少").window is None
