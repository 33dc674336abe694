"""Compact copies of the two per-customer x category tables, keyed by integers (issue #14).

``scores`` (customer x category purchase probabilities) and ``custcat`` (customer x category history) are
the largest artifact tables: 4.8M and 1.8M rows at 300,000 customers, so above
:data:`~copilot.tools.artifact_tables.MATERIALIZE_MAX_ROWS` they stay views that decode the Parquet file
and join ``cust`` on the text customer id in every query. Once per artifact version (the store's memo,
cleared when a table file or the model version changes) each is copied into an in-memory table with the
customer's integer index ``ui`` and the category as a small integer ``cat`` (codes in category order, so
ordering by the code orders by the name), sorted by category: a tool's query reads one category's rows
(DuckDB skips the other row groups by their min/max) and joins ``cust`` on ``user_index``. About 10 bytes
per score row and 26 per history row (~50 MB + ~50 MB at 300k customers, ~3.3x that at 1M).

Rows of a customer missing from ``cust`` are left out: every query joined ``cust`` on the customer id.
"""

from __future__ import annotations

from dataclasses import dataclass

from copilot.deps import Deps


@dataclass(frozen=True)
class CodedTable:
    """An in-memory table keyed by ``(cat, ui)`` and its category codes."""

    name: str
    codes: dict[str, int]  # category -> code
    names: dict[int, str]  # code -> category

    def code(self, category: str) -> int:
        """The category's code; -1 (no rows) for a category the table does not hold."""
        return self.codes.get(category, -1)


def _coded(deps: Deps, source: str, name: str, columns: str) -> CodedTable:
    with deps.artifacts.query() as q:
        cats = [str(r[0]) for r in q.execute(
            f"SELECT DISTINCT category FROM {source} WHERE category IS NOT NULL ORDER BY 1").fetchall()]
        q.execute(f"""CREATE OR REPLACE TABLE {name} AS
SELECT CAST(k.code AS SMALLINT) AS cat, CAST(c.user_index AS INTEGER) AS ui, {columns}
FROM {source} s JOIN cust c ON c.customer_id = s.customer_id
JOIN (SELECT category, row_number() OVER (ORDER BY category) - 1 AS code FROM (SELECT UNNEST($cats) AS category)) k
  ON k.category = s.category
ORDER BY cat, ui""", {"cats": cats})
    codes = {c: i for i, c in enumerate(cats)}
    return CodedTable(name=name, codes=codes, names={i: c for c, i in codes.items()})


def scores_table(deps: Deps) -> CodedTable:
    """``scores_ui(cat, ui, p)``: the live scores (the same ``p``, a FLOAT), once per artifact version."""
    return deps.artifacts.memo("ui_tables:scores", lambda: _coded(deps, "scores", "scores_ui", "s.p"))


def custcat_table(deps: Deps) -> CodedTable:
    """``custcat_ui(cat, ui, cat_orders, cat_spend, cat_recency_days)``, once per artifact version."""
    return deps.artifacts.memo(
        "ui_tables:custcat",
        lambda: _coded(deps, "custcat", "custcat_ui", "s.cat_orders, s.cat_spend, s.cat_recency_days"),
    )
