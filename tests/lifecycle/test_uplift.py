"""The uplift learner and the Qini coefficient on hand-made data."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.tools.uplift import TwoModelUplift, qini_coefficient, qini_curve


def test_qini_curve_by_hand() -> None:
    score = np.array([0.9, 0.8, 0.7, 0.6])
    treated = np.array([True, False, True, False])
    y = np.array([True, False, False, True])
    # top 1: 1 treated conversion, no holdout yet -> 1; top 2: 1 - 0*1/1 = 1; top 3: 1 - 0*2/1 = 1;
    # top 4: 1 - 1*2/2 = 0
    assert qini_curve(score, treated, y).tolist() == pytest.approx([0.0, 1.0, 1.0, 1.0, 0.0])
    # the diagonal ends at 0: mean gap = trapezoid area of the curve / 4 = (0.5 + 1 + 1 + 0.5) / 4
    assert qini_coefficient(score, treated, y) == pytest.approx(0.75)


def test_two_model_uplift_finds_the_persuadable_and_beats_random() -> None:
    rng = np.random.default_rng(1)
    n = 20_000
    x = rng.normal(size=(n, 2))
    treated = rng.random(n) < 0.5
    persuadable = x[:, 0] > 0.5  # only these respond to the campaign
    p = 0.1 + 0.05 * (x[:, 1] > 0) + np.where(treated & persuadable, 0.25, 0.0)
    y = rng.random(n) < p
    model = TwoModelUplift.fit(x, treated, y)
    score = model.predict(x)
    assert score[persuadable].mean() > score[~persuadable].mean() + 0.15
    assert qini_coefficient(score, treated, y) > qini_coefficient(rng.random(n), treated, y) + 100
