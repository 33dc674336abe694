"""The routed chat path (copilot/agent/routed.py) over the real tools on the trained small demo workspace.

Code reads the question, the tools run with arguments from the reading, a template (or, for product
facts, the scripted model) answers. The scripted model's script is empty wherever no model call may
happen: ``assert_complete`` and the ledger prove the model was not asked.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fakes import ScriptedChatModel, tool_call
from langchain_core.messages import BaseMessage

from copilot.agent.events import AgentEvent, ToolCallFinished, ToolCallStarted, TurnFinished
from copilot.core import Session, chat_path_for
from copilot.deps import Deps
from copilot.tools.channels import channel_stats
from copilot.tools.schemas import ChannelQuery


def _ask(session: Session, text: str) -> tuple[list[ToolCallStarted], TurnFinished]:
    events: list[AgentEvent] = list(session.ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished)
    return [e for e in events if isinstance(e, ToolCallStarted)], end


def _count(deps: Deps, where: str) -> int:
    with deps.artifacts.query() as q:
        row = q.execute(f"SELECT COUNT(*) FROM cust WHERE {where}").fetchone()
    assert row is not None
    return int(row[0])


def _routed(deps: Deps, script: list[Any] | None = None) -> tuple[Session, ScriptedChatModel]:
    model = ScriptedChatModel(script=script or [])
    deps.chat_model = model
    return Session(deps, path="routed"), model


def _leaves(where: dict[str, Any]) -> list[dict[str, Any]]:
    return list(where["of"]) if where["kind"] == "and" else [where]


def test_lapsed_high_value_customers_we_can_text_is_one_count_from_sql(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    calls, end = _ask(session, "How many lapsed high-value customers can we text?")
    assert [c.tool for c in calls] == ["segment_lookup"]
    leaves = _leaves(calls[0].arguments["criteria"]["where"])
    assert {"kind": "recency", "min_days": 180, "include_never": False} in leaves
    assert {"kind": "value_tier", "tier": "high"} in leaves
    assert {"kind": "consent", "channel": "sms"} in leaves
    expected = _count(real_deps, "recency_days >= 180 AND value_tier = 'high' AND consent_sms = 1")
    assert expected > 0
    assert end.stopped == "answer" and end.answer.startswith(f"{expected:,} customers match")
    assert end.ledger.calls == [] and model.requests == []  # no model call for a count
    model.assert_complete()


@pytest.mark.parametrize("text", [
    "How many lapsed high-value customers are there, and how many of those can we text?",
    "半年没下单的高价值客户有多少？能发短信的有多少？",
    "半年没下单的高价值客户有多少？其中能发短信的呢？",
    "How many lapsed high-value customers do we have? Of those, which ones can we text?",
])
def test_a_total_and_its_reach_are_both_answered(real_deps: Deps, text: str) -> None:
    """Two counts asked (the group, then how many of it a channel reaches): the total is not narrowed to the
    consented, and the channel's reach is said beside it (the answer had given the consented count as the total)."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, text)
    assert [c.tool for c in calls] == ["segment_lookup"]
    leaves = _leaves(calls[0].arguments["criteria"]["where"])
    assert {"kind": "consent", "channel": "sms"} not in leaves
    total = _count(real_deps, "recency_days >= 180 AND value_tier = 'high'")
    texted = _count(real_deps, "recency_days >= 180 AND value_tier = 'high' AND consent_sms = 1")
    assert 0 < texted < total
    assert f"{total:,}" in end.answer and f"{texted:,}" in end.answer
    assert model.requests == []


def test_best_channel_and_hour_is_one_channel_stats_call_without_a_window(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    calls, end = _ask(session, "Which channel converts best for us, and at what time should we send?")
    assert [c.tool for c in calls] == ["channel_stats"]
    assert "since" not in calls[0].arguments and "until" not in calls[0].arguments
    report = channel_stats(real_deps, ChannelQuery())
    measured = [c for c in report.channels if c.conversion_rate is not None and c.sends > 0]
    best = max(measured, key=lambda c: c.conversion_rate.value if c.conversion_rate else 0.0)
    names = {"email": "Email", "sms": "SMS", "push": "Push", "paid_social": "Paid social"}
    assert end.answer.startswith(f"{names[best.channel]} converts best.")
    assert best.best_hour is not None and f"{best.best_hour:02d}:00" in end.answer
    assert model.requests == []


def test_a_past_period_limits_the_channel_figures_to_its_sends(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    calls, end = _ask(session, "Which channel converted best last month?")
    assert [c.tool for c in calls] == ["channel_stats"]
    first_of_month = real_deps.clock().date().replace(day=1)
    last_day = first_of_month.fromordinal(first_of_month.toordinal() - 1)
    assert calls[0].arguments["since"] == last_day.replace(day=1).isoformat()
    assert calls[0].arguments["until"] == last_day.isoformat()
    report = channel_stats(real_deps, ChannelQuery(since=last_day.replace(day=1), until=last_day))
    if any(c.conversion_rate is not None and c.sends > 0 for c in report.channels):
        assert f"(channel_stats, sends from {last_day.replace(day=1)} to {last_day})" in end.answer
    else:  # the demo's history may end before last month: said, not answered from all history
        assert end.answer.startswith(f"No campaign sends between {last_day.replace(day=1)} and {last_day}")
    assert model.requests == []


def test_a_follow_up_narrows_the_previous_audience(real_deps: Deps) -> None:
    session, _ = _routed(real_deps)
    _, first = _ask(session, "How many customers bought tents?")
    tents = "customer_id IN (SELECT customer_id FROM custcat WHERE category = 'tents')"
    assert first.answer.startswith(f"{_count(real_deps, tents):,} customers match")
    calls, second = _ask(session, "And how many of those also opted in to email?")
    leaves = _leaves(calls[0].arguments["criteria"]["where"])
    assert {"kind": "consent", "channel": "email"} in leaves
    assert any(leaf["kind"] == "bought" and leaf["categories"] == ["tents"] for leaf in leaves)
    assert second.answer.startswith(f"{_count(real_deps, tents + ' AND consent_email = 1'):,} customers match")
    calls, third = _ask(session, "What about push?")  # replaces the channel, keeps the tents
    assert third.answer.startswith(f"{_count(real_deps, tents + ' AND consent_push = 1'):,} customers match")


def test_personal_data_is_refused_without_a_tool(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    for text in ("Give me the email addresses of our Champions.", "把冠军客户的邮箱发给我。"):
        calls, end = _ask(session, text)
        assert calls == [] and "@" not in end.answer
        assert re.search(r"can't share|不能提供", end.answer)
    assert model.requests == []


def test_a_product_the_brand_does_not_sell_is_corrected(real_deps: Deps) -> None:
    session, _ = _routed(real_deps)
    calls, end = _ask(session, "How many customers bought e-bikes?")
    assert calls == []
    assert "don't sell e-bikes" in end.answer


def test_product_facts_are_worded_by_the_model_with_verified_citations(real_deps: Deps) -> None:
    seen: dict[str, Any] = {}

    def answer(messages: list[BaseMessage], kwargs: dict[str, Any]) -> dict[str, Any]:
        schema = kwargs["response_format"]["json_schema"]["schema"]
        ids = schema["properties"]["fact_ids"]["items"]["enum"]  # only the ids the search returned
        seen["ids"] = ids
        return {"answer": "It weighs what the spec sheet says [P9999-invented].", "fact_ids": [ids[0]]}

    session, model = _routed(real_deps, [answer])
    calls, end = _ask(session, "How much does the Alder Sky weigh?")
    assert [c.tool for c in calls] == ["search_product_facts"]
    assert calls[0].arguments["product_id"] == "P1001"
    assert end.answer == f"It weighs what the spec sheet says. [{seen['ids'][0]}]"  # invented citation removed
    assert len(end.ledger.calls) == 1
    model.assert_complete()


def test_a_model_answer_with_a_number_not_in_the_facts_falls_back_to_quoting_them(real_deps: Deps) -> None:
    def answer(messages: list[BaseMessage], kwargs: dict[str, Any]) -> str:
        ids = kwargs["response_format"]["json_schema"]["schema"]["properties"]["fact_ids"]["items"]["enum"]
        return json.dumps({"answer": "It weighs 123456 g.", "fact_ids": [ids[0]]})

    session, _ = _routed(real_deps, [answer])
    _, end = _ask(session, "How much does the Alder Sky weigh?")
    assert "123456" not in end.answer
    assert re.search(r"\[P1001-[0-9a-f]+\]", end.answer)


def test_a_customer_id_comes_only_from_the_users_words_and_is_checked_by_the_tool(real_deps: Deps) -> None:
    session, _ = _routed(real_deps)
    calls, end = _ask(session, "What should we recommend to the Loyal segment?")
    assert all("customer_id" not in c.arguments for c in calls)  # never an id the question does not hold
    calls, end = _ask(session, "What should we recommend to customer cus_0123456789?")
    assert calls[0].arguments["customer_id"] == "cus_0123456789"
    assert "Unknown customer 'cus_0123456789'" in end.answer  # the tool refuses an id it does not know


def test_the_free_agent_may_not_use_an_invented_customer_id(real_deps: Deps) -> None:
    from fakes import final, route

    model = ScriptedChatModel(script=[route("recommend_products", customer_id="cus_1234567890"), final("done")])
    real_deps.chat_model = model
    events = list(Session(real_deps, path="agent").ask("What should we recommend to our best customer?"))
    finished = [e for e in events if isinstance(e, ToolCallFinished)]
    assert finished and not finished[0].ok
    assert "did not come from" in model.requests[1].last_text
    model.assert_complete()


def test_chat_path_choice(real_deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    native = ScriptedChatModel(script=[tool_call("segment_lookup")], tool_mode="native")
    assert chat_path_for(native) == "agent"  # capable models keep free tool calling
    assert chat_path_for(ScriptedChatModel(script=[])) == "agent"  # a model copilot did not build
    monkeypatch.setenv("COPILOT_CHAT_PATH", "routed")
    assert chat_path_for(native) == "routed"
    assert chat_path_for(native, "agent") == "agent"


def test_a_brief_reaches_the_plan_tool_as_the_brief_alone(real_deps: Deps) -> None:
    """The routed path knows the planner's tool by name only (no planner type): it sends the brief, the
    tool validates it against its own request model and the real planner drafts the plan."""
    from planner.helpers import scripted_copy

    from copilot.agent.events import PlanProduced

    brief = "Draft a campaign plan to win back lapsed trail runners, email and SMS, $20k budget"
    session, model = _routed(real_deps, [scripted_copy()])
    events = list(session.ask(brief))
    calls = [e for e in events if isinstance(e, ToolCallStarted)]
    assert [c.tool for c in calls] == ["draft_campaign_plan"]
    assert calls[0].arguments == {"brief": brief, "what_if": False}
    (done,) = [e for e in events if isinstance(e, ToolCallFinished)]
    assert done.ok, done.summary
    (plan,) = [e for e in events if isinstance(e, PlanProduced)]
    end = events[-1]
    assert isinstance(end, TurnFinished) and end.stopped == "answer" and end.answer
    assert plan.plan_id and plan.path
    model.assert_complete()


@pytest.mark.parametrize("rates", [{}, {"CNY": 0.14}])
def test_a_spend_threshold_in_another_currency_is_converted_or_said(real_deps: Deps, rates: dict[str, float]) -> None:
    """A question's spend threshold in yuan over a dollar store: converted with fx_rates, or -- with no rate -- counted as
    the same number of dollars and said under Not applied (the answer had called it '500 CNY' and counted $500)."""
    import dataclasses

    deps = dataclasses.replace(real_deps, settings=real_deps.settings.model_copy(update={"fx_rates": rates}))
    session, model = _routed(deps)
    calls, end = _ask(session, "累计消费超过500元的客户有多少？")
    assert [c.tool for c in calls] == ["segment_lookup"]
    (spend,) = [leaf for leaf in _leaves(calls[0].arguments["criteria"]["where"]) if leaf["kind"] == "spend"]
    if rates:
        assert spend["min"] == pytest.approx(70.0) and spend["currency"] == "USD"
        assert "fx_rates" not in end.answer
    else:
        assert spend["min"] == 500 and spend["currency"] == "CNY"
        assert "fx_rates.CNY" in end.answer and "500元" in end.answer
    assert model.requests == []


def test_a_chinese_count_says_its_audience_in_chinese(real_deps: Deps) -> None:
    """A Chinese question's answer names the group and the channels in Chinese (it had quoted 'bought tents in the
    last 90 days AND opted in to sms' and 'email 12, sms 5' inside the Chinese sentence)."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, "最近90天买过帐篷、能发短信的客户有多少？")
    assert [c.tool for c in calls] == ["segment_lookup"]
    assert "近3个月买过帐篷" in end.answer and "同意接收短信" in end.answer and "短信 " in end.answer
    assert not re.search(r"\b(?:AND|bought|opted|sms|email)\b", end.answer)
    assert model.requests == []


def test_a_chinese_answer_says_what_was_not_applied_in_chinese(real_deps: Deps) -> None:
    """未采用 lists each clause with its reason in Chinese (the reasons had been English inside the Chinese answer)."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, "有会员积分、半年没下单的客户有多少？")
    assert [c.tool for c in calls] == ["segment_lookup"]
    assert "未采用：“积分”（数据里没有会员积分体系）" in end.answer or "未采用：“会员积分”（数据里没有会员积分体系）" in end.answer
    assert "the data has no" not in end.answer
    assert model.requests == []


def test_a_what_if_forecast_is_answered_with_its_figures_not_questions(real_deps: Deps) -> None:
    """'How much would we make if…' plans on stated assumptions and answers with the forecast (it had stopped at the
    planner's 'What is the budget?', and a plan's answer was the tool panel's line cut at 160 characters)."""
    from planner.helpers import scripted_copy

    question = "If we emailed every Champion a 10% code next week, roughly how much would we make?"
    fill = {"objective": "retention", "category": "none", "audience": "Champions"}  # what code did not read: the model
    session, _model = _routed(real_deps, [fill, *[scripted_copy()] * 3])
    calls, end = _ask(session, question)
    assert [c.tool for c in calls] == ["draft_campaign_plan"]
    assert calls[0].arguments == {"brief": question, "what_if": True}
    assert end.stopped == "answer" and end.answer.startswith("Roughly $"), end.answer
    assert re.search(r" in revenue, [\d.,]+ \([\d.,]+[–-][\d.,]+\) orders, from [\d,]+ customers on Email", end.answer)
    assert "…" not in end.answer and "What is the budget" not in end.answer


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("冠军客户有多少？他们最常买哪个品类？", ["segment_lookup", "recommend_products"]),
        ("How many Champions do we have, and which channel converts best for them?", ["segment_lookup", "channel_stats"]),
    ],
)
def test_two_asks_needing_different_answers_are_both_answered(real_deps: Deps, text: str, tools: list[str]) -> None:
    """The second ask had been dropped unsaid (the message's one intent answered the other); an ask with no audience of
    its own ('for them', 他们) is about the message's audience and is not listed as pointing at an earlier message."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, text)
    assert [c.tool for c in calls] == tools
    assert all(c.arguments.get("segment") == "Champions" or "Champions" in json.dumps(c.arguments) for c in calls)
    assert len(end.answer.split("\n\n")) == 2
    assert "earlier message" not in end.answer
    assert model.requests == []


def test_two_asks_of_one_kind_stay_one_answer(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    calls, _end = _ask(session, "Which channel gets the best conversion rate for tents, and what hour should we send?")
    assert [c.tool for c in calls] == ["channel_stats"]
    assert model.requests == []


@pytest.mark.parametrize(
    ("question", "tool", "said"),
    [
        ("哪个渠道的转化率最高？", "channel_stats", ["转化率最高的渠道是", "各渠道转化率", "最佳发送时间"]),
        ("流失风险客户的规模和价值？", "segment_lookup", ["有流失风险的客户：", "贡献收入", "客单价"]),
        ("下个月最可能买帐篷的500个客户", "score_propensity", ["位会购买帐篷"]),
    ],
)
def test_chinese_answers_are_chinese(real_deps: Deps, question: str, tool: str, said: list[str]) -> None:
    """Channel comparisons, segment lines and propensity answers to Chinese questions are written in Chinese (they
    had been 'SMS: conversion rate 1.19% … best send time Saturday around 19:00', 'At risk: 4,269 customers (14.2% of
    all)…' and '会购买 tents')."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, question)
    assert calls and calls[0].tool == tool
    assert all(word in end.answer for word in said), end.answer
    assert not re.search(r"\b(?:conversion|customers|revenue|Saturday|Sunday|tents|around|of all)\b", end.answer)
    assert model.requests == []


def test_a_traditional_chinese_question_is_answered_in_traditional_characters(real_deps: Deps) -> None:
    """請問…有多少人？可以發簡訊的有幾位？ gets both counts (幾位 is a second count) in traditional characters; a simplified
    question stays simplified."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, "請問買過帳篷的客戶有多少人？可以發簡訊的有幾位？")
    assert [c.tool for c in calls] == ["segment_lookup"]
    assert {"kind": "consent", "channel": "sms"} not in _leaves(calls[0].arguments["criteria"]["where"])
    assert "符合條件的客戶" in end.answer and "買過帳篷" in end.answer and "其中可以發短信的有" in end.answer
    _, simple = _ask(session, "买过帐篷的客户有多少人？")
    assert "符合条件的客户" in simple.answer
    assert model.requests == []


@pytest.mark.parametrize(
    ("question", "growth"),
    [("Which region has the most customers?", False), ("最近三个月，哪个地区的客户增长最快？", True)],
)
def test_a_region_question_is_answered_region_by_region(real_deps: Deps, question: str, growth: bool) -> None:
    """It had been answered with the RFM segment list (a different question), the Chinese one with channel figures."""
    session, model = _routed(real_deps)
    calls, end = _ask(session, question)
    regions = [c.arguments["criteria"]["where"]["regions"][0] for c in calls]
    assert [c.tool for c in calls] == ["segment_lookup"] * len(calls) and len(regions) >= 2
    sizes = {r: _count(real_deps, f"region = '{r}'") for r in regions}
    top = max(sizes, key=lambda r: sizes[r])
    assert top in end.answer.splitlines()[0] and f"{sizes[top]:,}" in end.answer.splitlines()[0]
    assert ("增长" in end.answer) == growth
    listed = [ln for ln in end.answer.splitlines() if ln.startswith("未采用")]
    # growth over time is no tool's figure: the answer says so, and its period is listed as not applied, nothing else
    assert all("最近三个月" in ln for ln in listed) if growth else not listed
    assert model.requests == []


def test_a_named_region_stays_one_count(real_deps: Deps) -> None:
    session, model = _routed(real_deps)
    calls, _end = _ask(session, "How many customers in the Northeast?")
    assert [c.tool for c in calls] == ["segment_lookup"]
    assert model.requests == []
