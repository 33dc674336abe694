"""Atomic file-system writes: a crash or an error never leaves a half-written file or folder."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from copilot.errors import ResourceError

#: errno values meaning "the disk (or the user's quota) is full".
DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _size(n: int) -> str:
    for unit, div in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= div:
            return f"{n / div:.1f} {unit}"
    return f"{n} bytes"


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError ENOSPC/EDQUOT/EFBIG, or a DuckDB error that says the disk is full."""
    if isinstance(exc, OSError) and exc.errno in DISK_FULL:
        return True
    text = str(exc)
    return type(exc).__module__.startswith("duckdb") and (
        "No space left on device" in text or "Disk quota exceeded" in text)


def disk_full_error(folder: Path, needed: int | None = None) -> ResourceError:
    """The one sentence for a full disk: the folder, roughly the space needed, nothing changed."""
    free = ""
    with contextlib.suppress(OSError):
        free = f", {_size(shutil.disk_usage(_existing(folder)).free)} free now"
    need = f" this needs about {_size(needed)}" if needed else " this needs more space"
    return ResourceError(
        f"The disk holding {folder} is full ({need.strip()}{free}); nothing was changed.",
        hint="Free some space there, or choose a workspace on another disk with --workspace (or "
        "COPILOT_WORKSPACE), then run the command again.",
    )


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


@contextlib.contextmanager
def translating_disk_full(folder: Path, needed: int | None = None) -> Iterator[None]:
    """Raise :func:`disk_full_error` instead of the OS's (or DuckDB's) disk-full error inside the block.

    Callers clean up what they were writing (atomic writes do); this only turns the error into one sentence."""
    try:
        yield
    except ResourceError:
        raise
    except Exception as exc:
        if is_disk_full(exc):
            raise disk_full_error(folder, needed) from exc
        raise


def tree_size(path: Path) -> int:
    """Bytes under ``path`` (a file or a folder; 0 when missing)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for p in path.rglob("*") if path.is_dir() else ():
        with contextlib.suppress(OSError):
            if p.is_file():
                total += p.stat().st_size
    return total


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a mix."""
    with translating_disk_full(path.parent, len(data)):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_dir(target: Path) -> Iterator[Path]:
    """Build a directory in a temporary sibling, then swap it into place.

    If the body raises, the temporary directory is removed and ``target`` is untouched.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if is_disk_full(exc):
            raise disk_full_error(target.parent, tree_size(target) or None) from exc
        raise
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)
