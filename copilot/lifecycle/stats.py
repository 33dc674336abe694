"""The statistics of a read-out: two-sample differences with 95% intervals, CUPED, the A/B rule.

Every function is plain numpy on per-customer outcome arrays, so tests check them against hand
computations. Intervals are normal-approximation (Welch) intervals of a difference in means; a
conversion is a 0/1 outcome, so its difference in means is the difference in conversion rates and the
test is the unpooled two-proportion z-test. For conversion rates (``proportions=True``) the interval and
the test add one conversion and one non-conversion to each group (Agresti & Caffo, 2000): an arm with no
conversions, or only conversions, has zero sample variance, and the plain interval would then ignore that
arm's uncertainty (0 of 46 holdout customers converting is not a rate known to be exactly 0%).

The A/B rule (:func:`ab_decision`) is a fixed-horizon test at a Bonferroni-corrected level, chosen so that the
chance a read-out declares any wrong winner is at most 0.5% (see :data:`AB_FAMILY_ALPHA`).

CUPED (Deng et al., 2013): with a pre-period covariate ``x`` (spend before the campaign), the
adjusted outcome ``y - theta * (x - mean(x))`` with ``theta = cov(x, y) / var(x)`` (pooled over both
groups) has the same expected difference between randomised groups and a smaller variance, by the
share of ``y``'s variance that ``x`` explains.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

Z95 = 1.959963984540054
ALPHA = 0.05

FloatArray = npt.NDArray[np.float64]


class Interval(BaseModel):
    """A value with its 95% interval."""

    value: float
    low: float
    high: float

    def contains(self, x: float) -> bool:
        return self.low <= x <= self.high

    def scaled(self, k: float) -> Interval:
        lo, hi = sorted((self.low * k, self.high * k))
        return Interval(value=self.value * k, low=lo, high=hi)


class Difference(BaseModel):
    """``mean(a) - mean(b)`` with its 95% interval, z statistic and two-sided p-value."""

    diff: Interval
    se: float = Field(ge=0)
    z: float
    p_value: float = Field(ge=0, le=1)
    n_a: int
    n_b: int
    mean_a: float
    mean_b: float
    method: str = Field("", max_length=200)

    @property
    def significant(self) -> bool:
        return self.p_value < ALPHA


def mean_interval(y: FloatArray) -> Interval:
    """Mean with a normal 95% interval (a 0/1 outcome: the Wald interval of the rate)."""
    n = y.size
    if n == 0:
        return Interval(value=0.0, low=0.0, high=0.0)
    m = float(y.mean())
    se = float(y.std(ddof=1)) / math.sqrt(n) if n > 1 else 0.0
    return Interval(value=m, low=m - Z95 * se, high=m + Z95 * se)


def rate_interval(successes: int, n: int) -> Interval:
    """Wilson 95% interval of a conversion rate (better than Wald for small rates)."""
    if n <= 0:
        return Interval(value=0.0, low=0.0, high=1.0)
    p = successes / n
    z = Z95
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Interval(value=p, low=max(0.0, centre - half), high=min(1.0, centre + half))


def _p_value(z: float) -> float:
    return float(min(1.0, max(0.0, 2 * (1 - NormalDist().cdf(abs(z))))))


def _with_one_of_each(y: FloatArray) -> FloatArray:
    """``y`` with one conversion and one non-conversion added (Agresti-Caffo); an empty group stays empty."""
    return np.concatenate([y, [0.0, 1.0]]) if y.size else y


def _centre_and_se(a: FloatArray, b: FloatArray) -> tuple[float, float]:
    """``mean(a) - mean(b)`` and its unequal-variance standard error (``n - 1`` variances)."""
    na, nb = int(a.size), int(b.size)
    va = float(a.var(ddof=1)) if na > 1 else 0.0
    vb = float(b.var(ddof=1)) if nb > 1 else 0.0
    se = math.sqrt((va / na if na else 0.0) + (vb / nb if nb else 0.0))
    return (float(a.mean()) if na else 0.0) - (float(b.mean()) if nb else 0.0), se


def difference(
    a: FloatArray, b: FloatArray, method: str = "Welch z-test", *, proportions: bool = False
) -> Difference:
    """``mean(a) - mean(b)``: unequal-variance standard error, normal 95% interval, two-sided z-test.

    ``proportions``: ``a`` and ``b`` are conversion outcomes (0/1, or 0/1 adjusted by CUPED); the interval
    and the test are then computed with one conversion and one non-conversion added to each group
    (Agresti-Caffo), while the estimate stays the observed difference.
    """
    na, nb = int(a.size), int(b.size)
    ma = float(a.mean()) if na else 0.0
    mb = float(b.mean()) if nb else 0.0
    d = ma - mb
    if proportions:
        a, b = _with_one_of_each(a), _with_one_of_each(b)
    centre, se = _centre_and_se(a, b)
    z = centre / se if se > 0 else 0.0
    return Difference(
        diff=Interval(value=d, low=centre - Z95 * se, high=centre + Z95 * se),
        se=se,
        z=z,
        p_value=_p_value(z) if se > 0 else 1.0,
        n_a=na,
        n_b=nb,
        mean_a=ma,
        mean_b=mb,
        method=method,
    )


def cuped_theta(y: FloatArray, x: FloatArray) -> float:
    """``cov(x, y) / var(x)`` over both groups pooled (0 when ``x`` does not vary)."""
    if y.size < 2:
        return 0.0
    vx = float(x.var(ddof=1))
    if vx <= 0:
        return 0.0
    return float(np.cov(x, y, ddof=1)[0, 1]) / vx


def cuped_difference(
    y_a: FloatArray, x_a: FloatArray, y_b: FloatArray, x_b: FloatArray, *, proportions: bool = False
) -> tuple[Difference, float, float]:
    """The CUPED-adjusted difference ``a - b``; also ``theta`` and the variance reduction (0..1).

    ``variance_reduction`` is ``1 - var(adjusted) / var(raw)`` of the pooled outcome: the interval's
    width shrinks by about ``1 - sqrt(1 - reduction)``. ``proportions``: ``y`` is a conversion (0/1);
    the added conversion and non-conversion of :func:`difference` sit at the mean pre-period spend, so
    CUPED leaves them as they are.
    """
    y = np.concatenate([y_a, y_b])
    x = np.concatenate([x_a, x_b])
    theta = cuped_theta(y, x)
    mx = float(x.mean()) if x.size else 0.0
    adj_a = y_a - theta * (x_a - mx)
    adj_b = y_b - theta * (x_b - mx)
    vy = float(y.var(ddof=1)) if y.size > 1 else 0.0
    vadj = float(np.concatenate([adj_a, adj_b]).var(ddof=1)) if y.size > 1 else 0.0
    reduction = max(0.0, 1 - vadj / vy) if vy > 0 else 0.0
    d = difference(adj_a, adj_b, method="CUPED (pre-period spend), Welch z-test", proportions=proportions)
    return d, theta, reduction


AB_FAMILY_ALPHA = 0.01
"""The A/B rule's error budget for a whole read-out: the chance that it declares any wrong winner is at most
``AB_FAMILY_ALPHA / 2`` (0.5%), whatever the true effects and however many channels it reads."""


def ab_alpha(tests: int, family_alpha: float = AB_FAMILY_ALPHA) -> float:
    """The per-test level of the A/B rule: ``family_alpha`` split evenly over the read-out's ``tests``
    A-vs-B comparisons (Bonferroni, valid however the tests depend on each other -- the channels share
    customers and outcomes)."""
    return family_alpha / max(1, tests)


def ab_decision(
    d: Difference,
    *,
    final: bool,
    tests: int = 1,
    label_a: str = "A",
    label_b: str = "B",
    family_alpha: float = AB_FAMILY_ALPHA,
) -> tuple[str | None, str]:
    """The A/B rule: ``(winner or None, reason)``.

    Fixed horizon: the test is read once, at the end of the planned window (plus the attribution days)
    with every planned customer in it; before that the read-out is interim and declares nothing, however
    large the gap, so repeated looks cannot create a winner. At the end, a winner is declared only when the
    two-sided test of the conversion rates rejects equality at ``family_alpha / tests`` (Bonferroni over the
    ``tests`` A/B comparisons of the read-out). A two-sided test at level a names the wrong variant with
    probability at most a/2, so by the union bound a read-out names any wrong winner with probability at most
    ``family_alpha / 2`` -- 0.5% at the default 1% -- whatever the true effects. The price is power: a small
    true difference is more often left undecided ("no winner yet") than called.
    """
    if not final:
        return None, "interim read: the fixed-horizon test is read only after the window closes"
    if d.n_a == 0 or d.n_b == 0:
        return None, "no customers in one of the variants"
    alpha = ab_alpha(tests, family_alpha)
    level = f"{alpha:.3g}" + (f" = {family_alpha:g}/{tests} tests" if tests > 1 else "")
    if d.p_value >= alpha:
        return None, f"no significant difference (p = {d.p_value:.3g} ≥ {level})"
    winner = label_a if d.diff.value > 0 else label_b
    return winner, f"{winner} converts better (p = {d.p_value:.3g} < {level})"
