"""Copy-lint rules on what a variant names and tests: products that disagree between subject, button
and body, a product named twice in a short message, a product type the catalogue contradicts, and
A and B that do not differ in the element they test.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from copilot.planner.lint_base import (
    NEAR_IDENTICAL,
    SHORT_CHANNELS,
    LintContext,
    LintFinding,
    Product,
    _noun_pattern,
    creative_parts,
)
from copilot.planner.plan_schema import CopyVariant
from copilot.planner.zh import NOT_AFTER_WORD, NOT_BEFORE_WORD, ZH_CTA_VERBS


def _name_pattern(name: str) -> str:
    """A product name as a whole word; CJK characters around it are boundaries."""
    return rf"(?<!-){NOT_AFTER_WORD}{re.escape(name.lower())}(?!-){NOT_BEFORE_WORD}"


def named_products(text: str, ctx: LintContext) -> list[Product]:
    low = text.lower()
    return [p for p in ctx.products if re.search(_name_pattern(p.name), low)]


def _cta_line(body: str) -> str:
    from copilot.planner.copywriter import CTA_VERBS

    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    for ln in reversed(lines):
        if any(ln.startswith(v) for v in (*CTA_VERBS, *ZH_CTA_VERBS)):
            return ln
    return ""


def products(
    v: CopyVariant, parts: dict[str, str], ctx: LintContext, cited: Sequence[str]
) -> list[LintFinding]:
    out: list[LintFinding] = []
    body = parts.get("body", "")
    cta = _cta_line(body) if v.channel == "email" else ""
    pieces = {k: t for k, t in parts.items() if k != "body"}
    if cta:
        pieces["button"] = cta
        pieces["body"] = body.replace(cta, " ")
    else:
        pieces["body"] = body
    named = {k: {p.product_id for p in named_products(t, ctx)} for k, t in pieces.items()}
    heads = [k for k in ("subject", "title", "headline", "button") if named.get(k)]
    body_named = named.get("body", set())
    for k in heads:
        if body_named and not (named[k] & body_named):
            a = ", ".join(p.name for p in ctx.products if p.product_id in named[k])
            b = ", ".join(p.name for p in ctx.products if p.product_id in body_named)
            out.append(
                LintFinding("product_mismatch", k, pieces[k], f"names {a} while the body is about {b}")
            )
    for i, k in enumerate(heads):
        for k2 in heads[i + 1 :]:
            if not (named[k] & named[k2]):
                out.append(
                    LintFinding(
                        "product_mismatch", k2, pieces[k2], f"the {k} and the {k2} name different products"
                    )
                )
    all_named = set().union(*named.values()) if named else set()
    by_id = {p.product_id: p for p in ctx.products}
    stray = [pid for pid in dict.fromkeys(cited) if pid in by_id and pid not in all_named]
    if stray and all_named:
        out.append(
            LintFinding(
                "product_mismatch",
                "body",
                by_id[stray[0]].name,
                f"cites facts about {by_id[stray[0]].name}, which the copy does not name",
            )
        )
    if v.channel in SHORT_CHANNELS:
        text = " ".join(parts.values()).lower()
        for p in ctx.products:
            n = len(re.findall(_name_pattern(p.name), text))
            if n > 1:
                out.append(
                    LintFinding(
                        "product_repeated", "body", p.name, f"names {p.name} {n} times in one short message"
                    )
                )
    # product type: a type noun of a category none of the variant's products belongs to
    cats = {by_id[pid].category for pid in all_named | set(cited) if pid in by_id}
    if ctx.bought_category:
        cats.add(ctx.bought_category)
    cats |= ctx.bought_categories  # what the audience bought may be named ("最近买的睡袋用得怎么样？")
    if cats:
        text = " ".join(parts.values())
        for p in ctx.products:
            text = re.sub(re.escape(p.name), " ", text, flags=re.IGNORECASE)
        low = text.lower()
        allowed = {n for c in cats for n in ctx.type_nouns.get(c, ())}
        # a noun the products' own facts use ("front pole holders") is no contradiction
        facts_text = " ".join(ctx.product_facts.get(pid, "") for pid in all_named | set(cited))
        for cat, nouns in ctx.type_nouns.items():
            if cat in cats:
                continue
            for noun in nouns:
                if noun in allowed or re.search(_noun_pattern(noun), facts_text):
                    continue
                if re.search(_noun_pattern(noun), low):
                    what = ", ".join(sorted(cats))
                    out.append(
                        LintFinding(
                            "product_type", "copy", noun, f"calls it '{noun}' but the products are {what}"
                        )
                    )
                    return out
    return out


# --------------------------------------------------------------------------------------------
# A/B pairs
# --------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def similarity(a: str, b: str) -> float:
    """difflib ratio of two texts, lower-cased, punctuation ignored."""
    return difflib.SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def ab_pair(
    a: CopyVariant, b: CopyVariant, ctx: LintContext, element: str | None = None
) -> list[LintFinding]:
    """A and B must differ: in the ``element`` they test when one is stated (the variants' ``draft``
    holds it under ``elements``), else as a whole."""
    ea = (a.draft or {}).get("elements") or {}
    eb = (b.draft or {}).get("elements") or {}
    if element and (element in ea or element in eb):
        x, y = str(ea.get(element, "")), str(eb.get(element, ""))
        if (x or y) and (x == y or (x and y and similarity(x, y) >= NEAR_IDENTICAL)):
            return [
                LintFinding(
                    "ab_identical",
                    element,
                    y or x,
                    f"A and B have the same {element}: the test tests nothing",
                )
            ]
        return []
    ta = " ".join(creative_parts(a, ctx).values())
    tb = " ".join(creative_parts(b, ctx).values())
    if _norm(ta) == _norm(tb):
        return [LintFinding("ab_identical", "copy", tb[:60], "A and B are identical: the test tests nothing")]
    if similarity(ta, tb) >= NEAR_IDENTICAL:
        return [
            LintFinding("ab_identical", "copy", tb[:60], "A and B are near-identical: the test tests nothing")
        ]
    return []
