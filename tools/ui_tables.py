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

``engage_ui`` (:func:`engagement_table`) summarises the touches per customer and channel (the last day of each
event), so an audience's "clicked email in the last 90 days" is one filtered read of a small sorted table
instead of an ``EXISTS`` over every touch of every customer.
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


def score_ranks(deps: Deps, category: str) -> str:
    """``(r, ui)``: the customers of ``cust`` ranked by their score for ``category``, highest first, ties by
    customer id (1, 2, ...: the order ``top_propensity`` keeps them in), sorted by rank; made on the first
    call for that category of an artifact version (~8 bytes per customer). Empty for a category without scores."""
    table = scores_table(deps)
    code = table.code(category)
    name = f"scores_rank_{code}" if code >= 0 else "scores_rank_none"

    def make() -> str:
        with deps.artifacts.query() as q:
            q.execute(f"""CREATE OR REPLACE TABLE {name} AS
SELECT CAST(row_number() OVER (ORDER BY s.p DESC, c.customer_id) AS INTEGER) AS r, s.ui
FROM {table.name} s JOIN cust c ON c.user_index = s.ui WHERE s.cat = $cat ORDER BY r""", {"cat": code})
        return name

    return deps.artifacts.memo(f"ui_tables:rank:{code}", make)


def custcat_table(deps: Deps) -> CodedTable:
    """``custcat_ui(cat, ui, cat_orders, cat_spend, cat_recency_days)``, once per artifact version."""
    return deps.artifacts.memo(
        "ui_tables:custcat",
        lambda: _coded(deps, "custcat", "custcat_ui", "s.cat_orders, s.cat_spend, s.cat_recency_days"),
    )



@dataclass(frozen=True)
class EngagementTable:
    """``engage_ui(ch, ui, received, opened, clicked, converted, unsubscribed, ever_unsubscribed)``: per customer
    index and channel code, the last day of each event (``unsubscribed``: the last send that unsubscribed;
    ``ever_unsubscribed``: any touch did, with or without a send time)."""

    name: str
    channels: dict[str, int]  # channel -> code (codes in channel order; a touch with no channel has code NULL)

    def code(self, channel: str) -> int:
        """The channel's code; -1 (no rows) for a channel no touch has."""
        return self.channels.get(channel, -1)


def _engagement(deps: Deps) -> EngagementTable:
    from copilot.tools.channels import touches_table  # channels imports the audience code that imports this

    touches = touches_table(deps)
    with deps.artifacts.query() as q:
        channels = [str(r[0]) for r in q.execute(
            f"SELECT DISTINCT channel FROM {touches} WHERE channel IS NOT NULL ORDER BY 1").fetchall()]
        # an event at or after midnight of day d is an event on a day >= d: the last day answers "since d" exactly
        q.execute(f"""CREATE OR REPLACE TABLE engage_ui AS
SELECT CAST(k.code AS TINYINT) AS ch, CAST(t.ui AS INTEGER) AS ui,
       CAST(MAX(t.sent_ts) AS DATE) AS received, CAST(MAX(t.opened_ts) AS DATE) AS opened,
       CAST(MAX(t.clicked_ts) AS DATE) AS clicked, CAST(MAX(t.converted_ts) AS DATE) AS converted,
       CAST(MAX(t.sent_ts) FILTER (WHERE t.unsubscribed) AS DATE) AS unsubscribed,
       COALESCE(BOOL_OR(t.unsubscribed), FALSE) AS ever_unsubscribed
FROM {touches} t
LEFT JOIN (SELECT channel, row_number() OVER (ORDER BY channel) - 1 AS code FROM (SELECT UNNEST($chs) AS channel)) k
  ON k.channel = t.channel
WHERE t.ui IS NOT NULL
GROUP BY ALL ORDER BY ch, ui""", {"chs": channels})
    return EngagementTable(name="engage_ui", channels={c: i for i, c in enumerate(channels)})


def engagement_table(deps: Deps) -> EngagementTable:
    """The touches' per-customer, per-channel summary (see :class:`EngagementTable`), once per artifact version."""
    return deps.artifacts.memo("ui_tables:engagement", lambda: _engagement(deps))
