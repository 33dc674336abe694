"""Versioned model artifacts: ``<workspace>/models/<name>/<version>/`` plus a ``CURRENT`` pointer.

Each version directory is written atomically (:func:`copilot.fsutil.atomic_dir`) and holds the
model files and ``meta.json`` (version, trained_at, as_of, data fingerprint, holdout metrics,
library versions, and the Parquet tables the tools read). ``CURRENT`` is switched only after
every artifact of a training run is in place, so a failed training leaves the previous models
live.

Staleness: the *data fingerprint* hashes each contract table's row count and latest
timestamp. When the workspace's data changed since training, :meth:`ArtifactStore.load`
raises :class:`MissingArtifactError` ("... trained on older data ... Run `copilot train`.").
Decision: tools refuse rather than answer with a ``stale`` flag, because precomputed segments
and scores would silently disagree with the data the marketer just imported, and a small
model reliably ignores a flag. ``ArtifactStore(ws, allow_stale=True)`` is the escape hatch
for debugging and benchmarks.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import joblib

from copilot.data.contract import CONTRACT, LOAD_ORDER
from copilot.errors import MissingArtifactError
from copilot.fsutil import atomic_dir, atomic_write_text
from copilot.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

TRAIN_HINT = "Run `copilot train`."
META_FILE = "meta.json"
CURRENT_FILE = "CURRENT"
KEEP_VERSIONS = 2
LIBRARIES = ("copilot", "duckdb", "pandas", "numpy", "scikit-learn", "scipy", "implicit")


def library_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for lib in LIBRARIES:
        try:
            out[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            out[lib] = "absent"
    return out


def table_stats(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """Row count and latest date/timestamp per contract table present in the database."""
    present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    stats: dict[str, dict[str, str]] = {}
    for name in LOAD_ORDER:
        if name not in present:
            continue
        spec = CONTRACT[name]
        cols = [c.name for c in spec.columns if c.type in ("date", "timestamp")]
        exprs = ["COUNT(*)"] + [f'MAX("{c}")' for c in cols]
        row = con.execute(f'SELECT {", ".join(exprs)} FROM "{name}"').fetchone()
        assert row is not None
        stats[name] = {"rows": str(row[0])} | {f"max_{c}": str(v) for c, v in zip(cols, row[1:], strict=True)}
    return stats


def fingerprint_of(stats: dict[str, dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(stats, sort_keys=True).encode()).hexdigest()[:16]


def data_fingerprint(workspace: Workspace) -> tuple[str, dict[str, dict[str, str]]]:
    """(fingerprint, per-table stats) of the workspace's current data."""
    workspace.require_data()
    with workspace.connect(read_only=True) as con:
        stats = table_stats(con)
    return fingerprint_of(stats), stats


@dataclass
class Artifact:
    """A loaded artifact: its metadata, directory and (lazily loaded) objects."""

    name: str
    version: str
    path: Path
    meta: dict[str, Any]
    _objects: dict[str, Any] = field(default_factory=dict, repr=False)

    def obj(self, key: str) -> Any:
        """A joblib-pickled object saved under ``key`` (loaded once)."""
        if key not in self._objects:
            file = self.path / f"{key}.joblib"
            if not file.exists():
                raise MissingArtifactError(f"Artifact {self.name}/{self.version} lacks '{key}'.", hint=TRAIN_HINT)
            self._objects[key] = joblib.load(file)
        return self._objects[key]

    def file(self, relative: str) -> Path:
        p = self.path / relative
        if not p.exists():
            raise MissingArtifactError(f"Artifact {self.name}/{self.version} lacks {relative}.", hint=TRAIN_HINT)
        return p

    @property
    def as_of(self) -> date:
        return date.fromisoformat(self.meta["as_of"])


class ArtifactStore:
    """Reads and writes the workspace's trained artifacts. One per :class:`~copilot.deps.Deps`."""

    def __init__(self, workspace: Workspace, *, allow_stale: bool = False) -> None:
        self.workspace = workspace
        self.allow_stale = allow_stale
        self._cache: dict[str, Artifact] = {}
        self._lock = threading.RLock()
        self._fp_key: tuple[float, int] | None = None
        self._fp: tuple[str, dict[str, dict[str, str]]] | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._memo: dict[str, Any] = {}

    @property
    def root(self) -> Path:
        return self.workspace.models_dir

    # --- reading ----------------------------------------------------------------------------
    def current_version(self, name: str) -> str | None:
        pointer = self.root / name / CURRENT_FILE
        if not pointer.exists():
            return None
        return pointer.read_text(encoding="utf-8").strip() or None

    def versions(self, name: str) -> list[str]:
        d = self.root / name
        if not d.exists():
            return []
        return sorted(p.name for p in d.iterdir() if p.is_dir() and not p.name.startswith("."))

    def current_fingerprint(self) -> tuple[str, dict[str, dict[str, str]]]:
        """The data fingerprint, recomputed only when the database file changed."""
        db = self.workspace.db_path
        st = db.stat() if db.exists() else None
        key = (st.st_mtime, st.st_size) if st else (0.0, 0)
        if self._fp is None or key != self._fp_key:
            self._fp = data_fingerprint(self.workspace)
            self._fp_key = key
        return self._fp

    def load(self, name: str) -> Artifact:
        """The CURRENT version of ``name``; raises MissingArtifactError if missing or stale."""
        with self._lock:
            version = self.current_version(name)
            if version is None:
                raise MissingArtifactError(f"The {name} model is not trained.", hint=TRAIN_HINT)
            cached = self._cache.get(name)
            if cached is None or cached.version != version:
                path = self.root / name / version
                meta_path = path / META_FILE
                if not meta_path.exists():
                    raise MissingArtifactError(f"The {name} model ({version}) is incomplete.", hint=TRAIN_HINT)
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                cached = Artifact(name=name, version=version, path=path, meta=meta)
                self._cache[name] = cached
                self._close_con()
            self._check_fresh(cached)
            return cached

    def _check_fresh(self, art: Artifact) -> None:
        fp, stats = self.current_fingerprint()
        if fp == art.meta.get("data_fingerprint"):
            return
        old: dict[str, dict[str, str]] = art.meta.get("table_stats", {})
        changes = []
        for table in sorted(set(old) | set(stats)):
            a, b = old.get(table, {}), stats.get(table, {})
            if a.get("rows") != b.get("rows"):
                changes.append(f"{table} {a.get('rows', 0)} -> {b.get('rows', 0)} rows")
            elif a != b:
                changes.append(f"{table} changed")
        what = "; ".join(changes) or "data changed"
        message = f"The {art.name} model ({art.version}) was trained on older data ({what})."
        if self.allow_stale:
            log.warning("%s %s", message, TRAIN_HINT)
            return
        raise MissingArtifactError(message, hint=TRAIN_HINT)

    def meta(self, name: str) -> dict[str, Any]:
        return self.load(name).meta

    # --- a DuckDB connection over the current Parquet tables -------------------------------
    @contextmanager
    def query(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on an in-memory DuckDB with views over the current artifacts' Parquet tables
        (``cust``, ``custcat``, ``scores``, ``products``); thread-safe (one cursor per call)."""
        seg = self.load("segments")
        prop = self._maybe_load("propensity")
        with self._lock:
            if self._con is None:
                con = duckdb.connect()
                con.execute("SET threads TO 2")
                for view, rel in seg.meta["tables"].items():
                    con.execute(f"CREATE VIEW {view} AS SELECT * FROM read_parquet('{self._abs(rel)}')")
                if prop is not None:
                    for view, rel in prop.meta["tables"].items():
                        con.execute(f"CREATE VIEW {view} AS SELECT * FROM read_parquet('{self._abs(rel)}')")
                self._con = con
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def _maybe_load(self, name: str) -> Artifact | None:
        if self.current_version(name) is None:
            return None
        return self.load(name)

    def _abs(self, rel: str) -> str:
        return str((self.workspace.root / rel).resolve()).replace("'", "''")

    def _close_con(self) -> None:
        self._memo.clear()
        if self._con is not None:
            self._con.close()
            self._con = None

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value derived from the current artifacts, computed once (cleared when they change)."""
        with self._lock:
            if key not in self._memo:
                self._memo[key] = compute()
            value: T = self._memo[key]
            return value

    # --- writing -----------------------------------------------------------------------------
    @contextmanager
    def writer(self, name: str, version: str, meta: dict[str, Any]) -> Iterator[Path]:
        """Write ``models/<name>/<version>/`` atomically; ``meta`` (updatable inside the block)
        is saved as meta.json on success. Does NOT switch CURRENT: call :meth:`publish`."""
        target = self.root / name / version
        with atomic_dir(target) as tmp:
            yield tmp
            full = {"name": name, "version": version, "libraries": library_versions()} | meta
            (tmp / META_FILE).write_text(json.dumps(full, indent=2, default=_json_default), encoding="utf-8")

    def publish(self, name: str, version: str) -> None:
        """Point CURRENT at ``version`` (atomic) and prune old versions."""
        if not (self.root / name / version / META_FILE).exists():
            raise MissingArtifactError(f"Cannot publish {name}/{version}: not written.", hint=TRAIN_HINT)
        atomic_write_text(self.root / name / CURRENT_FILE, version + "\n")
        with self._lock:
            self._cache.pop(name, None)
            self._close_con()
        for old in self.versions(name)[:-KEEP_VERSIONS]:
            if old != version:
                shutil.rmtree(self.root / name / old, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._close_con()


def save_object(directory: Path, key: str, obj: Any) -> None:
    joblib.dump(obj, directory / f"{key}.joblib", compress=3)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
