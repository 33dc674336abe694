"""Portable SQL pieces the feature queries share, so DuckDB and Spark run the same text: timestamp
literals computed in Python, whole days between two timestamps (the one dialect difference), and
quintile scores from ``RANK()``. See :mod:`copilot.tools.features`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

Dialect = Literal["duckdb", "spark"]


def ts_literal(value: date | datetime) -> str:
    """A portable timestamp literal; a date means midnight at the start of that day."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return f"TIMESTAMP '{value.strftime('%Y-%m-%d %H:%M:%S')}'"


def days_between(start: str, end: str, dialect: Dialect = "duckdb") -> str:
    """SQL for whole calendar days from ``start`` to ``end`` (both timestamp expressions)."""
    if dialect == "spark":
        return f"datediff(CAST({end} AS DATE), CAST({start} AS DATE))"
    return f"date_diff('day', CAST({start} AS DATE), CAST({end} AS DATE))"


def quintile_score(order_by: str) -> str:
    """Quintile score 1-5 from RANK(): ties share a score, no tie-break needed."""
    return f"CAST(1 + FLOOR(5.0 * (RANK() OVER (ORDER BY {order_by}) - 1) / COUNT(*) OVER ()) AS INTEGER)"
