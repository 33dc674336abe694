"""`copilot slack`: run the Slack bot (Socket Mode or HTTP) — copilot's listeners on a fresh Bolt app."""

from __future__ import annotations

import typer

from copilot.faces.cli.context import err, first_run, out, state

SLACK_HELP = "\n\n".join([
    "Run copilot as a Slack bot: answers @mentions and DMs in threads, /copilot plan <brief>, "
    "and plan buttons (Approve, Export, Regenerate copy).",
    "Socket Mode (default) needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN and no public URL. HTTP mode "
    "(--http) needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and a public HTTPS URL forwarding to "
    "http://HOST:PORT/slack/events. --manifest prints the Slack app manifest to create the app from.",
])


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("slack", help=SLACK_HELP)(slack)


def slack(
    ctx: typer.Context,
    http: bool = typer.Option(
        False, "--http", help="Serve Slack's HTTP requests (needs SLACK_SIGNING_SECRET) instead of Socket Mode."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="HTTP mode: address to listen on."),
    port: int = typer.Option(3000, "--port", min=0, max=65535, help="HTTP mode: port to listen on."),
    manifest: bool = typer.Option(False, "--manifest", help="Print the Slack app manifest (YAML) and exit."),
) -> None:
    """`copilot slack` (help text: SLACK_HELP)."""
    from copilot.faces import slack as slack_face

    if manifest:
        out.file.write(slack_face.manifest_text())
        return
    st = state(ctx)
    settings = st.settings()
    bolt_app = slack_face.build_app(settings, socket_mode=not http)
    deps = st.deps()
    first_run(deps)  # the first run builds the demo brand, like every other command
    slack_face.register(bolt_app, deps)
    slack_face.ignore_other_messages(bolt_app)  # channel messages copilot leaves alone: no warning each
    if http:
        server = slack_face.make_http_server(bolt_app, host=host, port=port)
        err.print(f"copilot is listening for Slack on http://{host}:{server.server_port}/slack/events (Ctrl-C stops)")
        try:
            server.serve_forever()
        finally:
            server.server_close()
    else:
        err.print("copilot is connecting to Slack over Socket Mode (Ctrl-C stops)")
        slack_face.run_socket_mode(bolt_app, settings)
