"""A request that opens with background or mail headers: the ask after it is read whole (probe s25 class 5)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 12, 6)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_an_inline_reply_under_a_quoted_line_is_read() -> None:
    x = r("From: Lena\nTo: Omar\n\nHi Omar. For context, last spring's sale did a 4.1% open rate.\n\n"
          "> Omar wrote: can we just email everyone again?\n\n"
          "Not this time. Let's win back Lost customers with 3+ orders, email only, 10% off max, $4,000, in February.")
    assert x.objective == "winback"
    assert x.budget is not None and x.budget.amount == 4000
    assert x.channels.allowed == ["email"]
    assert x.window is not None and x.window.start == date(2027, 2, 1)


def test_a_context_sentence_names_no_figure_of_the_request() -> None:
    x = r("For context, the autumn promo ran 25% off on sms. This time: email Champions about headlamps, $2k, next month.")
    assert x.offer is None or getattr(x.offer, "percent", None) != 25
    assert "sms" not in x.channels.allowed


def test_zh_background_then_demand_on_one_line() -> None:
    x = r("背景：去年黑五的转化率只有2%，短信效果最好。需求：给流失客户推头灯，只发邮件，预算五千美元，1月10日上线，跑两周。")
    assert x.channels.allowed == ["email"]
    assert x.budget is not None and x.budget.amount == 5000
    assert x.window is not None and x.window.start == date(2027, 1, 10) and x.window.end == date(2027, 1, 23)
    assert x.metric is None


def test_a_quoted_history_below_the_reply_is_still_cut() -> None:
    x = r("Make it email only, $3k.\n\nOn Mon, Dec 1, 2026 at 9:14 AM Anna wrote:\n> email and sms to Champions, $6k")
    assert x.budget is not None and x.budget.amount == 3000
