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

Each model's step lives in its own module (:mod:`copilot.tools.training_segments`,
:mod:`copilot.tools.training_propensity`, :mod:`copilot.tools.training_recommender`; shared pieces in
:mod:`copilot.tools.training_common`); this module runs them, publishes, cleans up, and re-exports
the names it used to hold.
"""

from __future__ import annotations

import logging
import re
import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
from threadpoolctl import threadpool_limits

from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.tools import registry
from copilot.tools.artifacts import ArtifactStore, data_fingerprint, version_key
from copilot.tools.features import data_as_of
from copilot.tools.privacy import workspace_salt
from copilot.tools.propensity_model import FittedPropensity
from copilot.tools.schemas import TrainReport, TrainStep
from copilot.tools.training_common import HORIZON_DAYS, CannotTrain, Progress, no_progress, rel_path
from copilot.tools.training_propensity import (
    HOLDOUT_SHARE,
    MAX_CUSTOMERS_PER_CUTOFF,
    MAX_TRAIN_ROWS,
    MIN_POSITIVES,
    MIN_TRAIN_CUSTOMERS,
    SCORE_ROWS,
    TRAIN_CUTOFFS,
    Attributes,
    BatchScorer,
    _rows_for,
    mean_p_by_category,
    score_all,
    summary_metrics,
)
from copilot.tools.training_propensity import (
    train_propensity_model as _train_propensity,  # tests patch this name
)
from copilot.tools.training_recommender import train_recommender_model as _train_recommender
from copilot.tools.training_segments import train_segments_model as _train_segments
from copilot.workspace import Workspace, translating_out_of_memory

__all__ = [
    "HOLDOUT_SHARE",
    "HORIZON_DAYS",
    "MAX_CUSTOMERS_PER_CUTOFF",
    "MAX_TRAIN_ROWS",
    "MIN_POSITIVES",
    "MIN_TRAIN_CUSTOMERS",
    "SCORE_ROWS",
    "TRAIN_CUTOFFS",
    "Attributes",
    "BatchScorer",
    "CannotTrain",
    "Progress",
    "TrainingRun",
    "_rows_for",
    "mean_p_by_category",
    "score_all",
    "score_customers",
    "summary_metrics",
    "train_all",
    "train_propensity",
    "train_recommender",
    "train_segments",
]

log = logging.getLogger(__name__)
_noop = no_progress


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
    step, run.customers = _train_segments(
        run.con, run.ws, run.store, run.version, run.as_of, run.common, run.salt, run.horizon_days
    )
    return step


def train_propensity(run: TrainingRun) -> TrainStep:
    """The ``propensity`` model, scoring every customer with ``run.scorer``."""
    return _train_propensity(
        run.con,
        run.ws,
        run.store,
        run.version,
        run.as_of,
        run.common,
        run.require_customers(),
        run.progress,
        run.scorer,
        run.horizon_days,
    )


def train_recommender(run: TrainingRun) -> TrainStep:
    """The ``recommender`` model over the customer x product matrix."""
    return _train_recommender(run.con, run.store, run.version, run.as_of, run.common, run.require_customers())


def train_all(
    deps: Deps, *, progress: Progress | None = None, scorer: BatchScorer | None = None
) -> TrainReport:
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
            common: dict[str, Any] = {
                "trained_at": trained_at.isoformat(),
                "as_of": as_of.isoformat(),
                "data_fingerprint": fingerprint,
                "table_stats": stats,
            }
            total = sum(m.share for m in models) or 1.0
            done = 0.0
            customers: pd.DataFrame | None = None
            for m in models:
                lo, width = 0.02 + 0.95 * done / total, 0.95 * m.share / total
                prog(m.name, lo)
                run = TrainingRun(
                    deps=deps,
                    con=con,
                    store=store,
                    version=version,
                    as_of=as_of,
                    common=common,
                    salt=salt,
                    progress=_scaled(prog, lo, width),
                    scorer=scorer or score_all,
                    customers=customers,
                    horizon_days=h,
                )
                steps.append(_run_step(m, run, first=m.name == names[0], missing=missing))
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
    report = TrainReport(
        version=version,
        trained_at=trained_at,
        as_of=as_of,
        data_fingerprint=fingerprint,
        customers=len(cust),
        seconds=time.perf_counter() - t0,
        steps=steps,
        missing=missing,
    )
    log.info("%s", report.summary())
    return report


def _run_step(m: registry.ModelEntry, run: TrainingRun, *, first: bool, missing: dict[str, str]) -> TrainStep:
    """One model's step; a model this data cannot fit is recorded in ``missing`` (the first one,
    which builds what every later step reads, stops the run)."""
    try:
        return m.load_step()(run)
    except CannotTrain as exc:  # this data cannot fit this model: publish the others
        if first:  # the first step builds what every later one reads
            raise MissingArtifactError(f"The {m.name} model could not be trained: {exc.reason}") from exc
        missing[m.name] = exc.reason
        return TrainStep(name=m.name, seconds=0.0, detail=f"not trained: {exc.reason}", trained=False)


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
    relative = rel_path(ws, path)
    if relative in dict(art.meta.get("tables") or {}).values():  # the tools read this file: record it anew
        store.record_table(art, relative)
    rows = pq.ParquetFile(path).metadata.num_rows
    return path, int(rows), art.version
