"""score_propensity: how many of an audience will buy (a category) soon, with honest uncertainty."""

from __future__ import annotations

import math
from contextlib import ExitStack
from typing import Any, NamedTuple

import numpy as np

from copilot.deps import Deps
from copilot.tools.audience import audience_filter, materialized, vocabulary
from copilot.tools.audience_index import Audience, category_scores, propensity_row
from copilot.tools.features import ANY_CATEGORY, CONSTANT_PER_CATEGORY, FEATURE_LABELS
from copilot.tools.schemas import AudienceCriteria, Driver, PropensityQuery, PropensityReport, PropensityTier
from copilot.tools.stats import Z95
from copilot.tools.ui_tables import custcat_table, scores_table

HIGH_LIFT = 2.0  # high tier: at least twice the average probability for the category
LOW_LIFT = 0.5  # low tier: below half the average
MAX_DRIVERS = 5

# Per-audience feature expressions over cust (c) LEFT JOIN custcat (k) for the chosen category.
_CAT_EXPR = {
    "cat_orders": "COALESCE(k.cat_orders, 0)",
    "cat_spend": "COALESCE(k.cat_spend, 0)",
    "cat_recency_days": "k.cat_recency_days",
    "cat_share": "CASE WHEN c.monetary > 0 THEN COALESCE(k.cat_spend, 0) / c.monetary ELSE 0 END",
}
_ANY_EXPR = {
    "cat_orders": "c.frequency",
    "cat_spend": "c.monetary",
    "cat_recency_days": "c.recency_days",
    "cat_share": "CASE WHEN c.frequency > 0 THEN 1.0 ELSE 0.0 END",
}


def horizon_sql(horizon: int, trained: int) -> str:
    """Probability over ``horizon`` days from the trained-horizon probability ``p`` (constant rate)."""
    if horizon == trained:
        return "s.p"
    return f"(1 - POW(1 - LEAST(s.p, 0.999999), {horizon / trained!r}))"


def _holdout_metrics(meta: dict[str, Any], category: str) -> tuple[float, float, float, list[str]]:
    """(AUC, ECE, Brier) for the category from the holdout, falling back to pooled values."""
    chosen = meta["metrics"][meta["kind"]]
    per = chosen.get("per_category", {}).get(category, {})
    notes: list[str] = []
    if per.get("positives", 0) >= 30 and "auc" in per:
        return float(per["auc"]), float(per["ece"]), float(per["brier"]), notes
    notes.append(
        f"Too few holdout purchases in '{category}' for category-level metrics; AUC/ECE/Brier are the "
        "model's pooled holdout values."
    )
    return float(chosen["macro_auc"]), float(chosen["ece"]), float(chosen["brier"]), notes


def _at_horizon(p: float, horizon: int, trained: int) -> float:
    """``p`` (a ``trained``-day probability) over ``horizon`` days, as :func:`horizon_sql` does."""
    return p if horizon == trained else 1 - (1 - min(p, 0.999999)) ** (horizon / trained)


def _drivers(deps: Deps, meta: dict[str, Any], category: str, where: str,
             params: dict[str, Any], horizon: int) -> list[Driver]:
    importance: dict[str, float] = meta.get("importance", {})
    curves: dict[str, dict[str, Any]] = meta.get("pd_curves", {})
    trained = int(meta.get("horizon_days", horizon))
    # for "any purchase" the category features equal the customer ones: keep one of each
    dup = {"cat_orders", "cat_spend", "cat_recency_days", "cat_share"} if category == ANY_CATEGORY else set()
    feats = [f for f in importance if f in curves and f not in CONSTANT_PER_CATEGORY and f not in dup]
    feats = feats[:MAX_DRIVERS]
    if not feats:
        return []
    row = _feature_means(deps, feats, category, where, params)
    what = "anything" if category == ANY_CATEGORY else f"in '{category}'"
    out: list[Driver] = []
    for i, f in enumerate(feats):
        a = row[2 * i] if row else None
        p = row[2 * i + 1] if row else None
        if a is None or p is None:
            continue
        # the curve for THIS category (its own rows); models trained before per-category curves only
        # have the curve pooled over every category, which is on the wrong scale for any one category
        x, y = curves[f]["x"], curves[f].get("by_category", {}).get(category)
        pooled = y is None
        if pooled:
            y = curves[f]["y"]
        h = trained if pooled else horizon
        ya = _at_horizon(float(np.interp(a, x, y)), h, trained)
        yp = _at_horizon(float(np.interp(p, x, y)), h, trained)
        diff = ya - yp
        rel = diff / yp if yp > 0 else 0.0
        direction = "neutral" if abs(rel) < 0.05 else ("raises" if diff > 0 else "lowers")
        label = FEATURE_LABELS.get(f, f)
        effect = {"raises": "raises", "lowers": "lowers", "neutral": "barely changes"}[direction]
        scale = (f"a {trained}-day probability pooled over every category, not specific to buying {what}; "
                 "`copilot train` gives category-specific figures" if pooled else
                 f"chance of buying {what} within {horizon} days")
        explanation = (
            f"This audience averages {_fmt(a)} {label} vs {_fmt(p)} across all customers, which {effect} the "
            f"score (model: {100 * ya:.2f}% vs {100 * yp:.2f}% {scale}, with other factors at their usual values)."
        )
        out.append(Driver(feature=f, label=label, direction=direction,
                          importance=float(importance[f]), audience_value=float(a), population_value=float(p),
                          audience_probability=None if pooled else ya,
                          population_probability=None if pooled else yp, explanation=explanation))
    return out


def _feature_means(
    deps: Deps, feats: list[str], category: str, where: str, params: dict[str, Any]
) -> tuple[Any, ...]:
    """(audience mean, all-customer mean) of each feature, interleaved. The audience's come from a scan
    filtered by ``where`` (evaluated once: inside one FILTER per column, DuckDB evaluated a sub-query
    audience once per column, issue #14); all customers' once per model version and category."""
    exprs = _ANY_EXPR if category == ANY_CATEGORY else _CAT_EXPR
    cols = ", ".join(f"AVG(CAST({exprs.get(f, f'c.{f}')} AS DOUBLE)) AS m{i}" for i, f in enumerate(feats))
    history = custcat_table(deps)  # custcat by integer keys: the same rows as joining it by customer id
    sql = (f"SELECT {cols} FROM cust c LEFT JOIN {history.name} k "
           f"ON k.ui = c.user_index AND k.cat = $cat WHERE {{where}}")

    def means(w: str, p: dict[str, Any]) -> tuple[Any, ...]:
        with deps.artifacts.query() as q:
            row = q.execute(sql.format(where=w), p | {"cat": history.code(category)}).fetchone()
        return tuple(row) if row else (None,) * len(feats)

    everyone = deps.artifacts.memo(f"drivers:means:{category}:{','.join(feats)}", lambda: means("TRUE", {}))
    audience = everyone if where == "TRUE" else means(where, params)
    return tuple(v for pair in zip(audience, everyone, strict=True) for v in pair)


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:.2f}".rstrip("0").rstrip(".")


def score_propensity(deps: Deps, query: PropensityQuery) -> PropensityReport:
    """Purchase propensity of an audience: expected buyers in the next `horizon_days` (of a product
    `category`, or of anything), with a 95%-style range, mean probability vs the all-customer base
    rate, counts in high / medium / low tiers, the top drivers of the score for this audience in plain
    words, and the model's holdout AUC and calibration error.

    Use it to size a campaign's likely buyers, compare segments, or pick who to target for a category.
    The audience is given by `audience` criteria (e.g. {"segment": "At risk"}); empty means all customers.
    """
    with ExitStack() as scope:  # the audience, evaluated once for the scores and the drivers
        scored = _score(deps, query, scope)
        if not scored.report.audience_size:
            return scored.report
        drivers = _drivers(deps, scored.meta, scored.category, scored.where, scored.params, query.horizon_days)
    return scored.report.model_copy(update={"drivers": drivers})


class _Scored(NamedTuple):
    report: PropensityReport  # without drivers
    p_window: float | None
    meta: dict[str, Any]
    category: str
    where: str
    params: dict[str, Any]


def propensity_summary(
    deps: Deps, query: PropensityQuery, *, window_days: float, audience: tuple[str, dict[str, Any]] | Audience
) -> tuple[PropensityReport, float]:
    """:func:`score_propensity` without the drivers (the forecast does not show them), and the audience's
    mean probability of buying within ``window_days`` (its attribution window, whole days, at least 1)
    from the same scan of its scores. ``audience``: ``query.audience``'s filter as the caller holds it
    (:func:`~copilot.tools.audience.audience_filter`, possibly :func:`~copilot.tools.audience.materialized`),
    or its customers' indexes (the scores summed as arrays: the same figures, issue #14)."""
    with ExitStack() as scope:
        scored = _score(deps, query, scope, window_days=max(1, int(window_days)), audience=audience)
    assert scored.p_window is not None
    return scored.report, scored.p_window


def _score(
    deps: Deps,
    query: PropensityQuery,
    scope: ExitStack,
    *,
    window_days: int | None = None,
    audience: tuple[str, dict[str, Any]] | Audience | None = None,
) -> _Scored:
    """The report without drivers; the audience's filter (unless given) is materialised in ``scope``."""
    store = deps.artifacts
    art = store.load("propensity")
    meta = art.meta
    voc = vocabulary(deps)
    category = voc.category(query.category)
    trained = int(meta["horizon_days"])
    h = query.horizon_days
    ph = horizon_sql(h, trained)
    crit = query.audience or AudienceCriteria()
    params: dict[str, Any]
    if isinstance(audience, Audience):
        where, params = "", {}
    else:
        where, params = audience or scope.enter_context(materialized(deps, *audience_filter(deps, crit)))
    base_sql = f"SELECT AVG({ph}) FROM scores s WHERE s.category = ?"

    def base_rate() -> float:
        with store.query() as q:
            brow = q.execute(base_sql, [category]).fetchone()
        return float(brow[0]) if brow and brow[0] is not None else 0.0

    base = store.memo(f"base_rate:{category}:{h}", base_rate)
    hi, lo = HIGH_LIFT * base, LOW_LIFT * base
    row: tuple[Any, ...] | None
    if isinstance(audience, Audience):  # the scores as arrays: the same figures as the query
        p = category_scores(deps, scores_table(deps).code(category))
        row = propensity_row(p, audience, h, trained, window_days, hi, lo)
    else:
        row = _summary_row(deps, category, (h, trained, window_days), (where, params), hi, lo)
    assert row is not None
    n, e, v = int(row[0]), float(row[1]), float(row[2])
    auc, ece, brier, notes = _holdout_metrics(meta, category)
    half = Z95 * math.sqrt(max(v, 0.0)) + n * ece
    mean_p = e / n if n else 0.0
    tiers = [
        PropensityTier(name="high", count=int(row[3]), share=int(row[3]) / n if n else 0.0,
                       min_probability=HIGH_LIFT * base, max_probability=1.0, expected_buyers=float(row[4])),
        PropensityTier(name="medium", count=int(row[5]), share=int(row[5]) / n if n else 0.0,
                       min_probability=LOW_LIFT * base, max_probability=HIGH_LIFT * base,
                       expected_buyers=float(row[6])),
        PropensityTier(name="low", count=int(row[7]), share=int(row[7]) / n if n else 0.0,
                       min_probability=0.0, max_probability=LOW_LIFT * base, expected_buyers=float(row[8])),
    ]
    if h != trained:
        notes.append(
            f"The model predicts {trained}-day purchases; {h}-day probabilities assume a constant purchase "
            f"rate (p_{h} = 1 - (1 - p_{trained})^({h}/{trained})). Holdout metrics are for {trained} days."
        )
    notes.append(
        "Range = sampling noise of the expected buyer count (Poisson-binomial, 95%) widened by the holdout "
        "calibration error times the audience size."
    )
    if n == 0:
        notes.append("No customer matches these criteria.")
    p_window = (float(row[9]) if row[9] is not None else 0.0) if window_days is not None else None
    report = PropensityReport(
        audience=crit.describe(), category=None if category == ANY_CATEGORY else category, horizon_days=h,
        audience_size=n, expected_buyers=e, expected_buyers_low=max(0.0, e - half),
        expected_buyers_high=min(float(n), e + half), mean_probability=mean_p,
        ci_low=max(0.0, (e - half) / n) if n else 0.0, ci_high=min(1.0, (e + half) / n) if n else 0.0,
        base_rate=base, lift=mean_p / base if base > 0 else 0.0, tiers=tiers, drivers=[],
        model_kind=str(meta["kind"]), holdout_auc=auc, calibration_error=ece, brier=brier,
        trained_horizon_days=trained, as_of=art.as_of, model_version=art.version, notes=notes,
    )
    return _Scored(report, p_window, meta, category, where, params)


def _summary_row(
    deps: Deps,
    category: str,
    horizons: tuple[int, int, int | None],
    audience: tuple[str, dict[str, Any]],
    hi: float,
    lo: float,
) -> tuple[Any, ...] | None:
    """The audience's propensity summary (see :func:`~copilot.tools.audience_index.propensity_row`) by one
    query over the integer-keyed scores. ``horizons``: (asked, trained, attribution window or None)."""
    h, trained, window_days = horizons
    where, params = audience
    ph = horizon_sql(h, trained)
    scores = scores_table(deps)  # the scores by integer keys: the same rows as joining them by customer id
    window_col = ", AVG(pw) AS p_window" if window_days is not None else ""
    window_expr = f", {horizon_sql(window_days, trained)} AS pw" if window_days is not None else ""
    sql = f"""
SELECT COUNT(*) AS n, COALESCE(SUM(ph), 0) AS e, COALESCE(SUM(ph * (1 - ph)), 0) AS v,
       COUNT(*) FILTER (WHERE ph >= $hi) AS n_high, COALESCE(SUM(ph) FILTER (WHERE ph >= $hi), 0) AS e_high,
       COUNT(*) FILTER (WHERE ph >= $lo AND ph < $hi) AS n_mid,
       COALESCE(SUM(ph) FILTER (WHERE ph >= $lo AND ph < $hi), 0) AS e_mid,
       COUNT(*) FILTER (WHERE ph < $lo) AS n_low, COALESCE(SUM(ph) FILTER (WHERE ph < $lo), 0) AS e_low
{window_col}
FROM (SELECT {ph} AS ph{window_expr} FROM {scores.name} s JOIN cust c ON c.user_index = s.ui
      WHERE s.cat = $cat AND {where}) t
"""
    with deps.artifacts.query() as q:
        row = q.execute(sql, params | {"cat": scores.code(category), "hi": hi, "lo": lo}).fetchone()
    return None if row is None else tuple(row)
