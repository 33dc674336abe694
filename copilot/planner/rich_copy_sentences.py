"""The rich copy strategy's sentences: a sentence parsed with its inline citations (``[fact:F2]``),
bodies split into sentences, and :func:`judge` -- why a sentence cannot ship (linter, banned phrases,
uncited or unsupported claims, numbers the facts lack), or nothing. See :mod:`copilot.planner.rich_copy`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from copilot.planner.checks import find_banned
from copilot.planner.copy_compose import CopyContext

if TYPE_CHECKING:
    from copilot.knowledge.schemas import ClaimReport

ClaimChecker = Callable[[str, list[str]], "ClaimReport"]

# --------------------------------------------------------------------------------------------
# sentences: citations, judgement
# --------------------------------------------------------------------------------------------

_CITE = re.compile(r"\s*\[\s*fact\s*:\s*([^\]]+)\]", re.IGNORECASE)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“A-Z])")


@dataclass
class Sentence:
    """One sentence the model wrote: where it goes, its text without citations, the facts it cites."""

    part: str  # "body" or a header piece ("subject", "cta" ...)
    raw: str  # as the model wrote it, citations included
    text: str = ""
    fact_ids: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # cited ids the model was not shown
    problem: str = ""  # why it fails (empty: it passed)


def parse_sentence(field_name: str, raw: str, ctx: CopyContext) -> Sentence:
    """The sentence without its ``[fact:ID]`` citations, and the fact ids they name (an alias ``F2`` or a
    fact id the model was shown)."""
    known = {f.fact_id for f in ctx.facts}
    ids: list[str] = []
    unknown: list[str] = []
    for m in _CITE.finditer(raw):
        for token in re.split(r"[,\s]+", m.group(1).strip()):
            token = token.removeprefix("fact:")
            fid = ctx.fact_id(token) or (token if token in known else None)
            if fid and fid not in ids:
                ids.append(fid)
            elif not fid and token:
                unknown.append(token)
    text = " ".join(_CITE.sub("", raw).split())
    text = re.sub(r"\s+([.!?,;:])", r"\1", text)
    return Sentence(field_name, raw, text, ids, unknown)


def split_body(parts: Sequence[str]) -> list[str]:
    """The model's body entries, one sentence each (an entry holding two sentences is split)."""
    out: list[str] = []
    for p in parts:
        out.extend(s for s in _SPLIT.split(" ".join(str(p).split())) if s.strip())
    return out


def _numbers(text: str) -> set[str]:
    from copilot.knowledge.claims import numbers_in

    return set(numbers_in(text))


def judge(s: Sentence, ctx: CopyContext, pid: str | None, checker: ClaimChecker | None) -> str:
    """Why the sentence cannot ship (empty: it can). See the module docstring, step 2."""
    from copilot.knowledge.claims import is_non_claim
    from copilot.planner.lint import lint_text
    from copilot.planner.lint_types import for_products

    if not s.text:
        return "empty"
    if ctx.lint is not None:  # read against the message's product ("your next pair" on a tent fails)
        found = lint_text(s.part, s.text, for_products(ctx.lint, [pid] if pid else []))
        if found:
            return found[0].message
    banned = find_banned(s.text, ctx.banned)
    if banned:
        return f"uses a banned phrase ({', '.join(banned)})"
    if s.unknown:
        return f"cites facts it was not shown ({', '.join(s.unknown[:3])})"
    bare = s.text  # product names carry numbers ("Nimbus Bag 20") that are no claim
    for _, name, _ in sorted(ctx.products, key=lambda p: -len(p[1])):
        bare = bare.replace(name, "it") if name else bare
    if is_non_claim(bare) and not s.fact_ids:
        return ""
    if not s.fact_ids:
        return "makes a product claim without citing a fact"
    facts = [f for f in ctx.facts if f.fact_id in s.fact_ids]
    if pid and any(f.product_id not in (pid, None) for f in facts):
        return "cites facts about another product than the one this message is about"
    stray = _numbers(bare) - set().union(*(_numbers(f.text) for f in facts))
    if stray:
        return f"has numbers the cited facts do not state ({', '.join(sorted(stray))})"
    if checker is not None:
        report = checker(s.text, [pid] if pid else [])
        if not report.all_supported:
            bad = report.unsupported[0]
            return f"the claim checker finds no fact supporting '{bad.claim[:80]}' ({bad.reason[:120]})"
    return ""
