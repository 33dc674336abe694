"""Learning from read-outs: the pooled calibration factor by hand, the fallback, and the table."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from copilot.tools.calibration import (
    Calibration,
    ReadoutRecord,
    calibration_for,
    calibration_table,
    load_records,
    record_readout,
)
from copilot.workspace import open_workspace

AT = datetime(2027, 1, 1, tzinfo=UTC)


def rec(plan: str, ch: str, obj: str, fc: float, inc: float, half: float, actual: float | None = None) -> ReadoutRecord:
    return ReadoutRecord(plan_id=plan, channel=ch, objective=obj, forecast_conversions=fc, forecast_low=fc * 0.7,
                         forecast_high=fc * 1.3, actual_conversions=actual, incremental_conversions=inc,
                         incremental_low=inc - half, incremental_high=inc + half, recorded_at=AT)


def test_pooled_factor_by_hand_and_fallback_to_any_objective() -> None:
    records = [rec("p1", "email", "winback", 100, 40, 30), rec("p2", "email", "winback", 300, 60, 40),
               rec("p3", "email", "launch", 50, 50, 10), rec("p4", "sms", "launch", 20, 10, 5)]
    c = calibration_for(records, "email", "winback")
    assert c is not None and c.readouts == 2 and c.objective == "winback"
    assert c.factor == pytest.approx(100 / 400)
    assert c.high - c.factor == pytest.approx((30**2 + 40**2) ** 0.5 / 400)
    assert "calibrated on 2 read-outs of winback campaigns" in c.sentence()
    fallback = calibration_for(records, "sms", "winback")  # no sms winback read-out: any objective
    assert fallback is not None and fallback.objective is None and fallback.factor == pytest.approx(0.5)
    assert "any objective" in fallback.sentence()
    assert calibration_for(records, "push", "winback") is None


def test_the_sentence_reads_a_negative_low_end_as_a_range() -> None:
    c = Calibration(channel="sms", objective="winback", readouts=1, factor=6.24, low=-0.44, high=12.92)
    assert "(95% range -0.44x to 12.92x; the read-outs cannot rule out no effect)" in c.sentence()
    assert "-0.44-" not in c.sentence()
    c = Calibration(channel="sms", objective="winback", readouts=2, factor=0.5, low=0.25, high=0.75)
    assert c.sentence().endswith("(95% range 0.25x to 0.75x).")


def test_records_replace_their_plan_and_the_table_counts_actuals_inside_the_range(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    record_readout(ws, [rec("p1", "email", "winback", 100, 40, 30, actual=120)])
    record_readout(ws, [rec("p1", "email", "winback", 100, 45, 30, actual=90),
                        rec("p2", "sms", "winback", 10, 5, 2, actual=40)])
    records = load_records(ws)
    assert len(records) == 2 and records[0].incremental_conversions == 45  # a read-out read again replaces its own
    table = calibration_table(ws)
    assert table.inside_share == pytest.approx(0.5)  # 90 in 70-130; 40 outside 7-13
    md = table.to_markdown()
    assert "| p1 | email | winback |" in md and "50%" in md
