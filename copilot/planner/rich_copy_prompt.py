"""The rich copy strategy's request: the per-channel draft schema (header pieces and body sentences,
bounded) and the prompt messages that show the model its facts. See :mod:`copilot.planner.rich_copy`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.llm.injection import wrap_data
from copilot.llm.prompts import fill, load_prompt
from copilot.planner.copy_compose import CopyContext
from copilot.planner.copy_facts import fact_sentence
from copilot.planner.copy_occasion import SEASON_OF_MONTH

if TYPE_CHECKING:
    pass

# --------------------------------------------------------------------------------------------
# schema
# --------------------------------------------------------------------------------------------

#: Header pieces per channel: ``field -> maxLength``.
HEADERS: dict[str, dict[str, int]] = {
    "email": {"subject": 60, "preheader": 100, "cta": 40},
    "sms": {},
    "push": {"title": 50},
    "paid_social": {"headline": 40},
}
#: Body sentences per channel: (most sentences, longest sentence).
BODY: dict[str, tuple[int, int]] = {
    "email": (4, 220),
    "sms": (2, 140),
    "push": (2, 120),
    "paid_social": (2, 125),
}
CHANNEL_TEXT = {
    "email": 'email: "subject" (under 40 characters), "preheader" (40-90 characters), "body" (2-4 sentences), '
    '"cta" (a call to action naming the product, e.g. "Shop the <product name>").',
    "sms": 'sms: "body" (1-2 short sentences, under 120 characters in all).',
    "push": 'push: "title" (under 35 characters), "body" (1-2 sentences, under 100 characters in all).',
    "paid_social": 'paid_social: "headline" (under 35 characters), "body" (1-2 sentences, under 110 characters).',
}


def rich_draft_model(channel: str) -> type[BaseModel]:
    """One channel's rich draft: its header pieces and its body sentences."""
    fields: dict[str, Any] = {
        name: (str, Field(..., min_length=1, max_length=n)) for name, n in HEADERS[channel].items()
    }
    most, longest = BODY[channel]
    sentence: Any = Annotated[str, Field(min_length=1, max_length=longest)]
    fields["body"] = (list[sentence], Field(..., min_length=1, max_length=most))
    name = {"email": "RichEmail", "sms": "RichSms", "push": "RichPush", "paid_social": "RichSocial"}[channel]
    model: type[BaseModel] = create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
    return model


def rich_schema(channels: Sequence[str]) -> type[BaseModel]:
    fields: dict[str, Any] = {ch: (rich_draft_model(ch), Field(...)) for ch in channels}
    model: type[BaseModel] = create_model("RichCopy", __config__=ConfigDict(extra="forbid"), **fields)
    return model


# --------------------------------------------------------------------------------------------
# prompt
# --------------------------------------------------------------------------------------------


def rich_messages(ctx: CopyContext, channels: Sequence[str], problems: str = "") -> list[BaseMessage]:
    """The rich copywriter's prompt (``problems``: the plan checks the last copy failed, for a rewrite)."""
    system = fill(
        load_prompt("copy_rich_system.md"),
        brand=ctx.brand,
        tone=ctx.tone,
        banned=", ".join(ctx.banned) or "none",
    )
    lines = "\n".join(
        f"[fact:{a}] ({ctx.name_of(f.product_id) or 'general'}) {fact_sentence(f)}"
        for a, f in zip(ctx.aliases, ctx.facts, strict=True)
    )
    facts = wrap_data(lines, "knowledge:product_facts") if lines else "(none)"
    season = SEASON_OF_MONTH[ctx.start.month] if ctx.start else ""
    occasion = f"it is {season}" if season else "no season stated"
    if ctx.objective_key != "winback":
        occasion += "; the audience has not lapsed, so do not write as if they had been away"
    user = fill(
        load_prompt("copy_rich_user.md"),
        objective=ctx.objective[:200],
        audience=" ".join(ctx.audience.split())[:200],
        when=(f"{ctx.start:%B %-d} to {ctx.end_day}" if ctx.start else ctx.end_day) or "unstated",
        offer="added by code: do not write it" if ctx.offer_line else "none: do not mention any discount",
        facts=facts,
        channels="\n".join(f"- {CHANNEL_TEXT[c]}" for c in channels),
        occasion=occasion,
    )
    if problems:
        user += "\n\nThe last copy failed these checks; write it again so that none of them fails:\n"
        user += wrap_data(problems, "checks")
    return [SystemMessage(content=system.strip()), HumanMessage(content=user.strip())]
