"""这个周末 / 下个周末 / 周末两天 in a brief are the weekend's two days (这周末 and 下周末 were read; 这个周末 and 周末两天
had been unread clauses listed under the audience); an occasion with no date of its own (会员日) is only its name when
the brief dates the campaign, so 会员 is no unread clause about people."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

THURSDAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("给沉睡客户发短信推头灯，这个周末两天", date(2026, 3, 7)),
        ("周末两天给冠军客户发邮件，预算5000元", date(2026, 3, 7)),
        ("下个周末给忠诚客户发推送", date(2026, 3, 14)),
    ],
)
def test_the_weekend(text: str, start: date) -> None:
    r = read(text, today=THURSDAY)
    assert r.window is not None and (r.window.start, r.window.end) == (start, date.fromordinal(start.toordinal() + 1))
    assert not [n for n in r.not_applied if "周末" in n.text]


def test_a_dated_members_day_lists_nothing() -> None:
    r = read("想做个会员日活动，针对沉睡客户，发邮件和push，预算8000，周末两天。", today=THURSDAY)
    assert r.window is not None and r.not_applied == []
    undated = read("想做个会员日活动，针对沉睡客户，发邮件", today=THURSDAY)
    assert [n.affects for n in undated.not_applied] == ["timing"]
