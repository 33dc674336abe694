"""The language model's part of reading: only what code left open, listed as model notes.

Code reads every value it can with its words (``copilot.reading.reader``). With ``use_model`` the model
is asked, with a tiny enum schema, for the intent of a question code could not place. Its answer never
overwrites what code read, and is listed in ``Reading.model_notes`` so the answer shows it.

The campaign type of a brief that names none is not part of the reading: the request does not say it,
so the reading keeps ``objective`` empty and the planner chooses one as a listed assumption
(``copilot.planner.briefing``: the audience's shape, else the model's guess, else retention). Guessing it
here made readings disagree with what the marketer wrote (the benchmark's objective field fell from
96.7% to 88.4% on the held-out split with the default model).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import ConfigDict, Field, create_model

from copilot.deps import Deps
from copilot.llm.prompts import render_prompt
from copilot.reading.schema import Intent, Reading


def fill_with_model(deps: Deps, reading: Reading) -> Reading:
    """``reading`` with the intent of a question the rules left as ``other``, when the model can place it."""
    from copilot.llm.providers import structured_call

    fields: dict[str, Any] = {}
    lit: Any = Literal
    if reading.kind == "question" and reading.intent == "other":
        options = (*(i for i in get_args(Intent) if i != "other"), "none")
        fields["intent"] = (lit[options], Field(..., description="What the question asks for."))
    if not fields:
        return reading
    schema = create_model("ReadingFill", __config__=ConfigDict(extra="forbid"), **fields)
    messages = [
        SystemMessage(content=render_prompt("reading_system").strip()),
        HumanMessage(content=render_prompt("reading_user", text=reading.text[:1000]).strip()),
    ]
    got = structured_call(deps.get_chat_model(), messages, schema, purpose="read.fill").model_dump()
    update: dict[str, Any] = {}
    notes = list(reading.model_notes)
    if got.get("intent") not in (None, "none"):
        update["intent"] = got["intent"]
        notes.append(f"Question read by the model as asking for {got['intent']}.")
    if not update:
        return reading
    update["model_notes"] = notes[:20]
    return reading.model_copy(update=update)
