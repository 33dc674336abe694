"""Deterministic assignment, consent re-checked at export, formula neutralising, time zones."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from lifecycle.conftest import draft

from copilot.deps import Deps
from copilot.errors import MissingArtifactError, UsageError
from copilot.lifecycle import api
from copilot.lifecycle.activation import assign, assignment_path, load_activation
from copilot.lifecycle.export import neutralise_cell, timezone_for


def test_same_plan_gives_the_same_arms_and_exact_proportions() -> None:
    ids = [f"C{i:06d}" for i in range(10_000)]
    rng = np.random.default_rng(0)
    reach = {"email": rng.random(10_000) < 0.6, "sms": rng.random(10_000) < 0.3}
    one = assign("20261105-plan-abc123", ids, reach, 0.1)
    again = assign("20261105-plan-abc123", list(reversed(ids)), {k: v[::-1] for k, v in reach.items()}, 0.1)
    again = again.set_index("customer_id").loc[ids].reset_index()
    again["customer_id"] = again["customer_id"].astype(object)
    pd.testing.assert_frame_equal(one, again)  # row order does not matter: the hash does
    assert (one["arm"] == "holdout").sum() == 1000
    for ch in ("email", "sms"):
        treated_reach = (one["arm"] == "treated") & one[f"reach_{ch}"]
        a = (one[f"variant_{ch}"] == "A").sum()
        b = (one[f"variant_{ch}"] == "B").sum()
        assert a + b == treated_reach.sum() and abs(a - b) <= 1
        assert one.loc[one["arm"] == "holdout", f"variant_{ch}"].isna().all()
        assert one.loc[~one[f"reach_{ch}"], f"variant_{ch}"].isna().all()
    # another plan shuffles differently; the holdout is a random-looking subset (share near 10% in any slice)
    other = assign("20261105-plan-zzz999", ids, reach, 0.1)
    assert (other["arm"] != one["arm"]).sum() > 1000
    assert abs((one["arm"].iloc[:5000] == "holdout").mean() - 0.1) < 0.02
    # variants independent of email vs sms
    both = one[(one["variant_email"].notna()) & (one["variant_sms"].notna())]
    agree = (both["variant_email"] == both["variant_sms"]).mean()
    assert 0.4 < agree < 0.6


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1,1)", "'@SUM(1,1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+15550001234", "+15550001234"),  # a phone number carries no formula
        ("-12.5", "-12.5"),
        ("Maria", "Maria"),
        ("", ""),
        (None, None),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell: object, expected: object) -> None:
    assert neutralise_cell(cell) == expected


def test_timezone_from_region() -> None:
    assert timezone_for("US-West") == ("America/Los_Angeles", True)
    assert timezone_for("us northeast") == ("America/New_York", True)
    assert timezone_for("Europe/Paris") == ("Europe/Paris", True)
    assert timezone_for("GB") == ("Europe/London", True)
    assert timezone_for("Atlantis") == ("UTC", False)
    assert timezone_for(None) == ("UTC", False)


def test_approval_freezes_the_audience_and_export_rechecks_consent(loop_deps: Deps, tmp_path: Path) -> None:
    plan = draft(loop_deps)
    with pytest.raises(MissingArtifactError, match="not been activated"):
        load_activation(loop_deps.workspace, plan.plan_id)
    with pytest.raises(UsageError, match="not approved"):
        api.export(loop_deps, plan.plan_id)
    approved = api.approve(loop_deps, plan.plan_id, "maria", force=not plan.passed)
    act, asg = load_activation(loop_deps.workspace, plan.plan_id)
    assert assignment_path(loop_deps.workspace, plan.plan_id).exists()
    assert approved.plan.approval is not None and approved.plan.approval.approver == "maria"
    assert act.audience == len(asg) > 0 and act.holdout == round(act.holdout_share * act.audience)
    # approving again keeps the frozen arms
    again = api.approve(loop_deps, plan.plan_id, "someone else")
    assert again.activation == act
    # a treated email customer opts out after approval: left out of the export and counted
    treated_email = asg[(asg["arm"] == "treated") & asg["reach_email"]]["customer_id"].tolist()
    gone = treated_email[:3]
    with loop_deps.workspace.connect(read_only=False) as con:
        con.execute(f"UPDATE customers SET consent_email = FALSE, first_name = '=HYPERLINK(\"x\")', "
                    f"email = '=cmd|calc@x.com' WHERE customer_id IN ({', '.join('?' for _ in gone)})", gone)
    report = api.export(loop_deps, plan.plan_id, tmp_path / "out")
    assert report.consent_dropped["email"] == 3
    email_csv = tmp_path / "out" / "email.csv"
    rows = list(csv.DictReader(email_csv.open(encoding="utf-8")))
    exported = {r["customer_id"] for r in rows}
    assert not exported & set(gone)
    assert exported == set(treated_email) - set(gone)
    cols = set(rows[0])
    assert {"customer_id", "campaign_id", "arm", "variant", "send_at_local", "timezone", "send_at_utc",
            "offer_code", "email"} <= cols
    assert "phone" not in cols and "first_name" not in cols  # only the channel's own contact column
    assert all(r["arm"] == "treated" and r["variant"] in ("A", "B") for r in rows)
    first = rows[0]
    assert first["send_at_local"].endswith(("-08:00", "-07:00", "-06:00", "-05:00"))
    assert first["offer_code"].startswith("{{OFFER_CODE_EMAIL_")
    parquet = pd.read_parquet(tmp_path / "out" / "email.parquet")
    assert len(parquet) == len(rows)
    sup = pd.read_parquet(tmp_path / "out" / "suppression_holdout.parquet")
    assert set(sup["customer_id"]) == set(asg.loc[asg["arm"] == "holdout", "customer_id"])
    sms = list(csv.DictReader((tmp_path / "out" / "sms.csv").open(encoding="utf-8")))
    assert sms and "phone" in sms[0] and "email" not in sms[0]
    assert all(r["phone"].startswith("+1555") for r in sms)  # phone numbers are not mangled


def test_an_email_that_reads_as_a_formula_is_neutralised_in_csv_only(loop_deps: Deps, tmp_path: Path) -> None:
    plan = draft(loop_deps)
    api.approve(loop_deps, plan.plan_id, "maria", force=not plan.passed)
    _, asg = load_activation(loop_deps.workspace, plan.plan_id)
    holdout = asg.loc[asg["arm"] == "holdout", "customer_id"].iloc[0]
    with loop_deps.workspace.connect(read_only=False) as con:
        con.execute("UPDATE customers SET email = '=HYPERLINK(\"http://evil\")' WHERE customer_id = ?", [holdout])
    api.export(loop_deps, plan.plan_id, tmp_path)
    rows = {r["customer_id"]: r for r in csv.DictReader((tmp_path / "suppression_holdout.csv").open(encoding="utf-8"))}
    assert rows[holdout]["email"] == "'=HYPERLINK(\"http://evil\")"
    pq = pd.read_parquet(tmp_path / "suppression_holdout.parquet").set_index("customer_id")
    assert pq.loc[holdout, "email"] == "=HYPERLINK(\"http://evil\")"  # Parquet keeps the value verbatim
