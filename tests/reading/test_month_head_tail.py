"""The first or last days or weeks of a month are that part of the month (end-user probe: 一月前两周, 一月頭兩個禮拜 had
been read as the whole month)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("六月前两周给老客户发邮件推帐篷", date(2026, 6, 1), date(2026, 6, 14)),
    ("8月頭兩個禮拜發簡訊給會員", date(2026, 8, 1), date(2026, 8, 14)),
    ("七月最后十天做个睡袋促销", date(2026, 7, 22), date(2026, 7, 31)),
    ("九月的前三天发短信", date(2026, 9, 1), date(2026, 9, 3)),
    ("十月最后一周推一下头灯", date(2026, 10, 25), date(2026, 10, 31)),
    ("下个月前两周给流失客户发推送", date(2026, 4, 1), date(2026, 4, 14)),
    ("email campers the first three weeks of July", date(2026, 7, 1), date(2026, 7, 21)),
    ("a sale on daypacks in the last 5 days of August", date(2026, 8, 27), date(2026, 8, 31)),
    ("the first fortnight of June, SMS to VIPs", date(2026, 6, 1), date(2026, 6, 14)),
    ("八月下旬给老客户发邮件", date(2026, 8, 21), date(2026, 8, 31)),
])
def test_a_part_of_a_month_is_that_part(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


def test_a_whole_month_stays_whole() -> None:
    w = read("六月给老客户发邮件", today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 6, 1), date(2026, 6, 30))
