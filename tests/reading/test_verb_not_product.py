"""A verb with its measure word (做个, 搞个, 来个, 整个) before an offer is never a product the catalogue lacks (end-user
probe class 5: 做个九折和满减的效果对比 listed 做个). Words fused with an offer that are goods are still listed."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "搞个满300减30，给老客户发短信",
    "来个八五折吧，邮件发给会员",
    "整个满200减20的活动",
    "做个九折和满减的效果对比",
    "弄个七折试试",
])
def test_a_verb_is_no_product(text: str) -> None:
    x = read(text, today=TODAY)
    assert not [n for n in x.not_applied if n.affects == "product"]


def test_goods_fused_with_an_offer_are_still_listed() -> None:
    x = read("雨披八五折，发短信", today=TODAY)
    assert [n.text for n in x.not_applied if n.affects == "product"] == ["雨披"]
