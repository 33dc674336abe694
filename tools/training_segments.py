"""The ``segments`` training step: per-customer features, RFM segments, k-means behavioural clusters,
and the feature and snapshot tables (customers, customer x category, products, touches, campaigns)
every tool queries with DuckDB.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from copilot.tools import clusters
from copilot.tools.artifacts import ArtifactStore, save_object
from copilot.tools.features import (
    PROSPECTS,
    PROSPECTS_DEFINITION,
    RFM_SEGMENTS,
    customer_categories,
    customer_features,
)
from copilot.tools.privacy import pseudonymize_many
from copilot.tools.schemas import TrainStep
from copilot.tools.training_common import HORIZON_DAYS, copy_parquet, rel_path, write_parquet
from copilot.workspace import Workspace


def train_segments_model(
    con: duckdb.DuckDBPyConnection,
    ws: Workspace,
    store: ArtifactStore,
    version: str,
    as_of: date,
    common: dict[str, Any],
    salt: bytes,
    h: int = HORIZON_DAYS,
) -> tuple[TrainStep, pd.DataFrame]:
    t0 = time.perf_counter()
    cust = customer_features(con, as_of, horizon_days=h)
    custcat = customer_categories(con, as_of)
    cust["pseudonym"] = pseudonymize_many(cust["customer_id"].astype(str).tolist(), salt)
    cust["user_index"] = np.arange(len(cust), dtype=np.int64)
    cust["cluster_name"] = pd.Series([None] * len(cust), dtype="object")
    detail = "RFM segments"
    cluster_info: dict[str, Any] = {"k": 0, "names": [], "descriptions": [], "silhouette": {}}
    model: clusters.ClusterModel | None = None
    n_buyers = int((cust["frequency"] > 0).sum())
    if n_buyers >= 50 and not custcat.empty:
        model, labels = clusters.fit_clusters(cust, custcat)
        names = np.array(model.names, dtype=object)
        mapped = pd.Series(names[labels.to_numpy()], index=labels.index)
        cust["cluster_name"] = cust["customer_id"].map(mapped)
        cluster_info = clusters.summary(model)
        detail += f" + {len(model.names)} k-means clusters (best silhouette k)"
    for c in ("recency_days", "r_score", "f_score", "m_score", "fm_score"):
        cust[c] = cust[c].astype("Float64")
    feat = ws.features_dir
    tables = {
        "cust": feat / f"customers-{version}.parquet",
        "custcat": feat / f"customer_categories-{version}.parquet",
        "products": feat / f"products-{version}.parquet",
        "touches": feat / f"touches-{version}.parquet",
        "campaigns": feat / f"campaigns-{version}.parquet",
    }
    write_parquet(cust, tables["cust"])
    write_parquet(custcat, tables["custcat"])
    copy_parquet(
        con, "SELECT product_id, name, category, price FROM products ORDER BY product_id", tables["products"]
    )
    copy_parquet(
        con,
        "SELECT campaign_id, customer_id, channel, sent_ts, delivered_ts, opened_ts, clicked_ts, "
        "converted_ts, revenue, unsubscribed FROM touches ORDER BY channel, sent_ts, customer_id",
        tables["touches"],
    )
    copy_parquet(
        con,
        "SELECT campaign_id, name, channel, start_date, category, cost FROM campaigns ORDER BY campaign_id",
        tables["campaigns"],
    )
    meta = common | {
        "tables": {k: rel_path(ws, v) for k, v in tables.items()},
        "rfm_segments": [{"name": n, "rule": r, "definition": d} for n, r, d in RFM_SEGMENTS]
        + [{"name": PROSPECTS, "rule": "no orders", "definition": PROSPECTS_DEFINITION}],
        "clusters": cluster_info,
        "sampling": {
            "buyers": n_buyers,
            "silhouette_sample": 2500,
            "kmeans_max_fit_rows": clusters.MAX_FIT_ROWS,
            "note": "k chosen by silhouette on a random sample; the final k-means is fitted on every "
            "buyer up to the cap (a random sample beyond it) and every buyer is assigned",
        },
        "metrics": {"silhouette": max(cluster_info["silhouette"].values(), default=0.0)},
    }
    with store.writer("segments", version, meta) as d:
        if model is not None:
            save_object(d, "clusters", model)
    metrics = {"clusters": float(cluster_info["k"])}
    if cluster_info["silhouette"]:
        metrics["silhouette"] = float(max(cluster_info["silhouette"].values()))
    return TrainStep(name="segments", seconds=time.perf_counter() - t0, detail=detail, metrics=metrics), cust
