"""Attach copilot to a Bolt ``App`` (:func:`register`), or run it as its own bot (:func:`build_app`).

A brand that already runs a Bolt bot adds copilot with one call::

    from slack_bolt import App
    from copilot.deps import Deps
    from copilot.faces.slack import register

    app = App(token=..., signing_secret=...)     # the brand's existing bot
    register(app, Deps.from_settings())          # adds @copilot, DMs, /copilot and the plan buttons

Bolt runs only the *first* listener that matches a request, so copilot's ``app_mention`` and
``message`` listeners take only what is copilot's (:meth:`SlackCopilot.wants`) and let everything
else through; an app that handles those events itself passes ``chat_listeners=False`` and calls
:meth:`SlackCopilot.handle_event` from its own listener.

``copilot slack`` is the same registration on a fresh ``App``, served in Socket Mode or over HTTP.
"""

from __future__ import annotations

import logging
import re
from concurrent.futures import Executor
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_sdk import WebClient

from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import CopilotError, SettingsError
from copilot.faces.slack.blocks import SLACK_ACTIONS
from copilot.faces.slack.dedupe import EventDeduper
from copilot.faces.slack.listeners import SessionFactory, SlackCopilot
from copilot.faces.slack.readout_blocks import READOUT_ACTION
from copilot.faces.slack.text import redact
from copilot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def register(
    app: App,
    deps: Deps,
    *,
    session_factory: SessionFactory | None = None,
    command: str = "/copilot",
    update_interval: float = 1.0,
    max_concurrent_turns: int = 1,
    deduper: EventDeduper | None = None,
    chat_listeners: bool = True,
) -> SlackCopilot:
    """Attach copilot's listeners to ``app`` and return their state.

    Listens for ``app_mention``, direct messages and replies in channel threads copilot takes part
    in (answered in the thread, one conversation per thread), the ``command`` slash command
    (``/copilot plan <brief>``) and the plan buttons (Approve, Export, Regenerate copy). Each
    acknowledges at once; model turns run on copilot's own workers, never on Bolt's listener pool.
    A message delivered twice (Slack retries) is answered once.

    Bolt runs only the first listener that matches a request. copilot's ``app_mention`` listener
    matches every person's @mention; its ``message`` listener matches only DMs and replies in
    copilot's threads, so other messages still reach ``app``'s listeners. Listeners registered
    *before* this call that match the same events win over copilot's. ``chat_listeners=False``
    attaches no ``app_mention``/``message`` listener: call ``copilot.handle_event(event, client,
    context)`` from your own (it returns False for an event that is not copilot's).

    ``session_factory(conversation_id)`` builds the core session for a thread (default:
    ``Session(deps, conversation_id=...)``); ``update_interval`` throttles message edits;
    ``max_concurrent_turns`` is the number of copilot's turn workers (the rest queue, and say so).
    """
    factory: SessionFactory = session_factory or (lambda cid: Session(deps, conversation_id=cid))
    bot = SlackCopilot(
        deps=deps,
        session_factory=factory,
        update_interval=update_interval,
        max_concurrent_turns=max_concurrent_turns,
        deduper=deduper or EventDeduper(),
    )
    if chat_listeners:
        app.event("app_mention", matchers=[bot.wants])(ack=bot.ack, lazy=[bot.on_event])
        app.event("message", matchers=[bot.wants])(ack=bot.ack, lazy=[bot.on_event])
    app.command(command)(ack=bot.ack_command, lazy=[bot.on_command])
    app.action(SLACK_ACTIONS["approve"])(ack=bot.ack, lazy=[bot.on_approve])
    app.action(SLACK_ACTIONS["export"])(ack=bot.ack, lazy=[bot.on_export])
    app.action(SLACK_ACTIONS["regenerate"])(ack=bot.ack, lazy=[bot.on_regenerate])
    app.action(READOUT_ACTION)(ack=bot.ack, lazy=[bot.on_readout])
    return bot


def ignore_other_messages(app: App) -> None:
    """Acknowledge every ``message`` event no earlier listener took, quietly.

    For an app that is only copilot (``copilot slack``), registered after :func:`register`. Its
    ``message.channels`` subscription delivers every message of the channels copilot is in; for one
    that no listener takes, Bolt answers HTTP 404 (so Slack retries it) and logs an "Unhandled
    request" warning. Not for an app with ``message`` listeners of its own after copilot's: this one
    would take their messages.
    """

    def copilot_ignores_message() -> None:
        return None

    app.event("message")(copilot_ignores_message)


def build_app(
    settings: Settings,
    *,
    socket_mode: bool,
    client: WebClient | None = None,
    listener_executor: Executor | None = None,
) -> App:
    """A fresh Bolt ``App`` from copilot's Slack settings (tokens are read here, where they are used).

    ``client`` replaces the Web API client built from SLACK_BOT_TOKEN (tests point one at a local
    stub); ``listener_executor`` runs the listeners and lazy listeners (Bolt's default pool if None).
    """
    if client is None:
        if settings.slack_bot_token is None or not settings.slack_bot_token.get_secret_value():
            raise SettingsError(
                "The Slack bot needs its bot token.",
                hint="Set SLACK_BOT_TOKEN (xoxb-..., from your Slack app's OAuth & Permissions page).",
            )
        client = WebClient(token=settings.slack_bot_token.get_secret_value())
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    if not socket_mode and not secret:
        raise SettingsError(
            "HTTP mode needs the Slack signing secret.",
            hint="Set SLACK_SIGNING_SECRET (Basic Information page of your Slack app), or use Socket Mode.",
        )
    try:
        # Socket Mode requests are not signed; Bolt's signature check skips them by itself.
        return App(client=client, signing_secret=secret, name="copilot", listener_executor=listener_executor)
    except BoltError as exc:  # auth.test refused the token
        log.debug("Bolt refused to start: %s", redact(str(exc)))
        raise SettingsError(
            "Slack did not accept the bot token.",
            hint="Check SLACK_BOT_TOKEN (xoxb-..., OAuth & Permissions page) and that the app is installed.",
        ) from exc
    except OSError as exc:  # no network, DNS, TLS
        raise CopilotError(f"Could not reach Slack to check the bot token ({type(exc).__name__}).") from exc


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s - %s", self.address_string(), format % args)


def make_http_server(app: App, host: str = "127.0.0.1", port: int = 3000, path: str = EVENTS_PATH) -> WSGIServer:
    """A threaded HTTP server for ``app`` at ``http://host:port/path`` (port 0 picks a free one).

    For production behind a proxy, serve :class:`slack_bolt.adapter.wsgi.SlackRequestHandler`
    with any WSGI server instead (``gunicorn``); the app is the same.
    """
    return make_server(
        host, port, SlackRequestHandler(app, path=path), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )


def run_socket_mode(app: App, settings: Settings) -> None:
    """Connect to Slack over Socket Mode and serve until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
    if not re.match(r"^xapp-", token):
        raise SettingsError(
            "Socket Mode needs an app-level token (xapp-...).",
            hint="Create one with the connections:write scope on your Slack app's Basic Information page "
            "and set SLACK_APP_TOKEN; or run `copilot slack --http` with SLACK_SIGNING_SECRET.",
        )
    SocketModeHandler(app, token).start()
