"""The ``propensity`` training step: labelled customer x category rows at several cut-offs (a hashed
holdout of customers kept apart), the calibrated model (:mod:`copilot.tools.propensity_model`), and
the scoring pass that writes every customer's probability per category.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from copilot.tools.artifacts import ArtifactStore, save_object
from copilot.tools.attributes import AttributeEncoding, attach, encode, learn_encoding, load_attributes
from copilot.tools.features import ANY_CATEGORY, propensity_rows, propensity_rows_sql
from copilot.tools.propensity_model import MIN_EVAL_POSITIVES, FittedPropensity, fit_propensity
from copilot.tools.schemas import TrainStep
from copilot.tools.training_common import HORIZON_DAYS, CannotTrain, Progress, no_progress, rel_path
from copilot.workspace import Workspace

TRAIN_CUTOFFS = 4  # base model learns from cut-offs as_of - 2h ... as_of - (1 + TRAIN_CUTOFFS) h
HOLDOUT_SHARE = 0.2
MAX_CUSTOMERS_PER_CUTOFF = 15_000
MAX_TRAIN_ROWS = 60_000
SCORE_ROWS = 250_000  # customer x category rows per scoring batch (streamed from one query)
MIN_TRAIN_CUSTOMERS = 20
MIN_POSITIVES = 20  # buyers and non-buyers the propensity model needs in its training rows


def _in_holdout(customer_id: str) -> bool:
    h = hashlib.blake2b(customer_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(h, "big") / 2**32 < HOLDOUT_SHARE


def _sample_ids(ids: list[str], limit: int, seed: int) -> list[str]:
    if len(ids) <= limit:
        return ids
    rng = np.random.default_rng(seed)
    return sorted(rng.choice(np.array(ids, dtype=object), size=limit, replace=False).tolist())


#: The customer attributes a propensity model uses: what the features are, and the table they come from.
Attributes = tuple[AttributeEncoding, pd.DataFrame]


def _rows_for(
    con: duckdb.DuckDBPyConnection,
    ids: list[str],
    cutoff: date,
    categories: list[str],
    *,
    with_label: bool,
    h: int = HORIZON_DAYS,
    attrs: Attributes | None = None,
) -> pd.DataFrame:
    frame = pd.DataFrame({"customer_id": pd.Series(ids, dtype="object")})
    con.register("_ids_df", frame)
    try:
        con.execute("DROP TABLE IF EXISTS _cust")
        con.execute(
            "CREATE TEMP TABLE _cust AS SELECT c.* FROM customers c "
            "WHERE c.customer_id IN (SELECT customer_id FROM _ids_df)"
        )
    finally:
        con.unregister("_ids_df")
    rows = propensity_rows(
        con, cutoff, h, categories=categories, with_label=with_label, customers_rel="_cust"
    )
    if attrs is not None:
        rows = attach(rows, encode(attrs[0], attrs[1], cutoff), attrs[0])
    return rows


def _batch_frame(batch: pa.RecordBatch) -> pd.DataFrame:
    """An Arrow batch as pandas, integer sums (DuckDB HUGEINT -> Arrow decimal) as float64 like ``.df()``
    gives them: pandas would otherwise hold them as Python ``Decimal`` objects (slow to convert)."""
    cols = [pc.cast(col, pa.float64()) if pa.types.is_decimal(col.type) else col for col in batch.columns]
    return pa.RecordBatch.from_arrays(cols, names=batch.schema.names).to_pandas()


def score_all(
    con: duckdb.DuckDBPyConnection,
    fitted: FittedPropensity,
    as_of: date,
    path: Path,
    version: str,
    progress: Progress = no_progress,
) -> pd.DataFrame:
    """Score every customer x category at ``as_of``; write Parquet (customer_id, category, p,
    model_version) atomically and return the population mean probability per category.

    One feature query over the whole customer base (the history is read once, not once per chunk
    of customers), streamed as Arrow record batches of :data:`SCORE_ROWS` rows that are scored
    vectorised and appended to the file, so memory stays bounded by the batch, not the customer count.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    schema = pa.schema(
        [
            ("customer_id", pa.string()),
            ("category", pa.string()),
            ("p", pa.float32()),
            ("model_version", pa.string()),
        ]
    )
    n_customers = int(con.execute("SELECT COUNT(*) FROM customers").fetchall()[0][0])
    expected = max(1, n_customers * len(fitted.categories))
    done = 0
    progress("feature query", 0.0)
    sql = propensity_rows_sql(as_of, fitted.horizon_days, categories=fitted.categories, with_label=False)
    enc = getattr(fitted, "attributes", None)
    encoded = None
    if enc is not None:  # the customer attributes the model was trained with, at as_of
        table = load_attributes(con)
        encoded = (
            encode(enc, table, as_of)
            if table is not None
            else pd.DataFrame(columns=["customer_id", *enc.features()])
        )
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
            table = pa.table(
                {
                    "customer_id": rows["customer_id"].astype(str).to_numpy(),
                    "category": category,
                    "p": p,
                    "model_version": np.full(len(rows), version, dtype=object),
                },
                schema=schema,
            )
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
            [str(path)],
        ).df()
    return out


def train_propensity_model(
    con: duckdb.DuckDBPyConnection,
    ws: Workspace,
    store: ArtifactStore,
    version: str,
    as_of: date,
    common: dict[str, Any],
    cust: pd.DataFrame,
    progress: Progress,
    scorer: BatchScorer = score_all,
    h: int = HORIZON_DAYS,
) -> TrainStep:
    """Fit the calibrated propensity model on labelled rows at several cut-offs, evaluate it on the
    holdout customers, score every customer with ``scorer`` and write the artifact."""
    t0 = time.perf_counter()
    categories = [
        str(r[0]) for r in con.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()
    ]
    all_cats = [*categories, ANY_CATEGORY]
    ids = cust["customer_id"].astype(str).tolist()
    in_holdout = [_in_holdout(i) for i in ids]
    holdout = [i for i, h in zip(ids, in_holdout, strict=True) if h]
    train = [i for i, h in zip(ids, in_holdout, strict=True) if not h]
    if len(train) < MIN_TRAIN_CUSTOMERS:
        raise CannotTrain(
            f"only {len(ids)} customer{'s' if len(ids) != 1 else ''} ({len(train)} outside the "
            "holdout); the propensity model "
            f"needs at least {MIN_TRAIN_CUSTOMERS} to learn from. Import more customers and their "
            "orders, then run `copilot train`."
        )
    t_eval = as_of - timedelta(days=h)
    table = load_attributes(con)  # the optional customer attributes (None on Spark: not registered there)
    enc = learn_encoding(table) if table is not None else None
    attrs = (enc, table) if enc is not None and table is not None and enc.features() else None
    train_rows = _training_rows(con, train, as_of, all_cats, h, attrs, progress)
    holdout_ids = _sample_ids(holdout, MAX_CUSTOMERS_PER_CUTOFF, seed=98)
    progress(f"propensity rows {t_eval} (holdout)", 0.4)
    holdout_rows = _rows_for(con, holdout_ids, t_eval, all_cats, with_label=True, h=h, attrs=attrs)
    progress("propensity models", 0.45)
    fitted = fit_propensity(
        train_rows,
        holdout_rows,
        categories=all_cats,
        horizon_days=h,
        max_train_rows=MAX_TRAIN_ROWS,
        attributes=attrs[0] if attrs else None,
    )
    progress("scoring customers", 0.75)
    scores_path = ws.scores_dir / f"propensity-{version}.parquet"
    base = scorer(con, fitted, as_of, scores_path, version, lambda s, f: progress(s, 0.75 + 0.25 * f))
    chosen = fitted.metrics[fitted.kind]
    meta = common | _propensity_meta(
        fitted,
        base,
        ws,
        scores_path,
        categories,
        as_of,
        h,
        enc,
        train=len(train),
        holdout=len(holdout),
        train_rows=len(train_rows),
        holdout_rows=len(holdout_rows),
    )
    with store.writer("propensity", version, meta) as d:
        save_object(d, "model", fitted)
    return TrainStep(
        name="propensity",
        seconds=time.perf_counter() - t0,
        detail=f"{fitted.kind} ({chosen['calibration']} calibration); {h}-day horizon"
        + (f"; customer {enc.describe()}" if enc is not None else ""),
        metrics=summary_metrics(fitted),
    )


def _propensity_meta(
    fitted: FittedPropensity,
    base: pd.DataFrame,
    ws: Workspace,
    scores_path: Path,
    categories: list[str],
    as_of: date,
    h: int,
    enc: AttributeEncoding | None,
    *,
    train: int,
    holdout: int,
    train_rows: int,
    holdout_rows: int,
) -> dict[str, Any]:
    """The propensity artifact's metadata: model kind and metrics, cut-offs, sampling, base rates."""
    t_eval = as_of - timedelta(days=h)
    sampling = {
        "customers_per_cutoff": MAX_CUSTOMERS_PER_CUTOFF,
        "train_customers": train,
        "holdout_customers": holdout,
        "train_rows": train_rows,
        "max_train_rows": MAX_TRAIN_ROWS,
        "holdout_rows": holdout_rows,
        "note": (
            f"models are fitted on at most {MAX_CUSTOMERS_PER_CUTOFF:,} random training customers per "
            f"cut-off, negatives subsampled (and re-weighted) to at most {MAX_TRAIN_ROWS:,} rows, and "
            "calibrated on their out-of-fold predictions; the holdout uses at most "
            f"{MAX_CUSTOMERS_PER_CUTOFF:,} other customers; every customer is scored"
        ),
    }
    return {
        "tables": {"scores": rel_path(ws, scores_path)},
        "kind": fitted.kind,
        "horizon_days": h,
        "categories": categories,
        "any_category": ANY_CATEGORY,
        "cutoffs": {
            "train": [str(as_of - timedelta(days=h * (1 + j))) for j in range(TRAIN_CUTOFFS + 1)],
            "holdout": str(t_eval),
        },
        "sampling": sampling,
        "metrics": {"chosen": fitted.kind, **fitted.metrics},
        "importance": fitted.importance,
        "pd_curves": fitted.pd_curves,
        "base_rates": {str(r.category): float(r.mean_p) for r in base.itertuples()},
        "attributes": None
        if enc is None
        else {
            "features": enc.features(),
            "labels": enc.labels(),
            "not_used": dict(enc.skipped),
            "summary": enc.describe(),
        },
    }


def _training_rows(
    con: duckdb.DuckDBPyConnection,
    train: list[str],
    as_of: date,
    all_cats: list[str],
    h: int,
    attrs: Attributes | None,
    progress: Progress,
) -> pd.DataFrame:
    """Labelled rows of (a sample of) the training customers at each cut-off; the latest window is
    marked to calibrate. Raises :class:`CannotTrain` when buyers or non-buyers are too few."""
    frames = []
    for j in range(
        TRAIN_CUTOFFS + 1
    ):  # the latest complete window (as_of - h) too: calibration is out-of-fold
        cutoff = as_of - timedelta(days=h * (1 + j))
        progress(f"propensity rows {cutoff}", 0.05 + 0.35 * j / (TRAIN_CUTOFFS + 1))
        sample = _sample_ids(train, MAX_CUSTOMERS_PER_CUTOFF, seed=j)
        # the latest window calibrates (out-of-fold): the most recent base rates, as the scores are at as_of
        frames.append(
            _rows_for(con, sample, cutoff, all_cats, with_label=True, h=h, attrs=attrs).assign(
                calibrate=j == 0
            )
        )
    train_rows = pd.concat(frames, ignore_index=True)
    positives = int(train_rows["label"].sum())
    negatives = len(train_rows) - positives
    if positives < MIN_POSITIVES:
        raise CannotTrain(
            f"too little purchase history: {positives} purchases in the {TRAIN_CUTOFFS + 1} training windows of "
            f"{h} days before {as_of} (at least {MIN_POSITIVES} are needed). Import a longer order history, or "
            "set a longer `horizon_days` in copilot.toml, then run `copilot train`."
        )
    if negatives < MIN_POSITIVES:
        raise CannotTrain(
            f"every customer bought in every {h}-day training window ({positives:,} of {len(train_rows):,} "
            "customer-category windows had a purchase), so there is nobody to tell apart -- normal for "
            "groceries and subscriptions. Set a shorter `horizon_days` (7 or 14) in copilot.toml, then run "
            "`copilot train`."
        )
    return train_rows


def summary_metrics(fitted: FittedPropensity) -> dict[str, float]:
    """The training summary's propensity figures: holdout macro AUC / ECE / Brier over the categories
    with enough buyers (``MIN_EVAL_POSITIVES``), how many categories that is, "any purchase" AUC when
    it has enough buyers, and the other families' macro AUC. Nothing pooled over categories nobody
    bought (that read "ece 0.000")."""
    chosen = fitted.metrics[fitted.kind]
    n = int(chosen.get("evaluated_categories", 0))
    out: dict[str, float] = {"categories_evaluated": float(n)}
    if n:
        out |= {
            "macro_auc": chosen["macro_auc"],
            "macro_ece": chosen["macro_ece"],
            "macro_brier": chosen["macro_brier"],
        }
        for other, m in fitted.metrics.items():
            if other != fitted.kind and m.get("evaluated_categories"):
                out[f"{other}_macro_auc"] = m["macro_auc"]
    else:
        out["out_of_fold_macro_auc"] = chosen["out_of_fold"]["macro_auc"]
    anyc = chosen["per_category"].get(ANY_CATEGORY, {})
    if anyc.get("positives", 0) >= MIN_EVAL_POSITIVES and "auc" in anyc:
        out["auc_any"] = anyc["auc"]
    return out
