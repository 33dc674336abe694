"""Clearance said in Chinese the way shops say it (probe s24 zb15): 清货, 甩卖 / 甩货 name a clearance campaign;
发货 (shipping) is no clearance word."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    "text",
    [
        "清货！睡袋八五折，只发邮件给忠诚客户，月底结束",
        "登山杖清一下货不够，干脆清货：给沉睡客户推一下，九折",
        "夏天前把冲锋衣甩卖掉，短信通知所有有短信授权的客户",
    ],
)
def test_clearance_in_chinese(text: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.objective) == ("brief", "clearance")


def test_shipping_is_no_clearance() -> None:
    assert read("周五发货前，给冠军客户发邮件推荐头灯", today=TODAY).objective != "clearance"
