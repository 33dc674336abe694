"""Audience resolution shared by every tool: criteria -> SQL filter over the per-customer table.

The per-customer table (view ``cust`` in :meth:`ArtifactStore.query`) is written at training
time; filtering it with DuckDB keeps tools at milliseconds on the demo and sub-second at 1M
customers. Unknown names (segment, category, region) raise :class:`ToolError` listing the valid
values, so the model can correct itself.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.features import ANY_CATEGORY, PROSPECTS, RFM_SEGMENTS
from copilot.tools.privacy import looks_like_pseudonym
from copilot.tools.schemas import AudienceCriteria
from copilot.tools.ui_tables import custcat_table


def norm(name: str) -> str:
    """Case- and punctuation-insensitive key: "Can't lose them" == "cant-lose-them"."""
    return re.sub(r"[^a-z0-9]+", "", name.lower())


@dataclass(frozen=True)
class Vocabulary:
    """Valid names in the current artifacts."""

    rfm_segments: list[str]
    clusters: list[str]
    categories: list[str]
    regions: list[str]

    def segment(self, name: str) -> tuple[str, str]:
        """("rfm" | "cluster", canonical name) for a user-supplied segment name."""
        key = norm(name)
        for s in self.rfm_segments:
            if norm(s) == key:
                return "rfm", s
        for i, c in enumerate(self.clusters, start=1):
            if key in (norm(c), f"cluster{i}"):
                return "cluster", c
        if key in ("loyalcustomers",):
            return "rfm", "Loyal"
        if key in ("cantlose", "cantloosethem", "cantlosethem"):
            return "rfm", "Can't lose them"
        known = "; ".join(self.rfm_segments) + (" | clusters: " + "; ".join(self.clusters) if self.clusters else "")
        raise ToolError(f"Unknown segment '{name}'. Known RFM segments: {known}.")

    def category(self, name: str | None) -> str:
        """Canonical category slug, or ANY_CATEGORY for None."""
        if name is None or norm(name) in ("", "any", "all", "anything"):
            return ANY_CATEGORY
        key = norm(name)
        for c in self.categories:
            if norm(c) == key or norm(c).rstrip("s") == key.rstrip("s"):
                return c
        raise ToolError(f"Unknown category '{name}'. Known categories: {', '.join(self.categories)}.")

    def region(self, name: str) -> str:
        key = norm(name)
        for r in self.regions:
            if norm(r) == key:
                return r
        raise ToolError(f"Unknown region '{name}'. Known regions: {', '.join(self.regions)}.")


def vocabulary(deps: Deps) -> Vocabulary:
    store = deps.artifacts
    seg = store.load("segments")

    def compute() -> Vocabulary:
        with store.query() as q:
            cats = [str(r[0]) for r in q.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()]
            regions = [str(r[0]) for r in q.execute(
                "SELECT DISTINCT region FROM cust WHERE region IS NOT NULL ORDER BY 1").fetchall()]
        return Vocabulary(
            rfm_segments=[s[0] for s in RFM_SEGMENTS] + [PROSPECTS],
            clusters=list(seg.meta.get("clusters", {}).get("names", [])),
            categories=cats,
            regions=regions,
        )

    return store.memo("vocabulary", compute)


def audience_filter(deps: Deps, criteria: AudienceCriteria | None,
                    alias: str = "c") -> tuple[str, dict[str, Any]]:
    """(SQL boolean expression over the ``cust`` view aliased ``alias``, named parameters ``$a0``...).

    Named parameters let callers add their own (``$cat``...) to the same statement."""
    if criteria is None or criteria.is_empty():
        return "TRUE", {}
    voc = vocabulary(deps)
    parts: list[str] = []
    params: list[Any] = []
    a = alias
    if criteria.segment:
        kind, name = voc.segment(criteria.segment)
        parts.append(f"{a}.rfm_segment = ?" if kind == "rfm" else f"{a}.cluster_name = ?")
        params.append(name)
    for lo, hi, col in (
        (criteria.min_recency_days, criteria.max_recency_days, "recency_days"),
        (criteria.min_frequency, criteria.max_frequency, "frequency"),
        (criteria.min_monetary, criteria.max_monetary, "monetary"),
    ):
        if lo is not None and hi is not None and lo > hi:
            raise ToolError(f"min {col} ({lo}) is greater than max {col} ({hi}).")
        if lo is not None:
            parts.append(f"{a}.{col} >= ?")
            params.append(lo)
        if hi is not None:
            parts.append(f"{a}.{col} <= ?")
            params.append(hi)
    if criteria.categories_bought:
        cats = [voc.category(c) for c in criteria.categories_bought]
        cats = [c for c in cats if c != ANY_CATEGORY]
        if cats:  # the integer-keyed copy of custcat: the same customers as its rows joined by customer id
            table = custcat_table(deps)
            marks = ", ".join("?" for _ in cats)
            parts.append(f"{a}.user_index IN (SELECT k.ui FROM {table.name} k WHERE k.cat IN ({marks}))")
            params += [table.code(c) for c in cats]
        else:
            parts.append(f"{a}.frequency > 0")
    if criteria.regions:
        regions = [voc.region(r) for r in criteria.regions]
        parts.append(f"{a}.region IN ({', '.join('?' for _ in regions)})")
        params += regions
    for ch in criteria.consent:
        parts.append(f"{a}.consent_{ch} = 1")
    if criteria.value_tier:
        parts.append(f"{a}.value_tier = ?")
        params.append(criteria.value_tier)
    if criteria.where is not None:
        from copilot.tools.condition_sql import attach_source, condition_sql

        sql, more, needs_src = condition_sql(deps, criteria.where, alias=a)
        if needs_src:
            with deps.artifacts.query() as q:
                attach_source(deps, q)
        parts.append(sql)
        params += more
    if not parts:
        return "TRUE", {}
    where = " AND ".join(parts)
    for i in range(len(params)):
        where = where.replace("?", f"$a{i}", 1)
    return where, {f"a{i}": v for i, v in enumerate(params)}


@contextmanager
def materialized(deps: Deps, where: str, params: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """:func:`audience_filter`'s ``(where, params)`` for the several queries of one tool call: a filter
    with sub-queries (bought, engagement, top propensity...) is evaluated ONCE into a table of the
    audience's customer ids, dropped when the block ends, and the block gets a semi-join on it (the
    same customers, by their index ``user_index``: unique, 0..n-1; issue #14); a filter of column tests only is
    handed back as it is."""
    if "SELECT" not in where.upper():
        yield where, params
        return
    table = f"audience_{uuid.uuid4().hex}"
    with deps.artifacts.query() as q:
        q.execute(f"CREATE TABLE {table} AS SELECT c.user_index AS ui FROM cust c WHERE {where}", params)
    try:
        yield f"c.user_index IN (SELECT ui FROM {table})", {}
    finally:
        with deps.artifacts.query() as q:
            q.execute(f"DROP TABLE IF EXISTS {table}")


def resolve_audience(deps: Deps, criteria: AudienceCriteria | None) -> npt.NDArray[np.object_]:
    """Customer ids (the workspace's own, never returned by a tool) matching ``criteria``."""
    where, params = audience_filter(deps, criteria)
    with deps.artifacts.query() as q:
        rows = q.execute(f"SELECT customer_id FROM cust c WHERE {where} ORDER BY customer_id", params).fetchall()
    return np.array([r[0] for r in rows], dtype=object)


def audience_size(deps: Deps, criteria: AudienceCriteria | None) -> int:
    where, params = audience_filter(deps, criteria)
    with deps.artifacts.query() as q:
        row = q.execute(f"SELECT COUNT(*) FROM cust c WHERE {where}", params).fetchone()
    return int(row[0]) if row else 0


def resolve_customer(deps: Deps, customer: str) -> tuple[str, str, int]:
    """(customer_id, pseudonym, user_index) for a pseudonym or the workspace's own customer id."""
    col = "pseudonym" if looks_like_pseudonym(customer) else "customer_id"
    with deps.artifacts.query() as q:
        row = q.execute(f"SELECT customer_id, pseudonym, user_index FROM cust WHERE {col} = ?", [customer]).fetchone()
    if row is None:
        raise ToolError(
            f"Unknown customer '{customer}'. Pass a customer pseudonym ('cus_' + 10 hex) as returned by a tool."
        )
    return str(row[0]), str(row[1]), int(row[2])
