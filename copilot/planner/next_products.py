"""What past buyers of a category are offered next, when the brief promotes nothing (a win-back of tent
buyers): the categories bought most with theirs, not theirs again.

Seen (issue #12): "win back people who bought a tent in the last two years but haven't ordered in 6
months" featured two more tents, and the model's hook asked "最近你买过帐篷了吗？". Someone who owns a tent
wants what goes with it. The categories come from co-purchase: among the customers who bought the
category, the share who bought each other category over its share among all customers (the lift; demo:
tent buyers -> sleeping bags 4.6x, headlamps 2.5x). Each of the top categories gives its best product for
the audience from the recommender (ranked by lift over everyone), so the featured products are one of
each. Their category is featured again only when people buy it again: the repeat rate the recommender
learnt from the orders (:func:`copilot.tools.buy_again.repurchase_by_category`), or, with no such rates,
a category named like a consumable or wear item (:data:`REPEAT_CATEGORY_WORDS`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.tools.schemas import AudienceCriteria, Recommendations, RecommendQuery

log = logging.getLogger(__name__)

#: How many complementary categories are featured (one product of each, best first).
NEXT_CATEGORIES = 2
#: A category counts as bought with theirs from this lift (its share among their buyers / among everyone).
MIN_LIFT = 1.2

#: Categories people buy again, when the recommender stored no repeat rates to decide from: things used up
#: or worn out (a category slug containing one of these words).
REPEAT_CATEGORY_WORDS = (
    "sock", "gel", "nutrition", "fuel", "snack", "drink", "supplement", "shoe", "insole", "lace", "refill",
    "filter", "cartridge", "batter", "sunscreen", "care", "wax",
)

_COPURCHASE = """
WITH buyers AS (SELECT DISTINCT customer_id FROM custcat WHERE category = ?),
everyone AS (SELECT COUNT(DISTINCT customer_id) AS n FROM custcat),
per AS (SELECT c.category, COUNT(DISTINCT c.customer_id) AS n_all,
               COUNT(DISTINCT b.customer_id) AS n_buyers
        FROM custcat c LEFT JOIN buyers b ON b.customer_id = c.customer_id GROUP BY 1)
SELECT category, n_buyers, n_all, (SELECT COUNT(*) FROM buyers), (SELECT n FROM everyone) FROM per"""


def label(category: str) -> str:
    return category.replace("-", " ").replace("_", " ")


def _slug(category: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", category.lower()).strip("-").removesuffix("s")


def owned_category_repeats(deps: Deps, category: str) -> tuple[bool, str]:
    """Whether people buy the category again, and the basis in words."""
    from copilot.errors import CopilotError
    from copilot.tools.buy_again import REPEAT_RATE_MIN

    rates: dict[str, Any] = {}
    try:
        rates = dict(deps.artifacts.load("recommender").meta.get("repurchase") or {})
    except (CopilotError, OSError, ValueError) as exc:
        log.debug("planner: no repeat rates (%s)", exc)
    row = next((v for k, v in rates.items() if _slug(k) == _slug(category)), None)
    if isinstance(row, dict) and "repeat_rate" in row:
        said = (f"{float(row['repeat_rate']):.0%} of its buyers bought the same product again (a category is "
                f"re-bought from {REPEAT_RATE_MIN:.0%})")
        return bool(row.get("repeats")), said
    words = any(w in _slug(category) for w in REPEAT_CATEGORY_WORDS)
    return words, ("a consumable or wear item" if words else "no repeat rates in the data; judged by its name")


def complementary_categories(deps: Deps, category: str) -> list[tuple[str, float]]:
    """Other categories by co-purchase lift with ``category`` (at least :data:`MIN_LIFT`), best first."""
    from copilot.tools.audience import vocabulary

    slug = vocabulary(deps).category(category)
    with deps.artifacts.query() as q:
        rows = q.execute(_COPURCHASE, [slug]).fetchall()
    out = []
    for cat, n_buyers, n_all, buyers, everyone in rows:
        if str(cat) == slug or not buyers or not n_all:
            continue
        lift = (n_buyers / buyers) / (n_all / everyone)
        if lift >= MIN_LIFT:
            out.append((str(cat), float(lift)))
    return sorted(out, key=lambda x: -x[1])


def recommend_next(
    deps: Deps,
    criteria: AudienceCriteria,
    owned: str,
    basis: str,
    rank: Callable[[Deps, RecommendQuery, Recommendations], Recommendations],
) -> tuple[RecommendQuery, Recommendations, str] | None:
    """The audience's picks in the categories bought with ``owned`` (one of each in turn, ranked by
    ``rank``), their query and the note saying why; None when no category is bought with it."""
    from copilot.errors import CopilotError
    from copilot.tools.recommend import recommend_products
    from copilot.tools.schemas import RecommendQuery

    try:
        cats = complementary_categories(deps, owned)[:NEXT_CATEGORIES]
    except (CopilotError, OSError) as exc:
        log.warning("planner: no co-purchase categories for %s (%s)", owned, exc)
        return None
    per: list[Recommendations] = []
    for cat, _ in cats:
        rq = RecommendQuery(audience=criteria, category=cat, k=5)
        try:
            per.append(rank(deps, rq, recommend_products(deps, rq.model_copy(update={"k": 15}))))
        except CopilotError as exc:
            log.warning("planner: no recommendations in %s (%s)", cat, exc)
    per = [r for r in per if r.items]
    if not per:
        return None
    items = [r.items[i] for i in range(max(len(r.items) for r in per)) for r in per if i < len(r.items)]
    recs = per[0].model_copy(update={"items": items[:5]})
    lifts = ", ".join(f"{label(c)} {x:.1f}x" for c, x in cats if any(r.items[0].category == c for r in per))
    note = (f"Featured products: what customers who bought {label(owned)} also buy ({lifts} as often as other "
            f"customers; the recommender's pick of each for this audience), not more {label(owned)}: {basis}.")
    return RecommendQuery(audience=criteria, category=None, k=5), recs, note if len(note) <= 300 else note[:299] + "…"
