"""The real CDNOW purchase log, mapped onto the data contract."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from copilot.data import examples
from copilot.data.examples import import_example
from copilot.errors import MissingArtifactError, UsageError
from copilot.workspace import open_workspace

needs_lifetimes = pytest.mark.skipif(importlib.util.find_spec("lifetimes") is None,
                                     reason="the cdnow extra (lifetimes) is not installed")


@needs_lifetimes
def test_cdnow_counts_and_mapping(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    report = import_example(ws, "cdnow")
    assert report.rows["orders"] == 69_659
    assert report.rows["customers"] == 23_570
    assert (report.first_order_date, report.last_order_date) == (date(1997, 1, 1), date(1998, 6, 30))
    with ws.connect() as con:
        n, buyers, first, last, revenue = con.execute(
            "SELECT count(*), count(DISTINCT customer_id), min(order_ts)::DATE, max(order_ts)::DATE, sum(amount)"
            " FROM orders").fetchall()[0]
        consents = con.execute(
            "SELECT count(*) FROM customers WHERE consent_email OR consent_sms OR consent_push").fetchall()[0][0]
        signup_ok = con.execute("""SELECT count(*) FROM customers c JOIN (SELECT customer_id, min(order_ts)::DATE f
            FROM orders GROUP BY 1) o USING (customer_id) WHERE c.signup_date = o.f""").fetchall()[0][0]
        lines = con.execute("SELECT count(*), sum(quantity), min(quantity) FROM order_lines").fetchall()[0]
        products = con.execute("SELECT product_id, category FROM products").fetchall()
    assert (n, buyers, first, last) == (69_659, 23_570, date(1997, 1, 1), date(1998, 6, 30))
    assert revenue == pytest.approx(2_500_315.63, abs=1.0)
    assert consents == 0  # CDNOW has no consent data
    assert signup_ok == 23_570
    assert lines[0] == 69_659 and lines[2] >= 1
    assert products == [("cdnow-cd", "music")]
    assert "no consent data" in report.to_text()


@needs_lifetimes
def test_cdnow_refuses_to_replace_data_without_force(small_workspace: object) -> None:
    ws = small_workspace
    with pytest.raises(UsageError, match="--force"):
        import_example(ws, "cdnow")  # type: ignore[arg-type]


def test_unknown_example(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown example 'movielens'"):
        import_example(open_workspace(tmp_path / "ws"), "movielens")


def test_missing_lifetimes_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(examples.importlib.util, "find_spec",
                        lambda name, *a: None if name == "lifetimes" else real(name, *a))
    ws = open_workspace(tmp_path / "ws")
    with pytest.raises(MissingArtifactError) as info:
        import_example(ws, "cdnow")
    assert "pip install 'copilot[cdnow]'" in str(info.value)
    assert info.value.exit_code == 3
    assert not ws.db_path.exists()
