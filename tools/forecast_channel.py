"""One channel's share of a forecast (:func:`copilot.tools.forecast.forecast`): sends after consent and
the holdout, conversions from the picked, pooled rate (:mod:`copilot.tools.forecast_pool`; scaled by the
audience's bounded propensity lift when the rate is not the audience's own), revenue from the order value,
cost, and the organic overlap."""

from __future__ import annotations

from typing import Any, NamedTuple

from copilot.tools.forecast_pool import Picked
from copilot.tools.schemas import ChannelForecast, ChannelStats, PropensityReport

MIN_LIFT, MAX_LIFT = 0.25, 4.0


class Lift(NamedTuple):
    """The audience's propensity lift over all customers: the estimate and its 95% range."""

    mid: float
    low: float
    high: float

    @classmethod
    def of(cls, prop: PropensityReport) -> Lift:
        base = prop.base_rate
        if base <= 0:
            return cls(1.0, 1.0, 1.0)
        return cls(prop.lift, prop.ci_low / base, prop.ci_high / base)

    def bounded(self) -> tuple[float, float, float]:
        """Bounded to MIN_LIFT..MAX_LIFT: organic propensity is a weak proxy for campaign response."""
        return (
            min(MAX_LIFT, max(MIN_LIFT, self.mid)),
            min(MAX_LIFT, max(MIN_LIFT, self.low)),
            min(MAX_LIFT, max(MIN_LIFT, self.high)),
        )


class Reach(NamedTuple):
    """Who can be sent to: the audience, its consented customers per channel, the size scale."""

    audience: int
    counts: dict[str, Any]
    scale: float
    holdout_share: float

    def sends(self, channel: str) -> tuple[int, int]:
        """(reachable, sends) on ``channel``: consent respected, the holdout kept out."""
        reachable_all = self.audience if channel == "paid_social" else self.counts[f"consent_{channel}"]
        reachable = round(reachable_all * self.scale)
        return reachable, round(reachable * (1 - self.holdout_share))


def channel_forecast(
    stats: ChannelStats,
    picked: Picked,
    lift: Lift,
    reach: Reach,
    p_window: float,
    aov: tuple[float, float, float, str],
) -> tuple[ChannelForecast, tuple[float, float, float], str]:
    """One channel's forecast, its organic overlap (clickers who would have bought anyway: mid, low,
    high) and the sentence saying where its rate came from."""
    assert stats.click_rate is not None and stats.delivery_rate is not None
    rate, basis, scaled, _ = picked
    f_mid, f_low, f_high = lift.bounded() if scaled else (1.0, 1.0, 1.0)
    reachable, sends = reach.sends(stats.channel)
    conv = sends * min(1.0, rate.value * f_mid)
    conv_low = sends * min(1.0, rate.low * f_low)
    conv_high = sends * min(1.0, rate.high * f_high)
    click = stats.click_rate.value * stats.delivery_rate.value
    overlap = (
        sends * click * p_window,
        sends * stats.click_rate.low * stats.delivery_rate.low * p_window * lift.low / max(lift.mid, 1e-9),
        sends * stats.click_rate.high * stats.delivery_rate.high * p_window * lift.high / max(lift.mid, 1e-9),
    )
    rate_basis = basis
    fc = ChannelForecast(
        channel=stats.channel,
        reachable=reachable,
        sends=sends,
        conversion_rate=rate,
        rate_basis=rate_basis,
        lift_applied=f_mid if scaled else None,
        expected_conversions=conv,
        expected_conversions_low=conv_low,
        expected_conversions_high=conv_high,
        expected_revenue=conv * aov[0],
        expected_revenue_low=conv_low * aov[1],
        expected_revenue_high=conv_high * aov[2],
        cost=sends * stats.cost_per_send if stats.cost_per_send is not None else None,
    )
    reach_note = (
        "everyone in the audience is reachable (no consent needed)"
        if stats.channel == "paid_social"
        else "only consented customers are reachable"
    )
    scaled_note = " x propensity lift" if scaled else ""
    sentence = f"{stats.channel}: conversions per send {rate} from {rate_basis}{scaled_note}; {reach_note}."
    return fc, overlap, sentence


def six(fc: ChannelForecast) -> tuple[float, float, float, float, float, float]:
    """Conversions and revenue, each with its low and high: what the totals add up."""
    return (
        fc.expected_conversions,
        fc.expected_conversions_low,
        fc.expected_conversions_high,
        fc.expected_revenue,
        fc.expected_revenue_low,
        fc.expected_revenue_high,
    )
