"""The read-out's maths against hand computations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from copilot.lifecycle.stats import (
    Z95,
    ab_alpha,
    ab_decision,
    cuped_difference,
    difference,
    mean_interval,
    rate_interval,
)


def test_difference_of_conversion_rates_matches_the_unpooled_two_proportion_test() -> None:
    # treated 30/100, holdout 10/100: by hand, se = sqrt(.3*.7/100 + .1*.9/100) with n-1 variances
    a = np.array([1.0] * 30 + [0.0] * 70)
    b = np.array([1.0] * 10 + [0.0] * 90)
    d = difference(a, b)
    va = 30 * 70 / 100 / 99  # sample variance of a 0/1 vector: n p (1-p) / (n-1)
    vb = 10 * 90 / 100 / 99
    se = math.sqrt(va / 100 + vb / 100)
    assert d.diff.value == pytest.approx(0.2)
    assert d.se == pytest.approx(se)
    assert d.diff.low == pytest.approx(0.2 - Z95 * se) and d.diff.high == pytest.approx(0.2 + Z95 * se)
    assert d.z == pytest.approx(0.2 / se)
    assert d.p_value == pytest.approx(math.erfc(abs(d.z) / math.sqrt(2)))
    assert d.significant


def test_wilson_interval_and_mean_interval_by_hand() -> None:
    r = rate_interval(10, 100)
    z = Z95
    centre = (0.1 + z * z / 200) / (1 + z * z / 100)
    half = z * math.sqrt(0.1 * 0.9 / 100 + z * z / 40000) / (1 + z * z / 100)
    assert (r.value, r.low, r.high) == pytest.approx((0.1, centre - half, centre + half))
    m = mean_interval(np.array([1.0, 2.0, 3.0, 4.0]))
    se = np.std([1, 2, 3, 4], ddof=1) / 2
    assert (m.value, m.low, m.high) == pytest.approx((2.5, 2.5 - z * se, 2.5 + z * se))


def test_cuped_removes_the_variance_the_pre_period_explains_and_keeps_the_difference() -> None:
    rng = np.random.default_rng(3)
    x_a, x_b = rng.gamma(2, 50, 4000), rng.gamma(2, 50, 4000)
    y_a = 0.8 * x_a + rng.normal(0, 20, 4000) + 5.0  # true effect 5
    y_b = 0.8 * x_b + rng.normal(0, 20, 4000)
    raw = difference(y_a, y_b)
    adj, theta, reduction = cuped_difference(y_a, x_a, y_b, x_b)
    x = np.concatenate([x_a, x_b])
    y = np.concatenate([y_a, y_b])
    assert theta == pytest.approx(np.cov(x, y, ddof=1)[0, 1] / np.var(x, ddof=1))
    assert adj.se < raw.se / 2 and reduction > 0.75
    assert adj.diff.contains(5.0)
    # by hand: the adjusted means
    mx = x.mean()
    assert adj.mean_a == pytest.approx(float((y_a - theta * (x_a - mx)).mean()))


def test_a_b_winner_only_when_final_and_significant() -> None:
    a = np.array([1.0] * 300 + [0.0] * 700)
    b = np.array([1.0] * 200 + [0.0] * 800)
    d = difference(a, b)
    assert d.p_value < 1e-6
    assert ab_decision(d, final=True) == ("A", f"A converts better (p = {d.p_value:.3g} < 0.01)")
    winner, reason = ab_decision(d, final=False)
    assert winner is None and "interim" in reason
    same = difference(a, a.copy())
    assert ab_decision(same, final=True)[0] is None
    assert ab_decision(difference(b, a), final=True)[0] == "B"


def test_a_b_level_is_bonferroni_over_the_read_outs_tests() -> None:
    # 25.0% vs 21.0% of 1,000 each: p is about 0.033 -- a winner at 5%, not at the rule's 1% (nor 1%/2)
    a = np.array([1.0] * 250 + [0.0] * 750)
    b = np.array([1.0] * 210 + [0.0] * 790)
    d = difference(a, b)
    assert 0.01 < d.p_value < 0.05
    assert ab_decision(d, final=True)[0] is None
    assert ab_decision(d, final=True, family_alpha=0.05)[0] == "A"
    # p about 0.008: a winner when the read-out makes one A/B test (level 0.01), not when it makes two (0.005)
    a2 = np.array([1.0] * 260 + [0.0] * 740)
    d2 = difference(a2, b)
    assert 0.005 < d2.p_value < 0.01
    assert ab_decision(d2, final=True, tests=1)[0] == "A"
    winner, reason = ab_decision(d2, final=True, tests=2)
    assert winner is None and "0.01/2 tests" in reason
    assert ab_alpha(3) == pytest.approx(0.01 / 3)


def test_conversion_difference_adds_one_conversion_and_one_non_conversion_to_each_arm() -> None:
    # treated 30/100, holdout 0/46: the holdout's sample variance is 0, so the plain interval
    # ignores the holdout's uncertainty; Agresti-Caffo computes it on 31/102 and 1/48
    a = np.array([1.0] * 30 + [0.0] * 70)
    b = np.zeros(46)
    plain = difference(a, b)
    assert plain.se == pytest.approx(math.sqrt(30 * 70 / 100 / 99 / 100))  # the treated arm's alone
    d = difference(a, b, proportions=True)
    pa, pb = 31 / 102, 1 / 48
    va, vb = 102 * pa * (1 - pa) / 101, 48 * pb * (1 - pb) / 47  # n - 1 variances of the padded arms
    se = math.sqrt(va / 102 + vb / 48)
    assert d.diff.value == pytest.approx(0.3)  # the estimate is still the observed difference
    assert d.se == pytest.approx(se)
    assert (d.diff.low, d.diff.high) == pytest.approx((pa - pb - Z95 * se, pa - pb + Z95 * se))
    assert d.z == pytest.approx((pa - pb) / se)
    assert d.diff.low < plain.diff.low
    # CUPED of a conversion: the added customers sit at the mean pre-period spend (theta 0 here: x is flat)
    c, theta, _ = cuped_difference(a, np.full(100, 5.0), b, np.full(46, 5.0), proportions=True)
    assert theta == 0.0 and (c.diff.low, c.diff.high) == pytest.approx((d.diff.low, d.diff.high))


def test_conversion_interval_covers_the_true_lift_with_a_small_holdout_that_rarely_converts() -> None:
    # a read-out's channel: 446 treated at 7%, 46 in the holdout at 2% (often none of them converts)
    rng = np.random.default_rng(0)
    runs, covered_plain, covered = 1500, 0, 0
    for _ in range(runs):
        a = (rng.random(446) < 0.07).astype(float)
        b = (rng.random(46) < 0.02).astype(float)
        covered_plain += difference(a, b).diff.contains(0.05)
        covered += difference(a, b, proportions=True).diff.contains(0.05)
    assert covered / runs >= 0.95
    assert covered_plain / runs < 0.90  # why: the plain Welch interval under-covers here
