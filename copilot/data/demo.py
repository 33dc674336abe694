"""The demo workspace: a SYNTHETIC, seeded brand (Northtrail Outfitters) with coherent behaviour.

Everything here is generated -- no real customer is behind any row. The data is built to be
*useful* for the classical models, not random noise:

* customers have a persona (trail runner, road runner, hiker, camper, all-weather) that drives
  category affinities, so collaborative filtering and propensity models find real signal;
* each customer buys on a per-category renewal process (gamma-distributed gaps, so the cadence
  is regular) whose mean gap is the catalogue's ``repurchase_days`` divided by the customer's
  affinity and speed, warped by seasonality (the catalogue's ``season_peak`` months plus a
  November/December holiday peak). Speed grows with a gamma-distributed intensity (heavy buyers
  also buy outside their persona), which with churn and price tiers makes spend Pareto-shaped.
  To reach ~10 orders per customer, engaged buyers repurchase about twice as often as the
  nominal ``repurchase_days``; the ranking of categories by cadence is kept;
* many customers lapse (a churn time after which they stop buying), so the RFM "At risk" and
  "Hibernating" segments are well populated -- including lapsed high-value trail runners;
* past campaigns over email, SMS, push and paid social reach only consented customers (paid
  social needs none), with realistic funnel rates, weekday/hour effects on opens and
  conversions, unsubscribes that switch consent off, costs, and conversions that are real orders;
  campaigns sent to a coin-flip share of the eligible customers (``all``: 92%, paid social: 30%) keep
  the rest as a randomised holdout, written with each customer's true effect (expected added orders,
  which differ by customer) to ``campaign_arms.parquet`` beside the database, for uplift modelling
  (see ``copilot.data.demo_campaigns``; no extra random draw, so the tables are unchanged by it);
* reviews are composed from per-category theme phrases whose polarity follows the product's
  per-theme quality, so topic models and sentiment find themes that agree with the stars.

The time window is fixed (first order day 2024-09-01, last 2026-10-31) so results are
reproducible; the analytics as-of date is 2026-11-01. Same seed -> identical tables.

The brand is six modules, each readable on its own:

* ``copilot.data.demo_brand`` -- the fixed facts: window, personas, funnels, the campaign calendar;
* ``copilot.data.demo_reviews`` -- review themes and phrasings, and the review composer;
* ``copilot.data.demo_campaigns`` -- campaigns played out into touches and conversions;
* ``copilot.data.demo_products`` -- the catalogue as arrays, and which product a line gets;
* ``copilot.data.demo_generate`` -- :func:`generate_tables`, the generator (also used in chunks by
  ``copilot.data.synth_large``);
* this module -- :func:`build_demo_workspace` writes a demo workspace atomically, and the helpers
  that write contract tables (:func:`reset_schema`, :func:`insert_frame`). The generator's public
  names are re-exported here, the import path callers use.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
from pydantic import BaseModel, Field

from copilot.data.contract import CONTRACT, LOAD_ORDER, create_schema
from copilot.data.demo_brand import (
    AGE_BANDS,
    AS_OF,
    END,
    PERSONAS,
    REGIONS,
    START,
    CampaignDef,
    campaign_defs,
)
from copilot.data.demo_campaigns import CAMPAIGN_ARMS_FILE, campaigns_frame
from copilot.data.demo_generate import GenParams, generate_tables
from copilot.data.demo_products import products_frame
from copilot.workspace import Workspace

if TYPE_CHECKING:
    import duckdb

__all__ = [
    "AGE_BANDS",
    "AS_OF",
    "CAMPAIGN_ARMS_FILE",
    "END",
    "PERSONAS",
    "REGIONS",
    "START",
    "CampaignDef",
    "DemoSummary",
    "GenParams",
    "build_demo_workspace",
    "campaign_defs",
    "campaigns_frame",
    "generate_tables",
    "insert_frame",
    "is_demo_workspace",
    "products_frame",
    "reset_schema",
]

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]


def is_demo_workspace(ws: Workspace) -> bool:
    """True when ``ws`` holds the SYNTHETIC demo brand: every demo campaign under its id and name, and
    only ``@example.com`` customer emails (a brand's own data has neither)."""
    import duckdb

    from copilot.errors import CopilotError

    defs = {cd.campaign_id: cd.name for cd in campaign_defs()}
    try:
        with ws.connect() as con:
            rows = con.execute(
                "SELECT campaign_id, name FROM campaigns WHERE campaign_id LIKE 'CMP%'"
            ).fetchall()
            real = con.execute(
                "SELECT COUNT(*) FROM customers WHERE email IS NOT NULL AND email NOT LIKE '%@example.com'"
            ).fetchone()
    except (duckdb.Error, CopilotError):  # no database or no such table: not the demo
        return False
    found = {str(r[0]): str(r[1]) for r in rows}
    return all(found.get(k) == v for k, v in defs.items()) and real is not None and int(real[0]) == 0


# --- writing a workspace -------------------------------------------------------------------------------
class DemoSummary(BaseModel):
    """What ``build_demo_workspace`` wrote."""

    synthetic: bool = Field(True, description="Always true: the demo brand's data is generated.")
    seed: int
    n_customers: int
    rows: dict[str, int] = Field(description="Row count per table.")
    first_order_date: date
    last_order_date: date
    as_of_date: date = Field(description="The analytics as-of date: the day after the last possible order.")
    build_seconds: float

    def to_text(self) -> str:
        counts = ", ".join(f"{k} {v:,}" for k, v in self.rows.items())
        return (
            f"Demo workspace (SYNTHETIC data, seed {self.seed}): {counts}. Orders "
            f"{self.first_order_date} to {self.last_order_date}; as-of date {self.as_of_date}. "
            f"Built in {self.build_seconds:.1f} s."
        )


def reset_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Drop every table and view (the copied old database) and create the contract schema."""
    for name, kind in con.execute(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall():
        con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} IF EXISTS "{name}"')
    con.execute("DROP SCHEMA IF EXISTS _copilot CASCADE")  # the import batches of the replaced data
    create_schema(con)


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    """Insert a DataFrame into a contract table, columns in contract order."""
    cols = [c for c in CONTRACT[table].column_names if c in df.columns]
    view = df[cols]
    con.register("_frame", view)
    try:
        collist = ", ".join(f'"{c}"' for c in cols)
        con.execute(f'INSERT INTO "{table}" ({collist}) SELECT {collist} FROM _frame')
    finally:
        con.unregister("_frame")


def build_demo_workspace(
    workspace: Workspace,
    *,
    seed: int = 7,
    n_customers: int = 30_000,
    progress: Progress | None = None,
    persuasion: float = 0.0,
) -> DemoSummary:
    """Build the SYNTHETIC demo brand into ``workspace`` (replacing its tables) and return a summary.

    The database is rebuilt beside the live one and swapped in only on success, so a failure
    leaves the previous data intact. Same ``seed`` and ``n_customers`` -> identical tables.
    ``persuasion`` > 0 turns on the optional persuasion effect of the randomised campaigns (benchmarks;
    see ``copilot.data.demo_campaigns``).
    """
    if n_customers < 1:
        raise ValueError("n_customers must be positive")
    t0 = time.perf_counter()
    prog = progress or (lambda _s, _f: None)

    def sub(stage: str, frac: float) -> None:
        prog(stage, 0.85 * frac)

    width = max(6, len(str(n_customers)))
    tables = generate_tables(
        n_customers, params=GenParams(seed=seed, id_width=width, persuasion=persuasion), progress=sub
    )
    sends = tables["touches"]["campaign_id"].value_counts().to_dict()
    tables["products"] = products_frame()
    tables["campaigns"] = campaigns_frame({str(k): int(v) for k, v in sends.items()})
    with workspace.rebuild_database() as con:
        reset_schema(con)
        for i, name in enumerate(LOAD_ORDER):
            prog(f"writing {name}", 0.85 + 0.15 * i / len(LOAD_ORDER))
            insert_frame(con, name, tables[name])
    _write_arms(workspace, tables["campaign_arms"])
    workspace.mark("demo", seed=seed, customers=n_customers)
    prog("done", 1.0)
    ts = tables["orders"]["order_ts"]
    summary = DemoSummary(
        seed=seed,
        n_customers=n_customers,
        rows={name: len(tables[name]) for name in LOAD_ORDER},
        first_order_date=ts.min().date(),
        last_order_date=ts.max().date(),
        as_of_date=AS_OF,
        build_seconds=round(time.perf_counter() - t0, 2),
    )
    log.info("%s", summary.to_text())
    return summary


def _write_arms(workspace: Workspace, arms: pd.DataFrame) -> None:
    """The randomised campaigns' arms and true effects, beside the database (:data:`CAMPAIGN_ARMS_FILE`)."""
    import io

    from copilot.fsutil import atomic_write_bytes

    buf = io.BytesIO()
    arms.to_parquet(buf, index=False)
    atomic_write_bytes(workspace.root / CAMPAIGN_ARMS_FILE, buf.getvalue())
