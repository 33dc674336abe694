"""The routed chat path: code reads the question, code calls the tools, a template or the model answers.

A small local model left to choose tools guesses arguments (an invented window, a made-up customer id,
the wrong segment) and loops. Here, for every turn:

1. :func:`copilot.reading.read` reads the question: audience condition tree, promoted categories and
   products, channels, window, ``not_applied``. A follow-up ("and how many of those also opted in to
   email?", "what about push?", 其中…) refines the previous turn's reading, kept in the conversation
   store (:meth:`~copilot.agent.memory.ConversationStore.save_reading`).
2. :func:`copilot.reading.intent.resolve_intent` picks what to do (the reader's intent, checked, with a
   nearest-example fallback).
3. The tools run with arguments built from the reading only (``AudienceCriteria(where=tree)``, the
   category, the channels) -- never a model's guess; each call is streamed and stored like the free
   agent's, so the conversation history is the same shape for both paths.
4. A template writes the answer from the reports (counts, segments, channels, propensity,
   recommendations, refusals); the model writes it only where wording adds something -- product facts
   and review insights -- constrained by a JSON schema whose ``fact_ids`` are an enum of the ids the
   search returned, and checked (every number must come from the facts) with a template fallback.
5. Every clause the reader could not apply is stated ("Not applied: ...").

No id reaches a tool unless the user typed it or a tool returned it in this conversation.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolCall
from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel

from copilot.agent.drivers import ToolRequest
from copilot.agent.events import AgentEvent, TextDelta, TurnFinished
from copilot.agent.loop import Agent, _stop
from copilot.agent.toolset import ToolOutcome
from copilot.data.contract import Channel
from copilot.llm.prompts import render_prompt
from copilot.llm.providers import (
    content_text,
    extract_json_text,
    is_provider_error,
    json_schema_response_format,
    model_capabilities,
)
from copilot.llm.tokens import CostLedger, LedgerCallback, LLMCall, charging_to
from copilot.reading.intent import FOLLOW_UP as _FOLLOW_UP
from copilot.reading.intent import resolve_intent

if TYPE_CHECKING:
    from copilot.reading.schema import Reading
    from copilot.tools.conditions import Condition

log = logging.getLogger(__name__)

_REPLACE = re.compile(r"^\s*(?:what|how) about\b|^\s*(?:那|那么).{0,6}呢|呢[？?]?\s*$", re.IGNORECASE)
_CUSTOMER_ID = re.compile(r"\bcus_[0-9a-f]{10}\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

ZH = "zh"
_CHANNEL_WORDS: dict[Channel, re.Pattern[str]] = {
    "email": re.compile(r"\be-?mails?\b|邮件", re.IGNORECASE),
    "sms": re.compile(r"\b(?:sms|texts?|text messages?)\b|短信", re.IGNORECASE),
    "push": re.compile(r"\bpush\b|推送", re.IGNORECASE),
}


def _t(lang: str, en: str, zh: str) -> str:
    return zh if lang == ZH else en


def _int(x: float) -> str:
    return f"{round(x):,}"


def _pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}%"


def _money(x: float) -> str:
    return f"${x:,.0f}" if abs(x) >= 100 else f"${x:,.2f}"


# ================================================================================================
# reading a follow-up
# ================================================================================================


def is_follow_up(text: str) -> bool:
    return bool(_FOLLOW_UP.search(text))


def _leaves_of(cond: Condition | None) -> list[Condition]:
    from copilot.tools.conditions import AllCustomers, And

    if cond is None or isinstance(cond, AllCustomers):
        return []
    if isinstance(cond, And):
        return list(cond.of)
    return [cond]


def _and(parts: Sequence[Condition]) -> Condition | None:
    from copilot.tools.conditions import And

    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(of=list(parts))


def refine(reading: Reading, previous: Reading, previous_intent: str) -> Reading:
    """``reading`` (a follow-up) completed from the previous turn's: the audience narrows (AND) the
    previous one, or -- for "what about X?" -- X replaces the conditions of the same kind; the intent,
    promoted products and channels carry over when the follow-up does not name its own."""
    from copilot.reading.schema import Intent
    from copilot.tools.conditions import Consent

    new_leaves = _leaves_of(reading.audience)
    named = list(reading.channels.allowed) or [ch for ch, words in _CHANNEL_WORDS.items() if words.search(reading.text)]
    if not new_leaves and named and previous_intent == "count":
        # "what about push?" after a reach question: the channel is a consent condition
        new_leaves = [Consent(channel=ch) for ch in named if ch != "paid_social"]
    old_leaves = _leaves_of(previous.audience)
    if _REPLACE.search(reading.text):
        kinds = {getattr(leaf, "kind", "") for leaf in new_leaves}
        merged = [leaf for leaf in old_leaves if getattr(leaf, "kind", "") not in kinds] + new_leaves
    else:
        seen = {json.dumps(leaf.model_dump(mode="json", exclude={"span"}), sort_keys=True) for leaf in old_leaves}
        merged = old_leaves + [leaf for leaf in new_leaves
                               if json.dumps(leaf.model_dump(mode="json", exclude={"span"}), sort_keys=True) not in seen]
    intent: Intent = reading.intent
    if intent in ("other", "count", "segments") and previous_intent in ("count", "segments", "channel_performance",
                                                                        "propensity", "recommend"):
        intent = previous_intent if intent == "other" or previous_intent == "count" else intent  # type: ignore[assignment]
    promoted = reading.promoted
    if not promoted.categories and not promoted.product_ids:
        promoted = previous.promoted
    channels = reading.channels if reading.channels.allowed or previous_intent == "count" else previous.channels
    return reading.model_copy(update={
        "audience": _and(merged) if merged else previous.audience,
        "intent": intent, "promoted": promoted, "channels": channels,
    })


# ================================================================================================
# the agent
# ================================================================================================


class RoutedAgent(Agent):
    """Same interface as :class:`~copilot.agent.loop.Agent` (``run_turn``), routed by the reading."""

    def run_turn(self, conversation_id: str, user_text: str) -> Iterator[AgentEvent]:
        from copilot.reading import read
        from copilot.reading.schema import Reading

        caps = model_capabilities(self.chat_model)
        ledger = CostLedger(scope=f"turn:{conversation_id}")

        def persist(call: LLMCall) -> None:
            self.store.record_call(conversation_id, call)

        def absorb(nested: CostLedger) -> None:
            ledger.merge(nested)
            self.store.record_calls(conversation_id, nested.calls)

        self._callback = LedgerCallback(
            ledger, self.prices, model=caps.model_name, purpose="chat", free=caps.free, on_record=persist)
        self._absorb = absorb
        self._seen_ids = self._conversation_ids(conversation_id) | set(_CUSTOMER_ID.findall(user_text))
        self.store.append(conversation_id, HumanMessage(content=user_text))
        self._tool_calls = 0
        reading = read(user_text, deps=self.deps, kind="brief" if _looks_like_plan_request(user_text) else "question")
        how = ""
        previous_raw = self.store.last_reading(conversation_id)
        if previous_raw and is_follow_up(user_text):
            prev = json.loads(previous_raw)
            reading = refine(reading, Reading.model_validate(prev["reading"]), prev["intent"])
            how = "follow-up of the previous question; "
        intent, why = resolve_intent(reading)
        if how and reading.intent != "other" and intent != reading.intent and why.startswith("nearest"):
            intent = reading.intent  # a refined follow-up keeps the intent it inherited
        log.info("routed turn: intent %s (%s%s)", intent, how, why)
        try:
            answer = yield from self._answer(conversation_id, reading, intent)
        except _Internal as exc:
            yield from _stop(str(exc), "internal", ledger, conversation_id, 1, self._tool_calls)
            return
        except Exception as exc:
            if not is_provider_error(exc):
                raise
            from copilot.llm.providers import as_model_error

            yield from _stop(str(as_model_error(exc, self.chat_model)), "model", ledger, conversation_id, 1,
                             self._tool_calls)
            return
        answer = answer.strip() + _not_applied_text(reading, answer)
        self.store.save_reading(conversation_id, json.dumps(
            {"reading": reading.model_dump(mode="json"), "intent": intent}, ensure_ascii=False))
        self.store.append(conversation_id, AIMessage(content=answer))
        yield TextDelta(text=answer)
        yield TurnFinished(answer=answer, ledger=ledger, conversation_id=conversation_id, stopped="answer",
                           steps=max(1, len(ledger.calls)), tool_calls=self._tool_calls)

    # --- tools ---
    def _conversation_ids(self, conversation_id: str) -> set[str]:
        """Customer pseudonyms the user typed or a tool returned earlier in this conversation."""
        text = "\n".join(content_text(m) for m in self.store.messages(conversation_id))
        return set(_CUSTOMER_ID.findall(text))

    def _call(self, conversation_id: str, name: str, query: BaseModel) -> Generator[AgentEvent, None, ToolOutcome]:
        """Run tool ``name`` with ``query`` (built by code), streaming and storing the call like the loop."""
        arguments = _without_spans(query.model_dump(mode="json", exclude_none=True))
        req = ToolRequest(f"call_{uuid.uuid4().hex[:12]}", name, arguments)
        self.store.append(conversation_id, AIMessage(content="", tool_calls=[ToolCall(name=name, args=arguments,
                                                                                      id=req.id)]))
        self._tool_calls += 1
        outcome = yield from self._run_tool(conversation_id, req, {}, self._absorb)
        if outcome.internal:
            raise _Internal(outcome.error or "A tool failed with an internal error.")
        return outcome

    # --- answers ---
    def _answer(self, cid: str, r: Reading, intent: str) -> Generator[AgentEvent, None, str]:
        lang = r.language
        sold = _not_sold(r)
        if intent == "refuse":
            return _refusal(r)
        if sold and intent in ("product_facts", "reviews", "recommend", "count", "propensity", "other",
                               "segments", "forecast"):
            return sold
        if intent == "count":
            return (yield from self._count(cid, r))
        if intent == "segments":
            return (yield from self._segments(cid, r))
        if intent == "channel_performance":
            return (yield from self._channels(cid, r))
        if intent == "propensity":
            return (yield from self._propensity(cid, r))
        if intent == "recommend":
            return (yield from self._recommend(cid, r))
        if intent in ("product_facts", "reviews"):
            return (yield from self._facts(cid, r, reviews=intent == "reviews"))
        if intent in ("plan", "forecast"):
            return (yield from self._plan(cid, r))
        return _t(lang, "I can answer questions about your customers and campaigns: how many customers match "
                        "(and can be reached on a channel), segment sizes and value, which channel converts best "
                        "and when to send, who is likely to buy a category, what to recommend, product facts and "
                        "review themes, and I can draft a campaign plan. Could you rephrase your question?",
                  "我可以回答：有多少客户符合条件（以及可以通过哪个渠道触达）、客户细分的规模和价值、哪个渠道转化最好以及何时发送、"
                  "谁可能购买某个品类、推荐什么产品、产品信息和评价主题，也可以起草活动方案。请换一种说法再问一次。")

    def _criteria(self, r: Reading) -> Any:
        from copilot.tools.conditions import AllCustomers
        from copilot.tools.models import AudienceCriteria

        if r.audience is None or isinstance(r.audience, AllCustomers):
            return None
        return AudienceCriteria(where=r.audience)

    def _count(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.tools.models import SegmentQuery

        crit = self._criteria(r)
        out = yield from self._call(cid, "segment_lookup", SegmentQuery(criteria=crit) if crit else SegmentQuery())
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        rep: Any = out.report
        if crit is None:
            total = rep.total_customers
            return _t(r.language, f"You have {_int(total)} customers in all (segment_lookup).",
                      f"共有 {_int(total)} 位客户（segment_lookup）。")
        s = rep.segments[0]
        reach = ", ".join(f"{ch.replace('_', ' ')} {_int(n)}" for ch, n in s.reachable.items() if ch != "paid_social")
        if r.language == ZH:
            return (f"符合条件的客户有 {_int(s.size)} 位（{s.definition}；占全部客户的 {_pct(s.share)}）。"
                    f"其中可触达：{reach}。累计消费 {_money(s.revenue)}，客单价 {_money(s.avg_order_value)}（segment_lookup）。")
        return (f"{_int(s.size)} customers match ({s.definition}; {_pct(s.share)} of all customers). "
                f"Reachable among them: {reach}. Their lifetime revenue is {_money(s.revenue)}, "
                f"average order value {_money(s.avg_order_value)} (segment_lookup).")

    def _segments(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.tools.conditions import RfmSegment
        from copilot.tools.models import SegmentQuery

        leaves = _leaves_of(r.audience)
        lines: list[str] = []
        if len(leaves) == 1 and isinstance(leaves[0], RfmSegment):
            for name in leaves[0].segments:
                out = yield from self._call(cid, "segment_lookup", SegmentQuery(segment=name))
                if not out.ok or out.report is None:
                    return _tool_failed(r, out)
                lines += [_segment_line(s) for s in out.report.segments]  # type: ignore[attr-defined]
            return "\n".join(lines) + " (segment_lookup)"
        crit = self._criteria(r)
        out = yield from self._call(cid, "segment_lookup", SegmentQuery(criteria=crit) if crit else SegmentQuery())
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        rep: Any = out.report
        segs = [s for s in rep.segments if s.kind != "cluster"] or list(rep.segments)
        if crit is not None:
            return _segment_line(segs[0]) + " (segment_lookup)"
        by_size = max(segs, key=lambda s: s.size)
        by_rev = max(segs, key=lambda s: s.revenue)
        head = _t(r.language,
                  f"Largest segment: {by_size.name} ({_int(by_size.size)} customers). Most revenue: {by_rev.name} "
                  f"({_pct(by_rev.revenue_share)} of revenue, {_money(by_rev.revenue)}).",
                  f"最大的细分群体：{by_size.name}（{_int(by_size.size)} 位客户）。收入最高：{by_rev.name}"
                  f"（占收入 {_pct(by_rev.revenue_share)}，{_money(by_rev.revenue)}）。")
        body = "\n".join("- " + _segment_line(s) for s in sorted(segs, key=lambda s: -s.size))
        return f"{head}\n{body}\n(segment_lookup, {_int(rep.total_customers)} customers in all)"

    def _channels(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.tools.models import ChannelQuery

        crit = self._criteria(r)
        wanted = list(r.channels.allowed) if r.channels.allowed and not r.channels.all_channels else None
        out = yield from self._call(cid, "channel_stats", ChannelQuery(audience=crit))  # all history, no window
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        rep: Any = out.report
        measured = [c for c in rep.channels if c.conversion_rate is not None and c.sends > 0]
        if not measured:
            return _t(r.language, "There is no campaign history to compare channels yet (channel_stats).",
                      "还没有可以比较渠道的历史活动数据（channel_stats）。")
        focus = [c for c in measured if wanted and c.channel in wanted]
        best = max(measured, key=lambda c: c.conversion_rate.value)
        best_click = max(measured, key=lambda c: c.click_rate.value if c.click_rate else 0.0)
        lines = []
        for c in focus or [best]:
            when = _when(c)
            lines.append(
                f"{_ch(c.channel)}: conversion rate {_pct(c.conversion_rate.value, 2)} "
                f"({_pct(c.conversion_rate.low, 2)}-{_pct(c.conversion_rate.high, 2)}) over {_int(c.sends)} sends, "
                f"click rate {_pct(c.click_rate.value, 2) if c.click_rate else 'n/a'}, revenue {_money(c.revenue)}"
                + (f"; best send time {when}" if when else "") + ".")
        if not focus:
            head = _t(r.language, f"{_ch(best.channel)} converts best.", f"转化率最高的渠道是 {_ch(best.channel)}（{best.channel}）。")
            others = "; ".join(f"{_ch(c.channel)} {_pct(c.conversion_rate.value, 2)}"
                               for c in sorted(measured, key=lambda c: -c.conversion_rate.value))
            lines = [head, *lines, f"Conversion rate by channel: {others}.",
                     f"Highest click rate: {_ch(best_click.channel)}"
                     f" ({_pct(best_click.click_rate.value, 2) if best_click.click_rate else 'n/a'})."]
        return " ".join(lines) + f" (channel_stats, all campaign history up to {rep.as_of})"

    def _propensity(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.tools.models import PropensityQuery

        crit = self._criteria(r)
        cat = r.promoted.categories[0] if r.promoted.categories else None
        horizon = 30
        if r.window is not None and r.window.duration_days:
            horizon = max(7, min(180, r.window.duration_days))
        out = yield from self._call(cid, "score_propensity",
                                    PropensityQuery(audience=crit, category=cat, horizon_days=horizon))
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        p: Any = out.report
        what = p.category or "anything"
        text = (f"Of {_int(p.audience_size)} customers ({p.audience}), about {_int(p.expected_buyers)} are expected "
                f"to buy {what} in the next {p.horizon_days} days (95% interval {_int(p.expected_buyers_low)}-"
                f"{_int(p.expected_buyers_high)}). Mean purchase probability {_pct(p.mean_probability, 2)} "
                f"({_pct(p.ci_low, 2)}-{_pct(p.ci_high, 2)}) vs {_pct(p.base_rate, 2)} for all customers "
                f"(lift {p.lift:.2f}); model holdout AUC {p.holdout_auc:.2f} (score_propensity).")
        if r.language == ZH:
            text = (f"在 {_int(p.audience_size)} 位客户中，预计未来 {p.horizon_days} 天约有 {_int(p.expected_buyers)} 位会购买"
                    f" {what}（95% 区间 {_int(p.expected_buyers_low)}-{_int(p.expected_buyers_high)}）。平均购买概率"
                    f" {_pct(p.mean_probability, 2)}，全体客户为 {_pct(p.base_rate, 2)}（提升 {p.lift:.2f} 倍；score_propensity）。")
        return text

    def _recommend(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.tools.models import RecommendQuery

        ids = [i for i in _CUSTOMER_ID.findall(r.text) if i in self._seen_ids]
        cat = r.promoted.categories[0] if r.promoted.categories else None
        k = min(r.top_n or 5, 20)
        query = (RecommendQuery(customer_id=ids[0], category=cat, k=k) if ids else
                 RecommendQuery(audience=self._criteria(r), category=cat, k=k))
        out = yield from self._call(cid, "recommend_products", query)
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        rec: Any = out.report
        items = "; ".join(f"{i}. {x.name} ({x.product_id}, {x.category}, {_money(x.price)})"
                          for i, x in enumerate(rec.items, 1))
        who = rec.for_customer or rec.audience or "all customers"
        return _t(r.language, f"Top products to recommend for {who}: {items} (recommend_products, {rec.method}).",
                  f"推荐给 {who} 的产品：{items}（recommend_products，{rec.method}）。")

    def _facts(self, cid: str, r: Reading, *, reviews: bool) -> Generator[AgentEvent, None, str]:
        from copilot.knowledge.hygiene import instruction_reason
        from copilot.knowledge.models import FactQuery

        pid = r.promoted.product_ids[0] if r.promoted.product_ids else None
        cat = r.promoted.categories[0] if r.promoted.categories and pid is None else None
        query = ("customer reviews: " if reviews else "") + r.text
        out = yield from self._call(cid, "search_product_facts",
                                    FactQuery(query=query[:300], product_id=pid, category=cat, k=8 if reviews else 6))
        if not out.ok or out.report is None:
            return _tool_failed(r, out)
        facts = list(out.report.facts)  # type: ignore[attr-defined]
        screened = [f for f in facts if instruction_reason(f.text)]
        facts = [f for f in facts if not instruction_reason(f.text)]
        if reviews:
            facts = sorted(facts, key=lambda f: f.source != "reviews")  # review insights first, stable
        facts = facts[:5]
        note = ""
        if screened:
            note = _t(r.language, f" ({len(screened)} retrieved text(s) read like instructions to an assistant and were "
                                  "ignored.)", f"（{len(screened)} 条检索到的文本看起来像给助手的指令，已忽略。）")
        if not facts:
            return _t(r.language, "I found no product facts that answer this.", "没有找到能回答这个问题的产品信息。") + note
        if reviews:  # review insights are already summaries (theme, share of reviews, tone): quote them
            insights = [f for f in facts if f.source == "reviews"] or facts
            lead = _t(r.language, "What reviewers say:", "顾客评价要点：")
            return lead + " " + " ".join(f"{_fact_body(f.text)} [{f.fact_id}]" for f in insights[:3]) + note
        answer = self._model_answer(r, facts[:4])
        if answer is None:
            answer = " ".join(f"{_fact_body(f.text)} [{f.fact_id}]" for f in facts[:2])
        return answer + note

    def _model_answer(self, r: Reading, facts: Sequence[Any]) -> str | None:
        """The model's short answer citing some of ``facts`` (ids constrained to theirs), or None when
        it cites nothing usable or states a number the facts and the question do not contain."""
        from copilot.llm.injection import wrap_data

        ids = [f.fact_id for f in facts]
        schema = {
            "type": "object",
            "properties": {
                "answer": {"type": "string", "minLength": 1, "maxLength": 400},
                "fact_ids": {"type": "array", "items": {"enum": ids}, "minItems": 1, "maxItems": 3},
            },
            "required": ["answer", "fact_ids"],
            "additionalProperties": False,
        }
        block = wrap_data("\n".join(f"[{f.fact_id}] {' '.join(f.text.split())[:300]}" for f in facts), "tool:facts")
        messages = [
            SystemMessage(content=render_prompt("routed_answer_system", brand_name=self.deps.settings.brand_name)),
            HumanMessage(content=render_prompt("routed_answer_user", question=r.text, facts=block)),
        ]
        config: RunnableConfig = {"callbacks": [self._callback], "run_name": "copilot-routed-answer"}
        t0 = time.perf_counter()
        with charging_to(self._absorb):
            reply = self.chat_model.invoke(messages, config=config,
                                           response_format=json_schema_response_format(schema, name="answer"),
                                           max_tokens=160)
        log.info("routed answer in %.1f s", time.perf_counter() - t0)
        try:
            data = json.loads(extract_json_text(content_text(reply)))
        except json.JSONDecodeError:
            return None
        if not isinstance(data, dict):
            return None
        text = " ".join(str(data.get("answer", "")).split())
        cited = [i for i in data.get("fact_ids", []) if i in ids]
        if not text or not cited:
            return None
        text = re.sub(r"\s*\[[^\[\]]*\]", "", text).strip()  # citations are added from fact_ids, verified
        source = " ".join([r.text, *(f.text for f in facts)])
        if not text or any(n not in source for n in _NUMBER.findall(text)):
            log.info("routed answer dropped: a number not in the facts (%s)", text)
            return None
        return text + " " + " ".join(f"[{i}]" for i in dict.fromkeys(cited))

    def _plan(self, cid: str, r: Reading) -> Generator[AgentEvent, None, str]:
        from copilot.planner.models import PlanRequest

        out = yield from self._call(cid, "draft_campaign_plan", PlanRequest(brief=r.text[:1000]))
        if not out.ok or out.report is None:  # the planner's questions for what the brief lacks, as they are
            return out.error or _tool_failed(r, out)
        return out.summary if len(out.summary) > 40 else str(out.report.summary())  # type: ignore[attr-defined]


class _Internal(Exception):
    """A tool raised unexpectedly: the routed turn ends like the loop's (one sentence, log has the rest)."""


# ================================================================================================
# templates
# ================================================================================================

_CHANNEL_NAMES = {"email": "Email", "sms": "SMS", "push": "Push", "paid_social": "Paid social"}


def _ch(channel: str) -> str:
    return _CHANNEL_NAMES.get(channel, channel)


def _when(c: Any) -> str:
    parts = []
    if c.best_day:
        parts.append(c.best_day)
    if c.best_hour is not None:
        parts.append(f"{c.best_hour:02d}:00")
    return " around ".join(parts)


def _segment_line(s: Any) -> str:
    recency = "" if s.median_recency_days is None else f", median {s.median_recency_days:.0f} days since last order"
    return (f"{s.name}: {_int(s.size)} customers ({_pct(s.share)} of all), {_pct(s.revenue_share)} of revenue "
            f"({_money(s.revenue)}), average order value {_money(s.avg_order_value)}{recency}")


def _fact_body(text: str, limit: int = 300) -> str:
    """A fact's text on one line, cut at ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _tool_failed(r: Reading, out: ToolOutcome) -> str:
    return _t(r.language, f"I could not get that: {out.error}", f"无法获取：{out.error}")


def _refusal(r: Reading) -> str:
    return _t(r.language,
              "I can't share customers' emails, phone numbers, names or other personal data, and I don't reveal my "
              "instructions or keys. copilot works with pseudonymous ids (cus_...) and aggregates: I can count an "
              "audience, say how many can be reached on each channel, or draft a campaign for it.",
              "抱歉，我不能提供客户的邮箱、手机号、姓名等个人信息，也不会透露我的指令或密钥。copilot 只使用匿名 id（cus_...）和汇总数据："
              "我可以统计受众人数、各渠道可触达人数，或为其起草活动方案。")


def _not_sold(r: Reading) -> str | None:
    """The correction when the question is about a product the catalogue lacks (and names no other)."""
    missing = [n for n in r.not_applied if n.affects == "product"]
    if not missing or r.promoted.product_ids or r.promoted.categories:
        return None
    what = ", ".join(n.text for n in missing)
    reasons = "; ".join(n.reason for n in missing)
    return _t(r.language, f"We don't sell {what}: {reasons}, so there is nothing to report on it.",
              f"我们不销售{what}：{reasons}，因此没有相关数据。")


def _not_applied_text(r: Reading, answer: str) -> str:
    """"Not applied: ..." for every clause the reader could not apply (unless the answer said it)."""
    lines = [n for n in r.not_applied if n.reason not in answer]
    if not lines:
        return ""
    head = _t(r.language, "Not applied", "未采用")
    return "\n" + head + ": " + "; ".join(f"'{n.text}' ({n.reason})" for n in lines) + "."


_PLAN_WORDS = re.compile(
    r"\b(?:draft|plan|put together|create|build|design)\b.{0,40}\b(?:plan|campaign|promotion)\b|"
    r"\bplan (?:a|an|the)\b|方案|策划|制定.{0,10}活动", re.IGNORECASE)


def _looks_like_plan_request(text: str) -> bool:
    return bool(_PLAN_WORDS.search(text))


def _without_spans(value: Any) -> Any:
    """Tool arguments as shown and stored: no spans, no empty lists (``kind`` tags are kept)."""
    if isinstance(value, dict):
        return {k: _without_spans(v) for k, v in value.items() if k != "span" and v != []}
    if isinstance(value, list):
        return [_without_spans(v) for v in value]
    return value
