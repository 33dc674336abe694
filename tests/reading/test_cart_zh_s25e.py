"""Cart and browsing activity said in Chinese is one clause the data cannot hold, with its look-back and its people word
(近30天加购未买的用户, 加购了但没付款的客户, 浏览过睡袋但没下单的会员), read before the other rules: 未下单 in it is no lapse
and 帐篷的用户 in 浏览过帐篷的用户 no tent buyers; two such groups joined by 和 are one entry (dev b859 q652's class)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def audience_entries(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "audience"]


def test_cart_without_order_is_one_entry() -> None:
    for text, words in (("给加购了但没付款的客户发短信，九折，预算1000元", "加购了但没付款的客户"),
                        ("最近一周加入购物车还没下单的有多少人？", "最近一周加入购物车还没下单")):
        x = r(text)
        assert x.audience is None, text
        assert audience_entries(x) == [words], text


def test_browsing_a_category_is_no_purchase() -> None:
    x = r("最近一周浏览过睡袋但没下单的会员有多少？")
    assert x.audience is None
    assert audience_entries(x) == ["最近一周浏览过睡袋但没下单的会员"]


def test_two_groups_joined_are_one_entry() -> None:
    x = r("给加购未支付的用户和浏览过背包的用户发推送，背包九折，预算3000元")
    assert x.audience is None
    assert audience_entries(x) == ["加购未支付的用户和浏览过背包的用户"]


def test_a_lapse_alone_is_still_read() -> None:
    x = r("给近半年没下单的老客发邮件，预算1000元")
    assert x.audience is not None and not audience_entries(x)
