"""Validating import files against the data contract, vectorised: every column parsed to its type
(with the first bad row and how many share it), required columns, bounds and allowed values, primary
keys repeated inside a batch, and -- in the database -- keys already stored and foreign keys pointing
nowhere. Every problem names file, row and column (:class:`ContractError`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from copilot.data.contract import CONTRACT, TABLES, Column, TableSpec
from copilot.errors import DataError

_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
_EXPECTED = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "date": "a date like 2025-03-01",
    "timestamp": "a timestamp like 2025-03-01 14:05:00",
    "json": "a JSON object",
    "string": "text",
}
CSV_ROWS = "CSV rows count the header as row 1"
PARQUET_ROWS = "Parquet rows count from 1"


@dataclass(frozen=True)
class Problem:
    """One contract violation: where it first happens and how many rows share it."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    count: int = 1
    hint: str | None = None

    def text(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return ", ".join(where) + ": " + self.message


class ContractError(DataError):
    """A batch breaks the contract. ``file``/``row``/``column`` name the first problem; ``problems`` lists all."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        self.problems = problems
        hint = first.hint
        if len(problems) > 1:
            more = "; ".join(p.text().rstrip(".") for p in problems[1:6])
            extra = f" (+{len(problems) - 6} more)" if len(problems) > 6 else ""
            hint = ((hint + " ") if hint else "") + f"Also: {more}{extra}."
        super().__init__(first.message, file=first.file, row=first.row, column=first.column, hint=hint)


def show_value(v: Any) -> str:
    s = str(v)
    return repr(s if len(s) <= 40 else s[:37] + "...")


def _textual(s: pd.Series) -> pd.Series:
    out = s.astype("string").str.strip()
    return out


def _parse(raw: pd.Series, col: Column) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Return (typed values, null mask, unparseable mask)."""
    t = col.type
    if t in ("int", "float") and pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        num = raw.astype("Float64")
        null = num.isna().to_numpy(dtype=bool)
        bad = np.zeros(len(raw), dtype=bool)
    elif t == "bool" and pd.api.types.is_bool_dtype(raw):
        return raw.astype("boolean"), raw.isna().to_numpy(dtype=bool), np.zeros(len(raw), dtype=bool)
    elif t in ("date", "timestamp") and pd.api.types.is_datetime64_any_dtype(raw):
        vals = raw.dt.tz_convert("UTC").dt.tz_localize(None) if getattr(raw.dt, "tz", None) else raw
        return vals, raw.isna().to_numpy(dtype=bool), np.zeros(len(raw), dtype=bool)
    else:
        txt = _textual(raw)
        null = (txt.isna() | (txt.fillna("") == "")).to_numpy(dtype=bool)
        filled = txt.where(~null)
        if t in ("int", "float"):
            num = pd.to_numeric(filled, errors="coerce").astype("Float64")
            bad = ~null & num.isna().to_numpy(dtype=bool)
        elif t == "bool":
            low = filled.str.lower()
            is_true = low.isin(_TRUE).to_numpy(dtype=bool)
            is_false = low.isin(_FALSE).to_numpy(dtype=bool)
            bad = ~null & ~is_true & ~is_false
            vals = pd.array(is_true, dtype="boolean")
            vals[null | bad] = pd.NA
            return pd.Series(vals, index=raw.index), null, bad
        elif t in ("date", "timestamp"):
            ts = pd.to_datetime(filled, errors="coerce", format="ISO8601", utc=True)
            bad = ~null & ts.isna().to_numpy(dtype=bool)
            return ts.dt.tz_localize(None), null, bad
        elif t == "json":
            bad = np.zeros(len(raw), dtype=bool)
            for i in np.flatnonzero(~null):
                try:
                    ok = isinstance(json.loads(str(filled.iloc[i])), dict)
                except ValueError:
                    ok = False
                bad[i] = not ok
            return filled, null, bad
        else:
            return filled, null, np.zeros(len(raw), dtype=bool)
    # numbers
    arr = num.to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(arr)
    bad = bad | (~null & ~np.isnan(arr) & ~finite)
    if t == "int":
        frac = ~null & finite & (np.mod(np.where(finite, arr, 0), 1) != 0)
        bad = bad | frac
        ok_arr = np.where(finite & ~bad, arr, np.nan)
        return pd.Series(pd.array(ok_arr, dtype="Float64").astype("Int64"), index=raw.index), null, bad
    return pd.Series(pd.array(np.where(bad, np.nan, arr), dtype="Float64"), index=raw.index), null, bad


def _first(mask: np.ndarray, rows: np.ndarray) -> tuple[int, int, int]:
    idx = np.flatnonzero(mask)
    return int(idx[0]), int(rows[idx[0]]), int(idx.size)


def more_rows(count: int, note: str) -> str:
    extra = f"; {count - 1:,} more row{'s' if count > 2 else ''} like this" if count > 1 else ""
    return f" ({note}{extra})"


def validate_file(
    label: str, spec: TableSpec, df: pd.DataFrame, kind: str, warnings: list[str]
) -> tuple[pd.DataFrame, list[Problem]]:
    note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
    header_row = None if kind == "parquet" else 1
    problems: list[Problem] = []
    lowered = [str(c).strip().lower() for c in df.columns]
    names = dict(zip(lowered, df.columns, strict=True))
    repeated = [c for c in lowered if lowered.count(c) > 1]
    if repeated:
        problems.append(
            Problem(label, f"the header repeats column '{repeated[0]}'.", header_row, repeated[0])
        )
    for c in spec.required_columns:
        if c not in names:
            problems.append(
                Problem(
                    label,
                    f"the header has no required column '{c}' (expected {_EXPECTED[spec.column(c).type]}); "
                    f"table '{spec.name}' needs: {', '.join(spec.required_columns)}.",
                    header_row,
                    c,
                )
            )
    extra = [str(names[n]) for n in names if n not in spec.column_names]
    if extra:
        warnings.append(
            f"{label}: ignored column{'s' if len(extra) > 1 else ''} not in the contract for "
            f"'{spec.name}': {', '.join(extra)}."
        )
    if problems:
        return pd.DataFrame(), problems

    n = len(df)
    rows = np.arange(1, n + 1) + (0 if kind == "parquet" else 1)
    out: dict[str, Any] = {}
    for col in spec.columns:
        if col.name not in names:
            continue
        raw = df[names[col.name]].reset_index(drop=True)
        vals, null, bad = _parse(raw, col)
        problems.extend(_column_problems(label, col, raw, vals, null, bad, rows, note))
        out[col.name] = vals
    typed = pd.DataFrame(out)
    typed["__row"] = rows
    return typed, problems


def _column_problems(
    label: str,
    col: Column,
    raw: pd.Series,
    vals: pd.Series,
    null: np.ndarray,
    bad: np.ndarray,
    rows: np.ndarray,
    note: str,
) -> list[Problem]:
    """One column's problems: unparseable values, empty required cells, values out of bounds or not
    among the allowed ones -- each as its first row and how many rows share it."""
    expected = _EXPECTED[col.type]
    found = [_violation(label, col, bad, rows, note, f"expected {expected}, got ", raw)]
    if not col.nullable:
        found.append(
            _violation(label, col, null, rows, note, f"is empty but '{col.name}' needs a value ({expected})")
        )
    ok = ~null & ~bad
    if col.type in ("int", "float"):
        arr = vals.to_numpy(dtype=float, na_value=np.nan)
        for bound, op, word in ((col.min, np.less, ">="), (col.max, np.greater, "<=")):
            if bound is not None:
                viol = ok & op(np.where(ok, arr, bound), bound)
                found.append(_violation(label, col, viol, rows, note, f"must be {word} {bound:g}, got ", raw))
    if col.allowed is not None:
        viol = ok & ~vals.isin(col.allowed).to_numpy(dtype=bool)
        found.append(
            _violation(label, col, viol, rows, note, f"must be one of {', '.join(col.allowed)}; got ", raw)
        )
    return [p for p in found if p is not None]


def _violation(
    label: str,
    col: Column,
    mask: np.ndarray,
    rows: np.ndarray,
    note: str,
    says: str,
    raw: pd.Series | None = None,
) -> Problem | None:
    """``says`` (+ the first offending value when ``raw`` is given) at the first row of ``mask``."""
    if not mask.any():
        return None
    i, row, cnt = _first(mask, rows)
    got = show_value(raw.iloc[i]) if raw is not None else ""
    return Problem(label, f"{says}{got}{more_rows(cnt, note)}.", row, col.name, cnt)


def pk_where(spec: TableSpec, values: tuple[Any, ...]) -> str:
    return ", ".join(f"{k}={show_value(v)}" for k, v in zip(spec.primary_key, values, strict=True))


def batch_duplicates(spec: TableSpec, frames: list[tuple[str, str, pd.DataFrame]]) -> list[Problem]:
    """Primary keys repeated inside the batch (within one file or across files of the same table)."""
    if not frames:
        return []
    allf = pd.concat([f.assign(__file=i) for i, (_, _, f) in enumerate(frames)], ignore_index=True)
    dup = allf.duplicated(list(spec.primary_key), keep="first").to_numpy(dtype=bool)
    if not dup.any():
        return []
    i = int(np.flatnonzero(dup)[0])
    key = tuple(allf.loc[i, k] for k in spec.primary_key)
    same = np.ones(len(allf), dtype=bool)
    for k, v in zip(spec.primary_key, key, strict=True):
        same &= (allf[k] == v).fillna(False).to_numpy(dtype=bool)
    j = int(np.flatnonzero(same)[0])
    label, kind, _ = frames[int(allf.loc[i, "__file"])]
    first_label = frames[int(allf.loc[j, "__file"])][0]
    note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
    where = f"row {int(allf.loc[j, '__row'])}" + ("" if first_label == label else f" of {first_label}")
    cnt = int(dup.sum())
    return [
        Problem(
            label,
            f"duplicate primary key {pk_where(spec, key)}, first seen on {where}{more_rows(cnt, note)}.",
            int(allf.loc[i, "__row"]),
            spec.primary_key[0],
            cnt,
            hint="Each primary key may appear once.",
        )
    ]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_keys(con: Any, spec: TableSpec, label: str, note: str) -> None:
    """Primary keys already in the workspace, and foreign keys pointing nowhere (staged as ``_stage``)."""
    staged = {str(r[0]) for r in con.execute("DESCRIBE _stage").fetchall()}
    pk = spec.primary_key
    on = " AND ".join(f"t.{quote_ident(k)} = s.{quote_ident(k)}" for k in pk)
    rows = con.execute(
        f"SELECT s.__row, {', '.join('s.' + quote_ident(k) for k in pk)}, count(*) OVER () FROM _stage s "
        f"JOIN {quote_ident(spec.name)} t ON {on} ORDER BY s.__row LIMIT 1"
    ).fetchall()
    if rows:
        hit = rows[0]
        cnt = int(hit[-1])
        raise ContractError(
            [
                Problem(
                    label,
                    f"{pk_where(spec, tuple(hit[1:-1]))} is already in the workspace{more_rows(cnt, note)}.",
                    int(hit[0]),
                    pk[0],
                    cnt,
                    hint="Imports append and never overwrite: drop rows that were imported before, or use "
                    "--replace to load these files as the tables' whole new content.",
                )
            ]
        )
    for col, (ptable, pcol) in spec.foreign_keys.items():
        if col not in staged:  # an optional key column the file does not have (reviews without customer_id)
            continue
        rows = _first_orphan(con, "_stage", col, ptable, pcol, rows_of="c.__row, ")
        if rows:
            hit = rows[0]
            cnt = int(hit[-1])
            raise ContractError(
                [
                    Problem(
                        label,
                        f"unknown {col} {show_value(hit[1])}: no such {pcol} in table '{ptable}' (workspace or this batch)"
                        f"{more_rows(cnt, note)}.",
                        int(hit[0]),
                        col,
                        cnt,
                        hint=f"Import the {ptable} rows first or in the same batch.",
                    )
                ]
            )


def _first_orphan(con: Any, source: str, col: str, ptable: str, pcol: str, *, rows_of: str = "") -> list[Any]:
    """The first row of ``source`` whose ``col`` points at no ``ptable.pcol`` (NULL points nowhere by
    design), as ``[(<rows_of>, value, how many such rows)]``; ``rows_of="c.__row, "`` adds the staged
    row number and orders by it. Empty when every key is found."""
    order = "ORDER BY c.__row " if rows_of else ""
    return list(
        con.execute(
            f"SELECT {rows_of}c.{quote_ident(col)}, count(*) OVER () FROM {source} c WHERE c.{quote_ident(col)} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {quote_ident(ptable)} p WHERE p.{quote_ident(pcol)} = c.{quote_ident(col)}) {order}LIMIT 1"
        ).fetchall()
    )


def check_orphans(con: Any, batch: dict[str, list[tuple[str, str, pd.DataFrame]]]) -> None:
    """After a replace, rows of any table must still find the rows they point at."""
    present = {
        str(r[0])
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()
    }
    for child in (t for t in TABLES if t in present):
        spec = CONTRACT[child]
        for col, (ptable, pcol) in spec.foreign_keys.items():
            if ptable not in batch:
                continue
            rows = _first_orphan(con, quote_ident(child), col, ptable, pcol)
            if rows:
                hit = rows[0]
                label = batch[ptable][0][0]
                raise ContractError(
                    [
                        Problem(
                            label,
                            f"replacing table '{ptable}' would leave {int(hit[1]):,} rows of '{child}' pointing at a "
                            f"missing {pcol} (e.g. {show_value(hit[0])}).",
                            None,
                            pcol,
                            int(hit[1]),
                            hint=f"Import '{child}' in the same batch, or use append mode.",
                        )
                    ]
                )
