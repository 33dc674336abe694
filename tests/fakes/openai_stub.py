"""A local stand-in for an OpenAI-compatible server: ``POST /v1/chat/completions`` from a script.

For HTTP-level tests of the REAL provider classes (``OpenAIChatModel``, ``CompatibleChatModel``:
langchain-openai over the openai SDK over httpx). Everything else in the suite uses THE scripted
LangChain model (``fakes.ScriptedChatModel``), which skips HTTP entirely.

Script items, consumed one per request, in order:

* ``"plain text"`` -- an assistant message with that content;
* a ``dict`` -- dumped as JSON content (a reply to ``response_format``: structured output or a
  router action);
* :func:`tool_call` / :func:`tool_calls` -- native ``tool_calls`` (``finish_reason="tool_calls"``);
* :func:`http_error` -- an OpenAI-style error body with that HTTP status (401, 500...);
* :class:`StubReply` -- any of the above spelled out (content, tool calls, usage...);
* a callable ``(ChatRequest) -> any of the above`` -- a reply computed from the request.

Each reply is served the way the client asked: one JSON ``chat.completion``, or with
``"stream": true`` server-sent events -- ``chat.completion.chunk`` deltas (role, content pieces,
tool calls by ``index`` with ``id``/name first and the arguments in pieces), a chunk with the
``finish_reason``, a ``usage`` chunk when ``stream_options.include_usage`` is set, then
``data: [DONE]``.

Every request is recorded (:class:`ChatRequest`: the JSON body and the ``Authorization``
header). Running out of script answers HTTP 500 with ``x-should-retry: false`` and fails
:meth:`OpenAIStub.assert_complete`. ``wait_for`` blocks on a condition variable, never a sleep.

Example::

    with OpenAIStub([tool_call("segment_lookup", segment="Champions"), "42 customers."]) as stub:
        monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
        ...
    stub.assert_complete()
    assert stub.requests[1].messages[-1]["role"] == "tool"
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from fakes.http_stub import LoopbackHTTP

CHAT_PATH = "/v1/chat/completions"


# --------------------------------------------------------------------------------------------
# what the stub answers
# --------------------------------------------------------------------------------------------


@dataclass
class StubToolCall:
    name: str
    arguments: dict[str, Any] | str  # a str is sent verbatim (e.g. broken JSON)
    id: str = ""

    @property
    def arguments_json(self) -> str:
        return self.arguments if isinstance(self.arguments, str) else json.dumps(self.arguments)


@dataclass
class StubReply:
    """One scripted answer (see module docs for the shorthands)."""

    content: str | None = None
    tool_calls: list[StubToolCall] = field(default_factory=list)
    status: int = 200
    error: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    usage: dict[str, int] | None = None
    """Token usage to report; by default estimated (~4 characters a token)."""
    finish_reason: str | None = None
    chunk_size: int = 8
    """Characters per streamed content/arguments piece."""

    @property
    def finish(self) -> str:
        return self.finish_reason or ("tool_calls" if self.tool_calls else "stop")


def tool_call(name: str, _id: str | None = None, **arguments: Any) -> StubReply:
    """A reply with one native tool call."""
    return StubReply(tool_calls=[StubToolCall(name, arguments, _id or "")])


def tool_calls(*calls: tuple[str, dict[str, Any]], content: str | None = None) -> StubReply:
    """A reply with several native tool calls (optionally with some text before them)."""
    return StubReply(content=content, tool_calls=[StubToolCall(n, a) for n, a in calls])


def http_error(
    status: int,
    message: str = "Internal server error",
    *,
    type: str = "server_error",
    code: str | None = None,
    retry: bool | None = False,
) -> StubReply:
    """An OpenAI-style error response. ``retry`` sets the ``x-should-retry`` header the openai SDK
    obeys (``False``: the client gives up at once; ``None``: no header, the SDK decides by status
    and waits ~1 ms before retrying)."""
    headers = {"retry-after-ms": "1"}
    if retry is not None:
        headers["x-should-retry"] = "true" if retry else "false"
    return StubReply(
        status=status,
        error={"message": message, "type": type, "param": None, "code": code},
        headers=headers,
    )


ScriptItem = str | dict[str, Any] | StubReply | Callable[["ChatRequest"], Any]


def as_reply(item: Any) -> StubReply:
    if isinstance(item, StubReply):
        return item
    if isinstance(item, str):
        return StubReply(content=item)
    if isinstance(item, dict):
        return StubReply(content=json.dumps(item, ensure_ascii=False))
    raise TypeError(f"OpenAIStub: cannot answer with {item!r}")


# --------------------------------------------------------------------------------------------
# what the stub received
# --------------------------------------------------------------------------------------------


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content)


@dataclass
class ChatRequest:
    """One request the stub received: the JSON body and the headers that matter."""

    path: str
    body: dict[str, Any]
    authorization: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def api_key(self) -> str:
        return self.authorization.removeprefix("Bearer ")

    @property
    def model(self) -> str:
        return str(self.body.get("model", ""))

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    @property
    def roles(self) -> list[str]:
        return [str(m.get("role")) for m in self.messages]

    def of_role(self, role: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m.get("role") == role]

    @property
    def all_text(self) -> str:
        return "\n".join(_text(m.get("content")) for m in self.messages)

    @property
    def last_text(self) -> str:
        return _text(self.messages[-1].get("content")) if self.messages else ""

    @property
    def tools(self) -> list[dict[str, Any]]:
        return list(self.body.get("tools") or [])

    @property
    def tool_names(self) -> list[str]:
        return [t["function"]["name"] for t in self.tools]

    def tool(self, name: str) -> dict[str, Any]:
        """The ``function`` object of tool ``name`` as sent."""
        for t in self.tools:
            if t["function"]["name"] == name:
                return dict(t["function"])
        raise KeyError(f"no tool {name!r} in the request; sent: {self.tool_names}")

    @property
    def tool_choice(self) -> Any:
        return self.body.get("tool_choice")

    @property
    def response_format(self) -> dict[str, Any] | None:
        return self.body.get("response_format")

    @property
    def json_schema(self) -> dict[str, Any] | None:
        """The schema of a ``json_schema`` response format, if any."""
        fmt = self.response_format or {}
        return (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    @property
    def include_usage(self) -> bool:
        return bool((self.body.get("stream_options") or {}).get("include_usage"))


# --------------------------------------------------------------------------------------------
# the server
# --------------------------------------------------------------------------------------------


@dataclass
class OpenAIStub:
    """``POST /v1/chat/completions`` on a loopback port (port 0: the OS picks a free one)."""

    script: list[Any] = field(default_factory=list)
    model_name: str = "stub-model"
    requests: list[ChatRequest] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Requests the script could not answer (exhausted, bad path, unreadable body)."""
    _cursor: int = 0
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _http: LoopbackHTTP = field(default_factory=lambda: LoopbackHTTP(lambda *_: (503, {}, b"")))

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> OpenAIStub:
        self._http = LoopbackHTTP(self._respond).start()
        return self

    def _respond(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, str], bytes]:
        if method == "GET":  # e.g. GET /v1/models from a health check
            body = json.dumps({"object": "list", "data": [{"id": self.model_name, "object": "model"}]})
            status = 200 if urlparse(path).path == "/v1/models" else 404
            return status, {"Content-Type": "application/json"}, body.encode()
        try:
            return self._handle(path, headers, raw)
        except Exception as exc:  # a bug in a callable reply: answer 500, fail assert_complete
            self._problem(f"reply failed: {type(exc).__name__}: {exc}")
            return _error_response(500, f"stub reply failed: {exc}")

    def stop(self) -> None:
        """Stop serving and free the port (idempotent)."""
        self._http.stop()

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What an OpenAI client wants as ``base_url`` (``http://127.0.0.1:<port>/v1``)."""
        port = self._http.port
        assert port, "start() the stub first"
        return f"http://127.0.0.1:{port}/v1"

    # --- script ------------------------------------------------------------------------------
    def add(self, *items: ScriptItem) -> OpenAIStub:
        with self._cond:
            self.script.extend(items)
        return self

    @property
    def remaining(self) -> int:
        return len(self.script) - self._cursor

    def assert_complete(self) -> None:
        """Fail when script items were left unused or a request could not be answered."""
        with self._cond:
            assert not self.problems, f"OpenAIStub: {self.problems}"
            if self._cursor != len(self.script):
                left = self.script[self._cursor :]
                raise AssertionError(f"OpenAIStub: {len(left)} script item(s) unused: {left!r}")

    def wait_for(self, predicate: Callable[[OpenAIStub], bool], timeout: float = 20.0, what: str = "") -> None:
        """Block until ``predicate(self)`` holds (re-checked on every request), at most ``timeout`` s."""
        with self._cond:
            if not self._cond.wait_for(lambda: predicate(self), timeout=timeout):
                raise AssertionError(
                    f"timed out waiting for {what or predicate}; the stub saw {len(self.requests)} request(s)"
                )

    def _problem(self, text: str) -> None:
        with self._cond:
            self.problems.append(text)
            self._cond.notify_all()

    # --- answering ---------------------------------------------------------------------------
    def _handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, dict[str, str], bytes]:
        lower = {k.lower(): v for k, v in headers.items()}
        if urlparse(path).path != CHAT_PATH:
            self._problem(f"unexpected POST {path}")
            return _error_response(404, f"unknown path {path}")
        try:
            body = json.loads(raw.decode("utf-8") or "{}")
        except ValueError as exc:
            self._problem(f"unreadable request body: {exc}")
            return _error_response(400, "request body is not JSON")
        request = ChatRequest(path, dict(body), lower.get("authorization", ""), lower)
        with self._cond:
            self.requests.append(request)
            item = self.script[self._cursor] if self._cursor < len(self.script) else None
            if item is not None:
                self._cursor += 1
            self._cond.notify_all()
        if item is None:
            self._problem(f"script exhausted at request {len(self.requests)}")
            return _error_response(500, "OpenAIStub: script exhausted")
        reply = as_reply(item(request) if callable(item) else item)
        if reply.status >= 400:
            err = reply.error or {"message": "error", "type": "server_error", "param": None, "code": None}
            return reply.status, {"Content-Type": "application/json", **reply.headers}, _dumps({"error": err})
        n = next(self._ids)
        for i, call in enumerate(reply.tool_calls):
            call.id = call.id or f"call_stub{n:03d}{i}"
        model = request.model or self.model_name
        usage = reply.usage or _estimate_usage(request, reply)
        if request.stream:
            events = _stream_events(f"chatcmpl-stub{n:03d}", model, reply, usage if request.include_usage else None)
            payload = b"".join(f"data: {e}\n\n".encode() for e in events)
            return 200, {"Content-Type": "text/event-stream", "Cache-Control": "no-cache", **reply.headers}, payload
        return 200, {"Content-Type": "application/json", **reply.headers}, _dumps(_completion(f"chatcmpl-stub{n:03d}", model, reply, usage))


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _error_response(status: int, message: str) -> tuple[int, dict[str, str], bytes]:
    body = {"error": {"message": message, "type": "stub_error", "param": None, "code": None}}
    return status, {"Content-Type": "application/json", "x-should-retry": "false"}, _dumps(body)


def _estimate_usage(request: ChatRequest, reply: StubReply) -> dict[str, int]:
    prompt = max(1, len(json.dumps(request.messages)) // 4)
    out = (reply.content or "") + "".join(c.name + c.arguments_json for c in reply.tool_calls)
    completion = max(1, len(out) // 4)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _tool_call_json(call: StubToolCall) -> dict[str, Any]:
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments_json}}


def _completion(cid: str, model: str, reply: StubReply, usage: dict[str, int]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content, "refusal": None}
    if reply.tool_calls:
        message["tool_calls"] = [_tool_call_json(c) for c in reply.tool_calls]
    return {
        "id": cid,
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": reply.finish}],
        "usage": usage,
    }


def _pieces(text: str, size: int) -> Iterator[str]:
    size = max(1, size)
    for i in range(0, len(text), size):
        yield text[i : i + size]


def _stream_events(cid: str, model: str, reply: StubReply, usage: dict[str, int] | None) -> list[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return json.dumps(
            {"id": cid, "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model,
             "choices": [choice]},
            ensure_ascii=False,
        )

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": piece}) for piece in _pieces(reply.content or "", reply.chunk_size)]
    for index, call in enumerate(reply.tool_calls):
        head = {"index": index, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}
        events.append(chunk({"tool_calls": [head]}))
        events += [
            chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
            for piece in _pieces(call.arguments_json, reply.chunk_size)
        ]
    events.append(chunk({}, reply.finish))
    if usage is not None:
        events.append(
            json.dumps({"id": cid, "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model,
                        "choices": [], "usage": usage})
        )
    events.append("[DONE]")
    return events
