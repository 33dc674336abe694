"""The integer-keyed copies of ``scores`` and ``custcat`` (issue #14) hold exactly the rows the tools joined
by customer id before, with category codes in category order; tools answer from them as before."""

from __future__ import annotations

import pytest
from tool_results import dump, same

from copilot.deps import Deps
from copilot.tools import ui_tables
from copilot.tools.forecast import forecast
from copilot.tools.propensity import score_propensity
from copilot.tools.schemas import AudienceCriteria, ForecastQuery, PropensityQuery, SegmentQuery
from copilot.tools.segments import segment_lookup

COPIES = [
    (ui_tables.scores_table, "scores", "s.p"),
    (ui_tables.custcat_table, "custcat", "s.cat_orders, s.cat_spend, s.cat_recency_days"),
]


@pytest.mark.parametrize(("make", "source", "columns"), COPIES)
def test_the_copy_holds_the_rows_joined_by_customer_id(deps: Deps, make, source: str, columns: str) -> None:  # type: ignore[no-untyped-def]
    table = make(deps)
    assert list(table.codes) == sorted(table.codes) and list(table.codes.values()) == list(range(len(table.codes)))
    cols = columns.replace("s.", "k.")
    with deps.artifacts.query() as q:
        q.execute("CREATE OR REPLACE TEMP TABLE names AS SELECT UNNEST($n) AS category, "
                  "CAST(generate_subscripts($n, 1) - 1 AS SMALLINT) AS cat", {"n": list(table.codes)})
        copy = f"SELECT c.customer_id, n.category, {cols} FROM {table.name} k JOIN cust c ON c.user_index = k.ui " \
               "JOIN names n ON n.cat = k.cat"
        plain = f"SELECT s.customer_id, s.category, {columns} FROM {source} s JOIN cust c ON c.customer_id = s.customer_id"
        sizes = [q.execute(f"SELECT COUNT(*) FROM ({sql})").fetchone() for sql in (copy, plain)]
        extra = q.execute(f"SELECT COUNT(*) FROM ({copy} EXCEPT ALL {plain})").fetchone()
        missing = q.execute(f"SELECT COUNT(*) FROM ({plain} EXCEPT ALL {copy})").fetchone()
    assert sizes[0] == sizes[1] and sizes[0] is not None and sizes[0][0] > 0
    assert extra == (0,) and missing == (0,)
    assert table.code("no-such-category") == -1


def test_tools_answer_as_with_the_tables_joined_by_customer_id(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tool reading the copies, against the same tools reading copies made in another row order
    and with other codes (reversed category order): the answers cannot depend on either."""
    calls = [
        lambda d: score_propensity(d, PropensityQuery(audience=AudienceCriteria(segment="Loyal"),
                                                      category="trail-running-shoes")),
        lambda d: score_propensity(d, PropensityQuery(horizon_days=60)),
        lambda d: segment_lookup(d, SegmentQuery(criteria=AudienceCriteria(max_recency_days=180))),
        lambda d: segment_lookup(d, SegmentQuery()),
        lambda d: forecast(d, ForecastQuery(audience=AudienceCriteria(segment="At risk"), channels=["email"],
                                            category="trail-running-shoes")),
    ]
    first = [dump(call(deps)) for call in calls]
    original = ui_tables._coded

    def shuffled(deps: Deps, source: str, name: str, columns: str) -> ui_tables.CodedTable:
        table = original(deps, source, name, columns)
        flip = len(table.codes) - 1
        with deps.artifacts.query() as q:
            q.execute(f"CREATE OR REPLACE TABLE {name}_r AS SELECT * REPLACE (CAST({flip} - cat AS SMALLINT) AS cat) "
                      f"FROM {name} ORDER BY ui DESC")
        codes = {c: flip - i for c, i in table.codes.items()}
        return ui_tables.CodedTable(f"{name}_r", codes, {i: c for c, i in codes.items()})

    deps.artifacts.close()
    monkeypatch.setattr(ui_tables, "_coded", shuffled)
    for call, want in zip(calls, first, strict=True):
        same(want, dump(call(deps)))
