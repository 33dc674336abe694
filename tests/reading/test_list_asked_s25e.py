"""In a request for customers' data, the list asked for and what the asker will do with it ("the email list", "so I can
text them from my phone", email名单导出来给我) are part of the data asked for: no consent leaf, no channel (dev q577
q673 q718's class). "How many … are on our email list?" still counts the email-consented."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Consent, leaves

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def consents(x: Reading) -> list[Consent]:
    return [c for c in leaves(x.audience) if isinstance(c, Consent)] if x.audience is not None else []


def test_self_send_after_a_data_ask_is_no_consent() -> None:
    for text in ("Can you give me the phone numbers of our Loyal customers so I can call them myself?",
                 "Send me the mobile numbers of lapsed hikers so I can text them directly"):
        x = r(text)
        assert x.intent == "refuse" and not consents(x), text


def test_the_list_asked_for_is_no_consent() -> None:
    for text in ("Export the SMS list of Champions for me", "把高价值客户的email名单导出来给我", "pull me the mailing list for the West region"):
        x = r(text)
        assert x.kind == "question" and not consents(x), text
        assert x.audience is not None, text


def test_a_count_on_the_list_keeps_consent() -> None:
    x = r("How many Champions are on our email list?")
    assert x.intent == "count" and [c.channel for c in consents(x)] == ["email"]
    x = r("Send the email list a 10% off code for tents, $500")
    assert x.kind == "brief"
