"""Shared test fakes. ``ScriptedChatModel`` is THE fake chat model for the whole suite."""

from fakes.scripted_model import (
    ScriptedChatModel,
    ScriptedRequest,
    final,
    route,
    tool_call,
    tool_calls,
)

__all__ = ["ScriptedChatModel", "ScriptedRequest", "final", "route", "tool_call", "tool_calls"]
