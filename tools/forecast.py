"""forecast: expected conversions and revenue for audience x channels x propensity, with ranges.

Every number comes from the workspace's history (channel conversion rates, the audience's own
order values, the propensity model); each channel's conversion rate is pooled toward the next broader
history (:mod:`copilot.tools.forecast_pool`); the ranges propagate the interval of that rate, the interval
of the audience's propensity lift, and the interval of its average order value. The assumptions are
listed in the result.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from copilot.deps import Deps
from copilot.tools.audience import audience_filter, vocabulary
from copilot.tools.audience_index import Audience, audience_index, category_orders, order_counts
from copilot.tools.channel_cube import customer_offsets, customer_rows, distinct
from copilot.tools.channels import channel_stats, conversion_lag_days, touches_table
from copilot.tools.features import ANY_CATEGORY
from copilot.tools.forecast_channel import MAX_LIFT, MIN_LIFT, Lift, Reach, channel_forecast, six
from copilot.tools.forecast_pool import Counts, Picked, pick_rate, pooling_sentences, prior_strength
from copilot.tools.forecast_sends import follow_up_counts, with_follow_up
from copilot.tools.propensity import propensity_summary
from copilot.tools.schemas import (
    AudienceCriteria,
    ChannelForecast,
    ChannelQuery,
    Forecast,
    ForecastQuery,
    PropensityQuery,
    Rate,
)
from copilot.tools.stats import Z95, wilson


def _audience_counts(deps: Deps, audience: Audience) -> dict[str, Any]:
    """The audience's order totals (``aov_row``: spend, orders, AOV spread, buyers) and consented customers
    per channel (``consent_email``...), summed over arrays by customer; all customers' figures once per version."""

    def compute(a: Audience) -> dict[str, Any]:
        aov_row, (email, sms, push) = order_counts(deps, a)
        return {"aov_row": aov_row, "consent_email": email, "consent_sms": sms, "consent_push": push}

    everyone = deps.artifacts.memo("forecast:counts:all", lambda: compute(Audience(None)))
    return everyone if audience.ui is None else compute(audience)


def _aov(
    deps: Deps, audience: Audience, category: str, counts: dict[str, Any]
) -> tuple[float, float, float, str]:
    """(AOV, low, high, basis) from the audience's history (category spend per category order if given)."""
    if category == ANY_CATEGORY:
        basis = "the audience's average order value"
        row = counts["aov_row"]
        if not row[1] or int(row[3] or 0) < 30:  # too little history in the audience: all customers
            row = _audience_counts(deps, Audience(None))["aov_row"]
            basis += " (all customers: the audience has fewer than 30 buyers)"
        return _aov_interval(row, basis)
    basis = f"the audience's average spend per {category} order"
    row = category_orders(deps, category, audience)  # custcat's rows of the category, by customer index
    if not row[1] or int(row[3] or 0) < 30:  # too little history in the audience: fall back to all customers
        row = category_orders(deps, category, Audience(None))
        basis += " (all customers: the audience has fewer than 30 buyers)"
    return _aov_interval(row, basis)


def _aov_interval(row: tuple[Any, ...] | None, basis: str) -> tuple[float, float, float, str]:
    if row is None or not row[1]:
        return 0.0, 0.0, 0.0, basis + " (no orders)"
    aov = float(row[0]) / float(row[1])
    sd = float(row[2] or 0.0)
    n = max(1, int(row[3] or 1))
    half = Z95 * sd / math.sqrt(n)
    return aov, max(0.0, aov - half), aov + half, basis


def forecast(deps: Deps, query: ForecastQuery) -> Forecast:
    """Forecast a campaign: expected conversions, revenue and cost of sending to an audience on
    one or more channels over `horizon_days`, with low/high ranges and the incremental conversions
    over what the audience would buy anyway. Reach respects consent; a `holdout_share` of the audience
    is kept untouched so the lift can be measured. Conversion rates come from the brand's past
    campaigns on each channel (for the promoted `category` when there is enough history, pooled), scaled by
    the audience's purchase propensity relative to all customers; order values come from the
    audience's own history. The result lists every assumption.
    """
    art = deps.artifacts.load("propensity")
    category = vocabulary(deps).category(query.category)
    crit = query.audience or AudienceCriteria()
    # organic overlap: clickers who would have bought anyway within the attribution window
    window = conversion_lag_days(deps)
    audience = audience_index(deps, *audience_filter(deps, crit))  # evaluated once, summed as arrays
    prop, p_window = propensity_summary(
        deps,
        PropensityQuery(audience=crit, category=query.category, horizon_days=query.horizon_days),
        window_days=window,
        audience=audience,
    )
    counts = _audience_counts(deps, audience)
    aov = _aov(deps, audience, category, counts)
    size = prop.audience_size
    override = query.audience_size_override
    shown_size = override if override is not None else size
    lift = Lift.of(prop)
    picks = _picks(deps, audience, category, list(query.channels), lift)
    # every channel over all history: the same figures as a query for these channels (answered once per version)
    hist = {s.channel: s for s in channel_stats(deps, ChannelQuery(channels=query.channels)).channels}
    reach = Reach(
        size, counts, override / size if override is not None and size > 0 else 1.0, query.holdout_share
    )

    per: list[ChannelForecast] = []
    assumptions: list[str] = []
    tot = [0.0] * 6
    overlap = [0.0, 0.0, 0.0]
    total_cost: float | None = None
    for ch in query.channels:
        stats = hist.get(ch)
        if stats is None or stats.click_rate is None or stats.delivery_rate is None:  # no past sends
            assumptions.append(f"{ch}: no campaign history in this workspace, so no forecast for it.")
            continue
        fc, o, sentence = channel_forecast(stats, picks[ch], lift, reach, p_window, aov)
        per.append(with_follow_up(fc, follow_up_counts(deps)))
        overlap = [a + b for a, b in zip(overlap, o, strict=True)]
        if fc.cost is not None:
            total_cost = (total_cost or 0.0) + fc.cost
        for i, v in enumerate(six(fc)):
            tot[i] += v
        assumptions.append(sentence)
    assumptions += pooling_sentences({c.channel: picks[c.channel] for c in per})
    (inc, inc_low, inc_high), sentences = _incremental(deps, per, query.objective, tot, overlap)
    assumptions += sentences
    holdout = round(shown_size * query.holdout_share)
    assumptions += _assumptions(query, lift, aov, window, p_window, holdout, size)
    return Forecast(
        audience=crit.describe(),
        audience_size=shown_size,
        category=None if category == ANY_CATEGORY else category,
        horizon_days=query.horizon_days,
        per_channel=per,
        total_conversions=tot[0],
        total_conversions_low=tot[1],
        total_conversions_high=tot[2],
        total_revenue=tot[3],
        total_revenue_low=tot[4],
        total_revenue_high=tot[5],
        total_cost=total_cost,
        incremental_conversions=inc,
        incremental_conversions_low=min(inc_low, inc),
        incremental_conversions_high=inc_high,
        expected_aov=aov[0],
        propensity_lift=lift.mid,
        holdout_size=holdout,
        assumptions=assumptions,
        as_of=art.as_of,
        model_version=art.version,
    )


def _assumptions(
    query: ForecastQuery,
    lift: Lift,
    aov: tuple[float, float, float, str],
    window: float,
    p_window: float,
    holdout: int,
    size: int,
) -> list[str]:
    """The assumptions every forecast states (after the per-channel ones)."""
    out = [
        "Where the audience itself received too few past sends, all-recipient rates are scaled by the "
        f"audience's {query.horizon_days}-day purchase propensity relative to all customers ({lift.mid:.2f}x, "
        f"range {lift.low:.2f}-{lift.high:.2f}x, bounded to {MIN_LIFT}-{MAX_LIFT}x because organic propensity "
        "is only a proxy for campaign response).",
        f"Revenue per conversion = {aov[3]}: ${aov[0]:,.2f} (95% range ${aov[1]:,.2f}-${aov[2]:,.2f}).",
        "One send per reachable customer per channel (a later send adds its channel's follow-up response "
        "times the one before); customers reached on several channels may convert once only, so totals "
        "across channels are an upper bound.",
        f"{query.holdout_share:.0%} of the audience ({holdout:,}) is held out untouched to measure lift.",
        f"Incremental conversions subtract clickers who would have bought anyway within the {window:.0f}-day "
        f"attribution window (their propensity over that window: {p_window:.2%}); only the holdout "
        "comparison measures true incrementality.",
        "Costs use each channel's historical cost per send where costs are recorded.",
    ]
    if query.audience_size_override is not None:
        out.append(
            f"Audience size overridden to {query.audience_size_override:,} (criteria match {size:,}); reach "
            "scaled proportionally."
        )
    return out


def _incremental(
    deps: Deps, per: list[ChannelForecast], objective: str | None, tot: list[float], overlap: list[float]
) -> tuple[tuple[float, float, float], list[str]]:
    """Incremental conversions (mid, low, high): the totals less the organic overlap, or calibrated by
    measured incrementality where past plans were read out (with the sentences saying so)."""
    inc = max(0.0, tot[0] - overlap[0])
    inc_low = max(0.0, tot[1] - overlap[2])
    inc_high = max(inc, tot[2] - overlap[1])
    calibrated = _calibrate(deps, per, objective, (inc, inc_low, inc_high), tot)
    return calibrated if calibrated is not None else ((inc, inc_low, inc_high), [])


def _calibrate(
    deps: Deps,
    per: list[ChannelForecast],
    objective: str | None,
    uncalibrated: tuple[float, float, float],
    tot: list[float],
) -> tuple[tuple[float, float, float], list[str]] | None:
    """Incremental conversions calibrated by measured incrementality (:mod:`copilot.tools.calibration`):
    channels with read-outs use ``forecast conversions x factor``; the others keep their share of the
    uncalibrated estimate. None when no channel has a read-out."""
    from copilot.tools.calibration import calibration_for, load_records

    records = load_records(deps.workspace)
    if not records:
        return None
    share = [u / t if t > 0 else 0.0 for u, t in zip(uncalibrated, tot[:3], strict=True)]
    out = [0.0, 0.0, 0.0]
    sentences: list[str] = []
    n = 0
    for c in per:
        cal = calibration_for(records, c.channel, objective)
        conv = (c.expected_conversions, c.expected_conversions_low, c.expected_conversions_high)
        if cal is None:
            for i in range(3):
                out[i] += conv[i] * share[i]
            continue
        out[0] += max(0.0, conv[0] * cal.factor)
        out[1] += max(0.0, conv[1] * cal.low)
        out[2] += max(0.0, conv[2] * cal.high)
        sentences.append(cal.sentence())
        n = max(n, cal.readouts)
    if not sentences:
        return None
    sentences.append(
        f"Incremental conversions calibrated on {n} read-out{'s' if n != 1 else ''} of past plans' holdouts "
        "(measured incrementality replaces the organic-overlap estimate on those channels)."
    )
    return (out[0], min(out[1], out[0]), max(out[2], out[0])), sentences


def _history_rates(
    deps: Deps, audience: Audience, category: str, channels: list[str]
) -> dict[tuple[str, str, bool], Rate]:
    """:func:`_history_counts` as rates (Wilson 95%), before any pooling."""
    return {key: wilson(conv, n) for key, (conv, n) in _history_counts(deps, audience, category, channels).items()}


def _everyone_counts(deps: Deps) -> dict[tuple[str, str | None], tuple[int, int]]:
    """Sends and conversions per (channel, campaign category) of all past touches (once per version)."""
    return deps.artifacts.memo("forecast:rates:all", lambda: _counts(deps, "TRUE"))


def _counts(deps: Deps, where: str) -> dict[tuple[str, str | None], tuple[int, int]]:
    """Sends and conversions per (channel, campaign category) of the touches matching ``where``."""
    table, names = _touch_counts(deps)
    sql = f"SELECT t.ch_code, t.cat_code, SUM(t.n), SUM(t.conv) FROM {table} t WHERE {where} GROUP BY ALL"
    with deps.artifacts.query() as q:
        rows = q.execute(sql).fetchall()
    return {names[(int(ch), int(cat))]: (int(n), int(conv)) for ch, cat, n, conv in rows}


def _picks(deps: Deps, audience: Audience, category: str, channels: list[str], lift: Lift) -> dict[str, Picked]:
    """Each channel's rate: its most specific history with enough sends, pooled toward the broader ones."""
    counts = _history_counts(deps, audience, category, channels)
    weights = _prior_strengths(deps, channels)
    return {ch: pick_rate(counts, ch, category, lift.bounded(), weights[ch]) for ch in channels}


def _prior_strengths(deps: Deps, channels: list[str]) -> dict[str, float]:
    """The pooling weight ``m`` per channel, from the spread of its campaign categories' rates
    (:func:`copilot.tools.forecast_pool.prior_strength`)."""
    everyone = _everyone_counts(deps)
    return {ch: prior_strength([(conv, n) for (c, _), (n, conv) in everyone.items() if c == ch]) for ch in channels}


def _history_counts(deps: Deps, audience: Audience, category: str, channels: list[str]) -> Counts:
    """(conversions, sends) by (channel, scope, promoted-category-only) where scope is 'audience'
    (past sends to today's audience members) or 'all'. Counted from :func:`_touch_counts` (sends and
    conversions per customer x channel x campaign category); all recipients' counts once per version."""

    def promoted(
        got: dict[tuple[str, str | None], tuple[int, int]],
    ) -> dict[tuple[str, bool], tuple[int, int]]:
        out: dict[tuple[str, bool], tuple[int, int]] = {}
        for (ch, cat), (n, conv) in got.items():  # a campaign without a category is not the promoted one
            prev = out.get((ch, cat == category), (0, 0))
            out[(ch, cat == category)] = (prev[0] + n, prev[1] + conv)
        return out

    everyone = promoted(_everyone_counts(deps))
    mine = everyone if audience.ui is None else promoted(_audience_touch_counts(deps, audience.ui))
    out: Counts = {}
    for ch in channels:
        for scope, got in (("audience", mine), ("all", everyone)):
            for cat_only in (True, False):
                n, conv = got.get((ch, True), (0, 0))
                if not cat_only:
                    rest = got.get((ch, False), (0, 0))
                    n, conv = n + rest[0], conv + rest[1]
                out[(ch, scope, cat_only)] = (conv, n)
    return out


def _touch_counts(deps: Deps) -> tuple[str, dict[tuple[int, int], tuple[str, str | None]]]:
    """A small in-memory table of past sends and conversions per customer index x channel x campaign
    category (made once per artifact version, on the store's connection, from :func:`touches_table`),
    and the (channel, category) of its integer codes ``ch_code``, ``cat_code``: grouping an audience's
    rows by the codes costs about half of grouping them by the names (issue #14)."""
    touches = touches_table(deps)

    def make() -> tuple[str, dict[tuple[int, int], tuple[str, str | None]]]:
        with deps.artifacts.query() as q:
            q.execute(f"""CREATE OR REPLACE TABLE forecast_touch_counts AS
SELECT ui, channel, category, CAST(dense_rank() OVER (ORDER BY channel) AS INTEGER) AS ch_code,
       CAST(dense_rank() OVER (ORDER BY category) AS INTEGER) AS cat_code, n, conv
FROM (SELECT t.ui, t.channel, k.category, COUNT(*) AS n, COUNT(t.converted_ts) AS conv
      FROM {touches} t JOIN campaigns k ON k.campaign_id = t.campaign_id GROUP BY ALL)""")
            rows = q.execute(
                "SELECT DISTINCT ch_code, cat_code, channel, category FROM forecast_touch_counts"
            ).fetchall()
        names = {(int(a), int(b)): (str(ch), None if cat is None else str(cat)) for a, b, ch, cat in rows}
        return "forecast_touch_counts", names

    return deps.artifacts.memo("forecast:touch_counts", make)


def _audience_touch_counts(deps: Deps, ui: Any) -> dict[tuple[str, str | None], tuple[int, int]]:
    """Sends and conversions per (channel, campaign category) to the customers with indexes ``ui``: the rows
    of :func:`_touch_counts` as arrays sorted by customer (once per version), the audience's rows picked by
    offsets and summed by a ``bincount`` of the codes; the same counts as grouping the table's rows semi-joined to the audience."""
    offsets, key, n, conv, width = deps.artifacts.memo("forecast:touch_arrays", lambda: _touch_arrays(deps))
    _, names = _touch_counts(deps)
    sel = customer_rows(offsets, distinct(ui, len(offsets) - 1))
    sends = np.bincount(key[sel], weights=n[sel], minlength=1)
    convs = np.bincount(key[sel], weights=conv[sel], minlength=1)
    return {
        names[(int(k) // width, int(k) % width)]: (int(sends[k]), int(convs[k])) for k in np.flatnonzero(sends)
    }


def _touch_arrays(deps: Deps) -> tuple[Any, Any, Any, Any, int]:
    """(offsets by customer index, ch_code * width + cat_code, n, conv, width) of :func:`_touch_counts`'
    rows sorted by customer (see :func:`~copilot.tools.channel_cube.customer_offsets`)."""
    table, _ = _touch_counts(deps)
    with deps.artifacts.query() as q:
        arr = q.execute(f"SELECT COALESCE(ui, -1) AS ui, ch_code, cat_code, n, conv FROM {table}").fetchnumpy()
        top = q.execute("SELECT COALESCE(MAX(user_index), -1) FROM cust").fetchone()
    ui = np.asarray(arr["ui"], dtype=np.int64)
    order = np.argsort(ui, kind="stable")
    cat = np.asarray(arr["cat_code"], dtype=np.int64)[order]
    width = int(cat.max(initial=0)) + 1
    key = np.asarray(arr["ch_code"], dtype=np.int64)[order] * width + cat
    offsets = customer_offsets(ui[order], max(int(ui.max(initial=-1)), int(top[0]) if top else -1) + 1)
    n, conv = (np.asarray(arr[c], dtype=np.float64)[order] for c in ("n", "conv"))
    return offsets, key, n, conv, width
