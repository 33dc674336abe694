"""Test-only entry point: the real `copilot` command line with THE scripted model installed.

test_chat_tmux.py runs ``python tests/faces/run_chat_scripted.py --workspace WS chat`` inside tmux;
everything is the product's code except the chat model, which is the suite's ScriptedChatModel
(installed where the CLI builds its model, ``copilot.llm.providers.make_chat_model``).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for the shared fakes

from fakes import ScriptedChatModel, final, route

ANSWER = "We have **several** segments; *Champions* lead on revenue."
AFTER_CANCEL = "Still here after the cancel."


def slow_model(_messages: Any, _kwargs: Any) -> dict[str, Any]:
    """A model call that takes minutes: the test cancels it with Ctrl-C."""
    threading.Event().wait(300)
    return final("(too late)")


SCRIPT: list[Any] = [route("segment_lookup"), final(ANSWER), slow_model, final(AFTER_CANCEL)]


def main() -> None:
    import copilot.llm.providers as providers

    model = ScriptedChatModel(script=list(SCRIPT), chunk_size=3)
    providers.make_chat_model = lambda *_args, **_kwargs: model  # type: ignore[assignment]

    from copilot.faces.cli.main import app

    app(prog_name="copilot")


if __name__ == "__main__":
    main()
