"""Saved plans: ``<workspace>/plans/<plan_id>.json``, written atomically, with evidence and ledger.

``approve_plan`` records who approved and when (nothing is sent anywhere). Updates take a file
lock so two approvals (two Slack clicks) never lose each other's write.
"""

from __future__ import annotations

import contextlib
import fcntl
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from copilot.errors import CopilotError, UsageError
from copilot.fsutil import atomic_write_text
from copilot.planner.plan_schema import Approval, CampaignPlan
from copilot.workspace import Workspace

if TYPE_CHECKING:
    from copilot.deps import Deps

PLAN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")


class PlanNotFoundError(CopilotError):
    """No saved plan has this id."""

    exit_code = 2


class PlanInfo(BaseModel):
    """One line of ``list_plans``."""

    plan_id: str
    name: str
    created_at: datetime
    passed: bool
    approved_by: str | None = None
    approved_at: datetime | None = None
    path: Path


def _workspace(where: Deps | Workspace) -> Workspace:
    return where if isinstance(where, Workspace) else where.workspace


def plan_path(where: Deps | Workspace, plan_id: str) -> Path:
    if not PLAN_ID.match(plan_id or ""):
        raise UsageError(
            f"'{plan_id}' is not a plan id.", hint="Plan ids look like 20250301-win-back-ab12cd."
        )
    return _workspace(where).plans_dir / f"{plan_id}.json"


@contextlib.contextmanager
def _locked(ws: Workspace) -> Iterator[None]:
    ws.plans_dir.mkdir(parents=True, exist_ok=True)
    with (ws.plans_dir / ".lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def save_plan(where: Deps | Workspace, plan: CampaignPlan) -> Path:
    """Write the plan (with evidence and ledger) atomically; returns its path."""
    path = plan_path(where, plan.plan_id)
    atomic_write_text(path, plan.model_dump_json(indent=2))
    return path


def load_plan(where: Deps | Workspace, plan_id: str) -> CampaignPlan:
    """A saved plan by id. Raises :class:`PlanNotFoundError` naming the known command to list them."""
    path = plan_path(where, plan_id)
    if not path.exists():
        raise PlanNotFoundError(f"No saved plan '{plan_id}'.", hint=f"Saved plans are in {path.parent}.")
    try:
        return CampaignPlan.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise CopilotError(f"The saved plan {path.name} is unreadable ({exc.errors()[0]['msg']}).") from exc


def list_plans(where: Deps | Workspace) -> list[PlanInfo]:
    """Saved plans, newest first (unreadable files are skipped)."""
    ws = _workspace(where)
    if not ws.plans_dir.exists():
        return []
    out: list[PlanInfo] = []
    for path in ws.plans_dir.glob("*.json"):
        try:
            plan = CampaignPlan.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValidationError, OSError):
            continue
        out.append(
            PlanInfo(
                plan_id=plan.plan_id,
                name=plan.name,
                created_at=plan.created_at,
                passed=plan.passed,
                approved_by=plan.approval.approver if plan.approval else None,
                approved_at=plan.approval.approved_at if plan.approval else None,
                path=path,
            )
        )
    out.sort(key=lambda p: p.created_at, reverse=True)
    return out


def approve_plan(
    where: Deps | Workspace,
    plan_id: str,
    approver: str,
    *,
    note: str = "",
    now: datetime | None = None,
    force: bool = False,
) -> CampaignPlan:
    """Record ``approver`` and the time on the saved plan; nothing is sent anywhere.

    A plan with failing checks is refused unless ``force`` (the approver then owns the failures,
    and the note says so).
    """
    if not approver.strip():
        raise UsageError("An approval needs the approver's name.")
    ws = _workspace(where)
    if now is None:
        clock = getattr(where, "clock", None)
        now = clock() if callable(clock) else datetime.now().astimezone()
    with _locked(ws):
        plan = load_plan(ws, plan_id)
        if not plan.passed and not force:
            names = ", ".join(sorted({c.name for c in plan.failed_checks}))
            raise UsageError(
                f"Plan '{plan_id}' has failing checks ({names}); it cannot be approved as is.",
                hint="Regenerate the copy or fix the plan first.",
            )
        if not plan.passed:
            note = (note + " " if note else "") + f"Approved with {len(plan.failed_checks)} failing check(s)."
        plan = plan.model_copy(
            update={"approval": Approval(approver=approver[:120], approved_at=now, note=note[:300])}
        )
        save_plan(ws, plan)
    return plan


@contextlib.contextmanager
def updating(where: Deps | Workspace, plan_id: str) -> Iterator[list[CampaignPlan]]:
    """Load a plan under the lock; the caller replaces ``box[0]``; it is saved on exit."""
    ws = _workspace(where)
    with _locked(ws):
        box = [load_plan(ws, plan_id)]
        yield box
        save_plan(ws, box[0])
