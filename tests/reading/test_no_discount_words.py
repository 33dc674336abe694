"""Words that turn every discount down set no_discount (end-user probe class 4: 不做任何折扣 and 零折扣 had not)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "睡袋上新，不做任何折扣，给老客户发邮件",
    "头灯不打任何折扣，发短信",
    "零折扣，推一下冲锋衣",
    "全价销售登山靴，预算五千",
    "tents email to campers, no discounts at all",
    "full price only for the daypacks SMS",
    "不给任何折扣，推送给会员",
])
def test_no_discount_is_set(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.no_discount is not None and x.offer is None


def test_a_discount_rate_question_is_not_no_discount() -> None:
    assert read("冠军客户九折，邮件", today=TODAY).no_discount is None
