"""Repeat purchase in recommendations: which categories people re-buy, which of a customer's products
are due again, and how a list mixes "buy again" with "discover" -- a mix chosen per workspace on a
time split of its own orders.

Training learns, from the orders before its as-of date, per category the share of customer x
product pairs bought again and the median re-buy interval (:func:`repurchase_by_category`), then
the :class:`BlendPolicy` (:func:`learn_blend`): the data before ``as_of - 30 days`` trains a
recommender of the chosen method, and each candidate mix (buy-again items ordered by how due they
are or by how often they were bought, taking 10%..100% of the list, or the share read off the
categories' repeat rates) is scored by nDCG@10 on what customers bought in those last 30 days.
The best one is kept; the prior (due order, share from the repeat rates) when there is too little
data to tell. The recommend tool and the model benchmark build lists with the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal, TypeVar

import duckdb
import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp
from pydantic import BaseModel, Field

from copilot.tools import cf
from copilot.tools.features import interactions, ts_literal
from copilot.tools.stats import ndcg_at_k

T = TypeVar("T")

DUE_WITHIN_DAYS = 30  # buy-again items are those due again within this many days (a campaign window)
K = 10  # list length the mix is chosen for

#: A category is re-bought when at least this share of its customer x product pairs were bought in two
#: or more orders (and at least REPEAT_MIN_PAIRS such pairs): demo socks 29%, running apparel 26%,
#: accessories 18%, headlamps 6%, tents 8%; a grocery-like brand ~50-60%.
REPEAT_RATE_MIN = 0.15
REPEAT_MIN_PAIRS = 30

#: The mix is chosen on at most this many customers who bought in the validation window, and only
#: when at least MIN_VALIDATION_USERS of them also bought before it.
MAX_VALIDATION_USERS = 3_000
MIN_VALIDATION_USERS = 50
SHARES = tuple(round(0.1 * j, 1) for j in range(1, 11))

Order = Literal["due", "frequency"]


class BlendPolicy(BaseModel):
    """How a customer's list mixes buy-again and discover items (learnt per workspace)."""

    order: Order = Field(
        default="due",
        description="Buy-again items by how due they are (count x days since "
        "the last purchase / re-buy interval) or by how often they were bought.",
    )
    share: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Share of the list for buy-again items; None = read off the repeat "
        "rates of the customer's due categories (the prior).",
    )
    validated: bool = Field(default=False, description="Chosen on a time split of the workspace's orders.")
    reason: str = Field(default="the prior (too little data to choose on a time split)")
    scores: dict[str, float] = Field(default_factory=dict, description="Validation nDCG@10 per candidate.")

    def describe(self) -> str:
        share = (
            "a share from the categories' repeat rates"
            if self.share is None
            else f"{self.share:.0%} of the list"
        )
        return f"buy-again {share}, ordered by {'how due' if self.order == 'due' else 'how often bought'}"


PRIOR = BlendPolicy()


def repurchase_by_category(con: duckdb.DuckDBPyConnection, as_of: date) -> dict[str, dict[str, Any]]:
    """Per category, learnt from the orders before ``as_of``: ``repeat_rate`` (share of customer x
    product pairs bought in two or more orders), ``interval_days`` (median days between re-buys of a
    product, for pairs bought again) and ``repeats`` (whether the category is re-bought)."""
    rows = con.execute(f"""
        WITH pairs AS (
          SELECT p.category, o.customer_id, l.product_id, COUNT(DISTINCT o.order_id) AS n,
                 DATE_DIFF('day', MIN(o.order_ts), MAX(o.order_ts)) AS span
          FROM orders o JOIN order_lines l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id
          WHERE o.order_ts < {ts_literal(as_of)}
          GROUP BY ALL)
        SELECT category, COUNT(*), SUM(CASE WHEN n >= 2 THEN 1 ELSE 0 END),
               MEDIAN(CASE WHEN n >= 2 THEN span / (n - 1) END)
        FROM pairs GROUP BY 1 ORDER BY 1""").fetchall()
    out: dict[str, dict[str, Any]] = {}
    for category, pairs, repeated, interval in rows:
        rate = float(repeated) / max(1, int(pairs))
        out[str(category)] = {
            "pairs": int(pairs),
            "repeat_rate": round(rate, 4),
            "interval_days": None if interval is None else max(1.0, round(float(interval), 1)),
            "repeats": bool(
                rate >= REPEAT_RATE_MIN and int(repeated) >= REPEAT_MIN_PAIRS and interval is not None
            ),
        }
    return out


@dataclass(frozen=True)
class RepeatContext:
    """What buy-again needs besides one customer's rows: item categories (item_index order), what was
    learnt per category, the as-of day (days since 1970-01-01) and the mix."""

    categories: npt.NDArray[Any]
    repurchase: dict[str, dict[str, Any]]
    as_of_day: int
    policy: BlendPolicy = field(default_factory=BlendPolicy)


def buy_again(
    ctx: RepeatContext,
    row: sp.csr_matrix,
    recency: sp.csr_matrix,
    allowed: npt.NDArray[np.bool_],
    include: bool | None,
) -> tuple[list[tuple[int, float, str]], float]:
    """The customer's products to buy again, best first, as (item, score, reason), and the share of the
    list they should take. Default (``include`` None): products of re-bought categories due again within
    :data:`DUE_WITHIN_DAYS` (days since the last purchase + that >= the category's re-buy interval);
    ``True``: every product bought. ``row`` holds confidences ``1 + log(orders)``, ``recency`` the
    last purchase day + 1."""
    if include is False or row.nnz == 0:
        return [], 0.0
    counts = dict(zip(row.indices.tolist(), np.exp(row.data - 1.0).round().tolist(), strict=True))
    last = dict(zip(recency.indices.tolist(), recency.data.tolist(), strict=True))
    out: list[tuple[int, float, float, str]] = []
    rates: list[float] = []
    for i in row.indices.tolist():
        if not allowed[i]:
            continue
        cat = str(ctx.categories[i])
        rep = ctx.repurchase.get(cat, {})
        interval = rep.get("interval_days")
        days = max(0, int(ctx.as_of_day - (last.get(i, 1.0) - 1)))
        n = max(1, int(counts.get(i, 1)))
        if include is None and not (rep.get("repeats") and interval and days + DUE_WITHIN_DAYS >= interval):
            continue
        due = min(1.5, days / interval) if interval else 1.0
        score = n * due if ctx.policy.order == "due" else float(n)
        out.append(
            (
                i,
                score,
                -float(days),
                f"you bought it {n} time{'s' if n != 1 else ''}, last {days} days ago"
                + (f"; {cat} is usually re-bought every {interval:.0f} days" if interval else ""),
            )
        )
        rates.append(float(rep.get("repeat_rate", 0.0)))
    # ties: by frequency, the most recent purchase first (the buy-again baseline's order); by due, item order
    out.sort(key=lambda t: (-t[1], -t[2] if ctx.policy.order == "frequency" else 0.0, t[0]))
    if include:
        share = 1.0
    elif not rates:
        share = 0.0
    elif ctx.policy.share is not None:
        share = ctx.policy.share
    else:
        share = min(0.9, max(0.3, 2 * float(np.mean(rates))))
    return [(i, s, why) for i, s, _d, why in out], share


def buy_again_for_list(
    ctx: RepeatContext,
    row: sp.csr_matrix,
    recency: sp.csr_matrix,
    allowed: npt.NDArray[np.bool_],
    include: bool | None,
    n_discover: int,
    k: int,
) -> tuple[list[tuple[int, float, str]], int]:
    """Buy-again items for a list of ``k`` with ``n_discover`` discover items available, and how many
    of them to put first. When too few new products exist (a tiny catalogue) the other products bought
    fill the list."""
    again, share = buy_again(ctx, row, recency, allowed, include)
    n_again = _n_again(len(again), share, k)
    return _filled(ctx, row, recency, allowed, include, again, n_discover, k), n_again


def _n_again(n_candidates: int, share: float, k: int) -> int:
    return min(n_candidates, max(1, round(k * share))) if n_candidates else 0


def _filled(
    ctx: RepeatContext,
    row: sp.csr_matrix,
    recency: sp.csr_matrix,
    allowed: npt.NDArray[np.bool_],
    include: bool | None,
    again: list[tuple[int, float, str]],
    n_discover: int,
    k: int,
) -> list[tuple[int, float, str]]:
    if include is None and len(again) + n_discover < k:
        taken = {t[0] for t in again}
        again = again + [t for t in buy_again(ctx, row, recency, allowed, True)[0] if t[0] not in taken]
    return again


def blend(again: list[T], discover: list[T], n_again: int, k: int) -> list[T]:
    """``n_again`` buy-again items (more when there are too few new ones) first -- the surest picks --
    then new ones, at most ``k``."""
    n_again = max(n_again, k - len(discover))
    chosen_again = again[:n_again]
    return (chosen_again + discover[: k - len(chosen_again)])[:k]


def discover_top(
    model: cf.CFModel, row: sp.csr_matrix, uidx: int, allowed: npt.NDArray[np.bool_], k: int
) -> list[int]:
    """The model's best ``k`` allowed products the customer never bought."""
    s = model.scores(row, uidx).astype(np.float64).copy()
    s[~allowed] = -np.inf
    s[row.indices] = -np.inf
    top = np.argsort(-s, kind="stable")[:k]
    return [int(x) for x in top if np.isfinite(s[x])]


def _candidates() -> list[BlendPolicy]:
    out = [PRIOR]
    for order in ("due", "frequency"):
        out += [BlendPolicy(order=order, share=s) for s in SHARES]
    return out


def _key(p: BlendPolicy) -> str:
    return f"{p.order}:{'prior' if p.share is None else p.share}"


def learn_blend(
    con: duckdb.DuckDBPyConnection,
    as_of: date,
    method: cf.Method,
    params: cf.CFParams,
    window: int = DUE_WITHIN_DAYS,
    max_users: int = MAX_VALIDATION_USERS,
) -> BlendPolicy:
    """Choose the mix on a time split of the orders before ``as_of``: learn from those before
    ``as_of - window`` days (repeat rates, a ``method`` recommender on up to
    :data:`cf.MAX_CHOICE_USERS` customers), score every candidate by nDCG@10 on what the customers
    bought in the window. Ties keep the prior. The prior when fewer than :data:`MIN_VALIDATION_USERS`
    customers bought both before and in the window."""
    cut = as_of - timedelta(days=window)
    it = interactions(con, cut)
    if it.empty:
        return PRIOR
    after = con.execute(
        "SELECT DISTINCT o.customer_id, l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.order_id "
        f"WHERE o.order_ts >= {ts_literal(cut)} AND o.order_ts < {ts_literal(as_of)}"
    ).df()
    items = con.execute("SELECT product_id, category FROM products ORDER BY product_id").df()
    users = pd.Index(sorted(it["customer_id"].astype(str).unique()))
    item_ix = pd.Index(items["product_id"].astype(str))
    u = users.get_indexer(it["customer_id"].astype(str))
    i = item_ix.get_indexer(it["product_id"].astype(str))
    keep = i >= 0
    matrix = cf.confidence_matrix(u[keep], i[keep], it["n_orders"].to_numpy()[keep], len(users), len(item_ix))
    days = (pd.to_datetime(it["last_ts"]) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=np.float32)
    recency = sp.csr_matrix((days[keep] + 1, (u[keep], i[keep])), shape=matrix.shape)
    rows = np.arange(len(users))
    if len(users) > cf.MAX_CHOICE_USERS:
        rows = np.sort(np.random.default_rng(7).choice(len(users), size=cf.MAX_CHOICE_USERS, replace=False))
        matrix, recency, users = matrix[rows], recency[rows], users[rows]
    after = after[after["customer_id"].astype(str).isin(users)]
    truth = after.groupby("customer_id")["product_id"].apply(
        lambda s: set(item_ix.get_indexer(s.astype(str)))
    )
    if len(truth) < MIN_VALIDATION_USERS or matrix.nnz == 0:
        return PRIOR
    chosen = truth.index.to_numpy()
    if chosen.size > max_users:
        chosen = np.sort(np.random.default_rng(1).choice(chosen, size=max_users, replace=False))
    model = cf.fit(matrix, method if matrix.shape[1] >= 2 else "popular", params)
    base = RepeatContext(
        categories=items["category"].astype(str).to_numpy(),
        repurchase=repurchase_by_category(con, cut),
        as_of_day=(cut - date(1970, 1, 1)).days,
    )
    candidates = _candidates()
    totals = np.zeros(len(candidates))
    allowed = np.ones(len(item_ix), dtype=bool)
    for cid in chosen:
        uidx = int(users.get_loc(cid))
        row, rec, rel = matrix[uidx], recency[uidx], truth[cid]
        top = discover_top(model, row, uidx, allowed, K)
        for order in ("due", "frequency"):  # one list per order; the candidates differ by share only
            ctx = RepeatContext(base.categories, base.repurchase, base.as_of_day, BlendPolicy(order=order))
            again, prior_share = buy_again(ctx, row, rec, allowed, None)
            items = [a[0] for a in _filled(ctx, row, rec, allowed, None, again, len(top), K)]
            for j, p in enumerate(candidates):
                if p.order == order:
                    n_again = _n_again(len(again), prior_share if p.share is None else p.share, K)
                    totals[j] += ndcg_at_k(blend(items, top, n_again, K), rel, K)
    means = totals / chosen.size
    best = int(np.argmax(means))  # the first maximum: the prior wins ties
    scores = {_key(p): round(float(m), 4) for p, m in zip(candidates, means, strict=True)}
    b = candidates[best]
    reason = (
        f"chosen on the last {window} days before {as_of} ({chosen.size:,} customers): nDCG@10 "
        f"{means[best]:.3f} vs {means[0]:.3f} for the prior"
    )
    return BlendPolicy(order=b.order, share=b.share, validated=True, reason=reason, scores=scores)
