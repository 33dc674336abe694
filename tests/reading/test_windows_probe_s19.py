"""Campaign windows from the session-19 window probe (issue #12), tested in other words than the probe's:
dates written with the year first and slashes or dots, Chinese numerals in dates, a Chinese range with the month
written once, slash days after a weekday or zero-padded, a start word inside a longer word, and a due date."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)  # a Monday


def _window(text: str) -> tuple[date | None, date | None, int | None, str | None] | None:
    w = read(text, today=TODAY).window
    return None if w is None else (w.start, w.end, w.duration_days, w.occasion)


def test_year_first_with_slashes_or_dots() -> None:
    assert _window("Window 2026/05/04 - 2026/05/10 for the boots promo.") == (
        date(2026, 5, 4),
        date(2026, 5, 10),
        None,
        None,
    )
    assert _window("推广周期 2026.05.04-2026.05.10，推登山靴") == (
        date(2026, 5, 4),
        date(2026, 5, 10),
        None,
        None,
    )


def test_chinese_numerals_in_dates() -> None:
    assert _window("五月四号到五月十号推登山靴") == (date(2026, 5, 4), date(2026, 5, 10), None, None)
    got = _window("六月一号开始做两周头灯促销")
    assert got is not None and got[:2] == (date(2026, 6, 1), date(2026, 6, 14))


def test_a_chinese_range_with_the_month_once() -> None:
    assert _window("5月4-10日推头灯，邮件") == (date(2026, 5, 4), date(2026, 5, 10), None, None)
    assert _window("五月四号至十号推头灯") == (date(2026, 5, 4), date(2026, 5, 10), None, None)


def test_slash_days_after_a_weekday_zero_padded_or_with_zhi() -> None:
    assert _window("Send it Wed 4/8 to the Loyal segment.") == (
        date(2026, 4, 8),
        date(2026, 4, 8),
        None,
        None,
    )
    assert _window("Headlamp email goes 05/04, Champions only.") == (
        date(2026, 5, 4),
        date(2026, 5, 4),
        None,
        None,
    )
    assert _window("4/8至4/12做召回，短信") == (date(2026, 4, 8), date(2026, 4, 12), None, None)


def test_a_start_word_inside_a_longer_word_does_not_hide_the_date() -> None:
    assert _window("Feature the Cascade collection on April 21, email only.") == (
        date(2026, 4, 21),
        date(2026, 4, 21),
        None,
        None,
    )


def test_a_due_date_is_not_the_window() -> None:
    got = _window("Deadline for copy: Thu 3/5. Campaign runs in May, email only.")
    assert got is not None and got[:2] == (date(2026, 5, 1), date(2026, 5, 31))


def test_a_length_told_with_run_last_or_long_runs_from_the_first_day() -> None:
    assert _window("The promo lasts 12 days, beginning April 7.") == (
        date(2026, 4, 7),
        date(2026, 4, 18),
        12,
        None,
    )
    assert _window("A week-long sale from May 4 on tents.") == (date(2026, 5, 4), date(2026, 5, 10), 7, None)
    assert _window("周三开始，搞五天，推头灯") == (date(2026, 3, 4), date(2026, 3, 8), 5, None)


def test_a_last_day_told_as_when_it_ends_runs_from_today() -> None:
    assert _window("Offer closes Saturday, 10% off tents.") == (TODAY, date(2026, 3, 7), None, None)
    assert _window("The sale ends April 12; email the Loyal segment.") == (
        TODAY,
        date(2026, 4, 12),
        None,
        None,
    )
    assert _window("截至4月12日，给沉睡客户推睡袋") == (TODAY, date(2026, 4, 12), None, None)


def _period(text: str) -> tuple[date, date] | None:
    r = read(text, today=TODAY)
    assert r.window is None
    return None if r.period is None else (r.period.start, r.period.end)


def test_dates_asked_about_the_past_are_the_period() -> None:
    assert _period("What did SMS earn between Jan 10 and Jan 20?") == (date(2026, 1, 10), date(2026, 1, 20))
    assert _period("How did push do the second week of January?") == (date(2026, 1, 8), date(2026, 1, 14))
    assert _period("12月份邮件的效果怎么样？") == (date(2025, 12, 1), date(2025, 12, 31))


def test_days_of_next_month_and_a_range_to_the_month_end() -> None:
    assert _window("Run it the 5th to the 12th of next month.") == (
        date(2026, 4, 5),
        date(2026, 4, 12),
        None,
        None,
    )
    got = _window("From April 6 to the end of the month, 10% off packs.")
    assert got is not None and got[:2] == (date(2026, 4, 6), date(2026, 4, 30))
    got = _window("从4月8日到月底推帐篷")
    assert got is not None and got[:2] == (date(2026, 4, 8), date(2026, 4, 30))


def test_a_month_opening_the_sentence_before_a_campaign_word() -> None:
    assert _window("December sale on gloves, email only.") == (
        date(2026, 12, 1),
        date(2026, 12, 31),
        None,
        None,
    )


def test_a_possessive_weekend_or_tomorrow_but_not_a_past_weekday() -> None:
    assert _window("This weekend's flash sale on socks, SMS.") == (
        date(2026, 3, 7),
        date(2026, 3, 8),
        None,
        None,
    )
    assert _window("Following up on Monday's meeting: winback email to lapsed hikers.") is None


def test_an_occasion_after_since_is_a_look_back_not_the_window() -> None:
    assert _window("自中秋以来没有下单的会员，本周末推一下睡袋") == (
        date(2026, 3, 7),
        date(2026, 3, 8),
        None,
        None,
    )


def test_a_day_of_the_month_before_which_it_ends() -> None:
    assert _window("下个月底前把短信发完") == (TODAY, date(2026, 4, 30), None, None)
    assert _window("本月25号前推完头灯") == (TODAY, date(2026, 3, 24), None, None)
    assert _window("下个月10号之前给冠军客户发邮件") == (TODAY, date(2026, 4, 9), None, None)


def test_when_the_draft_is_due_and_a_season_naming_products() -> None:
    got = _window("草稿周四前发我，活动在五月做")
    assert got is not None and got[:2] == (date(2026, 5, 1), date(2026, 5, 31))
    assert _window("夏季新品推给越野跑者，只发邮件") is None


def test_a_season_before_a_word_for_goods_names_them_and_a_quarter_dates_it() -> None:
    got = _window("By end of Q3, clear out the summer items: 30% off, email only.")
    assert got is not None and got[:2] == (TODAY, date(2026, 9, 30))


def test_a_day_of_this_or_next_month_in_chinese() -> None:
    assert _window("这个月20号给冠军客户发短信") == (date(2026, 3, 20), date(2026, 3, 20), None, None)
    assert _window("下个月5号发推送，推头灯") == (date(2026, 4, 5), date(2026, 4, 5), None, None)


def test_a_date_that_opens_sales_starts_the_campaign() -> None:
    assert _window("4月8日开售，给露营爱好者推帐篷") == (date(2026, 4, 8), None, None, None)


def test_the_first_occasion_named_is_the_campaigns() -> None:
    got = _window("Calendar: Labor Day push on tents, email. Halloween still TBD.")
    assert got is not None and got[3] == "labor_day"


def test_a_month_of_a_past_year_is_no_window() -> None:
    assert _window("2025年3月注册的用户，还没下过单，发短信") is None


def test_english_weekday_ranges() -> None:
    assert _window("Fri-Sun flash sale on tents, SMS.") == (date(2026, 3, 6), date(2026, 3, 8), None, None)
    assert _window("Email Tuesday through Thursday next week.") == (
        date(2026, 3, 10),
        date(2026, 3, 12),
        None,
        None,
    )


def test_a_slash_day_after_ends_or_week_of() -> None:
    assert _window("Offer ends 3/20, email only.") == (TODAY, date(2026, 3, 20), None, None)
    assert _window("Week of 4/6: push the headlamps.") == (date(2026, 4, 6), date(2026, 4, 12), None, None)
