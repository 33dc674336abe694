"""Issue #18, case 2: one future-dated row no longer breaks a workspace; an import can be undone."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.data.batches import history, undo_batch
from copilot.data.importer import import_files
from copilot.errors import DataError, UsageError
from copilot.faces.cli.main import app
from copilot.tools.artifacts import data_fingerprint
from copilot.workspace import Workspace

runner = CliRunner()


def run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), *args])
    return result.exit_code, " ".join(result.stdout.split()), " ".join(result.stderr.split())


def a_customer(ws: Workspace) -> str:
    with ws.connect() as con:
        row = con.execute("SELECT min(customer_id) FROM customers").fetchone()
    assert row is not None
    return str(row[0])


def orders_csv(tmp_path: Path, customer: str, *rows: tuple[str, str]) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text("order_id,customer_id,order_ts,amount\n"
                    + "".join(f"{oid},{customer},{ts},25.00\n" for oid, ts in rows))
    return path


@pytest.mark.parametrize("when", ["2099-01-01 10:00:00", "2027-06-01 09:30:00"])
def test_a_future_dated_order_is_rejected_with_file_row_and_column(
    small_workspace: Workspace, tmp_path: Path, when: str,
) -> None:
    ws = small_workspace
    before = data_fingerprint(ws)[0]
    src = orders_csv(tmp_path, a_customer(ws), ("T-1", "2026-06-01 10:00:00"), ("T-2", when))
    code, out, err = run(ws.root, "data", "import", str(src))
    assert code == 2, (out, err)
    assert f"{src}, row 3, column 'order_ts': is dated {when[:10]}" in err and "--allow-future" in err
    assert "Traceback" not in err
    assert data_fingerprint(ws)[0] == before  # nothing written
    assert history(ws) == []


def test_a_handful_of_outliers_are_named_and_the_import_is_undone(trained_workspace: Workspace, tmp_path: Path) -> None:
    """The issue's story: a test order far in the future made every tool refuse the models as stale and
    no command removed it. Now it needs --allow-future, is named as moving the as-of date, and undo
    gives back the workspace that answers."""
    ws = trained_workspace
    assert run(ws.root, "tools", "segment_lookup")[0] == 0
    before = data_fingerprint(ws)[0]
    src = orders_csv(tmp_path, a_customer(ws), ("TEST-2099", "2099-01-01 00:00:00"))
    code, out, err = run(ws.root, "data", "import", "--allow-future", str(src))
    assert code == 0, err
    assert "TEST-2099 (2099-01-01)" in err and "as-of date" in err  # the warning names the outlier
    batch = re.search(r"batch (b\d{14}-[0-9a-f]{4})", out)
    assert batch, out
    assert data_fingerprint(ws)[0] != before
    code, _, err = run(ws.root, "tools", "segment_lookup")
    assert code == 3  # the models are stale, as they should be
    code, out, _ = run(ws.root, "data", "history")
    assert code == 0 and batch.group(1) in out and "orders 1" in out
    code, out, err = run(ws.root, "data", "undo")
    assert code == 0, err
    assert f"Undid import {batch.group(1)} (orders: -1)" in out
    assert data_fingerprint(ws)[0] == before  # exactly the data the models were trained on
    code, out, err = run(ws.root, "tools", "segment_lookup")
    assert code == 0, err  # the workspace answers again
    code, out, _ = run(ws.root, "data", "history")
    assert "undone" in out
    code, _, err = run(ws.root, "data", "undo")
    assert code == 2 and "no import to undo" in err


def test_outliers_are_named_at_import_and_by_the_check_train_runs(small_workspace: Workspace, tmp_path: Path) -> None:
    ws = small_workspace
    src = orders_csv(tmp_path, a_customer(ws), ("LATE-1", "2026-12-20 12:00:00"))
    report = import_files(ws, [src], now=datetime(2026, 12, 21))
    assert any("LATE-1 (2026-12-20)" in w for w in report.warnings), report.warnings
    from copilot.data.batches import outlier_warning

    assert outlier_warning(ws) is not None and "LATE-1" in (outlier_warning(ws) or "")
    # a row within the tolerance (two days, for time zones) is not "in the future"
    src2 = orders_csv(tmp_path, a_customer(ws), ("SOON-1", "2026-12-22 23:00:00"))
    import_files(ws, [src2], now=datetime(2026, 12, 21))
    src3 = orders_csv(tmp_path, a_customer(ws), ("LATER-1", "2026-12-24 01:00:00"))
    with pytest.raises(DataError, match="after today"):
        import_files(ws, [src3], now=datetime(2026, 12, 21))


def test_undo_of_a_replace_brings_the_old_rows_back(small_workspace: Workspace, tmp_path: Path) -> None:
    ws = small_workspace
    before = data_fingerprint(ws)[1]
    with ws.connect() as con:
        product = con.execute("SELECT min(product_id) FROM products").fetchone()[0]  # type: ignore[index]
    src = tmp_path / "reviews.csv"
    src.write_text(f"review_id,product_id,rating,review_date,text\nR-NEW,{product},5,2026-01-05,Great\n")
    report = import_files(ws, [src], mode="replace")
    assert report.table_rows["reviews"] == 1
    undone = undo_batch(ws)
    assert undone.restored["reviews"] == int(before["reviews"]["rows"]) and undone.removed["reviews"] == 1
    assert data_fingerprint(ws)[1] == before


def test_undo_refuses_what_would_break_later_imports(small_workspace: Workspace, tmp_path: Path) -> None:
    ws = small_workspace
    before = data_fingerprint(ws)[0]
    cust = tmp_path / "customers.csv"
    cust.write_text("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
                    "NEW-1,2026-01-02,US-West,true,false,false\n")
    first = import_files(ws, [cust]).batch_id
    orders = orders_csv(tmp_path, "NEW-1", ("NEW-O1", "2026-02-01 10:00:00"))
    lines = tmp_path / "order_lines.csv"
    with ws.connect() as con:
        product = con.execute("SELECT min(product_id) FROM products").fetchone()[0]  # type: ignore[index]
    lines.write_text(f"order_id,line_no,product_id,quantity,amount\nNEW-O1,1,{product},1,25.00\nNEW-O1,2,{product},1,5.00\n")
    second = import_files(ws, [orders, lines]).batch_id
    after_both = data_fingerprint(ws)[0]
    # the customers batch: the later orders point at its customer
    with pytest.raises(UsageError, match="pointing at a missing customer_id"):
        undo_batch(ws, first)
    assert data_fingerprint(ws)[0] == after_both  # nothing changed
    with pytest.raises(UsageError, match="No import batch 'nope'"):
        undo_batch(ws, "nope")
    assert undo_batch(ws, second).removed == {"orders": 1, "order_lines": 2}  # composite keys too
    assert undo_batch(ws, first).removed == {"customers": 1}
    assert data_fingerprint(ws)[0] == before
    assert [r.undone is not None for r in history(ws)] == [True, True]
