"""The issue's first question on the REAL default model (marked ``llm``: starts the embedded model)."""

from __future__ import annotations

import pytest

from copilot.agent.events import ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps


@pytest.mark.llm
def test_lapsed_high_value_customers_we_can_text_on_the_default_model(real_deps: Deps) -> None:
    session = Session(real_deps)  # the configured default: the embedded model, so the routed path
    events = list(session.ask("How many lapsed high-value customers can we text?"))
    calls = [e for e in events if isinstance(e, ToolCallStarted)]
    end = events[-1]
    assert isinstance(end, TurnFinished) and end.stopped == "answer"
    assert [c.tool for c in calls] == ["segment_lookup"]
    with real_deps.artifacts.query() as q:
        row = q.execute("SELECT COUNT(*) FROM cust WHERE recency_days >= 180 AND value_tier = 'high' "
                        "AND consent_sms = 1").fetchone()
    assert row is not None
    assert end.answer.startswith(f"{int(row[0]):,} customers match")
