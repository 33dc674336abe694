"""Featured products: the audience's recommendations ranked by lift over everyone's, not popularity."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.planner.evidence import rank_by_lift
from copilot.tools.schemas import AudienceCriteria, Recommendations, RecommendedProduct, RecommendQuery


def _recs(scores: dict[str, float]) -> Recommendations:
    items = [RecommendedProduct(product_id=p, name=p, category="socks", price=20.0, score=s, reason="")
             for p, s in scores.items()]
    return Recommendations(items=items, method="item_cosine", for_customer=None, audience="x",
                           audience_size=100, model_version="v1")


def test_best_sellers_give_way_to_what_the_audience_favours(monkeypatch: pytest.MonkeyPatch) -> None:
    everyone = _recs({"best": 10.0, "second": 8.0, "niche": 1.0})
    audience = _recs({"best": 10.0, "second": 6.0, "niche": 4.0})  # niche: 4x its share among everyone

    def fake(_deps: Any, _q: RecommendQuery) -> Recommendations:
        return everyone

    monkeypatch.setattr("copilot.tools.recommend.recommend_products", fake)
    q = RecommendQuery(audience=AudienceCriteria(categories_bought=["hiking-boots"]), k=5)
    ranked = rank_by_lift(None, q, audience, k=2)  # type: ignore[arg-type]
    assert [i.product_id for i in ranked.items] == ["niche", "best"]
    # for everyone there is nothing to compare with: the tool's order stands
    q_all = RecommendQuery(audience=AudienceCriteria(min_frequency=0), k=5)
    assert [i.product_id for i in rank_by_lift(None, q_all, audience, k=2).items] == ["best", "second"]  # type: ignore[arg-type]
