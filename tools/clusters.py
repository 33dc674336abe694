"""Behavioural clusters: k-means on scaled purchase behaviour, described in words from centroids.

Features per buyer: log orders, log average order value, log days since last order,
number of categories, and the share of spend in each of the top categories. The category block
is down-weighted so that, together, the category shares weigh as much as four behaviour
features (otherwise fifteen share columns would drown frequency and value). k is chosen by
silhouette on a sample (k = 3..7). Customers without orders get no cluster.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits

BEHAVIOUR = ["log_frequency", "log_aov", "log_recency", "n_categories"]
MAX_CATEGORY_COLUMNS = 15
CATEGORY_BLOCK_WEIGHT = 4.0
#: Final k-means fit on at most this many buyers (a random sample beyond it; all are assigned).
MAX_FIT_ROWS = 200_000


@dataclass
class ClusterModel:
    scaler: StandardScaler
    kmeans: KMeans
    columns: list[str]
    weights: npt.NDArray[np.float64]
    categories: list[str]
    names: list[str]
    descriptions: list[str]
    silhouette: dict[int, float]

    def assign(self, matrix: pd.DataFrame) -> npt.NDArray[np.int64]:
        z = self.scaler.transform(matrix[self.columns].to_numpy(dtype=float)) * self.weights
        return np.asarray(self.kmeans.predict(z), dtype=np.int64)


def cluster_matrix(cust: pd.DataFrame, custcat: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Feature matrix (buyers only, indexed by customer_id)."""
    buyers = cust[cust["frequency"] > 0].set_index("customer_id")
    m = pd.DataFrame(index=buyers.index)
    m["log_frequency"] = np.log1p(buyers["frequency"].astype(float))
    m["log_aov"] = np.log1p(buyers["aov"].astype(float))
    m["log_recency"] = np.log1p(buyers["recency_days"].astype(float))
    m["n_categories"] = buyers["n_categories"].astype(float)
    spend = custcat.pivot_table(index="customer_id", columns="category", values="cat_spend", aggfunc="sum",
                                fill_value=0.0)
    spend = spend.reindex(index=m.index, columns=categories, fill_value=0.0).fillna(0.0)
    share = spend.div(buyers["monetary"].astype(float).where(buyers["monetary"] > 0, 1.0), axis=0)
    for c in categories:
        m[f"share:{c}"] = share[c].astype(float)
    return m


def _label(cat: str) -> str:
    return cat.replace("-", " ").replace("_", " ")


def describe(centroid: pd.Series, overall: pd.Series, spread: pd.Series, categories: list[str],
             cat_share_all: pd.Series) -> tuple[str, str, list[str]]:
    """(short name, one-sentence description, qualifiers) of a cluster from its raw-unit centroid."""
    z = (centroid - overall) / spread.replace(0, 1)
    lift = {c: centroid[f"share:{c}"] / max(cat_share_all[c], 1e-9) for c in categories}
    top = sorted(categories, key=lambda c: -centroid[f"share:{c}"])
    excess = {c: centroid[f"share:{c}"] - cat_share_all[c] for c in categories}
    lifted = [c for c in sorted(categories, key=lambda c: -excess[c]) if lift[c] >= 1.3 and excess[c] > 0.03][:2]
    freq = "Frequent" if z["log_frequency"] > 0.5 else ("One-off" if z["log_frequency"] < -0.6 else "Occasional")
    focus = lifted[0] if lifted else None
    breadth = "multi-category" if z["n_categories"] > 0.7 else None
    noun = f"{_label(focus)} buyers" if focus else ("multi-category shoppers" if breadth else "shoppers")
    aov = "high AOV" if z["log_aov"] > 0.5 else ("low AOV" if z["log_aov"] < -0.5 else None)
    rec = "lapsed" if z["log_recency"] > 0.5 else ("recently active" if z["log_recency"] < -0.5 else None)
    quals = [q for q in (aov, rec) if q]
    name = f"{freq} {noun}"
    med = np.expm1(centroid[["log_frequency", "log_aov", "log_recency"]])
    desc = (
        (f"{', '.join(quals)}: " if quals else "")
        + f"~{med['log_frequency']:.1f} orders, average order ~${med['log_aov']:.0f}, last order ~"
        f"{med['log_recency']:.0f} days ago; spend concentrated in "
        + ", ".join(f"{_label(c)} ({100 * centroid[f'share:{c}']:.0f}%)" for c in top[:3])
    )
    if lifted:
        desc += f"; over-index on {', '.join(_label(c) for c in lifted)}"
    return name, desc, quals


def fit_clusters(cust: pd.DataFrame, custcat: pd.DataFrame, *, seed: int = 0,
                 k_range: range = range(3, 8), sample: int = 2500,
                 max_fit_rows: int | None = None) -> tuple[ClusterModel, pd.Series]:
    """Fit the clusters; returns the model and the cluster index per buyer (Series by customer_id).

    k is chosen by silhouette on ``sample`` buyers; the final k-means runs on every buyer up to
    ``max_fit_rows`` (default :data:`MAX_FIT_ROWS`), on a random sample of that size beyond it.
    """
    max_fit_rows = MAX_FIT_ROWS if max_fit_rows is None else max_fit_rows
    spend = custcat.groupby("category")["cat_spend"].sum().sort_values(ascending=False)
    categories = [str(c) for c in spend.index[:MAX_CATEGORY_COLUMNS]]
    m = cluster_matrix(cust, custcat, categories)
    columns = list(m.columns)
    scaler = StandardScaler().fit(m.to_numpy(dtype=float))
    n_cat = len(categories)
    weights = np.array([1.0] * len(BEHAVIOUR) + [np.sqrt(CATEGORY_BLOCK_WEIGHT / max(n_cat, 1))] * n_cat)
    z = scaler.transform(m.to_numpy(dtype=float)) * weights
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(z), size=min(sample, len(z)), replace=False) if len(z) > sample else np.arange(len(z))
    scores: dict[int, float] = {}
    best_k, best_s, best_model = 0, -2.0, None
    # one OpenMP thread: k-means on a shared machine is several times faster without oversubscription
    with threadpool_limits(1):
        for k in k_range:
            if k >= len(idx):
                break
            km = KMeans(n_clusters=k, n_init=3, random_state=seed).fit(z[idx])
            s = float(silhouette_score(z[idx], km.labels_, random_state=seed))
            scores[k] = s
            if s > best_s:
                best_k, best_s, best_model = k, s, km
        if best_model is None:
            raise ValueError("too few buyers to cluster")
        # the final fit starts from the best sample model; past MAX_FIT_ROWS buyers it runs on a
        # random sample of that size and every buyer is then assigned to the nearest centroid
        fit_idx = np.sort(rng.choice(len(z), size=max_fit_rows, replace=False)) if len(z) > max_fit_rows \
            else slice(None)
        km = KMeans(n_clusters=best_k, init=best_model.cluster_centers_, n_init=1, random_state=seed).fit(z[fit_idx])
        labels = (km.labels_ if isinstance(fit_idx, slice) else km.predict(z)).astype(np.int64)
    overall = m.mean()
    spread = m.std(ddof=0)
    cat_share_all = pd.Series({c: float(m[f"share:{c}"].mean()) for c in categories})
    names: list[str] = []
    descs: list[str] = []
    for j in range(best_k):
        centroid = m[labels == j].mean()
        name, desc, quals = describe(centroid, overall, spread, categories, cat_share_all)
        if name in names and quals:
            name = f"{name}, {quals[0]}"
        while name in names:
            name = f"{name} ({len(names) + 1})"
        names.append(name)
        descs.append(desc)
    model = ClusterModel(scaler=scaler, kmeans=km, columns=columns, weights=weights, categories=categories,
                         names=names, descriptions=descs, silhouette=scores)
    return model, pd.Series(labels, index=m.index, name="cluster")


def summary(model: ClusterModel) -> dict[str, Any]:
    return {"k": len(model.names), "names": model.names, "descriptions": model.descriptions,
            "silhouette": {str(k): v for k, v in model.silhouette.items()}}
