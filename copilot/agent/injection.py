"""Moved to :mod:`copilot.llm.injection` (the planner uses it too); this name is kept for one release."""

from copilot.llm.injection import compact_json, fence_for, truncate, wrap_data

__all__ = ["compact_json", "fence_for", "truncate", "wrap_data"]
