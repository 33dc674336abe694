"""去年's sale is last calendar year's even when this year's has run, and a purchase told with no goods before a
'not since' clause (去年双十一买过、今年没再买) is a purchase: it had been last month's sale in December, or dropped."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Recency, leaves

DECEMBER = date(2026, 12, 5)  # this year's 双十一 and 双十二 have both begun


def test_last_years_singles_day_in_december_is_last_year() -> None:
    r = read("给去年双十一买过东西的客户发邮件", today=DECEMBER)
    (rec,) = [c for c in leaves(r.audience) if isinstance(c, Recency)] if r.audience else []
    assert rec.max_days == (DECEMBER - date(2025, 11, 1)).days  # was 34: this year's November
    assert any("2025-11-01" in n.reason for n in r.not_applied)


@pytest.mark.parametrize(
    "text",
    [
        "给去年双十一买过、今年没再买的客户发短信",
        "给去年双十一买过的，今年一直没再买的客户发短信",
        "给去年双十二买过但今年还没回购的人发邮件",
    ],
)
def test_a_purchase_then_none_since_is_a_range_of_last_orders(text: str) -> None:
    r = read(text, today=DECEMBER)
    recs = [c for c in leaves(r.audience) if isinstance(c, Recency)] if r.audience else []
    assert recs and recs[0].min_days == 339  # no order this year
    assert recs[0].max_days is not None and recs[0].max_days > 365  # the sale's purchase kept, not dropped
