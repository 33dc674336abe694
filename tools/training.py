"""``copilot train``: fit every model over the workspace's data and publish versioned artifacts.

One training run produces one version id (``YYYYmmdd-HHMMSS`` of the Deps clock) shared by:

* ``segments``  -- RFM scores and named segments per customer, k-means behavioural clusters;
  writes ``features/customers-<v>.parquet`` (+ customer x category, products, touches and
  campaigns snapshots) that every tool queries with DuckDB;
* ``propensity`` -- the calibrated purchase-propensity model (see ``propensity_model``);
  writes ``scores/propensity-<v>.parquet`` (every customer x category, plus "any");
* ``recommender`` -- ALS / item-cosine / popularity over the customer x product matrix.

Nothing is live until every artifact is written; then ONE atomic write of ``models/CURRENT.json``
publishes all three (:meth:`~copilot.tools.artifacts.ArtifactStore.publish_all`). A model that
cannot be fitted on this data (:class:`CannotTrain`: one class, too few customers or purchases)
is recorded there as missing with its reason, the others are published, and its tools answer
with that reason. A failure
leaves the previous models in place and removes what the failed run wrote (model folders,
feature and score files); leftovers of a run killed outright are removed after the next
successful publish. The analytics as-of date is the data's (day after the last
order), never the wall clock; the clock only stamps ``trained_at`` and the version.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import scipy.sparse as sp
from threadpoolctl import threadpool_limits

from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.tools import cf, clusters, registry
from copilot.tools.artifacts import ArtifactStore, data_fingerprint, save_object, version_key
from copilot.tools.attributes import AttributeEncoding, attach, encode, learn_encoding, load_attributes
from copilot.tools.buy_again import learn_blend, repurchase_by_category
from copilot.tools.features import (
    ANY_CATEGORY,
    PROSPECTS,
    PROSPECTS_DEFINITION,
    RFM_SEGMENTS,
    customer_categories,
    customer_features,
    data_as_of,
    interactions,
    propensity_rows,
    propensity_rows_sql,
)
from copilot.tools.models import TrainReport, TrainStep
from copilot.tools.privacy import pseudonymize_many, workspace_salt
from copilot.tools.propensity_model import MIN_EVAL_POSITIVES, FittedPropensity, fit_propensity
from copilot.workspace import Workspace, translating_out_of_memory

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]

HORIZON_DAYS = 30
TRAIN_CUTOFFS = 4  # base model learns from cut-offs as_of - 2h ... as_of - (1 + TRAIN_CUTOFFS) h
HOLDOUT_SHARE = 0.2
MAX_CUSTOMERS_PER_CUTOFF = 15_000
MAX_TRAIN_ROWS = 60_000
SCORE_ROWS = 250_000  # customer x category rows per scoring batch (streamed from one query)


def _noop(_stage: str, _fraction: float) -> None:
    return None


def _scaled(progress: Progress, start: float, share: float) -> Progress:
    """``progress`` for one step: its fractions 0..1 mapped onto ``start .. start + share``."""
    return lambda stage, fraction: progress(stage, start + share * fraction)


def _new_version(store: ArtifactStore, deps: Deps) -> str:
    base = deps.clock().strftime("%Y%m%d-%H%M%S")
    version, n = base, 1
    while any((store.root / name / version).exists() for name in registry.model_names()):
        n += 1
        version = f"{base}-{n}"
    return version


def _rel(ws: Workspace, path: Path) -> str:
    return str(path.relative_to(ws.root))


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _copy_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    con.execute(f"COPY ({sql}) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
    os.replace(tmp, path)


def _in_holdout(customer_id: str) -> bool:
    h = hashlib.blake2b(customer_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(h, "big") / 2**32 < HOLDOUT_SHARE


# ----------------------------------------------------------------------------------------------
# segments
# ----------------------------------------------------------------------------------------------


def _train_segments(con: duckdb.DuckDBPyConnection, ws: Workspace, store: ArtifactStore, version: str,
                    as_of: date, common: dict[str, Any], salt: bytes,
                    h: int = HORIZON_DAYS) -> tuple[TrainStep, pd.DataFrame]:
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
    _write_parquet(cust, tables["cust"])
    _write_parquet(custcat, tables["custcat"])
    _copy_parquet(con, "SELECT product_id, name, category, price FROM products ORDER BY product_id",
                  tables["products"])
    _copy_parquet(con, "SELECT campaign_id, customer_id, channel, sent_ts, delivered_ts, opened_ts, clicked_ts, "
                       "converted_ts, revenue, unsubscribed FROM touches ORDER BY channel, sent_ts, customer_id",
                  tables["touches"])
    _copy_parquet(con, "SELECT campaign_id, name, channel, start_date, category, cost FROM campaigns "
                       "ORDER BY campaign_id", tables["campaigns"])
    meta = common | {
        "tables": {k: _rel(ws, v) for k, v in tables.items()},
        "rfm_segments": [{"name": n, "rule": r, "definition": d} for n, r, d in RFM_SEGMENTS]
        + [{"name": PROSPECTS, "rule": "no orders", "definition": PROSPECTS_DEFINITION}],
        "clusters": cluster_info,
        "sampling": {"buyers": n_buyers, "silhouette_sample": 2500, "kmeans_max_fit_rows": clusters.MAX_FIT_ROWS,
                     "note": "k chosen by silhouette on a random sample; the final k-means is fitted on every "
                             "buyer up to the cap (a random sample beyond it) and every buyer is assigned"},
        "metrics": {"silhouette": max(cluster_info["silhouette"].values(), default=0.0)},
    }
    with store.writer("segments", version, meta) as d:
        if model is not None:
            save_object(d, "clusters", model)
    metrics = {"clusters": float(cluster_info["k"])}
    if cluster_info["silhouette"]:
        metrics["silhouette"] = float(max(cluster_info["silhouette"].values()))
    return TrainStep(name="segments", seconds=time.perf_counter() - t0, detail=detail, metrics=metrics), cust


# ----------------------------------------------------------------------------------------------
# propensity
# ----------------------------------------------------------------------------------------------


def _sample_ids(ids: list[str], limit: int, seed: int) -> list[str]:
    if len(ids) <= limit:
        return ids
    rng = np.random.default_rng(seed)
    return sorted(rng.choice(np.array(ids, dtype=object), size=limit, replace=False).tolist())


#: The customer attributes a propensity model uses: what the features are, and the table they come from.
Attributes = tuple[AttributeEncoding, pd.DataFrame]


def _rows_for(con: duckdb.DuckDBPyConnection, ids: list[str], cutoff: date, categories: list[str],
              *, with_label: bool, h: int = HORIZON_DAYS, attrs: Attributes | None = None) -> pd.DataFrame:
    frame = pd.DataFrame({"customer_id": pd.Series(ids, dtype="object")})
    con.register("_ids_df", frame)
    try:
        con.execute("DROP TABLE IF EXISTS _cust")
        con.execute("CREATE TEMP TABLE _cust AS SELECT c.* FROM customers c "
                    "WHERE c.customer_id IN (SELECT customer_id FROM _ids_df)")
    finally:
        con.unregister("_ids_df")
    rows = propensity_rows(con, cutoff, h, categories=categories, with_label=with_label, customers_rel="_cust")
    if attrs is not None:
        rows = attach(rows, encode(attrs[0], attrs[1], cutoff), attrs[0])
    return rows


def _batch_frame(batch: pa.RecordBatch) -> pd.DataFrame:
    """An Arrow batch as pandas, integer sums (DuckDB HUGEINT -> Arrow decimal) as float64 like ``.df()``
    gives them: pandas would otherwise hold them as Python ``Decimal`` objects (slow to convert)."""
    cols = [pc.cast(col, pa.float64()) if pa.types.is_decimal(col.type) else col for col in batch.columns]
    return pa.RecordBatch.from_arrays(cols, names=batch.schema.names).to_pandas()


def score_all(con: duckdb.DuckDBPyConnection, fitted: FittedPropensity, as_of: date, path: Path,
              version: str, progress: Progress = _noop) -> pd.DataFrame:
    """Score every customer x category at ``as_of``; write Parquet (customer_id, category, p,
    model_version) atomically and return the population mean probability per category.

    One feature query over the whole customer base (the history is read once, not once per chunk
    of customers), streamed as Arrow record batches of :data:`SCORE_ROWS` rows that are scored
    vectorised and appended to the file, so memory stays bounded by the batch, not the customer count.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    schema = pa.schema([("customer_id", pa.string()), ("category", pa.string()), ("p", pa.float32()),
                        ("model_version", pa.string())])
    n_customers = int(con.execute("SELECT COUNT(*) FROM customers").fetchall()[0][0])
    expected = max(1, n_customers * len(fitted.categories))
    done = 0
    progress("feature query", 0.0)
    sql = propensity_rows_sql(as_of, fitted.horizon_days, categories=fitted.categories, with_label=False)
    enc = getattr(fitted, "attributes", None)
    encoded = None
    if enc is not None:  # the customer attributes the model was trained with, at as_of
        table = load_attributes(con)
        encoded = encode(enc, table, as_of) if table is not None else \
            pd.DataFrame(columns=["customer_id", *enc.features()])
    reader = con.sql(sql).to_arrow_reader(SCORE_ROWS)  # a streaming relation, no copy
    with pq.ParquetWriter(tmp, schema) as writer:
        for batch in reader:
            if batch.num_rows == 0:
                continue
            rows = _batch_frame(batch)
            if enc is not None and encoded is not None:
                rows = attach(rows, encoded, enc)
            p = fitted.predict(rows).astype(np.float32)
            category = rows["category"].astype(str).to_numpy()
            table = pa.table({"customer_id": rows["customer_id"].astype(str).to_numpy(), "category": category,
                              "p": p, "model_version": np.full(len(rows), version, dtype=object)},
                             schema=schema)
            writer.write_table(table)
            done += len(rows)
            progress(f"scored {done:,} rows", min(done / expected, 1.0))
    os.replace(tmp, path)
    return mean_p_by_category(path)


#: How training batch-scores every customer: ``(con, fitted, as_of, path, version, progress)`` writes
#: the score Parquet at ``path`` and returns the mean probability per category. :func:`score_all`
#: (streamed from the connection) by default; the Spark backend passes one that scores inside Spark.
BatchScorer = Callable[[duckdb.DuckDBPyConnection, FittedPropensity, date, Path, str, Progress], pd.DataFrame]


def mean_p_by_category(path: Path) -> pd.DataFrame:
    """``category, mean_p`` over a score Parquet file (what :func:`score_all` returns), read by DuckDB."""
    with duckdb.connect() as con:
        out: pd.DataFrame = con.execute(
            "SELECT category, AVG(CAST(p AS DOUBLE)) AS mean_p FROM read_parquet(?) GROUP BY 1 ORDER BY 1",
            [str(path)]).df()
    return out


class CannotTrain(Exception):
    """A model cannot be fitted on this workspace's data; ``reason`` says why and what would fix it.
    Training records it (``models/CURRENT.json`` "missing") and publishes the other models."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


MIN_TRAIN_CUSTOMERS = 20
MIN_POSITIVES = 20  # buyers and non-buyers the propensity model needs in its training rows


def _train_propensity(con: duckdb.DuckDBPyConnection, ws: Workspace, store: ArtifactStore, version: str,
                      as_of: date, common: dict[str, Any], cust: pd.DataFrame,
                      progress: Progress, scorer: BatchScorer = score_all, h: int = HORIZON_DAYS) -> TrainStep:
    t0 = time.perf_counter()
    categories = [str(r[0]) for r in con.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()]
    all_cats = [*categories, ANY_CATEGORY]
    ids = cust["customer_id"].astype(str).tolist()
    in_holdout = [_in_holdout(i) for i in ids]
    holdout = [i for i, h in zip(ids, in_holdout, strict=True) if h]
    train = [i for i, h in zip(ids, in_holdout, strict=True) if not h]
    if len(train) < MIN_TRAIN_CUSTOMERS:
        raise CannotTrain(f"only {len(ids)} customer{'s' if len(ids) != 1 else ''} ({len(train)} outside the "
                          "holdout); the propensity model "
                          f"needs at least {MIN_TRAIN_CUSTOMERS} to learn from. Import more customers and their "
                          "orders, then run `copilot train`.")
    t_eval = as_of - timedelta(days=h)
    table = load_attributes(con)  # the optional customer attributes (None on Spark: not registered there)
    enc = learn_encoding(table) if table is not None else None
    attrs = (enc, table) if enc is not None and table is not None and enc.features() else None
    frames = []
    for j in range(TRAIN_CUTOFFS + 1):  # the latest complete window (as_of - h) too: calibration is out-of-fold
        cutoff = as_of - timedelta(days=h * (1 + j))
        progress(f"propensity rows {cutoff}", 0.05 + 0.35 * j / (TRAIN_CUTOFFS + 1))
        sample = _sample_ids(train, MAX_CUSTOMERS_PER_CUTOFF, seed=j)
        # the latest window calibrates (out-of-fold): the most recent base rates, as the scores are at as_of
        frames.append(_rows_for(con, sample, cutoff, all_cats, with_label=True, h=h, attrs=attrs)
                      .assign(calibrate=j == 0))
    train_rows = pd.concat(frames, ignore_index=True)
    positives = int(train_rows["label"].sum())
    negatives = len(train_rows) - positives
    if positives < MIN_POSITIVES:
        raise CannotTrain(
            f"too little purchase history: {positives} purchases in the {TRAIN_CUTOFFS + 1} training windows of "
            f"{h} days before {as_of} (at least {MIN_POSITIVES} are needed). Import a longer order history, or "
            "set a longer `horizon_days` in copilot.toml, then run `copilot train`.")
    if negatives < MIN_POSITIVES:
        raise CannotTrain(
            f"every customer bought in every {h}-day training window ({positives:,} of {len(train_rows):,} "
            "customer-category windows had a purchase), so there is nobody to tell apart -- normal for "
            "groceries and subscriptions. Set a shorter `horizon_days` (7 or 14) in copilot.toml, then run "
            "`copilot train`.")
    holdout_ids = _sample_ids(holdout, MAX_CUSTOMERS_PER_CUTOFF, seed=98)
    progress(f"propensity rows {t_eval} (holdout)", 0.4)
    holdout_rows = _rows_for(con, holdout_ids, t_eval, all_cats, with_label=True, h=h, attrs=attrs)
    progress("propensity models", 0.45)
    fitted = fit_propensity(train_rows, holdout_rows, categories=all_cats, horizon_days=h,
                            max_train_rows=MAX_TRAIN_ROWS, attributes=attrs[0] if attrs else None)
    progress("scoring customers", 0.75)
    scores_path = ws.scores_dir / f"propensity-{version}.parquet"
    base = scorer(con, fitted, as_of, scores_path, version, lambda s, f: progress(s, 0.75 + 0.25 * f))
    chosen = fitted.metrics[fitted.kind]
    meta = common | {
        "tables": {"scores": _rel(ws, scores_path)},
        "kind": fitted.kind,
        "horizon_days": h,
        "categories": categories,
        "any_category": ANY_CATEGORY,
        "cutoffs": {"train": [str(as_of - timedelta(days=h * (1 + j))) for j in range(TRAIN_CUTOFFS + 1)],
                    "holdout": str(t_eval)},
        "sampling": {
            "customers_per_cutoff": MAX_CUSTOMERS_PER_CUTOFF,
            "train_customers": len(train), "holdout_customers": len(holdout),
            "train_rows": len(train_rows), "max_train_rows": MAX_TRAIN_ROWS,
            "holdout_rows": len(holdout_rows),
            "note": (f"models are fitted on at most {MAX_CUSTOMERS_PER_CUTOFF:,} random training customers per "
                     f"cut-off, negatives subsampled (and re-weighted) to at most {MAX_TRAIN_ROWS:,} rows, and "
                     "calibrated on their out-of-fold predictions; the holdout uses at most "
                     f"{MAX_CUSTOMERS_PER_CUTOFF:,} other customers; every customer is scored"),
        },
        "metrics": {"chosen": fitted.kind, **fitted.metrics},
        "importance": fitted.importance,
        "pd_curves": fitted.pd_curves,
        "base_rates": {str(r.category): float(r.mean_p) for r in base.itertuples()},
        "attributes": None if enc is None else {"features": enc.features(), "labels": enc.labels(),
                                                "not_used": dict(enc.skipped), "summary": enc.describe()},
    }
    with store.writer("propensity", version, meta) as d:
        save_object(d, "model", fitted)
    return TrainStep(name="propensity", seconds=time.perf_counter() - t0,
                     detail=f"{fitted.kind} ({chosen['calibration']} calibration); {h}-day horizon"
                     + (f"; customer {enc.describe()}" if enc is not None else ""),
                     metrics=summary_metrics(fitted))


def summary_metrics(fitted: FittedPropensity) -> dict[str, float]:
    """The training summary's propensity figures: holdout macro AUC / ECE / Brier over the categories
    with enough buyers (``MIN_EVAL_POSITIVES``), how many categories that is, "any purchase" AUC when
    it has enough buyers, and the other families' macro AUC. Nothing pooled over categories nobody
    bought (that read "ece 0.000")."""
    chosen = fitted.metrics[fitted.kind]
    n = int(chosen.get("evaluated_categories", 0))
    out: dict[str, float] = {"categories_evaluated": float(n)}
    if n:
        out |= {"macro_auc": chosen["macro_auc"], "macro_ece": chosen["macro_ece"],
                "macro_brier": chosen["macro_brier"]}
        for other, m in fitted.metrics.items():
            if other != fitted.kind and m.get("evaluated_categories"):
                out[f"{other}_macro_auc"] = m["macro_auc"]
    else:
        out["out_of_fold_macro_auc"] = chosen["out_of_fold"]["macro_auc"]
    anyc = chosen["per_category"].get(ANY_CATEGORY, {})
    if anyc.get("positives", 0) >= MIN_EVAL_POSITIVES and "auc" in anyc:
        out["auc_any"] = anyc["auc"]
    return out


# ----------------------------------------------------------------------------------------------
# recommender
# ----------------------------------------------------------------------------------------------


def _train_recommender(con: duckdb.DuckDBPyConnection, store: ArtifactStore, version: str, as_of: date,
                       common: dict[str, Any], cust: pd.DataFrame) -> TrainStep:
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
    last_days = (pd.to_datetime(it["last_ts"]) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=np.float32)
    recency = sp.csr_matrix((last_days + 1, (u, i)), shape=(n_users, n_items))
    params = cf.CFParams(factors=16, regularization=1.0, alpha=2.0)
    model, metrics, reason = cf.choose_and_fit(matrix, params)
    repurchase = repurchase_by_category(con, as_of)
    policy = learn_blend(con, as_of, model.method, params)
    meta = common | {"method": model.method, "reason": reason, "metrics": metrics, "repurchase": repurchase,
                     "blend": policy.model_dump(),
                     "choice_users": min(n_users, cf.MAX_CHOICE_USERS),
                     "params": params.__dict__, "n_users": n_users, "n_items": n_items, "nnz": int(matrix.nnz)}
    with store.writer("recommender", version, meta) as d:
        save_object(d, "model", model)
        sp.save_npz(d / "interactions.npz", matrix)
        sp.save_npz(d / "last_day.npz", recency)
        _write_parquet(products.assign(item_index=np.arange(len(products))), d / "items.parquet")
    again = [c for c, r in repurchase.items() if r["repeats"]]
    detail = reason + (f"; buy-again in {len(again)} re-bought categories ({', '.join(again[:4])}"
                       f"{', ...' if len(again) > 4 else ''}): {policy.describe()}"
                       + (f", {policy.reason}" if policy.validated else "") if again
                       else "; no category is re-bought")
    return TrainStep(name="recommender", seconds=time.perf_counter() - t0, detail=detail, metrics=metrics)


# ----------------------------------------------------------------------------------------------
# orchestration
# ----------------------------------------------------------------------------------------------


_FILE_VERSION = re.compile(r"-(\d{8}-\d{6}(?:-\d+)?)$")


def _version_files(ws: Workspace) -> list[tuple[Path, str]]:
    """Every feature / score Parquet file named ``<table>-<version>.parquet``, with its version."""
    out = []
    for folder in (ws.features_dir, ws.scores_dir):
        if folder.exists():
            for f in folder.glob("*.parquet"):
                if m := _FILE_VERSION.search(f.stem):
                    out.append((f, m.group(1)))
    return out


def _remove(path: Path) -> None:
    if path.is_dir():  # a Parquet dataset folder
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _prune(ws: Workspace, store: ArtifactStore) -> None:
    """After a publish: delete superseded model versions and leftovers of crashed runs (see
    :meth:`ArtifactStore.prune`), and the feature/score files of no retained version that are
    older than the newest live one (newer ones may belong to a training still running)."""
    removed = store.prune()
    if removed:
        log.info("removed old or unpublished model versions: %s", ", ".join(removed))
    live = [version_key(v) for v in store.published().values()]
    if not live:
        return
    keep: set[str] = set()
    for versions in store.retained().values():
        keep |= versions
    newest = max(live)
    for f, version in _version_files(ws):
        if version not in keep and version_key(version) < newest:
            _remove(f)


def _discard(ws: Workspace, store: ArtifactStore, version: str) -> None:
    """Remove everything an unpublished training run ``version`` wrote (it failed)."""
    if any(version in vs for vs in store.retained().values()):
        return  # published after all (the failure came later): nothing to undo
    store.discard(version)
    for f, v in _version_files(ws):
        if v == version:
            _remove(f)
    for folder in (ws.features_dir, ws.scores_dir):  # half-written files (a crash mid-write)
        if folder.exists():
            for f in folder.glob(f".*-{version}.parquet.tmp"):
                _remove(f)


@dataclass
class TrainingRun:
    """What one training run hands each model's step (see :mod:`copilot.tools.registry`): the
    read-only connection, the version every artifact of the run shares, the data's as-of date,
    the ``common`` metadata every model records, and what earlier steps left for later ones
    (``customers``: the per-customer features the segments step builds)."""

    deps: Deps
    con: duckdb.DuckDBPyConnection
    store: ArtifactStore
    version: str
    as_of: date
    common: dict[str, Any]
    salt: bytes
    progress: Progress
    scorer: BatchScorer
    customers: pd.DataFrame | None = None
    horizon_days: int = HORIZON_DAYS  # the horizon_days setting

    @property
    def ws(self) -> Workspace:
        return self.deps.workspace

    def require_customers(self) -> pd.DataFrame:
        if self.customers is None:
            raise RuntimeError("the segments step must run before this one (it builds the customer features)")
        return self.customers


def train_segments(run: TrainingRun) -> TrainStep:
    """The ``segments`` model: RFM segments, clusters and the feature tables every tool reads."""
    step, run.customers = _train_segments(run.con, run.ws, run.store, run.version, run.as_of, run.common, run.salt,
                                          run.horizon_days)
    return step


def train_propensity(run: TrainingRun) -> TrainStep:
    """The ``propensity`` model, scoring every customer with ``run.scorer``."""
    return _train_propensity(run.con, run.ws, run.store, run.version, run.as_of, run.common,
                             run.require_customers(), run.progress, run.scorer, run.horizon_days)


def train_recommender(run: TrainingRun) -> TrainStep:
    """The ``recommender`` model over the customer x product matrix."""
    return _train_recommender(run.con, run.store, run.version, run.as_of, run.common, run.require_customers())


def train_all(deps: Deps, *, progress: Progress | None = None, scorer: BatchScorer | None = None) -> TrainReport:
    """Fit segments, clusters, the propensity model and the recommender; publish them together.

    ``progress(stage, fraction)`` is called as training advances (fraction in 0..1). ``scorer``
    batch-scores every customer with the new model (default :func:`score_all`).
    Raises MissingArtifactError when the workspace has no data.
    """
    prog = progress or _noop
    t0 = time.perf_counter()
    ws = deps.workspace
    ws.require_data()
    store = deps.artifacts
    salt = workspace_salt(ws)
    fingerprint, stats = data_fingerprint(ws)
    models = registry.models()
    names = [m.name for m in models]
    version = _new_version(store, deps)
    trained_at = deps.clock()
    steps: list[TrainStep] = []
    missing: dict[str, str] = {}
    h = int(getattr(deps.settings, "horizon_days", HORIZON_DAYS))
    try:
        with ws.connect(read_only=True) as con, threadpool_limits(1):
            con.execute("SET threads TO 2")
            as_of = data_as_of(con)
            common: dict[str, Any] = {"trained_at": trained_at.isoformat(), "as_of": as_of.isoformat(),
                                      "data_fingerprint": fingerprint, "table_stats": stats}
            total = sum(m.share for m in models) or 1.0
            done = 0.0
            customers: pd.DataFrame | None = None
            for m in models:
                lo, width = 0.02 + 0.95 * done / total, 0.95 * m.share / total
                prog(m.name, lo)
                run = TrainingRun(deps=deps, con=con, store=store, version=version, as_of=as_of, common=common,
                                  salt=salt, progress=_scaled(prog, lo, width),
                                  scorer=scorer or score_all, customers=customers,
                                  horizon_days=h)
                try:
                    steps.append(m.load_step()(run))
                except CannotTrain as exc:  # this data cannot fit this model: publish the others
                    if m.name == names[0]:  # the first step builds what every later one reads
                        raise MissingArtifactError(f"The {m.name} model could not be trained: {exc.reason}") from exc
                    missing[m.name] = exc.reason
                    steps.append(TrainStep(name=m.name, seconds=0.0, detail=f"not trained: {exc.reason}",
                                           trained=False))
                customers = run.customers
                done += m.share
            cust = customers if customers is not None else pd.DataFrame()
        prog("publishing", 0.97)
        # one atomic step: every model that trained goes live, the others are recorded as missing
        store.publish_all({name: version for name in names if name not in missing}, missing=missing)
    except BaseException:
        _discard(ws, store, version)
        raise
    _prune(ws, store)
    prog("done", 1.0)
    report = TrainReport(version=version, trained_at=trained_at, as_of=as_of, data_fingerprint=fingerprint,
                         customers=len(cust), seconds=time.perf_counter() - t0, steps=steps, missing=missing)
    log.info("%s", report.summary())
    return report


@translating_out_of_memory
def score_customers(deps: Deps, *, progress: Progress | None = None) -> tuple[Path, int, str]:
    """Batch-score every customer x category with the CURRENT propensity model at the data's as-of
    date; writes ``scores/propensity-<version>.parquet`` (customer_id, category, p, model_version).

    Works on data imported after training too (the model is reused; a warning says it is stale).
    Returns (path, rows, model version).
    """
    ws = deps.workspace
    ws.require_data()
    store = ArtifactStore(ws, allow_stale=True, check_tables=False)  # the score file is rewritten here
    art = store.load("propensity")
    fitted: FittedPropensity = art.obj("model")
    path = ws.scores_dir / f"propensity-{art.version}.parquet"
    with ws.connect(read_only=True) as con, threadpool_limits(1):
        as_of = data_as_of(con)
        score_all(con, fitted, as_of, path, art.version, progress or _noop)
    relative = _rel(ws, path)
    if relative in dict(art.meta.get("tables") or {}).values():  # the tools read this file: record it anew
        store.record_table(art, relative)
    rows = pq.ParquetFile(path).metadata.num_rows
    return path, int(rows), art.version
