"""Set 20's class-2 slips as classes: a gift named with spaces (送一个Cascade Beam头灯) is the offer, never the promoted
product; 不含 / 不包含 before people (a footnote's "¹ 不含已退订邮件的人") excludes them (decision 249); "what counts as
'X'" asked beside a count is listed and the quoted term is read as the words, not as the segment's exact name
(docs: at-risk words = At risk + Can't lose them). Wordings other than the cases'."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "给冠军客户发短信推帐篷，送一个Cascade Beam头灯，预算2000元。",
        "给忠诚客户发邮件，不打折，送一双Trail Grip袜子，预算1500元。",
    ],
)
def test_named_gift_is_the_offer_not_promoted(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.offer is not None and x.offer.kind == "gift"
    assert "headlamps" not in x.promoted.categories and "socks" not in x.promoted.categories


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("给冠军客户（近半年下过单¹）发短信，头灯八折，预算五千。\n¹ 不含已退订短信的人", "sms"),
        ("给沉睡客户发邮件，帐篷七折，预算八千，不包含已退订邮件的客户。", "email"),
    ],
)
def test_not_containing_people_excludes_them(text: str, channel: str) -> None:
    x = read(text, today=TODAY)
    a = x.audience.model_dump(exclude_none=True) if x.audience else {}
    negated = [c["of"] for c in a.get("of", []) if c.get("kind") == "not"]
    assert any(n.get("event") == "unsubscribed" and n.get("channel") == channel for n in negated), a


def test_goods_not_contained_stay_goods() -> None:
    x = read("全场八折，不含帐篷，给忠诚客户发邮件，预算五千。", today=TODAY)
    a = x.audience.model_dump(exclude_none=True) if x.audience else {}
    assert a.get("kind") == "rfm_segment", a


def test_counts_as_asked_is_listed_and_term_is_the_words() -> None:
    x = read("Dumb question: what counts as 'At risk', and how many At risk customers are in the West?", today=TODAY)
    a = x.audience.model_dump(exclude_none=True) if x.audience else {}
    segs = [c for c in a.get("of", []) if c.get("kind") == "rfm_segment"]
    assert segs and set(segs[0]["segments"]) == {"At risk", "Can't lose them"}, a
    assert any("counts as" in n.text for n in x.not_applied if n.affects == "other"), x.not_applied
    y = read("How many 'At risk' customers do we have in the West?", today=TODAY)
    ya = y.audience.model_dump(exclude_none=True) if y.audience else {}
    assert [c["segments"] for c in ya.get("of", []) if c.get("kind") == "rfm_segment"] == [["At risk"]]
