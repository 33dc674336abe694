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

Follow-ups are read in :mod:`copilot.agent.follow_up`, the answers per intent are
:mod:`copilot.agent.routed_answers` and their templates :mod:`copilot.agent.routed_text`; this module
runs the turn (reading, intent, storage, cost ledger) and the model's constrained answer over facts.
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
from copilot.agent.follow_up import is_follow_up, refine
from copilot.agent.loop import Agent, _stop
from copilot.agent.routed_answers import Turn, answer
from copilot.agent.routed_breakdown import split_answer, split_route
from copilot.agent.routed_people import answered_clauses, asks_for_customer_list, people_answer
from copilot.agent.routed_regions import region_route
from copilot.agent.routed_sales import sales_answer, sales_applied, sales_route
from copilot.agent.routed_text import (
    CUSTOMER_ID,
    looks_like_plan_request,
    not_applied_text,
    not_sold,
    without_spans,
)
from copilot.agent.routed_zh import in_questions_script
from copilot.agent.toolset import ToolOutcome
from copilot.agent.two_asks import separate_asks
from copilot.llm.prompts import render_prompt
from copilot.llm.providers import (
    content_text,
    extract_json_text,
    is_provider_error,
    json_schema_response_format,
    model_capabilities,
)
from copilot.llm.tokens import CostLedger, LedgerCallback, LLMCall, charging_to
from copilot.reading.catalogue import catalogue_of
from copilot.reading.foreign_money import in_store_currency
from copilot.reading.intent import resolve_intent
from copilot.reading.leftover import REASON_UNREAD_WHO

if TYPE_CHECKING:
    from copilot.reading.schema import Reading

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

__all__ = ["RoutedAgent", "is_follow_up", "refine"]


# ================================================================================================
# the agent
# ================================================================================================


class RoutedAgent(Agent):
    """Same interface as :class:`~copilot.agent.loop.Agent` (``run_turn``), routed by the reading."""

    def run_turn(self, conversation_id: str, user_text: str) -> Iterator[AgentEvent]:
        caps = model_capabilities(self.chat_model)
        ledger = CostLedger(scope=f"turn:{conversation_id}")

        def persist(call: LLMCall) -> None:
            self.store.record_call(conversation_id, call)

        def absorb(nested: CostLedger) -> None:
            ledger.merge(nested)
            self.store.record_calls(conversation_id, nested.calls)

        self._callback = LedgerCallback(
            ledger, self.prices, model=caps.model_name, purpose="chat", free=caps.free, on_record=persist
        )
        self._absorb = absorb
        self._seen_ids = self._conversation_ids(conversation_id) | set(CUSTOMER_ID.findall(user_text))
        self.store.append(conversation_id, HumanMessage(content=user_text))
        self._tool_calls = 0
        reading, intent, follow_up = self._understand(conversation_id, user_text)
        try:
            answer = yield from self._answer_all(conversation_id, user_text, reading, intent, follow_up)
        except _Internal as exc:
            yield from _stop(str(exc), "internal", ledger, conversation_id, 1, self._tool_calls)
            return
        except Exception as exc:
            if not is_provider_error(exc):
                raise
            from copilot.llm.providers import as_model_error

            yield from _stop(
                str(as_model_error(exc, self.chat_model)),
                "model",
                ledger,
                conversation_id,
                1,
                self._tool_calls,
            )
            return
        if reading.language == "zh":
            answer = in_questions_script(answer, user_text)  # 請問…幾位？ is answered in traditional characters
        self.store.save_reading(
            conversation_id,
            json.dumps({"reading": reading.model_dump(mode="json"), "intent": intent}, ensure_ascii=False),
        )
        self.store.append(conversation_id, AIMessage(content=answer))
        yield TextDelta(text=answer)
        yield TurnFinished(
            answer=answer,
            ledger=ledger,
            conversation_id=conversation_id,
            stopped="answer",
            steps=max(1, len(ledger.calls)),
            tool_calls=self._tool_calls,
        )

    def _understand(self, conversation_id: str, user_text: str) -> tuple[Reading, str, bool]:
        """The turn's reading (completed from the previous turn's for a follow-up), its intent, and whether it is a
        follow-up."""
        from copilot.reading import read
        from copilot.reading.schema import Reading

        reading = read(
            user_text, deps=self.deps, kind="brief" if looks_like_plan_request(user_text) else "question"
        )
        how = ""
        previous_raw = self.store.last_reading(conversation_id)
        if previous_raw and is_follow_up(user_text):
            prev = json.loads(previous_raw)
            reading = refine(reading, Reading.model_validate(prev["reading"]), prev["intent"])
            how = "follow-up of the previous question; "
        reading = in_store_currency(reading, self.deps)
        intent, why = resolve_intent(reading)
        if how and reading.intent != "other" and intent != reading.intent and why.startswith("nearest"):
            intent = reading.intent  # a refined follow-up keeps the intent it inherited
        log.info("routed turn: intent %s (%s%s)", intent, how, why)
        return reading, intent, bool(how)

    def _answer_all(
        self, cid: str, user_text: str, reading: Reading, intent: str, follow_up: bool
    ) -> Generator[AgentEvent, None, str]:
        """The answer with what was not applied: ask by ask when the message asks two things needing different
        answers, else the reading's one answer."""
        from copilot.reading import read

        split = None if follow_up else separate_asks(
            user_text, reading, lambda part: read(part, deps=self.deps, kind="question"), resolve_intent
        )
        if split:
            answers = []
            for part_reading, part_intent in split:
                part = yield from self._answer(cid, part_reading, part_intent)
                part_reading = sales_applied(part_reading, part, catalogue_of(self.deps).categories)
                answers.append(part.strip() + not_applied_text(part_reading, part))
            return "\n\n".join(answers)
        answer = yield from self._answer(cid, reading, intent)
        reading = sales_applied(reading, answer, catalogue_of(self.deps).categories)  # what the sales answer applied
        if asks_for_customer_list(reading, intent):  # the unread "top 5 customers by spend" is answered
            reading = answered_clauses(reading)
        if region_route(reading, intent, catalogue_of(self.deps).regions):  # the region question was answered
            reading = reading.model_copy(update={"not_applied": [n for n in reading.not_applied if n.reason != REASON_UNREAD_WHO]})
        return answer.strip() + not_applied_text(reading, answer)

    # --- tools ---
    def _conversation_ids(self, conversation_id: str) -> set[str]:
        """Customer pseudonyms the user typed or a tool returned earlier in this conversation."""
        text = "\n".join(content_text(m) for m in self.store.messages(conversation_id))
        return set(CUSTOMER_ID.findall(text))

    def _call(
        self, conversation_id: str, name: str, query: BaseModel
    ) -> Generator[AgentEvent, None, ToolOutcome]:
        """Run tool ``name`` with ``query`` (built by code), streaming and storing the call like the loop."""
        arguments = without_spans(query.model_dump(mode="json", exclude_none=True))
        req = ToolRequest(f"call_{uuid.uuid4().hex[:12]}", name, arguments)
        self.store.append(
            conversation_id,
            AIMessage(content="", tool_calls=[ToolCall(name=name, args=arguments, id=req.id)]),
        )
        self._tool_calls += 1
        outcome = yield from self._run_tool(conversation_id, req, {}, self._absorb)
        if outcome.internal:
            raise _Internal(outcome.error or "A tool failed with an internal error.")
        return outcome

    # --- answers ---
    def _answer(self, cid: str, r: Reading, intent: str) -> Generator[AgentEvent, None, str]:
        # chat lists no customers: the top spend tier's figures and the way to the list (routed_people)
        if asks_for_customer_list(r, intent):
            return (yield from people_answer(lambda name, query: self._call(cid, name, query), r))
        cat = catalogue_of(self.deps)
        if sales_route(r, intent):  # sales by category, top products by revenue (routed_sales)
            return (yield from sales_answer(lambda name, query: self._call(cid, name, query), r, cat.categories))
        if split_route(r, intent) and not not_sold(r):  # "conversion by channel per month", 各地区…, "vs Q1 2025" (routed_breakdown)
            return (yield from split_answer(lambda name, query: self._call(cid, name, query), r, intent, cat.regions, cat.age_bands))
        turn = Turn(
            call=lambda name, query: self._call(cid, name, query),
            seen_ids=self._seen_ids,
            model_answer=self._model_answer,
            regions=catalogue_of(self.deps).regions,
        )
        return (yield from answer(turn, r, intent))

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
        block = wrap_data(
            "\n".join(f"[{f.fact_id}] {' '.join(f.text.split())[:300]}" for f in facts), "tool:facts"
        )
        messages = [
            SystemMessage(
                content=render_prompt("routed_answer_system", brand_name=self.deps.settings.brand_name)
            ),
            HumanMessage(content=render_prompt("routed_answer_user", question=r.text, facts=block)),
        ]
        config: RunnableConfig = {"callbacks": [self._callback], "run_name": "copilot-routed-answer"}
        t0 = time.perf_counter()
        with charging_to(self._absorb):
            reply = self.chat_model.invoke(
                messages,
                config=config,
                response_format=json_schema_response_format(schema, name="answer"),
                max_tokens=160,
            )
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


class _Internal(Exception):
    """A tool raised unexpectedly: the routed turn ends like the loop's (one sentence, log has the rest)."""
