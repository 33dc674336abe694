"""Activation: freeze a plan's audience at approval and assign every customer to an arm.

The audience is the plan's criteria (``plan.audience.criteria``) resolved against the workspace at
approval time, limited to customers reachable on at least one of the plan's channels (consent read
from the live ``customers`` table; paid social needs none). Each customer is assigned
deterministically, seeded by the plan id, so the same plan always gives the same arms:

* rank every customer by ``blake2b("<plan id>|holdout|<customer id>")``; the first
  ``round(holdout share x N)`` are the holdout (never contacted), the rest are treated;
* within the treated customers reachable on a channel, rank by ``blake2b("<plan id>|<channel>|<id>")``;
  the first half (rounded up) get variant A on that channel, the rest B.

A hash rank gives exact proportions and does not depend on row order or the machine. The assignment
is stored beside the plan as ``plans/<plan id>/assignment.parquet`` (written atomically) with
``activation.json``; nothing is sent anywhere.
"""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.data.contract import CONSENT_CHANNELS
from copilot.errors import CopilotError, MissingArtifactError
from copilot.fsutil import atomic_write_bytes, atomic_write_text
from copilot.planner.plan_schema import CampaignPlan

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.workspace import Workspace


class ChannelArms(BaseModel):
    """Counts on one channel at approval time."""

    channel: str = Field(max_length=20)
    reachable: int = Field(ge=0, description="Audience members reachable on the channel (both arms).")
    treated: int = Field(ge=0)
    holdout: int = Field(ge=0)
    variant_a: int = Field(ge=0)
    variant_b: int = Field(ge=0)


class Activation(BaseModel):
    """What approval froze: the audience, its arms, and when."""

    plan_id: str = Field(max_length=80)
    frozen_at: datetime
    audience: int = Field(ge=0, description="Customers frozen (criteria match and reachable on a plan channel).")
    matched: int = Field(ge=0, description="Customers matching the criteria, reachable or not.")
    holdout: int = Field(ge=0)
    treated: int = Field(ge=0)
    holdout_share: float = Field(ge=0, le=1)
    channels: list[ChannelArms] = Field(default_factory=list, max_length=4)
    method: str = Field("", max_length=600)


def plan_dir(ws: Workspace, plan_id: str) -> Path:
    """``plans/<plan id>/``: the plan's activation, exports and read-out."""
    return ws.plans_dir / plan_id


def assignment_path(ws: Workspace, plan_id: str) -> Path:
    return plan_dir(ws, plan_id) / "assignment.parquet"


def _rank_keys(plan_id: str, purpose: str, ids: list[str]) -> np.ndarray:
    keys = [
        int.from_bytes(hashlib.blake2b(f"{plan_id}|{purpose}|{c}".encode(), digest_size=8).digest(), "big")
        for c in ids
    ]
    return np.array(keys, dtype=np.uint64)


def assign(plan_id: str, customer_ids: list[str], reach: dict[str, np.ndarray], holdout_share: float) -> pd.DataFrame:
    """The arms of ``customer_ids`` (see the module docstring): columns ``customer_id``, ``arm``
    (``holdout``/``treated``), and per channel ``reach_<ch>`` (bool) and ``variant_<ch>`` (A/B, or
    empty for the holdout and customers not reachable on it)."""
    n = len(customer_ids)
    ids = list(customer_ids)
    k = round(holdout_share * n)
    order = np.argsort(_rank_keys(plan_id, "holdout", ids), kind="stable")
    holdout = np.zeros(n, dtype=bool)
    holdout[order[:k]] = True
    df = pd.DataFrame({"customer_id": pd.Series(ids, dtype=object), "arm": np.where(holdout, "holdout", "treated")})
    for ch, reachable in reach.items():
        variant = np.full(n, None, dtype=object)
        pool = np.flatnonzero(reachable & ~holdout)
        if pool.size:
            ranks = _rank_keys(plan_id, ch, [ids[i] for i in pool])
            ordered = pool[np.argsort(ranks, kind="stable")]
            half = (ordered.size + 1) // 2
            variant[ordered[:half]] = "A"
            variant[ordered[half:]] = "B"
        df[f"reach_{ch}"] = reachable
        df[f"variant_{ch}"] = variant
    return df


def live_consent(ws: Workspace, customer_ids: list[str] | None = None) -> pd.DataFrame:
    """``customer_id`` and ``consent_<channel>`` from the live customers table (not the trained copy)."""
    cols = ", ".join(f"consent_{c}" for c in CONSENT_CHANNELS)
    with ws.connect() as con:
        df = con.execute(f"SELECT customer_id, {cols} FROM customers").df()
    if customer_ids is not None:
        df = df[df["customer_id"].isin(set(customer_ids))]
    return df


def reachable_now(consent: pd.DataFrame, channel: str) -> np.ndarray:
    if channel not in CONSENT_CHANNELS:
        return np.ones(len(consent), dtype=bool)  # paid social needs no consent
    return consent[f"consent_{channel}"].fillna(False).to_numpy(dtype=bool)


def freeze(deps: Deps, plan: CampaignPlan, now: datetime) -> tuple[Activation, pd.DataFrame]:
    """Resolve the plan's audience now, assign the arms and store them beside the plan."""
    from copilot.tools.audience import resolve_audience
    from copilot.tools.schemas import AudienceCriteria

    try:
        criteria = AudienceCriteria.model_validate(plan.audience.criteria)
    except ValueError as exc:
        raise CopilotError(
            f"Plan '{plan.plan_id}' records audience criteria this version cannot read ({exc})."
        ) from exc
    matched = [str(c) for c in resolve_audience(deps, criteria)]
    consent = live_consent(deps.workspace, matched).set_index("customer_id").reindex(matched).reset_index()
    channels = [c.channel for c in plan.channels]
    if not channels:
        raise CopilotError(f"Plan '{plan.plan_id}' has no channels to activate.")
    reach = {ch: reachable_now(consent, ch) for ch in channels}
    any_reach = np.zeros(len(matched), dtype=bool)
    for r in reach.values():
        any_reach |= r
    keep = np.flatnonzero(any_reach)
    ids = [matched[i] for i in keep]
    share = float(plan.holdout.share.value)
    df = assign(plan.plan_id, ids, {ch: r[keep] for ch, r in reach.items()}, share)
    arms = []
    for ch in channels:
        r = df[f"reach_{ch}"].to_numpy(dtype=bool)
        v = df[f"variant_{ch}"]
        arms.append(ChannelArms(
            channel=ch, reachable=int(r.sum()),
            treated=int((r & (df["arm"] == "treated")).sum()), holdout=int((r & (df["arm"] == "holdout")).sum()),
            variant_a=int((v == "A").sum()), variant_b=int((v == "B").sum()),
        ))
    act = Activation(
        plan_id=plan.plan_id, frozen_at=now, audience=len(ids), matched=len(matched),
        holdout=int((df["arm"] == "holdout").sum()), treated=int((df["arm"] == "treated").sum()),
        holdout_share=share, channels=arms,
        method=(
            "Audience frozen at approval: the plan's criteria, limited to customers reachable on at least one "
            "of its channels. Holdout and A/B variants assigned by a hash of the plan id and customer id "
            f"(exact shares: {share:.1%} holdout; treated split half A, half B per channel)."
        ),
    )
    save_activation(deps.workspace, act, df)
    return act, df


def save_activation(ws: Workspace, act: Activation, df: pd.DataFrame) -> None:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    folder = plan_dir(ws, act.plan_id)
    atomic_write_bytes(folder / "assignment.parquet", buf.getvalue())
    atomic_write_text(folder / "activation.json", act.model_dump_json(indent=2))


def load_activation(ws: Workspace, plan_id: str) -> tuple[Activation, pd.DataFrame]:
    folder = plan_dir(ws, plan_id)
    if not (folder / "activation.json").exists() or not (folder / "assignment.parquet").exists():
        raise MissingArtifactError(
            f"Plan '{plan_id}' has not been activated (no frozen audience).",
            hint=f"Approve it first: `copilot plans approve {plan_id}`.",
        )
    act = Activation.model_validate_json((folder / "activation.json").read_text(encoding="utf-8"))
    return act, pd.read_parquet(folder / "assignment.parquet")


def clear_activation(ws: Workspace, plan_id: str) -> None:
    """Forget the frozen audience (the plan's copy changed, so its approval was voided)."""
    folder = plan_dir(ws, plan_id)
    for name in ("activation.json", "assignment.parquet"):
        (folder / name).unlink(missing_ok=True)
