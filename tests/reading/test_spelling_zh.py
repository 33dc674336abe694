"""Chinese same-sound slips (短心 for 短信) are read as the word meant, and real words are left alone."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.spelling_zh import correct_zh
from copilot.tools.conditions import Bought, leaves

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("高价值客户，邮件+短心，预算两万", "高价值客户，邮件+短信，预算两万"),
        ("给买过睡代的客户发推松", "给买过睡袋的客户发推送"),
        ("给忠成客户发邮件", "给忠诚客户发邮件"),
        ("半年内买过冲锋依的客户", "半年内买过冲锋衣的客户"),
    ],
)
def test_a_slip_of_the_input_method_is_corrected_in_place(typed: str, meant: str) -> None:
    fixed, spans = correct_zh(typed)
    assert fixed == meant
    assert len(fixed) == len(typed) and spans  # same length: spans of the fixed text are spans of the typed one


@pytest.mark.parametrize(
    "text",
    [
        "发个红包优惠券给老客户",  # 包优 straddles 红包 and 优惠: not 包邮
        "有件事想问：邮件的打开率多少？",  # 有件 is not 邮件 (a two-character word's first character is never the slip)
        "买过登山靴的人推荐登山帐",  # 登山帐 is a mountaineering tent, not 登山杖
        "这次活动的事件追踪怎么做",  # 事件 is a word of its own
        "给买过头灯的客户推睡袋",  # nothing to fix
    ],
)
def test_real_words_are_not_corrected(text: str) -> None:
    assert correct_zh(text) == (text, [])


def test_the_reading_applies_the_word_meant_and_quotes_the_words_as_typed() -> None:
    text = "给最近三个月买过帐蓬的客户推荐登山仗，只发短心，预算五千元"
    x = read(text, today=TODAY)
    assert x.text == text
    assert x.channels.allowed == ["sms"] and x.channels.only
    assert x.promoted.categories == ["trekking-poles"]
    assert x.audience is not None
    bought = [c for c in leaves(x.audience) if isinstance(c, Bought)]
    assert [b.categories for b in bought] == [["tents"]] and bought[0].within_days == 90
    assert not x.not_applied
    for s in x.channels.spans:
        assert text[s.start : s.end] == s.text
    assert any("短心" in s.text for s in x.channels.spans)
