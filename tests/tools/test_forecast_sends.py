"""Follow-up sends: the follow-up response measured from repeat sends (by hand), assumed when the history
has too few, capped at 1x, and carried by the forecast per channel."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import duckdb
import pytest

from copilot.deps import Deps
from copilot.tools.forecast import forecast
from copilot.tools.forecast_sends import (
    ASSUMED_FOLLOW_UP,
    FOLLOW_UP_DAYS,
    effective_sends,
    follow_up_counts,
    follow_up_response,
)
from copilot.tools.schemas import ForecastQuery
from copilot.tools.stats import Z95


def test_measured_follow_up_response_by_hand() -> None:
    # 2,000 follow-up sends converted 1.0%, 10,000 first sends 2.0%: a later send converts half as well
    d, basis = follow_up_response({("email", True): (2000, 20), ("email", False): (10000, 200)}, "email")
    assert d.value == pytest.approx(0.5)
    half = Z95 * math.sqrt(1 / 20 - 1 / 2000 + 1 / 200 - 1 / 10000)
    assert d.low == pytest.approx(0.5 * math.exp(-half)) and d.high == pytest.approx(0.5 * math.exp(half))
    assert "0.50x" in basis and "2,000 past email sends" in basis and "1.00% against 2.00%" in basis
    assert "assumed" not in basis


def test_too_few_follow_ups_are_assumed_and_a_better_follow_up_is_capped() -> None:
    d, basis = follow_up_response({("sms", False): (25000, 300)}, "sms")
    assert d == ASSUMED_FOLLOW_UP and "assumed" in basis and "no past sms send followed another" in basis
    d, basis = follow_up_response({("sms", True): (500, 9), ("sms", False): (25000, 300)}, "sms")
    assert d == ASSUMED_FOLLOW_UP and "500 past sms sends followed another within 21 days, 9 converted" in basis
    d, basis = follow_up_response({("push", True): (5000, 60), ("push", False): (5000, 50)}, "push")
    assert d.value == 1.0 and d.high == 1.0 and d.low < 1.0 and "capped at 1x" in basis


def test_effective_sends_is_the_geometric_sum() -> None:
    assert effective_sends(1, 0.3) == 1.0
    assert effective_sends(3, 0.5) == pytest.approx(1.75)
    assert effective_sends(2, 1.0) == 2.0 and effective_sends(0, 0.5) == 0.0


def test_counts_match_a_hand_count_and_the_forecast_carries_the_response(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    counts = follow_up_counts(deps)
    # by hand: a send is a follow-up when the customer got another on the channel in the days before
    rows = db.execute(
        "SELECT t.channel, t.customer_id, t.sent_ts, t.converted_ts IS NOT NULL FROM touches t"
    ).fetchall()
    by: dict[tuple[str, str], list[datetime]] = {}
    for ch, cust, ts, _ in rows:
        by.setdefault((ch, cust), []).append(ts)
    hand: dict[tuple[str, bool], list[int]] = {}
    for ch, cust, ts, conv in rows:
        follow = any(timedelta(seconds=1) <= ts - o <= timedelta(days=FOLLOW_UP_DAYS) for o in by[(ch, cust)])
        got = hand.setdefault((ch, follow), [0, 0])
        got[0] += 1
        got[1] += int(conv)
    assert {k: tuple(v) for k, v in hand.items()} == counts
    f = forecast(deps, ForecastQuery(channels=["email", "sms"]))
    for c in f.per_channel:
        assert c.follow_up is not None and 0 <= c.follow_up.low <= c.follow_up.value <= c.follow_up.high <= 1
        assert c.follow_up_basis.startswith(f"{c.channel}: each later send")
        assert (c.follow_up, c.follow_up_basis) == follow_up_response(counts, c.channel)
