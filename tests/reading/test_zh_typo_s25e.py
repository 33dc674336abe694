"""Same-sound character slips that the Chinese corrector had left (dev b508 b707's class): a slip on a character that
starts a category word is corrected unless the characters before it are a word naming the category's kind (用护 is
用户, 所有用护 is 所有用户; 登山帐 stays a mountaineering tent), and a neighbouring pair rarer than zipf 2 (丈八 of 登山丈八五折)
no longer blocks a correction to a word of the reader's own."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.spelling_zh import correct_zh


def test_user_slip_is_read() -> None:
    assert correct_zh("给所有用护发短信")[0] == "给所有用户发短信"
    x = read("面向所有用护，推送，预算五千元", today=date(2026, 3, 2))
    assert x.audience is not None and x.audience.kind == "all"


def test_pole_slip_before_a_discount_is_read() -> None:
    assert correct_zh("登山丈七五折")[0] == "登山杖七五折"
    x = read("帐篷、登山丈八五折，全体顾客，邮件，预算3万元", today=date(2026, 3, 2))
    assert "trekking-poles" in x.promoted.categories


def test_category_short_forms_and_real_words_stay() -> None:
    assert correct_zh("给登山帐买家发短信")[0] == "给登山帐买家发短信"
    assert correct_zh("事件营销")[0] == "事件营销"
