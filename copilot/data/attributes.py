"""The optional ``customer_attributes`` table: ``customer_id`` plus any typed columns a brand keeps about
its customers (loyalty tier, birth year, preferred store, newsletter topics...).

* **Columns** are the file's own. Names are normalised to lower_snake_case (``Loyalty Tier`` ->
  ``loyalty_tier``). A column's type -- int, float, bool, date, timestamp or string -- is read off its
  values the first time it is imported (a Parquet file's own types are kept; ``--date-format`` and
  decimal commas are honoured; a number with a leading zero such as a postcode stays text) and is
  fixed after that: a later append must fit it (a value that does not is an error naming the file,
  row and column), a new column is added, ``--replace`` starts the table afresh with the file's
  columns.
* **No PII**: a column whose name says e-mail, phone, name or address, or whose values look like
  e-mail addresses, phone numbers or street addresses, is refused with one sentence saying how to
  drop it (``--drop-column``) or keep a keyed hash of it (``--hash-column``: HMAC-SHA256 with the
  workspace's secret salt, so equal values stay equal and cannot be read back).
* **Uses**: training turns numeric, boolean, date and low-cardinality text columns into propensity
  features (:mod:`copilot.tools.attributes`); audience conditions filter on any column (the
  ``attribute`` leaf). Attributes are a snapshot: the same values are used at every training
  cut-off.

The importer calls :func:`open_spec` (through ``copilot.data.mapping.read_mapped``) to type a file,
:func:`prepare_table` to shape the table inside its rebuilt database, and ``copilot data undo``
calls :func:`restore` to put a replaced table back with its old columns.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import shlex
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from copilot.data.contract import ATTRIBUTES, CUSTOMER_ATTRIBUTES, DUCKDB_TYPES, Column, ColumnType, TableSpec
from copilot.errors import DataError

__all__ = ["ATTRIBUTES", "hash_value", "normalise", "open_spec", "prepare_table", "restore", "stored_types"]

MAX_COLUMNS = 200
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_INT = re.compile(r"^[+-]?(0|[1-9]\d*)$")
_FLOAT = re.compile(r"^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")  # 01234 is text
_COMMA = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[+-]?\d+(?:,\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TS = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_TRUE_FALSE = {"true", "false", "yes", "no", "t", "f", "y", "n"}

#: Name words that mark a column as personal data (compared with the normalised name's words).
_PII_WORDS: dict[str, str] = {
    **dict.fromkeys(("email", "e_mail", "mail", "emailaddress", "email_address"), "an e-mail address"),
    **dict.fromkeys(
        (
            "phone",
            "telephone",
            "tel",
            "mobile",
            "cell",
            "cellphone",
            "handy",
            "telefon",
            "fax",
            "msisdn",
            "phone_number",
        ),
        "a phone number",
    ),
    **dict.fromkeys(
        ("address", "addr", "street", "strasse", "adresse", "anschrift", "house_number", "address_line"),
        "a postal address",
    ),
}
_PII_NAMES = {
    "name",
    "first_name",
    "last_name",
    "full_name",
    "given_name",
    "family_name",
    "middle_name",
    "surname",
    "firstname",
    "lastname",
    "fullname",
    "vorname",
    "nachname",
    "customer_name",
    "contact_name",
    "user_name",
    "username",
    "display_name",
    "maiden_name",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^(?:\+|00|0)[\d\s().\-/]{6,20}$")
_STREET = re.compile(
    r"(?:\d+\w?\s+[\w.\- ]*\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place)\b)"
    r"|(?:\w*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s*\d+)"
    r"|(?:\b(?:rue|via|calle|avenida|chemin)\s+\w+)",
    re.IGNORECASE,
)
#: A column is refused when at least this share of its filled values look like phone numbers or street
#: addresses (one e-mail address is enough).
PII_VALUE_SHARE = 0.5


def normalise(name: str) -> str:
    """A header as a column name: lower_snake_case, ASCII letters, digits and ``_`` (``Kunden-Status`` ->
    ``kunden_status``)."""
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", str(name).strip())
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s if not s or not s[0].isdigit() else f"c_{s}"


def hash_value(value: str, key: bytes) -> str:
    """A keyed hash of a value (trimmed, lower case): ``h_`` + 16 hex of HMAC-SHA256."""
    return "h_" + hmac.new(key, value.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _pii_by_name(name: str) -> str | None:
    if name in _PII_NAMES or (
        name.endswith("_name")
        and name.split("_")[0] in ("first", "last", "full", "given", "family", "middle", "sur")
    ):
        return "a person's name"
    words = name.split("_")
    for k in range(len(words)):
        for j in range(k + 1, min(len(words), k + 2) + 1):
            hit = _PII_WORDS.get("_".join(words[k:j]))
            if hit:
                return hit
    return None


def _pii_by_value(values: pd.Series) -> tuple[str, int] | None:
    """(what the values look like, position of the first one) when a text column holds PII."""
    text = values.astype(str).str.strip()
    email = text.str.match(_EMAIL.pattern).to_numpy(dtype=bool)
    if email.any():
        return "e-mail addresses", int(np.flatnonzero(email)[0])
    digits = text.str.count(r"\d")
    phone = (text.str.match(_PHONE.pattern) & (digits >= 7)).to_numpy(dtype=bool)
    if phone.mean() >= PII_VALUE_SHARE:
        return "phone numbers", int(np.flatnonzero(phone)[0])
    street = text.str.contains(_STREET.pattern, regex=True).to_numpy(dtype=bool)
    if street.mean() >= PII_VALUE_SHARE:
        return "street addresses", int(np.flatnonzero(street)[0])
    return None


def _refuse(label: str, column: str, what: str, source: str, row: int | None = None) -> DataError:
    return DataError(
        f"looks like personal data ({what}); customer attributes must not hold PII, so nothing was imported.",
        file=label,
        row=row,
        column=column,
        hint=f"Drop it with `--drop-column {shlex.quote(source)}`, or keep a keyed hash of it (equal values stay "
        f"equal, the text cannot be read back) with `--hash-column {shlex.quote(source)}`.",
    )


def _infer(values: pd.Series, date_format: str | None) -> ColumnType:
    """The type of a text column from its filled values."""
    text = values.astype(str).str.strip()
    filled = text[text != ""]
    if filled.empty:
        return "string"
    low = filled.str.lower()
    if low.isin(_TRUE_FALSE).all() and low.nunique() <= 2 and not filled.str.fullmatch(r"[01]").all():
        return "bool"
    if filled.str.match(_INT.pattern).all():
        return "int"
    if filled.str.match(_FLOAT.pattern).all():
        return "float"
    if filled.str.match(_COMMA.pattern).all() and filled.str.contains(",", regex=False).any():
        return "float"  # decimal commas (12,5 or 1.234,56): read as numbers by the importer
    if date_format:
        parsed = pd.to_datetime(filled, format=date_format, errors="coerce")
        if parsed.notna().all():
            return "timestamp" if re.search(r"%[HIMS]", date_format) else "date"
    if filled.str.match(_ISO_DATE.pattern).all():
        return "date"
    if filled.str.match(_ISO_TS.pattern).all():
        return "timestamp"
    return "string"


def _dtype_type(values: pd.Series) -> ColumnType | None:
    """The type of a typed (Parquet) column, None for text."""
    if pd.api.types.is_bool_dtype(values):
        return "bool"
    if pd.api.types.is_integer_dtype(values):
        return "int"
    if pd.api.types.is_float_dtype(values):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "timestamp"
    sample = values.dropna()
    if len(sample) and all(type(v).__name__ == "date" for v in sample.head(50)):
        return "date"
    return None


def _header_names(
    label: str, frame: pd.DataFrame, header_row: int | None, warnings: list[str]
) -> dict[str, str]:
    """Each source column's normalised name (``customer_id`` required, names unique and usable, at most
    :data:`MAX_COLUMNS` attributes); renamed columns are named in ``warnings``."""
    names: dict[str, str] = {}
    for source in map(str, frame.columns):
        name = "customer_id" if source.strip().lower() == "customer_id" else normalise(source)
        if not _NAME.match(name):
            raise DataError(
                f"cannot be used as a column name ('{source}').",
                file=label,
                row=header_row,
                column=source,
                hint="Rename it to letters, digits and '_' (or map it with --map).",
            )
        if name in names.values():
            other = next(s for s, n in names.items() if n == name)
            raise DataError(
                f"'{source}' and '{other}' both become the column '{name}'.",
                file=label,
                row=header_row,
                column=source,
                hint="Rename one of them, or drop it with --drop-column.",
            )
        names[source] = name
    if "customer_id" not in names.values():
        raise DataError(
            "the header has no required column 'customer_id' (the customer each row describes).",
            file=label,
            row=header_row,
            column="customer_id",
            hint="Map it with --map customer_id=<your column>.",
        )
    if len(names) - 1 > MAX_COLUMNS:
        raise DataError(
            f"has {len(names) - 1} attribute columns; at most {MAX_COLUMNS} are accepted.",
            file=label,
            hint="Drop the ones no campaign needs with --drop-column.",
        )
    renamed = [f"{s} -> {n}" for s, n in names.items() if s != n and n != "customer_id"]
    if renamed:
        warnings.append(
            f"{label}: attribute columns renamed: {', '.join(renamed[:8])}"
            + (f" (+{len(renamed) - 8} more)" if len(renamed) > 8 else "")
            + "."
        )
    return names


def open_spec(
    label: str,
    frame: pd.DataFrame,
    kind: str,
    known: dict[str, ColumnType],
    date_format: str | None,
    hashed: set[str],
    warnings: list[str],
) -> tuple[pd.DataFrame, TableSpec]:
    """Name and type the columns of a ``customer_attributes`` file and refuse PII.

    ``known`` holds the types the table already has (and, updated here, those of earlier files of the
    batch): a known column keeps its type. ``hashed`` are the (normalised) columns the user asked to
    hash -- already hashed, so not checked for PII. Returns the frame with normalised headers and the
    table spec to validate it against."""
    header_row = None if kind == "parquet" else 1
    names = _header_names(label, frame, header_row, warnings)
    frame = frame.rename(columns=names)
    first_row = 1 if kind == "parquet" else 2
    columns = [CUSTOMER_ATTRIBUTES.column("customer_id")]
    for source, name in names.items():
        if name == "customer_id":
            continue
        if name not in hashed:
            what = _pii_by_name(name)
            if what:
                raise _refuse(label, source, f"its name says {what}", source, header_row)
        values = frame[name]
        typed = _dtype_type(values) if kind == "parquet" else None
        if name not in hashed and typed is None:
            filled = values[values.notna() & (values.astype(str).str.strip() != "")]
            hit = _pii_by_value(filled) if len(filled) else None
            if hit:
                row = int(
                    np.flatnonzero((values.notna() & (values.astype(str).str.strip() != "")).to_numpy())[
                        hit[1]
                    ]
                )
                raise _refuse(label, source, f"its values look like {hit[0]}", source, first_row + row)
        col_type: ColumnType = known.get(name) or typed or _infer(values, date_format)
        known.setdefault(name, col_type)
        columns.append(
            Column(name, col_type, f"Customer attribute ({col_type}).", required=False, nullable=True)
        )
    spec = TableSpec(
        CUSTOMER_ATTRIBUTES.name,
        CUSTOMER_ATTRIBUTES.description,
        tuple(columns),
        CUSTOMER_ATTRIBUTES.primary_key,
        CUSTOMER_ATTRIBUTES.foreign_keys,
        open_columns=True,
    )
    return frame, spec


_FROM_DUCKDB: dict[str, ColumnType] = {
    "BIGINT": "int",
    "INTEGER": "int",
    "DOUBLE": "float",
    "BOOLEAN": "bool",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "VARCHAR": "string",
}


def stored_types(con: Any) -> dict[str, ColumnType]:
    """The attribute columns the workspace's table has, with their types (empty without the table)."""
    rows = con.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
        "AND table_name = ? ORDER BY ordinal_position",
        [ATTRIBUTES],
    ).fetchall()
    return {str(n): _FROM_DUCKDB.get(str(t).upper(), "string") for n, t in rows if str(n) != "customer_id"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create(con: duckdb.DuckDBPyConnection, columns: list[tuple[str, str]]) -> None:
    cols = [
        '"customer_id" VARCHAR NOT NULL',
        *(f"{_q(n)} {t}" for n, t in columns),
        'PRIMARY KEY ("customer_id")',
    ]
    con.execute(f"CREATE TABLE {_q(ATTRIBUTES)} (\n  " + ",\n  ".join(cols) + "\n)")


def prepare_table(con: duckdb.DuckDBPyConnection, specs: list[TableSpec], *, fresh: bool) -> None:
    """Shape the table for a batch's files: created if missing (``fresh``: dropped and created with the
    batch's columns only, for ``--replace``), otherwise the batch's new columns added."""
    wanted: dict[str, str] = {}
    for spec in specs:
        for c in spec.columns:
            if c.name != "customer_id":
                wanted.setdefault(c.name, DUCKDB_TYPES[c.type])
    if fresh:
        con.execute(f"DROP TABLE IF EXISTS {_q(ATTRIBUTES)}")
    have = stored_types(con) if not fresh else {}
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
        [ATTRIBUTES],
    ).fetchone()
    exists = bool(found and found[0])
    if not exists:
        _create(con, list(wanted.items()))
        return
    for name, sql_type in wanted.items():
        if name not in have:
            con.execute(f"ALTER TABLE {_q(ATTRIBUTES)} ADD COLUMN {_q(name)} {sql_type}")


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    """The table, with no attribute column, if the workspace has none yet."""
    prepare_table(con, [], fresh=False)


def restore(con: duckdb.DuckDBPyConnection, saved: str) -> None:
    """Put back a replaced table (``saved``: the quoted name of its copy) with its own columns."""
    cols = [
        (str(r[0]), str(r[1]))
        for r in con.execute(f"DESCRIBE {saved}").fetchall()
        if str(r[0]) != "customer_id"
    ]
    con.execute(f"DROP TABLE IF EXISTS {_q(ATTRIBUTES)}")
    _create(con, cols)
    names = ", ".join(_q(n) for n in ["customer_id", *(c for c, _t in cols)])
    con.execute(f"INSERT INTO {_q(ATTRIBUTES)} ({names}) SELECT {names} FROM {saved}")
