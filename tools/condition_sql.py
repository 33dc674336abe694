"""Compile an audience condition tree (``copilot.tools.conditions``) to SQL over the ``cust`` view.

Leaves the per-customer table answers directly (segment, tier, recency, lifetime frequency and spend,
consent, region, tenure) compile to column tests; a category bought (in a window), opens, clicks and other
engagement, and ``top_propensity`` to semi-joins on the customer index over the integer-keyed in-memory
tables of :mod:`copilot.tools.ui_tables` (issue #14); orders or spend in the last N days and a product bought
to sub-queries over the workspace database, attached read-only as ``src``. Windows count back from the
models' as-of date, so results match the trained models and are reproducible. ``top_propensity`` ranks the
rest of its AND by the calibrated score and keeps the top N or share; ``top_uplift`` likewise by the
``uplift`` model's score (the customers most likely to be persuaded).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.conditions import (
    Age,
    AllCustomers,
    And,
    Attribute,
    Bought,
    Cluster,
    Condition,
    Consent,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    Region,
    RfmSegment,
    SignedUp,
    Spend,
    TopPropensity,
    TopUplift,
    ValueTier,
)
from copilot.tools.features import ANY_CATEGORY
from copilot.tools.ui_tables import custcat_table, engagement_table, score_ranks

#: "The customers most likely to buy X" with no number: the top fifth by propensity (said in the audience's words).
DEFAULT_TOP_SHARE = 0.2


class _Compiler:
    def __init__(self, deps: Deps, alias: str) -> None:
        from copilot.tools.audience import vocabulary

        self.deps = deps
        self.alias = alias
        self.voc = vocabulary(deps)
        self.params: list[Any] = []
        self.needs_src = False
        self._as_of: date | None = None

    @property
    def as_of(self) -> date:
        if self._as_of is None:
            self._as_of = self.deps.artifacts.load("segments").as_of
        return self._as_of

    def p(self, value: Any) -> str:
        self.params.append(value)
        return "?"

    def since(self, days: int) -> str:
        return self.p(self.as_of - timedelta(days=days))

    def compile(self, c: Condition) -> str:
        if isinstance(c, AllCustomers):
            return "TRUE"
        if isinstance(c, And):
            tops = [x for x in c.of if isinstance(x, TopPropensity | TopUplift)]
            rest = [x for x in c.of if not isinstance(x, TopPropensity | TopUplift)]
            parts = [self.compile(x) for x in rest]
            for t in tops:
                parts.append(self.top(t, rest) if isinstance(t, TopPropensity) else self.top_uplift(t, rest))
            return "(" + " AND ".join(parts) + ")"
        if isinstance(c, Or):
            return "(" + " OR ".join(self.compile(x) for x in c.of) + ")"
        if isinstance(c, Not):
            return f"(NOT COALESCE({self.compile(c.of)}, FALSE))"
        return self.leaf(c)

    def leaf(self, c: Condition) -> str:
        """A condition that is not AND/OR/NOT: a column test, a count, a sub-query or a top-N."""
        if isinstance(c, RfmSegment | Cluster | ValueTier | Recency):
            return self.segment_leaf(c)
        if isinstance(c, OrderCount | Spend):
            return self.amount_leaf(c)
        if isinstance(c, Bought):
            return self.bought(c)
        if isinstance(c, Region | Consent):
            return self.profile_leaf(c)
        if isinstance(c, Engagement):
            return self.engagement(c)
        if isinstance(c, SignedUp):
            return f"{self.alias}.tenure_days <= {self.p(c.within_days)}"
        if isinstance(c, TopPropensity):
            return self.top(c, [])
        if isinstance(c, TopUplift):
            return self.top_uplift(c, [])
        if isinstance(c, Attribute):  # customer attributes (issue #17): see copilot.tools.attributes
            return self.attribute(c)
        if isinstance(c, Age):
            return self.age(c)
        raise ToolError(f"unknown audience condition {type(c).__name__}")

    def segment_leaf(self, c: RfmSegment | Cluster | ValueTier | Recency) -> str:
        """Segment, cluster, value tier or recency: tests of the per-customer table's columns."""
        a = self.alias
        if isinstance(c, RfmSegment):
            names = [self.voc.segment(s) for s in c.segments]
            rfm = [n for k, n in names if k == "rfm"]
            clusters = [n for k, n in names if k == "cluster"]
            ors = []
            if rfm:
                ors.append(f"{a}.rfm_segment IN ({', '.join(self.p(n) for n in rfm)})")
            if clusters:
                ors.append(f"{a}.cluster_name IN ({', '.join(self.p(n) for n in clusters)})")
            return "(" + " OR ".join(ors) + ")"
        if isinstance(c, Cluster):
            kind, name = self.voc.segment(c.name)
            col = "cluster_name" if kind == "cluster" else "rfm_segment"
            return f"{a}.{col} = {self.p(name)}"
        if isinstance(c, ValueTier):
            return f"{a}.value_tier = {self.p(c.tier)}"
        if isinstance(c, Recency):
            parts = []
            if c.min_days is not None:
                test = f"{a}.recency_days >= {self.p(c.min_days)}"
                parts.append(f"({test} OR {a}.frequency = 0)" if c.include_never else test)
            if c.max_days is not None:
                parts.append(f"{a}.recency_days <= {self.p(c.max_days)}")
            return "(" + " AND ".join(parts) + ")" if parts else "TRUE"
        raise ToolError(f"unknown audience condition {type(c).__name__}")

    def amount_leaf(self, c: OrderCount | Spend) -> str:
        """Orders or spend, lifetime (a column) or in a window (a sub-query over ``src.orders``)."""
        a = self.alias
        if isinstance(c, OrderCount):
            if c.min is not None and c.max is not None and c.min > c.max:
                raise ToolError(f"order count: min ({c.min}) is greater than max ({c.max}).")
            if c.within_days is None:
                col = f"{a}.frequency"
            else:
                self.needs_src = True
                col = (f"COALESCE((SELECT COUNT(*) FROM src.orders o WHERE o.customer_id = {a}.customer_id "
                       f"AND o.order_ts >= {self.since(c.within_days)}), 0)")
            return self.between(col, c.min, c.max)
        if isinstance(c, Spend):
            if c.min is not None and c.max is not None and c.min > c.max:
                raise ToolError(f"spend: min ({c.min:g}) is greater than max ({c.max:g}).")
            if c.within_days is None:
                col = f"{a}.monetary"
            elif c.within_days == 365:
                col = f"COALESCE({a}.spend_365d, 0)"
            else:
                self.needs_src = True
                col = (f"COALESCE((SELECT SUM(o.amount) FROM src.orders o WHERE o.customer_id = {a}.customer_id "
                       f"AND o.order_ts >= {self.since(c.within_days)}), 0)")
            return self.between(col, c.min, c.max)
        raise ToolError(f"unknown audience condition {type(c).__name__}")

    def bought(self, c: Bought) -> str:
        """Bought a category (the per-customer category table) or a product (``src`` order lines)."""
        a = self.alias
        ors = []
        cats = [self.voc.category(x) for x in c.categories]
        cats = [x for x in cats if x != ANY_CATEGORY]
        if cats:  # the integer-keyed copy of custcat: the same customers as its rows joined by customer id
            table = custcat_table(self.deps)
            marks = ", ".join(self.p(table.code(x)) for x in cats)
            window = "" if c.within_days is None else f" AND cc.cat_recency_days <= {self.p(c.within_days)}"
            ors.append(f"{a}.user_index IN (SELECT cc.ui FROM {table.name} cc WHERE cc.cat IN ({marks}){window})")
        if c.product_ids:
            self.needs_src = True
            marks = ", ".join(self.p(x) for x in c.product_ids)
            window = "" if c.within_days is None else f" AND o.order_ts >= {self.since(c.within_days)}"
            ors.append(f"{a}.customer_id IN (SELECT o.customer_id FROM src.order_lines l JOIN src.orders o "
                       f"USING (order_id) WHERE l.product_id IN ({marks}){window})")
        if not ors:
            return f"{a}.frequency > 0"
        return "(" + " OR ".join(ors) + ")"

    def profile_leaf(self, c: Region | Consent) -> str:
        """Region or channel consent: tests of the per-customer table's columns."""
        a = self.alias
        if isinstance(c, Region):
            regions = [self.voc.region(r) for r in c.regions]
            return f"{a}.region IN ({', '.join(self.p(r) for r in regions)})"
        if isinstance(c, Consent):
            return f"{a}.consent_{c.channel} = 1"
        raise ToolError(f"unknown audience condition {type(c).__name__}")

    def engagement(self, c: Engagement) -> str:
        """Received, opened, clicked, converted or unsubscribed, optionally on one channel and in a window: the
        last day of that event per customer and channel (:func:`~copilot.tools.ui_tables.engagement_table`, the
        trained snapshot of ``touches``, which equals the workspace's while the models are not stale)."""
        table = engagement_table(self.deps)
        cond = []
        if c.channel is not None:
            cond.append(f"e.ch = {self.p(table.code(c.channel))}")
        if c.within_days is not None:
            cond.append(f"e.{c.event} >= {self.since(c.within_days)}")
        elif c.event == "unsubscribed":
            cond.append("e.ever_unsubscribed")
        else:
            cond.append(f"e.{c.event} IS NOT NULL")
        return f"{self.alias}.user_index IN (SELECT e.ui FROM {table.name} e WHERE {' AND '.join(cond)})"

    def attribute(self, c: Attribute) -> str:
        from copilot.tools.attributes import attribute_columns, attribute_sql

        self.needs_src = True
        with self.deps.artifacts.query() as q:
            attach_source(self.deps, q)
            columns = attribute_columns(q)
        return attribute_sql(columns, c.column, c.op, list(c.values), self.alias, self.p)

    def age(self, c: Age) -> str:
        """The customers whose ``customers.age_band`` is one of the bands the range uses (:mod:`copilot.tools.age_bands`)."""
        from copilot.tools.age_bands import choose_bands

        self.needs_src = True
        with self.deps.artifacts.query() as q:
            attach_source(self.deps, q)
            known = [str(r[0]) for r in q.execute(
                "SELECT DISTINCT age_band FROM src.customers WHERE age_band IS NOT NULL ORDER BY 1").fetchall()]
        if not known:
            raise ToolError("The data has no age: customers.age_band is empty, so an age condition cannot be applied.")
        bands = c.bands if c.bands is not None else choose_bands(known, c.min_age, c.max_age).used
        unknown = [b for b in bands if b not in known]
        if unknown:
            raise ToolError(f"Unknown age band '{unknown[0]}'. The data's age bands: {', '.join(known)}.")
        if not bands:
            return "FALSE"
        marks = ", ".join(self.p(b) for b in bands)
        return f"{self.alias}.customer_id IN (SELECT a.customer_id FROM src.customers a WHERE a.age_band IN ({marks}))"

    def between(self, col: str, lo: float | None, hi: float | None) -> str:
        parts = []
        if lo is not None:
            parts.append(f"{col} >= {self.p(lo)}")
        if hi is not None:
            parts.append(f"{col} <= {self.p(hi)}")
        return "(" + " AND ".join(parts) + ")" if parts else "TRUE"

    def top(self, t: TopPropensity, rest: Sequence[Condition]) -> str:
        if t.top_n is None and t.top_share is None:
            t = t.model_copy(update={"top_share": DEFAULT_TOP_SHARE})  # "most likely to buy": the top fifth
        category = self.voc.category(t.category)
        inner = _Compiler(self.deps, "c2")
        inner._as_of = self._as_of
        where = " AND ".join(inner.compile(x) for x in rest) or "TRUE"
        self.needs_src = self.needs_src or inner.needs_src
        ranks = score_ranks(self.deps, category)  # by (p desc, customer id), as ORDER BY s.p DESC, s.customer_id
        if t.top_n is not None:
            limit = str(int(t.top_n))
        else:
            limit = f"CAST(CEIL({float(t.top_share or 0)} * (SELECT COUNT(*) FROM cust c2 WHERE {where})) AS BIGINT)"
        if not rest:  # every customer with a score: the first ranks (params: the limit's, none)
            return f"{self.alias}.user_index IN (SELECT k.ui FROM {ranks} k ORDER BY k.r LIMIT {limit})"
        # parameters in the order they appear in the text: the where, then the LIMIT's count
        self.params.extend(inner.params)
        if t.top_n is None:
            self.params.extend(inner.params)
        return (f"{self.alias}.user_index IN (SELECT k.ui FROM {ranks} k JOIN cust c2 ON c2.user_index = k.ui "
                f"WHERE {where} ORDER BY k.r LIMIT {limit})")

    def top_uplift(self, t: TopUplift, rest: Sequence[Condition]) -> str:
        """The top N or share of the rest of the AND by the ``uplift`` model's score (its Parquet file,
        read directly: the artifact views hold segments and propensity only)."""
        art = self.deps.artifacts.load("uplift")
        path = str((self.deps.workspace.root / art.meta["tables"]["uplift_scores"]).resolve()).replace("'", "''")
        inner = _Compiler(self.deps, "c2")
        inner._as_of = self._as_of
        where = " AND ".join(inner.compile(x) for x in rest) or "TRUE"
        self.needs_src = self.needs_src or inner.needs_src
        self.params.extend(inner.params)
        if t.top_n is not None:
            limit = str(int(t.top_n))
        else:
            share = float(t.top_share if t.top_share is not None else DEFAULT_TOP_SHARE)
            limit = f"CAST(CEIL({share} * (SELECT COUNT(*) FROM cust c2 WHERE {where})) AS BIGINT)"
            self.params.extend(inner.params)
        return (f"{self.alias}.customer_id IN (SELECT u.customer_id FROM read_parquet('{path}') u "
                f"JOIN cust c2 USING (customer_id) WHERE {where} ORDER BY u.uplift DESC, u.customer_id LIMIT {limit})")


def condition_sql(deps: Deps, cond: Condition, alias: str = "c") -> tuple[str, list[Any], bool]:
    """(SQL boolean over ``cust`` aliased ``alias``, positional parameters, whether ``src`` is used)."""
    comp = _Compiler(deps, alias)
    sql = comp.compile(cond)
    return sql, comp.params, comp.needs_src


def attach_source(deps: Deps, cursor: Any) -> None:
    """Attach the workspace database read-only as ``src`` (once per artifact connection)."""
    path = str(deps.workspace.db_path.resolve()).replace("'", "''")
    try:
        cursor.execute(f"ATTACH IF NOT EXISTS '{path}' AS src (READ_ONLY)")
    except Exception as exc:
        raise ToolError(f"The audience needs the order history in {deps.workspace.db_path}, which could not be "
                        f"opened ({exc}). Run the command again when no import is running.") from exc
