"""Attach copilot to a Bolt ``App`` (:func:`register`), or run it as its own bot (:func:`build_app`).

A brand that already runs a Bolt bot adds copilot with one call::

    from slack_bolt import App
from slack_bolt.error import BoltError
    from copilot.deps import Deps
    from copilot.faces.slack import register

    app = App(token=..., signing_secret=...)     # the brand's existing bot
    register(app, Deps.from_settings())          # adds @copilot, DMs, /copilot and the plan buttons

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
from copilot.faces.slack.dedupe import EventDeduper, dedupe_middleware
from copilot.faces.slack.listeners import SessionFactory, SlackCopilot
from copilot.faces.slack.text import redact
from copilot.planner.render import SLACK_ACTIONS
from copilot.settings import Settings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def _is_user_dm(event: dict[str, object]) -> bool:
    """A direct message a person wrote (not an edit, a join, or a bot's own message)."""
    return event.get("channel_type") == "im" and not event.get("subtype") and not event.get("bot_id")


def register(
    app: App,
    deps: Deps,
    *,
    session_factory: SessionFactory | None = None,
    command: str = "/copilot",
    update_interval: float = 1.0,
    max_concurrent_turns: int = 1,
    deduper: EventDeduper | None = None,
) -> SlackCopilot:
    """Attach copilot's listeners to ``app`` and return their state.

    Listens for ``app_mention`` and direct messages (answered in a thread, one conversation per
    thread), the ``command`` slash command (``/copilot plan <brief>``) and the plan buttons
    (Approve, Export, Regenerate copy). Each acknowledges at once and works in a lazy listener.
    Repeat deliveries of an event (Slack retries) are answered once. Nothing else on ``app`` changes.

    ``session_factory(conversation_id)`` builds the core session for a thread (default:
    ``Session(deps, conversation_id=...)``); ``update_interval`` throttles message edits;
    ``max_concurrent_turns`` bounds the model work running at once (the rest queue, and say so).
    """
    factory: SessionFactory = session_factory or (lambda cid: Session(deps, conversation_id=cid))
    bot = SlackCopilot(
        deps=deps, session_factory=factory, update_interval=update_interval, max_concurrent_turns=max_concurrent_turns
    )
    once = dedupe_middleware(deduper or EventDeduper())

    app.event("app_mention", middleware=[once])(ack=bot.ack, lazy=[bot.on_mention])
    app.event("message", matchers=[_is_user_dm], middleware=[once])(ack=bot.ack, lazy=[bot.on_direct_message])
    app.command(command)(ack=bot.ack_command, lazy=[bot.on_command])
    app.action(SLACK_ACTIONS["approve"])(ack=bot.ack, lazy=[bot.on_approve])
    app.action(SLACK_ACTIONS["export"])(ack=bot.ack, lazy=[bot.on_export])
    app.action(SLACK_ACTIONS["regenerate"])(ack=bot.ack, lazy=[bot.on_regenerate])
    return bot


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
