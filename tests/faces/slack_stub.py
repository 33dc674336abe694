"""A local stand-in for Slack: a Web API stub server and signed-request helpers.

``SlackStub`` answers Web API calls on 127.0.0.1 the way Slack does (enough for chat.postMessage,
chat.update, chat.postEphemeral, auth.test and the three-step files_upload_v2) and records every
call, so tests assert on what the bot *sent*. ``wait_for`` blocks on a condition variable until the
expected calls have arrived (bounded), never on a fixed sleep.

After slackapi/bolt-python's ``tests/mock_web_api_server``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlparse

from fakes.http_stub import LoopbackHTTP
from slack_sdk.signature import SignatureVerifier

BOT_USER = "UCOPILOT"
TEAM = "T0TEAM"


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    token: str = ""
    response: dict[str, Any] = field(default_factory=dict)

    @property
    def ts(self) -> str:
        """The message ts Slack answered with (chat.postMessage) or was asked to edit (chat.update)."""
        return str(self.response.get("ts") or self.params.get("ts") or "")

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")

    @property
    def blocks(self) -> list[dict[str, Any]]:
        raw = self.params.get("blocks")
        if isinstance(raw, str):
            raw = json.loads(raw)
        return list(raw or [])


@dataclass
class SlackStub:
    """The Slack Web API on a loopback port (port 0: the OS picks a free one)."""

    calls: list[ApiCall] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)
    reject_auth: bool = False
    """Answer auth.test with invalid_auth (a revoked or mistyped token)."""
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _http: LoopbackHTTP = field(default_factory=lambda: LoopbackHTTP(lambda *_: (503, {}, b"")))

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> SlackStub:
        self._http = LoopbackHTTP(self._respond).start()
        return self

    def _respond(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, str], bytes]:
        route = urlparse(path).path
        if route.startswith("/upload/"):
            self._record_upload(route.rsplit("/", 1)[-1], raw)
            return 200, {"Content-Type": "text/plain"}, b"OK"
        lower = {k.lower(): v for k, v in headers.items()}
        params = self._parse(raw, lower.get("content-type") or "", path)
        token = (lower.get("authorization") or "").removeprefix("Bearer ")
        body = self._answer(route.strip("/"), params, token)
        return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(body).encode()

    def stop(self) -> None:
        self._http.stop()

    @property
    def url(self) -> str:
        assert self._http.port, "start() the stub first"
        return f"http://127.0.0.1:{self._http.port}/"

    # --- answers -----------------------------------------------------------------------------
    @staticmethod
    def _parse(raw: bytes, content_type: str, path: str) -> dict[str, Any]:
        text = raw.decode("utf-8") if raw else ""
        if "json" in content_type and text:
            return dict(json.loads(text))
        pairs = parse_qs(text or urlparse(path).query)
        return {k: v[0] for k, v in pairs.items()}

    def _next_ts(self) -> str:
        return f"1700000{next(self._ts):03d}.000100"

    def _answer(self, method: str, params: dict[str, Any], token: str) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": True}
        if method == "auth.test" and self.reject_auth:
            body = {"ok": False, "error": "invalid_auth"}
        elif method == "auth.test":
            body.update(user_id=BOT_USER, bot_id="BCOPILOT", team_id=TEAM, user="copilot", team="Test")
        elif method == "chat.postMessage":
            ts = self._next_ts()
            body.update(channel=params.get("channel"), ts=ts, message={"ts": ts, "text": params.get("text")})
        elif method == "chat.update":
            body.update(channel=params.get("channel"), ts=params.get("ts"), text=params.get("text"))
        elif method == "chat.postEphemeral":
            body.update(message_ts=self._next_ts())
        elif method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):06d}"
            body.update(upload_url=f"{self.url}upload/{file_id}", file_id=file_id)
        elif method == "files.completeUploadExternal":
            files = params.get("files")
            files = json.loads(files) if isinstance(files, str) else files
            body.update(files=[{"id": f["id"], "title": f.get("title")} for f in files or []])
        with self._cond:
            self.calls.append(ApiCall(method, params, token, body))
            self._cond.notify_all()
        return body

    def _record_upload(self, file_id: str, data: bytes) -> None:
        with self._cond:
            self.uploads[file_id] = data
            self._cond.notify_all()

    # --- assertions --------------------------------------------------------------------------
    def of(self, method: str) -> list[ApiCall]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, predicate: Callable[[SlackStub], bool], timeout: float = 20.0, what: str = "") -> None:
        """Block until ``predicate(self)`` holds (re-checked on every recorded call), at most ``timeout`` s."""
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout=timeout):
                seen = [f"{c.method}: {c.text[:80]!r}" for c in self.calls]
                raise AssertionError(f"timed out waiting for {what or predicate}; Slack saw {seen}")

    def wait_calls(self, method: str, count: int = 1, timeout: float = 20.0) -> list[ApiCall]:
        self.wait_for(lambda s: len([c for c in s.calls if c.method == method]) >= count, timeout, f"{count}x {method}")
        return self.of(method)


# --------------------------------------------------------------------------------------------
# signed requests to the bot
# --------------------------------------------------------------------------------------------


@dataclass
class SlackSender:
    """Posts correctly signed Slack requests (events, slash commands, button presses) to a Bolt URL."""

    url: str
    signing_secret: str

    def post(
        self, body: str, content_type: str, *, timestamp: int | None = None, sign_with: str | None = None,
        headers: dict[str, str] | None = None, unsigned: bool = False,
    ) -> tuple[int, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        verifier = SignatureVerifier(sign_with if sign_with is not None else self.signing_secret)
        signed = {} if unsigned else {
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=body),
        }
        request = urllib.request.Request(
            self.url,
            data=body.encode(),
            method="POST",
            headers={"Content-Type": content_type, **signed, **(headers or {})},
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def event(self, event: dict[str, Any], *, event_id: str, retry: int | None = None, **kw: Any) -> tuple[int, str]:
        payload = {
            "token": "unused", "team_id": TEAM, "api_app_id": "A0COPILOT", "type": "event_callback",
            "event_id": event_id, "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        }
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(json.dumps(payload), "application/json", headers=headers, **kw)

    def command(self, text: str, *, channel: str = "C0PLANS", user: str = "U0MARIA", **kw: Any) -> tuple[int, str]:
        form = {
            "token": "unused", "team_id": TEAM, "channel_id": channel, "channel_name": "marketing",
            "user_id": user, "user_name": "maria", "command": "/copilot", "text": text,
            "response_url": "http://127.0.0.1:9/unused", "trigger_id": "1.2.3", "api_app_id": "A0COPILOT",
        }
        return self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)

    def press(
        self, action_id: str, value: str, *, channel: str, message_ts: str, thread_ts: str | None = None,
        user: str = "U0MARIA", username: str = "maria", **kw: Any,
    ) -> tuple[int, str]:
        message: dict[str, Any] = {"ts": message_ts, "type": "message", "text": "plan"}
        if thread_ts:
            message["thread_ts"] = thread_ts
        payload = {
            "type": "block_actions", "team": {"id": TEAM}, "api_app_id": "A0COPILOT", "token": "unused",
            "user": {"id": user, "username": username, "team_id": TEAM},
            "channel": {"id": channel, "name": "marketing"},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
            "message": message, "trigger_id": "1.2.3", "response_url": "http://127.0.0.1:9/unused",
            "actions": [{"action_id": action_id, "block_id": "b", "value": value, "type": "button",
                         "action_ts": str(time.time())}],
        }
        return self.post("payload=" + quote(json.dumps(payload)), "application/x-www-form-urlencoded", **kw)
