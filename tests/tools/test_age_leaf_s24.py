"""The ``age`` audience leaf: the customers whose age band the asked range uses, counted by hand on the fixture
workspace's ``customers.age_band``; the band rule of :mod:`copilot.tools.age_bands`."""

from __future__ import annotations

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.reading.describe_zh import describe_condition_zh
from copilot.tools.age_bands import choose_bands
from copilot.tools.audience import audience_filter
from copilot.tools.conditions import Age, And, Condition, Not, RfmSegment, parse_condition
from copilot.tools.describe import describe_condition
from copilot.tools.schemas import AudienceCriteria

DEMO = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]


def _ids(deps: Deps, cond: Condition) -> set[str]:
    where, params = audience_filter(deps, AudienceCriteria(where=cond))
    with deps.artifacts.query() as q:
        return {
            str(r[0]) for r in q.execute(f"SELECT c.customer_id FROM cust c WHERE {where}", params).fetchall()
        }


def _by_hand(db: duckdb.DuckDBPyConnection, bands: list[str]) -> set[str]:
    marks = ", ".join("?" for _ in bands)
    rows = db.execute(f"SELECT customer_id FROM customers WHERE age_band IN ({marks})", bands).fetchall()
    return {str(r[0]) for r in rows}


@pytest.mark.parametrize(
    ("lo", "hi", "used", "left_out"),
    [
        (None, 29, ["18-24"], ["25-34"]),  # "under 30": 25-34 is half over 30
        (50, None, ["55-64", "65+"], ["45-54"]),  # "50 and over"
        (35, 54, ["35-44", "45-54"], []),
        (30, 39, ["25-34", "35-44"], []),  # "in their 30s": no band mostly inside, both it overlaps
        (70, None, ["65+"], []),  # open upwards, like the band
        (None, 15, [], []),  # below every band
    ],
)
def test_the_band_rule(lo: int | None, hi: int | None, used: list[str], left_out: list[str]) -> None:
    choice = choose_bands(DEMO, lo, hi)
    assert (choice.used, choice.left_out) == (used, left_out)


def test_an_age_leaf_counts_the_customers_of_its_bands(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    under_30 = _ids(deps, Age(max_age=29))  # bands worked out from the data
    assert under_30 == _by_hand(db, ["18-24"]) and under_30
    assert _ids(deps, Age(min_age=35, max_age=54, bands=["35-44", "45-54"])) == _by_hand(
        db, ["35-44", "45-54"]
    )
    assert _ids(deps, Age(max_age=15)) == set()


def test_an_age_leaf_joins_the_rest_of_the_tree(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    champs = _ids(deps, RfmSegment(segments=["Champions"]))
    older = _by_hand(db, ["55-64", "65+"])
    assert _ids(deps, And(of=[RfmSegment(segments=["Champions"]), Age(min_age=50)])) == champs & older
    everyone = _ids(deps, And(of=[RfmSegment(segments=["Champions"])]))
    assert (
        _ids(deps, And(of=[RfmSegment(segments=["Champions"]), Not(of=Age(min_age=50))])) == everyone - older
    )


def test_an_unknown_band_is_refused_with_the_data_s_bands(deps: Deps) -> None:
    with pytest.raises(ToolError, match="18-24"):
        _ids(deps, Age(min_age=20, bands=["20-29"]))


def test_the_leaf_is_checked_parsed_and_described() -> None:
    with pytest.raises(ValueError):
        Age()
    with pytest.raises(ValueError):
        Age(min_age=40, max_age=30)
    leaf = parse_condition({"kind": "age", "max_age": 29, "bands": ["18-24"], "left_out": ["25-34"]})
    assert isinstance(leaf, Age)
    en = describe_condition(leaf)
    assert (
        en.startswith("aged under 30: age band 18-24")
        and "25-34 is only partly in the range and left out" in en
    )
    zh = describe_condition_zh(leaf)
    assert zh.startswith("年龄30岁以下：年龄段 18-24") and "25-34 只有部分在范围内，未计入" in zh
    assert describe_condition(Age(min_age=50)) == "aged 50 and over"
    assert "matches no one" in describe_condition(Age(max_age=15, bands=[]))
