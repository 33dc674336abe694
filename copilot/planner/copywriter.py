"""Step 3b: the model writes the words, and only the words.

One ``structured_call`` writes every channel's A/B copy (split into a few calls only when the
answer would not fit ``settings.max_tokens``). The schema is built per plan and tightly bounded:
per-channel fields with ``maxLength``, exactly two variants per channel.

**Claims rest on facts by construction.** The model is shown the product facts as short numbered
lines (``F1: Glacier Trail GTX: wide toe box.``) and picks which to feature by id -- the ids are an
enum in the schema, so it cannot cite a fact it was not shown. Code puts the chosen facts into the
copy word for word and records the citations; the model's own words (subject, preheader, intro,
call to action, SMS/push/social text) are asked to be questions, invitations and calls to action
without product claims or numbers, and the checks verify that. Compliance text (email footer, SMS
brand prefix and STOP/HELP) is added by code, never by the model.
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
    "intro": 160,
    "cta": 50,
    "text": 90,
    "title": 60,
    "headline": 50,
}
#: How many facts one variant may feature, by channel.
MAX_FACTS = {"email": 3, "sms": 1, "push": 1, "paid_social": 1}
#: Rough output tokens per variant (worst case), to batch channels under ``settings.max_tokens``.
TOKENS_PER_VARIANT = {"email": 110, "sms": 35, "push": 45, "paid_social": 45}

CHANNEL_INSTRUCTIONS = {
    "email": 'email: "subject" (a question, under 45 characters), "preheader" (45-90 characters: a question '
    'and an invitation), "intro" (one question, under 120 characters), "facts" (1-3 ids), "cta" (under 30 '
    'characters, e.g. "Shop the <product name>").',
    "sms": 'sms: "text" (a question, under 60 characters), "facts" (1 id).',
    "push": 'push: "title" (a question, under 40 characters), "text" (an invitation, under 60 characters), '
    '"facts" (1 id).',
    "paid_social": 'paid_social: "headline" (a question, under 35 characters), "text" (an invitation, under 60 '
    'characters), "facts" (1 id).',
}
EXAMPLE = (
    'Example email variant for another brand (style only): {"subject": "Ready for muddy miles?", '
    '"preheader": "Missed your favorite loop? See what is new for the season.", '
    '"intro": "Missed the trails this winter?", "facts": ["F1", "F2"], "cta": "Shop trail shoes"}'
)

ANGLES: dict[str, tuple[str, str]] = {
    "winback": ("what is new", "a reason to come back"),
    "retention": ("the product's benefit", "a practical tip"),
    "acquisition": ("the standout feature", "who it is built for"),
    "cross_sell": ("completes their kit", "one concrete benefit"),
    "launch": ("what is new", "who it is built for"),
    "seasonal": ("ready for the season", "the offer or a timely benefit"),
    "clearance": ("the offer", "a benefit plus the offer"),
}


# --------------------------------------------------------------------------------------------
# facts as copy
# --------------------------------------------------------------------------------------------

_FACT = re.compile(
    r"^(?P<name>.+?)\s*\((?P<pid>[A-Za-z0-9_-]+)\)(?:\s+reviews)?\s*›\s*(?P<section>[^:]+):\s*(?P<body>.+)$",
    re.S,
)
_PRICE = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?")


def fact_sentence(fact: FactRef) -> str:
    """A fact as a line of copy, word for word from its text: ``Glacier Trail GTX: wide toe box.``

    Knows the product documents' ``Name (ID) › Section: body`` shape (a price becomes ``list price
    $144.95``, a review summary keeps its first clause); any other fact is used as written.
    """
    text = " ".join(fact.text.split())
    m = _FACT.match(text)
    if not m:
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        return first if first.endswith((".", "!", "?")) else first + "."
    name, section, body = m.group("name").strip(), m.group("section").strip().lower(), m.group("body").strip()
    if section == "price":
        price = _PRICE.search(body)
        body = f"list price {price.group(0)}" if price else body
    elif section.startswith("rating"):
        body = re.sub(r"\s*\([^)]*\)", "", body.split(";", 1)[0])
    else:
        body = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    body = body.rstrip(". ")
    return f"{name}: {body}."


# --------------------------------------------------------------------------------------------
# schema
# --------------------------------------------------------------------------------------------


def _literal(values: Sequence[str]) -> Any:
    return cast(Any, Literal)[tuple(values)]


def _text_fields(channel: str) -> list[str]:
    return {
        "email": ["subject", "preheader", "intro"],
        "sms": ["text"],
        "push": ["title", "text"],
        "paid_social": ["headline", "text"],
    }[channel]


def draft_model(channel: str, aliases: Sequence[str]) -> type[BaseModel]:
    """The schema of one variant's copy for ``channel`` (fact ids limited to ``aliases``)."""
    fields: dict[str, Any] = {
        name: (str, Field(..., max_length=BOUNDS[name])) for name in _text_fields(channel)
    }
    if aliases:
        facts_type: Any = list[_literal(aliases)]  # type: ignore[misc]
        fields["facts"] = (facts_type, Field(..., max_length=MAX_FACTS[channel]))
    if channel == "email":
        fields["cta"] = (str, Field(..., max_length=BOUNDS["cta"]))
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

    def fact(self, alias: str) -> FactRef | None:
        m = re.fullmatch(r"F(\d+)", alias)
        if not m or not (0 < int(m.group(1)) <= len(self.facts)):
            return None
        return self.facts[int(m.group(1)) - 1]

    def fact_id(self, alias: str) -> str | None:
        f = self.fact(alias)
        return f.fact_id if f else None

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
    from copilot.planner.assemble import OBJECTIVE_LABEL

    offer = plan.brief.offer or "none: do not mention any discount or offer"
    what = (plan.brief.category or "").replace("-", " ")
    names = ", ".join(name for _, name, _ in products)
    objective = f"{OBJECTIVE_LABEL[plan.brief.objective]} campaign" + (f" for {what}" if what else "")
    objective += f", featuring {names}" if names else ""
    return CopyContext(
        objective=objective,
        audience=plan.brief.audience or plan.audience.definition,
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


def _template(name: str) -> str:
    return resources.files("copilot.planner").joinpath("templates", name).read_text(encoding="utf-8")


def _one_line(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def copy_messages(ctx: CopyContext, channels: Sequence[str]) -> list[BaseMessage]:
    system = fill(
        _template("copy_system.md"), brand=ctx.brand, tone=ctx.tone, banned=", ".join(ctx.banned) or "none"
    )
    facts = (
        "\n".join(f"{a}: {fact_sentence(f)}" for a, f in zip(ctx.aliases, ctx.facts, strict=True)) or "(none)"
    )
    user = fill(
        _template("copy_user.md"),
        objective=_one_line(ctx.objective, 200),
        audience=_one_line(ctx.audience, 200),
        offer=ctx.offer,
        facts=facts,
        channels="\n".join(f"- {CHANNEL_INSTRUCTIONS[c]}" for c in channels),
        angle_a=ctx.angles[0],
        angle_b=ctx.angles[1],
        example=EXAMPLE if "email" in channels else "",
    )
    return [SystemMessage(content=system.strip()), HumanMessage(content=user.strip())]


# --------------------------------------------------------------------------------------------
# drafts -> variants
# --------------------------------------------------------------------------------------------


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def render_variant(
    channel: Channel, variant: Literal["A", "B"], draft: dict[str, Any], ctx: CopyContext
) -> CopyVariant:
    """Assemble a variant from the model's pieces: its words, the chosen facts word for word, and
    the code-owned compliance text; citations record which fact each featured line comes from."""
    chosen: list[FactRef] = []
    for alias in list(draft.get("facts") or [])[: MAX_FACTS[channel]]:
        f = ctx.fact(str(alias))
        if f is not None and f not in chosen:
            chosen.append(f)
    lines = [fact_sentence(f) for f in chosen]
    citations = [
        Citation(claim=line[:200], fact_ids=[f.fact_id]) for line, f in zip(lines, chosen, strict=True)
    ]
    kept = {k: _clean(v) for k, v in draft.items() if k != "facts"}
    kw: dict[str, Any] = {
        "channel": channel,
        "variant": variant,
        "angle": ctx.angles[0 if variant == "A" else 1][:120],
        "citations": citations,
        "draft": {**kept, "facts": [f.fact_id for f in chosen]},
    }
    if channel == "email":
        body = kept.get("intro", "")
        if lines:
            body += "\n\n" + "\n".join(f"- {line}" for line in lines)
        if kept.get("cta"):
            body += "\n\n" + kept["cta"]
        kw.update(
            subject=kept.get("subject", ""),
            preheader=kept.get("preheader", ""),
            body=add_email_footer(body.strip(), ctx.sender),
        )
    elif channel == "sms":
        kw.update(body=add_sms_compliance(_join(kept.get("text", ""), *lines), ctx.sender))
    elif channel == "push":
        kw.update(title=kept.get("title", ""), body=_join(kept.get("text", ""), *lines))
    else:
        kw.update(headline=kept.get("headline", ""), body=_join(kept.get("text", ""), *lines))
    v = CopyVariant(**kw)
    text = " ".join(v.parts().values()).lower()
    mentioned = [pid for pid, name, _ in ctx.products if name.lower() in text]
    featured = [f.product_id for f in chosen if f.product_id]
    return v.model_copy(update={"product_ids": list(dict.fromkeys([*featured, *mentioned]))[:5]})


def to_variant(
    channel: Channel, variant: Literal["A", "B"], draft: BaseModel, ctx: CopyContext
) -> CopyVariant:
    """A model draft (schema object) as a :class:`CopyVariant`; see :func:`render_variant`."""
    return render_variant(channel, variant, draft.model_dump(), ctx)


def variant_as_draft(v: CopyVariant, ctx: CopyContext) -> dict[str, Any]:
    """The model's pieces of a variant (fact ids as the aliases it was shown), for a rewrite request."""
    if v.draft:
        out = {k: val for k, val in v.draft.items() if k != "facts"}
        out["facts"] = [a for i in v.draft.get("facts", []) if (a := ctx.alias_of(str(i)))]
        return out
    body = creative_body(v, ctx.sender)
    fields = {
        "email": {"subject": v.subject or "", "preheader": v.preheader or "", "intro": body, "cta": ""},
        "sms": {"text": body},
        "push": {"title": v.title or "", "text": body},
        "paid_social": {"headline": v.headline or "", "text": body},
    }[v.channel]
    return {**fields, "facts": [a for c in v.citations for i in c.fact_ids if (a := ctx.alias_of(i))]}


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
