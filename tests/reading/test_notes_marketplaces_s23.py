"""Session 23, set 17's conventions read in other words: check and cross marks beside channels in pasted notes, the
currencies of marketplace sellers in South-East Asia, 老客 beside a purchase, groups joined by "+", purchases "N+ yrs
ago … but not since", Cantonese 落過單, an occasion's run-up said at a later mention, and a Chinese budget corrected
with its unit."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Not, Or, OrderCount, Recency, SignedUp

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "allowed", "excluded"),
    [
        ("🎯 Loyal\n✅ SMS ❌ email ✅ push\n💸 $900", ["sms", "push"], ["email"]),
        ("人群：冠军客户\n渠道：邮件✅ 短信❌ 推送❌\n预算：3k", ["email"], ["sms", "push"]),
        ("给冠军客户推帐篷 邮件+推送 🙅不要短信 预算5k", ["email", "push"], ["sms"]),
    ],
)
def test_marks_beside_channels(text: str, allowed: list[str], excluded: list[str]) -> None:
    ch = read(text, today=TODAY).channels
    assert (sorted(ch.allowed), sorted(ch.excluded)) == (sorted(allowed), sorted(excluded))


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Push our app buyers 10% off socks, budget Rp 8.500.000, next week", 8_500_000, "IDR"),
        ("Email Loyal customers about headlamps, budget ₱40,000", 40_000, "PHP"),
        ("SMS Champions, 15% off tents, budget IDR 3.000.000", 3_000_000, "IDR"),
    ],
)
def test_south_east_asian_budgets(text: str, amount: float, currency: str) -> None:
    b = read(text, today=TODAY).budget
    assert b is not None and (b.amount, b.currency) == (amount, currency)


def test_an_amount_off_in_rupiah() -> None:
    o = read("Email site buyers Rp75.000 off the Kestrel Pack, budget Rp 5.000.000", today=TODAY).offer
    assert o is not None and (o.kind, o.value, o.currency) == ("amount_off", 75_000, "IDR")


@pytest.mark.parametrize(
    "text",
    ["给近半年买过睡袋的老客发邮件，九折", "给过去一年消费满2000元的老客发短信推帐篷", "给买过两单以上的老客发推送"],
)
def test_laoke_beside_a_purchase_adds_no_order_count(text: str) -> None:
    a = read(text, today=TODAY).audience
    leaves = a.of if isinstance(a, And) else [a]
    assert not any(isinstance(c, OrderCount) and c.min == 1 and c.max is None for c in leaves)


def test_laoke_alone_is_at_least_one_order() -> None:
    a = read("给老客发短信推头灯，九折", today=TODAY).audience
    assert isinstance(a, OrderCount) and a.min == 1


def test_the_mountain_region_before_a_purchase() -> None:
    a = read("给山区买过登山鞋的客户发邮件", today=TODAY).audience
    assert isinstance(a, And) and any(getattr(c, "regions", None) == ["US-Mountain"] for c in a.of)


@pytest.mark.parametrize(
    "text",
    [
        "• 人群：买过睡袋的客户 + 近三个月注册的新用户\n• 渠道：邮件",
        "Email tent buyers\n+ anyone who signed up in the last 30 days\n$1k",
    ],
)
def test_groups_joined_by_plus_are_either_group(text: str) -> None:
    a = read(text, today=TODAY).audience
    assert isinstance(a, Or) and {type(c) for c in a.of} == {Bought, SignedUp}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Email everyone who bought a headlamp 3+ yrs ago, $600", 1095),
        ("SMS people who bought trekking poles more than two years ago but not since, $700", 730),
    ],
)
def test_a_purchase_long_ago_and_none_since(text: str, days: int) -> None:
    r = read(text, today=TODAY)
    a = r.audience
    assert isinstance(a, And)
    nots = [c for c in a.of if isinstance(c, Not)]
    assert nots and isinstance(nots[0].of, Bought) and nots[0].of.within_days == days
    assert not [n for n in r.not_applied if n.affects == "audience"]


def test_cantonese_lok_dan() -> None:
    a = read("俾三個月冇落過單嘅客發短訊 全場九折", today=TODAY).audience
    assert isinstance(a, Recency) and a.min_days == 90


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("做个父亲节的活动 给忠诚客户发邮件 送袜子 父亲节前一周发", date(2026, 6, 14), date(2026, 6, 20)),
        ("Mother's Day email for Loyal customers, 10% off. Send window: the five days before Mother's Day.",
         date(2026, 5, 5), date(2026, 5, 9)),
    ],
)
def test_a_run_up_said_at_a_later_mention(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)


def test_a_corrected_chinese_budget_keeps_its_unit() -> None:
    b = read("给冠军客户发邮件 预算先按八千 哦不对 一万一千块", today=TODAY).budget
    assert b is not None and (b.amount, b.currency) == (11_000, "CNY")
