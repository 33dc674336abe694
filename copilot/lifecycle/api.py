"""The plan lifecycle: the one API every face calls (CLI ``copilot plans``, the REPL, Slack buttons).

::

    list_plans(deps) -> list[PlanInfo]
    show(deps, plan_id) -> CampaignPlan
    approve(deps, plan_id, approver, note="") -> Approved        # freezes the audience, assigns the arms
    reject(deps, plan_id, by, reason) -> CampaignPlan
    regenerate(deps, plan_id, ledger_sink=None) -> CampaignPlan  # charged to the conversation's ledger
    export(deps, plan_id, folder=None) -> ExportReport
    readout(deps, plan_id) -> Readout                            # a final one feeds the next forecasts
    calibration(deps) -> CalibrationTable

No face touches the plan store or the planner's workflow; approvals and exports send nothing anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from copilot.errors import MissingArtifactError, UsageError
from copilot.lifecycle.activation import Activation, clear_activation, freeze, load_activation, plan_dir
from copilot.lifecycle.export import ExportReport, export_plan
from copilot.lifecycle.readout import Readout, compute_readout
from copilot.llm.tokens import CostLedger, charging_to
from copilot.planner import store
from copilot.planner.plan_schema import CampaignPlan, Rejection
from copilot.planner.store import PlanInfo

if TYPE_CHECKING:
    from copilot.data.simulate import SimTruth
    from copilot.deps import Deps
    from copilot.tools.calibration import CalibrationTable

LedgerSink = Callable[[CostLedger], None]

__all__ = [
    "Activation",
    "Approved",
    "ExportReport",
    "PlanInfo",
    "Readout",
    "approve",
    "calibration",
    "export",
    "list_plans",
    "readout",
    "regenerate",
    "reject",
    "show",
    "simulate",
]


class Approved(BaseModel):
    """An approved plan and the audience its approval froze."""

    plan: CampaignPlan
    activation: Activation

    def sentence(self) -> str:
        a, act = self.plan.approval, self.activation
        who = f"by {a.approver} at {a.approved_at:%Y-%m-%d %H:%M %Z}".strip() if a else ""
        return (
            f"Plan {self.plan.plan_id} approved {who}. Audience frozen: {act.audience:,} customers "
            f"({act.treated:,} treated, {act.holdout:,} holdout). Nothing has been sent."
        )


def _now(deps: Deps) -> datetime:
    return deps.clock()


def list_plans(deps: Deps) -> list[PlanInfo]:
    """Saved plans, newest first."""
    return store.list_plans(deps)


def show(deps: Deps, plan_id: str) -> CampaignPlan:
    """One saved plan (raises ``PlanNotFoundError``)."""
    return store.load_plan(deps, plan_id)


def status(deps: Deps, plan: CampaignPlan) -> str:
    """``draft``, ``rejected``, ``approved``, ``exported`` or ``read out``."""
    if plan.rejection is not None and plan.approval is None:
        return "rejected"
    if plan.approval is None:
        return "draft"
    folder = plan_dir(deps.workspace, plan.plan_id)
    if (folder / "readout.json").exists():
        return "read out"
    if (folder / "export").exists():
        return "exported"
    return "approved"


def approve(deps: Deps, plan_id: str, approver: str, *, note: str = "", force: bool = False) -> Approved:
    """Record the approval (who, when), freeze the audience and assign holdout and A/B arms.

    Approving again keeps the first frozen audience (the arms must not change once a campaign may
    have been sent). Refuses plans with failing checks unless ``force``.
    """
    now = _now(deps)
    current = store.load_plan(deps, plan_id)
    if current.approval is not None:
        try:
            act, _ = load_activation(deps.workspace, plan_id)
            return Approved(plan=current, activation=act)
        except MissingArtifactError:  # approved before activation existed: freeze now
            pass
    plan = store.approve_plan(deps, plan_id, approver, note=note, now=now, force=force)
    if plan.rejection is not None:
        with store.updating(deps, plan_id) as box:
            box[0] = box[0].model_copy(update={"rejection": None})
            plan = box[0]
    act, _ = freeze(deps, plan, now)
    return Approved(plan=plan, activation=act)


def reject(deps: Deps, plan_id: str, by: str, reason: str) -> CampaignPlan:
    """Record a rejection with its reason; an approved plan cannot be rejected (its audience is frozen)."""
    if not reason.strip():
        raise UsageError("A rejection needs a reason.", hint='e.g. copilot plans reject ID --reason "budget too high"')
    if not by.strip():
        raise UsageError("A rejection needs the name of who rejects it.")
    with store.updating(deps, plan_id) as box:
        if box[0].approval is not None:
            raise UsageError(
                f"Plan '{plan_id}' is already approved and its audience frozen; it cannot be rejected.",
                hint="Draft a new plan instead.",
            )
        box[0] = box[0].model_copy(
            update={"rejection": Rejection(rejected_by=by[:120], rejected_at=_now(deps), reason=reason.strip()[:300])}
        )
        return box[0]


def regenerate(deps: Deps, plan_id: str, *, ledger_sink: LedgerSink | None = None,
               progress: Callable[[str], None] | None = None) -> CampaignPlan:
    """Write and check the plan's copy again. The model calls go to the plan's ledger and, with
    ``ledger_sink`` (a conversation's ``record_calls``), to the conversation's as well. The new copy
    voids an approval, and with it the frozen audience."""
    from copilot.planner.workflow import regenerate_copy

    if ledger_sink is not None:
        with charging_to(ledger_sink):
            plan = regenerate_copy(deps, plan_id, progress=progress).plan
    else:
        plan = regenerate_copy(deps, plan_id, progress=progress).plan
    clear_activation(deps.workspace, plan_id)
    return plan


def export(deps: Deps, plan_id: str, folder: Path | None = None) -> ExportReport:
    """Write the channel files and the holdout suppression list (consent re-checked now)."""
    plan = store.load_plan(deps, plan_id)
    return export_plan(deps.workspace, plan, folder)


def readout(deps: Deps, plan_id: str) -> Readout:
    """Measure the campaign against its holdout; a final read-out is saved and feeds the forecasts."""
    from copilot.fsutil import atomic_write_text
    from copilot.tools.calibration import ReadoutRecord, record_readout

    plan = store.load_plan(deps, plan_id)
    if plan.approval is None:
        raise UsageError(
            f"Plan '{plan_id}' was never approved, so nothing was measured.",
            hint=f"Approve it (`copilot plans approve {plan_id}`) and export it before the campaign runs.",
        )
    now = _now(deps)
    r = compute_readout(deps.workspace, plan, now)
    if r.final:
        atomic_write_text(plan_dir(deps.workspace, plan_id) / "readout.json", r.model_dump_json(indent=2))
        records = []
        for c in r.channels:
            cp = next(p for p in plan.channels if p.channel == c.channel)
            inc = c.lift.incremental_conversions
            records.append(ReadoutRecord(
                plan_id=plan_id, channel=c.channel, objective=plan.brief.objective,
                forecast_conversions=cp.expected_conversions.value, forecast_low=cp.expected_conversions.low,
                forecast_high=cp.expected_conversions.high,
                actual_conversions=float(c.attributed_conversions) if c.sends else None,
                incremental_conversions=inc.value, incremental_low=inc.low, incremental_high=inc.high,
                recorded_at=now,
            ))
        record_readout(deps.workspace, records)
    return r


def calibration(deps: Deps) -> CalibrationTable:
    """Forecast against actual over every read-out plan, and the factors the forecast now uses."""
    from copilot.tools.calibration import calibration_table

    return calibration_table(deps.workspace)


def simulate(deps: Deps, plan_id: str, *, seed: int = 0, effects: dict[str, dict[str, float]] | None = None) -> SimTruth:
    """SYNTHETIC results for an approved plan of the demo brand (:mod:`copilot.data.simulate`), imported
    with the normal importer. Refuses a brand's own workspace and a plan already simulated."""
    from datetime import timedelta

    from copilot.data.demo import is_demo_workspace
    from copilot.data.importer import import_files
    from copilot.data.simulate import TrueEffects, already_simulated, default_effects, simulate_results
    from copilot.lifecycle.export import DEFAULT_SEND_HOUR
    from copilot.lifecycle.readout import ATTRIBUTION_DAYS

    ws = deps.workspace
    if not is_demo_workspace(ws):
        raise UsageError(
            "This workspace holds a brand's own data, not the demo brand: refusing to write synthetic results "
            "into it.",
            hint="Simulate on a demo workspace (`copilot init --demo`); import real touches and orders instead.",
        )
    plan = store.load_plan(deps, plan_id)
    if plan.approval is None:
        raise UsageError(f"Plan '{plan_id}' is not approved.", hint=f"Run `copilot plans approve {plan_id}` first.")
    if already_simulated(ws, plan_id):
        raise UsageError(f"Results for plan '{plan_id}' are already in the workspace.",
                         hint=f"Read them out: `copilot plans readout {plan_id}`.")
    _, asg = load_activation(ws, plan_id)
    channels: list[str] = [str(c.channel) for c in plan.channels]
    eff = TrueEffects(effects=effects, seed=seed) if effects else default_effects(channels, seed)
    first: dict[str, datetime] = {}
    for ch in channels:
        sends = sorted((s for s in plan.schedule if s.channel == ch), key=lambda s: s.send_date)
        day = sends[0].send_date if sends else plan.start_date
        hour = sends[0].send_hour if sends and sends[0].send_hour is not None else DEFAULT_SEND_HOUR
        first[ch] = datetime(day.year, day.month, day.day, hour)
    per_send: dict[str, float] = {str(c.channel): (c.cost.value / c.audience.value if c.audience.value > 0 else 0.0) for c in plan.channels}
    truth = simulate_results(
        ws, plan_id=plan_id, assignment=asg, channels=channels, start=plan.start_date,
        window_end=plan.end_date + timedelta(days=ATTRIBUTION_DAYS), first_send=first, cost_per_send=per_send,
        category=plan.brief.category, name=plan.name, effects=eff,
        folder=plan_dir(ws, plan_id) / "simulated",
    )
    # a simulated window usually lies after today: these SYNTHETIC dates are meant, so future rows are allowed
    import_files(ws, [Path(f) for f in truth.files], allow_future=True)
    return truth
