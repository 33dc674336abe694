"""The ``recommender`` training step: ALS / item-cosine / popularity over the customer x product
matrix (chosen on held-out purchases), with the buy-again blend for re-bought categories.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import scipy.sparse as sp

from copilot.tools import cf
from copilot.tools.artifacts import ArtifactStore, save_object
from copilot.tools.buy_again import learn_blend, repurchase_by_category
from copilot.tools.features import interactions
from copilot.tools.schemas import TrainStep
from copilot.tools.training_common import write_parquet


def train_recommender_model(
    con: duckdb.DuckDBPyConnection,
    store: ArtifactStore,
    version: str,
    as_of: date,
    common: dict[str, Any],
    cust: pd.DataFrame,
) -> TrainStep:
    t0 = time.perf_counter()
    products = con.execute("SELECT product_id FROM products ORDER BY product_id").df()
    item_index = pd.Series(np.arange(len(products)), index=products["product_id"].astype(str))
    user_index = pd.Series(cust["user_index"].to_numpy(), index=cust["customer_id"].astype(str))
    it = interactions(con, as_of)
    # hash look-ups of the id columns (get_indexer), not label-by-label .loc over millions of rows
    u_pos = user_index.index.get_indexer(it["customer_id"].astype(str))
    it = it[u_pos >= 0]
    u = user_index.to_numpy()[u_pos[u_pos >= 0]]
    i = item_index.to_numpy()[item_index.index.get_indexer(it["product_id"].astype(str))]
    n_users, n_items = len(user_index), len(item_index)
    matrix = cf.confidence_matrix(u, i, it["n_orders"].to_numpy(), n_users, n_items)
    last_days = (pd.to_datetime(it["last_ts"]) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(
        dtype=np.float32
    )
    recency = sp.csr_matrix((last_days + 1, (u, i)), shape=(n_users, n_items))
    params = cf.CFParams(factors=16, regularization=1.0, alpha=2.0)
    model, metrics, reason = cf.choose_and_fit(matrix, params)
    repurchase = repurchase_by_category(con, as_of)
    policy = learn_blend(con, as_of, model.method, params)
    meta = common | {
        "method": model.method,
        "reason": reason,
        "metrics": metrics,
        "repurchase": repurchase,
        "blend": policy.model_dump(),
        "choice_users": min(n_users, cf.MAX_CHOICE_USERS),
        "params": params.__dict__,
        "n_users": n_users,
        "n_items": n_items,
        "nnz": int(matrix.nnz),
    }
    with store.writer("recommender", version, meta) as d:
        save_object(d, "model", model)
        sp.save_npz(d / "interactions.npz", matrix)
        sp.save_npz(d / "last_day.npz", recency)
        write_parquet(products.assign(item_index=np.arange(len(products))), d / "items.parquet")
    again = [c for c, r in repurchase.items() if r["repeats"]]
    detail = reason + (
        f"; buy-again in {len(again)} re-bought categories ({', '.join(again[:4])}"
        f"{', ...' if len(again) > 4 else ''}): {policy.describe()}"
        + (f", {policy.reason}" if policy.validated else "")
        if again
        else "; no category is re-bought"
    )
    return TrainStep(name="recommender", seconds=time.perf_counter() - t0, detail=detail, metrics=metrics)
