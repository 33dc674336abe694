"""The conversion rate a forecast uses (:func:`copilot.tools.forecast.forecast`): the most specific history
with enough sends, partially pooled (empirical Bayes) toward the next broader one.

The histories, most specific first: past sends of the promoted category to today's audience, all past
sends to the audience, past sends of the category to everyone, all past sends. The first with enough sends
is the basis (as before); its rate is then shrunk toward the next broader history's (itself pooled the same
way, up to the whole channel's history)::

    pooled = (conversions + m * broader rate) / (sends + m)

so a thin history that happens to hold no conversion reads as a low rate, not as no response, while a
history of many more sends than ``m`` keeps (almost) its own rate. An everyone-level rate stands for the
audience scaled by its bounded propensity lift, as in the forecast itself.

``m`` (the prior's weight, in sends) is estimated per channel by the method of moments from how far the
brand's campaign categories' rates on that channel spread beyond what their sends explain by chance:
rates drawn from Beta(mu * m, (1 - mu) * m) have between-category variance tau^2 = mu (1 - mu) / (m + 1),
and tau^2 = (S - (g - 1) mu (1 - mu)) / (N - sum n_i^2 / N) with S = sum n_i (p_i - mu)^2 over the g
categories (uncategorised campaigns are one of them). The step from an audience's own history to the
everyone-level rate times its propensity lift (a proxy: organic propensity, not campaign response) weighs at
most :data:`M_PROXY` sends, a stated prior strength: the brand's history gives no cheap estimate of how
audiences' response spreads. When the audience is everyone, its history is the brand's and the everyone
levels are skipped. Fewer than three categories:
:data:`M_DEFAULT`; no spread beyond chance: :data:`M_MAX` (near-complete pooling, capped so that an
audience's own tens of thousands of sends still weigh most); bounded below by :data:`M_MIN`.

The range: the pooled rate at the low and the high end of the broader rate, each with the Wilson interval
of its effective counts, and never narrower than the Wilson interval of the pooled rate over the history's
own sends (the prior moves the estimate; it does not add sends).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from copilot.tools.features import ANY_CATEGORY
from copilot.tools.schemas import Rate
from copilot.tools.stats import wilson

MIN_CATEGORY_SENDS = 500  # below this, category-specific channel history is too thin to be the basis
MIN_AUDIENCE_SENDS = 300  # past sends to the audience itself needed to use its own response rate
M_DEFAULT = 1_000.0  # prior weight (sends) when the channel has too few categories to estimate it
M_MIN, M_MAX = 100.0, 10_000.0
M_PROXY = 1_000.0  # at most this weight for an everyone rate x the audience's lift (a proxy) as the prior

Counts = dict[tuple[str, str, bool], tuple[int, int]]  # (channel, scope, category only) -> (conversions, sends)
_LEVELS = (("audience", True), ("audience", False), ("all", True), ("all", False))


class Picked(NamedTuple):
    """The rate a channel's forecast uses, its basis in words, and whether it is scaled by the lift."""

    rate: Rate
    basis: str
    scaled: bool
    weight: float | None = None  # the pooling weight m in sends; None when not pooled


def prior_strength(groups: list[tuple[int, int]]) -> float:
    """The pseudo-count ``m`` from (conversions, sends) per campaign category on one channel (module doc)."""
    groups = [(k, n) for k, n in groups if n > 0]
    sends = sum(n for _, n in groups)
    conv = sum(k for k, _ in groups)
    if len(groups) < 3 or conv <= 0 or conv >= sends:
        return M_DEFAULT
    mu = conv / sends
    spread = sum(n * (k / n - mu) ** 2 for k, n in groups)
    tau2 = (spread - (len(groups) - 1) * mu * (1 - mu)) / (sends - sum(n * n for _, n in groups) / sends)
    if tau2 <= 0:
        return M_MAX
    return min(M_MAX, max(M_MIN, mu * (1 - mu) / tau2 - 1))


def pooled(conv: int, sends: int, prior: Rate, m: float) -> Rate:
    """``conv`` of ``sends`` shrunk toward ``prior`` with weight ``m`` sends: the posterior mean of a
    Beta(m * prior, m * (1 - prior)) prior, and the range propagated from the prior's (no sends: the prior)."""
    if sends <= 0:
        return prior
    value = (conv + m * prior.value) / (sends + m)
    low = wilson(conv + m * prior.low, sends + m).low
    high = wilson(conv + m * prior.high, sends + m).high
    return Rate(value=round(value, 6), low=min(low, round(value, 6)), high=max(high, round(value, 6)), n=sends)


def _lifted(rate: Rate, lift: tuple[float, float, float]) -> Rate:
    """An everyone-level rate in the audience's terms: times the bounded lift (mid, low, high)."""
    mid, low, high = lift
    return Rate(value=min(1.0, rate.value * mid), low=min(1.0, rate.low * low), high=min(1.0, rate.high * high),
                n=rate.n)


def _words(scope: str, cat_only: bool, category: str) -> str:
    what = f"past {category} campaigns" if cat_only else "past campaigns"
    if scope == "audience":
        return f"{what} sent to this audience"
    return f"{what} (all recipients)" if cat_only else "all past campaigns"


def pick_rate(
    counts: Counts, channel: str, category: str, lift: tuple[float, float, float], m: float
) -> Picked:
    """The most specific history with enough sends, pooled toward the broader ones (module doc)."""
    levels = [lv for lv in _LEVELS if category != ANY_CATEGORY or not lv[1]]
    if all(counts[(channel, "audience", c)] == counts[(channel, "all", c)] for c in (True, False)):
        levels = [lv for lv in levels if lv[0] == "audience"]  # everyone: the audience's history is the brand's
    enough = {"audience": MIN_AUDIENCE_SENDS, "all": MIN_CATEGORY_SENDS}
    pick = next(
        i for i, (scope, cat) in enumerate(levels)
        if i == len(levels) - 1 or counts[(channel, scope, cat)][1] >= enough[scope]
    )
    scope, cat = levels[pick]
    conv, sends = counts[(channel, scope, cat)]
    basis = f"{_words(scope, cat, category)} ({sends:,} sends)"
    if pick == len(levels) - 1:  # the channel's whole history: nothing broader to pool toward
        return Picked(wilson(conv, sends), basis, scope == "all")
    post = wilson(*counts[(channel, *levels[-1])])
    for i in range(len(levels) - 2, pick - 1, -1):  # pooled from the broadest up to the picked history
        proxy = levels[i][0] == "audience" and levels[i + 1][0] == "all"
        prior = _lifted(post, lift) if proxy else post
        weight = min(m, M_PROXY) if proxy else m
        post = pooled(*counts[(channel, *levels[i])], prior, weight)
    own = wilson(post.value * sends, sends)  # never narrower than the history's own sends support
    rate = Rate(value=post.value, low=min(post.low, own.low), high=max(post.high, own.high), n=sends)
    lifted = " x propensity lift" if proxy else ""
    basis += (
        f" with {conv:,} conversion{'s' if conv != 1 else ''}, pooled toward "
        f"{_words(*levels[pick + 1], category)}{lifted} ({prior.value:.2%}, weight {weight:,.0f} sends)"
    )
    return Picked(rate, basis, scope == "all", m)


def pooling_sentences(picks: Mapping[str, Picked]) -> list[str]:
    """The assumption saying how the channels' rates were pooled (none when no channel's was)."""
    each = ", ".join(f"{ch} {p.weight:,.0f}" for ch, p in picks.items() if p.weight is not None)
    if not each:
        return []
    return [
        "Conversion rates are pooled (empirical Bayes): a history's (conversions + m x the next broader "
        "history's rate) / (sends + m), so a thin history with few or no conversions reads as a low rate, not "
        f"as no response, and a history of far more than m sends keeps its own rate. m in sends: {each}; "
        "estimated from how far the brand's campaign categories' rates on the channel spread beyond chance "
        f"(method of moments; {M_DEFAULT:,.0f} with fewer than three categories, within {M_MIN:,.0f}-{M_MAX:,.0f}); "
        f"at most {M_PROXY:,.0f} toward an all-recipient rate x the audience's propensity lift. "
        "Each range is never narrower than the history's own sends support."
    ]
