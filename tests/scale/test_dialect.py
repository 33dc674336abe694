"""The DuckDB -> Spark SQL rewrite rules (no Spark needed)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.scale.dialect import to_spark_sql
from copilot.tools import features


def test_date_diff_becomes_datediff_with_swapped_arguments() -> None:
    sql = "SELECT date_diff('day', CAST(a.ts AS DATE), CAST(TIMESTAMP '2024-01-01 00:00:00' AS DATE)) AS d"
    assert to_spark_sql(sql) == (
        "SELECT datediff(CAST(TIMESTAMP '2024-01-01 00:00:00' AS DATE), CAST(a.ts AS DATE)) AS d"
    )


def test_nested_date_diffs_and_commas_inside_arguments() -> None:
    sql = "date_diff('day', COALESCE(x, y), date_diff('day', f(a, b), c))"
    assert to_spark_sql(sql) == "datediff(datediff(c, f(a, b)), COALESCE(x, y))"


def test_decimal_literals_become_doubles_outside_strings_only() -> None:
    sql = "SELECT 1.0 * n / 365.0, x.y, 3, 'v1.5', TIMESTAMP '2024-01-01 00:00:00.5', t1.c2 FROM t1"
    assert to_spark_sql(sql) == (
        "SELECT 1.0D * n / 365.0D, x.y, 3, 'v1.5', TIMESTAMP '2024-01-01 00:00:00.5', t1.c2 FROM t1"
    )


def test_double_quoted_identifiers_become_backticks_but_strings_stay() -> None:
    sql = 'SELECT COUNT(*), MAX("order_ts") FROM "orders" WHERE name = \'say "hi"\''
    assert to_spark_sql(sql) == "SELECT COUNT(*), MAX(`order_ts`) FROM `orders` WHERE name = 'say \"hi\"'"


def test_unbalanced_sql_is_an_error() -> None:
    with pytest.raises(ValueError, match="unbalanced"):
        to_spark_sql("SELECT date_diff('day', a, (b)")


def test_the_feature_sql_in_duckdb_dialect_rewrites_to_the_spark_dialect_text() -> None:
    """The tools' own Spark variant (``dialect='spark'``) and the rewrite agree on day counts."""
    as_of = date(2025, 6, 1)
    rewritten = to_spark_sql(features.customer_features_sql(as_of))
    native = to_spark_sql(features.customer_features_sql(as_of, dialect="spark"))
    assert "date_diff" not in rewritten
    assert rewritten == native
