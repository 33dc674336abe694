"""Holdout sizing: how many of the audience to keep uncontacted so the campaign's lift can be measured.

A two-proportion z-test (two-sided α = 0.05, power 0.8) with unequal groups: for a baseline
purchase rate ``p0`` and an expected absolute lift ``delta``, the smallest control share ``h`` whose
control group ``h·N`` reaches the required size given the treated group ``(1-h)·N``. When no share
up to ``max_share`` is enough (a small audience or a small effect), a fixed ``fallback_share`` is
kept for a directional read and the plan says so, with the minimum detectable lift at that size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

ALPHA = 0.05
POWER = 0.8


@dataclass(frozen=True)
class HoldoutDesign:
    share: float
    size: int
    required_control: int | None  # None when no share up to max_share has the power
    mde: float  # minimum detectable absolute lift at the chosen share (probability points)
    powered: bool
    explanation: str


def required_control_size(
    p0: float, delta: float, k: float, alpha: float = ALPHA, power: float = POWER
) -> float:
    """Control-group size for detecting ``p0 -> p0 + delta`` with treated/control ratio ``k``."""
    if delta <= 0:
        return math.inf
    p1 = min(0.999999, p0 + delta)
    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    pbar = (k * p1 + p0) / (k + 1)
    num = z_a * math.sqrt(pbar * (1 - pbar) * (1 + 1 / k)) + z_b * math.sqrt(
        p1 * (1 - p1) / k + p0 * (1 - p0)
    )
    return (num**2) / (delta**2)


def minimum_detectable_lift(
    p0: float, n_control: int, n_treated: int, alpha: float = ALPHA, power: float = POWER
) -> float:
    """Smallest absolute lift detectable with these group sizes: the inverse of
    :func:`required_control_size` (the same test, so "not powered for the expected lift" and "detectable
    from X points" never disagree), found by bisection."""
    if n_control <= 0 or n_treated <= 0:
        return math.inf
    p0 = min(max(p0, 1e-6), 1 - 1e-6)
    k = n_treated / n_control
    lo, hi = 0.0, 1.0 - p0
    if required_control_size(p0, hi, k, alpha, power) > n_control:
        return math.inf
    for _ in range(60):
        mid = (lo + hi) / 2
        if required_control_size(p0, mid, k, alpha, power) <= n_control:
            hi = mid
        else:
            lo = mid
    return hi


def design_holdout(
    audience_size: int,
    p0: float,
    delta: float,
    *,
    min_share: float = 0.05,
    max_share: float = 0.3,
    fallback_share: float = 0.1,
    min_size: int = 50,
    max_small_share: float = 0.2,
) -> HoldoutDesign:
    """Choose the holdout share for an audience of ``audience_size``; see the module docstring."""
    n = max(0, audience_size)
    p0 = min(max(p0, 1e-4), 0.99)
    if n == 0:
        return HoldoutDesign(0.0, 0, None, math.inf, False, "Empty audience: no holdout.")
    chosen: float | None = None
    required: float | None = None
    steps = round((max_share - min_share) / 0.01) + 1
    for i in range(steps):
        h = round(min_share + i * 0.01, 4)
        n_c = h * n
        n_t = n - n_c
        if n_t <= 0 or n_c <= 0:
            continue
        need = required_control_size(p0, delta, n_t / n_c)
        if n_c >= need:
            chosen, required = h, need
            break
    if chosen is not None:
        share = chosen
        size = max(round(share * n), min(min_size, round(max_small_share * n)))
        mde = minimum_detectable_lift(p0, size, n - size)
        return HoldoutDesign(
            share=share,
            size=size,
            required_control=math.ceil(required or 0),
            mde=mde,
            powered=True,
            explanation=(
                f"{share:.0%} of the audience: the smallest share whose control group detects the expected lift "
                f"({delta * 100:.2f} points over a {p0:.1%} baseline) with 80% power at 5% significance."
            ),
        )
    floor = min(min_size, round(max_small_share * n))
    size = max(round(fallback_share * n), floor)
    share = size / n
    mde = minimum_detectable_lift(p0, size, n - size)
    rule = (
        f"a fixed {fallback_share:.0%} holdout"
        if size == round(fallback_share * n)
        else f"{size:,} customers ({share:.0%}): a {fallback_share:.0%} holdout raised to a minimum of "
        f"{min_size} (at most {max_small_share:.0%} of a small audience)"
    )
    return HoldoutDesign(
        share=share,
        size=size,
        required_control=None,
        mde=mde,
        powered=False,
        explanation=(
            f"{rule[0].upper() + rule[1:]}. No holdout up to {max_share:.0%} can detect the expected lift of "
            f"{delta * 100:.2f} points with 80% power; at this size only a lift of {mde * 100:.2f} points or more "
            "is detectable, so read the result as directional."
        ),
    )


def requested_holdout(audience_size: int, share: float, p0: float, delta: float) -> HoldoutDesign:
    """The holdout the brief asks for (``share`` of the audience), with the power read at that size: the plan
    uses the marketer's share, and its explanation and minimum detectable lift are that share's, not the design's."""
    n = max(0, audience_size)
    size = round(share * n)
    if n == 0 or size == 0:
        return HoldoutDesign(share, size, None, math.inf, False, f"{share:.0%} as the brief asks: no customer is held out.")
    p0 = min(max(p0, 1e-4), 0.99)
    need = required_control_size(p0, delta, (n - size) / size) if size < n else math.inf
    mde = minimum_detectable_lift(p0, size, n - size)
    powered = size >= need
    said = f"{share:.0%} as the brief asks"
    if powered:
        why = (f"{said}: it detects the expected lift ({delta * 100:.2f} points over a {p0:.1%} baseline) with 80% power "
               "at 5% significance.")
    else:
        why = (f"{said}. At this size it cannot detect the expected lift of {delta * 100:.2f} points with 80% power; only a "
               f"lift of {mde * 100:.2f} points or more is detectable, so read the result as directional.")
    return HoldoutDesign(share, size, math.ceil(need) if powered else None, mde, powered, why)
