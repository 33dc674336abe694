"""The workspace: one folder per brand holding its DuckDB database, model artifacts and indexes.

Layout (all paths relative to ``root``)::

    copilot.toml          settings for this workspace (no secrets)
    copilot.duckdb        the brand's tables (see copilot.data.contract)
    models/<name>/<version>/...   trained artifacts (each with meta.json: fingerprint, metrics)
    models/CURRENT.json   the live version of every model, replaced atomically in one step
    chroma/               the embedded Chroma vector store
    features/             Parquet feature tables (also written by the Spark backend)
    scores/               batch propensity scores
    plans/<plan_id>.json  saved campaign plans with their evidence and cost ledger
    conversations.sqlite  chat memory
    cache/                derived, rebuildable files (assembled GGUF, tiktoken tables,
                          the data fingerprint of the current database file)
    workspace.json        what the workspace holds: ``{"kind": "demo" | "brand", ...}``, written
                          atomically when the demo is built or a brand's data first imported
    .copilot.lock         the writers' lock (copilot.lock), with its holder in .copilot.lock.json
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Literal, ParamSpec, TypeVar

import duckdb

from copilot.errors import MissingArtifactError, ResourceError

if TYPE_CHECKING:
    from copilot.settings import Settings

DB_FILE = "copilot.duckdb"
MANIFEST_FILE = "workspace.json"
WorkspaceKind = Literal["demo", "brand"]


@dataclass(frozen=True)
class Workspace:
    root: Path
    #: DuckDB configuration for every connection to this workspace's database, e.g.
    #: ``(("memory_limit", "4GB"),)`` (from the ``duckdb_memory_limit`` / ``duckdb_threads``
    #: settings). One process must open a database file with one configuration, so it lives here.
    duckdb_config: tuple[tuple[str, str], ...] = ()

    # --- paths -------------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def chroma_dir(self) -> Path:
        return self.root / "chroma"

    @property
    def features_dir(self) -> Path:
        return self.root / "features"

    @property
    def scores_dir(self) -> Path:
        return self.root / "scores"

    @property
    def plans_dir(self) -> Path:
        return self.root / "plans"

    @property
    def conversations_path(self) -> Path:
        return self.root / "conversations.sqlite"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_FILE

    # --- what the workspace holds ---------------------------------------------------------------
    def manifest(self) -> dict[str, object]:
        """The workspace's manifest (``{}`` when none was written or it cannot be read)."""
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def kind(self) -> WorkspaceKind | None:
        """``"demo"`` (built by copilot), ``"brand"`` (a brand's own data was imported) or None (never said)."""
        kind = self.manifest().get("kind")
        return kind if kind in ("demo", "brand") else None

    def mark(self, kind: WorkspaceKind, **details: object) -> None:
        """Record what the workspace holds (atomically). A brand workspace stays one unless the demo
        explicitly replaces its data (``copilot init --demo --force``, which passes ``kind="demo"``)."""
        from copilot.fsutil import atomic_write_text

        data = self.manifest()
        if data.get("kind") == kind and not details:
            return
        from datetime import datetime

        data.setdefault("created", datetime.now(UTC).isoformat(timespec="seconds"))
        data["kind"] = kind
        data["marked"] = datetime.now(UTC).isoformat(timespec="seconds")
        data.update(details)
        atomic_write_text(self.manifest_path, json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")

    def held_brand_data(self) -> bool:
        """True when this folder holds, or once held, a brand's own data: its manifest says so, or (an
        older workspace without one) it has a database or trained models. The automatic first-run demo
        is built only where this is False."""
        kind = self.kind()
        if kind is not None:
            return kind == "brand"
        return self.db_path.exists() or (self.models_dir / "CURRENT.json").exists()

    def refuse_demo_over_brand(self) -> None:
        """Raise the one sentence for a brand workspace whose data is missing (nothing is written)."""
        if self.held_brand_data():
            if not self.db_path.exists():
                raise MissingArtifactError(
                    f"Workspace {self.root} holds a brand's data but its database {DB_FILE} is missing;",
                    hint=f"restore {DB_FILE} from a backup (or re-import your files with `copilot data import "
                    "--replace FILE...`), or run `copilot init --demo` in a new folder for the demo brand.",
                )
            raise MissingArtifactError(
                f"Workspace {self.root} holds a brand's data but no customers with orders yet;",
                hint="import the rest with `copilot data import FILE...` (e.g. orders.csv and order_lines.csv); "
                "`copilot data tables` shows what is there.",
            )

    # --- state -------------------------------------------------------------------------------
    def exists(self) -> bool:
        """True when the workspace has a database whose core tables hold customers and orders."""
        if not self.db_path.exists():
            return False
        with self.connect() as con:
            names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            if not {"customers", "products", "orders", "order_lines"} <= names:
                return False
            # An import of customers.csv alone creates every table; without orders there is nothing to model.
            row = con.execute("SELECT (SELECT count(*) FROM customers) > 0 AND (SELECT count(*) FROM orders) > 0")
            has_rows = row.fetchone()
        return bool(has_rows and has_rows[0])

    def require_data(self) -> None:
        if not self.exists():
            raise MissingArtifactError(
                f"No data in workspace {self.root}.",
                hint="Run `copilot init --demo` for the demo brand, or `copilot data import FILE...`.",
            )

    def create(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    # --- database ------------------------------------------------------------------------------
    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        """Open the workspace database. Read-only connections may be opened by many readers."""
        if read_only and not self.db_path.exists():
            raise MissingArtifactError(
                f"Workspace {self.root} has no database yet.",
                hint="Run `copilot init --demo` or `copilot data import FILE...`.",
            )
        self.create()
        return duckdb.connect(str(self.db_path), read_only=read_only, config=dict(self.duckdb_config))

    @contextlib.contextmanager
    def rebuild_database(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Write a whole new database beside the live one and swap it in only on success.

        Used by the demo builder and bulk loads: a crash or an error leaves the old database
        exactly as it was.
        """
        from copilot.fsutil import disk_full_error, is_disk_full

        self.create()
        tmp = self.root / f".{DB_FILE}.building"
        wal = tmp.with_name(tmp.name + ".wal")
        for p in (tmp, wal):
            if p.exists():
                p.unlink()
        # roughly what a rebuild needs: a second copy of the database, plus room to grow
        needed = 2 * self.db_path.stat().st_size if self.db_path.exists() else 64 << 20
        con: duckdb.DuckDBPyConnection | None = None
        try:
            if self.db_path.exists():
                shutil.copyfile(self.db_path, tmp)
            con = duckdb.connect(str(tmp), config=dict(self.duckdb_config))
            yield con
            _finish(con)
            con.close()
            os.replace(tmp, self.db_path)
        except BaseException as exc:
            if con is not None:
                with contextlib.suppress(duckdb.Error):
                    con.close()
            for p in (tmp, wal):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            if is_disk_full(exc):
                raise disk_full_error(self.root, needed) from exc
            raise


def _finish(con: duckdb.DuckDBPyConnection) -> None:
    """Write a rebuilt database to disk (the step a full disk fails; tests replace it to simulate that)."""
    con.execute("CHECKPOINT")


def open_workspace(root: Path | str, *, memory_limit: str | None = None, threads: int | None = None) -> Workspace:
    """The workspace at ``root``; ``memory_limit`` (e.g. ``"4GB"``) and ``threads`` configure DuckDB."""
    config: list[tuple[str, str]] = []
    if memory_limit:
        config.append(("memory_limit", memory_limit.strip()))
    if threads:
        config.append(("threads", str(int(threads))))
    return Workspace(Path(root).expanduser().resolve(), tuple(config))


def workspace_from_settings(settings: Settings) -> Workspace:
    """The workspace the settings name, with their DuckDB limits."""
    return open_workspace(settings.workspace, memory_limit=settings.duckdb_memory_limit,
                          threads=settings.duckdb_threads)


def out_of_memory(exc: duckdb.OutOfMemoryException) -> ResourceError:
    """DuckDB's out-of-memory error as one sentence with the settings that fix it."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else "out of memory"
    return ResourceError(
        f"DuckDB ran out of memory ({first.removeprefix('Out of Memory Error: ')}).",
        hint="Raise COPILOT_DUCKDB_MEMORY_LIMIT (or unset it: DuckDB then uses up to 80% of RAM), set "
        "COPILOT_DUCKDB_THREADS=1, or build features and scores on Spark (--backend spark).",
    )


P = ParamSpec("P")
R = TypeVar("R")


def translating_out_of_memory(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with DuckDB's out-of-memory error raised as :func:`out_of_memory`'s one sentence, so
    every face that reaches DuckDB through a tool or a scoring run shows the same sentence as the
    CLI (the layers above see a :class:`~copilot.errors.CopilotError`, never DuckDB's exception)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except duckdb.OutOfMemoryException as oom:
            raise out_of_memory(oom) from oom

    return run
