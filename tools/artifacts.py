"""Versioned model artifacts: ``<workspace>/models/<name>/<version>/`` plus one publish manifest.

Each version directory is written atomically (:func:`copilot.fsutil.atomic_dir`) and holds the
model files and ``meta.json`` (version, trained_at, as_of, data fingerprint, holdout metrics,
library versions, and the Parquet tables the tools read). Nothing a training run writes is live
until :meth:`ArtifactStore.publish_all` names it in ``models/CURRENT.json`` -- ONE file, replaced
atomically (``os.replace``), naming the live version of every model. So publishing is all at once:
a crash before the replace leaves every previous model live, a crash after it leaves every new
one live, and no reader ever sees models of two training runs mixed. Workspaces trained before the
manifest existed are read through their per-model ``models/<name>/CURRENT`` pointers until the
next publish writes the manifest (and removes those pointers).

Staleness: the *data fingerprint* (``copilot.tools.fingerprint``) hashes each contract table's row
count, latest timestamp and a content checksum, so a change in any column of any row is detected.
When the workspace's data changed since training, :meth:`ArtifactStore.load` raises :class:`MissingArtifactError` ("... trained on older data ...
Run `copilot train`."). Decision: tools refuse rather than answer with a ``stale`` flag, because
precomputed segments, scores and consent snapshots would silently disagree with the data the
marketer just imported, and a small model reliably ignores a flag. ``ArtifactStore(ws,
allow_stale=True)`` is the escape hatch for debugging and benchmarks.

One version's files and their integrity checks are ``copilot.tools.artifact_files`` (:class:`Artifact`);
the fingerprint's and the artifact's names are re-exported here, the import path the rest of copilot
uses.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import shutil
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from copilot.errors import MissingArtifactError
from copilot.fsutil import atomic_dir, atomic_write_text
from copilot.tools.artifact_files import (
    Artifact,
    file_digest,
    json_default,
    library_versions,
    retrain_hint,
    save_object,
)
from copilot.tools.artifact_tables import Identity, open_tables, table_paths, tables_identity
from copilot.tools.fingerprint import (
    FINGERPRINT_CACHE,
    FINGERPRINT_SCHEME,
    Stats,
    data_fingerprint,
    database_identity,
    describe_changes,
    fingerprint_of,
    table_stats,
)
from copilot.tools.registry import model_names
from copilot.workspace import Workspace

__all__ = [
    "CURRENT_FILE",
    "FINGERPRINT_CACHE",
    "FINGERPRINT_SCHEME",
    "KEEP_VERSIONS",
    "MANIFEST_FILE",
    "META_FILE",
    "TRAIN_HINT",
    "Artifact",
    "ArtifactStore",
    "Stats",
    "data_fingerprint",
    "database_identity",
    "file_digest",
    "fingerprint_of",
    "library_versions",
    "retrain_hint",
    "save_object",
    "table_stats",
    "version_key",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

TRAIN_HINT = "Run `copilot train`."
META_FILE = "meta.json"
MANIFEST_FILE = "CURRENT.json"  # models/CURRENT.json: the live version of every model
CURRENT_FILE = "CURRENT"  # models/<name>/CURRENT: the per-model pointer of older workspaces (read only)
_TABLE_ARTIFACTS = ("segments", "propensity")  # the models whose tables ``query`` serves (their first load resets it)
KEEP_VERSIONS = 2  # per model: the live version and the one it replaced
_VERSION = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?$")


def version_key(version: str) -> tuple[str, int]:
    """Sort key of a version id ``YYYYmmdd-HHMMSS[-n]`` (``-10`` after ``-9``)."""
    m = _VERSION.match(version)
    if m is None:
        return version, 0
    return m.group(1), int(m.group(2) or 1)


class ArtifactStore:
    """Reads and writes the workspace's trained artifacts. One per :class:`~copilot.deps.Deps`."""

    def __init__(self, workspace: Workspace, *, allow_stale: bool = False, check_tables: bool = True) -> None:
        self.workspace = workspace
        self.allow_stale = allow_stale
        self.check_tables = check_tables  # False: the feature/score files are about to be rewritten
        self._cache: dict[str, Artifact] = {}
        self._lock = threading.RLock()
        self._fp_key: list[list[int] | None] | None = None
        self._fp: tuple[str, Stats] | None = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self._con_paths: dict[str, Path] = {}
        self._con_identity: Identity = ()
        self._memo: dict[str, Any] = {}

    @property
    def root(self) -> Path:
        return self.workspace.models_dir

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST_FILE

    # --- reading ----------------------------------------------------------------------------
    def published(self) -> dict[str, str]:
        """``{model: live version}``: the manifest ``models/CURRENT.json``, or for a workspace
        trained before it existed, the per-model ``models/<name>/CURRENT`` pointers."""
        return self._manifest()["versions"]

    def _manifest(self) -> dict[str, dict[str, str]]:
        try:
            text = self.manifest_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"versions": self._legacy_pointers(), "previous": {}, "missing": {}}
        try:
            data = json.loads(text)
            return {
                part: {str(k): str(v) for k, v in dict(data.get(part) or {}).items()}
                for part in ("versions", "previous", "missing")
            }
        except (ValueError, TypeError, AttributeError) as exc:
            raise MissingArtifactError(
                f"{self.manifest_path} is unreadable ({exc}).", hint=TRAIN_HINT
            ) from exc

    def _legacy_pointers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not self.root.is_dir():
            return out
        for d in sorted(self.root.iterdir()):
            pointer = d / CURRENT_FILE
            if pointer.is_file():
                version = pointer.read_text(encoding="utf-8").strip()
                if version:
                    out[d.name] = version
        return out

    def current_version(self, name: str) -> str | None:
        return self.published().get(name)

    def missing(self) -> dict[str, str]:
        """``{model: reason}`` for the models the last training run could not fit on this data
        (e.g. propensity when every customer buys in every window); their tools answer with it."""
        return self._manifest()["missing"]

    def versions(self, name: str) -> list[str]:
        d = self.root / name
        if not d.exists():
            return []
        return sorted(
            (p.name for p in d.iterdir() if p.is_dir() and not p.name.startswith(".")), key=version_key
        )

    def current_fingerprint(self) -> tuple[str, Stats]:
        """The data fingerprint, recomputed only when the database file changed (see the module
        docstring: kept in memory and in ``cache/``, keyed by the file's identity)."""
        key = database_identity(self.workspace)
        if self._fp is None or key != self._fp_key:
            self._fp = data_fingerprint(self.workspace, use_cache=True)
            self._fp_key = key
        return self._fp

    def load(self, name: str) -> Artifact:
        """The live version of ``name``; raises MissingArtifactError if missing or stale."""
        return self._load(name, self.current_version(name))

    def _load(self, name: str, version: str | None) -> Artifact:
        with self._lock:
            if version is None:
                reason = self.missing().get(name)
                if reason is not None:
                    raise MissingArtifactError(
                        f"The {name} model could not be trained on this workspace's data: {reason}"
                    )
                raise MissingArtifactError(f"The {name} model is not trained.", hint=TRAIN_HINT)
            cached = self._cache.get(name)
            if cached is None or cached.version != version:
                replaced = cached is not None
                path = self.root / name / version
                meta_path = path / META_FILE
                if not meta_path.exists():
                    raise MissingArtifactError(
                        f"The {name} model ({version}) is incomplete.", hint=TRAIN_HINT
                    )
                try:
                    meta = json.loads(meta_path.read_text(encoding="utf-8"))
                except ValueError as exc:
                    raise MissingArtifactError(
                        f"{meta_path} is damaged ({exc}).", hint=retrain_hint(name)
                    ) from exc
                cached = Artifact(
                    name=name,
                    version=version,
                    path=path,
                    meta=meta,
                    workspace_root=self.workspace.root if self.check_tables else None,
                )
                cached.check_files()
                self._cache[name] = cached
                if replaced or name in _TABLE_ARTIFACTS:  # not on a first recommender load (#14: it dropped every copy)
                    self._close_con()
            self._check_fresh(cached)
            return cached

    def _check_fresh(self, art: Artifact) -> None:
        fp, stats = self.current_fingerprint()
        if fp == art.meta.get("data_fingerprint"):
            return
        what = describe_changes(art.meta.get("table_stats", {}), stats)
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
        """A cursor on an in-memory DuckDB holding the current artifacts' Parquet tables (``cust``,
        ``custcat``, ``scores``, ``products``...; see :mod:`copilot.tools.artifact_tables`), reopened
        when a table file changes; thread-safe (one cursor per call)."""
        live = self.published()  # one read of the manifest: both tables from the same publish
        seg = self._load("segments", live.get("segments"))
        try:  # a damaged or missing propensity model must not stop the tools that do not read scores
            prop = self._load("propensity", live["propensity"]) if "propensity" in live else None
        except MissingArtifactError as exc:  # those that do load it first and say what is wrong
            log.warning("%s", exc)
            prop = None
        tables = dict(seg.meta["tables"]) | (dict(prop.meta["tables"]) if prop is not None else {})
        paths = table_paths(self.workspace.root, tables)
        identity = tables_identity(paths)
        with self._lock:
            if self._con is not None and (paths != self._con_paths or identity != self._con_identity):
                self._close_con()  # a table file changed (re-scored): reload it, forget what came of it
            if self._con is None:
                self._con = open_tables(paths)
                self._con_paths, self._con_identity = paths, identity
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def _close_con(self) -> None:
        self._memo.clear()
        if self._con is not None:
            self._con.close()
            self._con = None

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """A value derived from the current artifacts, computed once (cleared when they change)."""
        with self._lock:
            if self._con is not None and tables_identity(self._con_paths) != self._con_identity:
                self._close_con()  # derived from a table file that changed since
            if key not in self._memo:
                self._memo[key] = compute()
            value: T = self._memo[key]
            return value

    # --- writing -----------------------------------------------------------------------------
    @contextmanager
    def writer(self, name: str, version: str, meta: dict[str, Any]) -> Iterator[Path]:
        """Write ``models/<name>/<version>/`` atomically; ``meta`` (updatable inside the block)
        is saved as meta.json on success. Nothing goes live: call :meth:`publish_all`."""
        target = self.root / name / version
        with atomic_dir(target) as tmp:
            yield tmp
            files = {
                p.relative_to(tmp).as_posix(): file_digest(p)
                for p in sorted(tmp.rglob("*"))
                if p.is_file() and p.name != META_FILE
            }
            tables = {
                rel: file_digest(self.workspace.root / rel)
                for rel in dict(meta.get("tables") or {}).values()
                if (self.workspace.root / rel).is_file()
            }
            full = (
                {"name": name, "version": version, "libraries": library_versions()}
                | meta
                | {"files": files, "table_files": tables}
            )
            (tmp / META_FILE).write_text(json.dumps(full, indent=2, default=json_default), encoding="utf-8")

    def publish_all(self, versions: Mapping[str, str], missing: Mapping[str, str] | None = None) -> None:
        """Make ``versions`` (``{model: version}``) live in one step: one atomic replace of
        ``models/CURRENT.json``, which names every model's version (models not in ``versions``
        keep theirs). Readers see all the previous versions or all the new ones, never a mix.
        ``missing`` (``{model: reason}``) records models this run could not train: they are
        taken out of the live set and their tools answer with the reason.
        Old versions are removed by :meth:`prune`, not here."""
        missing = dict(missing or {})
        for name, version in versions.items():
            if not (self.root / name / version / META_FILE).exists():
                raise MissingArtifactError(f"Cannot publish {name}/{version}: not written.", hint=TRAIN_HINT)
        with self._lock:
            manifest = self._manifest()
            live = manifest["versions"]
            new = {n: v for n, v in (live | dict(versions)).items() if n not in missing}
            previous = {n: v for n, v in live.items() if new.get(n) != v}
            previous = {n: v for n, v in manifest["previous"].items() if n not in previous} | previous
            still_missing = {n: r for n, r in manifest["missing"].items() if n not in versions} | missing
            record: dict[str, dict[str, str]] = {
                "versions": dict(sorted(new.items())),
                "previous": dict(sorted(previous.items())),
            }
            if still_missing:
                record["missing"] = dict(sorted(still_missing.items()))
            atomic_write_text(self.manifest_path, json.dumps(record, indent=2) + "\n")
            self._cache.clear()
            self._close_con()
        for name in new:  # the manifest supersedes the per-model pointers of older workspaces
            with contextlib.suppress(OSError):
                (self.root / name / CURRENT_FILE).unlink(missing_ok=True)

    def record_table(self, art: Artifact, relative: str) -> None:
        """Record the size and sha256 of a table file ``art`` names that was rewritten in place
        (``copilot score`` re-scores into the live version's score file)."""
        meta_path = art.path / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.setdefault("table_files", {})[relative] = file_digest(self.workspace.root / relative)
        atomic_write_text(meta_path, json.dumps(meta, indent=2, default=json_default))
        with self._lock:
            self._cache.pop(art.name, None)
            self._close_con()

    def publish(self, name: str, version: str) -> None:
        """Make one model's ``version`` live (:meth:`publish_all` with one entry)."""
        self.publish_all({name: version})

    def retained(self) -> dict[str, set[str]]:
        """Per model, the versions kept on disk: the live one and the one it replaced."""
        manifest = self._manifest()
        out: dict[str, set[str]] = {}
        for part in ("versions", "previous"):
            for name, version in manifest[part].items():
                out.setdefault(name, set()).add(version)
        return out

    def prune(self) -> list[str]:
        """Delete version folders that are neither live nor the previous live version and are
        older than the live one: superseded models, and leftovers of runs that crashed before
        publishing. Newer folders are kept (another training may be writing them). Returns
        ``name/version`` of what was removed."""
        retained, live = self.retained(), self.published()
        removed = []
        for name, current in live.items():
            for version in self.versions(name):
                if version not in retained.get(name, set()) and version_key(version) < version_key(current):
                    shutil.rmtree(self.root / name / version, ignore_errors=True)
                    removed.append(f"{name}/{version}")
        return removed

    def discard(self, version: str, names: tuple[str, ...] | None = None) -> None:
        """Remove the folders of an unpublished ``version`` (a failed training run's) of ``names``
        (default: every registered model)."""
        retained = self.retained()
        for name in model_names() if names is None else names:
            if version not in retained.get(name, set()):
                shutil.rmtree(self.root / name / version, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._close_con()


def __getattr__(name: str) -> Any:
    if name == "MODELS":  # every registered model, read when asked (see copilot.tools.registry)
        return model_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
