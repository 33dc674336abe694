"""An audience as an array of customer indexes, and the per-customer figures forecast sums over it (issue #14).

At 1M customers forecast's slowest audiences are large ones (400k customers): every SQL query that filters by
the audience, even by a table of its evaluated indexes, scans or joins all of them (30-120 ms each). Here the
audience is evaluated once into the indexes ``user_index`` of its customers (unique, 0..n-1) and each figure
is a pass over arrays indexed by customer, made once per artifact version (the store's memo):

* the live scores of one category, ``p`` (a FLOAT as in ``scores_ui``; NaN for a customer without a score);
* ``cust``'s order totals and consent flags (NaN for NULL);
* one category's ``custcat`` rows (sorted by customer).

The arithmetic follows DuckDB's types (FLOAT expressions in float32, sums in float64), so each figure equals the
SQL it replaces up to the order of summation (1e-9 relative; tests/tools/test_audience_index.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from copilot.deps import Deps
from copilot.tools.ui_tables import custcat_table, scores_table

Indexes = npt.NDArray[np.int64]
_F32 = np.float32


@dataclass(frozen=True)
class Audience:
    """The customers of an audience by index; ``ui`` None: every customer."""

    ui: Indexes | None

    def pick(self, values: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """``values`` (one per customer index) of the audience's customers."""
        return values if self.ui is None else values[self.ui]


def customers(deps: Deps) -> int:
    """The largest customer index + 1 (the length of the per-customer arrays)."""

    def count() -> int:
        with deps.artifacts.query() as q:
            row = q.execute("SELECT COALESCE(MAX(user_index), -1) + 1 FROM cust").fetchone()
        return int(row[0]) if row else 0

    return deps.artifacts.memo("audience_index:customers", count)


def audience_index(deps: Deps, where: str, params: dict[str, Any]) -> Audience:
    """The customers of ``cust`` that :func:`~copilot.tools.audience.audience_filter`'s ``(where, params)``
    selects, evaluated once."""
    if where == "TRUE":
        return Audience(None)
    with deps.artifacts.query() as q:
        rows = q.execute(
            f"SELECT c.user_index FROM cust c WHERE c.user_index IS NOT NULL AND ({where})", params
        ).fetchnumpy()
    return Audience(np.asarray(rows["user_index"], dtype=np.int64))


def _dense(ui: npt.NDArray[Any], values: Any, n: int, dtype: type) -> npt.NDArray[Any]:
    """Per customer index: ``values`` at ``ui``, NaN elsewhere and where a value is NULL."""
    out: npt.NDArray[Any] = np.full(n, np.nan, dtype=dtype)
    out[np.asarray(ui, dtype=np.int64)] = np.ma.filled(np.ma.asarray(values).astype(dtype), np.nan)
    return out


def category_scores(deps: Deps, code: int) -> npt.NDArray[np.float32]:
    """The live score ``p`` of the category with ``scores_ui`` code ``code``, per customer index."""

    def make() -> npt.NDArray[np.float32]:
        table = scores_table(deps)
        with deps.artifacts.query() as q:
            arr = q.execute(f"SELECT ui, p FROM {table.name} WHERE cat = $cat", {"cat": code}).fetchnumpy()
        return _dense(arr["ui"], arr["p"], customers(deps), np.float32)

    return deps.artifacts.memo(f"audience_index:scores:{code}", make)


def horizon(p: npt.NDArray[np.float32], horizon_days: int, trained: int) -> npt.NDArray[Any]:
    """:func:`~copilot.tools.propensity.horizon_sql` over an array: ``p`` itself (FLOAT) at the trained
    horizon, else ``1 - POW(1 - LEAST(p, 0.999999), h / trained)`` (LEAST and ``1 -`` in FLOAT, POW in DOUBLE)."""
    if horizon_days == trained:
        return p
    rest = _F32(1) - np.minimum(p, _F32(0.999999))
    return 1.0 - np.power(rest.astype(np.float64), horizon_days / trained)


def propensity_row(
    p: npt.NDArray[np.float32], audience: Audience, h: int, trained: int, window_days: int | None,
    hi: float, lo: float,
) -> tuple[Any, ...]:
    """The row of :func:`~copilot.tools.propensity._score`'s summary query: (n, expected buyers, variance,
    n and expected buyers of the high, medium and low tiers, mean probability over ``window_days``)."""
    got = audience.pick(p)
    got = got[~np.isnan(got)]
    ph = horizon(got, h, trained)
    spread = ph * (ph.dtype.type(1) - ph)  # in FLOAT when ph is
    wide = ph.astype(np.float64)
    high, low = wide >= hi, wide < lo
    mid = ~high & ~low
    row: list[Any] = [len(ph), float(np.sum(wide)), float(np.sum(spread, dtype=np.float64))]
    for tier in (high, mid, low):
        row += [int(np.count_nonzero(tier)), float(np.sum(wide[tier]))]
    if window_days is not None:
        pw = horizon(got, window_days, trained)
        row.append(float(np.mean(pw, dtype=np.float64)) if len(pw) else None)
    return tuple(row)


def _customer_columns(deps: Deps) -> dict[str, npt.NDArray[np.float64]]:
    def make() -> dict[str, npt.NDArray[np.float64]]:
        cols = ("monetary", "frequency", "aov", "consent_email", "consent_sms", "consent_push")
        with deps.artifacts.query() as q:
            arr = q.execute(f"SELECT user_index, {', '.join(cols)} FROM cust WHERE user_index IS NOT NULL").fetchnumpy()
        n = customers(deps)
        return {c: _dense(arr["user_index"], arr[c], n, np.float64) for c in cols}

    return deps.artifacts.memo("audience_index:cust", make)


def _sum(values: npt.NDArray[np.float64]) -> float | None:
    """SQL's SUM: None over no values."""
    ok = values[~np.isnan(values)]
    return float(np.sum(ok)) if len(ok) else None


def _stddev(values: npt.NDArray[np.float64]) -> float | None:
    """SQL's STDDEV_SAMP of the non-NULL values: None below two."""
    ok = values[~np.isnan(values)]
    return float(np.std(ok, ddof=1)) if len(ok) > 1 else None


def order_counts(deps: Deps, audience: Audience) -> tuple[tuple[Any, ...], tuple[int, int, int]]:
    """(SUM(monetary), SUM(frequency), STDDEV_SAMP(aov), COUNT(aov)) of the audience's customers and its
    consented customers per channel (email, SMS, push)."""
    cols = {c: audience.pick(v) for c, v in _customer_columns(deps).items()}
    aov = cols["aov"]
    totals = (_sum(cols["monetary"]), _sum(cols["frequency"]), _stddev(aov), int(np.count_nonzero(~np.isnan(aov))))
    consent = tuple(int(_sum(cols[f"consent_{ch}"]) or 0) for ch in ("email", "sms", "push"))
    return totals, (consent[0], consent[1], consent[2])


def category_orders(deps: Deps, category: str, audience: Audience) -> tuple[Any, ...]:
    """(SUM(cat_spend), SUM(cat_orders), STDDEV_SAMP(cat_spend / cat_orders), COUNT(*)) over the audience's
    ``custcat`` rows of ``category``."""
    table = custcat_table(deps)
    code = table.code(category)

    def make() -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        with deps.artifacts.query() as q:
            arr = q.execute(
                f"SELECT ui, cat_spend, cat_orders FROM {table.name} WHERE cat = $cat ORDER BY ui", {"cat": code}
            ).fetchnumpy()
        spend, orders = (np.ma.filled(np.ma.asarray(arr[c]).astype(np.float64), np.nan) for c in ("cat_spend", "cat_orders"))
        return np.asarray(arr["ui"], dtype=np.int64), spend, orders

    ui, spend, orders = deps.artifacts.memo(f"audience_index:custcat:{code}", make)
    if audience.ui is not None:
        member = np.zeros(customers(deps), dtype=bool)
        member[audience.ui] = True
        keep = member[ui]
        spend, orders = spend[keep], orders[keep]
    with np.errstate(divide="ignore", invalid="ignore"):
        per_order = np.where(orders != 0, spend / orders, np.nan)  # x / 0 is NULL in DuckDB
    return _sum(spend), _sum(orders), _stddev(per_order), len(spend)
