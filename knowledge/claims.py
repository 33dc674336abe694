"""Check the product claims in a piece of copy against stored facts -- deterministic and explainable.

1. **Split** the copy into sentences (and bullet lines); drop non-claims by fixed rules: greetings,
   questions, calls to action, opt-out / compliance lines, and sentences that only name a product.
2. **Banned phrases** (brand voice + compliance guides) make a claim unsupported outright.
3. **Retrieve** candidate facts with the hybrid search, restricted to the products the claim (or
   the copy, or the caller) names.
4. **Support** a claim when a candidate fact either is semantically close (cosine ≥
   :data:`SIM_SUPPORTED`) or covers its key terms (≥ :data:`COVERAGE_SUPPORTED` of its content words,
   with cosine ≥ :data:`SIM_FLOOR`) -- *and* every number in the claim appears in that fact
   ("150 g" is not supported by "Weight: 290 g"), *and* the fact does not say the opposite
   ("Waterproof: no"). A sentence that fails as a whole passes when each of its clauses passes.

Thresholds are calibrated on the claim set in :mod:`copilot.knowledge.evaluation` (see
``benchmarks/results/knowledge.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from copilot.knowledge.embeddings import embed_texts
from copilot.knowledge.guides import load_brand_voice, load_compliance
from copilot.knowledge.keyword import tokenize
from copilot.knowledge.retrieval import _names, search_facts
from copilot.knowledge.schemas import ClaimCheck, ClaimReport, Fact, FactQuery
from copilot.knowledge.store import KnowledgeBase

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.workspace import Workspace

# Calibrated on build_claim_set() over the demo store: true claims cover >= 0.67 of their key terms
# (false ones <= 0.43); false claims reach cosine <= 0.54, true ones as low as 0.33 (prices).
SIM_SUPPORTED = 0.70
SIM_FLOOR = 0.25
COVERAGE_SUPPORTED = 0.6
CANDIDATES = 8

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'“(A-Z0-9$])|\n+")
_CLAUSE = re.compile(r",\s+(?:and\s+|with\s+)?|;\s+|\s+[–—-]\s+|\s+and\s+|\s+plus\s+")
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
_NUMBER = re.compile(r"(?<![A-Za-z\d])\$?(\d[\d,]*(?:\.\d+)?)")
_GREETING = re.compile(
    r"^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|thanks|thank you|cheers|happy \w+ing)\b",
    re.IGNORECASE,
)
_CTA = re.compile(
    r"^(shop|buy|order|discover|explore|grab|get yours|see|find|check out|learn more|click|tap|visit|join|"
    r"sign up|subscribe|browse|don't miss|head to|come in|treat yourself|gear up|pick up|try)\b",
    re.IGNORECASE,
)
_OPT_OUT = re.compile(
    r"unsubscribe|reply stop|opt[ -]?out|help for help|you('re| are) receiving|manage (your )?preferences|"
    r"privacy policy|view in (your )?browser|\{[a-z_]+\}",
    re.IGNORECASE,
)
_ADDRESS = re.compile(  # a sender's postal address line ("1200 Alder St, Portland, OR 97205")
    r"\b\d{1,6}\s+[\w .'-]+?\b(st|street|ave|avenue|rd|road|blvd|boulevard|way|lane|ln|dr|drive|suite)\b"
    r".*\b[A-Z]{2}\s+\d{5}(-\d{4})?\b",
    re.IGNORECASE,
)
_REVIEW_CLAIM = re.compile(
    r"\b(reviews?|reviewers?|reviewed|customers?|runners|hikers|campers|people|fans|rated|ratings?|stars?|"
    r"says?|love[sd]?|praised?|praises|mention(s|ed)?|favou?rite)\b",
    re.IGNORECASE,
)
REVIEWS_SOURCE = "reviews"
_NEGATION = re.compile(r"(?<![\w-])(not|no|never|without)(?![\w-])|n't\b", re.IGNORECASE)
_NEGATIVE_ATTR = re.compile(r"^\s*-?\s*([A-Za-z][\w ./-]*?):\s*(no|none|false)\b", re.IGNORECASE | re.MULTILINE)
_GENERIC = frozenset(tokenize(
    "northtrail outfitters product products new our now today just only perfect great love it's features "
    "feature comes come made designed gear yours you get every all meet introducing has have with offers "
    "this that its their one ever really truly"
))


@dataclass
class _Candidate:
    fact: Fact
    sim: float
    coverage: float
    numbers_ok: bool
    missing_numbers: list[str]
    contradiction: str | None
    negation_differs: bool = False
    line: str = ""  # the statement of the fact that covers the claim best

    @property
    def supported(self) -> bool:
        if not self.numbers_ok or self.contradiction:
            return False
        by_terms = self.coverage >= COVERAGE_SUPPORTED and self.sim >= SIM_FLOOR and not self.negation_differs
        return self.sim >= SIM_SUPPORTED or by_terms


def numbers_in(text: str) -> set[str]:
    """Numbers in ``text``, normalised ("28,000" -> "28000", "139.95" stays, "140.00" -> "140")."""
    out = set()
    for m in _NUMBER.finditer(text):
        raw = m.group(1).replace(",", "").rstrip(".")
        if not raw:
            continue
        try:
            value = float(raw)
        except ValueError:
            continue
        out.add(f"{value:g}" if value != int(value) else str(int(value)))
    return out


def split_claims(text: str) -> list[str]:
    """Sentences and bullet lines of ``text`` that make a claim (non-claims dropped by fixed rules)."""
    out: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        for sentence in _SENTENCE.split(line):
            s = sentence.strip().strip("\"'“”")
            if s and not is_non_claim(s):
                out.append(s)
    return out


def is_non_claim(sentence: str) -> bool:
    """Greetings, questions, calls to action, opt-out lines and fragments carry no product claim."""
    s = re.sub(r"^\w+(?:\s+\w+){0,2}:\s+", "", sentence)  # a short "Brand:" / "Name:" prefix
    words = re.findall(r"[\w$%.,'-]+", s)
    if len(words) < 3 or s.rstrip().endswith("?"):
        return True
    if _GREETING.match(s) or _OPT_OUT.search(s) or _ADDRESS.search(s):
        return True
    return bool(_CTA.match(s) and len(words) <= 10 and not numbers_in(s))


def _content_tokens(claim: str, names: list[str]) -> list[str]:
    text = claim.lower()
    for n in names:
        text = text.replace(n.lower(), " ")
    return [t for t in tokenize(text) if t not in _GENERIC]


def _fact_body(fact: Fact) -> str:
    head, sep, body = fact.text.partition(": ")
    return body if sep and " › " in head else fact.text


def _fact_lines(body: str) -> list[str]:
    """The smallest statements of a fact: its lines / bullets, and the parts of a '; ' list."""
    lines = [_BULLET.sub("", ln).strip() for ln in body.splitlines()]
    parts = [p.strip() for ln in lines for p in ln.split("; ") if p.strip()]
    return parts or [body]


def _judge(claim: str, claim_vec: np.ndarray, fact: Fact, fact_vec: np.ndarray | None,
           names: list[str]) -> _Candidate:
    sim = float(np.dot(claim_vec, fact_vec)) if fact_vec is not None else fact.score
    body = _fact_body(fact)
    tokens = _content_tokens(claim, names)
    # key terms must co-occur in one statement of the fact (a line, a bullet, a list item)
    best_line, coverage = body, 0.0
    if tokens:
        for line in _fact_lines(body):
            line_tokens = set(tokenize(line))
            cov = sum(1 for t in tokens if t in line_tokens) / len(tokens)
            if cov > coverage:
                best_line, coverage = line, cov
    claim_text = claim
    for n in names:  # digits in product names ("Alder Sky 2") are not claims
        claim_text = re.sub(re.escape(n), " ", claim_text, flags=re.IGNORECASE)
    missing = sorted(numbers_in(claim_text) - numbers_in(body))
    contradiction = None
    if not _NEGATION.search(claim):
        for m in _NEGATIVE_ATTR.finditer(body):
            attr = tokenize(m.group(1))
            if attr and all(a in tokens for a in attr):
                contradiction = f"{m.group(1).strip()}: {m.group(2)}"
                break
    negation_differs = bool(_NEGATION.search(claim)) != bool(_NEGATION.search(best_line))
    return _Candidate(fact, sim, coverage, not missing, missing, contradiction, negation_differs, best_line)


@dataclass
class _Context:
    kb: KnowledgeBase
    scope: set[str]
    names: list[str]
    banned: list[str]


def _bare(ctx: _Context, text: str) -> str:
    return " ".join(_names(ctx.kb).strip(text).split()) or text


def _candidates(ctx: _Context, claim: str) -> list[_Candidate]:
    named_here = _names(ctx.kb).find(claim)
    scope = named_here or ctx.scope
    # what reviewers say supports claims about reviews, never a product spec ("it is waterproof")
    about_reviews = _REVIEW_CLAIM.search(claim) is not None
    facts: dict[str, Fact] = {}

    def add(found: list[Fact]) -> None:
        for f in found:
            if (about_reviews or f.source != REVIEWS_SOURCE) and (
                not scope or f.product_id is None or f.product_id in scope
            ):
                facts.setdefault(f.fact_id, f)

    for pid in sorted(scope):
        add(search_facts(ctx.kb, FactQuery(query=claim[:300], k=CANDIDATES, product_id=pid)).facts)
    # brand-wide facts (guides, category review insights) can support claims too
    add(search_facts(ctx.kb, FactQuery(query=claim[:300], k=CANDIDATES)).facts)
    if not facts:
        return []
    vecs = ctx.kb.embeddings_for(list(facts))
    # product facts are embedded without the product name (see chunking.make_chunk): compare the
    # claim without it too
    claim_vec = embed_texts([_bare(ctx, claim)])[0]
    judged = [_judge(claim, claim_vec, f, vecs.get(fid), ctx.names) for fid, f in facts.items()]
    # a list fact ("Allowed claims: ...") is far from a one-line claim as a whole: compare the claim
    # with the statement of the fact that covers it best
    refine = [c for c in judged if c.numbers_ok and c.coverage >= COVERAGE_SUPPORTED and c.line != _fact_body(c.fact)]
    if refine:
        line_vecs = embed_texts([c.line for c in refine])
        for c, v in zip(refine, line_vecs, strict=True):
            c.sim = max(c.sim, float(np.dot(claim_vec, v)))
    # among supporting facts, a single-statement fact (one feature, one spec) is the best citation
    judged.sort(key=lambda c: (not c.supported, c.supported and c.line != _fact_body(c.fact), -c.sim,
                               c.fact.fact_id))
    return judged


def _clauses(ctx: _Context, sentence: str) -> list[str]:
    """Clauses of a sentence that each carry content; short fragments join their neighbour."""
    parts = [p.strip(" ,;:.!") for p in _CLAUSE.split(sentence) if p and p.strip(" ,;:.!")]
    out: list[str] = []
    for part in parts:
        if out and len(_content_tokens(part, ctx.names)) < 2:
            out[-1] = f"{out[-1]} {part}"
        elif not out or len(_content_tokens(out[-1], ctx.names)) >= 2:
            out.append(part)
        else:
            out[-1] = f"{out[-1]} {part}"
    return out if len(out) > 1 else [sentence]


@dataclass
class _Verdict:
    supported: bool
    fact_id: str | None
    score: float
    reason: str


def _check_clause(ctx: _Context, clause: str) -> _Verdict:
    cands = _candidates(ctx, clause)
    if not cands:
        return _Verdict(False, None, 0.0, "the knowledge base has no facts to check it against")
    best = cands[0]
    fid = best.fact.fact_id
    if best.supported:
        how = (f"similarity {best.sim:.2f}" if best.sim >= SIM_SUPPORTED
               else f"{best.coverage:.0%} of its key terms, similarity {best.sim:.2f}")
        return _Verdict(True, fid, best.sim, f"[{fid}] ({how})")
    best = max(cands, key=lambda c: (c.sim + c.coverage, c.fact.fact_id))
    fid = best.fact.fact_id
    if best.contradiction:
        reason = f"contradicted by [{fid}], which says '{best.contradiction}'"
    elif not best.numbers_ok and (best.sim >= SIM_FLOOR or best.coverage >= 0.5):
        reason = (f"the number(s) {', '.join(best.missing_numbers)} do not appear in the closest fact "
                  f"[{fid}]: '{_fact_body(best.fact)[:80]}'")
    else:
        reason = (f"no stored fact supports it; the closest is [{fid}] (similarity {best.sim:.2f}, "
                  f"{best.coverage:.0%} of key terms)")
    return _Verdict(False, fid, best.sim, reason)


def _check_one(ctx: _Context, claim: str) -> ClaimCheck:
    low = claim.lower()
    banned = [p for p in ctx.banned if re.search(r"(?<!\w)" + re.escape(p.lower()) + r"(?!\w)", low)]
    if banned:
        return ClaimCheck(claim=claim, supported=False, fact_ids=[], best_score=0.0,
                          reason=f"uses the banned phrase '{banned[0]}' (brand voice / compliance guides).")
    clauses = _clauses(ctx, claim)
    verdicts = [_check_clause(ctx, c) for c in clauses]
    if all(v.supported for v in verdicts):
        ids = list(dict.fromkeys(v.fact_id for v in verdicts if v.fact_id))
        reason = ("supported by " + verdicts[0].reason if len(verdicts) == 1
                  else f"each of its {len(verdicts)} parts is supported: " + "; ".join(v.reason for v in verdicts))
        return ClaimCheck(claim=claim, supported=True, fact_ids=ids,
                          best_score=round(min(v.score for v in verdicts), 4), reason=reason + ".")
    i, bad = next((i, v) for i, v in enumerate(verdicts) if not v.supported)
    prefix = f"'{clauses[i]}': " if len(clauses) > 1 else ""
    return ClaimCheck(claim=claim, supported=False, fact_ids=[bad.fact_id] if bad.fact_id else [],
                      best_score=round(bad.score, 4), reason=prefix + bad.reason + ".")


def check_claims_in(kb: KnowledgeBase, text: str, product_ids: list[str] | None = None,
                    workspace: Workspace | None = None) -> ClaimReport:
    """:func:`check_claims` over an explicit knowledge base."""
    names_index = _names(kb)
    scope = {p.upper() for p in product_ids} if product_ids else names_index.find(text)
    names = sorted({n for n, ids in names_index.names.items() if ids & scope}
                   | {n for n in names_index.names if n in text.lower()}, key=len, reverse=True)
    voice = load_brand_voice(workspace)
    rules = load_compliance(workspace)
    banned = sorted({*voice.banned_phrases, *rules.banned_claims}, key=len, reverse=True)
    ctx = _Context(kb, scope, names, banned)
    checks = [_check_one(ctx, c) for c in split_claims(text)]
    return ClaimReport(claims=checks, all_supported=all(c.supported for c in checks))


def check_claims(deps: Deps, text: str, product_ids: list[str] | None = None) -> ClaimReport:
    """Split marketing copy into claims and check each against the stored product facts.

    Returns every claim with ``supported`` and the supporting fact ids (or, when unsupported, the
    closest candidate and the reason: no matching fact, a number that differs from the fact, a fact
    that says the opposite, or a banned phrase). ``product_ids`` restricts support to facts about
    those products (default: the products the copy names). Greetings, questions, calls to action
    and opt-out lines are not claims. Deterministic: same copy and store, same report.
    """
    return check_claims_in(deps.knowledge, text, product_ids, deps.workspace)
