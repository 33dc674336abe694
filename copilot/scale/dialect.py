"""DuckDB SQL -> Spark SQL: the few, explicit differences between the two dialects.

The feature SQL lives in one place (:mod:`copilot.tools.features`) and is written in the ANSI
subset both engines share. What differs is rewritten here, rule by rule, outside string
literals (``'...'``), so the Spark backend runs the very text the DuckDB backend runs:

1. ``date_diff('day', a, b)`` (DuckDB) -> ``datediff(b, a)`` (Spark): whole days from a to b.
2. Decimal literals are DOUBLE: ``1.0`` -> ``1.0D``. DuckDB evaluates ``1.0 * x / n`` as a
   DOUBLE division; Spark keeps ``1.0`` a DECIMAL and rounds the quotient to a DECIMAL scale,
   so e.g. a seasonality index would differ in the 8th digit.
3. Double-quoted identifiers -> backticks: ``"order_ts"`` is a column in DuckDB and a string
   in Spark.

Anything else is passed through unchanged; the parity test (``tests/scale``) is what tells when
the feature SQL gains a construct that needs a new rule here.
"""

from __future__ import annotations

import re

_STRING = re.compile(r"'(?:[^']|'')*'")
_DECIMAL = re.compile(r"(?<![\w.])(\d+\.\d+)(?![\w.])")
_QUOTED_IDENT = re.compile(r'"((?:[^"]|"")+)"')
_DATE_DIFF = re.compile(r"\bdate_diff\s*\(\s*'day'\s*,", re.IGNORECASE)


def _outside_strings(sql: str, rewrite: re.Pattern[str], repl: str) -> str:
    """Apply ``rewrite`` only to the parts of ``sql`` that are not single-quoted strings."""
    out: list[str] = []
    pos = 0
    for m in _STRING.finditer(sql):
        out.append(rewrite.sub(repl, sql[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(rewrite.sub(repl, sql[pos:]))
    return "".join(out)


def _split_args(sql: str, start: int) -> tuple[list[str], int]:
    """Top-level comma-separated arguments from ``start`` up to the matching ``)``; returns
    the arguments and the index just past that parenthesis."""
    depth = 0
    args: list[str] = []
    current = start
    i = start
    while i < len(sql):
        ch = sql[i]
        if ch == "'":
            m = _STRING.match(sql, i)
            i = m.end() if m else i + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                args.append(sql[current:i])
                return args, i + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(sql[current:i])
            current = i + 1
        i += 1
    raise ValueError("unbalanced parentheses in SQL")


def _rewrite_date_diff(sql: str) -> str:
    while True:
        m = _DATE_DIFF.search(sql)
        if m is None:
            return sql
        args, end = _split_args(sql, m.end())
        if len(args) != 2:
            raise ValueError(f"date_diff('day', ...) takes two more arguments, got {len(args)}")
        start, stop = (a.strip() for a in args)
        sql = f"{sql[:m.start()]}datediff({stop}, {start}){sql[end:]}"


def to_spark_sql(sql: str) -> str:
    """Rewrite DuckDB SQL (as written in :mod:`copilot.tools.features`) for Spark SQL."""
    sql = _rewrite_date_diff(sql)
    sql = _outside_strings(sql, _DECIMAL, r"\1D")
    return _outside_strings(sql, _QUOTED_IDENT, r"`\1`")
