"""Occasions a store plans for beyond the first list (session 17): BFCM and Cyber Week as one run, 520, Giving
Tuesday, school holidays, graduation season, 99划算节, 年终大促, 双旦 and others. Each was dropped silently before (no
window, no seasonal objective, nothing listed)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "occasion", "start", "end"), [
    ("BFCM: email our Champions 20% off sitewide, $5k", "bfcm", date(2026, 11, 20), date(2026, 12, 3)),
    ("Cyber Week push to lapsed buyers, free shipping", "bfcm", date(2026, 11, 20), date(2026, 12, 3)),
    ("Black Friday through Cyber Monday: SMS to Loyal customers", "bfcm", date(2026, 11, 20), date(2026, 12, 3)),
    ("黑五网一期间给全部客户发邮件，全场八五折", "bfcm", date(2026, 11, 20), date(2026, 12, 3)),
    ("520表白日给忠诚客户发短信推睡袋，预算5千元", "520", date(2026, 5, 10), date(2026, 5, 20)),
    ("Giving Tuesday email to everyone: we donate 5% of sales", "giving_tuesday", date(2026, 11, 26), date(2026, 12, 3)),
    ("暑假给买过帐篷的客户推送户外灯", "summer_holidays", date(2026, 7, 1), date(2026, 8, 31)),
    ("毕业季给新客户发邮件推背包", "graduation", date(2026, 5, 15), date(2026, 6, 30)),
    ("99划算节给全部客户发短信，全场九折", "double_nine", date(2026, 9, 1), date(2026, 9, 9)),
    ("年终大促，全渠道，预算5万元", "year_end_sale", date(2026, 12, 1), date(2026, 12, 31)),
    ("双旦给冠军客户发邮件推羽绒服", "double_dan", date(2026, 12, 20), date(2027, 1, 3)),
    ("Spring break: push trail shoes to runners", "spring_break", date(2026, 3, 2), date(2026, 3, 31)),
])
def test_more_occasions_are_the_window_and_a_seasonal_objective(text: str, occasion: str, start: date, end: date) -> None:
    x = read(text, today=TODAY)
    assert x.window is not None and x.window.occasion == occasion
    assert (x.window.start, x.window.end) == (start, end)
    assert x.objective == "seasonal"


@pytest.mark.parametrize("text", [
    "We have 520 customers in the West: email them 10% off tents",
    "520 people bought a tent last year; how many came back?",
])
def test_the_number_520_is_no_occasion(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.window is None or x.window.occasion != "520"
