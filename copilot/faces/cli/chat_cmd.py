"""`copilot chat`: the terminal chat (see copilot.faces.chat)."""

from __future__ import annotations

import typer

from copilot.errors import UsageError
from copilot.faces.cli.context import err, state

LAST = "last"


CHAT_HELP = "\n\n".join([
    "Chat with copilot in the terminal: questions answered from your data, /plan for a campaign plan.",
    "Enter sends; Esc then Enter adds a line; Up/Down recall earlier inputs; Ctrl-C cancels the current "
    "answer; /help lists the commands; /quit or Ctrl-D leaves. --resume alone continues the most recent "
    "conversation.",
])


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("chat", help=CHAT_HELP)(chat)


def chat(
    ctx: typer.Context,
    resume: str | None = typer.Option(
        None, "--resume", "-r", help="Continue a saved conversation: its id, or 'last' for the most recent.",
        is_flag=False, flag_value=LAST,
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Chat model, e.g. local, openai:gpt-4o-mini."),
) -> None:
    """`copilot chat` (help text: CHAT_HELP)."""
    from copilot.core import Session
    from copilot.faces.chat import run_chat
    from copilot.faces.cli.plan_cmd import prepare_workspace

    st = state(ctx)
    if model:
        st.overrides["model"] = model
    deps = st.deps()
    prepare_workspace(deps)
    conversation_id: str | None = None
    if resume is not None:
        probe = Session(deps)
        if resume == LAST:
            recent = probe.list_conversations(limit=1)
            if not recent:
                raise UsageError("There is no saved conversation to resume yet; start one with `copilot chat`.")
            conversation_id = recent[0].id
        elif not probe.store.exists(resume):
            raise UsageError(f"No saved conversation '{resume}'; `/history` in the chat lists them.")
        else:
            conversation_id = resume
        err.print(f"Resuming conversation {conversation_id}.", highlight=False)
    run_chat(deps, conversation_id=conversation_id)
