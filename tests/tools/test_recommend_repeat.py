"""Recommendations know repeat purchase: re-bought categories and their intervals are learnt from the
data, and a customer's list blends "buy again" with "discover", each item saying which."""

from __future__ import annotations

from pathlib import Path

from robustness import shapes

from copilot.deps import Deps
from copilot.settings import load_settings
from copilot.tools.recommend import recommend_products
from copilot.tools.schemas import RecommendQuery
from copilot.tools.training import train_all


def _repeat_buyers(deps: Deps, limit: int = 60) -> list[str]:
    with deps.artifacts.query() as q:
        return [str(r[0]) for r in q.execute(
            "SELECT pseudonym FROM cust WHERE frequency >= 4 ORDER BY pseudonym LIMIT ?", [limit]).fetchall()]


def test_re_bought_categories_are_learnt_from_the_data(deps: Deps) -> None:
    rep = deps.artifacts.load("recommender").meta["repurchase"]
    assert rep["socks"]["repeats"] and rep["socks"]["interval_days"] > 0
    assert not rep["tents"]["repeats"] and not rep["headlamps"]["repeats"]
    assert rep["socks"]["repeat_rate"] > rep["tents"]["repeat_rate"]


def test_a_customer_list_blends_buy_again_and_discover(deps: Deps) -> None:
    blended = None
    for cid in _repeat_buyers(deps):
        recs = recommend_products(deps, RecommendQuery(customer_id=cid, k=6))
        kinds = {i.kind for i in recs.items}
        if kinds == {"buy_again", "discover"}:
            blended = recs
            break
    assert blended is not None, "no repeat buyer got a blended list"
    rep = deps.artifacts.load("recommender").meta["repurchase"]
    for item in blended.items:
        if item.kind == "buy_again":
            assert rep[item.category]["repeats"] and "re-bought every" in item.reason
            assert item.name in blended.history or len(blended.history) == 5
        else:
            assert item.name not in blended.history
    # never: the old behaviour, every item new to the customer
    never = recommend_products(deps, RecommendQuery(customer_id=blended.for_customer, k=6, include_purchased=False))
    assert {i.kind for i in never.items} == {"discover"}
    # always: bought products from any category may come back
    always = recommend_products(deps, RecommendQuery(customer_id=blended.for_customer, k=6, include_purchased=True))
    kinds = [i.kind for i in always.items]
    # every product bought comes back first (new products only fill a list the customer's own purchases
    # cannot: how many that is depends on the customer the trained model picked above)
    assert kinds == sorted(kinds, key=lambda k: k != "buy_again")
    assert kinds.count("buy_again") >= sum(i.kind == "buy_again" for i in blended.items)


def test_grocery_buyers_are_mostly_offered_what_they_buy_every_week(tmp_path: Path) -> None:
    ws = shapes.grocery(tmp_path / "ws")
    deps = Deps(settings=load_settings(ws.root), workspace=ws)
    train_all(deps)
    assert deps.artifacts.load("recommender").meta["repurchase"]["grocery"]["repeats"]
    cid = _repeat_buyers(deps, 1)[0]
    recs = recommend_products(deps, RecommendQuery(customer_id=cid, k=5))
    assert sum(i.kind == "buy_again" for i in recs.items) >= 4
