"""Cantonese 鍾意 (like) and 邊類 / 邊款 / 邊種 (which kind) read as 喜欢 and 哪类 (probe s24 zq18): what a group likes to
buy most is a recommendation for that group."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    "text",
    ["沉睡客戶以前最鍾意買邊種裝備？", "山區嘅客人最鍾意買邊類貨？", "冠軍客戶最鍾意買邊款頭燈？"],
)
def test_what_a_group_likes_most_is_a_recommendation(text: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.intent) == ("question", "recommend") and r.audience is not None
