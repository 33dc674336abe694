"""Importing a real export in one command per table: column mapping (kept and reused), ';'
delimiters, decimal commas, day-first dates, and the checks around them (empty --replace, a
folder, duplicate headers, over-long strings, an unknown mapping target)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
from typer.testing import CliRunner

from copilot.faces.cli.main import app

runner = CliRunner()
CUSTOMERS = ("Kundennummer;Anmeldedatum;Land;Newsletter\n"
             "K1;31/12/2024;DE;ja\n"
             "K2;05/01/2025;AT;nein\n")
CUSTOMER_MAP = ("customer_id=Kundennummer,signup_date=Anmeldedatum,region=Land,consent_email='true',"
                "consent_sms='false',consent_push='false'")
PRODUCTS = "product_id,name,category,price\nP1,Tea,tea,4.5\nP2,Cup,cups,9\n"
ORDERS = ("InvoiceNo;CustomerID;InvoiceDate;Total\n"
          "A100;K1;31/12/2025 14:05;12,50\n"
          "A101;K2;02/01/2026 09:30;1.234,00\n")
ORDER_MAP = "order_id=InvoiceNo,customer_id=CustomerID,order_ts=InvoiceDate,amount=Total"


def cli(root: Path, *args: str) -> Any:
    res = runner.invoke(app, ["--workspace", str(root), *args], catch_exceptions=False)
    assert "Traceback" not in res.output
    return res


def _rows(root: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(root / "copilot.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def _import_export(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (tmp_path / "kunden.csv").write_text(CUSTOMERS)
    (tmp_path / "products.csv").write_text(PRODUCTS)
    (tmp_path / "rechnungen.csv").write_text(ORDERS)
    res = cli(root, "data", "import", str(tmp_path / "kunden.csv"), "--table", "customers",
              "--map", CUSTOMER_MAP, "--date-format", "%d/%m/%Y")
    assert res.exit_code == 0, res.stderr
    assert "';'-delimited (detected)" in res.stderr
    assert cli(root, "data", "import", str(tmp_path / "products.csv")).exit_code == 0
    res = cli(root, "data", "import", str(tmp_path / "rechnungen.csv"), "--table", "orders",
              "--map", ORDER_MAP, "--date-format", "%d/%m/%Y %H:%M")
    assert res.exit_code == 0, res.stderr
    assert "decimal commas" in res.stderr
    return root


def test_a_semicolon_export_with_day_first_dates_and_decimal_commas_imports_with_a_mapping(tmp_path: Path) -> None:
    root = _import_export(tmp_path)
    assert _rows(root, "SELECT customer_id, CAST(signup_date AS VARCHAR), region, consent_email FROM customers "
                       "ORDER BY 1") == [("K1", "2024-12-31", "DE", True), ("K2", "2025-01-05", "AT", True)]
    assert _rows(root, "SELECT order_id, CAST(order_ts AS VARCHAR), amount FROM orders ORDER BY 1") == [
        ("A100", "2025-12-31 14:05:00", 12.5), ("A101", "2026-01-02 09:30:00", 1234.0)]
    assert (root / "mappings" / "orders.json").is_file()


def test_the_saved_mapping_is_reused_by_the_next_import(tmp_path: Path) -> None:
    root = _import_export(tmp_path)
    nxt = tmp_path / "rechnungen-2.csv"
    nxt.write_text("InvoiceNo;CustomerID;InvoiceDate;Total\nA102;K1;03/01/2026 10:00;7,25\n")
    res = cli(root, "data", "import", str(nxt), "--table", "orders", "--date-format", "%d/%m/%Y %H:%M")
    assert res.exit_code == 0, res.stderr
    assert "using the saved column mapping for orders" in res.stderr
    assert _rows(root, "SELECT amount FROM orders WHERE order_id = 'A102'") == [(7.25,)]


def test_replace_with_a_header_only_file_is_refused_unless_allow_empty(tmp_path: Path) -> None:
    root = _import_export(tmp_path)
    empty = tmp_path / "products.csv"
    empty.write_text("product_id,name,category,price\n")
    res = cli(root, "data", "import", str(empty), "--table", "reviews", "--replace")
    assert res.exit_code == 2  # reviews has other columns: the contract names what is missing
    reviews = tmp_path / "reviews.csv"
    reviews.write_text("review_id,product_id,rating,review_date\nR1,P1,5,2025-12-01\n")  # no customer_id column
    assert cli(root, "data", "import", str(reviews)).exit_code == 0
    empty_reviews = tmp_path / "empty" / "reviews.csv"
    empty_reviews.parent.mkdir()
    empty_reviews.write_text("review_id,product_id,rating,review_date\n")
    res = cli(root, "data", "import", str(empty_reviews), "--replace")
    assert res.exit_code == 2 and "has no rows, and --replace would empty the reviews table" in res.stderr
    assert "--allow-empty" in res.stderr
    assert _rows(root, "SELECT count(*) FROM reviews") == [(1,)]  # nothing emptied
    res = cli(root, "data", "import", str(empty_reviews), "--replace", "--allow-empty")
    assert res.exit_code == 0, res.stderr
    assert _rows(root, "SELECT count(*) FROM reviews") == [(0,)]


def test_a_folder_duplicate_headers_long_strings_and_unknown_targets_get_their_own_sentence(tmp_path: Path) -> None:
    root = _import_export(tmp_path)
    res = cli(root, "data", "import", str(tmp_path), "--table", "products")
    assert res.exit_code == 2 and "is a folder, not a file" in res.stderr
    dup = tmp_path / "more-products.csv"
    dup.write_text("product_id,name,category,price,name\nP3," + "x" * 2500 + ",tea,3,dup\n")
    res = cli(root, "data", "import", str(dup), "--table", "products")
    assert res.exit_code == 0, res.stderr
    assert "duplicate header names name" in res.stderr and "cut to that length" in res.stderr
    assert _rows(root, "SELECT length(name) FROM products WHERE product_id = 'P3'") == [(2000,)]
    res = cli(root, "data", "import", str(dup), "--table", "products", "--map", "prodct_id=product_id")
    assert res.exit_code == 2 and "did you mean 'product_id'" in res.stderr


def test_data_contract_says_what_optional_data_unlocks(tmp_path: Path) -> None:
    res = cli(tmp_path / "ws", "data", "contract")
    assert res.exit_code == 0 and "What each optional table or column unlocks" in res.stdout
    assert "campaigns + touches" in res.stdout


def test_a_ragged_row_in_a_semicolon_export_is_one_sentence_with_its_line(tmp_path: Path) -> None:
    """A sniffed delimiter is read by the same reader as a comma file: its errors are the same sentences."""
    root = tmp_path / "ws"
    ragged = tmp_path / "kunden.csv"
    rows = "".join(f"K{i};06/01/2025;CH;ja\n" for i in range(3, 4003))  # past the sniffer's 64 kB sample
    ragged.write_text(CUSTOMERS + rows + "K9;06/01/2025;CH;ja;extra\n")
    res = runner.invoke(app, ["--workspace", str(root), "data", "import", str(ragged), "--table", "customers",
                              "--map", CUSTOMER_MAP, "--date-format", "%d/%m/%Y"])
    assert res.exit_code == 2, res.output  # was pandas' ParserError, exit 1
    assert "kunden.csv" in res.stderr and "row 4004" in res.stderr and "has 5 fields but the header has 4" in res.stderr
    assert "unquoted comma" in res.stderr
