"""Questions in forms new writers use (copilot/reading/question_forms.py and the intent words): asked without a question
mark or question word, in texting English or Cantonese, as a polite imperative, a terse note or a Chinese A-not-A;
each had been read as a brief or given another intent. Written in other words than the session-21 probe."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Kindly share the number of Loyal customers with email consent.", "count"),
        ("Please revert with the click rate of the February newsletter.", "channel_performance"),
        ("Request you to confirm whether the Kestrel Mid GTX is waterproof.", "product_facts"),
        ("conversion rate push, last 60d", "channel_performance"),
        ("aov by rfm segment", "segments"),
        ("top 5 upsell products for tent buyers", "recommend"),
        ("看一下短信上周的打开率", "channel_performance"),
        ("列一下最适合推给冠军客户的三款商品", "recommend"),
        ("Cascade Beam 亮度够不够", "product_facts"),
        ("邮件的GMV环比上个月", "channel_performance"),
        ("下个月谁会买睡袋", "propensity"),
    ],
)
def test_an_ask_without_a_question_word_is_a_question(text: str, intent: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.intent) == ("question", intent)


@pytest.mark.parametrize(
    "text",
    [
        "Please share the spring rain-jacket news with Champions by email, 15% off, $2k.",
        "给冠军客户推送新款头灯，九折，预算三千元，看下周末效果",
        "Kindly send Loyal customers free shipping on socks by SMS next week.",
    ],
)
def test_a_brief_with_an_offer_or_budget_stays_a_brief(text: str) -> None:
    assert read(text, today=TODAY).kind == "brief"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("wats the open rate on push lately", "channel_performance"),
        ("hw many ppl can we text in the Midwest", "count"),
        ("邊個價值層級嘅客單價最高？", "segments"),
        ("有冇辦法知道邊啲客最大機會買帳篷？", "propensity"),
    ],
)
def test_texting_english_and_cantonese_are_read_as_the_words_meant(text: str, intent: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.intent) == ("question", intent)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Suppose a free-shipping push to Champions next week — how many orders?", "forecast"),
        ("Let's say we email At risk customers 10% off: how much revenue?", "forecast"),
        ("给流失客户推送满100减20，能带回多少人", "forecast"),
        ("改成短信呢？", "forecast"),
        ("邮件做了半年，到底回本没有", "channel_performance"),
        ("Is it even worth texting the Lost segment?", "channel_performance"),
        ("Are shoppers satisfied with the Nimbus Glide?", "reviews"),
        ("what is everyone saying about the Cairn Bag 35", "reviews"),
        ("How heavy is the Wildfern Tent 2P, and what's its rating?", "product_facts"),
        ("老客一般都买啥", "recommend"),
        ("Why do Loyal customers order less in winter?", "segments"),
        ("老客里能收邮件的占几成？", "count"),
    ],
)
def test_intent_of_new_wordings(text: str, intent: str) -> None:
    assert read(text, today=TODAY).intent == intent


@pytest.mark.parametrize("text", ["那上周的呢？", "what about the South?", "same thing but for Champions"])
def test_a_follow_up_with_no_words_of_its_own_keeps_the_conversation_intent(text: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.intent) == ("question", "other")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("我要冠军客户的收货地址，寄礼物用", "refuse"),
        ("Could you create an Instagram caption for the new headlamp?", "other"),
    ],
)
def test_refusals_and_writing_no_plan_holds(text: str, intent: str) -> None:
    r = read(text, today=TODAY)
    assert (r.kind, r.intent) == ("question", intent)


def test_a_chat_plan_ask_with_a_particle_verb_is_a_plan() -> None:
    assert read("could you rough out a Labor Day push for Promising customers?", today=TODAY).intent == "plan"
