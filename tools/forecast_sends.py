"""Follow-up sends: how well a later send on a channel converts compared with the one before it.

A campaign plan sends more than once per channel (an email launch, reminder and last chance); the
forecast's rates are conversions per send of the brand's past sends. A later send to the same customer
converts less well than the first (the keenest buyers have bought, the rest have seen the message), so
a plan's n sends are worth ``1 + d + d^2 + ... + d^(n-1)`` first sends, where ``d`` is the *follow-up
response*: the conversion rate of past sends that followed another send on the same channel to the same
customer within :data:`FOLLOW_UP_DAYS`, divided by the rate of the sends that did not (95% range from
the log of the ratio, Katz). Where the history holds too few such sends, ``d`` is an assumed
:data:`ASSUMED_FOLLOW_UP`, stated as such. ``d`` is capped at 1: a later send never converts better.
"""

from __future__ import annotations

import math

from copilot.deps import Deps
from copilot.tools.channels import touches_table
from copilot.tools.schemas import ChannelForecast, Interval
from copilot.tools.stats import Z95

FOLLOW_UP_DAYS = 21  # a campaign's flight (copilot.planner.schedule.DEFAULT_CAMPAIGN_DAYS)
MIN_FOLLOW_UP_SENDS = 1000  # past follow-up sends needed to measure the follow-up response
MIN_FOLLOW_UP_CONVERSIONS = 10
ASSUMED_FOLLOW_UP = Interval(value=0.5, low=0.25, high=0.75)

_SQL = f"""
SELECT channel, prior > 0 AS follow_up, COUNT(*) AS n, COUNT(converted_ts) AS conv
FROM (SELECT t.channel, t.converted_ts,
             COUNT(*) OVER (PARTITION BY t.channel, t.customer_id ORDER BY t.sent_ts
                            RANGE BETWEEN INTERVAL {FOLLOW_UP_DAYS} DAYS PRECEDING
                                      AND INTERVAL 1 SECOND PRECEDING) AS prior
      FROM {{table}} t)
GROUP BY ALL
"""


def follow_up_counts(deps: Deps) -> dict[tuple[str, bool], tuple[int, int]]:
    """(sends, conversions) per (channel, followed another send on the channel within
    :data:`FOLLOW_UP_DAYS`), over every past send; once per artifact version."""

    def compute() -> dict[tuple[str, bool], tuple[int, int]]:
        with deps.artifacts.query() as q:
            rows = q.execute(_SQL.format(table=touches_table(deps))).fetchall()
        return {(str(ch), bool(f)): (int(n), int(c)) for ch, f, n, c in rows}

    return deps.artifacts.memo("forecast:follow_up_counts", compute)


def follow_up_response(counts: dict[tuple[str, bool], tuple[int, int]], channel: str) -> tuple[Interval, str]:
    """The channel's follow-up response ``d`` (with its 95% range) and the sentence saying where it
    came from: measured on the history when it holds enough follow-up sends, else assumed."""
    n1, c1 = counts.get((channel, True), (0, 0))
    n0, c0 = counts.get((channel, False), (0, 0))
    if n1 < MIN_FOLLOW_UP_SENDS or c1 < MIN_FOLLOW_UP_CONVERSIONS or c0 == 0:
        a = ASSUMED_FOLLOW_UP
        if n1 == 0:
            why = f"no past {channel} send followed another within {FOLLOW_UP_DAYS} days"
        else:
            why = f"{n1:,} past {channel} sends followed another within {FOLLOW_UP_DAYS} days, {c1:,} converted"
        return a, (
            f"{channel}: each later send is assumed to convert {a.value:.2f}x as well as the one before "
            f"(range {a.low:.2f}x to {a.high:.2f}x): {why}, too few to measure it."
        )
    ratio = (c1 / n1) / (c0 / n0)
    half = Z95 * math.sqrt(max(0.0, 1 / c1 - 1 / n1 + 1 / c0 - 1 / n0))
    d = Interval(
        value=min(1.0, ratio), low=min(1.0, ratio * math.exp(-half)), high=min(1.0, ratio * math.exp(half))
    )
    capped = " (capped at 1x: a later send is never counted as converting better)" if ratio > 1 else ""
    return d, (
        f"{channel}: each later send converts {d.value:.2f}x as well as the one before (95% range "
        f"{d.low:.2f}x to {d.high:.2f}x): the brand's {n1:,} past {channel} sends that followed another "
        f"within {FOLLOW_UP_DAYS} days converted {c1 / n1:.2%} against {c0 / n0:.2%} for the others{capped}."
    )


def with_follow_up(fc: ChannelForecast, counts: dict[tuple[str, bool], tuple[int, int]]) -> ChannelForecast:
    """The channel's forecast with its follow-up response and the sentence saying where it came from."""
    d, basis = follow_up_response(counts, fc.channel)
    return fc.model_copy(update={"follow_up": d, "follow_up_basis": basis})


def effective_sends(sends: int, d: float) -> float:
    """``sends`` scheduled sends in units of one first send: ``1 + d + ... + d^(sends-1)``."""
    return sum(d**k for k in range(max(0, sends)))
