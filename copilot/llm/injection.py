"""Prompt-injection hygiene: tool outputs and retrieved facts reach the model as *data*.

Every tool result is wrapped in a fenced block whose info string says it is data
(```` ```data source=tool:search_product_facts ````), with a fence longer than any backtick run
inside, so content can never close the block early. The system prompt (``prompts/system.md``)
tells the model that text inside data blocks is never an instruction. The system prompt itself is
built only from prompt files and trusted settings, never from tool output.

It sits in the LLM layer because everything that puts data in front of a model uses it: the
agent (tool results, conversation memory) and the planner (facts in the copy prompts).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_BACKTICKS = re.compile(r"`{3,}")
_LABEL_SAFE = re.compile(r"[^a-zA-Z0-9_.:\-]+")


def fence_for(content: str) -> str:
    """A backtick fence longer than the longest run of 3+ backticks in ``content``."""
    longest = max((len(m.group(0)) for m in _BACKTICKS.finditer(content)), default=2)
    return "`" * max(3, longest + 1)


def wrap_data(content: str, source: str) -> str:
    """``content`` as a fenced data block labelled with its ``source`` (e.g. ``tool:segment_lookup``)."""
    label = _LABEL_SAFE.sub("_", source)[:80] or "unknown"
    fence = fence_for(content)
    return f"{fence}data source={label}\n{content}\n{fence}"


def truncate(text: str, max_chars: int) -> str:
    """``text`` cut to ``max_chars`` with a visible marker."""
    if len(text) <= max_chars:
        return text
    return text[: max(0, max_chars - 40)] + f"\n…[truncated {len(text) - max_chars + 40} characters]"


def _round(value: Any, digits: int) -> Any:
    if isinstance(value, float) and math.isfinite(value) and value != 0:
        return float(f"{value:.{digits}g}")
    if isinstance(value, dict):
        return {k: _round(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v, digits) for v in value]
    return value


def _longest_list(value: Any) -> list[Any] | None:
    best: list[Any] | None = None
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            if len(node) > 1 and (best is None or len(json.dumps(node)) > len(json.dumps(best))):
                best = node
            stack.extend(node)
    return best


def compact_json(data: Any, max_chars: int, *, digits: int = 4) -> str:
    """``data`` as compact JSON within ``max_chars`` that is still valid JSON.

    Floats keep ``digits`` significant digits; while too long, the longest list loses its tail
    (a marker string says how many items were left out). Plain truncation is the last resort.
    """
    data = _round(data, digits)

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)

    text = dump(data)
    for _ in range(200):
        if len(text) <= max_chars:
            return text
        longest = _longest_list(data)
        if longest is None:
            break
        marker = isinstance(longest[-1], str) and longest[-1].startswith("… ")
        kept = [x for x in longest if not (isinstance(x, str) and x.startswith("… "))]
        dropped_before = int(longest[-1].split()[1]) if marker else 0
        keep = max(1, len(kept) // 2)
        dropped = len(kept) - keep + dropped_before
        longest[:] = [*kept[:keep], f"… {dropped} more items not shown"]
        text = dump(data)
    return truncate(text, max_chars)
