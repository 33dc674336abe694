"""channel_stats on the small trained demo workspace."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.channels import channel_stats
from copilot.tools.models import AudienceCriteria, ChannelQuery, Rate


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
