"""The variant itself: the copy context (what the copywriter is shown) and :func:`compose`, which builds one A/B
variant from the model's pieces, code's fact sentences, the tested element and the compliance text.

Split from :mod:`copilot.planner.copywriter` (the model calls); the rich strategy
(:mod:`copilot.planner.rich_copy`) uses the same context and the same tested elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from copilot.planner.checks import Sender, add_email_footer, add_sms_compliance, find_banned
from copilot.planner.copy_facts import fact_name, fact_sentence, phrase_of, says_tested
from copilot.planner.copy_grammar import also_sentence, join_claims, straight_quotes
from copilot.planner.copy_occasion import occasion_openings
from copilot.planner.copy_schema import FACT_MAX_CHARS, MAX_FACTS, TEXT_FIELDS, ZH_FACT_MAX_CHARS
from copilot.planner.plan_schema import ABTest, Channel, Citation, CopyVariant, FactRef
from copilot.planner.zh import (
    ZH_OPENINGS,
    ZH_PATTERNS,
    ZH_PREHEADER_FALLBACK,
    ZH_TEST_ANGLES,
    ZH_URGENCY_OPENING,
    zh_claim_sentences,
    zh_cta,
    zh_fact_phrase,
    zh_preheader_tail,
    zh_sentence,
)
from copilot.textfit import clip

if TYPE_CHECKING:
    from copilot.knowledge.schemas import ClaimReport
    from copilot.planner.lint import LintContext


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
    offer_line: str = ""  # the plan's offer as copy says it ("Save 15% with code COMEBACK15 until March 21.")
    objective_key: str = "retention"
    test: ABTest | None = None
    proofs: dict[str, tuple[str, str]] = field(default_factory=dict)  # product_id -> (fact_id, sentence)
    proof_options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # best first (copy_facts)
    end_day: str = ""
    lint: LintContext | None = None
    language: str = "en"  # the copy's language ("en" or "zh")
    start: date | None = None  # the first send day (code's openings name its season)
    strategy: str = "constrained"  # "constrained" or "rich" (copilot.planner.rich_copy)
    checker: Callable[[str, list[str]], ClaimReport] | None = None  # per-sentence claims check (rich)
    strategy_note: str = ""  # what happened to the strategy (a rich call that failed, ...)

    @property
    def zh(self) -> bool:
        return self.language == "zh"

    @property
    def aliases(self) -> list[str]:
        return [f"F{i + 1}" for i in range(len(self.facts))]

    def fact_line(self, fact: FactRef) -> str:
        """The fact as the copy would say it, in the copy's language."""
        if self.zh:
            phrase = zh_fact_phrase(fact.text)
            return zh_sentence(self.name_of(fact.product_id) or fact_name(fact), phrase) if phrase else ""
        return fact_sentence(fact)

    def channel_aliases(self, channels: Sequence[str]) -> dict[str, list[str]]:
        """Per channel, the facts whose line fits it (:data:`FACT_MAX_CHARS`, less the offer line)."""
        limits = ZH_FACT_MAX_CHARS if self.zh else FACT_MAX_CHARS
        extra = 0 if self.zh else (len(self.offer_line) + 1 if self.offer_line else 0)
        lines = [(a, len(self.fact_line(f))) for a, f in zip(self.aliases, self.facts, strict=True)]
        return {ch: [a for a, n in lines if n + extra <= limits[ch]] for ch in channels}

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

    def name_of(self, product_id: str | None) -> str:
        for pid, name, _ in self.products:
            if pid == product_id:
                return name
        return ""


# --------------------------------------------------------------------------------------------
# drafts -> variants: sentences built by code around the model's openings
# --------------------------------------------------------------------------------------------


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _zh_join(*parts: str) -> str:
    """Chinese sentences run on without spaces."""
    return "".join(p for p in parts if p)


def urgency_opening(ctx: CopyContext) -> str:
    """The urgency-led opening of the hook test (code-written: a date, no claim)."""
    if ctx.zh:
        return ZH_URGENCY_OPENING
    # not "Last days before ...?": the first send of a four-week window is no last day
    return f"Want yours before {ctx.end_day}?" if ctx.end_day else "Want yours before it is gone?"


def _claim_sentences(name: str, phrases: Sequence[str]) -> list[str]:
    """The phrasings as one sentence about ``name`` (:func:`join_claims`): not "It also has …" twice."""
    predicate, parts = join_claims(name, list(phrases))
    return [f"The {name} {predicate}."] if parts else []


def _lint_piece(name: str, text: str, ctx: CopyContext) -> bool:
    """True when the model's piece passes the one-field lint rules and names no product (Chinese: and
    matches its grammar, uses no banned phrase and no other category's type noun)."""
    from copilot.planner.lint import lint_text

    if ctx.lint is None:
        return True
    if any(n.lower() in text.lower() for _, n, _ in ctx.products):
        return False  # code names the product once; the model's openings stay product-free
    if ctx.zh and not any(re.fullmatch(ZH_PATTERNS[k][0], text) for k in _KINDS.get(name, (name,))):
        return False  # e.g. an English piece in a Chinese plan
    if ctx.zh and find_banned(text, ctx.banned):
        # a banned phrase (or its Chinese equivalent) the rewrite kept; English keeps the phrase and
        # reports the failure (tests/planner/test_workflow.py: a failure that survives is reported)
        return False
    if ctx.zh and _zh_foreign_type(text, ctx):
        return False  # "背囊" for a hydration vest: the model describing a product it was not given
    return not lint_text(name, text, ctx.lint)


def _zh_foreign_type(text: str, ctx: CopyContext) -> bool:
    """True when ``text`` uses a Chinese type noun of a category none of the featured products is in."""
    from copilot.planner.lint import ZH_TYPE_NOUNS

    if ctx.lint is None:
        return False
    cats = {p.category for p in ctx.lint.products if p.product_id in {pid for pid, _, _ in ctx.products}}
    own = {n for c in cats for n in ZH_TYPE_NOUNS.get(c, ())}
    return any(
        n in text and n not in own for c, nouns in ZH_TYPE_NOUNS.items() if c not in cats for n in nouns
    )


#: The grammar kinds of a field where the name differs (SMS "text" is a question, push/social an invitation).
_KINDS = {"text": ("text_question", "text_invitation")}


def fallback_piece(channel: str, name: str, ctx: CopyContext, product: str) -> str:
    """Code's own wording for a piece the model could not get right (deterministic, lint-clean)."""
    if ctx.zh:
        return _zh_fallback_piece(channel, name, ctx, product)
    q, intro = (
        occasion_openings(ctx.objective_key, ctx.start)
        if ctx.start
        else ("Ready for your next outing?", "Planning your next trip outdoors?")
    )
    if name in ("subject", "text", "title", "headline") and not (
        channel in ("push", "paid_social") and name == "text"
    ):
        return q
    if name == "intro":
        return intro
    if name == "preheader":
        # a name with a number ("Nimbus Bag 20") makes the invitation a claim for the claim checker
        tail = (
            f"Explore the {product}."
            if product and not re.search(r"\d", product)
            else "Explore the collection."
        )
        out = f"{intro} {tail}"  # not the subject's question: the inbox shows them side by side
        return out if len(out) >= 40 else f"{intro} {tail[:-1]} today."
    return f"Explore the {product}" if product and channel == "email" else "Explore it today"


def _zh_fallback_piece(channel: str, name: str, ctx: CopyContext, product: str) -> str:
    q, intro = ZH_OPENINGS.get(ctx.objective_key, ZH_OPENINGS["retention"])
    if name in ("subject", "text", "title", "headline") and not (
        channel in ("push", "paid_social") and name == "text"
    ):
        return q
    if name == "intro":
        return intro
    if name == "preheader":
        return ZH_PREHEADER_FALLBACK
    return zh_cta(product) if channel == "email" else "来看看本季新品"


def _chosen_facts(
    channel: Channel, draft: dict[str, Any], ctx: CopyContext
) -> tuple[list[FactRef], str | None, str, list[FactRef]]:
    """The facts the draft chose (of ONE product: the first fact's), that product's id and name, and its
    other facts (arm B's "one more product detail")."""
    chosen: list[FactRef] = []
    for alias in list(draft.get("facts") or []):
        f = ctx.fact(str(alias))
        if f is not None and f not in chosen:
            chosen.append(f)
    if not chosen and ctx.facts:
        chosen = [ctx.facts[0]]
    if ctx.test and ctx.test.element == "proof" and chosen and chosen[0].product_id not in ctx.proofs:
        # a proof test needs a product with proof: else both arms would carry the same copy
        chosen = [f for f in ctx.facts if f.product_id in ctx.proofs][:1] or chosen
    pid = chosen[0].product_id if chosen else (ctx.products[0][0] if ctx.products else None)
    name = ctx.name_of(pid) or (fact_name(chosen[0]) if chosen else "")
    chosen = [f for f in chosen if f.product_id == pid][: MAX_FACTS[channel]]
    extra = [f for f in ctx.facts if f.product_id == pid and f not in chosen]
    return chosen, pid, name, extra


def compose(
    channel: Channel,
    variant: Literal["A", "B"],
    draft: dict[str, Any],
    ctx: CopyContext,
    *,
    safe: bool = False,
) -> CopyVariant:
    """One variant from the model's openings and code's sentences.

    Code names ONE product (the one of the first chosen fact) in a claim sentence built from the
    facts' phrasings, adds the tested element (the offer, review proof or an extra detail, or the
    urgency opening) as the A/B test says, and the compliance text. ``safe`` replaces model pieces
    that fail the one-field lint rules with code's wording.
    """
    chosen, pid, name, extra = _chosen_facts(channel, draft, ctx)
    test = ctx.test
    element = test.element if test else "hook"
    if element == "proof" and not extra and len(chosen) > 1:
        extra = [chosen.pop()]  # arm B's "one more product detail" must be one the copy does not say yet
    kept = {k: _clean(v) for k, v in draft.items() if k != "facts"}
    if safe:
        for k, text in list(kept.items()):  # an email intro that repeats the subject too
            if not text or not _lint_piece(k, text, ctx) or (k == "intro" and text == kept.get("subject")):
                kept[k] = fallback_piece(channel, k, ctx, name)
    proof_text = ctx.proofs.get(pid or "", ("", ""))[1]
    for k, text in list(kept.items()):  # both arms share the pieces: none may say what one arm tests
        if element == "proof" and says_tested(text, proof_text, extra[:1], zh=ctx.zh):
            kept[k] = fallback_piece(channel, k, ctx, name)
    for k in TEXT_FIELDS[channel]:
        kept.setdefault(k, fallback_piece(channel, k, ctx, name))
    preheader_tail = ""
    if channel == "email" and ctx.zh:
        kept["cta"] = zh_cta(name)
        preheader_tail = zh_preheader_tail(name)  # the model writes the question, code the invitation
    elif channel == "email":
        kept["cta"] = f"Shop the {name}" if name else (kept.get("cta") or "Shop now")
    hook_field = {"email": "subject", "sms": "text", "push": "title", "paid_social": "headline"}[channel]
    proof = detail = offer = ""
    if element == "hook" and variant == "B":
        kept[hook_field] = urgency_opening(ctx)
    offer = (ctx.offer_line if variant == "A" else "") if element == "offer" else ctx.offer_line
    cited = list(chosen)
    if element == "proof":
        if variant == "A" and pid in ctx.proofs:
            proof = ctx.proofs[pid][1]
            if channel in ("sms", "push"):  # GSM-7 / plain text: straight quotes, as the send will have them
                proof = straight_quotes(proof)
        elif variant == "B" and extra:
            cited.append(extra[0])
            extra_zh = zh_fact_phrase(extra[0].text) if ctx.zh else None
            if ctx.zh and extra_zh is not None:
                # after every claim sentence: "此外，它…。此外，它…。" in an email with two chosen facts
                detail = zh_sentence(name, extra_zh, position=len(chosen) if channel == "email" and chosen else 1)
            elif ctx.zh:
                cited.pop()
            else:
                detail = also_sentence(name, phrase_of(extra[0]) or "")
    sentences = _claim_lines(channel, name, chosen, ctx)
    if len(sentences) == 1 and not ctx.zh:  # one sentence states every chosen fact: one citation, its facts
        citations = [Citation(claim=clip(sentences[0], 200), fact_ids=[f.fact_id for f in chosen][:5])]
    else:
        citations = [Citation(claim=clip(ln, 200), fact_ids=[f.fact_id]) for ln, f in zip(sentences, chosen, strict=False)]
    citations += [Citation(claim=clip(detail, 200), fact_ids=[cited[-1].fact_id])] if detail else []
    citations += [Citation(claim=clip(proof, 200), fact_ids=[ctx.proofs[pid][0]])] if proof and pid in ctx.proofs else []
    elements = {"hook": kept.get(hook_field, ""), "offer": offer, "proof": proof or detail}
    kw: dict[str, Any] = {
        "channel": channel,
        "variant": variant,
        "angle": clip(ctx.angles[0 if variant == "A" else 1], 120),
        "citations": citations[:8],
        "draft": {**kept, "facts": [f.fact_id for f in chosen], "elements": elements},
    }
    kw.update(_channel_text(channel, kept, (*sentences, detail, proof), offer, preheader_tail, ctx))
    v = CopyVariant(**kw)
    return v.model_copy(update={"product_ids": [pid] if pid else []})


def _claim_lines(channel: Channel, name: str, chosen: list[FactRef], ctx: CopyContext) -> list[str]:
    """Code's claim sentences about ``name`` from the chosen facts' phrasings (one outside email)."""
    if ctx.zh:
        zh_phrases = [zp for f in chosen if (zp := zh_fact_phrase(f.text))]
        if channel != "email":
            zh_phrases = zh_phrases[:1]
        return zh_claim_sentences(name, zh_phrases) if name and zh_phrases else []
    phrases = [p for f in chosen if (p := phrase_of(f))]
    if channel != "email":
        phrases = phrases[:1]
    return _claim_sentences(name, phrases) if name and phrases else []


def _channel_text(
    channel: Channel,
    kept: dict[str, str],
    parts: tuple[str, ...],
    offer: str,
    preheader_tail: str,
    ctx: CopyContext,
) -> dict[str, Any]:
    """The channel's text fields: the claims (``parts``: claim sentences, detail, proof), the offer and
    the model's pieces put together, with the compliance text."""
    join = _zh_join if ctx.zh else _join
    claims = ("" if ctx.zh else " ").join(p for p in parts if p)
    out: dict[str, Any] = {}
    if channel == "email":
        body = "\n\n".join(p for p in (kept.get("intro", ""), claims, offer, kept["cta"]) if p)
        out.update(
            subject=kept.get("subject", ""),
            preheader=kept.get("preheader", "") + preheader_tail,
            body=add_email_footer(body.strip(), ctx.sender),
        )
    elif channel == "sms":
        out.update(body=add_sms_compliance(join(kept.get("text", ""), claims, offer), ctx.sender))
    else:  # the invitation closes the body: after sentences it ends as one ("… See what is new.")
        invite = kept.get("text", "")
        if invite and not ctx.zh and (claims or offer) and invite[-1] not in ".!?":
            invite += "."
        head = {"push": "title", "paid_social": "headline"}[channel]
        out.update({head: kept.get(head, ""), "body": join(claims, offer, invite)})
    return out


def verify_proofs(ctx: CopyContext) -> None:
    """Keep, per product, the first social proof the claim checker supports (a review quote the checker
    cannot match falls back to the rating summary, else none), and keep the A/B test honest: a proof test
    whose featured products lost their proof becomes the hook test, a review-insight test whose proof is
    now a rating says so. A product with one fact has no proof test (B's detail would be nothing). Without
    a checker every proof is kept as made; a Chinese one too: code's rendering of the rating fact, which the
    Chinese claims check re-derives (the knowledge base's checker reads English and rejected them all)."""
    from copilot.planner.copy_facts import ab_test_for, proof_kind

    if not ctx.proof_options:
        return
    proofs: dict[str, tuple[str, str]] = {}
    for pid, options in ctx.proof_options.items():
        if sum(f.product_id == pid for f in ctx.facts) < 2:
            continue  # no second fact: arm B could not carry "one more product detail"
        for fid, sentence in options:
            if ctx.checker is None or ctx.zh or ctx.checker(sentence, [pid]).all_supported:
                proofs[pid] = (fid, sentence)
                break
    ctx.proofs = proofs
    if ctx.test is None or ctx.test.element != "proof":
        return
    kind = proof_kind(proofs, [pid for pid, _, _ in ctx.products]) or "hook"
    test = ab_test_for(kind, ctx.test)
    if test.variant_a != ctx.test.variant_a:
        a, b = test.variant_a, test.variant_b
        ctx.test = test
        ctx.angles = (ZH_TEST_ANGLES.get(a, a), ZH_TEST_ANGLES.get(b, b)) if ctx.zh else (a, b)
