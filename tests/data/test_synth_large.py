"""The chunked large-workspace generator (run here at a tiny size)."""

from __future__ import annotations

from pathlib import Path

from copilot.data.contract import LOAD_ORDER
from copilot.data.synth_large import build_large_workspace, main
from copilot.workspace import open_workspace


def test_chunks_load_into_one_consistent_workspace(tmp_path: Path) -> None:
    out = tmp_path / "large"
    stages: list[str] = []
    summary = build_large_workspace(out, n_customers=1_500, chunk_size=500, progress=lambda s, f: stages.append(s))
    assert not summary.cached and summary.rows["customers"] == 1_500
    assert any(s.startswith("chunk 3/3") for s in stages)
    ws = open_workspace(out)
    with ws.connect() as con:
        counts = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in LOAD_ORDER}
        orphans = con.execute(
            "SELECT count(*) FROM order_lines l ANTI JOIN orders o USING (order_id)").fetchall()[0][0]
        ids = con.execute("SELECT min(customer_id), max(customer_id) FROM customers").fetchall()[0]
    assert counts == summary.rows
    assert orphans == 0
    assert ids == ("C000001", "C001500")
    assert 15 <= counts["orders"] / counts["customers"] <= 25  # ~20 orders per customer
    assert not (out / ".parts").exists()
    # a second call with the same parameters reuses the cache
    assert build_large_workspace(out, n_customers=1_500, chunk_size=500).cached


def test_module_entry_point(tmp_path: Path, capsys: object) -> None:
    assert main(["--customers", "300", "--chunk-size", "300", "--out", str(tmp_path / "x")]) == 0
    assert open_workspace(tmp_path / "x").exists()
