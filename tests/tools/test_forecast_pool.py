"""The forecast's conversion rate is pooled toward the next broader history (empirical Bayes)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from copilot.deps import Deps
from copilot.tools import forecast as forecast_module
from copilot.tools.features import ANY_CATEGORY
from copilot.tools.forecast import forecast
from copilot.tools.forecast_pool import M_DEFAULT, M_MAX, Counts, pick_rate, pooled, prior_strength
from copilot.tools.schemas import AudienceCriteria, ForecastQuery, Rate
from copilot.tools.stats import wilson

NO_LIFT = (1.0, 1.0, 1.0)


def _counts(specific: tuple[int, int], audience: tuple[int, int] = (127, 32_142)) -> Counts:
    """(conversions, sends) per level on email for a 'kayaks' launch: the audience x category history given."""
    return {
        ("email", "audience", True): specific,
        ("email", "audience", False): audience,
        ("email", "all", True): (28, 7_645),
        ("email", "all", False): (445, 124_611),
    }


def test_no_conversion_in_a_thin_specific_history_is_a_low_rate_not_a_zero_one() -> None:
    picked = pick_rate(_counts((0, 2_017)), "email", "kayaks", NO_LIFT, 2_000.0)
    parent = 127 / 32_142
    assert 0 < picked.rate.value < parent  # below the audience's rate over all campaigns, not zero
    assert picked.rate.low > 0 and picked.rate.n == 2_017 and not picked.scaled
    assert picked.basis.startswith("past kayaks campaigns sent to this audience (2,017 sends) with 0 conversions")
    assert "pooled toward past campaigns sent to this audience" in picked.basis
    # fewer sends, the same zero: closer to the broader rate
    thinner = pick_rate(_counts((0, 400)), "email", "kayaks", NO_LIFT, 2_000.0)
    assert picked.rate.value < thinner.rate.value < parent


def test_a_large_specific_history_keeps_its_own_rate() -> None:
    own = wilson(5_000, 1_000_000)
    picked = pick_rate(_counts((5_000, 1_000_000), (6_000, 1_200_000)), "email", "kayaks", NO_LIFT, 2_000.0)
    assert abs(picked.rate.value - own.value) / own.value < 0.002
    assert abs(picked.rate.low - own.low) < 2e-4 and abs(picked.rate.high - own.high) < 2e-4


def test_the_range_is_never_narrower_than_the_specific_sends_support() -> None:
    for specific in ((0, 300), (3, 900), (40, 5_000)):
        rate = pick_rate(_counts(specific), "email", "kayaks", NO_LIFT, 5_000.0).rate
        own = wilson(rate.value * specific[1], specific[1])
        assert rate.low <= own.low and rate.high >= own.high and rate.low <= rate.value <= rate.high


def test_the_whole_channel_history_is_not_pooled_and_an_empty_history_is_its_prior() -> None:
    counts = _counts((0, 10), (0, 100))
    counts[("email", "all", True)] = (1, 200)
    picked = pick_rate(counts, "email", "kayaks", NO_LIFT, 2_000.0)
    assert picked.rate == wilson(445, 124_611) and picked.scaled
    assert picked.basis == "all past campaigns (124,611 sends)"
    prior = Rate(value=0.004, low=0.003, high=0.005, n=1_000)
    assert pooled(0, 0, prior, 2_000.0) == prior


def test_an_everyone_rate_stands_for_the_audience_times_its_lift() -> None:
    counts = _counts((0, 0), (0, 400))
    lifted = pick_rate(counts, "email", ANY_CATEGORY, (2.0, 1.5, 2.5), 1_000.0)
    plain = pick_rate(counts, "email", ANY_CATEGORY, NO_LIFT, 1_000.0)
    assert "x propensity lift" in lifted.basis and not lifted.scaled
    assert lifted.rate.value == pytest.approx(2 * plain.rate.value, rel=1e-3)


def test_the_prior_weight_is_estimated_from_the_spread_of_category_rates() -> None:
    rng = np.random.default_rng(7)
    for m in (300.0, 3_000.0):
        rates = rng.beta(0.004 * m, 0.996 * m, size=200)
        groups = [(int(rng.binomial(50_000, p)), 50_000) for p in rates]
        assert m / 2 < prior_strength(groups) < m * 2
    assert prior_strength([(10, 1_000), (20, 1_000)]) == M_DEFAULT  # too few categories to say
    assert prior_strength([(40, 10_000)] * 5) == M_MAX  # no spread beyond chance: near-complete pooling


def test_the_forecast_pools_a_zero_history_and_says_so(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_conversions_yet(*args: Any) -> Counts:  # the audience's category history: sends, no conversion
        return _counts((0, 2_000), (6_000, 1_200_000))  # and 0.5% over all its campaigns

    monkeypatch.setattr(forecast_module, "_history_counts", no_conversions_yet)
    monkeypatch.setattr(forecast_module, "_prior_strengths", lambda deps, channels: {"email": 2_000.0})
    f = forecast(deps, ForecastQuery(audience=AudienceCriteria(segment="Loyal"), channels=["email"],
                                     category="headlamps"))
    c = f.per_channel[0]
    assert 0 < c.conversion_rate.value < 0.005 and c.lift_applied is None
    assert 0 < c.expected_conversions < c.sends * 0.005
    assert c.expected_revenue > 0 and c.expected_conversions_low > 0
    assert "(2,000 sends) with 0 conversions" in c.rate_basis and "pooled toward" in c.rate_basis
    said = " ".join(f.assumptions)
    assert "pooled toward past campaigns sent to this audience (0.50%, weight 2,000 sends)" in said
    assert "Conversion rates are pooled (empirical Bayes)" in said and "m in sends: email 2,000" in said


def test_everyone_is_not_pooled_toward_itself() -> None:
    counts = _counts((28, 7_645), (445, 124_611))
    picked = pick_rate(counts, "email", ANY_CATEGORY, (1.2, 1.0, 1.4), 2_000.0)
    assert picked.rate == wilson(445, 124_611) and picked.weight is None and not picked.scaled
    assert picked.basis == "past campaigns sent to this audience (124,611 sends)"
