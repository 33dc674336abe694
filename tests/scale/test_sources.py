"""Source specs and the workspace export (no Spark needed)."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from copilot.data.contract import LOAD_ORDER
from copilot.errors import UsageError
from copilot.scale.sources import export_workspace, parse_source
from copilot.workspace import Workspace


def test_parse_source_variants() -> None:
    assert parse_source(None).kind == "workspace"
    assert parse_source("workspace").kind == "workspace"
    folder = parse_source("/data/brand")
    assert (folder.kind, folder.location) == ("parquet", "/data/brand")
    db = parse_source("catalog:sales")
    assert db.kind == "catalog" and db.names["orders"] == "sales.orders"
    mapped = parse_source("catalog:orders=prod.sales.orders, customers=crm.people")
    assert mapped.names["orders"] == "prod.sales.orders"
    assert mapped.names["customers"] == "crm.people"
    assert mapped.names["products"] == "products"  # unnamed tables keep their contract name


@pytest.mark.parametrize("spec", ["catalog:", "catalog:nosuch=db.t", "catalog:orders="])
def test_bad_catalog_specs_say_how_to_fix_them(spec: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_source(spec)
    assert "catalog:" in str(info.value) or "<table>=" in str(info.value)


def test_export_workspace_writes_every_table_once(small_workspace: Workspace) -> None:
    dest = export_workspace(small_workspace)
    for table in LOAD_ORDER:
        assert (dest / f"{table}.parquet").exists(), table
    with small_workspace.connect() as con:
        n_orders = con.execute("SELECT COUNT(*) FROM orders").fetchone()
    assert n_orders is not None
    assert pq.ParquetFile(dest / "orders.parquet").metadata.num_rows == n_orders[0]
    before = (dest / "orders.parquet").stat().st_mtime_ns
    assert export_workspace(small_workspace) == dest  # unchanged database: files reused
    assert (dest / "orders.parquet").stat().st_mtime_ns == before
