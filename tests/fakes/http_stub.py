"""The one loopback HTTP server the test stubs share (tests/fakes/openai_stub.py, tests/faces/slack_stub.py).

``LoopbackHTTP(respond).start()`` serves on 127.0.0.1 (port 0: the OS picks a free one) in a
daemon thread; every GET and POST is answered by ``respond(method, path, headers, body) ->
(status, headers, payload)``. ``stop()`` is idempotent and keeps the port for messages that name it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Respond = Callable[[str, str, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]


@dataclass
class LoopbackHTTP:
    respond: Respond
    _port: int = 0
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    def start(self) -> LoopbackHTTP:
        respond = self.respond

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, headers, payload = respond(self.command, self.path, dict(self.headers.items()), raw)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                try:
                    self.wfile.write(payload)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            do_GET = do_POST

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._port = self._server.server_port
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port (idempotent)."""
        server, thread, self._server, self._thread = self._server, self._thread, None, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    @property
    def port(self) -> int:
        """The port served on (still known after :meth:`stop`); 0 before :meth:`start`."""
        return self._port
