"""The optional customer_attributes table: customer_id plus any typed columns, imported like the other
tables (whole or nothing, errors naming file, row and column), PII refused with the way to drop or hash
it, used by the propensity model as features and by audience conditions as a filter; a workspace without
it trains and answers exactly as before."""

from __future__ import annotations

import shlex
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pytest
from robustness import shapes
from typer.testing import CliRunner

from copilot.data.attributes import hash_value
from copilot.data.importer import import_files
from copilot.data.mapping import ImportOptions
from copilot.deps import Deps
from copilot.errors import DataError, ToolError
from copilot.faces.cli.main import app
from copilot.settings import load_settings
from copilot.tools.audience import audience_size
from copilot.tools.conditions import And, Attribute, RfmSegment, parse_condition
from copilot.tools.describe import describe_condition
from copilot.tools.fingerprint import table_stats
from copilot.tools.propensity import score_propensity
from copilot.tools.schemas import AudienceCriteria, PropensityQuery
from copilot.tools.training import train_all
from copilot.workspace import Workspace

runner = CliRunner()


def _rows(ws: Workspace, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(ws.db_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def _brand(root: Path, n: int = 500, seed: int = 21) -> Workspace:
    """Customers ordering over a year; 'gold' tier customers buy three times as often in the last 150 days
    (so the tier says something about the coming weeks that a year of history only partly shows)."""
    rng = np.random.default_rng(seed)
    cust = shapes._customers(n, rng)
    prods = shapes._products(["tea", "cups", "kettles"], 4)
    gold = rng.random(n) < 0.3
    events = []
    for cid, is_gold in zip(cust["customer_id"], gold, strict=True):
        for _ in range(int(rng.poisson(2.0))):
            events.append(
                (
                    cid,
                    shapes.END - timedelta(days=float(rng.uniform(150, 365))),
                    str(rng.choice(prods["product_id"])),
                    1,
                )
            )
        for _ in range(int(rng.poisson(2.4 if is_gold else 0.8))):
            events.append(
                (
                    cid,
                    shapes.END - timedelta(days=float(rng.uniform(0, 150))),
                    str(rng.choice(prods["product_id"])),
                    1,
                )
            )
    orders, lines = shapes._orders(events, prods)
    ws = shapes.write(root, {"customers": cust, "products": prods, "orders": orders, "order_lines": lines})
    attrs = pd.DataFrame(
        {
            "Kundennummer": cust["customer_id"],
            "Kundenstatus": np.where(gold, "Gold", rng.choice(["Silber", "Bronze"], n)),
            "Punkte": [f"{v:.1f}".replace(".", ",") for v in rng.gamma(2.0, 50.0, n)],
            "Mitglied seit": [
                (shapes.END - timedelta(days=int(d))).strftime("%d.%m.%Y") for d in rng.integers(30, 900, n)
            ],
            "Newsletter": rng.choice(["ja", "nein"], n),
            "PLZ": [f"0{int(v):04d}" for v in rng.integers(1000, 9999, n)],
        }
    )
    (root.parent / "kunden_attribute.csv").write_text(attrs.to_csv(sep=";", index=False))
    return ws


ATTR_MAP = "customer_id=Kundennummer,loyalty_tier=Kundenstatus,points=Punkte,member_since=Mitglied seit"


def _import_attributes(ws: Workspace, **options: Any) -> Any:
    opts = ImportOptions(
        mapping=dict(p.split("=", 1) for p in ATTR_MAP.split(",")), date_format="%d.%m.%Y",
        save_mapping=False,  # kept in the workspace by default (then reused by the next import)
        **options,
    )
    return import_files(ws, [ws.root.parent / "kunden_attribute.csv"], "customer_attributes", options=opts)


def test_an_attributes_export_imports_typed_with_a_mapping(tmp_path: Path) -> None:
    ws = _brand(tmp_path / "ws")
    report = _import_attributes(ws)
    assert report.tables == {"customer_attributes": 500}
    types = dict(
        _rows(
            ws,
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'customer_attributes'",
        )
    )
    # decimal commas -> a number, dd.mm.yyyy -> a date, a postcode with a leading zero stays text
    assert types == {
        "customer_id": "VARCHAR",
        "loyalty_tier": "VARCHAR",
        "points": "DOUBLE",
        "member_since": "DATE",
        "newsletter": "VARCHAR",
        "plz": "VARCHAR",
    }
    assert any("renamed: Newsletter -> newsletter" in w for w in report.warnings)
    assert _rows(ws, "SELECT count(*) FROM customer_attributes WHERE plz LIKE '0%'") == [(500,)]


def test_a_bad_value_or_an_unknown_customer_names_file_row_and_column_and_writes_nothing(
    tmp_path: Path,
) -> None:
    ws = _brand(tmp_path / "ws")
    _import_attributes(ws)
    before = _rows(ws, "SELECT count(*) FROM customer_attributes")
    # a later append must fit the column's type (points is a number now)
    (tmp_path / "more.csv").write_text("customer_id,points,shoe_size\nX1,12,42\nX2,lots,43\n")
    with pytest.raises(DataError) as exc:
        import_files(ws, [tmp_path / "more.csv"], "customer_attributes")
    assert (exc.value.file, exc.value.row, exc.value.column) == (str(tmp_path / "more.csv"), 3, "points")
    assert "expected a number, got 'lots'" in str(exc.value)
    (tmp_path / "more.csv").write_text("customer_id,points,shoe_size\nNOPE,12,42\n")
    with pytest.raises(DataError, match="unknown customer_id 'NOPE'"):
        import_files(ws, [tmp_path / "more.csv"], "customer_attributes")
    assert _rows(ws, "SELECT count(*) FROM customer_attributes") == before
    assert "shoe_size" not in {r[0] for r in _rows(ws, "DESCRIBE customer_attributes")}


@pytest.mark.parametrize(
    ("header", "values", "what"),
    [
        ("E-Mail", ["a@example.com", "b@example.com"], "its name says an e-mail address"),
        ("contact", ["", "ann@example.org"], "its values look like e-mail addresses"),
        ("rueckruf", ["+49 170 1234567", "0171 2345678"], "its values look like phone numbers"),
        ("lieferung", ["Hauptstraße 5", "Bahnhofstr. 12"], "its values look like street addresses"),
        ("Last Name", ["Smith", "Jones"], "its name says a person's name"),
    ],
)
def test_pii_is_refused_with_how_to_drop_or_hash_it(
    tmp_path: Path, header: str, values: list[str], what: str
) -> None:
    ws = shapes.tiny(tmp_path / "ws")
    (tmp_path / "customer_attributes.csv").write_text(
        f"customer_id,tier,{header}\nC00000,gold,{values[0]}\nC00001,silver,{values[1]}\n"
    )
    with pytest.raises(DataError) as exc:
        import_files(ws, [tmp_path / "customer_attributes.csv"])
    text = str(exc.value) + " " + (exc.value.hint or "")
    assert (
        what in text
        and exc.value.column == header
        and exc.value.file == str(tmp_path / "customer_attributes.csv")
    )
    assert f"--drop-column {shlex.quote(header)}" in text and f"--hash-column {shlex.quote(header)}" in text
    assert exc.value.row == (1 if "name says" in what else (3 if values[0] == "" else 2))
    assert _rows(
        ws, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'customer_attributes'"
    ) == [(0,)]
    # the two ways past it
    key = b"k" * 32
    import_files(
        ws,
        [tmp_path / "customer_attributes.csv"],
        options=ImportOptions(hash_columns=(header,), hash_key=key),
    )
    col = "e_mail" if header == "E-Mail" else header.lower().replace(" ", "_")
    stored = dict(_rows(ws, f'SELECT customer_id, "{col}" FROM customer_attributes'))
    assert stored["C00001"] == hash_value(values[1], key) and values[1] not in str(stored)
    import_files(
        ws,
        [tmp_path / "customer_attributes.csv"],
        mode="replace",
        options=ImportOptions(drop_columns=(header,)),
    )
    assert [r[0] for r in _rows(ws, "DESCRIBE customer_attributes")] == ["customer_id", "tier"]


def test_training_uses_attributes_as_features_and_audiences_filter_on_them(tmp_path: Path) -> None:
    ws = _brand(tmp_path / "ws")
    _import_attributes(ws)
    deps = Deps(settings=load_settings(ws.root), workspace=ws)
    report = train_all(deps)
    # every model trains but uplift, which needs randomised holdouts of past campaigns this data lacks
    assert set(report.missing) == {"uplift"} and "campaign_arms.parquet" in report.missing["uplift"]
    step = next(s for s in report.steps if s.name == "propensity")
    assert "attributes used:" in step.detail and "loyalty_tier (3 values)" in step.detail
    assert "plz (" in step.detail  # a postcode per customer: too many values to be a feature
    art = deps.artifacts.load("propensity")
    fitted = art.obj("model")
    assert {"attr:points", "attr:member_since:days_ago", "attr:loyalty_tier=Gold"} <= set(
        fitted.extra_features
    )
    assert art.meta["attributes"]["features"] == fitted.extra_features
    chosen = art.meta["metrics"][fitted.kind]
    assert (
        chosen["chosen_on"] == "holdout" and chosen["evaluated_categories"] >= 1
    )  # the holdout still evaluates
    # the model reads the tier: flipping it moves the scores
    from copilot.tools.attributes import attach, encode, load_attributes
    from copilot.tools.training import _rows_for

    with ws.connect(read_only=True) as con:
        table = load_attributes(con)
        assert table is not None
        ids = table["customer_id"].head(60).tolist()
        rows = _rows_for(
            con, ids, art.as_of, fitted.categories, with_label=False, attrs=(fitted.attributes, table)
        )
    flipped = table.assign(loyalty_tier="Gold")
    rows_gold = attach(
        rows.drop(columns=fitted.extra_features),
        encode(fitted.attributes, flipped, art.as_of),
        fitted.attributes,
    )
    assert np.abs(fitted.predict(rows_gold) - fitted.predict(rows)).max() > 1e-4
    assert score_propensity(deps, PropensityQuery()).audience_size == 500

    # audience conditions
    gold = _rows(ws, "SELECT count(*) FROM customer_attributes WHERE loyalty_tier = 'Gold'")[0][0]

    def size(cond: Any) -> int:
        return audience_size(deps, AudienceCriteria(where=cond))

    assert size(Attribute(column="loyalty_tier", values=["gold"])) == gold  # case does not matter
    assert (
        size(Attribute(column="loyalty_tier", op="in", values=["Gold", "Silber"]))
        == _rows(ws, "SELECT count(*) FROM customer_attributes WHERE loyalty_tier IN ('Gold', 'Silber')")[0][
            0
        ]
    )
    assert (
        size(Attribute(column="points", op="gte", values=[100]))
        == _rows(ws, "SELECT count(*) FROM customer_attributes WHERE points >= 100")[0][0]
    )
    assert (
        size(Attribute(column="member_since", op="lte", values=["2025-06-30"]))
        == _rows(ws, "SELECT count(*) FROM customer_attributes WHERE member_since <= DATE '2025-06-30'")[0][0]
    )
    both = And(of=[Attribute(column="loyalty_tier", values=["Gold"]), RfmSegment(segments=["Champions"])])
    assert 0 < size(both) <= gold
    assert describe_condition(both) == "loyalty_tier is Gold AND RFM segment 'Champions'"
    tree = parse_condition({"kind": "attribute", "column": "points", "op": "gte", "values": [50]})
    assert isinstance(tree, Attribute)
    with pytest.raises(ToolError, match=r"Unknown customer attribute 'tier'\. Known attributes: loyalty_tier"):
        size(Attribute(column="tier", values=["Gold"]))
    with pytest.raises(ToolError, match="gte/lte need a number or date"):
        size(Attribute(column="loyalty_tier", op="gte", values=["Gold"]))
    with pytest.raises(ToolError, match="holds a number"):
        size(Attribute(column="points", op="gte", values=["many"]))
    with pytest.raises(ValueError, match="takes one value"):
        Attribute(column="points", op="gte", values=[1, 2])


def test_a_workspace_without_attributes_is_unchanged(tmp_path: Path) -> None:
    ws = shapes.tiny(tmp_path / "ws")
    deps = Deps(settings=load_settings(ws.root), workspace=ws)
    with ws.connect(read_only=True) as con:
        stats = table_stats(con)
    assert "customer_attributes" not in stats  # the data fingerprint of old workspaces stays the same
    report = train_all(deps)
    step = next(s for s in report.steps if s.name == "propensity")
    assert "attribute" not in step.detail
    art = deps.artifacts.load("propensity")
    assert art.meta["attributes"] is None and art.obj("model").extra_features == []
    with pytest.raises(ToolError, match="no customer attributes"):
        audience_size(deps, AudienceCriteria(where=Attribute(column="tier", values=["gold"])))
    res = runner.invoke(app, ["--workspace", str(ws.root), "data", "tables"], catch_exceptions=False)
    assert res.exit_code == 0 and "customer_attributes" in res.stdout and "propensity features" in res.stdout


def test_cli_import_hash_and_undo_restores_the_replaced_columns(tmp_path: Path) -> None:
    ws = shapes.tiny(tmp_path / "ws")
    (tmp_path / "customer_attributes.csv").write_text(
        "customer_id,tier,email\nC00000,gold,a@b.de\nC00001,,\n"
    )
    res = runner.invoke(
        app, ["--workspace", str(ws.root), "data", "import", str(tmp_path / "customer_attributes.csv")]
    )
    assert res.exit_code == 2 and "--hash-column email" in res.stderr.replace("\n", " ")
    res = runner.invoke(
        app,
        [
            "--workspace",
            str(ws.root),
            "data",
            "import",
            "--hash-column",
            "email",
            str(tmp_path / "customer_attributes.csv"),
        ],
    )
    assert res.exit_code == 0, res.stderr
    assert _rows(ws, "SELECT email LIKE 'h_%' FROM customer_attributes WHERE customer_id = 'C00000'") == [
        (True,)
    ]
    (tmp_path / "v2.csv").write_text("customer_id,vip\nC00000,true\n")
    res = runner.invoke(
        app,
        [
            "--workspace",
            str(ws.root),
            "data",
            "import",
            "--replace",
            "-t",
            "customer_attributes",
            str(tmp_path / "v2.csv"),
        ],
    )
    assert res.exit_code == 0, res.stderr
    assert [r[0] for r in _rows(ws, "DESCRIBE customer_attributes")] == ["customer_id", "vip"]
    res = runner.invoke(app, ["--workspace", str(ws.root), "data", "undo"])
    assert res.exit_code == 0, res.stderr
    assert [r[0] for r in _rows(ws, "DESCRIBE customer_attributes")] == ["customer_id", "tier", "email"]
    assert _rows(ws, "SELECT count(*) FROM customer_attributes") == [(2,)]
    assert len(_rows(ws, "SELECT batch_id FROM _copilot.import_batches")) == 2
