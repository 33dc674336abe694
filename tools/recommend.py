"""recommend_products: collaborative-filtering recommendations for one customer or an audience."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.audience import audience_filter, resolve_customer, vocabulary
from copilot.tools.buy_again import PRIOR, BlendPolicy, RepeatContext, blend, buy_again_for_list
from copilot.tools.cf import CFModel, Method
from copilot.tools.features import ANY_CATEGORY
from copilot.tools.schemas import AudienceCriteria, Recommendations, RecommendedProduct, RecommendQuery

HISTORY_ITEMS = 5


@dataclass
class _Loaded:
    model: CFModel
    interactions: sp.csr_matrix
    last_day: sp.csr_matrix
    items: pd.DataFrame  # item_index order: product_id, name, category, price
    version: str
    as_of_day: int  # days since 1970-01-01 of the data's as-of date (last_day holds last purchase day + 1)
    repurchase: dict[str, dict[str, Any]]  # category -> repeat_rate, interval_days, repeats
    policy: BlendPolicy = field(default_factory=BlendPolicy)  # the buy-again / discover mix learnt at training

    def repeat_context(self) -> RepeatContext:
        return RepeatContext(categories=self.items["category"].astype(str).to_numpy(), repurchase=self.repurchase,
                             as_of_day=self.as_of_day, policy=self.policy)


def _load(deps: Deps) -> _Loaded:
    store = deps.artifacts
    art = store.load("recommender")

    def compute() -> _Loaded:
        items = pd.read_parquet(art.file("items.parquet"))
        with store.query() as q:
            prods = q.execute("SELECT product_id, name, category, price FROM products").df()
        items = items.merge(prods, on="product_id", how="left").sort_values("item_index").reset_index(drop=True)
        return _Loaded(model=art.obj("model"), interactions=sp.load_npz(art.file("interactions.npz")).tocsr(),
                       last_day=sp.load_npz(art.file("last_day.npz")).tocsr(), items=items, version=art.version,
                       as_of_day=(art.as_of - date(1970, 1, 1)).days,
                       repurchase=dict(art.meta.get("repurchase") or {}),
                       policy=BlendPolicy.model_validate(art.meta["blend"]) if art.meta.get("blend") else PRIOR)

    return store.memo(f"recommender:{art.version}", compute)


def _top(scores: npt.NDArray[np.float64], exclude: npt.NDArray[np.int64], allowed: npt.NDArray[np.bool_],
         k: int) -> list[int]:
    s = scores.astype(np.float64).copy()
    s[~allowed] = -np.inf
    if exclude.size:
        s[exclude] = -np.inf
    finite = int(np.isfinite(s).sum())
    k = min(k, finite)
    if k <= 0:
        return []
    top = np.argpartition(-s, k - 1)[:k]
    return [int(i) for i in top[np.lexsort((top, -s[top]))]]


def _product(items: pd.DataFrame, i: int, score: float, reason: str,
             kind: Literal["buy_again", "discover"] = "discover") -> RecommendedProduct:
    r = items.iloc[i]
    return RecommendedProduct(product_id=str(r["product_id"]), name=str(r["name"]), category=str(r["category"]),
                              price=float(r["price"]), score=round(float(score), 4), reason=reason, kind=kind)


def recommend_products(deps: Deps, query: RecommendQuery) -> Recommendations:
    """Products to recommend, from collaborative filtering on purchase history (ALS, or item-item
    cosine similarity when that ranks better; best sellers when there is no history).

    For one customer (`customer_id`: the pseudonym 'cus_…' returned by other tools) the list blends
    "buy again" items (products they bought in categories people re-buy, once they are due by the
    category's usual re-buy interval; `include_purchased` true = any product bought, false = none)
    with "discover" items new to them ("because you bought …"); each item's `kind` says which. For an audience
    (`audience` criteria such as {"segment": "Loyal"}) the scores are aggregated over its members
    and each item says what share of them already bought it. `category` restricts the results to
    one product category. Use it for product picks in campaigns and personalised offers.
    """
    if query.customer_id and query.audience is not None and not query.audience.is_empty():
        raise ToolError("Give either customer_id or audience, not both.")
    loaded = _load(deps)
    voc = vocabulary(deps)
    items = loaded.items
    allowed = np.ones(len(items), dtype=bool)
    category = voc.category(query.category) if query.category else ANY_CATEGORY
    if category != ANY_CATEGORY:
        allowed = (items["category"] == category).to_numpy()
    model = loaded.model
    names = items["name"].astype(str).to_numpy()

    if query.customer_id:
        _cid, pseudo, uidx = resolve_customer(deps, query.customer_id)
        row = loaded.interactions[uidx]
        bought = np.asarray(row.indices, dtype=np.int64)
        recency = loaded.last_day[uidx]
        order = np.argsort(-recency.data, kind="stable")
        history = [str(names[int(recency.indices[j])]) for j in order[:HISTORY_ITEMS]]
        method: Method = model.method if bought.size else "popular"
        scores = model.scores(row, uidx, method)
        picks = _top(scores, bought, allowed, query.k)
        again, n_again = buy_again_for_list(loaded.repeat_context(), row, recency, allowed, query.include_purchased,
                                            len(picks), query.k)
        discover: list[RecommendedProduct] = []
        for i in picks:
            if method == "popular":
                reason = "a best seller (no purchase history to personalise from yet)"
            else:
                j = model.because(i, bought)
                reason = f"because you bought {names[j]}" if j is not None else "popular with similar customers"
            discover.append(_product(items, i, scores[i], reason))
        repeat = [_product(items, i, sc, why, "buy_again") for i, sc, why in again]
        out = blend(repeat, discover, n_again, query.k)
        return Recommendations(items=out, method=method, for_customer=pseudo, audience=None, audience_size=1,
                               history=history, model_version=loaded.version)

    crit = query.audience or AudienceCriteria()
    where, params = audience_filter(deps, crit)
    with deps.artifacts.query() as q:
        idx = np.array([r[0] for r in q.execute(
            f"SELECT user_index FROM cust c WHERE {where} ORDER BY user_index", params).fetchall()], dtype=np.int64)
    if idx.size == 0:
        raise ToolError(f"No customer matches {crit.describe()}; widen the criteria.")
    rows = loaded.interactions[idx]
    has_history = rows.getnnz(axis=1) > 0
    method = model.method if has_history.any() else "popular"
    scores = model.audience_scores(rows[has_history], idx[has_history]) if method != "popular" else \
        model.scores(None, None, "popular")
    bought_share = np.asarray((rows > 0).sum(axis=0), dtype=np.float64).ravel() / idx.size
    picks = _top(scores, np.zeros(0, dtype=np.int64), allowed, query.k)
    out = []
    for i in picks:
        share = bought_share[i]
        if method == "popular":
            reason = "a best seller overall (these customers have no purchase history yet)"
        elif share >= 0.005:
            reason = f"bought by {100 * share:.0f}% of similar customers" if share >= 0.01 else \
                "bought by under 1% of similar customers"
        else:
            reason = "not yet bought by these customers; scores high for shoppers like them"
        out.append(_product(items, i, scores[i], reason))
    return Recommendations(items=out, method=method, for_customer=None, audience=crit.describe(),
                           audience_size=int(idx.size), history=[], model_version=loaded.version)
