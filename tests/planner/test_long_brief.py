"""A long brief (an email thread, background first) is read whole: its last clauses reach the plan; a brief
past the reader's limit is refused with a message that says how to shorten it, not cut silently."""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel

from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.planner.brief_schema import MAX_BRIEF_CHARS
from copilot.planner.workflow import _Calls, build_brief

BACKGROUND = (
    "Some context first. Last spring we ran a rain-jacket promotion that did well on email and poorly on push, "
    "and finance has asked us to keep an eye on how much we spend on paid channels this year. "
) * 8


def _calls(deps: Deps) -> _Calls:
    from copilot.llm.tokens import CostLedger, PriceTable

    return _Calls(deps, ScriptedChatModel(script=[]), CostLedger(), PriceTable())


def test_the_ask_after_a_long_background_is_read(plan_deps: Deps) -> None:
    text = BACKGROUND + "The ask: win back lapsed customers, email only, budget $2,500, nothing deeper than 10% off."
    assert len(text) > 1500
    brief = build_brief(plan_deps, text, calls=_calls(plan_deps))
    assert brief.channels == ["email"]
    assert brief.budget == 2500 and brief.discount_cap_pct == 10
    assert brief.text.endswith("nothing deeper than 10% off.")


def test_a_brief_past_the_limit_is_refused_with_how_to_fix_it(plan_deps: Deps) -> None:
    text = "Win back lapsed customers by email. " * (MAX_BRIEF_CHARS // 30)
    with pytest.raises(UsageError, match=r"up to 8,000.*leave out the background"):
        build_brief(plan_deps, text, calls=_calls(plan_deps))
