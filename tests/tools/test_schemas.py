"""The tool models' contract: bounded query fields, self-rendering reports."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from copilot.tools import schemas as m

QUERIES: list[type[BaseModel]] = [
    m.AudienceCriteria, m.SegmentQuery, m.PropensityQuery, m.RecommendQuery, m.ChannelQuery, m.ForecastQuery,
]
REPORTS = [m.SegmentReport, m.PropensityReport, m.Recommendations, m.ChannelReport, m.Forecast, m.TrainReport]


def _unbounded(schema: dict[str, Any], path: str, defs: dict[str, Any]) -> list[str]:
    if "$ref" in schema:
        return []  # nested models are checked on their own
    out: list[str] = []
    for alt in schema.get("anyOf", []):
        out += _unbounded(alt, path, defs)
    t = schema.get("type")
    if t == "string" and "maxLength" not in schema and "enum" not in schema and "format" not in schema:
        out.append(path)
    if t == "array":
        if "maxItems" not in schema:
            out.append(path)
        out += _unbounded(schema.get("items", {}), path + "[]", defs)
    return out


@pytest.mark.parametrize("model", QUERIES, ids=lambda q: q.__name__)
def test_every_query_string_and_list_is_bounded(model: type[BaseModel]) -> None:
    schema = model.model_json_schema()
    bad = []
    for name, prop in schema["properties"].items():
        bad += _unbounded(prop, name, schema.get("$defs", {}))
    assert bad == [], f"{model.__name__} has unbounded fields: {bad}"


def test_queries_reject_unknown_fields_and_bad_values() -> None:
    with pytest.raises(ValidationError):
        m.PropensityQuery.model_validate({"category": "tents", "bogus": 1})
    with pytest.raises(ValidationError):
        m.ChannelQuery.model_validate({"channels": ["fax"]})
    with pytest.raises(ValidationError):
        m.AudienceCriteria.model_validate({"segment": "x" * 65})
    with pytest.raises(ValidationError):
        m.RecommendQuery.model_validate({"k": 500})


@pytest.mark.parametrize("model", REPORTS, ids=lambda r: r.__name__)
def test_reports_render_themselves(model: type[BaseModel]) -> None:
    assert callable(getattr(model, "summary", None))
    assert callable(getattr(model, "to_markdown", None))


def test_criteria_describe() -> None:
    c = m.AudienceCriteria(segment="At risk", categories_bought=["tents"], consent=["email"], max_recency_days=90)
    assert c.describe() == "segment 'At risk', last order <= 90 days ago, bought tents, consent email"
    assert m.AudienceCriteria().is_empty()
    assert m.AudienceCriteria().describe() == "all customers"
