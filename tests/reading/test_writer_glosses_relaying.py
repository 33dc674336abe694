"""The writer's own explanations are no clauses (decisions 243, 244, 246, 247): a definition of a word they use, a look-back
restated in brackets, who relays the request and a customer's story before the ask, the sender's own region, 美区 as the
market, and who wrote the reviews asked about. Nothing is listed for them and they add no leaf; the relayed question
decides the kind and the intent."""

from __future__ import annotations

import re
from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import leaves

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def kinds(x: Reading) -> list[str]:
    return sorted(c.kind for c in leaves(x.audience)) if x.audience is not None else []


@pytest.mark.parametrize("text", [
    "Let's do a cross-sell — which means selling tent owners something they don't have yet :) Email tent buyers, 10% off sleeping bags, $900.",
    "Plan a reactivation, which is basically a fancy word for getting quiet people to shop again. Hibernating customers, SMS, $700.",
    "Winback (i.e. bringing back people who drifted away) for the Lost segment, email, 20% off, $1,000.",
])
def test_english_gloss_is_no_clause(text: str) -> None:
    x = r(text)
    assert [n.text for n in x.not_applied if n.affects == "audience"] == []


def test_restated_look_back_in_brackets_adds_nothing() -> None:
    x = r("Email people who haven't ordered in 9 months (270 days, which is what the team calls dormant), 10% off, $1,500.")
    assert kinds(x) == ["recency"]
    assert x.not_applied == []


@pytest.mark.parametrize("text", [
    "这次做个召回活动（召回就是把很久没买的老客拉回来的意思），给近一年没下单的客户发短信，九折，预算三千元。",
    "想做'交叉销售'（交叉销售就是让买过帐篷的人再买点别的的意思），给买过帐篷的客户发邮件推睡袋，预算2000元。",
])
def test_chinese_definition_is_no_clause(text: str) -> None:
    x = r(text)
    assert [n.text for n in x.not_applied if n.affects == "audience"] == []
    assert "order_count" not in kinds(x)


@pytest.mark.parametrize("text", [
    "Support here — a customer asked whether the Kestrel Down Jacket is machine washable",
    "Relaying for a shopper: does the Wildfern Tent 2P come with a footprint?",
    "A customer emailed CS asking: how long is the warranty on the Cirrus Run Vest?",
])
def test_relayed_question_is_a_question(text: str) -> None:
    x = r(text)
    assert x.kind == "question"
    assert x.not_applied == []


@pytest.mark.parametrize("text", [
    "客服同事反馈：一位客户问Wildfern Tent 2P防不防水？",
    "有客户想知道：Kestrel Down Jacket能机洗吗？",
])
def test_zh_relaying_words_are_no_clause(text: str) -> None:
    x = r(text)
    assert x.kind == "question"
    assert x.not_applied == []


def test_customer_story_before_the_ask_is_context() -> None:
    x = r("Passing on from the Boulder store: a regular customer said the Cirrus Run Vest's zip pulls came off. "
          "Ask: email everyone who bought the Cirrus Run Vest in the last 3 months, $10 off, budget $300.")
    assert x.not_applied == []
    assert x.objective is None


@pytest.mark.parametrize("text", [
    "From the Northwest regional manager: email Champions in the West, 10% off tents, $1,200.",
    "Regional (Northeast) — SMS to Loyal customers in the Northeast, free shipping, $800.",
])
def test_sender_region_is_no_clause(text: str) -> None:
    x = r(text)
    assert [n.text for n in x.not_applied if n.affects == "audience"] == []
    assert "region" in kinds(x)


@pytest.mark.parametrize("text", ["美国站的老客里有多少人订阅了邮件？", "美区的冠军客户有多少？"])
def test_market_adds_nothing(text: str) -> None:
    assert r(text).not_applied == []


@pytest.mark.parametrize("text", ["用过的人都怎么评价Kestrel Down Jacket？", "What do people who bought the Wildfern Tent 2P say about it?"])
def test_reviewers_are_no_group(text: str) -> None:
    x = r(text)
    assert x.audience is None and x.not_applied == []
    assert x.intent == "reviews" or not re.search(r"[\u4e00-\u9fff]", text)  # (the English intent is the model's)
