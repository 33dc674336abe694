"""No tool output contains names, emails, phones or raw customer ids."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
from pydantic import BaseModel

from copilot.deps import Deps
from copilot.tools.channels import channel_stats
from copilot.tools.forecast import forecast
from copilot.tools.privacy import PSEUDONYM_RE, pseudonym, workspace_salt
from copilot.tools.propensity import score_propensity
from copilot.tools.recommend import recommend_products
from copilot.tools.schemas import (
    AudienceCriteria,
    ChannelQuery,
    ForecastQuery,
    PropensityQuery,
    RecommendQuery,
    SegmentQuery,
)
from copilot.tools.segments import segment_lookup

TOKEN = re.compile(r"[A-Za-z0-9_@.+\-]+")


def test_pseudonyms_are_keyed_and_stable(tmp_path: Path) -> None:
    from copilot.workspace import open_workspace

    ws = open_workspace(tmp_path / "ws")
    salt = workspace_salt(ws)
    assert workspace_salt(ws) == salt and len(salt) == 32
    p = pseudonym("C000001", salt)
    assert PSEUDONYM_RE.match(p) and p == pseudonym("C000001", salt)
    assert p != pseudonym("C000001", b"another salt") and p != pseudonym("C000002", salt)


def test_tool_outputs_carry_no_pii(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    rows = db.execute("SELECT customer_id, email, phone, first_name FROM customers").fetchall()
    ids = {r[0] for r in rows}
    contacts = {v for r in rows for v in (r[1], r[2]) if v}
    names = {r[3] for r in rows if r[3]}
    # words that are legitimately in outputs (product names, categories...) are not leaks
    vocabulary = {w for (name, cat) in db.execute("SELECT name, category FROM products").fetchall()
                  for w in TOKEN.findall(f"{name} {cat}")}
    with deps.artifacts.query() as q:
        some = [str(r[0]) for r in q.execute("SELECT pseudonym FROM cust WHERE frequency > 2 LIMIT 3").fetchall()]
    outputs: list[BaseModel] = [
        segment_lookup(deps, SegmentQuery()),
        segment_lookup(deps, SegmentQuery(criteria=AudienceCriteria(categories_bought=["tents"]))),
        score_propensity(deps, PropensityQuery(audience=AudienceCriteria(segment="Champions"), category="socks")),
        channel_stats(deps, ChannelQuery()),
        forecast(deps, ForecastQuery(channels=["email", "sms", "push", "paid_social"])),
        recommend_products(deps, RecommendQuery(audience=AudienceCriteria(segment="Loyal"))),
        *[recommend_products(deps, RecommendQuery(customer_id=p)) for p in some],
    ]
    for out in outputs:
        text = out.model_dump_json() + out.to_markdown() + out.summary()  # type: ignore[attr-defined]
        tokens = set(TOKEN.findall(text)) | {t.strip(".") for t in TOKEN.findall(text)}
        assert not tokens & ids, type(out).__name__
        assert not tokens & contacts, type(out).__name__
        assert not (tokens & names) - vocabulary, type(out).__name__
        assert not any(c in text for c in contacts)
    # the customer recommendations do name the customer -- by pseudonym only
    assert any(p in outputs[-1].model_dump_json() for p in some)
