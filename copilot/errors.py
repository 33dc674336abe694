"""A small exception tree, translated at each boundary.

* A face (CLI, REPL, Slack) shows ``str(error)`` -- one clear sentence -- and uses ``exit_code``.
* The agent loop turns a :class:`ToolError` (or any :class:`CopilotError` raised inside a tool)
  into text the model can act on.
* Tests see the real traceback: nothing here swallows exceptions.
"""

from __future__ import annotations


class CopilotError(Exception):
    """Base class of every error copilot raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if hint is None else f"{message} {hint}")


class UsageError(CopilotError):
    """The user asked for something malformed (bad option, bad argument)."""

    exit_code = 2


class SettingsError(UsageError):
    """A setting is missing or wrong. The message says which one and how to fix it."""


class DataError(CopilotError):
    """Input data breaks the data contract. Names the file, row and column and what was expected."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        where = []
        if file:
            where.append(file)
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column '{column}'")
        prefix = (", ".join(where) + ": ") if where else ""
        super().__init__(prefix + message, hint=hint)


class MissingArtifactError(CopilotError):
    """Data, a trained model or an index is missing or stale; the hint names the command that fixes it."""

    exit_code = 3


class ToolError(CopilotError):
    """A tool could not answer; the message goes back to the model as text it can act on."""


class ModelError(CopilotError):
    """The language model provider failed (server down, bad answer, timeout)."""


class ResourceError(CopilotError):
    """The machine, or a limit set on copilot, ran out of memory or disk; the hint says which knob."""


class KnowledgeError(CopilotError):
    """The knowledge base could not read, embed or store a document."""
