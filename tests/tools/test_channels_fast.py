"""channel_stats fast paths: a channel subset comes from the all-channel report, an audience filter
joins on the integer customer index, and both give the same figures as a hand count."""

from __future__ import annotations

import duckdb

from copilot.deps import Deps
from copilot.tools.channels import channel_stats
from copilot.tools.schemas import AudienceCriteria, ChannelQuery


def test_a_channel_subset_is_the_full_reports_entries(deps: Deps) -> None:
    full = channel_stats(deps, ChannelQuery())
    sub = channel_stats(deps, ChannelQuery(channels=["sms", "email"]))
    assert [c.channel for c in sub.channels] == ["email", "sms"]  # the report's channel order
    by = {c.channel: c for c in full.channels}
    for c in sub.channels:
        assert c == by[c.channel]
    assert sub.audience_size == full.audience_size


def test_an_audience_filter_matches_a_hand_count(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    report = channel_stats(deps, ChannelQuery(channels=["email"], audience=AudienceCriteria(consent=["sms"])))
    (email,) = report.channels
    row = db.execute("""
        SELECT COUNT(*), COUNT(t.converted_ts) FROM touches t JOIN customers c USING (customer_id)
        WHERE t.channel = 'email' AND c.consent_sms""").fetchone()
    assert row is not None
    sends, converted = row
    assert (email.sends, email.conversions) == (sends, converted)
    assert email.best_hour is None or 0 <= email.best_hour <= 23
    size = db.execute("SELECT COUNT(*) FROM customers WHERE consent_sms").fetchone()
    assert size is not None and report.audience_size == size[0]
