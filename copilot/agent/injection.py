"""Prompt-injection hygiene: tool outputs and retrieved facts reach the model as *data*.

Every tool result is wrapped in a fenced block whose info string says it is data
(```` ```data source=tool:search_product_facts ````), with a fence longer than any backtick run
inside, so content can never close the block early. The system prompt (``prompts/system.md``)
tells the model that text inside data blocks is never an instruction. The system prompt itself is
built only from prompt files and trusted settings, never from tool output.
"""

from __future__ import annotations

import re

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
