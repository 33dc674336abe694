"""A negated recipient in Chinese is the audience's NOT (probe s26, class 10): 别投给/不要推给/不要给…的人投 had read the
people not to reach as the audience ('bought X', flipped)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Condition, Not

TODAY = date(2026, 3, 2)


def _never_bought(c: Condition | None, category: str) -> bool:
    if isinstance(c, Not):
        return isinstance(c.of, Bought) and category in c.of.categories
    return isinstance(c, And) and any(_never_bought(x, category) for x in c.of)


def _bought(c: Condition | None, category: str) -> bool:
    if isinstance(c, Bought):
        return category in c.categories
    return isinstance(c, And) and any(_bought(x, category) for x in c.of)


@pytest.mark.parametrize(("text", "category"), [
    ("信息流推背包，别投给半年内买过背包的客户，预算两万元", "backpacks"),
    ("主推登山杖，不要推给已经买过登山杖的会员", "trekking-poles"),
    ("睡袋上新，不要给最近买过睡袋的用户投，预算五千", "sleeping-bags"),
    ("冲锋衣八折，请勿推送给上个月买过冲锋衣的顾客", "rain-jackets"),
    ("头灯促销，别发送给买过头灯的人", "headlamps"),
])
def test_a_negated_recipient_is_excluded(text: str, category: str) -> None:
    x = read(text, today=TODAY)
    assert _never_bought(x.audience, category), x.audience
    assert not _bought(x.audience, category)


def test_the_recipients_named_without_a_negation_stay_included() -> None:
    x = read("推睡袋，投给买过帐篷的客户，预算三千元", today=TODAY)
    assert _bought(x.audience, "tents"), x.audience
