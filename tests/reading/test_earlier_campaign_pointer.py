"""A pointer at an earlier campaign (decision 248) is listed (other) with its words and gives no window or promoted
product of its own; its aim word still counts; what the writer changes is read as usual; English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def others(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "other"]


def test_month_in_the_pointer_is_no_window() -> None:
    x = r("Same as the October reactivation, but push instead of SMS, 10% off. $1,500.")
    assert others(x) == ["Same as the October reactivation"]
    assert x.window is None
    assert x.channels.allowed == ["push"]


def test_products_in_the_pointer_are_not_promoted() -> None:
    x = r("Like last winter's down jacket promo but for base layers: Champions, email, $2,000, next week.")
    assert others(x) == ["Like last winter's down jacket promo"]
    assert x.promoted.categories == ["base-layers"]


def test_aim_word_in_the_pointer_still_counts() -> None:
    x = r("Same as the May winback, email only, 15% off, $900.")
    assert x.objective == "winback"


@pytest.mark.parametrize("text, words", [
    ("照上周那版给忠诚客户发短信，改成九折，预算两千元。", "照上周那版"),
    ("参照去年那次的方案，给冠军客户发邮件，预算3000元。", "参照去年那次的方案"),
    ("跟上次618的活动一样，给高价值客户发推送，预算4000元。", "跟上次618的活动一样"),
])
def test_chinese_pointer_listed(text: str, words: str) -> None:
    x = r(text)
    assert words in others(x)
    assert x.window is None


@pytest.mark.parametrize("text", [
    "Repeat purchase push for Loyal customers, email, $800.",
    "Copy email to Champions about tents, $500.",
    "Like the new Fernwood line? Email Loyal customers about it, $600.",
])
def test_not_a_pointer(text: str) -> None:
    assert not any("earlier campaign" in n.reason for n in r(text).not_applied)


def test_new_reasons_have_chinese_wording() -> None:
    from copilot.reading.reasons_zh import reason_zh

    x = r("照上个月那版，年卡会员到期前10天发短信提醒续费，预算一千元。")
    assert {n.affects for n in x.not_applied} >= {"other", "audience", "timing"}
    assert all(reason_zh(n.reason) for n in x.not_applied)
