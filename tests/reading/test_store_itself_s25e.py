"""门店 as the one who asks, is sent something or is measured (门店这边反馈…, 我们门店想…, 导出来给门店, 进店率, 调陈列) is the
writer's own shop, not a channel the campaign sends through (dev q719 q818 b1200's class); 门店 planned beside a
channel still is one copilot cannot plan."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def channel_entries(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "channel"]


def test_the_store_as_asker_is_no_channel() -> None:
    for text in ("我们门店希望给冠军客户发短信，八折，预算3000元", "门店那边反馈进店率下滑，给西部的会员发推送，送运动袜，预算2000元",
                 "哪个渠道的转化率最高？门店的同事想知道"):
        x = r(text)
        assert not channel_entries(x), text


def test_the_store_as_recipient_is_no_channel() -> None:
    x = r("把忠诚客户名单发给各门店的店长，顺便给他们发邮件，预算2000元")
    assert "门店" not in " ".join(channel_entries(x))


def test_the_store_as_a_channel_is_still_listed() -> None:
    x = r("门店和短信一起做，给冠军客户发，预算3000元")
    assert "门店" in channel_entries(x)
