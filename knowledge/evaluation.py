"""Retrieval evaluation: questions about the demo catalogue, each with the fact(s) that answer it.

The set is generated deterministically from :func:`copilot.data.catalog.build_catalog` (template
questions over a fixed sample of products) plus hand-written paraphrases and guide questions.
Expected answers are given as *(source, section, text fragment)* and resolved to fact ids with the
same chunker the ingest uses, so the set follows the chunking policy. Metrics: recall@1, recall@5
and MRR (first relevant rank, over the top 10).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel

from copilot.data.catalog import Product, build_catalog
from copilot.knowledge.build_sources import format_price, render_product_markdown
from copilot.knowledge.chunking import Chunk, chunk_document
from copilot.knowledge.ingest import SHIPPED, SPLIT_LISTS, shipped_sources
from copilot.knowledge.schemas import FactQuery, FactResults


@dataclass(frozen=True)
class Expect:
    """A fact that answers the question: in ``source``, under ``section``, containing ``contains``."""

    source: str
    section: str
    contains: str = ""


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    expected: tuple[Expect, ...]
    kind: str = "template"
    product_id: str | None = None
    category: str | None = None  # a filter the caller passes (tool-style query), if any
    fact_ids: tuple[str, ...] = field(default=())


def _src(p: Product) -> str:
    return f"products/{p.product_id}.md"


_Template = Callable[[Product], tuple[str, Expect] | None]


def _templates() -> list[_Template]:
    def price(p: Product) -> tuple[str, Expect]:
        return f"How much does the {p.name} cost?", Expect(_src(p), "Price", format_price(p.price))

    def materials(p: Product) -> tuple[str, Expect]:
        return f"What is the {p.name} made of?", Expect(_src(p), "Materials", p.materials[0])

    def feature(p: Product) -> tuple[str, Expect]:
        f = p.features[len(p.name) % len(p.features)]
        return f"Does the {p.name} have {f}?", Expect(_src(p), "Features", f)

    def weight(p: Product) -> tuple[str, Expect] | None:
        if "weight_g" not in p.attributes:
            return None
        return f"How much does the {p.name} weigh?", Expect(_src(p), "Specifications", "Weight:")

    def care(p: Product) -> tuple[str, Expect]:
        return f"How should I wash and care for the {p.name}?", Expect(_src(p), "Care", p.care[:30])

    def warranty(p: Product) -> tuple[str, Expect]:
        return f"What warranty does the {p.name} come with?", Expect(_src(p), "Warranty", "warranty")

    def sizing(p: Product) -> tuple[str, Expect]:
        return f"What size should I order in the {p.name}?", Expect(_src(p), "Sizing", p.sizing[:25])

    def waterproof(p: Product) -> tuple[str, Expect]:
        answer = "Waterproof: yes" if p.attributes.get("waterproof") else "Rain protection: none"
        return f"Is the {p.name} waterproof?", Expect(_src(p), "Specifications", answer)

    def overview(p: Product) -> tuple[str, Expect]:
        return f"What kind of product is the {p.name}?", Expect(_src(p), "Overview", "")

    def claims(p: Product) -> tuple[str, Expect]:
        return (f"Which marketing claims are allowed for the {p.name}?",
                Expect(_src(p), "Allowed claims", ""))

    return [price, materials, feature, weight, care, warranty, sizing, waterproof, overview, claims]


def _paraphrases(cat: dict[str, Product]) -> list[tuple[str, Expect]]:
    def ex(pid: str, section: str, contains: str = "") -> Expect:
        return Expect(f"products/{pid}.md", section, contains)

    p = cat
    return [
        (f"what's the price tag on the {p['P1001'].name}", ex("P1001", "Price", format_price(p["P1001"].price))),
        (f"how heavy is the {p['P1002'].name.lower()}", ex("P1002", "Specifications", "Weight:")),
        (f"{p['P1002'].name}: will my feet stay dry in it?", ex("P1002", "Features", "waterproof membrane")),
        (f"can I throw the {p['P1101'].name} in the washing machine", ex("P1101", "Care", "Machine wash")),
        (f"is the {p['P1102'].name} warm for how light it is", ex("P1102", "Features", "warm for its weight")),
        (f"{p['P1102'].name} fill power", ex("P1102", "Specifications", "fill")),
        (f"how many years of warranty on the {p['P1060'].name}", ex("P1060", "Warranty", "2-year")),
        (f"should I size up in the {p['P1060'].name} boots", ex("P1060", "Sizing", "half a size")),
        (f"what fabric is the {p['P1003'].name} upper", ex("P1003", "Materials", "mesh upper")),
        (f"what's the drop on the {p['P1003'].name}", ex("P1003", "Specifications", "drop")),
        (f"Tell me the list price of {p['P1150'].name}", ex("P1150", "Price", format_price(p["P1150"].price))),
        (f"{p['P1200'].name} how do I look after it", ex("P1200", "Care", "")),
        (f"does {p['P1245'].name} come with a warranty", ex("P1245", "Warranty", "warranty")),
        (f"what is {p['P1280'].name} made from", ex("P1280", "Materials", "")),
        (f"what can our ads say about the {p['P1290'].name}", ex("P1290", "Allowed claims", "")),
        (f"{p['P1080'].name.lower()} waterproof rating in mm", ex("P1080", "Specifications", "Waterproof rating")),
        (f"how many litres does the {p['P1200'].name} hold", ex("P1200", "Specifications", "Volume")),
        (f"how bright is the {p['P1220'].name}", ex("P1220", "Specifications", "brightness")),
        (f"how many people fit in the {p['P1240'].name}", ex("P1240", "Specifications", "Sleeps")),
        (f"temperature rating of the {p['P1250'].name}", ex("P1250", "Specifications", "Temperature")),
        (f"how long do the {p['P1260'].name} adjust", ex("P1260", "Sizing", "Adjustable")),
    ]


_GUIDES: list[tuple[str, Expect]] = [
    ("How must every SMS end?", Expect("compliance.md", "SMS (text message) requirements", "Reply STOP")),
    ("What are the quiet hours for text messages?",
     Expect("compliance.md", "SMS (text message) requirements", "quiet hours")),
    ("What does a marketing email legally need to include?",
     Expect("compliance.md", "Email requirements", "must include")),
    ("Which phrases are banned in our copy?", Expect("brand_voice.md", "Banned phrases", "")),
    ("What tone of voice should copy use?", Expect("brand_voice.md", "Tone", "")),
    ("Can we make medical or health claims?", Expect("compliance.md", "Claim rules", "medical")),
    ("Do we need consent before sending push notifications?",
     Expect("compliance.md", "Push requirements", "permission")),
    ("Which unsubscribe line goes in our emails?", Expect("compliance.md", "Email requirements", "Unsubscribe line")),
    ("Can we say a product is the cheapest?", Expect("compliance.md", "Claim rules", "superlatives")),
    ("Which words should we avoid in copy?", Expect("brand_voice.md", "Words to avoid", "")),
]

_CATEGORY_FEATURES: list[tuple[str, str, str]] = [
    ("waterproof trail shoe", "trail-running-shoes", "waterproof membrane"),
    ("waterproof hiking boots", "hiking-boots", "waterproof membrane"),
    ("trail shoes that grip on wet rock", "trail-running-shoes", "grips on wet rock"),
    ("rain jacket with pit zips", "rain-jackets", "pit zips"),
    ("headlamp with a red light mode", "headlamps", "red light mode"),
    ("backpack with a rain cover included", "backpacks", "rain cover included"),
    ("socks with a seamless toe", "socks", "seamless toe"),
    ("freestanding tent", "tents", "freestanding design"),
    ("trekking poles that fold small", "trekking-poles", "fold to 38 cm"),
]

SAMPLE_EVERY = 4  # template questions for every 4th product


def build_eval_set() -> list[EvalQuestion]:
    """The evaluation questions (deterministic)."""
    catalog = build_catalog()
    by_id = {p.product_id: p for p in catalog}
    templates = _templates()
    out: list[EvalQuestion] = []
    for i, p in enumerate(catalog[::SAMPLE_EVERY]):
        for j in (0, 1):
            made = None
            for shift in range(len(templates)):
                made = templates[(2 * i + j * 5 + shift) % len(templates)](p)
                if made is not None:
                    break
            if made is not None:
                out.append(EvalQuestion(made[0], (made[1],), "template", p.product_id))
    for q, e in _paraphrases(by_id):
        out.append(EvalQuestion(q, (e,), "paraphrase", e.source.split("/")[1].removesuffix(".md")))
    for q, e in _GUIDES:
        out.append(EvalQuestion(q, (e,), "guide"))
    for q, category, feat in _CATEGORY_FEATURES:
        hits = [p for p in catalog if p.category == category and any(feat in f for f in p.features)]
        exp = tuple(Expect(_src(p), "Features", feat) for p in hits)
        if feat.startswith("waterproof"):  # the spec line answers it too
            exp += tuple(Expect(_src(p), "Specifications", "Waterproof: yes") for p in hits)
        out.append(EvalQuestion(q, exp, "category"))
    return resolve(out)


def _shipped_chunks() -> dict[str, list[Chunk]]:
    return {s.key: s.load() for s in shipped_sources()}


def resolve(questions: list[EvalQuestion], chunks_by_source: dict[str, list[Chunk]] | None = None,
            ) -> list[EvalQuestion]:
    """Fill in each question's expected fact ids from the chunker's output."""
    chunks_by_source = chunks_by_source or _shipped_chunks()
    resolved = []
    for q in questions:
        ids: list[str] = []
        for e in q.expected:
            for c in chunks_by_source.get(e.source, []):
                if c.section == e.section and e.contains.lower() in c.text.lower():
                    ids.append(c.chunk_id)
        if not ids:
            raise ValueError(f"no fact answers {q.question!r} (expected {q.expected})")
        resolved.append(EvalQuestion(q.question, q.expected, q.kind, q.product_id, q.category, tuple(ids)))
    return resolved


def product_chunks(p: Product) -> list[Chunk]:
    """The chunks of one product document (as ingested), e.g. for benchmarks."""
    return chunk_document(render_product_markdown(p), _src(p), ".md", kind=SHIPPED, split_lists=SPLIT_LISTS)


class EvalMetrics(BaseModel):
    questions: int
    recall_at_1: float
    recall_at_5: float
    mrr: float
    by_kind: dict[str, dict[str, float]]
    misses: list[str]  # questions with no relevant fact in the top 5


def evaluate(search: Callable[[FactQuery], FactResults], questions: list[EvalQuestion]) -> EvalMetrics:
    """Run every question through ``search`` (k=10) and compute recall@1, recall@5 and MRR.

    ``by_kind`` also has, per kind, ``precision_at_5`` (share of the top 5 that are expected facts)
    and ``distinct_products_at_5`` (distinct product ids among the top 5: diversity, e.g. for
    category questions such as 'waterproof trail shoe', which many products answer).
    """
    ranks: list[int | None] = []
    kinds: dict[str, list[int | None]] = {}
    top5: dict[str, list[tuple[float, float]]] = {}  # kind -> (precision@5, distinct products@5)
    misses = []
    for q in questions:
        res = search(FactQuery(query=q.question, k=10, category=q.category))
        wanted = set(q.fact_ids)
        rank = next((i + 1 for i, f in enumerate(res.facts) if f.fact_id in wanted), None)
        ranks.append(rank)
        kinds.setdefault(q.kind, []).append(rank)
        first5 = res.facts[:5]
        top5.setdefault(q.kind, []).append((
            sum(1 for f in first5 if f.fact_id in wanted) / 5,
            float(len({f.product_id for f in first5 if f.product_id})),
        ))
        if rank is None or rank > 5:
            misses.append(f"{q.question} -> rank {rank}; got {[f.fact_id for f in res.facts[:3]]}")

    def metrics(rs: list[int | None]) -> dict[str, float]:
        n = max(1, len(rs))
        return {
            "n": float(len(rs)),
            "recall_at_1": round(sum(1 for r in rs if r == 1) / n, 4),
            "recall_at_5": round(sum(1 for r in rs if r is not None and r <= 5) / n, 4),
            "mrr": round(sum(1 / r for r in rs if r is not None) / n, 4),
        }

    def at5(kind: str) -> dict[str, float]:
        rows = top5.get(kind, [])
        n = max(1, len(rows))
        return {"precision_at_5": round(sum(p for p, _ in rows) / n, 4),
                "distinct_products_at_5": round(sum(d for _, d in rows) / n, 2)}

    overall = metrics(ranks)
    return EvalMetrics(
        questions=len(questions),
        recall_at_1=overall["recall_at_1"],
        recall_at_5=overall["recall_at_5"],
        mrr=overall["mrr"],
        by_kind={k: {**metrics(v), **at5(k)} for k, v in sorted(kinds.items())},
        misses=misses,
    )


# --- claims ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClaimCase:
    """A sentence of copy about ``product_id`` and whether the catalogue supports it."""

    text: str
    product_id: str
    supported: bool
    section: str | None = None  # section of the supporting fact (supported cases)
    kind: str = ""


def build_claim_set(every: int = 10, offset: int = 0) -> list[ClaimCase]:
    """True claims built from catalogue facts and false ones (wrong numbers, foreign features,
    contradicted specs, banned phrases), for a fixed sample of products."""
    catalog = build_catalog()
    foreign = {c: [f for p in catalog if p.category != c for f in p.features] for c in {p.category for p in catalog}}
    cases: list[ClaimCase] = []
    for i, p in enumerate(catalog[offset::every]):
        f = p.features[i % len(p.features)]
        w = p.attributes.get("weight_g")
        cases += [
            ClaimCase(f"The {p.name} is built for you: {f}.", p.product_id, True, "Features", "feature"),
            ClaimCase(f"The {p.name} is yours for {format_price(p.price)}.", p.product_id, True, "Price", "price"),
            ClaimCase(f"Made with {p.materials[0]}.", p.product_id, True, "Materials", "material"),
            ClaimCase(f"The {p.name} is yours for {format_price(p.price - 20)}.", p.product_id, False,
                      kind="wrong price"),
        ]
        if w:
            cases += [
                ClaimCase(f"The {p.name} weighs just {w:,} g.", p.product_id, True, "Specifications", "weight"),
                ClaimCase(f"The {p.name} weighs only {w // 2 + 5:,} g.", p.product_id, False, kind="wrong weight"),
            ]
        if p.warranty_years >= 2:
            cases.append(ClaimCase(f"Every {p.name} comes with a {p.warranty_years}-year warranty.",
                                   p.product_id, True, "Warranty", "warranty"))
        cases.append(ClaimCase(f"Every {p.name} comes with a {p.warranty_years + 3}-year warranty.",
                               p.product_id, False, kind="wrong warranty"))
        alien = sorted(foreign[p.category])[(i * 7) % len(foreign[p.category])]
        cases.append(ClaimCase(f"The {p.name} has {alien}.", p.product_id, False, kind="foreign feature"))
        if len(p.features) > 1:
            g = p.features[(i + 1) % len(p.features)]
            cases += [
                ClaimCase(f"The {p.name}: {f}, and {g}.", p.product_id, True, "Features", "two features"),
                ClaimCase(f"The {p.name} offers {f} and {alien}.", p.product_id, False,
                          kind="true + foreign feature"),
            ]
        if not p.attributes.get("waterproof"):
            cases.append(ClaimCase(f"The {p.name} is waterproof.", p.product_id, False, kind="contradicted"))
    for pid in ("P1001", "P1080", "P1170"):
        name = next(p.name for p in catalog if p.product_id == pid)
        cases += [
            ClaimCase(f"The {name} is 100% waterproof for life.", pid, False, kind="banned"),
            ClaimCase(f"The {name} is clinically proven to prevent blisters.", pid, False, kind="banned"),
            ClaimCase(f"Our {name} will cure your knee pain.", pid, False, kind="invented"),
            ClaimCase(f"The {name} was worn by Olympic champions.", pid, False, kind="invented"),
        ]
    return cases


class ClaimMetrics(BaseModel):
    cases: int
    accuracy: float
    true_supported: float  # share of true claims marked supported
    false_rejected: float  # share of false claims marked unsupported
    right_fact: float  # share of supported true claims citing a fact from the right section
    errors: list[str]


def evaluate_claims(check: Callable[[str, list[str]], tuple[bool, list[str]]],
                    cases: list[ClaimCase], section_of: Callable[[str], str]) -> ClaimMetrics:
    """``check(text, [product_id]) -> (supported, fact_ids)``; ``section_of(fact_id)`` -> section."""
    ok = tp = tn = right = 0
    n_true = sum(c.supported for c in cases)
    errors = []
    for c in cases:
        supported, ids = check(c.text, [c.product_id])
        if supported == c.supported:
            ok += 1
            tp += supported
            tn += not supported
            if supported and ids and section_of(ids[0]) == c.section:
                right += 1
        else:
            errors.append(f"[{c.kind}] {c.text} -> {'supported' if supported else 'unsupported'} {ids[:1]}")
    return ClaimMetrics(
        cases=len(cases),
        accuracy=round(ok / max(1, len(cases)), 4),
        true_supported=round(tp / max(1, n_true), 4),
        false_rejected=round(tn / max(1, len(cases) - n_true), 4),
        right_fact=round(right / max(1, tp), 4),
        errors=errors,
    )
