"""Saved plans: atomic save, load, list, approve (nothing is sent)."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from copilot.errors import UsageError
from copilot.planner.plan_schema import CampaignPlan, CheckResult
from copilot.planner.store import (
    PlanNotFoundError,
    approve_plan,
    list_plans,
    load_plan,
    plan_path,
    save_plan,
)
from copilot.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


def test_save_load_list(ws: Workspace, sample_plan: CampaignPlan) -> None:
    path = save_plan(ws, sample_plan)
    assert path == ws.plans_dir / f"{sample_plan.plan_id}.json"
    assert load_plan(ws, sample_plan.plan_id).model_dump_json() == sample_plan.model_dump_json()
    newer = sample_plan.model_copy(
        update={"plan_id": "20250302-newer-abc123", "created_at": datetime(2025, 2, 2, tzinfo=UTC)}
    )
    save_plan(ws, newer)
    (ws.plans_dir / "broken.json").write_text("{not json", encoding="utf-8")
    infos = list_plans(ws)
    assert [i.plan_id for i in infos] == [newer.plan_id, sample_plan.plan_id]
    assert infos[0].passed and infos[0].approved_by is None


def test_save_is_atomic(ws: Workspace, sample_plan: CampaignPlan, monkeypatch: pytest.MonkeyPatch) -> None:
    save_plan(ws, sample_plan)
    before = plan_path(ws, sample_plan.plan_id).read_bytes()

    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        save_plan(ws, sample_plan.model_copy(update={"name": "changed"}))
    assert plan_path(ws, sample_plan.plan_id).read_bytes() == before
    assert [p.name for p in ws.plans_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_unknown_and_malicious_ids(ws: Workspace) -> None:
    with pytest.raises(PlanNotFoundError):
        load_plan(ws, "nope")
    with pytest.raises(UsageError):
        load_plan(ws, "../../etc/passwd")


def test_approve_records_approver_and_time(ws: Workspace, sample_plan: CampaignPlan) -> None:
    save_plan(ws, sample_plan)
    at = datetime(2025, 2, 3, 10, 30, tzinfo=UTC)
    plan = approve_plan(ws, sample_plan.plan_id, "Dana (U123)", now=at)
    assert plan.approval is not None and plan.approval.approver == "Dana (U123)"
    again = load_plan(ws, sample_plan.plan_id)
    assert again.approval is not None and again.approval.approved_at == at
    assert list_plans(ws)[0].approved_by == "Dana (U123)"
    assert "Approved by Dana (U123)" in again.to_markdown()


def test_failing_plan_needs_force_to_approve(ws: Workspace, sample_plan: CampaignPlan) -> None:
    bad = sample_plan.model_copy(
        update={"checks": [CheckResult(name="claims", status="fail", target="sms.A")]}
    )
    save_plan(ws, bad)
    with pytest.raises(UsageError, match="failing checks"):
        approve_plan(ws, bad.plan_id, "Dana")
    forced = approve_plan(ws, bad.plan_id, "Dana", force=True)
    assert forced.approval is not None and "failing" in forced.approval.note


def test_concurrent_approvals_leave_a_valid_file(ws: Workspace, sample_plan: CampaignPlan) -> None:
    save_plan(ws, sample_plan)
    errors: list[BaseException] = []

    def approve(i: int) -> None:
        try:
            approve_plan(ws, sample_plan.plan_id, f"user{i}")
        except BaseException as exc:  # collected and re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    plan = load_plan(ws, sample_plan.plan_id)
    assert plan.approval is not None and plan.approval.approver.startswith("user")
