"""The demo generator: the brand's facts (``copilot.data.demo_brand``) turned into table rows.

:func:`generate_tables` builds customers, orders, order lines, touches and reviews for one chunk of
customers, in named steps that each draw from the one random stream in a fixed order (so the same
seed gives identical tables):

1. :func:`copilot.data.demo_customers.draw_customers` -- persona, buying intensity and price tier,
   sign-up and first-activity days, churn, consent, region, age band and name;
2. :func:`_base_orders` -- per-category renewal processes (gamma gaps warped by the season) plus
   the acquisition order on sign-up;
3. :func:`copilot.data.demo_campaigns.simulate_campaigns` -- touches, and the orders they convert
   (and, without further draws, the randomised campaigns' holdouts and each customer's true effect);
4. :func:`_all_orders` -- every order with its time of day, sorted, with ids;
5. :func:`_order_lines` -- anchor and add-on lines, quantities, discounts and amounts;
6. :func:`copilot.data.demo_reviews.compose_reviews` -- reviews for some lines;
7. :func:`_frames` -- the DataFrames in the data contract's columns.

The catalogue as arrays (``copilot.data.demo_products``) and the seasonal demand matrix
(``demo_brand.season_matrix``) are seed-independent. ``products`` and ``campaigns`` are global
tables (``demo_products.products_frame``, ``demo_campaigns.campaigns_frame``);
``copilot.data.synth_large`` calls the generator chunk by chunk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from copilot.data.catalog import CATEGORIES
from copilot.data.demo_brand import (
    AFFINITY,
    AGE_BANDS,
    BREADTH,
    CADENCE_EXP,
    CAT_INDEX,
    COMPLEMENTS,
    N_CAT,
    RATE,
    REGIONS,
    SHOP_HOURS,
    START64,
    WINDOW_DAYS,
    sample_rows,
    season_matrix,
)
from copilot.data.demo_campaigns import CampaignOutcome, simulate_campaigns
from copilot.data.demo_customers import Customers, draw_customers
from copilot.data.demo_products import ProductArrays, pick_products, product_arrays
from copilot.data.demo_reviews import compose_reviews

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class GenParams:
    """Knobs of the synthetic generator. ``order_rate`` scales every customer's purchase rate."""

    seed: int = 7
    order_rate: float = 1.0
    review_rate: float = 0.075
    id_width: int = 6
    persuasion: float = 0.0
    """Scale of the optional persuasion effect of randomised campaigns (``copilot.data.demo_campaigns``;
    0 = off, the demo workspace's default: when on, it adds orders and the later tables change)."""


@dataclass
class _Orders:
    """Orders sorted by time (customer index ``c``, anchor category ``k``, day number ``t``, source
    0 base / 1 acquisition / 2 campaign), with ``inv`` mapping pre-sort position to sorted row."""

    c: np.ndarray
    k: np.ndarray
    t: np.ndarray
    src: np.ndarray
    inv: np.ndarray
    ids: np.ndarray


@dataclass
class _Lines:
    o: np.ndarray  # order row per line
    prod: np.ndarray
    line_no: np.ndarray
    qty: np.ndarray
    amount: np.ndarray
    order_amount: np.ndarray


def generate_tables(
    n_customers: int,
    *,
    params: GenParams | None = None,
    chunk: int = 0,
    first_customer: int = 1,
    first_order: int = 1,
    first_review: int = 1,
    progress: Progress | None = None,
) -> dict[str, pd.DataFrame]:
    """Generate customers, orders, order_lines, touches and reviews for one chunk of customers.

    ``campaigns`` and ``products`` are global (see ``campaigns_frame``, ``products_frame``);
    touches carry the campaign ids. Chunks use independent random streams ``(seed, chunk)``, and
    id offsets so ids stay unique across chunks.
    """
    p = params or GenParams()
    rng = np.random.default_rng([p.seed, chunk])
    cat = product_arrays()
    season = season_matrix()
    prog = progress or (lambda _s, _f: None)

    prog("customers", 0.0)
    cust = draw_customers(rng, n_customers, season, p.id_width, first_customer)
    prog("orders", 0.1)
    o_c, o_k, o_t, o_src = _base_orders(rng, cust, season, p)
    prog("campaigns", 0.35)
    outcome = simulate_campaigns(
        rng,
        signup_day=cust.signup_day,
        consent=cust.consent,
        churn=cust.churn,
        irank=cust.irank,
        aff=cust.aff,
        o_c=o_c,
        o_t=o_t,
        persuasion=p.persuasion,
        persuasion_rng=np.random.default_rng([p.seed, chunk, 1515]) if p.persuasion > 0 else None,
    )
    if outcome.persuaded is not None:  # persuaded orders join the base orders (source 0)
        pc, pk, pt = outcome.persuaded
        o_c, o_k, o_t = np.concatenate([o_c, pc]), np.concatenate([o_k, pk]), np.concatenate([o_t, pt])
        o_src = np.concatenate([o_src, np.zeros(pc.size, dtype=o_src.dtype)])
    prog("order lines", 0.55)
    orders = _all_orders(rng, (o_c, o_k, o_t, o_src), outcome, first_order)
    lines = _order_lines(rng, cust, orders, cat)

    prog("reviews", 0.75)
    rev_day = np.floor(orders.t[lines.o]) + 5 + rng.gamma(2.0, 8.0, size=lines.o.size)
    has_rev = (rng.random(lines.o.size) < p.review_rate * (1 + 0.5 * (cat.price[lines.prod] > 100))) & (
        rev_day < float(WINDOW_DAYS)
    )
    rv = np.flatnonzero(has_rev)
    reviews = compose_reviews(
        rng,
        prod=lines.prod[rv],
        product_category=cat.cat,
        theme_q=cat.theme_q,
        product_ids=cat.ids,
        customer_ids=cust.cust_id[orders.c[lines.o[rv]]],
        day=rev_day[rv],
        first_review=first_review,
    )

    prog("tables", 0.9)
    tables = _frames(cust, orders, lines, outcome, cat)
    prog("tables", 1.0)
    return {**tables, "reviews": reviews, "campaign_arms": _arms_frame(cust, outcome)}


def _arms_frame(cust: Customers, outcome: CampaignOutcome) -> pd.DataFrame:
    """The randomised campaigns' treated and holdout customers with their SYNTHETIC true effect (not a
    contract table: see :data:`copilot.data.demo.CAMPAIGN_ARMS_FILE`)."""
    a = outcome.arms or {}
    c = np.asarray(a.get("c", np.zeros(0)), dtype=np.int64)
    return pd.DataFrame(
        {
            "campaign_id": np.asarray(a.get("campaign", np.zeros(0)), dtype=object),
            "customer_id": cust.cust_id[c].astype(object),
            "arm": np.where(
                np.asarray(a.get("treated", np.zeros(0)), dtype=bool), "treated", "holdout"
            ).astype(object),
            "true_effect": np.round(np.asarray(a.get("effect", np.zeros(0)), dtype=float), 6),
        }
    )


def _base_orders(
    rng: np.random.Generator, cust: Customers, season: np.ndarray, p: GenParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Step 2: per-category renewal processes and acquisition orders -> (customer, category, day,
    source) per order. Sets ``cust.aff``."""
    n = cust.persona.size
    W = float(WINDOW_DAYS)
    # Heavy buyers buy faster (dampened) and more broadly (categories outside their persona).
    breadth = BREADTH * np.clip(cust.intensity - 1.0, 0.0, None)
    base_aff = AFFINITY[cust.persona]
    aff = base_aff * (0.6 + 0.8 * rng.random((n, N_CAT))) + np.where(base_aff == 0, breadth[:, None], 0.0)
    cust.aff = aff
    pc, pk = np.nonzero(aff > 0)
    rep = np.array([c.repurchase_days for c in CATEGORIES], dtype=float)
    speed = np.clip(cust.intensity, 0.2, None) ** CADENCE_EXP * RATE * p.order_rate
    mean_int = rep[pk] / (speed[pc] * aff[pc, pk])
    t = cust.act[pc] + (0.1 + rng.random(pc.size)) * mean_int
    t_end = cust.end[pc]
    ev_c: list[np.ndarray] = []
    ev_k: list[np.ndarray] = []
    ev_t: list[np.ndarray] = []
    idx = np.flatnonzero(t < t_end)
    while idx.size:
        ev_c.append(pc[idx])
        ev_k.append(pk[idx])
        ev_t.append(t[idx])
        s = season[pk[idx], np.clip(t[idx], 0, season.shape[1] - 1).astype(np.int64)]
        t[idx] += rng.gamma(4.0, mean_int[idx] / 4.0) / s
        idx = idx[t[idx] < t_end[idx]]
    # acquisition orders: the first order on (or soon after) sign-up, category by affinity x season
    acq = np.flatnonzero((~cust.never) & (cust.act < cust.end))
    a_day = np.clip(cust.act[acq], 0, W - 1e-6)
    a_w = aff[acq] * season[:, a_day.astype(np.int64)].T
    a_k = sample_rows(rng, a_w, np.arange(acq.size))
    o_c = np.concatenate([*ev_c, acq])
    o_k = np.concatenate([*ev_k, a_k])
    o_t = np.concatenate([*ev_t, a_day])
    o_src = np.concatenate([np.zeros(sum(a.size for a in ev_c), dtype=np.int64), np.ones(acq.size, np.int64)])
    return o_c, o_k, o_t, o_src


def _all_orders(
    rng: np.random.Generator,
    base: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    outcome: CampaignOutcome,
    first_order: int,
) -> _Orders:
    """Step 4: base and acquisition orders get a shopping hour, conversions keep theirs; all sorted."""
    o_c, o_k, o_t, o_src = base
    cc = outcome.conv_c
    o_c = np.concatenate([o_c, cc])
    o_k = np.concatenate([o_k, outcome.conv_k])
    o_src = np.concatenate([o_src, np.full(cc.size, 2)])
    hours = rng.choice(24, size=o_t.size, p=SHOP_HOURS / SHOP_HOURS.sum())
    secs = hours * 3600 + rng.integers(0, 3600, o_t.size)
    o_t = np.floor(o_t) + secs / 86400
    o_t = np.concatenate([o_t, outcome.conv_t])
    o_t = np.round(o_t * 86400) / 86400
    order = np.lexsort((o_c, o_t))
    inv = np.empty_like(order)
    inv[order] = np.arange(order.size)
    ids = np.char.add("O", np.char.zfill(np.arange(first_order, first_order + order.size).astype(str), 8))
    return _Orders(c=o_c[order], k=o_k[order], t=o_t[order], src=o_src[order], inv=inv, ids=ids)


def _order_lines(rng: np.random.Generator, cust: Customers, orders: _Orders, cat: ProductArrays) -> _Lines:
    """Step 5: the anchor category plus add-ons (complements or the customer's affinities), products,
    quantities, and discounts (Black Friday week, January and July clearance, campaign offers)."""
    n = cust.persona.size
    n_orders = orders.c.size
    basket = rng.lognormal(-1.2, 0.6, size=n) * (0.7 + 0.6 * cust.irank)
    n_add = np.minimum(rng.poisson(basket[orders.c]), 3)
    l_o = np.concatenate([np.arange(n_orders), np.repeat(np.arange(n_orders), n_add)])
    comp = np.zeros((N_CAT, N_CAT))
    for s_, cs in COMPLEMENTS.items():
        for c2 in cs:
            comp[CAT_INDEX[s_], CAT_INDEX[c2]] = 1.0
    add_o = l_o[n_orders:]
    use_comp = rng.random(add_o.size) < 0.55
    add_k = np.where(
        use_comp,
        sample_rows(rng, comp, orders.k[add_o]),
        sample_rows(rng, cust.aff[orders.c[add_o]] + 1e-9, np.arange(add_o.size)),
    )
    l_k = np.concatenate([orders.k, add_k])
    l_c = orders.c[l_o]
    l_prod = pick_products(rng, l_k, cust.tier[l_c], cust.gender[l_c], np.floor(orders.t[l_o]), cat)
    lines = pd.DataFrame({"o": l_o, "prod": l_prod, "k": l_k})
    lines = lines.drop_duplicates(["o", "prod"]).sort_values(["o"], kind="stable")
    l_o = lines["o"].to_numpy()
    l_prod = lines["prod"].to_numpy()
    l_k = lines["k"].to_numpy()
    line_no = lines.groupby("o").cumcount().to_numpy() + 1
    qty = np.ones(l_o.size, dtype=np.int64)
    multi = np.isin(l_k, [CAT_INDEX["socks"], CAT_INDEX["accessories"]])
    qty[multi] = rng.choice([1, 2, 3], size=int(multi.sum()), p=[0.6, 0.3, 0.1])
    qty[~multi & (rng.random(l_o.size) < 0.02)] = 2
    day = np.floor(orders.t).astype(np.int64)
    dates = START64.astype("datetime64[D]") + day
    month = dates.astype("datetime64[M]").astype(int) % 12 + 1
    dom = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    bf = ((month == 11) & (dom >= 24)) | ((month == 12) & (dom <= 2))
    disc = np.zeros(n_orders)
    r = rng.random(n_orders)
    disc[bf & (r < 0.6)] = 0.2
    disc[np.isin(month, [1, 7]) & (r < 0.3)] = 0.15
    disc[orders.src == 2] = np.maximum(disc[orders.src == 2], 0.1)
    l_amount = np.round(cat.price[l_prod] * qty * (1 - disc[l_o]), 2)
    o_amount = np.round(np.bincount(l_o, weights=l_amount, minlength=n_orders), 2)
    return _Lines(o=l_o, prod=l_prod, line_no=line_no, qty=qty, amount=l_amount, order_amount=o_amount)


def _to_ts(days: np.ndarray) -> np.ndarray:
    return START64 + np.round(days * 86400).astype("int64").astype("timedelta64[s]")


def _ts_or_null(x: np.ndarray) -> pd.Series:
    ok = ~np.isnan(x)
    s = np.full(x.shape, np.datetime64("NaT"), dtype="datetime64[s]")
    s[ok] = _to_ts(x[ok])
    return pd.Series(s)


def _frames(
    cust: Customers, orders: _Orders, lines: _Lines, outcome: CampaignOutcome, cat: ProductArrays
) -> dict[str, pd.DataFrame]:
    """Step 7: customers, orders, order_lines and touches in the data contract's columns."""
    cust_id = cust.cust_id
    signup_dates = (START64.astype("datetime64[D]") + np.floor(cust.signup_day).astype(np.int64)).astype(
        "datetime64[s]"
    )
    customers = pd.DataFrame(
        {
            "customer_id": cust_id.astype(object),
            "signup_date": pd.to_datetime(signup_dates).date,
            "region": np.array(REGIONS, dtype=object)[cust.region],
            "age_band": np.array(AGE_BANDS, dtype=object)[cust.age],
            "consent_email": cust.consent["email"],
            "consent_sms": cust.consent["sms"],
            "consent_push": cust.consent["push"],
            "email": np.char.add(np.char.lower(cust_id), "@example.com").astype(object),
            "phone": np.char.add("+1555", np.char.zfill(cust.cnum.astype(str), 7)).astype(object),
            "first_name": cust.first_name.astype(object),
        }
    )
    order_frame = pd.DataFrame(
        {
            "order_id": orders.ids.astype(object),
            "customer_id": cust_id[orders.c].astype(object),
            "order_ts": _to_ts(orders.t),
            "amount": lines.order_amount,
        }
    )
    order_lines = pd.DataFrame(
        {
            "order_id": orders.ids[lines.o].astype(object),
            "line_no": lines.line_no.astype(np.int64),
            "product_id": cat.ids[lines.prod],
            "quantity": lines.qty,
            "amount": lines.amount,
        }
    )
    tp = outcome.touches
    n_orders = orders.c.size
    revenue = np.zeros(tp["c"].size)
    conv_rows = outcome.conv_touch
    # conversions were appended last before sorting: inv maps them to their sorted order rows
    conv_orders = (
        orders.inv[n_orders - conv_rows.size + np.arange(conv_rows.size)] if conv_rows.size else conv_rows
    )
    revenue[conv_rows] = lines.order_amount[conv_orders]
    touches = pd.DataFrame(
        {
            "campaign_id": tp["campaign"].astype(object),
            "customer_id": cust_id[tp["c"].astype(np.int64)].astype(object),
            "channel": tp["channel"].astype(object),
            "sent_ts": _to_ts(tp["sent"]),
            "delivered_ts": _ts_or_null(tp["delivered"]),
            "opened_ts": _ts_or_null(tp["opened"]),
            "clicked_ts": _ts_or_null(tp["clicked"]),
            "converted_ts": _ts_or_null(tp["converted"]),
            "revenue": revenue,
            "unsubscribed": tp["unsub"].astype(bool),
        }
    )
    return {"customers": customers, "orders": order_frame, "order_lines": order_lines, "touches": touches}
