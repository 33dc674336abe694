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

Randomised holdouts and true effects (SYNTHETIC, for uplift modelling; :data:`RANDOMISED_AUDIENCES`):

* a campaign whose audience rule is a coin flip independent of the customer -- ``all`` (each eligible
  customer sent with probability 0.92) and ``reach`` (paid social, 0.3) -- has a randomised holdout: the
  eligible customers the coin left out. They are recorded with the sent ones in
  :attr:`CampaignOutcome.arms` (``treated`` / ``holdout``). No extra random draw is made for this, so
  every other table is exactly what it was before holdouts were recorded. (``affinity`` campaigns pick
  with a probability that depends on the customer, ``lapsed`` and ``active`` ones by rule: no holdout.)
* each recorded customer's *true effect* is the expected number of orders the campaign adds for them
  if sent: in this demo a campaign's conversions are orders on top of the customer's own buying, so the
  effect is the funnel's probability ``deliver x open x click x convert`` (or ``deliver x click x
  convert`` without opens) at their engagement -- alive or churned, intensity rank, affinity for the
  campaign's category, the win-back boost -- averaged over the campaign's three send slots. It differs
  by customer and is known exactly, so benchmarks can score an uplift ranking without outcome noise.
  Computed without random draws; the holdout's effect is what they would have got.
* optional persuasion (``persuasion`` > 0; off in the demo workspace, see
  ``copilot.data.demo_generate.GenParams``): a treated customer of a randomised campaign whose message was
  delivered may also be *persuaded* to place one more order within :data:`PERSUADED_DAYS` days, with
  probability ``persuasion x PERSUASION_BASE[channel] x h``, where ``h`` is :data:`PERSUADABILITY` by days
  since their last order before the campaign (recent buyers would buy anyway: 0.3; lapsing, 60-365 days:
  1.5; longer or never: 0.5) -- an effect that differs from how likely they are to buy. Drawn from its own
  random stream ``(seed, chunk, 1515)``; the orders join the base orders (so, when on, the later tables
  differ). Their probability is added to the true effect.
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
ARM_KEYS = ("campaign", "c", "treated", "effect")
CAMPAIGN_ARMS_FILE = "campaign_arms.parquet"
"""Beside the demo workspace's database: the randomised campaigns' customers, one row per campaign and
customer -- ``campaign_id``, ``customer_id``, ``arm`` (treated / holdout) and ``true_effect`` (SYNTHETIC
truth for benchmarks; the uplift model learns from the arms and the orders only)."""
RANDOMISED_AUDIENCES = ("all", "reach")
PERSUASION_BASE = {"email": 0.04, "sms": 0.05, "push": 0.03, "paid_social": 0.02}
PERSUADABILITY = ((60.0, 0.3), (365.0, 1.5), (float("inf"), 0.5))
"""(days since the last order up to, multiplier) of the optional persuasion effect."""
PERSUADED_DAYS = 10
"""Audience rules that are a coin flip independent of the customer: their left-out eligible customers
are a randomised holdout."""


@dataclass
class CampaignOutcome:
    """What the campaigns did: touch columns (customer index ``c``, day-number timestamps, NaN where
    a step did not happen) and, per conversion, its customer, time, category and touch row."""

    touches: dict[str, np.ndarray]
    conv_c: np.ndarray
    conv_t: np.ndarray
    conv_k: np.ndarray
    conv_touch: np.ndarray
    arms: dict[str, np.ndarray] | None = None
    """Randomised campaigns' treated and holdout customers with their true effect (:data:`ARM_KEYS`)."""
    persuaded: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    """Orders of the optional persuasion effect: customer index, category, day number (empty when off)."""


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
    persuasion: float = 0.0,
    persuasion_rng: np.random.Generator | None = None,
) -> CampaignOutcome:
    """Play every campaign against the customers (``consent`` is changed in place by unsubscribes);
    ``o_c``/``o_t`` are the base orders (customer index, day number) before any campaign. ``persuasion``
    > 0 adds the optional persuasion effect, drawn from ``persuasion_rng`` (see the module docstring)."""
    base_order = np.lexsort((o_t, o_c))
    state = _Audience(signup_day, consent, churn, irank, aff, o_c[base_order], o_t[base_order])
    conv_c: list[np.ndarray] = []
    conv_t: list[np.ndarray] = []
    conv_k: list[np.ndarray] = []
    conv_touch: list[np.ndarray] = []
    parts: list[dict[str, np.ndarray]] = []
    arm_parts: list[dict[str, np.ndarray]] = []
    extra: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    n_touch = 0
    for cd in campaign_defs():
        who, held = _pick_audience(rng, cd, state)
        if who.size == 0:
            continue
        touch, effect = _send(rng, cd, who, state, held)
        if cd.audience in RANDOMISED_AUDIENCES:
            both = np.concatenate([who, held])
            if persuasion > 0 and persuasion_rng is not None:
                p_extra = persuasion * PERSUASION_BASE.get(cd.channel, 0.0) * _persuadability(cd, both, state)
                effect = effect + float(FUNNEL[cd.channel]["deliver"] or 0) * p_extra
                got = ~np.isnan(touch["delivered"]) & (persuasion_rng.random(who.size) < p_extra[: who.size])
                extra.append(_persuaded_orders(persuasion_rng, cd, who[got], state))
            arm_parts.append(
                {
                    "campaign": np.full(both.size, cd.campaign_id, dtype=object),
                    "c": both,
                    "treated": np.concatenate([np.ones(who.size, bool), np.zeros(held.size, bool)]),
                    "effect": effect,
                }
            )
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
        persuaded=tuple(np.concatenate([e[i] for e in extra]) for i in range(3)) if extra else None,  # type: ignore[arg-type]
        arms={k: np.concatenate([d[k] for d in arm_parts]) for k in ARM_KEYS}
        if arm_parts
        else {
            "campaign": np.zeros(0, object),
            "c": np.zeros(0, np.int64),
            "treated": np.zeros(0, bool),
            "effect": np.zeros(0),
        },
    )


def _pick_audience(rng: np.random.Generator, cd: CampaignDef, s: _Audience) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the customers ``cd`` reaches -- eligible (signed up, consented) and picked by its rule --
    and of its randomised holdout: the eligible customers a coin-flip rule (:data:`RANDOMISED_AUDIENCES`)
    left out (empty for the other rules)."""
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
    held = np.zeros(n, dtype=bool)
    if cd.audience == "all":
        coin = rng.random(n) < 0.92
        pick, held = eligible & coin, eligible & ~coin
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
        coin = rng.random(n) < 0.3
        pick, held = eligible & coin, eligible & ~coin
    return np.flatnonzero(pick), np.flatnonzero(held)


def _persuadability(cd: CampaignDef, idx: np.ndarray, s: _Audience) -> np.ndarray:
    """:data:`PERSUADABILITY` of customers ``idx`` by days since their last base order before ``cd``."""
    day0 = float((cd.start - START).days)
    W = float(WINDOW_DAYS)
    pos = np.searchsorted(s.order_c * (4 * W) + s.order_t, idx * (4 * W) + day0)
    first = np.searchsorted(s.order_c, idx)
    last_t = np.where(pos > first, s.order_t[np.maximum(pos - 1, 0)], -1e9)
    gap = day0 - last_t
    return np.select([gap <= d for d, _ in PERSUADABILITY], [m for _, m in PERSUADABILITY], 0.5)


def _persuaded_orders(
    rng: np.random.Generator, cd: CampaignDef, who: np.ndarray, s: _Audience
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One order each for the persuaded customers ``who``: a uniform day of the first
    :data:`PERSUADED_DAYS`, the campaign's category (75%) or one they like."""
    day0 = float((cd.start - START).days)
    t = day0 + rng.random(who.size) * PERSUADED_DAYS
    cix = campaign_category(cd)
    by_aff = sample_rows(rng, s.aff[who] + 1e-9, np.arange(who.size))
    k = np.where(rng.random(who.size) < 0.75, cix, by_aff) if cix is not None else by_aff
    return who, np.asarray(k, dtype=np.int64), t


def _engagement(cd: CampaignDef, idx: np.ndarray, sent: np.ndarray, s: _Audience) -> np.ndarray:
    """How engaged customers ``idx`` are with ``cd`` when it is sent to them at ``sent``."""
    cix = campaign_category(cd)
    alive = np.where(sent < s.churn[idx], 1.0, 0.3)
    a_cat = s.aff[idx, cix] if cix is not None else s.aff[idx].max(axis=1)
    eng = alive * (0.55 + 0.9 * s.irank[idx]) * (0.6 + 0.6 * np.minimum(a_cat, 1.2))
    if cd.audience == "lapsed":
        eng = eng * 1.4  # win-back offer
    return eng


def _conversion_p(channel: str, slot_eff: np.ndarray, eng: np.ndarray) -> np.ndarray:
    """The funnel's probability that a touch converts: the product of the draws in :func:`_send`."""
    f = FUNNEL[channel]
    deliver = float(f["deliver"] or 0)
    open_p = f["open"]
    convert = np.minimum(0.9, float(f["convert"] or 0) * slot_eff * eng)
    if open_p is not None:
        return (
            deliver
            * np.minimum(0.95, open_p * slot_eff * eng)
            * np.minimum(0.9, float(f["click"] or 0) * eng)
            * convert
        )
    return deliver * np.minimum(0.9, float(f["click"] or 0) * slot_eff * eng) * convert


def _slot_effect(cd: CampaignDef, slots_d: np.ndarray, hour: np.ndarray) -> np.ndarray:
    dow = (
        (np.datetime64(cd.start.isoformat(), "D") + slots_d.astype("timedelta64[D]"))
        .astype("datetime64[D]")
        .astype(np.int64)
    )
    dow = (dow + 3) % 7  # 1970-01-01 was a Thursday -> Monday = 0
    return np.asarray(np.array(DOW_EFFECT[cd.channel])[dow] * hour_effect(cd.channel, hour), dtype=float)


def true_effect(
    cd: CampaignDef, idx: np.ndarray, slots_d: np.ndarray, slots_h: np.ndarray, s: _Audience
) -> np.ndarray:
    """Each customer's expected conversions from being sent ``cd`` (no random draw): the funnel's
    probability averaged over the campaign's send slots, at the middle of the send's half-hour."""
    day0 = float((cd.start - START).days)
    out = np.zeros(idx.size)
    for d, h in zip(slots_d, slots_h, strict=True):
        sent = np.full(idx.size, day0 + d + (float(h) + 0.25) / 24)
        slot = _slot_effect(cd, np.full(idx.size, d), np.full(idx.size, float(h)))
        out += _conversion_p(cd.channel, slot, _engagement(cd, idx, sent, s))
    return out / len(slots_d)


def _send(
    rng: np.random.Generator, cd: CampaignDef, who: np.ndarray, s: _Audience, held: np.ndarray
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """One campaign's touches to ``who``: send slot, funnel draws and their times; unsubscribes
    switch consent off. Also the true effect (:func:`true_effect`) of ``who`` then ``held``."""
    m = who.size
    day0 = float((cd.start - START).days)
    f = FUNNEL[cd.channel]
    slots_d = rng.choice(7, size=3, replace=False)
    slots_h = rng.choice(SEND_HOURS, size=3, replace=False)
    sl = rng.integers(0, 3, size=m)
    send_day = day0 + slots_d[sl]
    hour = slots_h[sl].astype(float)
    sent = send_day + (hour + rng.random(m) * 0.5) / 24
    slot_eff = _slot_effect(cd, slots_d[sl], hour)
    eng = _engagement(cd, who, sent, s)
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
    effect = true_effect(cd, np.concatenate([who, held]), slots_d, slots_h, s)
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
    }, effect


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
