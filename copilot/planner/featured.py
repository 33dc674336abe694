"""The plan's products: recommendations re-ranked by lift for the audience, the featured products
(the brief's first), their catalogue rows, and the product facts copy may cite (screened for
instruction-like text, with each product's rating and praised review themes).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from copilot.knowledge.hygiene import screen_facts
from copilot.planner.plan_schema import CampaignBrief, Evidence, EvidenceItem, FactRef

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.knowledge.schemas import Fact
    from copilot.tools.schemas import AudienceCriteria, Recommendations, RecommendQuery

log = logging.getLogger(__name__)

FEATURED_PRODUCTS = 2
FACTS_PER_PRODUCT = 4
MAX_FACTS = 8


def recommend_for(
    deps: Deps, brief: CampaignBrief, criteria: AudienceCriteria
) -> tuple[RecommendQuery, Recommendations, str | None]:
    """The query, the audience's recommendations ranked by lift over everyone, and why these products
    (a note for the plan's assumptions; None when the brief's category or products decide).

    The promoted category first. Past buyers of a category with nothing promoted (a win-back of tent
    buyers) are offered what they are likely to want next (:mod:`copilot.planner.next_products`): the
    categories bought with theirs, not theirs again -- unless people buy theirs again (socks, energy gels),
    when a win-back or retention features it; a cross-sell never does.
    """
    from copilot.planner.next_products import owned_category_repeats, recommend_next
    from copilot.tools.recommend import recommend_products
    from copilot.tools.schemas import RecommendQuery

    rec_category, note = brief.category, None
    if rec_category is None and not brief.product_ids and brief.bought_category:
        repeats, basis = owned_category_repeats(deps, brief.bought_category)
        if not repeats or brief.objective == "cross_sell":
            why = "a cross-sell offers other categories" if repeats else basis
            nxt = recommend_next(deps, criteria, brief.bought_category, why, rank_by_lift)
            if nxt is not None:
                return nxt
        else:
            rec_category = brief.bought_category
            label = rec_category.replace("-", " ")
            note = f"Featured products: {label}, what these customers bought. People buy it again: {basis}."
    rq = RecommendQuery(audience=criteria, category=rec_category, k=5)
    recs = rank_by_lift(deps, rq, recommend_products(deps, rq.model_copy(update={"k": 15})))
    return rq, recs, note


def featured_products(brief: CampaignBrief, recs: Recommendations) -> list[str]:
    """The brief's products first, then the top recommendations, :data:`FEATURED_PRODUCTS` in all."""
    featured = list(brief.product_ids)[:FEATURED_PRODUCTS]
    for item in recs.items:
        if len(featured) >= FEATURED_PRODUCTS:
            break
        if item.product_id not in featured:
            featured.append(item.product_id)
    return featured


def collect_facts(
    deps: Deps, brief: CampaignBrief, ev: Evidence, featured: list[str], risks: list[str]
) -> tuple[list[Fact], int]:
    """The featured products' facts, screened, into ``ev`` (``facts`` and the ``search_product_facts``
    item); instruction-like facts are left out and named in ``risks``. Returns the facts and the
    number of tool calls."""
    facts, refused = screen_facts(_facts(deps, featured, brief))
    calls = len(featured) or 1
    if refused:  # instruction-like "facts" never reach the copy, the prompt or the allowed numbers
        log.warning("planner: %d stored fact(s) read like instructions and were left out", len(refused))
        risks.append(
            f"{len(refused)} stored fact(s) read like instructions to a model, not product facts, and were "
            f"left out of the copy ({', '.join(f.fact_id for f, _ in refused[:3])}): review the knowledge base."
        )
    facts += [f for f in _rating_facts(deps, featured) if f.fact_id not in {x.fact_id for x in facts}]
    from copilot.knowledge.phrasing import load_phrasings

    phrasings = load_phrasings(deps.workspace)
    ev.facts = [
        FactRef(
            fact_id=f.fact_id,
            text=f.text[:1000],
            product_id=f.product_id,
            source=f.source[:200],
            phrasing=(phrasings.phrase(f.fact_id, f.text, f.phrasing) or None) if f.product_id else None,
        )
        for f in facts
    ]
    ev.items["search_product_facts"] = EvidenceItem(
        tool="search_product_facts",
        query={"product_ids": featured},
        output=[f.model_dump(mode="json") for f in facts],
        summary=f"{len(facts)} facts for {', '.join(featured) or 'the category'}",
    )
    return facts, calls


def catalog_rows(deps: Deps, product_ids: list[str], recs: Recommendations) -> dict[str, dict[str, Any]]:
    """Name, category and list price of the featured (and recommended) products, from the workspace."""
    out: dict[str, dict[str, Any]] = {
        i.product_id: {"name": i.name, "category": i.category, "price": i.price} for i in recs.items
    }
    missing = [p for p in product_ids if p not in out]
    if missing:
        with deps.workspace.connect() as con:
            rows = con.execute(
                "SELECT product_id, name, category, price FROM products WHERE product_id IN "
                f"({', '.join('?' for _ in missing)})",
                missing,
            ).fetchall()
        for pid, name, cat, price in rows:
            out[str(pid)] = {"name": str(name), "category": str(cat), "price": float(price)}
    return out


def rank_by_lift(deps: Deps, rq: Any, recs: Recommendations, k: int = 5) -> Recommendations:
    """The audience's recommendations re-ranked by lift over global popularity, so featured products
    are the ones this audience favours more than everyone does, not the store's best sellers.

    lift = (item's share of the audience's scores) / (its share of everyone's scores, same category),
    over the audience's top 15 (so every featured product is one the audience ranks high). Falls back to the tool's order when there is no
    global ranking to compare with.
    """
    from copilot.tools.recommend import recommend_products
    from copilot.tools.schemas import AudienceCriteria

    if rq.audience is None or rq.audience.model_dump(exclude_defaults=True) in ({}, {"min_frequency": 0}):
        return recs.model_copy(update={"items": recs.items[:k]})
    everyone = recommend_products(
        deps, rq.model_copy(update={"audience": AudienceCriteria(min_frequency=0), "k": 20})
    )
    total_a = sum(max(i.score, 0.0) for i in recs.items) or 1.0
    total_g = sum(max(i.score, 0.0) for i in everyone.items) or 1.0
    floor = min((max(i.score, 0.0) for i in everyone.items), default=0.0) / total_g or 1e-6
    glob = {i.product_id: max(i.score, 0.0) / total_g for i in everyone.items}

    def key(item: Any) -> float:
        share = max(item.score, 0.0) / total_a
        return -share / max(glob.get(item.product_id, floor * 0.5), 1e-9)  # lift over everyone

    ranked = sorted(recs.items, key=key)
    return recs.model_copy(update={"items": ranked[:k]})


def _rating_facts(deps: Deps, product_ids: list[str]) -> list[Fact]:
    """Each featured product's review rating summary (social proof for the copy), when stored."""
    from copilot.knowledge.retrieval import search_product_facts
    from copilot.knowledge.schemas import FactQuery

    out: list[Fact] = []
    for pid in product_ids:
        found = search_product_facts(
            deps, FactQuery(query="rating summary reviews average stars", k=5, product_id=pid)
        )
        out += [
            f for f in found.facts if f.section.lower().startswith("rating") or "› Rating summary" in f.text
        ][:1]
        # issue #13: the praised review themes too (social proof quoted from reviews, copy_facts.review_proofs)
        themes = search_product_facts(
            deps, FactQuery(query="reviewers mention mostly positive", k=8, product_id=pid)
        )
        out += [f for f in themes.facts if "› Theme" in f.text and "mostly positive" in f.text][:2]
    return out


def _facts(deps: Deps, product_ids: list[str], brief: CampaignBrief) -> list[Fact]:
    from copilot.knowledge.retrieval import search_product_facts
    from copilot.knowledge.schemas import FactQuery

    facts: list[Fact] = []
    seen: set[str] = set()
    topic = brief.goal[:200] or "key features and benefits"
    queries = [
        FactQuery(query=f"features and benefits {topic}"[:300], k=FACTS_PER_PRODUCT, product_id=pid)
        for pid in product_ids
    ]
    if not queries and brief.category:
        queries = [FactQuery(query=topic, k=MAX_FACTS, category=brief.category)]
    for q in queries:
        found = search_product_facts(deps, q)
        for f in [*found.facts, *found.withheld]:  # withheld: screened below and named in the plan's risks
            if f.fact_id not in seen:
                seen.add(f.fact_id)
                facts.append(f)
    return facts[:MAX_FACTS]
