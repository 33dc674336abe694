"""channel_stats from the send cube (issue #14) answers as the two grouped SQL scans it replaces: the same
funnel, best send slots and notes for audiences of every kind, date windows and channel subsets."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from tool_results import dump, fresh, same

from copilot.deps import Deps
from copilot.tools import channel_cube, channels
from copilot.tools.conditions import And, Bought, Consent, Engagement, Not, RfmSegment, TopPropensity
from copilot.tools.schemas import AudienceCriteria, ChannelQuery

AUDIENCES = [
    None,
    AudienceCriteria(segment="Loyal"),
    AudienceCriteria(segment="Champions", consent=["email"]),
    AudienceCriteria(max_recency_days=90, consent=["sms"]),
    AudienceCriteria(categories_bought=["trail-running-shoes"]),
    AudienceCriteria(where=And(of=[RfmSegment(segments=["At risk", "Can't lose them"]), Consent(channel="email")])),
    AudienceCriteria(
        where=And(
            of=[
                Bought(categories=["trail-running-shoes"], within_days=365),
                Not(of=Bought(categories=["trail-running-shoes"], within_days=90)),
            ]
        )
    ),
    AudienceCriteria(where=Engagement(event="clicked", channel="email", within_days=90)),
    AudienceCriteria(where=TopPropensity(category="trail-running-shoes", top_share=0.1)),
    AudienceCriteria(min_monetary=1e9),  # nobody
]


def _queries(deps: Deps) -> list[ChannelQuery]:
    with deps.artifacts.query() as q:
        row = q.execute("SELECT MIN(sent_ts), MAX(sent_ts) FROM touches").fetchone()
    assert row is not None
    first, last = row[0].date(), row[1].date()
    mid = first + (last - first) / 2
    windows: list[tuple[date | None, date | None]] = [
        (None, None),
        (mid, None),
        (None, mid),
        (mid, mid + timedelta(days=45)),
        (last, last),  # one day: its last sends
        (last + timedelta(days=1), None),  # after every send
    ]
    out = []
    for i, aud in enumerate(AUDIENCES):
        for j, (since, until) in enumerate(windows):
            chans = [[], ["email"], ["sms", "push"], ["email", "paid_social"]][(i + j) % 4]
            out.append(ChannelQuery(audience=aud, since=since, until=until, channels=chans))
    return out


def test_the_cube_answers_as_the_sql_scans(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    queries = _queries(deps)
    cube_answers = [dump(channels._channel_stats(deps, q)) for q in queries]
    assert channels.send_cube(deps, channels.touches_table(deps)) is not None  # the cube was used
    monkeypatch.setattr(channels, "send_cube", lambda deps, table: None)
    plain = fresh(deps)
    for query, got in zip(queries, cube_answers, strict=True):
        same(got, dump(channels._channel_stats(plain, query)), str(query))
    assert any(c["sends"] and c["best_hour"] is not None for a in cube_answers for c in a["channels"])
    assert any(a["audience_size"] and not any(c["sends"] for c in a["channels"]) for a in cube_answers)


def test_the_cube_goes_with_the_artifact_version(deps: Deps) -> None:
    store = deps.artifacts
    cube = channels.send_cube(deps, channels.touches_table(deps))
    assert cube is not None and cube.cells > 0 and len(cube.code) >= len(cube.revenue)
    with store.query() as q:
        row = q.execute("SELECT COUNT(*) FROM touches").fetchone()
    assert row is not None and len(cube.code) == int(row[0])
    store.close()  # what a new model version or a rewritten table file does to the memo
    assert channels.send_cube(deps, channels.touches_table(deps)) is not cube


def test_customer_rows_are_the_rows_of_those_customers() -> None:
    ui = np.array([-1, -1, 0, 0, 2, 3, 3, 3, 5])  # sorted; -1: customers not in cust; 1 and 4: no rows
    offsets = channel_cube.customer_offsets(ui, 6)
    for audience in ([0], [1], [3, 0], [5, 2, 4], [], [0, 1, 2, 3, 4, 5]):
        rows = channel_cube.customer_rows(offsets, np.array(sorted(audience), dtype=np.int64))
        assert sorted(rows.tolist()) == [i for i, u in enumerate(ui) if u in audience], audience
