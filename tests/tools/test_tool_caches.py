"""The per-model-version caches of segment_lookup, channel_stats and forecast (issue #14): a warm store
answers as a cold one does, a named segment from the every-segment table as its own query does, and
the caches go when the model version or the data fingerprint changes."""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest
from tool_results import dump, fresh, same

from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.tools import forecast as forecast_mod
from copilot.tools import segments as segments_mod
from copilot.tools.audience import vocabulary
from copilot.tools.channels import channel_stats
from copilot.tools.conditions import And, Consent, RfmSegment
from copilot.tools.forecast import forecast
from copilot.tools.schemas import AudienceCriteria, ChannelQuery, ForecastQuery, SegmentQuery
from copilot.tools.segments import _summaries, _to_summary, segment_lookup

NEW_VERSION = "20991231-000000"


def _calls(deps: Deps) -> list[tuple[str, Any]]:
    tree = AudienceCriteria(
        where=And(of=[RfmSegment(segments=["At risk", "Can't lose them"]), Consent(channel="email")])
    )
    return [
        ("segments all", lambda d: segment_lookup(d, SegmentQuery())),
        ("segment Loyal", lambda d: segment_lookup(d, SegmentQuery(segment="Loyal"))),
        (
            "segment criteria",
            lambda d: segment_lookup(d, SegmentQuery(criteria=AudienceCriteria(max_recency_days=180))),
        ),
        ("channels all", lambda d: channel_stats(d, ChannelQuery())),
        ("channels email", lambda d: channel_stats(d, ChannelQuery(channels=["email"]))),
        ("forecast all", lambda d: forecast(d, ForecastQuery(channels=["email", "sms"]))),
        (
            "forecast segment",
            lambda d: forecast(
                d,
                ForecastQuery(audience=AudienceCriteria(segment="Loyal"), channels=["email", "paid_social"]),
            ),
        ),
        (
            "forecast category",
            lambda d: forecast(
                d, ForecastQuery(audience=tree, channels=["email", "sms"], category="trail-running-shoes")
            ),
        ),
    ]


def test_warm_store_answers_as_a_cold_one(deps: Deps) -> None:
    calls = _calls(deps)
    for _, call in calls:  # fill every cache
        call(deps)
    for name, call in calls:
        warm = dump(call(deps))
        cold = dump(call(fresh(deps)))
        same(warm, cold, name)


def test_named_segment_is_its_own_query(deps: Deps) -> None:
    voc = vocabulary(deps)
    report = segment_lookup(deps, SegmentQuery())
    total, revenue = report.total_customers, sum(s.revenue for s in report.segments if s.kind == "rfm")
    for name in [*voc.rfm_segments, *voc.clusters]:
        got = segment_lookup(deps, SegmentQuery(segment=name)).segments[0]
        col = "c.cluster_name" if name in voc.clusters else "c.rfm_segment"
        df = _summaries(deps, col, f"{col} = $name", {"name": name})  # the direct, uncached query
        if df.empty:
            assert got.size == 0
            continue
        own = _to_summary(next(df.itertuples()), got.kind, got.definition, total, revenue)
        same(
            dump(got.model_copy(update={"revenue_share": 0.0})),
            dump(own.model_copy(update={"revenue_share": 0.0})),
        )
        assert got.revenue_share == pytest.approx(own.revenue_share, abs=1e-5)


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, attr: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, attr)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, attr, counted)
    return calls


def test_caches_go_with_the_model_version(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    groups = _counting(monkeypatch, segments_mod, "_summaries")
    rates = _counting(monkeypatch, forecast_mod, "_touch_counts")
    segment_lookup(deps, SegmentQuery(segment="Loyal"))
    forecast(deps, ForecastQuery(channels=["email"]))
    n_groups = len(groups)
    segment_lookup(deps, SegmentQuery(segment="Champions"))
    forecast(deps, ForecastQuery(channels=["sms"]))
    assert len(groups) == n_groups  # served from the every-segment table
    # publish a new version of every model (same files): every cache is recomputed for it
    store = deps.artifacts
    live = store.published()
    for name, version in live.items():
        shutil.copytree(store.root / name / version, store.root / name / NEW_VERSION)
        meta_path = store.root / name / NEW_VERSION / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["version"] = NEW_VERSION
        meta_path.write_text(json.dumps(meta), encoding="utf-8")
    store.publish_all(dict.fromkeys(live, NEW_VERSION))
    before = dump(segment_lookup(fresh(deps), SegmentQuery(segment="Champions")))
    got = segment_lookup(deps, SegmentQuery(segment="Champions"))
    assert got.model_version == NEW_VERSION
    assert len(groups) > n_groups
    n_rates = len(rates)
    forecast(deps, ForecastQuery(channels=["sms"]))
    assert len(rates) > n_rates
    same(dump(got), before)


def test_a_data_change_is_never_answered_from_a_cache(deps: Deps) -> None:
    segment_lookup(deps, SegmentQuery(segment="Loyal"))
    forecast(deps, ForecastQuery(channels=["email"]))
    with deps.workspace.connect(read_only=False) as con:
        con.execute(
            "UPDATE customers SET region = 'Elsewhere' WHERE customer_id = (SELECT MIN(customer_id) FROM customers)"
        )
    with pytest.raises(MissingArtifactError, match="older data"):
        segment_lookup(deps, SegmentQuery(segment="Loyal"))
    with pytest.raises(MissingArtifactError, match="older data"):
        forecast(deps, ForecastQuery(channels=["email"]))
