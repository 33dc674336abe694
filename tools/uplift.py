"""Uplift: who is most likely to be *persuaded* by a campaign, learned from randomised holdouts.

Propensity ranks customers by how likely they are to buy; many of the likeliest would buy anyway.
Uplift ranks them by the difference a message makes, which only a randomised holdout can show: a
two-model learner (T-learner) fits ``P(buy | x, treated)`` on treated customers and ``P(buy | x,
holdout)`` on holdout customers of past campaigns, and scores ``uplift(x) = difference``; pooled over
campaigns with different treated shares, rows are weighted so both arms are the same mix of campaigns
(:func:`balancing_weights`). Features are
what the workspace knows before the campaign: days since the last order, orders and spend in the year
before, average order value, and consent per channel.

Training (:func:`train_uplift`, the ``uplift`` model of ``copilot train``) fits :class:`TwoModelUplift`
(:class:`RLearnerUplift` is compared with it in ``benchmarks/bench_uplift.py``) on the randomised
past sends a workspace records in ``campaign_arms.parquet`` beside its database (campaign, customer, arm
treated/holdout -- the demo writes it for its coin-flip campaigns, see ``copilot.data.demo_campaigns``):
each customer's features as of the campaign's start, and whether they ordered in the
:data:`WINDOW_DAYS` days from it. Without such a file (or with too small a holdout) the model is not
trained and says why. Every customer is then scored at the data's as-of date
(``scores/uplift-<version>.parquet``), which the audience condition ``top_uplift`` ranks ("the
customers most likely to be persuaded").

Evaluation (:func:`qini_coefficient`): customers ranked by a score, the Qini curve at each cut is
``treated conversions - holdout conversions x treated / holdout`` among the top; the coefficient is
the area between the curve and the random-targeting diagonal divided by the number of customers,
i.e. the mean over cut-offs of the incremental conversions above random targeting (Radcliffe 2007;
scikit-uplift's ``qini_auc_score`` without the perfect-model normalisation).
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np
import numpy.typing as npt
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from copilot.data.demo_campaigns import CAMPAIGN_ARMS_FILE
from copilot.tools.uplift_models import (  # the estimators, also importable from here
    FloatArray,
    TwoModelUplift,
    balancing_weights,
    qini_coefficient,
)
from copilot.tools.uplift_models import RLearnerUplift as RLearnerUplift
from copilot.tools.uplift_models import qini_curve as qini_curve
from copilot.tools.uplift_models import treated_share as treated_share
from copilot.workspace import Workspace

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.tools.schemas import TrainStep
    from copilot.tools.training import TrainingRun

FEATURES = ("recency_days", "orders_365", "spend_365", "aov", "consent_email", "consent_sms", "consent_push")
WINDOW_DAYS = 14
"""A past campaign's outcome: an order within this many days of its start (sends go out over its first
week; the demo's conversions follow a click within a week)."""
MIN_HOLDOUT = 200
MIN_HOLDOUT_BUYERS = 20
MAX_ROWS_PER_ARM = 120_000

_FEATURE_SQL = """
SELECT i.key, i.customer_id,
       COALESCE(DATE_DIFF('day', MAX(CAST(o.order_ts AS DATE)) FILTER (WHERE CAST(o.order_ts AS DATE) < i.as_of),
                          i.as_of), 9999) AS recency_days,
       COUNT(o.order_id) FILTER (WHERE CAST(o.order_ts AS DATE) < i.as_of
                                   AND CAST(o.order_ts AS DATE) >= i.as_of - CAST(365 AS INTEGER)) AS orders_365,
       COALESCE(SUM(o.amount) FILTER (WHERE CAST(o.order_ts AS DATE) < i.as_of
                                        AND CAST(o.order_ts AS DATE) >= i.as_of - CAST(365 AS INTEGER)), 0) AS spend_365,
       COALESCE(AVG(o.amount) FILTER (WHERE CAST(o.order_ts AS DATE) < i.as_of), 0) AS aov,
       ANY_VALUE(c.consent_email)::INT AS consent_email, ANY_VALUE(c.consent_sms)::INT AS consent_sms,
       ANY_VALUE(c.consent_push)::INT AS consent_push,
       COUNT(o.order_id) FILTER (WHERE CAST(o.order_ts AS DATE) >= i.as_of
                                   AND CAST(o.order_ts AS DATE) < i.as_of + CAST($w AS INTEGER)) > 0 AS ordered
FROM (SELECT key, customer_id, CAST(as_of AS DATE) AS as_of FROM _rows) i JOIN customers c ON c.customer_id = i.customer_id
LEFT JOIN orders o ON o.customer_id = i.customer_id AND CAST(o.order_ts AS DATE) < i.as_of + CAST($w AS INTEGER)
GROUP BY i.key, i.customer_id, i.as_of"""


def feature_rows(
    con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, window_days: int = WINDOW_DAYS
) -> pd.DataFrame:
    """:data:`FEATURES` per row of ``rows`` (``key``, ``customer_id``, ``as_of``) from orders strictly before
    its ``as_of``, and ``ordered``: an order in the ``window_days`` from it. Rows come back in input order."""
    frame = rows[["key", "customer_id", "as_of"]].copy()
    con.register("_rows", frame)
    try:
        df = con.execute(_FEATURE_SQL, {"w": window_days}).df()
    finally:
        con.unregister("_rows")
    out = frame[["key"]].merge(df.drop(columns=["customer_id"]), on="key", how="left")
    return out.fillna({c: 0 for c in (*FEATURES, "ordered")})


def customer_features(ws: Workspace, customer_ids: list[str], as_of: date) -> pd.DataFrame:
    """:data:`FEATURES` per customer from orders strictly before ``as_of`` (rows in ``customer_ids`` order)."""
    rows = pd.DataFrame(
        {
            "key": np.arange(len(customer_ids)),
            "customer_id": pd.Series(customer_ids, dtype=object),
            "as_of": as_of,
        }
    )
    with ws.connect() as con:
        out = feature_rows(con, rows)
    return out.assign(customer_id=rows["customer_id"].to_numpy())[["customer_id", *FEATURES]]


# --- training: the ``uplift`` model of ``copilot train`` ------------------------------------------------
def load_arms(ws: Workspace, con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The randomised past sends (``campaign_id``, ``customer_id``, ``treated``, ``as_of`` = the campaign's
    start) of campaigns and customers the database holds; empty without ``campaign_arms.parquet``. Only
    the arms are read: a demo's ``true_effect`` column never reaches the model."""
    path = ws.root / CAMPAIGN_ARMS_FILE
    if not path.exists():
        return pd.DataFrame(columns=["campaign_id", "customer_id", "treated", "as_of"])
    arms = pd.read_parquet(path, columns=["campaign_id", "customer_id", "arm"])
    con.register("_arms", arms)
    try:
        return con.execute(
            """
SELECT a.campaign_id, a.customer_id, a.arm = 'treated' AS treated, CAST(c.start_date AS DATE) AS as_of
FROM _arms a JOIN campaigns c USING (campaign_id) JOIN customers k USING (customer_id)
WHERE a.arm IN ('treated', 'holdout')
ORDER BY c.start_date, a.campaign_id, a.customer_id"""
        ).df()
    finally:
        con.unregister("_arms")


def _capped(df: pd.DataFrame, seed: int) -> pd.DataFrame:
    """At most :data:`MAX_ROWS_PER_ARM` rows of each arm (a seeded sample; each arm's model sees its own)."""
    parts = [
        g.sample(n=MAX_ROWS_PER_ARM, random_state=seed) if len(g) > MAX_ROWS_PER_ARM else g
        for _, g in df.groupby("treated")
    ]
    return pd.concat(parts).sort_index() if parts else df


def train_uplift(run: TrainingRun) -> TrainStep:
    """The ``uplift`` model: the two-model learner (campaigns balanced) on the randomised past sends, checked
    first on the latest campaigns (:func:`validate`), every customer scored at the data's as-of date
    (``scores/uplift-<version>.parquet``: customer_id, uplift)."""
    from copilot.tools.artifacts import save_object
    from copilot.tools.schemas import TrainStep
    from copilot.tools.training import CannotTrain

    t0 = time.perf_counter()
    ws, con = run.ws, run.con
    if not isinstance(con, duckdb.DuckDBPyConnection):  # the Spark backend's connection
        raise CannotTrain(
            "the uplift model is trained on the DuckDB backend only; run `copilot train` without "
            "--backend spark to fit it."
        )
    arms = load_arms(ws, con)
    holdout = int((~arms["treated"].astype(bool)).sum()) if len(arms) else 0
    if holdout < MIN_HOLDOUT:
        raise CannotTrain(
            f"{holdout} customers in randomised holdouts of past campaigns ({CAMPAIGN_ARMS_FILE}); uplift needs at "
            f"least {MIN_HOLDOUT} to learn who a campaign persuades. Approve plans with a holdout, read them out, "
            "and keep their arms (the demo workspace has them)."
        )
    rows = _capped(arms.assign(key=np.arange(len(arms))), seed=0)
    run.progress("uplift rows", 0.1)
    feats = feature_rows(con, rows)
    x = feats[list(FEATURES)].to_numpy(dtype=float)
    t = rows["treated"].to_numpy(dtype=bool)
    y = feats["ordered"].to_numpy(dtype=bool)
    if int(y[~t].sum()) < MIN_HOLDOUT_BUYERS or int(y[t].sum()) < MIN_HOLDOUT_BUYERS:
        raise CannotTrain(
            f"too few orders within {WINDOW_DAYS} days of past campaigns in one of the arms to learn "
            "uplift; import a longer order history, then run `copilot train`."
        )
    run.progress("uplift validation", 0.3)
    groups = rows["campaign_id"].astype(str).to_numpy()
    validation = validate(groups, rows["as_of"].to_numpy(), x, t, y)
    run.progress("uplift models", 0.5)
    model = TwoModelUplift.fit(x, t, y, weight=balancing_weights(groups, t))
    run.progress("scoring customers (uplift)", 0.7)
    ids = [
        str(r[0]) for r in con.execute("SELECT customer_id FROM customers ORDER BY customer_id").fetchall()
    ]
    now = pd.DataFrame(
        {"key": np.arange(len(ids)), "customer_id": pd.Series(ids, dtype=object), "as_of": run.as_of}
    )
    xs = feature_rows(con, now)[list(FEATURES)].to_numpy(dtype=float)
    score = model.predict(xs) if len(ids) else np.zeros(0)
    path = ws.scores_dir / f"uplift-{run.version}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pd.DataFrame({"customer_id": pd.Series(ids, dtype=object), "uplift": score}).to_parquet(tmp, index=False)
    tmp.replace(path)
    campaigns = sorted(set(groups))
    w = balancing_weights(groups, t)  # each campaign equally in both arms (see balancing_weights)
    y_t, y_h = float(np.average(y[t], weights=w[t])), float(np.average(y[~t], weights=w[~t]))
    meta = run.common | {
        "tables": {"uplift_scores": str(path.relative_to(ws.root))},
        "features": list(FEATURES),
        "window_days": WINDOW_DAYS,
        "campaigns": campaigns,
        "rows": {"treated": int(t.sum()), "holdout": int((~t).sum())},
        "observed": {"treated_order_rate": y_t, "holdout_order_rate": y_h, "lift": y_t - y_h},
        "validation": validation,
        "mean_score": float(score.mean()) if score.size else 0.0,
        "learner": "two-model (T-learner), one HistGradientBoostingClassifier per arm, campaigns balanced",
    }
    with run.store.writer("uplift", run.version, meta) as d:
        save_object(d, "model", model)
    return TrainStep(
        name="uplift",
        seconds=time.perf_counter() - t0,
        detail=(
            f"two-model uplift on {len(campaigns)} past campaigns with randomised holdouts "
            f"({int(t.sum()):,} treated / {int((~t).sum()):,} holdout); {validation['sentence']}"
        ),
        metrics={"observed_lift": round(y_t - y_h, 5), "validation_qini_z": round(float(validation["z"]), 3)},
    )


VALIDATION_SHARE = 0.3
PERMUTATIONS = 50


def validate(
    groups: npt.NDArray[Any],
    starts: npt.NDArray[Any],
    x: FloatArray,
    t: npt.NDArray[np.bool_],
    y: npt.NDArray[np.bool_],
    seed: int = 0,
) -> dict[str, Any]:
    """Is the ranking better than random on campaigns it did not learn from? The latest
    :data:`VALIDATION_SHARE` of the campaigns (at least one, leaving one) are held out, the learner is fitted
    on the earlier ones, and the held-out campaigns' observed Qini coefficients are summed and compared with
    what random rankings get (:data:`PERMUTATIONS` shuffles per campaign): ``z`` = Qini / its spread under
    random ranking. Outcomes are noisy, so ``z`` < 2 means "not shown to beat random", not "random"."""
    first = pd.Series(starts).groupby(pd.Series(groups)).min().sort_values()
    order = [str(c) for c in first.index]
    if len(order) < 2:
        return {
            "campaigns": [],
            "qini": 0.0,
            "random_sd": 0.0,
            "z": 0.0,
            "sentence": "not validated (one campaign with a holdout)",
        }
    k = min(len(order) - 1, max(1, round(VALIDATION_SHARE * len(order))))
    held = set(order[-k:])
    test = np.isin(groups, list(held))
    model = TwoModelUplift.fit(
        x[~test], t[~test], y[~test], seed=seed, weight=balancing_weights(groups[~test], t[~test])
    )
    rng = np.random.default_rng(seed)
    qini, var = 0.0, 0.0
    for c in held:
        m = groups == c
        score = model.predict(x[m])
        qini += qini_coefficient(score, t[m], y[m])
        shuffled = [qini_coefficient(rng.permutation(score), t[m], y[m]) for _ in range(PERMUTATIONS)]
        var += float(np.var(shuffled, ddof=1))
    sd = float(np.sqrt(var))
    z = qini / sd if sd > 0 else 0.0
    verdict = "better than random targeting" if z >= 2 else "not shown to beat random targeting"
    return {
        "campaigns": sorted(held),
        "qini": qini,
        "random_sd": sd,
        "z": z,
        "sentence": (
            f"on the {k} latest campaigns, held out, its ranking's Qini was {qini:.1f} against random "
            f"targeting's 0 ± {sd:.1f} (z = {z:.1f}): {verdict}"
        ),
    }


# --- the tool -----------------------------------------------------------------------------------------
class UpliftQuery(BaseModel):
    """Who a campaign is most likely to persuade: the top share of customers by estimated uplift."""

    model_config = ConfigDict(extra="forbid")
    top_share: float = Field(0.2, gt=0, le=1, description="Share of customers to describe (0-1).")


class UpliftReport(BaseModel):
    """The customers most likely to be persuaded, in aggregate (no customer ids)."""

    customers: int = Field(ge=0, description="Customers scored.")
    top_customers: int = Field(ge=0)
    top_share: float
    mean_uplift_top: float = Field(description="Mean estimated uplift (order-probability points) of the top.")
    mean_uplift_all: float
    campaigns: int = Field(
        ge=0, description="Past campaigns with randomised holdouts the model learned from."
    )
    model_version: str
    validation: str = Field("", max_length=400, description="How the ranking did on held-out past campaigns.")
    condition: dict[str, Any] = Field(description="The audience condition that selects them.")

    def summary(self) -> str:
        return (
            f"top {self.top_share:.0%} most persuadable: {self.top_customers:,} customers, mean estimated uplift "
            f"{self.mean_uplift_top:+.2%} (all: {self.mean_uplift_all:+.2%}); learned from {self.campaigns} "
            f"campaigns with randomised holdouts; {self.validation}"
        )

    def to_markdown(self) -> str:
        return f"**Customers most likely to be persuaded** -- {self.summary()}."


def uplift_estimate(deps: Deps, query: UpliftQuery) -> UpliftReport:
    """The customers a campaign is most likely to persuade (uplift from past randomised holdouts), in
    aggregate, with the audience condition ``top_uplift`` that selects them."""
    art = deps.artifacts.load("uplift")
    scores = pd.read_parquet(ws_path(deps, art.meta["tables"]["uplift_scores"]))
    s = np.sort(scores["uplift"].to_numpy(dtype=float))[::-1]
    k = int(np.ceil(query.top_share * s.size))
    return UpliftReport(
        customers=int(s.size),
        top_customers=k,
        top_share=query.top_share,
        mean_uplift_top=float(s[:k].mean()) if k else 0.0,
        mean_uplift_all=float(s.mean()) if s.size else 0.0,
        campaigns=len(art.meta.get("campaigns", [])),
        model_version=art.version,
        validation=str(dict(art.meta.get("validation") or {}).get("sentence", ""))[:400],
        condition={"kind": "top_uplift", "top_share": query.top_share},
    )


def ws_path(deps: Deps, rel: str) -> str:
    return str((deps.workspace.root / rel).resolve())
