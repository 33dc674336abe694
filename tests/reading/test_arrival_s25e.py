"""When the goods arrive is no campaign window: a send that waits for a restock is listed (timing) and the date the
stock is due dates the delivery, not the send (dev b1137 b1254 b1292's class: "is due in next week", 下个月到一批新色,
3月底…到货 had been read as the window)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def timing(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "timing"]


def test_english_arrival_date_is_no_window() -> None:
    for text in ("The new Alder Trail 2 colours land in April. Once they arrive, push it to trail runners, 10% off, $800.",
                 "Our restock of the Cascade Beam is expected in mid-March; when the Cascade Beam arrives, email Champions. $500."):
        x = r(text)
        assert x.window is None, text
        assert timing(x), text


def test_chinese_arrival_date_is_no_window() -> None:
    for text in ("新款睡袋月中到货，货到之后给露营爱好者发短信，预算2000元",
                 "下周到一批Cascade Beam头灯，等这批货到了以后给冠军客户发邮件，预算3000元"):
        x = r(text)
        assert x.window is None, text
        assert any("到" in w for w in timing(x)), text


def test_a_window_said_apart_from_the_arrival_stays() -> None:
    x = r("Email campers about tents in April, $2k. Restocked tents arrive next week.")
    assert x.window is not None and x.window.start == date(2026, 4, 1)
    x = r("四月给露营爱好者发邮件推帐篷，预算2000元")
    assert x.window is not None


def test_no_wait_no_claim() -> None:
    x = r("The new Cascade Beam lands next week: email Champions about it, $500.")
    assert x.window is not None  # no send waits on the arrival: the week is the campaign's
