"""Collaborative filtering on implicit feedback: ALS (``implicit``) with item-item cosine as the
fallback and most-popular as the baseline. Used by training, the recommend tool and the benchmark.

Scoring is done here with numpy/scipy on the saved factors and similarity matrix, so answering a
query needs no ``implicit`` model object and never touches its thread pool.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from copilot.tools.stats import ndcg_at_k, recall_at_k

log = logging.getLogger(__name__)

Method = Literal["als", "item_cosine", "popular"]


@dataclass(frozen=True)
class CFParams:
    factors: int = 48
    regularization: float = 0.05
    alpha: float = 10.0
    iterations: int = 15
    random_state: int = 42
    threads: int = 2
    cosine_k: int = 50


@dataclass
class CFModel:
    """A fitted recommender over a fixed user x item index."""

    method: Method
    popularity: npt.NDArray[np.float32]  # per item: number of users who interacted
    user_factors: npt.NDArray[np.float32] | None = None
    item_factors: npt.NDArray[np.float32] | None = None
    similarity: sp.csr_matrix | None = None

    def scores(self, user_row: sp.csr_matrix | None, user_index: int | None,
               method: Method | None = None) -> npt.NDArray[np.float64]:
        """Scores of every item for one user (``user_row``: 1 x items confidence row)."""
        m = method or self.method
        if m == "als" and self.user_factors is not None and self.item_factors is not None and user_index is not None:
            return np.asarray(self.item_factors @ self.user_factors[user_index], dtype=np.float64)
        if m == "item_cosine" and self.similarity is not None and user_row is not None and user_row.nnz:
            return np.asarray((user_row @ self.similarity).toarray()).ravel().astype(np.float64)
        return self.popularity.astype(np.float64) / max(1.0, float(self.popularity.max()))

    def audience_scores(self, rows: sp.csr_matrix, user_indices: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Mean item scores over a group of users (for segment recommendations)."""
        if self.method == "als" and self.user_factors is not None and self.item_factors is not None:
            centroid = self.user_factors[user_indices].mean(axis=0)
            return np.asarray(self.item_factors @ centroid, dtype=np.float64)
        if self.method == "item_cosine" and self.similarity is not None and rows.nnz:
            summed = sp.csr_matrix(rows.sum(axis=0))
            return np.asarray((summed @ self.similarity).toarray()).ravel() / max(1, rows.shape[0])
        return self.popularity.astype(np.float64)

    def because(self, item: int, bought: npt.NDArray[np.int64]) -> int | None:
        """The already-bought item that most explains recommending ``item``."""
        if bought.size == 0:
            return None
        if self.method == "als" and self.item_factors is not None:
            v = self.item_factors
            num = v[bought] @ v[item]
            den = np.linalg.norm(v[bought], axis=1) * np.linalg.norm(v[item]) + 1e-12
            return int(bought[int(np.argmax(num / den))])
        if self.similarity is not None:
            sims = np.asarray(self.similarity[bought][:, [item]].toarray()).ravel()
            if sims.max() > 0:
                return int(bought[int(np.argmax(sims))])
        return None


def confidence_matrix(user_idx: npt.ArrayLike, item_idx: npt.ArrayLike, counts: npt.ArrayLike,
                      n_users: int, n_items: int) -> sp.csr_matrix:
    """Users x items confidence ``1 + log(count)`` (repeat purchases count, with diminishing returns)."""
    values = 1.0 + np.log(np.maximum(np.asarray(counts, dtype=np.float64), 1.0))
    m = sp.csr_matrix((values.astype(np.float32), (np.asarray(user_idx), np.asarray(item_idx))),
                      shape=(n_users, n_items))
    m.sum_duplicates()
    return m


def popularity(matrix: sp.csr_matrix) -> npt.NDArray[np.float32]:
    return np.asarray((matrix > 0).sum(axis=0), dtype=np.float32).ravel()


def fit_als(matrix: sp.csr_matrix, params: CFParams) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Fit ALS on a users x items confidence matrix; returns (user_factors, item_factors)."""
    from implicit.cpu.als import AlternatingLeastSquares

    with threadpool_limits(1, "blas"):
        model = AlternatingLeastSquares(
            factors=params.factors, regularization=params.regularization, alpha=params.alpha,
            iterations=params.iterations, random_state=params.random_state, num_threads=params.threads,
        )
        model.fit(matrix.tocsr().astype(np.float32), show_progress=False)
    return np.asarray(model.user_factors, dtype=np.float32), np.asarray(model.item_factors, dtype=np.float32)


def fit_cosine(matrix: sp.csr_matrix, params: CFParams) -> sp.csr_matrix:
    """Fit implicit's item-item cosine recommender; returns the items x items similarity."""
    from implicit.nearest_neighbours import CosineRecommender
    from implicit.utils import ParameterWarning

    with threadpool_limits(1, "blas"), warnings.catch_warnings():
        # implicit converts its own normalised matrix to CSR internally and warns about it
        warnings.simplefilter("ignore", ParameterWarning)
        model = CosineRecommender(K=params.cosine_k, num_threads=params.threads)
        model.fit(matrix.tocsr().astype(np.float32), show_progress=False)
    sim: sp.csr_matrix = sp.csr_matrix(model.similarity, dtype=np.float32)
    sim.setdiag(0)
    sim.eliminate_zeros()
    return sim


def fit(matrix: sp.csr_matrix, method: Method, params: CFParams | None = None) -> CFModel:
    params = params or CFParams()
    pop = popularity(matrix)
    if method == "als":
        uf, itf = fit_als(matrix, params)
        return CFModel("als", pop, user_factors=uf, item_factors=itf, similarity=fit_cosine(matrix, params))
    if method == "item_cosine":
        return CFModel("item_cosine", pop, similarity=fit_cosine(matrix, params))
    return CFModel("popular", pop)


def is_tiny(matrix: sp.csr_matrix) -> bool:
    n_users, n_items = matrix.shape
    return n_users < 50 or n_items < 10 or matrix.nnz < 200


def split_per_user(matrix: sp.csr_matrix, test_share: float = 0.25, seed: int = 42,
                   min_items: int = 2) -> tuple[sp.csr_matrix, dict[int, set[int]]]:
    """Random per-user split (Microsoft Recommenders' protocol): ``test_share`` of each user's items
    (users with at least ``min_items``) move to the test set. Returns (train matrix, test items)."""
    rng = np.random.default_rng(seed)
    m = matrix.tocsr().copy()
    test: dict[int, set[int]] = {}
    rows, cols, vals = [], [], []
    for u in range(m.shape[0]):
        start, end = m.indptr[u], m.indptr[u + 1]
        items = m.indices[start:end]
        data = m.data[start:end]
        keep = np.ones(items.size, dtype=bool)
        if items.size >= min_items:
            n_test = max(1, round(test_share * items.size))
            pick = rng.choice(items.size, size=n_test, replace=False)
            keep[pick] = False
            test[u] = {int(i) for i in items[pick]}
        rows.append(np.full(int(keep.sum()), u))
        cols.append(items[keep])
        vals.append(data[keep])
    train = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=m.shape)
    return train, test


def evaluate(model: CFModel, train: sp.csr_matrix, test: dict[int, set[int]], k: int = 10,
             method: Method | None = None, max_users: int = 5000, seed: int = 0) -> dict[str, float]:
    """Mean nDCG@k and Recall@k over test users, ranking only items unseen in training."""
    users = np.array(sorted(test), dtype=np.int64)
    if users.size > max_users:
        users = np.sort(np.random.default_rng(seed).choice(users, size=max_users, replace=False))
    ndcg, rec = [], []
    for u in users:
        row = train[int(u)]
        s = model.scores(row, int(u), method)
        s[row.indices] = -np.inf
        top = np.argpartition(-s, min(k, s.size - 1))[:k]
        top = top[np.argsort(-s[top], kind="stable")]
        ranked = [int(i) for i in top]
        ndcg.append(ndcg_at_k(ranked, test[int(u)], k))
        rec.append(recall_at_k(ranked, test[int(u)], k))
    return {f"ndcg@{k}": float(np.mean(ndcg)) if ndcg else 0.0,
            f"recall@{k}": float(np.mean(rec)) if rec else 0.0,
            "users": float(users.size)}


#: The method choice (split, fit, evaluate) runs on at most this many users, drawn at random;
#: the chosen method is then fitted on every user. Bounds the choice's cost (two extra fits and a
#: per-user split) at large customer counts; below the cap nothing changes.
MAX_CHOICE_USERS = 50_000


def choice_sample(matrix: sp.csr_matrix, max_users: int = MAX_CHOICE_USERS, seed: int = 7) -> sp.csr_matrix:
    """The rows of up to ``max_users`` users (random, order kept) -- the whole matrix when smaller."""
    m = matrix.tocsr()
    if m.shape[0] <= max_users:
        return m
    rows = np.sort(np.random.default_rng(seed).choice(m.shape[0], size=max_users, replace=False))
    sample: sp.csr_matrix = m[rows]
    return sample


def choose_and_fit(matrix: sp.csr_matrix, params: CFParams | None = None) -> tuple[CFModel, dict[str, float], str]:
    """Evaluate ALS, item cosine and popularity on a per-user split (of at most
    :data:`MAX_CHOICE_USERS` sampled users), then fit the chosen method on all data. ALS is
    preferred; item cosine is the fallback when the data is tiny, ALS fails, or ALS ranks clearly
    worse (nDCG@10 more than 0.01 below cosine) on the split.
    Returns (model, metrics, reason)."""
    params = params or CFParams()
    metrics: dict[str, float] = {}
    if matrix.shape[1] < 2:
        return fit(matrix, "popular", params), metrics, "best sellers: the catalogue has a single product"
    if matrix.nnz == 0 or matrix.shape[0] < 2:
        return fit(matrix, "popular", params), metrics, "best sellers: too few customers with purchases to personalise"
    if is_tiny(matrix):
        return fit(matrix, "item_cosine", params), metrics, "item cosine: too little data for ALS"
    train, test = split_per_user(choice_sample(matrix))
    cos = fit(train, "item_cosine", params)
    for name, res in (("item_cosine", evaluate(cos, train, test, method="item_cosine")),
                      ("popular", evaluate(cos, train, test, method="popular"))):
        metrics[f"{name}_ndcg@10"] = res["ndcg@10"]
        metrics[f"{name}_recall@10"] = res["recall@10"]
    try:
        als = fit(train, "als", params)
    except Exception as exc:  # a numerical failure in ALS must not stop training: fall back
        log.warning("ALS failed (%s); using item cosine", exc)
        return fit(matrix, "item_cosine", params), metrics, f"item cosine: ALS failed ({exc})"
    res = evaluate(als, train, test, method="als")
    metrics["als_ndcg@10"] = res["ndcg@10"]
    metrics["als_recall@10"] = res["recall@10"]
    if metrics["als_ndcg@10"] < metrics["item_cosine_ndcg@10"] - 0.01:
        return fit(matrix, "item_cosine", params), metrics, "item cosine: ranked better than ALS on holdout"
    return fit(matrix, "als", params), metrics, "ALS"
