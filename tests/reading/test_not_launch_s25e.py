""""new" said of the writer, a colleague, a tool or a programme, or of the new goods of a trade-in, names no product
launch; introducing a programme or a service (介绍我们的回收计划, "introducing our repair programme") is no launch either
(dev b956 b1006's class; b1121's 介绍…计划)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def objective(text: str) -> str | None:
    return read(text, today=TODAY).objective


def test_new_person_or_tool_is_no_launch() -> None:
    for text in ("Hi, I'm the new CRM manager. Please plan an email to Loyal customers featuring the Cascade Beam, 10% off, $600.",
                 "Our new website is live; email Champions 10% off tents, $1k",
                 "I'm new here — can you email hikers about the Talus Mid GTX? $800"):
        assert objective(text) != "launch", text


def test_trade_in_new_goods_is_no_launch() -> None:
    assert objective("Swap your old sleeping bag for a new one: $25 off new sleeping bags for campers, email, $1,200") != "launch"


def test_introducing_a_programme_is_no_launch() -> None:
    for text in ("Introducing our new repair programme: email hikers, no discount, $500",
                 "给忠诚客户发邮件，介绍我们的以旧换新服务，预算3000元"):
        assert objective(text) != "launch", text


def test_a_new_product_is_still_a_launch() -> None:
    for text in ("Email campers about the new Cascade Tent 3P, $2k", "给老客发邮件，介绍我们的新款冲锋衣，预算5000",
                 "Introducing the Talus Mid GTX to hikers, email, $900"):
        assert objective(text) == "launch", text
