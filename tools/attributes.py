"""Customer attributes (the optional ``customer_attributes`` table, :mod:`copilot.data.attributes`) in the
models and the audiences.

* **Propensity features** (:func:`learn_encoding`, :func:`encode`, :func:`attach`): numeric and true/false
  columns as they are, dates as days before the cut-off, text columns with at most
  :data:`MAX_DISTINCT` values one-hot on their :data:`MAX_LEVELS` most frequent values (each held by at
  least :data:`MIN_LEVEL_CUSTOMERS` customers); at most :data:`MAX_FEATURES` features. Other columns
  (ids, free text, a single value) are skipped and the training summary says why. Attributes are a
  snapshot: the same values at every training cut-off.
* **Audience conditions** (:func:`attribute_sql`): the ``attribute`` leaf compiles to a sub-query over
  the workspace database (attached as ``src``): ``eq`` / ``in`` compare text case-insensitively,
  ``gte`` / ``lte`` need a number or date column.

Only the DuckDB backend reads attributes; on Spark the table is not registered and training goes on
without them (a model trained with them refuses to be scored there, see ``propensity_model.prepare``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from copilot.data.contract import ATTRIBUTES
from copilot.errors import ToolError

MAX_LEVELS = 8
MAX_DISTINCT = 50
MIN_LEVEL_CUSTOMERS = 20
MAX_FEATURES = 40
PREFIX = "attr:"


@dataclass(frozen=True)
class AttributeEncoding:
    """Which attribute columns the propensity model uses, and how."""

    numeric: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    levels: tuple[tuple[str, tuple[str, ...]], ...] = ()  # text column -> the values one-hot encoded
    skipped: tuple[tuple[str, str], ...] = ()  # column -> why it is not used

    def features(self) -> list[str]:
        out = [PREFIX + c for c in self.numeric] + [f"{PREFIX}{c}:days_ago" for c in self.dates]
        return out + [f"{PREFIX}{c}={v}" for c, values in self.levels for v in values]

    def labels(self) -> dict[str, str]:
        out = {PREFIX + c: f"{c} (customer attribute)" for c in self.numeric}
        out |= {f"{PREFIX}{c}:days_ago": f"days since {c} (customer attribute)" for c in self.dates}
        return out | {
            f"{PREFIX}{c}={v}": f"{c} is {v} (customer attribute)" for c, vs in self.levels for v in vs
        }

    def describe(self) -> str:
        used = (
            list(self.numeric)
            + [f"{c} (days ago)" for c in self.dates]
            + [f"{c} ({len(vs)} value{'s' if len(vs) != 1 else ''})" for c, vs in self.levels]
        )
        text = "attributes used: " + (", ".join(used) if used else "none")
        if self.skipped:
            text += "; not used: " + ", ".join(f"{c} ({why})" for c, why in self.skipped)
        return text


def load_attributes(con: Any) -> pd.DataFrame | None:
    """The ``customer_attributes`` table (``customer_id`` + its columns), or None when the workspace has
    none, it has no attribute column or no row, or the backend does not register it (Spark)."""
    present = {str(r[0]) for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if ATTRIBUTES not in present:
        return None
    table: pd.DataFrame = con.execute(f'SELECT * FROM "{ATTRIBUTES}" ORDER BY customer_id').df()
    if table.empty or len(table.columns) < 2:
        return None
    table["customer_id"] = table["customer_id"].astype(str)
    return table


def learn_encoding(table: pd.DataFrame) -> AttributeEncoding:
    """The features an attribute table gives (no labels are looked at: nothing to leak)."""
    numeric: list[str] = []
    dates: list[str] = []
    levels: list[tuple[str, tuple[str, ...]]] = []
    skipped: list[tuple[str, str]] = []
    n_features = 0
    for col in (c for c in table.columns if c != "customer_id"):
        values = table[col]
        filled = values.dropna()
        if filled.nunique() < 2:
            skipped.append((col, "a single value" if len(filled) else "empty"))
            continue
        if pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
            want: tuple[str, tuple[str, ...]] | str = "numeric"
            width = 1
        elif pd.api.types.is_datetime64_any_dtype(values):
            want, width = "date", 1
        else:
            text = filled.astype(str).str.strip()
            if text.nunique() > MAX_DISTINCT:
                skipped.append((col, f"{text.nunique():,} different values"))
                continue
            counts = text.value_counts()
            kept = tuple(str(v) for v in counts[counts >= MIN_LEVEL_CUSTOMERS].index[:MAX_LEVELS])
            if not kept:
                skipped.append((col, f"no value held by {MIN_LEVEL_CUSTOMERS}+ customers"))
                continue
            want, width = (col, kept), len(kept)
        if n_features + width > MAX_FEATURES:
            skipped.append((col, f"over the cap of {MAX_FEATURES} attribute features"))
            continue
        n_features += width
        if want == "numeric":
            numeric.append(col)
        elif want == "date":
            dates.append(col)
        else:
            assert isinstance(want, tuple)
            levels.append(want)
    return AttributeEncoding(tuple(numeric), tuple(dates), tuple(levels), tuple(skipped))


def encode(enc: AttributeEncoding, table: pd.DataFrame, cutoff: date) -> pd.DataFrame:
    """``customer_id`` + the model's attribute features at ``cutoff`` (floats)."""
    out: dict[str, Any] = {"customer_id": table["customer_id"].astype(str).to_numpy()}
    for c in enc.numeric:
        out[PREFIX + c] = pd.to_numeric(table[c].astype("Float64"), errors="coerce").to_numpy(
            dtype=np.float64, na_value=np.nan
        )
    for c in enc.dates:
        days = (pd.Timestamp(cutoff) - pd.to_datetime(table[c], errors="coerce")).dt.days
        out[f"{PREFIX}{c}:days_ago"] = days.to_numpy(dtype=np.float64, na_value=np.nan)
    for c, values in enc.levels:
        text = table[c].astype("string").str.strip()
        for v in values:
            out[f"{PREFIX}{c}={v}"] = (text == v).fillna(False).to_numpy(dtype=np.float64)
    return pd.DataFrame(out)


def attach(rows: pd.DataFrame, encoded: pd.DataFrame, enc: AttributeEncoding) -> pd.DataFrame:
    """``rows`` (with ``customer_id``) with the attribute features added, order kept; a customer with no
    attribute row gets missing numbers and dates (imputed by the model) and no one-hot level."""
    ids = pd.Index(encoded["customer_id"])
    pos = ids.get_indexer(rows["customer_id"].astype(str))
    found = pos >= 0
    out = rows.copy()
    for f in enc.features():
        col = encoded[f].to_numpy(dtype=np.float64)
        vals = np.where(found, col[np.where(found, pos, 0)], np.nan if "=" not in f else 0.0)
        out[f] = vals
    return out


# --- audience conditions ------------------------------------------------------------------------------------
_SQL_KIND = {
    "BIGINT": "number",
    "INTEGER": "number",
    "DOUBLE": "number",
    "BOOLEAN": "bool",
    "DATE": "date",
    "TIMESTAMP": "date",
    "VARCHAR": "text",
}


def attribute_columns(query: Any) -> dict[str, str]:
    """``column -> number | bool | date | text`` of the attached workspace database's attribute table
    (``query``: an artifact connection with ``src`` attached)."""
    rows = query.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = 'src' "
        "AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
        [ATTRIBUTES],
    ).fetchall()
    return {str(n): _SQL_KIND.get(str(t).upper(), "text") for n, t in rows if str(n) != "customer_id"}


def _value(kind: str, column: str, v: Any) -> Any:
    try:
        if kind == "number":
            return float(v)
        if kind == "bool":
            text = str(v).strip().lower()
            if text in ("true", "yes", "1", "t", "y"):
                return True
            if text in ("false", "no", "0", "f", "n"):
                return False
            raise ValueError(v)
        if kind == "date":
            return date.fromisoformat(str(v)[:10])
    except (TypeError, ValueError):
        want = {"number": "a number", "bool": "true or false", "date": "a date like 2025-03-01"}[kind]
        raise ToolError(f"Attribute '{column}' holds {want}; {v!r} is not one.") from None
    return str(v).strip().lower()


def attribute_sql(
    columns: dict[str, str], column: str, op: str, values: list[Any], alias: str, param: Callable[[Any], str]
) -> str:
    """SQL for ``customer <alias> has attribute <column> <op> <values>`` (``param`` adds a parameter and
    returns its placeholder). Raises ToolError naming the columns when ``column`` is unknown."""
    if column not in columns:
        if not columns:
            raise ToolError(
                f"This workspace has no customer attributes, so '{column}' cannot be filtered on. "
                "Import a customer_attributes file (customer_id + your columns) with "
                "`copilot data import`."
            )
        raise ToolError(f"Unknown customer attribute '{column}'. Known attributes: {', '.join(columns)}.")
    kind = columns[column]
    col = f'a."{column}"'
    if op in ("gte", "lte"):
        if kind not in ("number", "date"):
            raise ToolError(
                f"Attribute '{column}' is {kind}; gte/lte need a number or date attribute (use eq or in)."
            )
        test = f"{col} {'>=' if op == 'gte' else '<='} {param(_value(kind, column, values[0]))}"
    else:
        picked = values[:1] if op == "eq" else values
        if kind == "text":
            col = f"lower(trim({col}))"
        test = f"{col} IN ({', '.join(param(_value(kind, column, v)) for v in picked)})"
    return f'{alias}.customer_id IN (SELECT a.customer_id FROM src."{ATTRIBUTES}" a WHERE {test})'
