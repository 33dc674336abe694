"""channel_stats' send cube: every past send counted once per artifact version, so an audience's funnel and
best send slots are a pass over integer arrays instead of two grouped scans of the touches (issue #14).

A *cell* is one (channel, campaign, send day, send hour); a workspace has a few hundred to a few thousand of
them whatever its size (662 for 2.0M touches at 300k customers). Built once per version from
:func:`~copilot.tools.channels.touches_table`, the cube holds per touch its customer index ``ui`` and a code
``cell * 32 + outcome bits`` (delivered, opened, clicked, converted, unsubscribed), sorted by customer, and
the cell and revenue of the touches that have any (likewise). An audience's figures are a pass over its customers' rows only (offsets by customer) and one
``bincount`` of their codes (plus two for revenue); the date and channel filters apply to the cells. The counts are
exactly those of the SQL in :mod:`copilot.tools.channels` (``_funnel``, ``_best_slots``); revenue sums
agree to the last bits (a different summation order), as two runs of that SQL do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from copilot.deps import Deps

BITS = ("delivered", "opened", "clicked", "converted", "unsubscribed")
_WIDTH = 1 << len(BITS)
# (32 outcome codes x 5 outcomes): 1 where the code has that outcome
_HAS = np.array([[(code >> i) & 1 for i in range(len(BITS))] for code in range(_WIDTH)], dtype=np.int64)

_BUILD_SQL = """
SELECT COALESCE(t.ui, -1) AS ui, CAST(c.cell AS BIGINT) * {width}
       + (t.delivered_ts IS NOT NULL)::BIGINT + 2 * (t.opened_ts IS NOT NULL)::BIGINT
       + 4 * (t.clicked_ts IS NOT NULL)::BIGINT + 8 * (t.converted_ts IS NOT NULL)::BIGINT
       + 16 * COALESCE(t.unsubscribed, FALSE)::BIGINT AS code,
       COALESCE(t.revenue, 0.0) AS revenue
FROM {table} t JOIN send_cells c ON c.channel = t.channel AND c.campaign_id = t.campaign_id
  AND c.day = CAST(t.sent_ts AS DATE) AND c.hour = hour(t.sent_ts)
"""


@dataclass(frozen=True)
class SendCube:
    """Past sends as integer arrays (see the module docstring)."""

    offsets: npt.NDArray[np.int64]  # customer u's touches are rows offsets[u]:offsets[u + 1] (sorted by ui)
    code: npt.NDArray[np.int64]  # per touch: cell * 32 + outcome bits
    rev_offsets: npt.NDArray[np.int64]  # the same for the touches with revenue (a few percent), whose
    rev_cell: npt.NDArray[np.int64]  # cell
    revenue: npt.NDArray[np.float64]  # and revenue are these
    channel: npt.NDArray[np.object_]  # per cell
    campaign: npt.NDArray[np.int64]  # per cell: campaign code
    day: list[date]  # per cell: send day
    dow: npt.NDArray[np.int64]  # per cell: ISO weekday 1-7
    hour: npt.NDArray[np.int64]  # per cell: hour 0-23
    customers: int  # largest customer index + 1

    @property
    def cells(self) -> int:
        return len(self.dow)


def send_cube(deps: Deps, table: str) -> SendCube | None:
    """The cube of ``table`` (the touches with ``ui``), built once per artifact version; None when a
    touch has no send time or channel (the SQL path then answers)."""
    return deps.artifacts.memo("channels:send_cube", lambda: _build(deps, table))


def _build(deps: Deps, table: str) -> SendCube | None:
    with deps.artifacts.query() as q:
        row = q.execute(f"SELECT COUNT(*) FILTER (WHERE sent_ts IS NULL OR channel IS NULL) FROM {table}").fetchone()
        if row is None or int(row[0]) > 0:
            return None
        q.execute(f"""CREATE OR REPLACE TABLE send_cells AS
SELECT CAST(row_number() OVER (ORDER BY channel, campaign_id, day, hour) - 1 AS BIGINT) AS cell, *
FROM (SELECT DISTINCT channel, campaign_id, CAST(sent_ts AS DATE) AS day, hour(sent_ts) AS hour FROM {table})""")
        cells = q.execute(
            "SELECT channel, dense_rank() OVER (ORDER BY campaign_id) AS campaign, day, isodow(day) AS dow, hour "
            "FROM send_cells ORDER BY cell"
        ).fetchall()
        arr = q.execute(_BUILD_SQL.format(width=_WIDTH, table=table)).fetchnumpy()
        top = q.execute("SELECT COALESCE(MAX(user_index), -1) FROM cust").fetchone()
        q.execute("DROP TABLE send_cells")
    order = np.argsort(np.asarray(arr["ui"], dtype=np.int64), kind="stable")
    ui = np.asarray(arr["ui"], dtype=np.int64)[order]
    code = np.asarray(arr["code"], dtype=np.int64)[order]
    revenue = np.asarray(arr["revenue"], dtype=np.float64)[order]
    paid = revenue != 0.0
    customers = max(int(ui.max(initial=-1)), int(top[0]) if top else -1) + 1
    return SendCube(
        offsets=customer_offsets(ui, customers),
        code=code,
        rev_offsets=customer_offsets(ui[paid], customers),
        rev_cell=code[paid] // _WIDTH,
        revenue=revenue[paid],
        channel=np.array([str(r[0]) for r in cells], dtype=object),
        campaign=np.array([int(r[1]) for r in cells], dtype=np.int64),
        day=[r[2] for r in cells],
        dow=np.array([int(r[3]) for r in cells], dtype=np.int64),
        hour=np.array([int(r[4]) for r in cells], dtype=np.int64),
        customers=customers,
    )


def customer_offsets(ui: npt.NDArray[np.int64], customers: int) -> npt.NDArray[np.int64]:
    """``offsets`` of rows sorted by customer index ``ui`` (-1, a customer not in ``cust``, first and in
    no customer's rows): customer u's rows are ``offsets[u]:offsets[u + 1]``."""
    return np.searchsorted(ui, np.arange(customers + 1), side="left").astype(np.int64)


def distinct(audience: npt.NDArray[np.int64], customers: int) -> npt.NDArray[np.int64]:
    """The distinct customer indexes of ``audience``, ascending (by a mask: faster than sorting)."""
    member = np.zeros(customers, dtype=bool)
    member[audience] = True
    return np.flatnonzero(member).astype(np.int64)


def customer_rows(offsets: npt.NDArray[np.int64], audience: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The row numbers of the customers ``audience`` (distinct indexes): a pass over their rows only."""
    starts = offsets[audience]
    lens = offsets[audience + 1] - starts
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    return np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(total, dtype=np.int64)


def cell_counts(cube: SendCube, audience: npt.NDArray[np.int64] | None) -> dict[str, Any]:
    """Per cell: sends ``n``, the outcome counts (:data:`BITS`), ``revenue`` and ``revenue_sq`` of the
    touches to the customers with index in ``audience`` (every touch when None)."""
    if audience is None:
        code, rev_cell, rev = cube.code, cube.rev_cell, cube.revenue
    else:
        who = distinct(audience, cube.customers)
        code = cube.code[customer_rows(cube.offsets, who)]
        paid = customer_rows(cube.rev_offsets, who)
        rev_cell, rev = cube.rev_cell[paid], cube.revenue[paid]
    by_code = np.bincount(code, minlength=cube.cells * _WIDTH).reshape(cube.cells, _WIDTH)
    outcomes = by_code @ _HAS
    out: dict[str, Any] = {"n": by_code.sum(axis=1)}
    out |= {name: outcomes[:, i] for i, name in enumerate(BITS)}
    out["revenue"] = np.bincount(rev_cell, weights=rev, minlength=cube.cells)
    out["revenue_sq"] = np.bincount(rev_cell, weights=rev * rev, minlength=cube.cells)
    return out


def cell_filter(
    cube: SendCube, since: date | None, until: date | None, channels: list[str]
) -> npt.NDArray[np.bool_]:
    """The cells a query's dates (send day in [since, until]) and channels keep."""
    keep = np.ones(cube.cells, dtype=bool)
    if since is not None:
        keep &= np.array([d >= since for d in cube.day], dtype=bool)
    if until is not None:
        keep &= np.array([d <= until for d in cube.day], dtype=bool)
    if channels:
        keep &= np.isin(cube.channel, np.array(channels, dtype=object))
    return keep


def funnel(cube: SendCube, counts: dict[str, Any], keep: npt.NDArray[np.bool_]) -> dict[str, dict[str, Any]]:
    """``_funnel``'s answer from the cells: per channel with sends, campaigns (with a send kept), sends,
    the outcome counts, revenue and revenue_sq."""
    live = keep & (counts["n"] > 0)
    out: dict[str, dict[str, Any]] = {}
    for ch in sorted(set(cube.channel[live])):
        at = live & (cube.channel == ch)
        row: dict[str, Any] = {"channel": ch, "campaigns": len(np.unique(cube.campaign[at]))}
        row["sends"] = int(counts["n"][at].sum())
        row |= {name: int(counts[name][at].sum()) for name in BITS}
        row["revenue"] = float(counts["revenue"][at].sum())
        row["revenue_sq"] = float(counts["revenue_sq"][at].sum())
        out[ch] = row
    return out


def slot_rows(
    cube: SendCube, counts: dict[str, Any], keep: npt.NDArray[np.bool_]
) -> dict[str, list[tuple[str, Any, int, int]]]:
    """Per channel, ``_best_slots``' (kind, slot, sends, conversions) rows: send weekdays then hours, each
    in ascending order, the slots with sends only."""
    live = keep & (counts["n"] > 0)
    out: dict[str, list[tuple[str, Any, int, int]]] = {}
    for ch in sorted(set(cube.channel[live])):
        at = live & (cube.channel == ch)
        rows: list[tuple[str, Any, int, int]] = []
        for kind, slot, size in (("day", cube.dow, 8), ("hour", cube.hour, 24)):
            n = np.bincount(slot[at], weights=counts["n"][at], minlength=size)
            conv = np.bincount(slot[at], weights=counts["converted"][at], minlength=size)
            rows += [(kind, s, int(n[s]), int(conv[s])) for s in range(size) if n[s] > 0]
        out[ch] = rows
    return out
