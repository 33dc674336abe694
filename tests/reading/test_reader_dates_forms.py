"""Campaign dates in more forms (issue #12, the ninth labelled set's dev part, each written here in other words):
month.day dates (4.8-4.12, 4.18当天), day.month. dates and calendar weeks ("05.04.–11.04.", "KW 15"), ranges with
an arrow or in table cells, dated sends, 下下周, 月中 and T-minus launch schedules.

Each case was read wrongly before its fix.
"""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.reading.text import Text
from copilot.reading.tminus import schedule_not_applied

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def days(x: Reading) -> tuple[date | None, date | None]:
    assert x.window is not None
    return x.window.start, x.window.end


def test_month_dot_day_ranges_are_the_window_and_prices_are_not() -> None:
    assert days(r("春季上新｜全部客户｜GMV｜8千元｜4.8-4.12")) == (date(2026, 4, 8), date(2026, 4, 12))
    assert days(r("会员日预热（4.1-4.3）给忠诚客户发短信，预算3千元")) == (date(2026, 4, 1), date(2026, 4, 3))
    # phases in a row make one window, first day to last
    assert days(r("年中大促：蓄水4.20-4.30，爆发5.1-5.5，推送+短信，预算5万元")) == (date(2026, 4, 20), date(2026, 5, 5))
    # a day that has passed this year is next year's
    assert days(r("1.10-1.15 给沉睡客户发邮件")) == (date(2027, 1, 10), date(2027, 1, 15))
    assert days(r("4.18当天给冠军客户发邮件，预算两千元")) == (date(2026, 4, 18), date(2026, 4, 18))
    assert r("给冠军客户发短信，9.9元包邮，3.5折起，预算1.2w元").window is None
    assert r("评分4.5-4.8分的帐篷推给冠军客户，邮件，预算三千").window is None


def test_day_dot_month_ranges_and_calendar_weeks() -> None:
    assert days(r("Audience: Champions | Channel: email | Budget: €900 | Dates: 05.04.–11.04.")) == (date(2026, 4, 5), date(2026, 4, 11))
    assert days(r("Channel: SMS only. Budget 800 €. Timing: KW 15.")) == (date(2026, 4, 6), date(2026, 4, 12))
    # the dates in brackets win over the week
    assert days(r("Budget 800 €. Timing: KW 15 (07.04.–10.04.).")) == (date(2026, 4, 7), date(2026, 4, 10))


def test_ranges_with_an_arrow_in_table_cells_and_dated_sends() -> None:
    x = r("Name | Audience | Budget | Dates\nApril Win-back | lapsed buyers | $2,000 | 2026-04-06 → 2026-04-19")
    assert days(x) == (date(2026, 4, 6), date(2026, 4, 19))
    x = r("Name | Segment | Channel | Start | End\nMay Trail Days | Champions | email | Fri 5/1 | Sun 5/10")
    assert days(x) == (date(2026, 5, 1), date(2026, 5, 10))
    x = r("Email lands Mon 2026-04-13 to Loyal customers; SMS nudge Wed 04-15. 15% off the Ridge Pack, $1,200.")
    assert days(x) == (date(2026, 4, 13), date(2026, 4, 15))


def test_the_week_after_next_and_mid_month() -> None:
    assert days(r("下下周给冠军客户发短信，满300减30，预算8千")) == (date(2026, 3, 16), date(2026, 3, 22))
    assert days(r("月中给忠诚客户推帐篷，邮件，预算5千元")) == (date(2026, 3, 11), date(2026, 3, 20))


def test_t_minus_schedules_read_t0_plus_the_smallest_to_the_largest_offset() -> None:
    x = r("Run-of-show for the Summit Pack launch. T0 = Wed 4/8. T-5 teaser email to hikers, T0 launch email, T+2 SMS nudge. $2,500.")
    assert days(x) == (date(2026, 4, 3), date(2026, 4, 10))
    x = r("Launch plan: T-10 (Fri 3/20) email teaser to campers, T0 (Mon 3/30) launch push, T+4 last-call email. $3k.")
    assert days(x) == (date(2026, 3, 20), date(2026, 4, 3))
    x = r("新品上市节奏：T-5 推送预热，T0（4月10日）邮件首发，T+3 短信催单，预算8千元")
    assert days(x) == (date(2026, 4, 5), date(2026, 4, 13))
    x = r("Could you plan a T-minus schedule for the Ridge Boot drop: T-4 email, T0 push, T+1 SMS? T0 is Mon 4/20.")
    assert days(x) == (date(2026, 4, 16), date(2026, 4, 21))


def test_the_schedule_is_one_not_applied_entry_of_its_first_step_before_t0() -> None:
    (one,) = schedule_not_applied(Text("T0 = Wed 4/8. T-5 teaser email to hikers, T-2 push, T0 launch email, T+2 SMS.", TODAY))
    assert (one.affects, one.text) == ("timing", "T-5 teaser email")
    (one,) = schedule_not_applied(Text("T-10 (Fri 3/20) email teaser to campers, T0 (Mon 3/30) launch push", TODAY))
    assert one.text == "T-10 (Fri 3/20) email teaser"
    (one,) = schedule_not_applied(Text("T-5 推送预热，T0（4月10日）邮件首发，T+3 短信催单", TODAY))
    assert one.text == "T-5 推送预热"
    assert schedule_not_applied(Text("20% off T-shirts for Champions, email, $2k", TODAY)) == []


def test_chinese_weekday_ranges_their_phases_and_the_week_after_next() -> None:
    x = r("节奏：蓄水（下周二到周四）发推送，爆发（周五到周日）发短信，人群：忠诚客户，预算3万元")
    assert days(x) == (date(2026, 3, 10), date(2026, 3, 15))
    assert days(r("这周三到周五给冠军客户发邮件，预算五千")) == (date(2026, 3, 4), date(2026, 3, 6))
    assert days(r("下下周五给沉睡客户发短信，满199减20，预算两千")) == (date(2026, 3, 20), date(2026, 3, 20))
    assert days(r("下下周一到周三给冠军客户发邮件，预算五千")) == (date(2026, 3, 16), date(2026, 3, 18))
