"""Generated workspaces of shapes the demo brand does not have (grocery-like weekly buyers, a
one-product catalogue, a tiny brand, a single customer), written straight into the contract tables.

Each builder is deterministic (seeded) and small, so the robustness suite stays fast.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from copilot.data.contract import LOAD_ORDER
from copilot.data.demo import insert_frame, reset_schema
from copilot.workspace import Workspace, open_workspace

END = datetime(2026, 6, 30)


def _customers(n: int, rng: np.random.Generator) -> pd.DataFrame:
    return pd.DataFrame({
        "customer_id": [f"C{i:05d}" for i in range(n)],
        "signup_date": [(END - timedelta(days=int(d))).date() for d in rng.integers(400, 800, n)],
        "region": rng.choice(["north", "south"], n),
        "consent_email": rng.random(n) < 0.7, "consent_sms": rng.random(n) < 0.3, "consent_push": rng.random(n) < 0.2,
    })


def _products(categories: list[str], per_category: int) -> pd.DataFrame:
    rows = [{"product_id": f"P{c}{j:02d}", "name": f"{cat.title()} item {j}", "category": cat,
             "price": 5.0 + 3 * j} for c, cat in enumerate(categories) for j in range(per_category)]
    return pd.DataFrame(rows)


def _orders(events: list[tuple[str, datetime, str, int]], products: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``events`` (customer_id, ts, product_id, quantity): one order per event."""
    price = products.set_index("product_id")["price"]
    orders, lines = [], []
    for n, (cid, ts, pid, qty) in enumerate(events):
        oid = f"O{n:07d}"
        amount = float(price[pid]) * qty
        orders.append({"order_id": oid, "customer_id": cid, "order_ts": ts, "amount": amount})
        lines.append({"order_id": oid, "line_no": 1, "product_id": pid, "quantity": qty, "amount": amount})
    return pd.DataFrame(orders), pd.DataFrame(lines)


def write(root: Path, tables: dict[str, pd.DataFrame]) -> Workspace:
    ws = open_workspace(root)
    with ws.rebuild_database() as con:
        reset_schema(con)
        for name in LOAD_ORDER:
            if name in tables and not tables[name].empty:
                insert_frame(con, name, tables[name])
    return ws


def grocery(root: Path, n: int = 120, seed: int = 1) -> Workspace:
    """Weekly buyers of one category: every customer buys in every 30-day window (one class)."""
    rng = np.random.default_rng(seed)
    cust = _customers(n, rng)
    prods = _products(["grocery"], 6)
    events = []
    for cid in cust["customer_id"]:
        day = END - timedelta(days=364) + timedelta(days=int(rng.integers(0, 7)))
        while day <= END:
            events.append((cid, day + timedelta(hours=int(rng.integers(8, 20))), str(rng.choice(prods["product_id"])),
                           int(rng.integers(1, 4))))
            day += timedelta(days=int(rng.integers(5, 9)))
    orders, lines = _orders(events, prods)
    return write(root, {"customers": cust, "products": prods, "orders": orders, "order_lines": lines})


def sparse_brand(root: Path, n: int, categories: list[str], per_category: int, orders_per_customer: float,
                 seed: int = 2) -> Workspace:
    """Customers ordering at random over a year (Poisson counts)."""
    rng = np.random.default_rng(seed)
    cust = _customers(n, rng)
    prods = _products(categories, per_category)
    events = []
    for cid in cust["customer_id"]:
        for _ in range(max(1, int(rng.poisson(orders_per_customer)))):
            ts = END - timedelta(days=float(rng.uniform(0, 365)))
            events.append((cid, ts, str(rng.choice(prods["product_id"])), 1))
    orders, lines = _orders(events, prods)
    return write(root, {"customers": cust, "products": prods, "orders": orders, "order_lines": lines})


def one_product(root: Path) -> Workspace:
    return sparse_brand(root, 150, ["widgets"], 1, 3.0, seed=3)


def tiny(root: Path) -> Workspace:
    return sparse_brand(root, 50, ["tea", "cups", "kettles"], 4, 2.5, seed=4)


def one_customer(root: Path) -> Workspace:
    return sparse_brand(root, 1, ["tea", "cups"], 3, 8.0, seed=5)
