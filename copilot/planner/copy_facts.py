"""Facts as copy: a product fact's sentence, its label line, review proof, and the A/B hypothesis.

Split from :mod:`copilot.planner.copywriter` (both copy strategies use them: the constrained one builds
its claim sentences from :func:`fact_sentence`, the rich one shows the model the same lines to cite).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from copilot.planner.copy_grammar import agree, plural_name
from copilot.planner.plan_schema import ABTest, CampaignPlan, FactRef
from copilot.planner.zh import zh_fact_phrase, zh_review_proof
from copilot.textfit import clip

_FACT = re.compile(
    r"^(?P<name>.+?)\s*\((?P<pid>[A-Za-z0-9_-]+)\)(?:\s+reviews)?\s*›\s*(?P<section>[^:]+):\s*(?P<body>.+)$",
    re.S,
)
_PRICE = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d+)?")
#: Review themes ("Reviewers mention 'runs small' in 69 of 402 reviews, mixed: ...") inform the plan but
#: are no copy: they quote complaints as often as praise.
_REVIEW_THEME = re.compile(r"\breviews\s*›\s*Theme\b", re.IGNORECASE)
#: Sections whose body starts with a label that repeats the section ("Product type: ...",
#: "Size and fit: ..."); a specification's label ("Weight: 310 g") is the claim and stays.
_LABELLED = {"overview", "sizing", "care"}
_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}:\s+")


def phrase_of(fact: FactRef) -> str | None:
    """The fact's copy-ready predicate: the stored (or brand) phrasing, else one made from its text."""
    from copilot.knowledge.phrasing import phrase_fact

    return fact.phrasing or phrase_fact(fact.text)


def fact_name(fact: FactRef) -> str:
    m = _FACT.match(" ".join(fact.text.split()))
    return m.group("name").strip() if m else ""


def fact_sentence(fact: FactRef) -> str:
    """A fact as a sentence of copy: ``The Glacier Trail GTX has a wide toe box.`` from its phrasing
    (:mod:`copilot.knowledge.phrasing`); a fact without one is shown as its label line."""
    phrase, name = phrase_of(fact), fact_name(fact)
    if phrase and name:  # a plural name takes a plural verb ("The Switchback Trek Poles 3 fold …")
        return f"The {name} {agree(phrase, plural_name(name))}."
    return label_line(fact)


def label_line(fact: FactRef) -> str:
    """A fact as a label line, word for word from its text: ``Glacier Trail GTX: wide toe box.``

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
        if section in _LABELLED:  # "Product type: a trail shoe" -> "a trail shoe"
            body = _LABEL.sub("", body)
        body = re.sub(r"\s*\([^)]*\)", "", body)  # "(category: ...)", "(47%)"
    body = body.rstrip(". ")
    return f"{name}: {body}."


_RATING = re.compile(r"\breviews\s*›\s*Rating summary\b", re.IGNORECASE)

_FUNCTION_WORDS = frozenset(
    "a an the and or for of to with in on at by it its is are has have your you".split()  # noqa: SIM905
)


def _word_pairs(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"[a-z][a-z'-]*", text.lower())
    return {(a, b) for a, b in itertools.pairwise(words) if not {a, b} & _FUNCTION_WORDS}


def says_tested(piece: str, proof: str, detail: Sequence[FactRef], *, zh: bool) -> bool:
    """True when a piece of the model's (shared by both arms) repeats the wording of arm A's ``proof``
    or of arm B's ``detail`` fact: four Han characters in a row (Chinese), two words in a row that are
    not function words (English). "选购一个旅行锁定模式的头灯吧。" put B's detail (带旅行锁定模式) into arm A too,
    and the arms no longer differed in the proof only."""
    from copilot.planner.lint_wording import han_grams

    texts = [proof] if proof else []
    for f in detail:
        rendered = zh_fact_phrase(f.text) if zh else None
        texts.append(rendered[0] if rendered else (phrase_of(f) or ""))
    if zh:
        return bool(han_grams(piece) & han_grams(" ".join(texts)))
    return bool(_word_pairs(piece) & set().union(*(_word_pairs(t) for t in texts)))


def proof_options(facts: Sequence[FactRef], language: str = "en") -> dict[str, list[tuple[str, str]]]:
    """Social proof per product, best first, ``[(fact_id, sentence), ...]``: in English the review-insight
    themes customers praise, quoted and counted (``“Kept me warm on frosty nights,” says one of 212
    reviewers.``, :func:`copilot.knowledge.phrasing.theme_proof`; most mentioned first), then the rating
    summary (``Rated 4.3 of 5 stars in 760 reviews.``; Chinese: ``已有 760 条评价，平均 4.3 星（满分 5 星）。``) where
    the product has 20+ reviews averaging 4.0 stars or more."""
    from copilot.knowledge.phrasing import review_proof, theme_proof

    themes: dict[str, list[tuple[int, str, str]]] = {}
    ratings: dict[str, tuple[str, str]] = {}
    for f in facts:
        if not f.product_id:
            continue
        if language == "zh":
            zh = zh_review_proof(f.text)
            if zh and f.product_id not in ratings:
                ratings[f.product_id] = (f.fact_id, zh)
            continue
        theme = theme_proof(f.text)
        if theme:
            themes.setdefault(f.product_id, []).append((theme[2], f.fact_id, theme[1]))
        got = review_proof(f.text)
        if got and f.product_id not in ratings:
            ratings[f.product_id] = (f.fact_id, got[1][:1].upper() + got[1][1:] + ".")
    out: dict[str, list[tuple[str, str]]] = {}
    for pid in dict.fromkeys([*themes, *ratings]):
        ranked = [(fid, sentence) for _, fid, sentence in sorted(themes.get(pid, []), key=lambda t: -t[0])]
        out[pid] = ranked + ([ratings[pid]] if pid in ratings else [])
    return out


def review_proofs(facts: Sequence[FactRef], language: str = "en") -> dict[str, tuple[str, str]]:
    """The best social proof per product (the first of :func:`proof_options`)."""
    return {pid: options[0] for pid, options in proof_options(facts, language).items()}


def proof_kind(proofs: dict[str, tuple[str, str]], product_ids: Sequence[str]) -> str:
    """What the featured products' social proof is: "review insight" (a praised theme, quoted),
    "review rating", or "" (none)."""
    got = [proofs[p][1] for p in product_ids if p in proofs]
    if not got:
        return ""
    return "review insight" if any("reviewers." in s for s in got) else "review rating"


#: The A/B tests copy can run, by the element that differs (the proof test by the kind of proof).
AB_TESTS: dict[str, ABTest] = {
    "offer": ABTest(
        hypothesis="The offer lifts orders enough to pay for the discount.",
        element="offer",
        variant_a="with the offer",
        variant_b="without the offer",
        metric="orders per recipient and revenue per recipient (net of the discount)",
    ),
    "review insight": ABTest(
        hypothesis="What customers praise in their reviews persuades more than one more product detail.",
        element="proof",
        variant_a="social proof from review insights",
        variant_b="product detail",
        metric="click-through rate, then orders per recipient",
    ),
    "review rating": ABTest(
        hypothesis="Customers' ratings persuade more than one more product detail.",
        element="proof",
        variant_a="social proof (review rating)",
        variant_b="product detail",
        metric="click-through rate, then orders per recipient",
    ),
    "hook": ABTest(
        hypothesis="A benefit-led opening earns more clicks than an urgency-led one.",
        element="hook",
        variant_a="benefit-led opening",
        variant_b="urgency-led opening",
        metric="click-through rate, then orders per recipient",
    ),
}


def ab_test_for(kind: str, sized: ABTest | None = None) -> ABTest:
    """The test of ``kind`` (a key of :data:`AB_TESTS`), keeping the sample sizes of ``sized``."""
    test = AB_TESTS[kind]
    if sized is not None:
        test = test.model_copy(update={"sample_per_arm": sized.sample_per_arm, "mde_note": sized.mde_note})
    return test


def offer_asked(plan: CampaignPlan) -> bool:
    """True when the brief itself names the offer ("15% off with code LAYERUP", 满300减40): every recipient gets it,
    so the default A/B test never withholds it from half of them (a brief that asks to test the offer says so)."""
    b = plan.brief
    return bool(b.offer or b.discount_pct) or (b.reading is not None and b.reading.offer is not None)


def design_ab_test(plan: CampaignPlan, *, has_offer: bool, has_proof: bool | str) -> ABTest:
    """The one hypothesis the A/B variants test, with its metric and the sample per arm.

    With an offer of the plan's own choosing: with vs without it (does the discount pay for itself?); an offer the
    brief asks for is never withheld. Else, with review proof for
    the featured product (``has_proof``: its kind, :func:`proof_kind`): social proof from review insights
    (or the rating) vs product detail. Else: a benefit vs an urgency opening.
    """
    from statistics import NormalDist

    per_arm = {c.channel: int(c.audience.value // 2) for c in plan.channels}
    testable_offer = has_offer and not offer_asked(plan)  # an offer the brief asks for goes to everyone
    kind = "offer" if testable_offer else "hook"
    if not testable_offer and has_proof:
        kind = has_proof if isinstance(has_proof, str) else "review rating"
    test = ab_test_for(kind)
    notes = []
    z = NormalDist().inv_cdf(0.975) + NormalDist().inv_cdf(0.8)
    for c in plan.channels:
        n = per_arm.get(c.channel, 0)
        p = float(c.conversion_rate.value)
        if n > 0 and 0 < p < 1:
            mde = z * (2 * p * (1 - p) / n) ** 0.5
            notes.append(f"{c.channel}: {n:,} per arm detects {p:.1%} vs {p + mde:.1%}")
    mde_note = "Smallest detectable difference in orders per recipient (alpha 0.05, power 0.8): " + "; ".join(
        notes
    )
    return test.model_copy(update={"sample_per_arm": per_arm, "mde_note": clip(mde_note, 300)})
