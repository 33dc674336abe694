"""Reading import files: the table a file name points at, and a CSV / TSV / Parquet file read as text
columns (CSV) or typed columns (Parquet), with a clear error naming the file and row when it cannot be
read. Used by :mod:`copilot.data.importer`.
"""

from __future__ import annotations

import csv
import gzip
import re
import warnings
from pathlib import Path

import pandas as pd

from copilot.data.contract import CONTRACT
from copilot.data.import_checks import CSV_ROWS
from copilot.errors import DataError

_SUFFIXES = {".csv": "csv", ".csv.gz": "csv", ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


def table_for(path: Path) -> str | None:
    """The table a file name points at (``order-lines.csv.gz`` -> ``order_lines``), or None."""
    suf = _suffix(path)
    stem = path.name[: len(path.name) - len(suf)] if suf else path.stem
    name = stem.strip().lower().replace("-", "_").replace(" ", "_")
    return name if name in CONTRACT else None


def read_file(path: Path, label: str, sep: str | None = None) -> tuple[pd.DataFrame, str]:
    """The file as text columns and its kind (``csv``, ``tsv``, ``parquet``); ``sep`` overrides the
    delimiter its name implies (a sniffed one). Every reading error is one :class:`DataError`."""
    if not path.exists():
        raise DataError("file not found.", file=label)
    suf = _suffix(path)
    kind = _SUFFIXES.get(suf)
    if kind is None:
        raise DataError(
            f"unsupported file type '{suf or path.name}'; expected .csv, .csv.gz, .tsv or .parquet.",
            file=label,
        )
    try:
        if kind == "parquet":
            return pd.read_parquet(path), kind
        sep = sep or ("\t" if kind == "tsv" else ",")
        with warnings.catch_warnings():
            # pandas only warns (and drops data) when the first data row is longer than the header
            warnings.simplefilter("error", pd.errors.ParserWarning)
            try:
                frame = pd.read_csv(
                    path,
                    dtype=str,
                    keep_default_na=False,
                    na_filter=False,
                    encoding="utf-8-sig",
                    sep=sep,
                    index_col=False,
                    skip_blank_lines=True,
                )
            except pd.errors.ParserWarning:
                line, got, want = _ragged_line(path, sep)
                raise DataError(
                    f"has {got} fields but the header has {want} ({CSV_ROWS}).",
                    file=label,
                    row=line,
                    hint="Check for an unquoted comma inside a value.",
                ) from None
        return frame, kind
    except pd.errors.EmptyDataError:
        raise DataError("the file is empty (not even a header row).", file=label) from None
    except pd.errors.ParserError as exc:
        m = re.search(r"line (\d+), saw (\d+)", str(exc))
        exp = re.search(r"Expected (\d+) fields", str(exc))
        if m and exp:
            raise DataError(
                f"has {m.group(2)} fields but the header has {exp.group(1)} ({CSV_ROWS}).",
                file=label,
                row=int(m.group(1)),
                hint="Check for an unquoted comma inside a value.",
            ) from None
        raise DataError(f"is not a readable CSV file: {exc}", file=label) from None
    except UnicodeDecodeError as exc:
        raise DataError(
            f"is not UTF-8 text ({exc.reason}).", file=label, hint="Save it as UTF-8 CSV."
        ) from None
    except (OSError, ValueError) as exc:  # pyarrow errors for broken Parquet files are ValueError/OSError
        raise DataError(f"could not be read as {kind}: {exc}", file=label) from None


def _ragged_line(path: Path, sep: str) -> tuple[int, int, int]:
    """The first line with more fields than the header (only called once pandas found one)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        width = len(next(reader))
        for fields in reader:
            if len(fields) > width:
                return reader.line_num, len(fields), width
    return 2, width + 1, width
