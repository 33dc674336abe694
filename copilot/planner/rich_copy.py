"""The rich copy strategy: a capable model writes whole sentences and cites the facts inline.

The constrained strategy (:mod:`copilot.planner.copywriter`) lets the small embedded model write only
questions and invitations and puts every claim in by code. A capable model (OpenAI by default, or an
OpenAI-compatible endpoint declared with ``copy_strategy = "rich"``; :func:`resolve_strategy`) writes the
copy itself:

1. **One call** writes one draft per channel: header pieces (subject, preheader, title, headline, CTA) and
   body sentences, each product claim ending in its citations, ``[fact:F2]`` (prompt ``copy_rich_*.md``).
2. **Every sentence is checked** (:func:`judge`): the one-field copy linter, banned phrases, then -- unless
   it is a question or a call to action (the claim checker's fixed non-claim rules) -- it must cite a fact
   of the variant's product it was shown, carry no number those facts lack, and pass the claim checker.
3. **Repair, then removal**: the failing sentences go back to the model once with the reason
   (:func:`repair_sentences`); what still fails is removed (a header falls back to code's wording). A body
   left without a checked claim gets code's fact sentence, so every variant still says something true.
4. **A and B** come from the one draft and differ only in the tested element, added by code as in the
   constrained strategy (:func:`copilot.planner.copy_compose.compose`): the urgency opening, the offer
   line, review proof vs one more product detail. For a proof test the model is shown only the facts of
   the product with proof (:func:`focus`); drafts that still cannot run it (no detail left for arm B)
   turn the plan's test into benefit vs urgency (:func:`settle_test`).

Citations are stripped from the shipped text and kept as the variant's :class:`Citation` list and in its
``draft`` (``sentences`` with their fact ids, ``strategy = "rich"``). The plan's checks are the same as
for the constrained strategy. Chinese copy always uses the constrained strategy.

The draft schema and prompt are in :mod:`copilot.planner.rich_copy_prompt`, the sentence parsing and
judgement in :mod:`copilot.planner.rich_copy_sentences`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.messages import HumanMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.llm.injection import wrap_data
from copilot.llm.prompts import fill, load_prompt
from copilot.planner.checks import add_email_footer, add_sms_compliance
from copilot.planner.copy_compose import CopyContext, also_sentence, fallback_piece, urgency_opening
from copilot.planner.copy_facts import ab_test_for, fact_sentence, phrase_of
from copilot.planner.copy_grammar import straight_quotes
from copilot.planner.plan_schema import Channel, Citation, CopyVariant, FactRef
from copilot.planner.rich_copy_prompt import (
    BODY,
    CHANNEL_TEXT,
    HEADERS,
    rich_draft_model,
    rich_messages,
    rich_schema,
)
from copilot.planner.rich_copy_sentences import (
    ClaimChecker,
    Sentence,
    judge,
    parse_sentence,
    split_body,
)

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from copilot.llm.tokens import CostLedger, PriceTable
    from copilot.settings import Settings

__all__ = [
    "BODY",
    "CAPABLE_PROVIDERS",
    "CHANNEL_TEXT",
    "HEADERS",
    "ClaimChecker",
    "Draft",
    "Sentence",
    "Strategy",
    "compose_rich",
    "focus",
    "judge",
    "parse_sentence",
    "repair_sentences",
    "resolve_strategy",
    "rewrite_rich",
    "rich_draft_model",
    "rich_messages",
    "rich_schema",
    "settle_test",
    "split_body",
    "write_rich",
]

log = logging.getLogger(__name__)

Strategy = Literal["constrained", "rich"]

#: Providers whose models write rich copy under ``copy_strategy = "auto"``. An OpenAI-compatible server may
#: serve a small model (it is driven like the embedded one elsewhere too): declare a capable one with
#: ``copy_strategy = "rich"``.
CAPABLE_PROVIDERS = frozenset({"openai"})


def resolve_strategy(settings: Settings) -> Strategy:
    """The copy strategy the settings ask for: ``copy_strategy``, or under ``auto`` rich for an OpenAI model
    and constrained for the embedded model and OpenAI-compatible servers not declared capable."""
    if settings.copy_strategy != "auto":
        return settings.copy_strategy
    provider = settings.model.strip().partition("?")[0].partition(":")[0].strip().lower()
    return "rich" if provider in CAPABLE_PROVIDERS else "constrained"


# --------------------------------------------------------------------------------------------
# the strategy
# --------------------------------------------------------------------------------------------


@dataclass
class Draft:
    """One channel's checked draft: header pieces and body sentences."""

    channel: Channel
    pid: str | None
    headers: dict[str, Sentence]
    body: list[Sentence]

    def failing(self) -> list[Sentence]:
        return [s for s in (*self.headers.values(), *self.body) if s.problem]


def _draft(channel: Channel, answer: BaseModel, ctx: CopyContext, checker: ClaimChecker | None) -> Draft:
    data = answer.model_dump()
    headers = {k: parse_sentence(k, str(data.get(k) or ""), ctx) for k in HEADERS[channel]}
    body = [parse_sentence("body", s, ctx) for s in split_body(data.get("body") or [])]
    cited = [fid for s in body for fid in s.fact_ids]
    first = next((f for f in ctx.facts if f.fact_id in cited), ctx.facts[0] if ctx.facts else None)
    pid = first.product_id if first else (ctx.products[0][0] if ctx.products else None)
    d = Draft(channel, pid, headers, body)
    for s in (*d.headers.values(), *d.body):
        s.problem = judge(s, ctx, pid, checker)
    return d


def repair_sentences(
    chat_model: BaseChatModel,
    ctx: CopyContext,
    drafts: Sequence[Draft],
    checker: ClaimChecker | None,
    *,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
) -> int:
    """One model call rewriting every failing sentence; returns how many now pass. A sentence that still
    fails keeps its ``problem`` (the caller removes it)."""
    from copilot.llm.providers import structured_call

    slots: dict[str, tuple[Draft, Sentence]] = {}
    for d in drafts:
        for i, s in enumerate(d.failing()):
            slots[f"{d.channel}_{s.part}_{i + 1}"] = (d, s)
    if not slots:
        return 0
    pieces = "\n".join(
        f'{key}: "{wrap_data(s.raw, "copy:" + key)}" -- {s.problem}' for key, (_, s) in slots.items()
    )
    messages = rich_messages(ctx, sorted({d.channel for d in drafts}))
    messages.append(HumanMessage(content=fill(load_prompt("copy_rich_repair.md"), pieces=pieces).strip()))
    fields: dict[str, Any] = {k: (str, Field(..., max_length=240)) for k in slots}
    schema: type[BaseModel] = create_model("RichRepair", __config__=ConfigDict(extra="forbid"), **fields)
    answer = structured_call(
        chat_model, messages, schema, ledger=ledger, prices=prices, purpose="plan.copy_repair"
    )
    fixed = 0
    for key, (d, s) in slots.items():
        new = parse_sentence(s.part, str(getattr(answer, key) or ""), ctx)
        if not new.text:
            s.problem = f"{s.problem}; the model dropped it in the repair"
            continue
        new.problem = judge(new, ctx, d.pid, checker)
        s.raw, s.text, s.fact_ids, s.unknown, s.problem = (
            new.raw,
            new.text,
            new.fact_ids,
            new.unknown,
            new.problem,
        )
        fixed += not s.problem
    return fixed


def _claim_fallback(d: Draft, ctx: CopyContext) -> Sentence | None:
    """Code's fact sentence for the draft's product (a body left without a checked claim)."""
    f = next((f for f in ctx.facts if f.product_id == d.pid and phrase_of(f)), None)
    if f is None:
        return None
    return Sentence("body", f"{fact_sentence(f)} [fact:{f.fact_id}]", fact_sentence(f), [f.fact_id])


def _body(d: Draft, ctx: CopyContext) -> list[Sentence]:
    """The body that ships: the passing sentences, each once (a repair may return a sentence the body
    already has: near-identical ones are one), and code's fact sentence when none of them is a checked
    claim."""
    from copilot.planner.lint import NEAR_IDENTICAL, similarity

    body: list[Sentence] = []
    for s in d.body:
        if not s.problem and not any(similarity(s.text, t.text) >= NEAR_IDENTICAL for t in body):
            body.append(s)
    if not any(s.fact_ids for s in body):
        fb = _claim_fallback(d, ctx)
        if fb is not None:
            body.append(fb)
    return body


def _extra_fact(pid: str | None, body: Sequence[Sentence], ctx: CopyContext) -> FactRef | None:
    """Arm B's "one more product detail": a fact of the product the body does not cite yet."""
    cited = {fid for s in body for fid in s.fact_ids}
    return next(
        (f for f in ctx.facts if f.product_id == pid and f.fact_id not in cited and phrase_of(f)), None
    )


def focus(ctx: CopyContext) -> CopyContext:
    """The context the model writes from. For a proof test, only the facts of the product whose reviews
    arm A quotes (the first featured product with proof, as the constrained strategy features it): copy
    about a product without reviews cannot test social proof. Otherwise ``ctx`` itself."""
    if ctx.test is None or ctx.test.element != "proof":
        return ctx
    pid = next((p for p, _, _ in ctx.products if p in ctx.proofs), None)
    if pid is None:
        return ctx
    return replace(ctx, facts=[f for f in ctx.facts if f.product_id == pid])


def settle_test(ctx: CopyContext, written: CopyContext, drafts: Sequence[Draft]) -> None:
    """Keep the plan's A/B test one the drafts can run: a proof test needs, in every channel, copy about a
    product with proof and a detail of it the copy does not say yet (arm B's). When a draft has neither,
    the test becomes benefit vs urgency opening (for every channel: the plan states one hypothesis)."""
    if ctx.test is None or ctx.test.element != "proof":
        return
    if all(d.pid in written.proofs and _extra_fact(d.pid, _body(d, written), written) for d in drafts):
        return
    test = ab_test_for("hook", ctx.test)
    log.info(
        "rich copy: the drafts cannot run the proof test (no reviewed product or no detail left): hook test"
    )
    for c in (ctx, written):
        c.test, c.angles = test, (test.variant_a, test.variant_b)


def compose_rich(d: Draft, variant: Literal["A", "B"], ctx: CopyContext) -> CopyVariant:
    """Variant ``variant`` of a checked draft: its passing sentences plus code's tested element."""
    ch, pid = d.channel, d.pid
    name = ctx.name_of(pid)
    kept = {k: s.text for k, s in d.headers.items() if not s.problem}
    for k in HEADERS[ch]:
        if k not in kept:
            kept[k] = fallback_piece(ch, k, ctx, name)
    body = _body(d, ctx)
    element = ctx.test.element if ctx.test else "hook"
    hook_field = {"email": "subject", "sms": "", "push": "title", "paid_social": "headline"}[ch]
    hook = kept.get(hook_field, "") if hook_field else (body[0].text if body and not body[0].fact_ids else "")
    sentences = [s.text for s in body]
    if element == "hook" and variant == "B":
        hook = urgency_opening(ctx)
        if hook_field:
            kept[hook_field] = hook
        elif sentences and not body[0].fact_ids:
            sentences[0] = hook
        else:
            sentences.insert(0, hook)
    offer = ctx.offer_line if element != "offer" or variant == "A" else ""
    citations = [Citation(claim=s.text[:200], fact_ids=s.fact_ids[:5]) for s in body if s.fact_ids]
    proof = ""
    if element == "proof":
        extra = _extra_fact(pid, body, ctx)
        if variant == "A" and pid in ctx.proofs:
            proof = ctx.proofs[pid][1] if ch == "email" else straight_quotes(ctx.proofs[pid][1])
            citations.append(Citation(claim=proof[:200], fact_ids=[ctx.proofs[pid][0]]))
        elif variant == "B" and extra is not None:
            proof = also_sentence(ctx.name_of(pid), phrase_of(extra) or "")
            citations.append(Citation(claim=proof[:200], fact_ids=[extra.fact_id]))
    text = " ".join(p for p in (*sentences, proof) if p)
    draft: dict[str, Any] = {
        "strategy": "rich",
        **{k: v for k, v in kept.items()},
        "sentences": [{"text": s.text, "facts": s.fact_ids, "raw": s.raw[:300]} for s in body],
        "removed": [
            {"text": s.text[:200], "why": s.problem[:200]}
            for s in (*d.headers.values(), *d.body)
            if s.problem
        ],
        "facts": [fid for s in body for fid in s.fact_ids],
        "elements": {"hook": hook, "offer": offer, "proof": proof},
    }
    kw: dict[str, Any] = {
        "channel": ch,
        "variant": variant,
        "angle": ctx.angles[0 if variant == "A" else 1][:120],
        "citations": citations[:8],
        "draft": draft,
        "product_ids": [pid] if pid else [],
    }
    if ch == "email":
        email_body = "\n\n".join(p for p in (text, offer, kept["cta"]) if p)
        kw.update(
            subject=kept["subject"],
            preheader=kept["preheader"],
            body=add_email_footer(email_body, ctx.sender),
        )
    elif ch == "sms":
        kw.update(body=add_sms_compliance(" ".join(p for p in (text, offer) if p), ctx.sender))
    elif ch == "push":
        kw.update(title=kept["title"], body=" ".join(p for p in (text, offer) if p))
    else:
        kw.update(headline=kept["headline"], body=" ".join(p for p in (text, offer) if p))
    return CopyVariant(**kw)


def write_rich(
    chat_model: BaseChatModel,
    ctx: CopyContext,
    channels: Sequence[Channel],
    *,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
    repair: bool = True,
    problems: str = "",
) -> list[CopyVariant]:
    """A and B for every channel from one rich call, every sentence checked, one repair round, the rest
    removed (see the module docstring). The first writing (``repair``) settles the plan's A/B test on
    what the drafts can run (:func:`settle_test`); a rewrite keeps it."""
    from copilot.llm.providers import structured_call

    checker = ctx.checker
    written = focus(ctx)
    answer = structured_call(
        chat_model,
        rich_messages(written, channels, problems),
        rich_schema(channels),
        ledger=ledger,
        prices=prices,
        purpose="plan.copy",
    )
    drafts = [_draft(ch, getattr(answer, ch), written, checker) for ch in channels]
    failing = sum(len(d.failing()) for d in drafts)
    if failing and repair:
        fixed = repair_sentences(chat_model, written, drafts, checker, ledger=ledger, prices=prices)
        log.info("rich copy: %d of %d failing sentence(s) repaired, the rest removed", fixed, failing)
    if repair:
        settle_test(ctx, written, drafts)
    labels: tuple[Literal["A", "B"], ...] = ("A", "B")
    return [compose_rich(d, v, written) for d in drafts for v in labels]


def rewrite_rich(
    chat_model: BaseChatModel,
    ctx: CopyContext,
    failing: Sequence[tuple[CopyVariant, list[str]]],
    *,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
) -> dict[str, CopyVariant]:
    """The plan review's rewrite for rich copy: the failing channels are written again (the plan's problems
    in the prompt), checked sentence by sentence, unsupported sentences removed (no second repair)."""
    channels = sorted({v.channel for v, _ in failing})
    problems = "\n".join(f"- {v.key}: {p}" for v, ps in failing for p in ps)
    new = write_rich(chat_model, ctx, channels, ledger=ledger, prices=prices, repair=False, problems=problems)
    return {v.key: v for v in new}
