"""Not-applied reasons in Chinese (copilot/reading/reasons_zh.py) for Chinese answers: the reader's recurring English
reasons have a Chinese wording; one no template covers is shown as written, never guessed at."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.reasons_zh import reason_for, reason_zh

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "给最近半年没下单、有会员积分的客户在微信和短信上推冲锋衣，按生日月份发",
        "下周给买过帐篷的女性客户发邮件，找几个达人合作一下",
        "给冠军客户推我们的瑜伽垫，短信为主，每天预算500元",
    ],
)
def test_every_reason_of_these_chinese_requests_has_its_chinese_wording(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.not_applied, "each of these requests has a clause copilot cannot apply"
    for n in r.not_applied:
        zh = reason_zh(n.reason)
        assert zh is not None, n.reason
        assert not any(w in zh for w in (" the ", "data has", "cannot plan")), zh


def test_templates_keep_their_values() -> None:
    assert reason_zh("the data has no gender") == "数据里没有性别"
    assert reason_zh("the data has no pet ownership") == "数据里没有pet ownership"  # unknown noun kept as written
    assert reason_zh("the catalogue has no kayaks") == "商品库里没有kayaks"
    assert reason_zh("copilot cannot plan WeChat; it plans email, SMS, push and paid social") == (
        "copilot 不能规划微信；它只规划邮件、短信、推送和付费社交"
    )
    assert "11 天" in (reason_zh(
        "copilot plans one total budget; the rate is not applied: the total is the rate times the length (11 days)") or "")


def test_an_uncovered_reason_is_shown_as_written_and_english_is_untouched() -> None:
    odd = "a reason no template knows"
    assert reason_zh(odd) is None and reason_for(odd, "zh") == odd
    assert reason_for("the data has no gender", "en") == "the data has no gender"
