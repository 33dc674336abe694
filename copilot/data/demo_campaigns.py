"""The demo brand's past campaigns, played out: who each one reached, and the funnel of every touch.

For each campaign of :func:`copilot.data.demo_brand.campaign_defs`, in date order: the audience
(consented customers signed up before the send, picked by the campaign's audience rule against
their affinities and order history), a send slot (weekday and hour, whose effects lift opens and
conversions), then delivery, open, click, conversion and unsubscribe draws. Unsubscribes switch the
customer's consent off for later campaigns; conversions become orders (the generator adds them).
``campaigns_frame`` prices each campaign from its number of sends.

Split from the generator (``copilot.data.demo_generate``) because this is the one step with its own
loop and state (consent changes as campaigns go out). The order of random draws is part of the
demo's reproducibility: same seed, same tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from copilot.data.demo_brand import (
    DOW_EFFECT,
    FUNNEL,
    SEND_HOURS,
    START,
    WINDOW_DAYS,
    CampaignDef,
    campaign_category,
    campaign_defs,
    hour_effect,
    sample_rows,
)

TOUCH_KEYS = ("campaign", "c", "channel", "sent", "delivered", "opened", "clicked", "converted", "unsub")


@dataclass
class CampaignOutcome:
    """What the campaigns did: touch columns (customer index ``c``, day-number timestamps, NaN where
    a step did not happen) and, per conversion, its customer, time, category and touch row."""

    touches: dict[str, np.ndarray]
    conv_c: np.ndarray
    conv_t: np.ndarray
    conv_k: np.ndarray
    conv_touch: np.ndarray


@dataclass
class _Audience:
    """The customer state a campaign reads (consent is updated by unsubscribes)."""

    signup_day: np.ndarray
    consent: dict[str, np.ndarray]
    churn: np.ndarray
    irank: np.ndarray
    aff: np.ndarray
    order_c: np.ndarray  # base orders sorted by customer, then time
    order_t: np.ndarray


def simulate_campaigns(
    rng: np.random.Generator,
    *,
    signup_day: np.ndarray,
    consent: dict[str, np.ndarray],
    churn: np.ndarray,
    irank: np.ndarray,
    aff: np.ndarray,
    o_c: np.ndarray,
    o_t: np.ndarray,
) -> CampaignOutcome:
    """Play every campaign against the customers (``consent`` is changed in place by unsubscribes);
    ``o_c``/``o_t`` are the base orders (customer index, day number) before any campaign."""
    base_order = np.lexsort((o_t, o_c))
    state = _Audience(signup_day, consent, churn, irank, aff, o_c[base_order], o_t[base_order])
    conv_c: list[np.ndarray] = []
    conv_t: list[np.ndarray] = []
    conv_k: list[np.ndarray] = []
    conv_touch: list[np.ndarray] = []
    parts: list[dict[str, np.ndarray]] = []
    n_touch = 0
    for cd in campaign_defs():
        who = _pick_audience(rng, cd, state)
        if who.size == 0:
            continue
        touch = _send(rng, cd, who, state)
        parts.append(touch)
        cv = np.flatnonzero(~np.isnan(touch["converted"]))
        conv_c.append(who[cv])
        conv_t.append(touch["converted"][cv])
        cix = campaign_category(cd)
        if cix is not None:
            conv_k.append(
                np.where(rng.random(cv.size) < 0.75, cix, sample_rows(rng, aff[who[cv]], np.arange(cv.size)))
            )
        else:
            conv_k.append(sample_rows(rng, aff[who[cv]] + 1e-9, np.arange(cv.size)))
        conv_touch.append(n_touch + cv)
        n_touch += who.size
    if parts:
        touches = {k: np.concatenate([d[k] for d in parts]) for k in parts[0]}
    else:
        touches = {k: np.zeros(0) for k in TOUCH_KEYS}
    return CampaignOutcome(
        touches=touches,
        conv_c=np.concatenate(conv_c) if conv_c else np.zeros(0, np.int64),
        conv_t=np.concatenate(conv_t) if conv_t else np.zeros(0),
        conv_k=np.concatenate(conv_k) if conv_k else np.zeros(0, np.int64),
        conv_touch=np.concatenate(conv_touch) if conv_touch else np.zeros(0, np.int64),
    )


def _pick_audience(rng: np.random.Generator, cd: CampaignDef, s: _Audience) -> np.ndarray:
    """Indices of the customers ``cd`` reaches: eligible (signed up, consented) and picked by its rule."""
    n = s.signup_day.size
    W = float(WINDOW_DAYS)
    day0 = float((cd.start - START).days)
    eligible = s.signup_day < day0
    if cd.channel in s.consent:
        eligible &= s.consent[cd.channel]
    cix = campaign_category(cd)
    # orders before the campaign, and the most recent one
    bc, bt = s.order_c, s.order_t
    pos = np.searchsorted(bc * (4 * W) + bt, np.arange(n) * (4 * W) + day0)
    first = np.searchsorted(bc, np.arange(n))
    n_before = pos - first
    last_t = np.where(n_before > 0, bt[np.maximum(pos - 1, 0)], -1e9)
    if cd.audience == "all":
        pick = eligible & (rng.random(n) < 0.92)
    elif cd.audience == "affinity":
        a = s.aff[:, cix] if cix is not None else np.ones(n)
        pick = eligible & (rng.random(n) < 0.12 + 0.7 * np.minimum(a, 1.0))
    elif cd.audience == "lapsed":
        lapsed = (n_before >= 2) & (day0 - last_t > 120)
        if cix is not None:
            lapsed &= s.aff[:, cix] > 0.3
        pick = eligible & lapsed
    elif cd.audience == "active":
        pick = eligible & (day0 - last_t <= 180)
    else:  # paid social reach: a matched custom audience plus lookalikes
        pick = eligible & (rng.random(n) < 0.3)
    return np.flatnonzero(pick)


def _send(rng: np.random.Generator, cd: CampaignDef, who: np.ndarray, s: _Audience) -> dict[str, np.ndarray]:
    """One campaign's touches to ``who``: send slot, funnel draws and their times; unsubscribes
    switch consent off."""
    m = who.size
    day0 = float((cd.start - START).days)
    cix = campaign_category(cd)
    f = FUNNEL[cd.channel]
    slots_d = rng.choice(7, size=3, replace=False)
    slots_h = rng.choice(SEND_HOURS, size=3, replace=False)
    sl = rng.integers(0, 3, size=m)
    send_day = day0 + slots_d[sl]
    hour = slots_h[sl].astype(float)
    sent = send_day + (hour + rng.random(m) * 0.5) / 24
    dow = (
        (np.datetime64(cd.start.isoformat(), "D") + slots_d[sl].astype("timedelta64[D]"))
        .astype("datetime64[D]")
        .astype(np.int64)
    )
    dow = (dow + 3) % 7  # 1970-01-01 was a Thursday -> Monday = 0
    slot_eff = np.array(DOW_EFFECT[cd.channel])[dow] * hour_effect(cd.channel, hour)
    alive = np.where(sent < s.churn[who], 1.0, 0.3)
    a_cat = s.aff[who, cix] if cix is not None else s.aff[who].max(axis=1)
    eng = alive * (0.55 + 0.9 * s.irank[who]) * (0.6 + 0.6 * np.minimum(a_cat, 1.2))
    if cd.audience == "lapsed":
        eng = eng * 1.4  # win-back offer
    delivered = rng.random(m) < float(f["deliver"] or 0)
    open_p = f["open"]
    if open_p is not None:
        opened = delivered & (rng.random(m) < np.minimum(0.95, open_p * slot_eff * eng))
        clicked = opened & (rng.random(m) < np.minimum(0.9, float(f["click"] or 0) * eng))
    else:
        opened = np.zeros(m, dtype=bool)
        clicked = delivered & (rng.random(m) < np.minimum(0.9, float(f["click"] or 0) * slot_eff * eng))
    converted = clicked & (rng.random(m) < np.minimum(0.9, float(f["convert"] or 0) * slot_eff * eng))
    unsub = delivered & (rng.random(m) < float(f["unsub"] or 0))
    deliv_t = sent + rng.uniform(1, 120, m) / 86400
    open_t = deliv_t + rng.exponential(3.0, m) / 24
    click_base = open_t if open_p is not None else deliv_t
    click_t = click_base + rng.uniform(0.2, 30, m) / 1440
    conv_time = click_t + np.minimum(rng.exponential(0.6, m), 7.0)
    converted &= conv_time < float(WINDOW_DAYS)
    if cd.channel in s.consent:
        s.consent[cd.channel][who[unsub]] = False
    return {
        "campaign": np.full(m, cd.campaign_id, dtype=object),
        "c": who,
        "channel": np.full(m, cd.channel),
        "sent": sent,
        "delivered": np.where(delivered, deliv_t, np.nan),
        "opened": np.where(opened, open_t, np.nan),
        "clicked": np.where(clicked, click_t, np.nan),
        "converted": np.where(converted, conv_time, np.nan),
        "unsub": unsub,
    }


def campaigns_frame(sends: dict[str, int]) -> pd.DataFrame:
    """The ``campaigns`` table; ``sends`` (campaign id -> number of touches) sets each cost."""
    rows = []
    for cd in campaign_defs():
        f = FUNNEL[cd.channel]
        m = sends.get(cd.campaign_id, 0)
        rows.append(
            {
                "campaign_id": cd.campaign_id,
                "name": cd.name,
                "channel": cd.channel,
                "start_date": cd.start,
                "category": cd.category,
                "cost": round(float(f["fixed"] or 0) + float(f["per_send"] or 0) * m, 2),
            }
        )
    return pd.DataFrame(rows)
