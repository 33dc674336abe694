"""A large SYNTHETIC workspace for benchmarks: by default 1M customers and ~20M orders.

It reuses the demo generator (:func:`copilot.data.demo.generate_tables`) chunk by chunk (each
chunk has its own random stream and id offsets), writes each chunk's tables as Parquet parts,
then loads every table with one ``INSERT ... SELECT FROM read_parquet(...)`` into a database
built beside the live one (``Workspace.rebuild_database``). Memory stays bounded by the chunk
size, not the total. The result is cached outside the repository (default
``~/.cache/copilot-bench/large-1m``) with a ``synth.json`` stamp; a second call with the same
parameters returns the cached workspace.

    python -m copilot.data.synth_large --customers 1000000 --out ~/.cache/copilot-bench/large-1m
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from copilot.data.contract import CONTRACT, DUCKDB_TYPES, LOAD_ORDER
from copilot.data.demo import (
    AS_OF,
    GenParams,
    campaigns_frame,
    generate_tables,
    insert_frame,
    products_frame,
    reset_schema,
)
from copilot.fsutil import atomic_write_text
from copilot.workspace import Workspace, open_workspace

log = logging.getLogger(__name__)

DEFAULT_DIR = Path("~/.cache/copilot-bench/large-1m")
STAMP = "synth.json"
# ~20 orders per customer (the demo has ~10)
LARGE_ORDER_RATE = 1.97
_CHUNKED = ("customers", "orders", "order_lines", "touches", "reviews")


class LargeSummary(BaseModel):
    """What :func:`build_large_workspace` built (also stored as ``synth.json``)."""

    synthetic: bool = True
    path: str
    seed: int
    n_customers: int
    chunk_size: int
    order_rate: float
    rows: dict[str, int]
    as_of_date: date
    build_seconds: float
    cached: bool = False


def _params_match(stamp: dict[str, object], seed: int, n: int, chunk: int, rate: float) -> bool:
    return (stamp.get("seed"), stamp.get("n_customers"), stamp.get("chunk_size"), stamp.get("order_rate")) == (
        seed, n, chunk, rate,
    )


def build_large_workspace(
    out: Path = DEFAULT_DIR,
    *,
    n_customers: int = 1_000_000,
    seed: int = 7,
    chunk_size: int = 50_000,
    order_rate: float = LARGE_ORDER_RATE,
    force: bool = False,
    progress: Callable[[str, float], None] | None = None,
) -> LargeSummary:
    """Build (or reuse) a large synthetic workspace at ``out`` and return its summary."""
    root = out.expanduser().resolve()
    ws: Workspace = open_workspace(root)
    stamp_path = root / STAMP
    if not force and stamp_path.exists() and ws.db_path.exists():
        stamp = json.loads(stamp_path.read_text())
        if _params_match(stamp, seed, n_customers, chunk_size, order_rate):
            log.info("reusing cached large workspace at %s", root)
            return LargeSummary.model_validate({**stamp, "cached": True})
    prog = progress or (lambda _s, _f: None)
    t0 = time.perf_counter()
    parts = root / ".parts"
    if parts.exists():
        shutil.rmtree(parts)
    for t in _CHUNKED:
        (parts / t).mkdir(parents=True)
    params = GenParams(seed=seed, order_rate=order_rate, id_width=max(6, len(str(n_customers))))
    rows = dict.fromkeys(LOAD_ORDER, 0)
    sends: dict[str, int] = {}
    n_chunks = (n_customers + chunk_size - 1) // chunk_size
    try:
        for k in range(n_chunks):
            first = 1 + k * chunk_size
            n = min(chunk_size, n_customers - k * chunk_size)
            prog(f"chunk {k + 1}/{n_chunks}", 0.8 * k / n_chunks)
            tables = generate_tables(
                n, params=params, chunk=k, first_customer=first,
                first_order=1 + rows["orders"], first_review=1 + rows["reviews"],
            )
            for name in _CHUNKED:
                tables[name].to_parquet(parts / name / f"part-{k:05d}.parquet", index=False)
                rows[name] += len(tables[name])
            for cid, cnt in tables["touches"]["campaign_id"].value_counts().items():
                sends[str(cid)] = sends.get(str(cid), 0) + int(cnt)
            log.info("chunk %d/%d: %s", k + 1, n_chunks, {t: len(tables[t]) for t in _CHUNKED})
            del tables
        products = products_frame()
        campaigns = campaigns_frame(sends)
        rows["products"], rows["campaigns"] = len(products), len(campaigns)
        with ws.rebuild_database() as con:
            reset_schema(con)
            for i, name in enumerate(LOAD_ORDER):
                prog(f"loading {name}", 0.8 + 0.2 * i / len(LOAD_ORDER))
                if name == "products":
                    insert_frame(con, name, products)
                elif name == "campaigns":
                    insert_frame(con, name, campaigns)
                else:
                    cols = CONTRACT[name].column_names
                    sel = ", ".join(f'CAST("{c}" AS {DUCKDB_TYPES[CONTRACT[name].column(c).type]})' for c in cols)
                    glob = str(parts / name / "*.parquet").replace("'", "''")
                    con.execute(
                        f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                        f"SELECT {sel} FROM read_parquet('{glob}')"
                    )
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    summary = LargeSummary(
        path=str(root), seed=seed, n_customers=n_customers, chunk_size=chunk_size, order_rate=order_rate,
        rows=rows, as_of_date=AS_OF, build_seconds=round(time.perf_counter() - t0, 1),
    )
    atomic_write_text(stamp_path, summary.model_dump_json(indent=2))
    prog("done", 1.0)
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m copilot.data.synth_large",
        description="Generate (or reuse) a large SYNTHETIC benchmark workspace, cached outside the repo.",
    )
    parser.add_argument("--customers", type=int, default=1_000_000, help="number of customers (default 1M)")
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR, help=f"workspace folder (default {DEFAULT_DIR})")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--chunk-size", type=int, default=50_000, help="customers generated per chunk")
    parser.add_argument("--order-rate", type=float, default=LARGE_ORDER_RATE,
                        help="purchase-intensity multiplier (1.97 gives ~20 orders per customer)")
    parser.add_argument("--force", action="store_true", help="rebuild even if a matching cache exists")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    summary = build_large_workspace(
        args.out, n_customers=args.customers, seed=args.seed, chunk_size=args.chunk_size,
        order_rate=args.order_rate, force=args.force,
    )
    sys.stdout.write(summary.model_dump_json(indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
