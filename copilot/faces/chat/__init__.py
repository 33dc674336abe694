"""The terminal chat (``copilot chat``): a prompt_toolkit + rich REPL over the core ``Session``."""

from __future__ import annotations

from copilot.faces.chat.commands import COMMANDS, Chat, run_command
from copilot.faces.chat.repl import handle_line, run_chat, run_turn

__all__ = ["COMMANDS", "Chat", "handle_line", "run_chat", "run_command", "run_turn"]
