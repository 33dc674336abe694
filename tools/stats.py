"""Small statistics helpers shared by the tools and training (Wilson intervals, ECE, ranking metrics)."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from copilot.tools.schemas import Rate

Z95 = 1.959963984540054


def wilson(successes: float, n: float, z: float = Z95) -> Rate:
    """Wilson score interval for ``successes / n`` (``n = 0`` gives 0 with the full [0, 1] range)."""
    n_i = int(n)
    if n <= 0:
        return Rate(value=0.0, low=0.0, high=1.0, n=0)
    p = float(successes) / float(n)
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Rate(value=round(p, 6), low=round(max(0.0, centre - half), 6), high=round(min(1.0, centre + half), 6),
                n=n_i)


def expected_calibration_error(y: npt.ArrayLike, p: npt.ArrayLike, bins: int = 10) -> float:
    """ECE with equal-frequency bins: sum over bins of |mean(y) - mean(p)| weighted by bin size.

    Equal-frequency (adaptive) bins, because purchase probabilities crowd near zero and fixed-width
    bins would put almost every row in the first bin.
    """
    ya = np.asarray(y, dtype=float)
    pa = np.asarray(p, dtype=float)
    if ya.size == 0:
        return 0.0
    order = np.argsort(pa, kind="stable")
    total = 0.0
    for chunk in np.array_split(order, min(bins, ya.size)):
        if chunk.size:
            total += chunk.size * abs(float(ya[chunk].mean()) - float(pa[chunk].mean()))
    return total / ya.size


def ndcg_at_k(recommended: list[int], relevant: set[int], k: int = 10) -> float:
    """Binary-relevance nDCG@k."""
    if not relevant:
        return 0.0
    dcg = sum(1.0 / math.log2(i + 2) for i, item in enumerate(recommended[:k]) if item in relevant)
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / idcg


def recall_at_k(recommended: list[int], relevant: set[int], k: int = 10) -> float:
    """Share of the relevant items found in the top k (Microsoft Recommenders' definition)."""
    if not relevant:
        return 0.0
    return len(set(recommended[:k]) & relevant) / len(relevant)
