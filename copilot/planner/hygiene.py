"""Moved: prompt-injection hygiene lives in the knowledge layer, :mod:`copilot.knowledge.hygiene`,
so every retrieval path screens facts (not only the planner's). This module re-exports it."""

from copilot.knowledge.hygiene import REDACTED, instruction_reason, redact_instructions, screen_facts

__all__ = ["REDACTED", "instruction_reason", "redact_instructions", "screen_facts"]
