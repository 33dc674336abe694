"""Text helpers for Slack: Markdown to mrkdwn, mention stripping, and safe one-sentence errors."""

from __future__ import annotations

import re

from copilot.errors import CopilotError

# Slack tokens and secrets that must never reach a channel or a log line.
_SECRET = re.compile(r"\b(?:xox[abposre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{16,})")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")

SLACK_TEXT_LIMIT = 3900
"""Characters per message text we allow ourselves (Slack truncates a text over 40,000 and a block at 3,000)."""

GENERIC_FAILURE = "Sorry, something went wrong on my side; the details are in the copilot log."


def redact(text: str) -> str:
    """Replace anything shaped like a Slack token or an API key by ``[redacted]``."""
    return _SECRET.sub("[redacted]", text)


def strip_mentions(text: str) -> str:
    """``"<@U123> how many lapsed runners?"`` -> ``"how many lapsed runners?"``."""
    return " ".join(_MENTION.sub(" ", text).split())


def to_mrkdwn(markdown: str) -> str:
    """A small, safe Markdown -> Slack mrkdwn conversion (bold, headings, links)."""
    text = _HEADING.sub(lambda m: f"*{m.group(1).strip()}*", markdown)
    text = _BOLD.sub(lambda m: f"*{m.group(1)}*", text)
    return _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)


def clip(text: str, limit: int = SLACK_TEXT_LIMIT) -> str:
    """Cut ``text`` to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 2].rstrip() + " …"


def error_sentence(exc: BaseException) -> str:
    """What a channel may see about ``exc``: copilot's own one-sentence message, or a generic one.

    Never a stack trace, never an exception's repr, never a token.
    """
    if isinstance(exc, CopilotError):
        return redact(str(exc))
    return GENERIC_FAILURE
