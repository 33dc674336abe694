"""Look-back windows from the session-18 probe audit, tested in other words: 半年 is 180 days (过去半年消费 had
read 年消费 as a year), 半年内买过, one window shared by two purchases joined by 或, a window after "X but not Y"
or in brackets dates both, the second event of "opened but not clicked" keeps the first's window and channel,
and "… and spend above $N" after a who-clause is the customers' spend."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Engagement, Not, Or, Spend

TODAY = date(2026, 3, 2)


def _parts(text: str) -> list[object]:
    aud = read(text, today=TODAY).audience
    return list(aud.of) if isinstance(aud, (And, Or)) else [aud]


def test_half_a_year_of_spend() -> None:
    (spend,) = _parts("过去半年累计消费满3000元的会员有多少？")
    assert isinstance(spend, Spend) and spend.within_days == 180


def test_half_a_year_before_a_purchase() -> None:
    parts = _parts("半年内买过帐篷但没买过睡袋的客户，推睡袋")
    assert isinstance(parts[0], Bought) and parts[0].within_days == 180


def test_one_window_for_two_purchases_joined_by_or() -> None:
    parts = _parts("近两个月买过头灯或者登山杖的客户，推帐篷")  # one leaf listing both, or one leaf each
    bought = [p for p in parts if isinstance(p, Bought)]
    assert {d.within_days for d in bought} == {60}
    assert sorted(c for b in bought for c in b.categories) == ["headlamps", "trekking-poles"]


def test_a_window_after_but_not_dates_both_purchases() -> None:
    parts = _parts("Email people who bought trekking poles but not hiking boots, over the past 9 months.")
    assert isinstance(parts[0], Bought) and parts[0].within_days == 270
    assert isinstance(parts[1], Not) and isinstance(parts[1].of, Bought) and parts[1].of.within_days == 270


def test_a_window_in_brackets_after_purchases() -> None:
    (b,) = _parts("买过背包的客户（过去三个月），推水袋背心")
    assert isinstance(b, Bought) and b.within_days == 90


def test_opened_but_not_clicked_share_window_and_channel() -> None:
    parts = _parts("近两周打开过短信但没有点击的客户，发推送")
    assert isinstance(parts[1], Not) and isinstance(parts[1].of, Engagement)
    assert (parts[1].of.channel, parts[1].of.within_days) == ("sms", 14)


def test_and_spend_above_after_a_who_clause() -> None:
    parts = _parts("Customers who ordered at least twice this year and spend over $400 in total — thank-you email.")
    assert any(isinstance(p, Spend) and p.min == 400 for p in parts)
