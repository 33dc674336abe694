"""Step 3b: the model writes the words, and only the words.

One ``structured_call`` writes every channel's A/B copy (split into a few calls only when the
answer would not fit ``settings.max_tokens``). The schema is built per plan and tightly bounded:
per-channel fields with ``maxLength``, exactly two variants per channel, and fact citations
constrained to an enum of short aliases (``F1``…``F8``) of the facts the model was shown, which
code maps back to real fact ids. Compliance text (email footer, SMS brand prefix and STOP/HELP)
is added by code, never by the model.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal, cast

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.llm.prompts import fill
from copilot.planner.checks import Sender, add_email_footer, add_sms_compliance
from copilot.planner.models import CampaignPlan, Channel, Citation, CopyVariant, FactRef

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from copilot.llm.tokens import CostLedger, PriceTable

log = logging.getLogger(__name__)

# Schema bounds: a little above the check limits so an over-long draft is caught and repaired
# rather than cut mid-word by the grammar.
BOUNDS = {
    "subject": 70,
    "preheader": 110,
    "email_body": 320,
    "sms_text": 130,
    "push_title": 60,
    "push_body": 160,
    "social_headline": 50,
    "social_body": 150,
}
MAX_FACTS_CITED = 3
#: Rough output tokens per variant (worst case), to batch channels under ``settings.max_tokens``.
TOKENS_PER_VARIANT = {"email": 150, "sms": 50, "push": 70, "paid_social": 70}

CHANNEL_INSTRUCTIONS = {
    "email": "email: subject under 45 characters; preheader 45-90 characters that adds to the subject; "
    "body of 2-3 short sentences (under 280 characters) ending with a call to action.",
    "sms": "sms: text under 90 characters with one clear call to action.",
    "push": "push: title under 40 characters; body under 110 characters.",
    "paid_social": "paid_social: headline under 40 characters; body under 120 characters.",
}

ANGLES: dict[str, tuple[str, str]] = {
    "winback": (
        "what is new and worth coming back for (product benefits)",
        "we saved you a reason to return (the offer if there is one, else a product benefit)",
    ),
    "retention": ("product benefit for what they already do", "practical tip plus product"),
    "acquisition": ("the product's standout feature", "why runners and hikers choose it"),
    "cross_sell": ("complete your kit: how it pairs with what they own", "one concrete benefit"),
    "launch": ("what is new in the product", "who it is built for"),
    "seasonal": ("ready for the season", "the offer or a timely benefit"),
    "clearance": ("the offer, plainly", "a product benefit plus the offer"),
}


# --------------------------------------------------------------------------------------------
# schema
# --------------------------------------------------------------------------------------------


def _literal(values: Sequence[str]) -> Any:
    return cast(Any, Literal)[tuple(values)]


def _facts_field(aliases: Sequence[str]) -> tuple[Any, Any] | None:
    """``facts``: the ids of the facts the variant's product claims rest on (an enum of the aliases)."""
    if not aliases:
        return None
    facts_type: Any = list[_literal(aliases)]  # type: ignore[misc]
    return facts_type, Field(..., max_length=MAX_FACTS_CITED)


def _draft_fields(channel: str) -> dict[str, Any]:
    s = BOUNDS
    if channel == "email":
        return {
            "subject": (str, Field(..., max_length=s["subject"])),
            "preheader": (str, Field(..., max_length=s["preheader"])),
            "body": (str, Field(..., max_length=s["email_body"])),
        }
    if channel == "sms":
        return {"text": (str, Field(..., max_length=s["sms_text"]))}
    if channel == "push":
        return {
            "title": (str, Field(..., max_length=s["push_title"])),
            "body": (str, Field(..., max_length=s["push_body"])),
        }
    return {
        "headline": (str, Field(..., max_length=s["social_headline"])),
        "body": (str, Field(..., max_length=s["social_body"])),
    }


def draft_model(channel: str, aliases: Sequence[str]) -> type[BaseModel]:
    """The schema of one variant's copy for ``channel`` (fact citations limited to ``aliases``)."""
    fields: dict[str, Any] = dict(_draft_fields(channel))
    facts = _facts_field(aliases)
    if facts is not None:
        fields["facts"] = facts
    name = {"email": "EmailCopy", "sms": "SmsCopy", "push": "PushCopy", "paid_social": "SocialCopy"}[channel]
    model: type[BaseModel] = create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
    return model


def copy_schema(channels: Sequence[str], aliases: Sequence[str]) -> type[BaseModel]:
    """``{channel: [variant A, variant B]}`` for every channel in ``channels``."""
    fields: dict[str, Any] = {
        ch: (list[draft_model(ch, aliases)], Field(..., min_length=2, max_length=2))  # type: ignore[misc]
        for ch in channels
    }
    model: type[BaseModel] = create_model("CampaignCopy", __config__=ConfigDict(extra="forbid"), **fields)
    return model


def repair_schema(keys: Sequence[str], aliases: Sequence[str]) -> type[BaseModel]:
    """``{"email_A": {...}, "sms_B": {...}}``: one rewritten piece per failing variant."""
    fields: dict[str, Any] = {
        key.replace(".", "_"): (draft_model(key.split(".")[0], aliases), Field(...)) for key in keys
    }
    model: type[BaseModel] = create_model("CopyRewrite", __config__=ConfigDict(extra="forbid"), **fields)
    return model


# --------------------------------------------------------------------------------------------
# prompt context
# --------------------------------------------------------------------------------------------


@dataclass
class CopyContext:
    """What the copywriter is shown and how to map its answer back."""

    objective: str
    audience: str
    offer: str
    products: list[tuple[str, str, float]]  # (product_id, name, price)
    facts: list[FactRef]
    currency: str
    brand: str
    tone: str
    banned: list[str]
    angles: tuple[str, str]
    sender: Sender

    @property
    def aliases(self) -> list[str]:
        return [f"F{i + 1}" for i in range(len(self.facts))]

    def fact_id(self, alias: str) -> str | None:
        m = re.fullmatch(r"F(\d+)", alias)
        if not m or not (0 < int(m.group(1)) <= len(self.facts)):
            return None
        return self.facts[int(m.group(1)) - 1].fact_id

    def alias_of(self, fact_id: str) -> str | None:
        for i, f in enumerate(self.facts):
            if f.fact_id == fact_id:
                return f"F{i + 1}"
        return None


def copy_context(plan: CampaignPlan, *, sender: Sender, tone: str, banned: list[str]) -> CopyContext:
    ev = plan.evidence
    products = [
        (pid, str(ev.catalog.get(pid, {}).get("name", pid)), float(ev.catalog.get(pid, {}).get("price", 0.0)))
        for pid in plan.featured_products
    ]
    offer = plan.brief.offer or "none: do not mention any discount or offer"
    return CopyContext(
        objective=plan.objective,
        audience=plan.audience.definition,
        offer=offer,
        products=products,
        facts=list(ev.facts),
        currency=plan.currency,
        brand=sender.brand_name,
        tone=tone,
        banned=banned,
        angles=ANGLES.get(plan.brief.objective, ANGLES["retention"]),
        sender=sender,
    )


def _price(value: float, currency: str) -> str:
    from copilot.planner.render import plan_price

    return plan_price(value, currency)


def _template(name: str) -> str:
    return resources.files("copilot.planner").joinpath("templates", name).read_text(encoding="utf-8")


def _one_line(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def copy_messages(ctx: CopyContext, channels: Sequence[str]) -> list[BaseMessage]:
    system = fill(
        _template("copy_system.md"), brand=ctx.brand, tone=ctx.tone, banned=", ".join(ctx.banned) or "none"
    )
    products = (
        "\n".join(
            f"- {name} ({pid}), list price {_price(price, ctx.currency)}" for pid, name, price in ctx.products
        )
        or "- (no specific products)"
    )
    facts = (
        "\n".join(f"{a}: {_one_line(f.text)}" for a, f in zip(ctx.aliases, ctx.facts, strict=True))
        or "(none)"
    )
    user = fill(
        _template("copy_user.md"),
        objective=_one_line(ctx.objective, 200),
        audience=_one_line(ctx.audience, 200),
        offer=ctx.offer,
        products=products,
        facts=facts,
        channels="\n".join(f"- {CHANNEL_INSTRUCTIONS[c]}" for c in channels),
        angle_a=ctx.angles[0],
        angle_b=ctx.angles[1],
    )
    return [SystemMessage(content=system.strip()), HumanMessage(content=user.strip())]


# --------------------------------------------------------------------------------------------
# drafts -> variants
# --------------------------------------------------------------------------------------------


def _get(draft: Any, name: str) -> str:
    v = getattr(draft, name, None)
    return " ".join(str(v).split()) if v else ""


def _fact_claim(text: str) -> str:
    """A fact's text as the claim it supports (its heading path dropped, cut to a sentence)."""
    head, sep, body = text.partition(": ")
    text = body if sep and len(head) < 60 and "›" in head else text
    return _one_line(text, 200)


def to_variant(
    channel: Channel, variant: Literal["A", "B"], draft: BaseModel, ctx: CopyContext
) -> CopyVariant:
    """A model draft as a :class:`CopyVariant`, with code-owned angle and compliance text and real fact ids."""
    citations: list[Citation] = []
    for alias in list(getattr(draft, "facts", None) or [])[:MAX_FACTS_CITED]:
        fid = ctx.fact_id(str(alias))
        fact = next((f for f in ctx.facts if f.fact_id == fid), None)
        if fact is not None and all(fid not in c.fact_ids for c in citations):
            citations.append(Citation(claim=_fact_claim(fact.text), fact_ids=[fact.fact_id]))
    angle = ctx.angles[0 if variant == "A" else 1]
    kw: dict[str, Any] = {
        "channel": channel,
        "variant": variant,
        "angle": angle[:120],
        "citations": citations,
    }
    if channel == "email":
        kw.update(
            subject=_get(draft, "subject"),
            preheader=_get(draft, "preheader"),
            body=add_email_footer(str(getattr(draft, "body", "")).strip(), ctx.sender),
        )
    elif channel == "sms":
        kw.update(body=add_sms_compliance(_get(draft, "text"), ctx.sender))
    elif channel == "push":
        kw.update(title=_get(draft, "title"), body=_get(draft, "body"))
    else:
        kw.update(headline=_get(draft, "headline"), body=_get(draft, "body"))
    v = CopyVariant(**kw)
    text = " ".join(v.parts().values()).lower()
    mentioned = [pid for pid, name, _ in ctx.products if name.lower() in text or pid.lower() in text]
    cited_products = [
        f.product_id
        for c in citations
        for i in c.fact_ids
        if (f := next((x for x in ctx.facts if x.fact_id == i), None)) and f.product_id
    ]
    products = list(dict.fromkeys([*mentioned, *cited_products]))[:5]
    return v.model_copy(update={"product_ids": products})


def variant_as_draft(v: CopyVariant, ctx: CopyContext) -> dict[str, Any]:
    """The creative part of a variant, in the draft shape the model writes (compliance text removed)."""
    body = creative_body(v, ctx.sender)
    out: dict[str, Any] = {}
    if v.channel == "email":
        out.update(subject=v.subject or "", preheader=v.preheader or "", body=body)
    elif v.channel == "sms":
        out["text"] = body
    elif v.channel == "push":
        out.update(title=v.title or "", body=body)
    else:
        out.update(headline=v.headline or "", body=body)
    out["facts"] = [a for c in v.citations for i in c.fact_ids if (a := ctx.alias_of(i))]
    return out


def creative_body(v: CopyVariant, sender: Sender) -> str:
    """The body without the code-owned compliance text."""
    from copilot.planner.checks import email_footer

    body = v.body
    if v.channel == "email":
        body = body.replace(email_footer(sender), "")
    elif v.channel == "sms":
        body = body.replace(sender.sms_opt_out, "")
        prefix = f"{sender.brand_name}:"
        if body.lstrip().startswith(prefix):
            body = body.lstrip()[len(prefix) :]
    return body.strip()


# --------------------------------------------------------------------------------------------
# model calls
# --------------------------------------------------------------------------------------------


def batches(channels: Sequence[Channel], max_tokens: int) -> list[list[Channel]]:
    """Group channels so each call's expected answer fits in ``max_tokens`` (one call when possible)."""
    budget = int(max_tokens * 0.85)
    out: list[list[Channel]] = []
    cur: list[Channel] = []
    used = 0
    for ch in channels:
        need = 2 * TOKENS_PER_VARIANT[ch]
        if cur and used + need > budget:
            out.append(cur)
            cur, used = [], 0
        cur.append(ch)
        used += need
    if cur:
        out.append(cur)
    return out


def write_copy(
    chat_model: BaseChatModel,
    ctx: CopyContext,
    channels: Sequence[Channel],
    *,
    max_tokens: int,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
) -> list[CopyVariant]:
    """A and B copy for every channel, in as few model calls as fit ``max_tokens``."""
    from copilot.llm.providers import structured_call

    variants: list[CopyVariant] = []
    for group in batches(channels, max_tokens):
        schema = copy_schema(group, ctx.aliases)
        result = structured_call(
            chat_model, copy_messages(ctx, group), schema, ledger=ledger, prices=prices, purpose="plan.copy"
        )
        for ch in group:
            drafts = getattr(result, ch)
            for label, draft in zip(("A", "B"), drafts, strict=False):
                variants.append(to_variant(ch, cast(Literal["A", "B"], label), draft, ctx))
    return variants


def rewrite_copy(
    chat_model: BaseChatModel,
    ctx: CopyContext,
    failing: Sequence[tuple[CopyVariant, list[str]]],
    *,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
) -> dict[str, CopyVariant]:
    """One call: rewrite the failing variants given their problems; returns replacements by key."""
    from copilot.llm.providers import dumps_compact, structured_call

    if not failing:
        return {}
    keys = [v.key for v, _ in failing]
    pieces = []
    for v, problems in failing:
        pieces.append(
            f"{v.key.replace('.', '_')} ({CHANNEL_INSTRUCTIONS[v.channel]})\n"
            f"current: {dumps_compact(variant_as_draft(v, ctx))}\n"
            "problems:\n" + "\n".join(f"- {p}" for p in problems)
        )
    messages = copy_messages(ctx, sorted({v.channel for v, _ in failing}))
    messages.append(
        HumanMessage(content=fill(_template("copy_repair.md"), pieces="\n\n".join(pieces)).strip())
    )
    schema = repair_schema(keys, ctx.aliases)
    result = structured_call(
        chat_model, messages, schema, ledger=ledger, prices=prices, purpose="plan.repair"
    )
    out: dict[str, CopyVariant] = {}
    for v, _ in failing:
        draft = getattr(result, v.key.replace(".", "_"))
        out[v.key] = to_variant(v.channel, v.variant, draft, ctx)
    return out
