"""forecast on the small trained demo workspace."""

from __future__ import annotations

from copilot.deps import Deps
from copilot.tools.forecast import forecast
from copilot.tools.schemas import AudienceCriteria, ForecastQuery


def test_ranges_are_ordered_and_reach_respects_consent(deps: Deps) -> None:
    f = forecast(deps, ForecastQuery(audience=AudienceCriteria(segment="Loyal"), channels=["email", "sms", "paid_social"],
                                     category="trail-running-shoes"))
    assert [c.channel for c in f.per_channel] == ["email", "sms", "paid_social"]
    for c in f.per_channel:
        assert c.reachable <= f.audience_size
        assert c.sends == round(c.reachable * 0.9)
        assert 0 <= c.expected_conversions_low <= c.expected_conversions <= c.expected_conversions_high <= c.sends
        assert 0 <= c.expected_revenue_low <= c.expected_revenue <= c.expected_revenue_high
    assert next(c for c in f.per_channel if c.channel == "paid_social").reachable == f.audience_size
    assert f.total_conversions_low <= f.total_conversions <= f.total_conversions_high
    assert f.total_revenue_low <= f.total_revenue <= f.total_revenue_high
    assert f.incremental_conversions_low <= f.incremental_conversions <= f.incremental_conversions_high
    assert f.incremental_conversions <= f.total_conversions
    assert f.holdout_size == round(f.audience_size * 0.1)
    assert len(f.assumptions) >= 5 and f.expected_aov > 0
    assert f.summary() and "Assumptions" in f.to_markdown()


def test_override_scales_reach(deps: Deps) -> None:
    base = forecast(deps, ForecastQuery(channels=["email"]))
    double = forecast(deps, ForecastQuery(channels=["email"], audience_size_override=2 * base.audience_size))
    assert double.audience_size == 2 * base.audience_size
    assert abs(double.per_channel[0].reachable - 2 * base.per_channel[0].reachable) <= 1


def test_each_channel_says_which_history_its_rate_comes_from_and_whether_it_was_scaled(deps: Deps) -> None:
    everyone = forecast(deps, ForecastQuery(channels=["email", "sms"]))
    # all customers: the audience's own past sends are plenty, so the rate is used as measured
    for c in everyone.per_channel:
        assert "this audience" in c.rate_basis and c.lift_applied is None
        assert abs(c.expected_conversions - c.sends * c.conversion_rate.value) < 1e-6
    champions = forecast(deps, ForecastQuery(audience=AudienceCriteria(segment="Champions"),
                                             channels=["push", "email"], category="headlamps"))
    scaled = {c.channel: c.lift_applied is not None for c in champions.per_channel}
    assert scaled == {"push": True, "email": False}  # few past pushes to Champions; plenty of emails
    for c in champions.per_channel:
        assert f"({c.conversion_rate.n:,} sends)" in c.rate_basis
        if c.lift_applied is None:
            assert "this audience" in c.rate_basis
            assert abs(c.expected_conversions - c.sends * c.conversion_rate.value) < 1e-6
        else:
            assert "this audience" not in c.rate_basis and 0.25 <= c.lift_applied <= 4.0
            assert abs(c.expected_conversions - c.sends * min(1.0, c.conversion_rate.value * c.lift_applied)) < 1e-6
