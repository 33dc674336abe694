"""Synthetic results of an approved demo plan, from a known true effect, so the loop runs offline.

SYNTHETIC: nothing here is a real customer's behaviour. Given the plan's frozen assignment, the
simulator writes the files a brand would import after a campaign (``campaigns.csv``,
``touches.csv``, ``orders.csv``) for the outcome window (start to end plus the attribution days):

* every customer of the workspace has a baseline probability of ordering in the window,
  ``p0 = 1 - exp(-rate x days)`` with ``rate`` their orders per day over the 180 days before the start
  (floored at 0.3 orders a year, capped at p0 = 0.6), whatever their arm: the window's orders of the
  whole brand, not only the audience's;
* a treated customer's probability is ``p0 + h x sum over their channels of effect[channel][variant]``
  (absolute points): ``effect`` is the *true effect per arm*, ``h`` the customer's persuadability, so
  effects differ by customer: :data:`PERSUADABILITY` by days since their last order before the start
  (recent buyers would mostly buy anyway, 0.4; 60-365 days, 1.3; longer or never, 0.8). The holdout
  keeps ``p0``. The true lift is therefore ``mean over the audience of h x sum_c reach_c x
  (effect[c][A] + effect[c][B]) / 2`` -- the expected treated-minus-holdout difference under the plan's
  random assignment -- and ``uplift`` in ``truth`` is each customer's expected effect;
* a converter places one order on a uniform day of the window, its amount lognormal around their own
  past average order value (the brand's average if they have none);
* treated customers get one touch per channel (sent at the first scheduled send, delivered 97%);
  a converter the campaign persuaded (drawn between ``p0`` and ``p1``) clicks with probability 0.9, one
  who would have bought anyway 0.3 and a non-converter 0.04; a treated converter's order is attributed
  to the first channel they clicked on (``converted_ts``, ``revenue``), so attributed conversions
  overstate the incremental ones, as last-click attribution does;
* each channel's campaign row costs its sends times the plan's forecast cost per send.

Effects default to a seeded draw (:func:`default_effects`); the truth is written beside the files.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.fsutil import atomic_write_text
from copilot.workspace import Workspace

SIM_PREFIX = "SIM"
PERSUADABILITY = ((60, 0.4), (365, 1.3), (10**9, 0.8))
"""(days since the last order up to, multiplier): a customer's persuadability by recency."""
HISTORY_DAYS = 180


class TrueEffects(BaseModel):
    """Absolute conversion-probability points added by each channel's variant to a treated customer."""

    effects: dict[str, dict[str, float]] = Field(description="channel -> {'A': points, 'B': points}")
    seed: int


class SimTruth(BaseModel):
    """What the simulator knows and the read-out must find."""

    plan_id: str
    seed: int
    effects: dict[str, dict[str, float]]
    true_lift: float = Field(description="Expected treated-minus-holdout conversion-rate difference.")
    true_lift_by_channel: dict[str, float] = Field(default_factory=dict)
    true_ab: dict[str, float] = Field(default_factory=dict, description="effect A - effect B per channel.")
    uplift: dict[str, float] = Field(default_factory=dict, description="Each audience member's expected effect.")
    files: list[str] = Field(default_factory=list)


def default_effects(channels: list[str], seed: int) -> TrueEffects:
    """A seeded draw: each channel's variant A adds 1-4 points; B is A times 0.5-1.6."""
    rng = np.random.default_rng([seed, 1515])
    out: dict[str, dict[str, float]] = {}
    for ch in channels:
        a = float(rng.uniform(0.01, 0.04))
        out[ch] = {"A": round(a, 5), "B": round(a * float(rng.uniform(0.5, 1.6)), 5)}
    return TrueEffects(effects=out, seed=seed)


def _history(ws: Workspace, start: date) -> pd.DataFrame:
    with ws.connect() as con:
        return con.execute(
            """
SELECT c.customer_id,
       COUNT(o.order_id) FILTER (WHERE CAST(o.order_ts AS DATE) >= $a AND CAST(o.order_ts AS DATE) < $s) AS n_pre,
       DATE_DIFF('day', MAX(CAST(o.order_ts AS DATE)), $s) AS recency,
       AVG(o.amount) AS aov
FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id AND CAST(o.order_ts AS DATE) < $s
GROUP BY c.customer_id ORDER BY c.customer_id""",
            {"a": start - timedelta(days=HISTORY_DAYS), "s": start},
        ).df()


def simulate_results(
    ws: Workspace,
    *,
    plan_id: str,
    assignment: pd.DataFrame,
    channels: list[str],
    start: date,
    window_end: date,
    first_send: dict[str, datetime],
    cost_per_send: dict[str, float],
    category: str | None,
    name: str,
    effects: TrueEffects,
    folder: Path,
) -> SimTruth:
    """Write ``campaigns.csv``, ``touches.csv``, ``orders.csv`` and ``truth.json`` into ``folder``."""
    rng = np.random.default_rng([effects.seed, 77])
    hist = _history(ws, start)
    days = (window_end - start).days + 1
    m = _Model.of(hist, assignment, channels, effects, days)
    u = rng.random(m.p_all.size)
    converted = u < m.p_all
    persuaded = converted & (u >= m.p)
    orders, who = _orders(rng, hist, converted, m.aov, start, days, f"{SIM_PREFIX}-{plan_id[-6:]}-{effects.seed}")
    touch_rows: list[dict[str, object]] = []
    campaign_rows: list[dict[str, object]] = []
    attributed = np.zeros(m.aud.size, dtype=bool)
    order_of = {int(c): k for k, c in enumerate(who)}
    for ch in channels:
        sent_to = _touches(rng, assignment, ch, plan_id, first_send[ch], m, converted[m.aud], persuaded[m.aud],
                           attributed, order_of, orders, touch_rows)
        campaign_rows.append({
            "campaign_id": f"{plan_id}-{ch}", "name": f"{name} ({ch})"[:120], "channel": ch,
            "start_date": start.isoformat(), "category": category or "",
            "cost": round(sent_to * cost_per_send.get(ch, 0.0), 2),
        })
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for stem, frame in (("campaigns", pd.DataFrame(campaign_rows)), ("touches", pd.DataFrame(touch_rows)),
                        ("orders", orders)):
        path = folder / f"{stem}.csv"
        atomic_write_text(path, frame.to_csv(index=False))
        files.append(str(path))
    truth = SimTruth(
        plan_id=plan_id, seed=effects.seed, effects=effects.effects,
        true_lift=float(m.expected_effect.mean()) if m.expected_effect.size else 0.0,
        uplift=dict(zip(assignment["customer_id"].astype(str), np.round(m.expected_effect, 6).tolist(), strict=True)),
        true_lift_by_channel=m.by_channel,
        true_ab={ch: e["A"] - e["B"] for ch, e in effects.effects.items()},
        files=files,
    )
    atomic_write_text(folder / "truth.json", truth.model_dump_json(indent=2))
    return truth


@dataclass
class _Model:
    """Each customer's purchase probability in the window without (``p``) and with (``p_all``) the campaign."""

    p: np.ndarray
    p_all: np.ndarray
    aov: np.ndarray
    aud: np.ndarray  # the audience's rows in ``hist``
    treated: np.ndarray
    expected_effect: np.ndarray
    by_channel: dict[str, float]

    @classmethod
    def of(cls, hist: pd.DataFrame, assignment: pd.DataFrame, channels: list[str], effects: TrueEffects,
           days: int) -> _Model:
        rate = np.maximum(hist["n_pre"].to_numpy(dtype=float) / HISTORY_DAYS, 0.3 / 365.0)
        p = np.minimum(0.6, 1 - np.exp(-rate * days))
        brand_aov = float(np.nanmean(hist["aov"].to_numpy(dtype=float))) if hist["aov"].notna().any() else 80.0
        aov = hist["aov"].fillna(brand_aov).to_numpy(dtype=float)
        pos = {c: i for i, c in enumerate(hist["customer_id"].astype(str))}
        aud = np.array([pos[str(c)] for c in assignment["customer_id"]], dtype=np.int64)
        treated = (assignment["arm"] == "treated").to_numpy()
        p_aud = p[aud].copy()
        expected_effect = np.zeros(aud.size)
        recency = hist["recency"].fillna(10**8).to_numpy(dtype=float)[aud]
        h = np.select([recency <= d for d, _ in PERSUADABILITY], [m for _, m in PERSUADABILITY], 1.0)
        by_channel: dict[str, float] = {}
        for ch in channels:
            reach = assignment[f"reach_{ch}"].to_numpy(dtype=bool)
            var = assignment[f"variant_{ch}"].to_numpy(dtype=object)
            e = effects.effects.get(ch, {"A": 0.0, "B": 0.0})
            add = np.where(var == "A", e["A"], np.where(var == "B", e["B"], 0.0))
            p_aud += np.where(treated & reach, h * add, 0.0)
            expected_effect += reach * h * (e["A"] + e["B"]) / 2
            by_channel[ch] = float(np.mean(h[reach]) * (e["A"] + e["B"]) / 2) if reach.any() else 0.0
        p_all = p.copy()
        p_all[aud] = np.minimum(0.95, p_aud)
        return cls(p, p_all, aov, aud, treated, expected_effect, by_channel)


def _orders(rng: np.random.Generator, hist: pd.DataFrame, converted: np.ndarray, aov: np.ndarray, start: date,
            days: int, tag: str) -> tuple[pd.DataFrame, np.ndarray]:
    """One order per converter, on a uniform day and hour of the window, around the customer's AOV."""
    who = np.flatnonzero(converted)
    day = rng.integers(0, days, size=who.size)
    secs = rng.integers(8 * 3600, 22 * 3600, size=who.size)
    sigma = 0.5
    amount = np.round(aov[who] * np.exp(rng.normal(-sigma * sigma / 2, sigma, size=who.size)), 2)
    order_ts = [datetime.combine(start + timedelta(days=int(d)), time()) + timedelta(seconds=int(s))
                for d, s in zip(day, secs, strict=True)]
    ids = hist["customer_id"].astype(str).to_numpy()
    orders = pd.DataFrame({
        "order_id": [f"{tag}-{i:07d}" for i in range(who.size)],
        "customer_id": ids[who],
        "order_ts": [t.isoformat(sep=" ") for t in order_ts],
        "amount": amount,
    })
    return orders, who


def _touches(rng: np.random.Generator, assignment: pd.DataFrame, ch: str, plan_id: str, sent: datetime, m: _Model,
             in_aud_conv: np.ndarray, in_aud_persuaded: np.ndarray, attributed: np.ndarray, order_of: dict[int, int],
             orders: pd.DataFrame, touch_rows: list[dict[str, object]]) -> int:
    """The channel's touches of the treated customers it reaches (delivery, clicks, the converting click
    attributed to the customer's order once); returns how many were sent."""
    reach = assignment[f"reach_{ch}"].to_numpy(dtype=bool)
    idx = np.flatnonzero(m.treated & reach)
    delivered = rng.random(idx.size) < 0.97
    click_p = np.where(in_aud_persuaded[idx], 0.9, np.where(in_aud_conv[idx], 0.3, 0.04))
    clicked = delivered & (rng.random(idx.size) < click_p)
    for j, i in enumerate(idx):
        row: dict[str, object] = {
            "campaign_id": f"{plan_id}-{ch}", "customer_id": str(assignment["customer_id"].iloc[i]), "channel": ch,
            "sent_ts": sent.isoformat(sep=" "),
            "delivered_ts": (sent + timedelta(minutes=1)).isoformat(sep=" ") if delivered[j] else "",
            "opened_ts": "", "clicked_ts": "", "converted_ts": "", "revenue": "", "unsubscribed": "false",
        }
        if clicked[j]:
            row["opened_ts"] = (sent + timedelta(hours=1)).isoformat(sep=" ") if ch in ("email", "push") else ""
            row["clicked_ts"] = (sent + timedelta(hours=1, minutes=2)).isoformat(sep=" ")
            if in_aud_conv[i] and not attributed[i]:
                k = order_of[int(m.aud[i])]
                attributed[i] = True
                row["converted_ts"] = orders["order_ts"].iloc[k]
                row["revenue"] = float(orders["amount"].iloc[k])
        touch_rows.append(row)
    return int(idx.size)


def already_simulated(ws: Workspace, plan_id: str) -> bool:
    with ws.connect() as con:
        row = con.execute("SELECT COUNT(*) FROM campaigns WHERE campaign_id LIKE ?", [f"{plan_id}-%"]).fetchone()
    return bool(row and row[0])


def cost_per_send(cost: float, sends: float) -> float:
    return cost / sends if sends > 0 and math.isfinite(cost) else 0.0
