"""The importer: every contract error names file, row and column; a batch is all-or-nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from copilot.data.contract import LOAD_ORDER
from copilot.data.importer import ContractError, import_files, table_for
from copilot.errors import DataError
from copilot.workspace import Workspace, open_workspace

CUSTOMERS = "customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
ORDERS = "order_id,customer_id,order_ts,amount\n"


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    def _write(name: str, text: str) -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    return _write


def counts(ws: Workspace) -> dict[str, int]:
    with ws.connect() as con:
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in LOAD_ORDER}


def digest(ws: Workspace) -> str:
    return hashlib.sha256(ws.db_path.read_bytes()).hexdigest()


def fails(ws: Workspace, paths: list[Path], **kw: Any) -> DataError:
    before_bytes = digest(ws) if ws.db_path.exists() else None
    before = counts(ws) if ws.db_path.exists() else None
    with pytest.raises(DataError) as info:
        import_files(ws, paths, **kw)
    # nothing is half-imported: the database file is untouched
    if before_bytes is None:
        assert not ws.db_path.exists()
    else:
        assert digest(ws) == before_bytes
        assert counts(ws) == before
    assert not list(ws.root.glob(".*building*"))
    return info.value


@pytest.fixture
def empty_ws(tmp_path: Path) -> Workspace:
    return open_workspace(tmp_path / "ws")


def good_customers(n: int = 3, start: int = 1) -> str:
    return CUSTOMERS + "".join(f"K{i},2025-01-0{1 + i % 9},US-West,true,false,no\n" for i in range(start, start + n))


# --- naming -------------------------------------------------------------------------------------------
def test_table_from_file_name() -> None:
    assert table_for(Path("x/customers.csv")) == "customers"
    assert table_for(Path("Order-Lines.csv.gz")) == "order_lines"
    assert table_for(Path("orders.parquet")) == "orders"
    assert table_for(Path("clients.csv")) is None


def test_unknown_table_name(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    path = write("clients.csv", good_customers())
    e = fails(empty_ws, [path])
    assert e.file == str(path)
    assert "clients.csv" in str(e) and "--table" in str(e) and "customers" in str(e)
    e = fails(empty_ws, [path], table="clientele")
    assert "unknown table 'clientele'" in str(e)


def test_table_option_overrides_the_name(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    report = import_files(empty_ws, [write("clients.csv", good_customers())], table="customers")
    assert report.tables == {"customers": 3}
    assert counts(empty_ws)["customers"] == 3


def test_missing_file_and_unsupported_type(empty_ws: Workspace, tmp_path: Path,
                                           write: Callable[[str, str], Path]) -> None:
    e = fails(empty_ws, [tmp_path / "customers.csv"])
    assert "not found" in str(e)
    e = fails(empty_ws, [write("customers.xlsx", "x")], table="customers")
    assert "unsupported file type" in str(e)
    e = fails(empty_ws, [write("customers.csv", "")])
    assert "empty" in str(e)


# --- per-column rules ------------------------------------------------------------------------------------
def test_missing_required_column(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    path = write("customers.csv", "customer_id,region,consent_email,consent_sms,consent_push\nK1,US,true,true,true\n")
    e = fails(empty_ws, [path])
    assert (e.file, e.row, e.column) == (str(path), 1, "signup_date")
    assert "no required column 'signup_date'" in str(e)


def test_extra_column_is_ignored_with_a_warning(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    text = good_customers().replace("consent_push\n", "consent_push,loyalty_tier\n", 1)
    text = "\n".join(line + (",gold" if i else "") for i, line in enumerate(text.splitlines())) + "\n"
    report = import_files(empty_ws, [write("customers.csv", text)])
    assert report.tables == {"customers": 3}
    assert any("loyalty_tier" in w for w in report.warnings)


def test_header_names_are_case_and_space_insensitive(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    text = " Customer_ID ,SIGNUP_DATE,region,consent_email,consent_sms,consent_push\nK1,2025-01-01,US,1,0,0\n"
    assert import_files(empty_ws, [write("customers.csv", text)]).tables == {"customers": 1}


@pytest.mark.parametrize(
    ("row", "column", "value", "expect"),
    [
        (3, "signup_date", "31/02/2024", "expected a date like 2025-03-01, got '31/02/2024'"),
        (4, "signup_date", "2024-02-30", "expected a date"),
        (2, "consent_sms", "maybe", "expected true or false, got 'maybe'"),
        (4, "region", "", "is empty but 'region' needs a value"),
        (3, "customer_id", " ", "is empty but 'customer_id' needs a value"),
    ],
)
def test_customer_value_errors(empty_ws: Workspace, write: Callable[[str, str], Path], row: int, column: str,
                               value: str, expect: str) -> None:
    df = pd.read_csv(pd.io.common.StringIO(good_customers(4)), dtype=str, keep_default_na=False)
    df.loc[row - 2, column] = value
    path = empty_ws.root.parent / "customers.csv"
    df.to_csv(path, index=False)
    e = fails(empty_ws, [path])
    assert (e.file, e.row, e.column) == (str(path), row, column)
    assert expect in str(e)
    assert "header as row 1" in str(e)


def test_first_offending_row_and_count(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    body = "".join(f"N{i},C000001,2026-10-0{1 + i % 9} 10:00:00,{-5 if i in (4, 6, 9) else 10}\n" for i in range(10))
    path = write("orders.csv", ORDERS + body)
    e = fails(small_workspace, [path])
    assert (e.row, e.column) == (6, "amount")  # data row index 4 -> CSV row 6
    assert "must be >= 0, got '-5'" in str(e)
    assert "2 more rows like this" in str(e)


def test_wrong_types_in_numbers_and_timestamps(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    e = fails(small_workspace, [write("orders.csv", ORDERS + "N1,C000001,2026-10-01 10:00,12.5\nN2,C000001,yesterday,3\n")])
    assert (e.row, e.column) == (3, "order_ts")
    assert "expected a timestamp" in str(e) and "'yesterday'" in str(e)
    e = fails(small_workspace, [write("orders.csv", ORDERS + "N1,C000001,2026-10-01,12,50\n")])
    assert e.row == 2 and "fields" in str(e)  # a ragged row: an unquoted comma
    e = fails(small_workspace, [write("orders.csv", ORDERS + "N1,C000001,2026-10-01,$12.50\n")])
    assert (e.row, e.column) == (2, "amount") and "expected a number" in str(e)
    lines = "order_id,line_no,product_id,quantity,amount\n"
    e = fails(small_workspace, [write("order_lines.csv", lines + "O00000001,1.5,P1001,1,3\n")])
    assert (e.row, e.column) == (2, "line_no") and "whole number" in str(e)


def test_range_and_allowed_values(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    reviews = "review_id,product_id,rating,review_date,text\nRX1,P1001,5,2026-10-01,ok\nRX2,P1001,6,2026-10-01,wow\n"
    e = fails(small_workspace, [write("reviews.csv", reviews)])
    assert (e.row, e.column) == (3, "rating") and "must be <= 5, got '6'" in str(e)
    camp = "campaign_id,name,channel,start_date\nX1,Fax blast,fax,2026-10-01\n"
    e = fails(small_workspace, [write("campaigns.csv", camp)])
    assert (e.row, e.column) == (2, "channel")
    assert "must be one of email, sms, push, paid_social; got 'fax'" in str(e)


def test_all_problems_of_a_file_are_listed(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    text = CUSTOMERS + "K1,2025-01-01,US,true,false,no\nK2,bad-date,US,perhaps,false,no\n"
    e = fails(empty_ws, [write("customers.csv", text)])
    assert isinstance(e, ContractError)
    assert {(p.row, p.column) for p in e.problems} == {(3, "signup_date"), (3, "consent_email")}
    assert "Also:" in str(e)


# --- keys ---------------------------------------------------------------------------------------------------
def test_duplicate_key_within_a_file(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    text = good_customers(3) + "K2,2025-02-01,US,true,true,true\n"
    path = write("customers.csv", text)
    e = fails(empty_ws, [path])
    assert (e.file, e.row, e.column) == (str(path), 5, "customer_id")
    assert "duplicate primary key customer_id='K2', first seen on row 3" in str(e)


def test_duplicate_key_across_files_of_a_batch(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    a = write("a/customers.csv", good_customers(3))
    b = write("b/customers.csv", good_customers(2, start=3))
    e = fails(empty_ws, [a, b])
    assert (e.file, e.row) == (str(b), 2)
    assert f"first seen on row 4 of {a}" in str(e)


def test_duplicate_key_against_the_workspace(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    path = write("customers.csv", CUSTOMERS + "K1,2025-01-01,US,true,false,no\nC000007,2025-01-01,US,1,0,0\n")
    e = fails(small_workspace, [path])
    assert (e.file, e.row, e.column) == (str(path), 3, "customer_id")
    assert "customer_id='C000007' is already in the workspace" in str(e)
    assert "--replace" in str(e)


def test_unknown_foreign_key(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    path = write("orders.csv", ORDERS + "N1,C000001,2026-10-01,1\nN2,C999999,2026-10-01,1\nN3,C999998,2026-10-01,1\n")
    e = fails(small_workspace, [path])
    assert (e.file, e.row, e.column) == (str(path), 3, "customer_id")
    assert "unknown customer_id 'C999999'" in str(e) and "1 more row like this" in str(e)


def test_foreign_keys_resolve_within_the_batch_in_load_order(empty_ws: Workspace,
                                                             write: Callable[[str, str], Path]) -> None:
    orders = write("orders.csv", ORDERS + "N1,K1,2026-10-01T09:30:00Z,20\nN2,K2,2026-10-02,5.5\n")
    customers = write("customers.csv", good_customers(2))
    report = import_files(empty_ws, [orders, customers])  # children first on the command line
    assert report.tables == {"customers": 2, "orders": 2}
    with empty_ws.connect() as con:
        ts = con.execute("SELECT order_ts FROM orders WHERE order_id = 'N1'").fetchall()[0][0]
    assert str(ts) == "2026-10-01 09:30:00"


# --- atomicity ----------------------------------------------------------------------------------------------
def test_a_failing_file_leaves_the_workspace_unchanged(small_workspace: Workspace,
                                                       write: Callable[[str, str], Path]) -> None:
    customers = write("customers.csv", good_customers(3))
    orders = write("orders.csv", ORDERS + "N1,K1,2026-10-01,1\nN2,NOBODY,2026-10-01,1\n")
    # the customers file is valid and is loaded into the copy before orders fail
    e = fails(small_workspace, [customers, orders])
    assert (e.file, e.row, e.column) == (str(orders), 3, "customer_id")
    # a later type error in the batch also leaves nothing behind
    bad = write("reviews.csv", "review_id,product_id,rating,review_date\nR1,P1001,five,2026-10-01\n")
    e = fails(small_workspace, [customers, bad])
    assert (e.file, e.row, e.column) == (str(bad), 2, "rating")


def test_first_import_failure_creates_no_database(empty_ws: Workspace, write: Callable[[str, str], Path]) -> None:
    fails(empty_ws, [write("customers.csv", good_customers(1)), write("orders.csv", ORDERS + "N1,K9,2026-10-01,1\n")])
    assert not empty_ws.exists()


# --- modes, formats, scale ------------------------------------------------------------------------------------
def test_replace_mode(small_workspace: Workspace, write: Callable[[str, str], Path]) -> None:
    e = fails(small_workspace, [write("customers.csv", good_customers(3))], mode="replace")
    assert "would leave" in str(e) and "'orders'" in str(e)
    campaigns = write("campaigns.csv", "campaign_id,name,channel,start_date,cost\nX1,Test,email,2026-10-01,10\n")
    touches = write("touches.csv", "campaign_id,customer_id,channel,sent_ts\nX1,C000001,email,2026-10-01 10:00\n")
    report = import_files(small_workspace, [campaigns, touches], mode="replace")
    assert report.table_rows["campaigns"] == 1 and report.table_rows["touches"] == 1
    assert report.table_rows["customers"] == 2_000


def test_parquet_rows_count_from_one(small_workspace: Workspace, tmp_path: Path) -> None:
    df = pd.DataFrame({
        "order_id": ["N1", "N2", "N3"],
        "customer_id": ["C000001", "C000002", "C000003"],
        "order_ts": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03"]),
        "amount": [1.0, -2.0, 3.0],
    })
    path = tmp_path / "orders.parquet"
    df.to_parquet(path)
    e = fails(small_workspace, [path])
    assert (e.row, e.column) == (2, "amount") and "Parquet rows count from 1" in str(e)
    df.loc[1, "amount"] = 2.0
    df.to_parquet(path)
    assert import_files(small_workspace, [path]).tables == {"orders": 3}


def test_large_file_is_validated_vectorised(empty_ws: Workspace, tmp_path: Path) -> None:
    n = 200_000
    df = pd.DataFrame({
        "customer_id": [f"K{i}" for i in range(n)],
        "signup_date": "2025-01-01",
        "region": "US",
        "consent_email": "true",
        "consent_sms": "false",
        "consent_push": "false",
    })
    df.loc[n - 7, "signup_date"] = "2025-13-01"
    path = tmp_path / "customers.csv"
    df.to_csv(path, index=False)
    e = fails(empty_ws, [path])
    assert (e.row, e.column) == (n - 7 + 2, "signup_date")
    df.loc[n - 7, "signup_date"] = "2025-12-01"
    df.to_csv(path, index=False)
    assert import_files(empty_ws, [path]).tables == {"customers": n}
