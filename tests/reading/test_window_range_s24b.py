"""Windows, ranges and dates in their place (session 24 probe class 1, issue #12), in other words than the probe's:
日 as the day unit of a Cantonese/Taiwan window, a lapse over a range of days, a part of a month beside an occasion."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Engagement, Not, Recency

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def leaves(c: object) -> list[object]:
    if isinstance(c, And):
        return [x for o in c.of for x in leaves(o)]
    return [c]


@pytest.mark.parametrize("text", ["過去45日冇點擊過電郵嘅客，推帳篷", "近45日没有点过邮件的客户，推帐篷"])
def test_ri_counts_the_days_of_a_window(text: str) -> None:
    aud = r(text).audience
    assert isinstance(aud, Not) and isinstance(aud.of, Engagement)
    assert aud.of.within_days == 45


def test_a_dates_ri_stays_a_date() -> None:
    w = r("6月1日开始，邮件，八折").window
    assert w is not None and w.start == date(2026, 6, 1)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("最近60天到120天都没有消费过的会员，短信召回", 60, 120),
        ("30到90天没有下单的客户，推送", 30, 90),
        ("Reactivate shoppers who haven't purchased in 60 to 120 days, SMS.", 60, 120),
        ("No orders for 2-4 months: email them 10% off.", 60, 120),
    ],
)
def test_a_lapse_over_a_range_is_recency_between(text: str, lo: int, hi: int) -> None:
    rec = [x for x in leaves(r(text).audience) if isinstance(x, Recency)]
    assert [(x.min_days, x.max_days) for x in rec] == [(lo, hi)]


@pytest.mark.parametrize(
    ("text", "start", "end", "occasion"),
    [
        (
            "Back to school sale on backpacks, mid August, email, $3k",
            date(2026, 8, 11),
            date(2026, 8, 20),
            "back_to_school",
        ),
        ("母亲节活动放在5月上旬，推送，九折", date(2026, 5, 1), date(2026, 5, 10), "mothers_day"),
    ],
)
def test_a_part_of_a_month_narrows_the_occasion(text: str, start: date, end: date, occasion: str) -> None:
    w = r(text).window
    assert w is not None and (w.start, w.end) == (start, end) and w.occasion == occasion


def test_a_whole_month_beside_an_occasion_keeps_its_days() -> None:
    w = r("Black Friday deal in November on tents, email").window
    assert w is not None and w.occasion == "black_friday" and w.start > date(2026, 11, 1)
