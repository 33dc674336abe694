"""The naive text ReAct loop the benchmarks compare copilot against, as a developer would hand-roll it for
a model without tool calling: what bench_agent.py (questions) and bench_planner.py (briefs) share.

One step: the model's text, its ``Action:`` / ``Action Input: {json}`` parsed, the tool run, the
observation sent back. The ledger counts the baseline's model calls like copilot's; both run on the demo
workspace, built, trained and ingested on first use.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping

    from langchain_core.messages import BaseMessage

    from copilot.agent.toolset import Tool, ToolOutcome
    from copilot.deps import Deps
    from copilot.llm.tokens import CostLedger, LedgerCallback

ACTION = re.compile(r"Action:\s*`?([a-z_]+)`?\s*\nAction Input:\s*(\{.*\})", re.DOTALL)
INVALID = "Invalid format. Use 'Action:' and 'Action Input:' with a JSON object, or 'Final Answer:'."


def message_text(m: BaseMessage) -> str:
    """A message's text, whether its content is a string or a list of parts."""
    c = m.content
    return (
        c if isinstance(c, str) else "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in c)
    )


def json_object(text: str) -> dict[str, Any] | None:
    """The first balanced ``{...}`` at the start of ``text`` as a dict, or None."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                try:
                    value = json.loads(text[: i + 1])
                except json.JSONDecodeError:
                    return None
                return value if isinstance(value, dict) else None
    return None


@dataclass
class Step:
    """What one reply asked for: the tool run (None for a malformed or unknown action) and the
    observation to send back (cut to the caller's limit)."""

    tool: str | None
    outcome: ToolOutcome | None
    observation: str


def act(deps: Deps, tools: Mapping[str, Tool], text: str, limit: int) -> Step:
    """Parse the action in the model's ``text`` and run it."""
    m = ACTION.search(text)
    args = json_object(m.group(2)) if m else None
    if m is None or args is None:
        return Step(None, None, INVALID)
    if m.group(1) not in tools:
        return Step(None, None, f"Unknown tool {m.group(1)!r}; known: {', '.join(tools)}.")
    outcome = tools[m.group(1)].execute(deps, args)
    return Step(m.group(1), outcome, outcome.text[:limit])


def ledger_for(deps: Deps, model: Any, purpose: str) -> tuple[CostLedger, LedgerCallback]:
    """A ledger and the callback that fills it with ``model``'s calls, priced like copilot's."""
    from copilot.llm.providers import model_capabilities
    from copilot.llm.tokens import CostLedger, LedgerCallback, PriceTable

    caps = model_capabilities(model)
    ledger = CostLedger(scope=f"bench:{purpose}")
    cb = LedgerCallback(
        ledger,
        PriceTable.from_settings(deps.settings),
        model=caps.model_name,
        purpose=purpose,
        free=caps.free,
    )
    return ledger, cb


def ensure_workspace(deps: Deps) -> None:
    """Build the demo brand, train and ingest the demo knowledge when the workspace lacks them."""
    from copilot.firstrun import ensure_ready

    ensure_ready(deps, announce=lambda text: print(text, file=sys.stderr), complete=True)
