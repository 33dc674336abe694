"""channel_stats on the small trained demo workspace."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.channels import channel_stats
from copilot.tools.schemas import AudienceCriteria, ChannelQuery, Rate


def _check(rate: Rate) -> None:
    assert 0 <= rate.low <= rate.value <= rate.high <= 1


def test_no_arguments_covers_every_channel(deps: Deps) -> None:
    report = channel_stats(deps, ChannelQuery())
    assert [c.channel for c in report.channels] == ["email", "sms", "push", "paid_social"]
    for c in report.channels:
        for rate in (c.delivery_rate, c.click_rate, c.conversion_rate, c.unsubscribe_rate):
            _check(rate)
        if c.open_rate is not None:
            _check(c.open_rate)
        assert c.revenue_per_send.low <= c.revenue_per_send.value <= c.revenue_per_send.high
    email = report.channels[0]
    assert email.open_rate is not None and email.best_day is not None and email.best_hour is not None
    assert next(c for c in report.channels if c.channel == "sms").open_rate is None  # SMS opens are not tracked
    assert next(c for c in report.channels if c.channel == "paid_social").reachable == report.audience_size


def test_email_matches_a_hand_count(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    report = channel_stats(deps, ChannelQuery(channels=["email"], since=date(2025, 3, 1), until=date(2025, 12, 31)))
    (email,) = report.channels
    sends, delivered, clicked, converted, revenue, campaigns = db.execute("""
        SELECT COUNT(*), COUNT(delivered_ts), COUNT(clicked_ts), COUNT(converted_ts), COALESCE(SUM(revenue), 0),
               COUNT(DISTINCT campaign_id)
        FROM touches WHERE channel = 'email' AND sent_ts >= DATE '2025-03-01' AND sent_ts < DATE '2026-01-01'
    """).fetchone()
    assert (email.sends, email.delivered, email.conversions, email.campaigns) == (sends, delivered, converted,
                                                                                    campaigns)
    assert email.click_rate.value == pytest.approx(clicked / delivered, abs=1e-6)
    assert email.conversion_rate.value == pytest.approx(converted / sends, abs=1e-6)
    assert email.revenue == pytest.approx(revenue, abs=0.01)
    consented = db.execute("SELECT COUNT(*) FROM customers WHERE consent_email").fetchone()[0]
    assert email.reachable == consented


def test_audience_narrows_sends(deps: Deps) -> None:
    everyone = channel_stats(deps, ChannelQuery(channels=["email"])).channels[0]
    loyal = channel_stats(deps, ChannelQuery(channels=["email"], audience=AudienceCriteria(segment="Loyal")))
    assert 0 < loyal.channels[0].sends < everyone.sends
    assert loyal.channels[0].reachable <= loyal.audience_size


def test_bad_period(deps: Deps) -> None:
    with pytest.raises(ToolError, match="after"):
        channel_stats(deps, ChannelQuery(since=date(2026, 1, 2), until=date(2026, 1, 1)))


def test_a_period_without_sends_lists_the_channel_with_a_note(deps: Deps) -> None:
    report = channel_stats(deps, ChannelQuery(channels=["email"], since=date(2031, 1, 1)))
    (email,) = report.channels
    assert email.sends == 0 and email.conversion_rate is None and email.revenue_per_send is None
    assert email.note is not None and "No email sends between 2031-01-01" in email.note
    assert "email sends in all" in email.note  # not "no history": the workspace does have email history
    assert email.reachable > 0


def _drop_campaign_history(deps: Deps) -> None:
    """The fixture as a workspace with no campaign history (like CDNOW): empty touches and campaigns
    tables where the tools read them (the trained artifacts' Parquet copies)."""
    import pyarrow.parquet as pq

    seg = deps.artifacts.load("segments")
    for view in ("touches", "campaigns"):
        path = deps.workspace.root / seg.meta["tables"][view]
        pq.write_table(pq.read_table(path).slice(0, 0), path)


def test_no_campaign_history_still_covers_every_channel(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    from copilot.tools.forecast import forecast
    from copilot.tools.schemas import ForecastQuery

    _drop_campaign_history(deps)
    report = channel_stats(deps, ChannelQuery())
    assert [c.channel for c in report.channels] == ["email", "sms", "push", "paid_social"]
    consent = db.execute("SELECT SUM(consent_email::INT), SUM(consent_sms::INT), SUM(consent_push::INT) "
                         "FROM customers").fetchone()
    assert consent is not None
    expected_reach = {"email": consent[0], "sms": consent[1], "push": consent[2], "paid_social": report.audience_size}
    for c in report.channels:
        assert (c.campaigns, c.sends, c.delivered, c.conversions, c.revenue) == (0, 0, 0, 0, 0.0)
        assert c.delivery_rate is c.open_rate is c.click_rate is c.conversion_rate is c.unsubscribe_rate is None
        assert c.revenue_per_send is None and c.cost_per_send is None and c.best_hour is None
        assert c.reachable == expected_reach[c.channel]
        assert c.note is not None and f"No campaign history for {c.channel} in this workspace" in c.note
    assert "no past sends" in report.summary() and "No campaign history" in report.to_markdown()
    # the forecast (which reads channel_stats) still answers, saying why a channel has no forecast
    fc = forecast(deps, ForecastQuery(channels=["email", "paid_social"]))
    assert fc.per_channel == [] and fc.total_conversions == 0
    assert any("email: no campaign history" in a for a in fc.assumptions)
