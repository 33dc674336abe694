"""copilot in Slack: a Bolt app (mentions, DMs, ``/copilot plan``, plan buttons) over the one core.

``register(app, deps)`` attaches copilot to an existing ``slack_bolt.App``; ``copilot slack`` runs
the same registration on a fresh app. ``manifest.yaml`` (package data) is the Slack app manifest.
"""

from __future__ import annotations

from importlib import resources

from copilot.faces.slack.app import (
    build_app,
    ignore_other_messages,
    make_http_server,
    register,
    run_socket_mode,
)
from copilot.faces.slack.listeners import SlackCopilot, conversation_id


def manifest_text() -> str:
    """The Slack app manifest (YAML) shipped with copilot."""
    return resources.files(__package__).joinpath("manifest.yaml").read_text(encoding="utf-8")


__all__ = [
    "SlackCopilot",
    "build_app",
    "conversation_id",
    "ignore_other_messages",
    "make_http_server",
    "manifest_text",
    "register",
    "run_socket_mode",
]
