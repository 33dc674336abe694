"""Workspace faults as one sentence: a damaged database, a missing or damaged feature/score file,
a folder copilot cannot write.

DuckDB and the file system raise these with messages meant for developers (and a traceback);
:func:`translate_fault` turns the ones a user can fix into a :class:`~copilot.errors.CopilotError`
naming the file and the fix, and returns None for anything else (a bug keeps its traceback).
Faces call it at their boundary (the CLI's error translation).
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import duckdb

from copilot.errors import CopilotError, DataError, MissingArtifactError, UsageError

_QUOTED = re.compile(r'"([^"]+)"|\'([^\']+)\'')
_DAMAGED_DB = ("not a valid DuckDB database file", "Could not read enough bytes", "Corrupt database file",
               "database file is corrupt", "Failed to load metadata", "checksum", "block id")
_UNWRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)
REBUILD = ("Restore it from a backup, or move it away and rebuild the data: `copilot init --demo` for the "
           "demo brand, `copilot data import --replace FILE...` for your own.")
WRITABLE = ("Choose a writable workspace with --workspace (or COPILOT_WORKSPACE), or make the folder "
            "writable, then run the command again.")


def _file_in(message: str, suffixes: tuple[str, ...]) -> str | None:
    for m in _QUOTED.finditer(message):
        name = m.group(1) or m.group(2)
        if name.endswith(suffixes):
            return name
    return None


def translate_fault(exc: BaseException) -> CopilotError | None:
    """The one-sentence error for a workspace fault, or None when ``exc`` is not one."""
    if isinstance(exc, duckdb.Error):
        text = str(exc)
        first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        if "Permission denied" in text or "Read-only file system" in text:
            where = _file_in(text, (".duckdb", ".wal", ".parquet", ".tmp", ".building")) or "the workspace"
            return UsageError(f"copilot cannot write {where} (permission denied or read-only).", hint=WRITABLE)
        parquet = _file_in(text, (".parquet",))
        if parquet is not None and ("No files found" in text or "magic bytes" in text or "parquet" in text.lower()):
            return MissingArtifactError(f"The trained feature or score file {parquet} is missing or damaged.",
                                        hint="Run `copilot train` to write it again.")
        db = _file_in(text, (".duckdb", ".building"))
        if db is not None and db.endswith(".building"):  # the copy an import rebuilds: name the live file
            live = Path(db)
            db = str(live.with_name(live.name.removeprefix(".").removesuffix(".building")))
        if db is not None and any(s in text for s in _DAMAGED_DB):
            return DataError(f"the workspace database is damaged or is not a DuckDB database ({first}).",
                             file=db, hint=REBUILD)
        return None
    if isinstance(exc, OSError) and exc.errno in _UNWRITABLE:
        where = exc.filename or "the workspace"
        return UsageError(f"copilot cannot write {where} ({exc.strerror or 'permission denied'}).", hint=WRITABLE)
    return None
