"""The demo brand's customers: persona, buying intensity, tenure, consent and contact details.

Step 1 of the generator (``copilot.data.demo_generate``): every later step reads these arrays
(affinities are added by the purchase step). Split out because who the customers are -- a persona
that drives category affinities, a gamma-distributed intensity that makes spend Pareto-shaped,
sign-up, first order and churn days, consent that correlates with engagement -- is the part of the
demo people tune most, and reads best without the order and line code around it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from copilot.data.demo_brand import (
    AGE_P,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    N_CAT,
    PERSONA_SHARE,
    PERSONAS,
    REGION_P,
    WINDOW_DAYS,
    sample_rows,
)


@dataclass
class Customers:
    """One chunk's customers as arrays (index = position in the chunk); days count from START."""

    persona: np.ndarray
    gender: np.ndarray  # 1 = women
    intensity: np.ndarray
    irank: np.ndarray  # intensity rank in [0, 1]
    tier: np.ndarray
    signup_day: np.ndarray
    never: np.ndarray  # sign-ups who never buy
    act: np.ndarray  # first activity (first order) day
    churn: np.ndarray
    end: np.ndarray  # last day the customer can buy (-1: never)
    consent: dict[str, np.ndarray]
    region: np.ndarray
    age: np.ndarray
    first_name: np.ndarray
    cnum: np.ndarray
    cust_id: np.ndarray
    aff: np.ndarray  # per customer and category (set by _base_orders)


def draw_customers(
    rng: np.random.Generator, n: int, season: np.ndarray, id_width: int, first_customer: int
) -> Customers:
    """Who the customers are, when they arrive and leave, and what they consent to (``id_width``: digits
    in customer ids; ids start at ``first_customer``)."""
    W = float(WINDOW_DAYS)
    persona = rng.choice(len(PERSONAS), size=n, p=PERSONA_SHARE)
    gender = (rng.random(n) < np.where(persona <= 1, 0.48, 0.45)).astype(np.int64)  # 1 = women
    intensity = np.minimum(rng.gamma(0.75, 1 / 0.75, size=n), 7.0)
    irank = intensity.argsort().argsort() / max(n - 1, 1)
    u = rng.random(n)
    tier = np.where(u < 0.38 - 0.25 * irank, 0, np.where(u < 0.8 - 0.1 * irank, 1, 2))
    existing = rng.random(n) < 0.3
    growth = (1 + 0.6 * np.arange(WINDOW_DAYS) / W) * season[:, :WINDOW_DAYS].mean(axis=0) ** 0.6
    g = growth[: WINDOW_DAYS - 7]
    signup_day = rng.choice(WINDOW_DAYS - 7, size=n, p=g / g.sum()).astype(float) + rng.random(n) * 0.99
    pre_days = rng.integers(30, 1300, size=n)
    signup_day = np.where(existing, -pre_days, signup_day)
    kind = rng.random(n)
    never = (~existing) & (kind < 0.05)  # newsletter sign-ups who never buy
    later = (~existing) & (kind >= 0.05) & (kind < 0.2)  # sign up, first order later
    act = np.where(existing, rng.uniform(0, 75, size=n), signup_day)
    act = np.where(later, signup_day + rng.exponential(45, size=n), act)
    # churn: short-lived, medium-lived and loyal customers; then a lapsed high-value trail cohort
    life_kind = rng.random(n)
    life_mean = np.where(life_kind < 0.33, 110.0, np.where(life_kind < 0.72, 420.0, 1e9))
    churn = act + rng.exponential(life_mean)
    hv_trail = (persona == 0) & (irank > 0.6) & (rng.random(n) < 0.4) & (act < W - 420)
    churn = np.where(hv_trail, rng.uniform(W - 420, W - 150, size=n), churn)
    end = np.where(never, -1.0, np.minimum(churn, W))

    z = rng.normal(size=n) + 0.6 * irank
    c_email = z > -0.25
    c_sms = rng.random(n) < np.where(c_email, 0.45, 0.12)
    c_push = rng.random(n) < np.where(c_sms, 0.45, np.where(c_email, 0.2, 0.08))
    region = sample_rows(rng, REGION_P, persona)
    age = sample_rows(rng, AGE_P, persona)
    names_f, names_m = np.array(FIRST_NAMES_F), np.array(FIRST_NAMES_M)
    first_name = np.where(
        gender == 1, names_f[rng.integers(0, len(names_f), n)], names_m[rng.integers(0, len(names_m), n)]
    )
    cnum = np.arange(first_customer, first_customer + n)
    cust_id = np.char.add("C", np.char.zfill(cnum.astype(str), id_width))
    return Customers(
        persona=persona,
        gender=gender,
        intensity=intensity,
        irank=irank,
        tier=tier,
        signup_day=signup_day,
        never=never,
        act=act,
        churn=churn,
        end=end,
        consent={"email": c_email.copy(), "sms": c_sms.copy(), "push": c_push.copy()},
        region=region,
        age=age,
        first_name=first_name,
        cnum=cnum,
        cust_id=cust_id,
        aff=np.zeros((n, N_CAT)),
    )
