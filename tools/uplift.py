"""Uplift: who is most likely to be *persuaded* by a campaign, learned from randomised holdouts.

Propensity ranks customers by how likely they are to buy; many of the likeliest would buy anyway.
Uplift ranks them by the difference a message makes, which only a randomised holdout can show: a
two-model learner (T-learner) fits ``P(buy | x, treated)`` on treated customers and ``P(buy | x,
holdout)`` on holdout customers of past campaigns, and scores ``uplift(x) = difference``. Features are
what the workspace knows before the campaign: days since the last order, orders and spend in the year
before, average order value, and consent per channel.

Evaluation (:func:`qini_coefficient`): customers ranked by a score, the Qini curve at each cut is
``treated conversions - holdout conversions x treated / holdout`` among the top; the coefficient is
the area between the curve and the random-targeting diagonal divided by the number of customers,
i.e. the mean over cut-offs of the incremental conversions above random targeting (Radcliffe 2007;
scikit-uplift's ``qini_auc_score`` without the perfect-model normalisation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from copilot.workspace import Workspace

FEATURES = ("recency_days", "orders_365", "spend_365", "aov", "consent_email", "consent_sms", "consent_push")

FloatArray = npt.NDArray[np.float64]


def customer_features(ws: Workspace, customer_ids: list[str], as_of: date) -> pd.DataFrame:
    """:data:`FEATURES` per customer from orders strictly before ``as_of`` (rows in ``customer_ids`` order)."""
    frame = pd.DataFrame({"customer_id": pd.Series(customer_ids, dtype=object)})
    with ws.connect() as con:
        con.register("_ids", frame)
        try:
            df = con.execute(
                """
SELECT i.customer_id,
       COALESCE(DATE_DIFF('day', MAX(CAST(o.order_ts AS DATE)), $d), 9999) AS recency_days,
       COUNT(o.order_id) FILTER (WHERE CAST(o.order_ts AS DATE) >= $y) AS orders_365,
       COALESCE(SUM(o.amount) FILTER (WHERE CAST(o.order_ts AS DATE) >= $y), 0) AS spend_365,
       COALESCE(AVG(o.amount), 0) AS aov,
       ANY_VALUE(c.consent_email)::INT AS consent_email, ANY_VALUE(c.consent_sms)::INT AS consent_sms,
       ANY_VALUE(c.consent_push)::INT AS consent_push
FROM _ids i JOIN customers c ON c.customer_id = i.customer_id
LEFT JOIN orders o ON o.customer_id = i.customer_id AND CAST(o.order_ts AS DATE) < $d
GROUP BY i.customer_id""",
                {"d": as_of, "y": as_of - timedelta(days=365)},
            ).df()
        finally:
            con.unregister("_ids")
    return frame.merge(df, on="customer_id", how="left").fillna(0)


@dataclass
class TwoModelUplift:
    """A T-learner: one gradient-boosted classifier per arm; ``predict`` is their difference."""

    treated_model: HistGradientBoostingClassifier
    holdout_model: HistGradientBoostingClassifier

    @classmethod
    def fit(cls, x: FloatArray, treated: npt.NDArray[np.bool_], y: npt.NDArray[np.bool_], seed: int = 0) -> TwoModelUplift:
        def model() -> HistGradientBoostingClassifier:
            return HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_depth=3,
                                                  min_samples_leaf=40, l2_regularization=1.0, random_state=seed)

        return cls(model().fit(x[treated], y[treated]), model().fit(x[~treated], y[~treated]))

    def predict(self, x: FloatArray) -> FloatArray:
        p1 = self.treated_model.predict_proba(x)[:, 1]
        p0 = self.holdout_model.predict_proba(x)[:, 1]
        return np.asarray(p1 - p0, dtype=np.float64)


def qini_curve(score: FloatArray, treated: npt.NDArray[np.bool_], y: npt.NDArray[np.bool_]) -> FloatArray:
    """Incremental conversions among the top-k by ``score``, for k = 0..n (see the module docstring)."""
    order = np.argsort(-score, kind="stable")
    t = treated[order].astype(float)
    yy = y[order].astype(float)
    nt, nc = np.cumsum(t), np.cumsum(1 - t)
    yt, yc = np.cumsum(yy * t), np.cumsum(yy * (1 - t))
    with np.errstate(divide="ignore", invalid="ignore"):
        q = yt - np.where(nc > 0, yc * nt / nc, 0.0)
    return np.concatenate([[0.0], q])


def qini_coefficient(score: FloatArray, treated: npt.NDArray[np.bool_], y: npt.NDArray[np.bool_]) -> float:
    """Mean gap between the Qini curve and the random diagonal over cut-offs (higher is better; 0 = random)."""
    q = qini_curve(score, treated, y)
    n = q.size - 1
    diagonal = np.linspace(0.0, q[-1], n + 1)
    return float(np.trapezoid(q - diagonal) / n) if n else 0.0
