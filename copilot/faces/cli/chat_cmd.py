"""`copilot chat`: the terminal chat (see copilot.faces.chat)."""

from __future__ import annotations

import typer

from copilot.errors import UsageError
from copilot.faces.cli.context import err, state

CHAT_HELP = "\n\n".join([
    "Chat with copilot in the terminal: questions answered from your data, /plan for a campaign plan.",
    "Enter sends; Esc then Enter adds a line; Up/Down recall earlier inputs; Ctrl-C cancels the current "
    "answer; /help lists the commands; /quit or Ctrl-D leaves. --resume alone continues the most recent "
    "conversation; --resume ID a given one.",
])


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("chat", help=CHAT_HELP)(chat)


def chat(
    ctx: typer.Context,
    resume: bool = typer.Option(
        False, "--resume", "-r", help="Continue a saved conversation: CONVERSATION_ID, or the most recent one."
    ),
    conversation_id: str | None = typer.Argument(
        None, metavar="CONVERSATION_ID", help="With --resume: the conversation to continue (/history lists them)."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Chat model, e.g. local, openai:gpt-4o-mini."),
) -> None:
    """`copilot chat` (help text: CHAT_HELP)."""
    from copilot.core import Session
    from copilot.faces.chat import run_chat
    from copilot.faces.cli.context import first_run

    if conversation_id is not None and not resume:
        raise UsageError(f"To continue conversation '{conversation_id}', use `copilot chat --resume {conversation_id}`.")
    st = state(ctx)
    if model:
        st.overrides["model"] = model
    deps = st.deps()
    first_run(deps)
    if resume:
        probe = Session(deps)
        if conversation_id is None:
            recent = probe.list_conversations(limit=1)
            if not recent:
                raise UsageError("There is no saved conversation to resume yet; start one with `copilot chat`.")
            conversation_id = recent[0].id
        elif not probe.store.exists(conversation_id):
            raise UsageError(f"No saved conversation '{conversation_id}'; `/history` in the chat lists them.")
        err.print(f"Resuming conversation {conversation_id}.", highlight=False)
    run_chat(deps, conversation_id=conversation_id)
