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

Staleness: the *data fingerprint* hashes each contract table's row count, latest timestamp and a
content checksum (the sum of DuckDB's ``hash`` of every row as a 128-bit integer: order
independent, and unlike XOR two equal rows do not cancel), so a change in any column of any row
is detected -- e.g. customers re-imported with ``--replace`` and flipped consent flags, which
keeps both the row count and the dates. When the workspace's data changed since training,
:meth:`ArtifactStore.load` raises :class:`MissingArtifactError` ("... trained on older data ...
Run `copilot train`."). Decision: tools refuse rather than answer with a ``stale`` flag, because
precomputed segments, scores and consent snapshots would silently disagree with the data the
marketer just imported, and a small model reliably ignores a flag. ``ArtifactStore(ws,
allow_stale=True)`` is the escape hatch for debugging and benchmarks.

The checksum reads every row (about 7 s on 2 cores for the 1M-customer workspace's 57M rows,
0.1 s at 30k customers), so it is computed once per version of the database file and kept in
``cache/data_fingerprint.json`` keyed by the file's identity (device, inode, size, mtime and
ctime in ns, and the same for a ``.wal`` file): an import rebuilds the database as a new file
and any write changes the mtime, so a changed database never matches a cached key. Training
always recomputes it. The fingerprint is DuckDB's, of the workspace database -- the data the
tools check against -- also when the Spark backend trains from that database (its default
source, an export of the file): see :func:`data_fingerprint`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import shutil
import threading
from collections.abc import Callable, Iterator, Mapping
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
from copilot.tools.registry import model_names
from copilot.workspace import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")

TRAIN_HINT = "Run `copilot train`."
META_FILE = "meta.json"
MANIFEST_FILE = "CURRENT.json"  # models/CURRENT.json: the live version of every model
CURRENT_FILE = "CURRENT"  # models/<name>/CURRENT: the per-model pointer of older workspaces (read only)
KEEP_VERSIONS = 2  # per model: the live version and the one it replaced
FINGERPRINT_SCHEME = 2  # 1: rows + latest dates; 2: + content checksum
FINGERPRINT_CACHE = "data_fingerprint.json"
_VERSION = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?$")

Stats = dict[str, dict[str, str]]
LIBRARIES = ("copilot", "duckdb", "pandas", "numpy", "scikit-learn", "scipy", "implicit")


def library_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for lib in LIBRARIES:
        try:
            out[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            out[lib] = "absent"
    return out


def table_stats(con: duckdb.DuckDBPyConnection, *, checksum: bool = True) -> Stats:
    """Row count, latest date/timestamp and (``checksum``) a content checksum per contract table
    present in the database.

    The checksum is ``SUM(hash(row))`` over every row, as a 128-bit integer in text: independent
    of row order and of DuckDB's thread count, sensitive to any value of any column. It is
    DuckDB's hash, so it needs a DuckDB connection (``checksum=False`` gives the engine-neutral
    row counts and dates only).
    """
    present: dict[str, list[str]] = {
        str(r[0]): [] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if checksum:
        for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                         "ORDER BY table_name, ordinal_position").fetchall():
            present.setdefault(str(table), []).append(str(column))
    stats: Stats = {}
    for name in LOAD_ORDER:
        if name not in present:
            continue
        spec = CONTRACT[name]
        cols = [c.name for c in spec.columns if c.type in ("date", "timestamp")]
        exprs = ["COUNT(*)"] + [f'MAX("{c}")' for c in cols]
        if checksum:  # hash(c1, ..., cn) is hash(row); naming the columns is ~20% faster than hash(t)
            every = ", ".join('"' + c.replace('"', '""') + '"' for c in present[name])
            exprs.append(f"CAST(COALESCE(SUM(hash({every})), 0) AS VARCHAR)")
        row = con.execute(f'SELECT {", ".join(exprs)} FROM "{name}"').fetchone()
        assert row is not None
        stats[name] = {"rows": str(row[0])} | {f"max_{c}": str(v) for c, v in zip(cols, row[1:1 + len(cols)], strict=True)}
        if checksum:
            stats[name]["checksum"] = str(row[-1])
    return stats


def fingerprint_of(stats: Stats) -> str:
    return hashlib.sha256(json.dumps(stats, sort_keys=True).encode()).hexdigest()[:16]


def _reads_database(workspace: Workspace) -> bool:
    """True when ``workspace``'s tables are its DuckDB database's: a plain workspace, or one read by
    another engine that declares ``reads_database`` (the Spark backend over its default source)."""
    declared = getattr(workspace, "reads_database", None)
    if declared is not None:
        return bool(declared)
    return type(workspace).connect is Workspace.connect


def database_identity(workspace: Workspace) -> list[list[int] | None]:
    """The identity of the database file (and its write-ahead log) as they are now: device, inode,
    size, mtime and ctime (ns). Any write, and an import's swap to a rebuilt file, changes it."""
    out: list[list[int] | None] = []
    for path in (workspace.db_path, workspace.db_path.with_name(workspace.db_path.name + ".wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            out.append(None)
            continue
        out.append([st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return out


def _cache_stamp(key: list[list[int] | None]) -> dict[str, Any]:
    return {"scheme": FINGERPRINT_SCHEME, "duckdb": duckdb.__version__, "key": key}


def _cached_fingerprint(workspace: Workspace, key: list[list[int] | None]) -> tuple[str, Stats] | None:
    path = workspace.cache_dir / FINGERPRINT_CACHE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("stamp") != _cache_stamp(key):
        return None
    stats: Stats = data["table_stats"]
    if fingerprint_of(stats) != data.get("fingerprint"):
        return None
    return data["fingerprint"], stats


def data_fingerprint(workspace: Workspace, *, use_cache: bool = False) -> tuple[str, Stats]:
    """(fingerprint, per-table stats) of the workspace's current data.

    It is always the fingerprint of the workspace *database* computed by DuckDB -- what the
    tools check their artifacts against -- also for a workspace whose tables another engine reads,
    when they are the database's (``reads_database``: the Spark backend's default source is an
    export of the file), so both backends stamp the same fingerprint on the same data. A Spark
    run over another source (a Parquet folder, catalog tables) has no DuckDB database to hash: it
    gets the engine-neutral row counts and dates only, which never equals a database fingerprint,
    so the tools report such models as trained on other data rather than serve them unchecked.

    ``use_cache`` returns the fingerprint kept in ``cache/`` for this very database file (see the
    module docstring); the result is cached whenever the file did not change while it was hashed.
    """
    workspace.require_data()
    if not _reads_database(workspace):
        with workspace.connect(read_only=True) as con:
            stats = table_stats(con, checksum=False)
        return fingerprint_of(stats), stats
    key = database_identity(workspace)
    if use_cache and (hit := _cached_fingerprint(workspace, key)) is not None:
        return hit
    with Workspace.connect(workspace, read_only=True) as con:
        stats = table_stats(con)
    fp = fingerprint_of(stats)
    if database_identity(workspace) == key:
        record = {"stamp": _cache_stamp(key), "fingerprint": fp, "table_stats": stats}
        with contextlib.suppress(OSError):  # a read-only workspace: recompute next time
            atomic_write_text(workspace.cache_dir / FINGERPRINT_CACHE, json.dumps(record, indent=1))
    return fp, stats


def version_key(version: str) -> tuple[str, int]:
    """Sort key of a version id ``YYYYmmdd-HHMMSS[-n]`` (``-10`` after ``-9``)."""
    m = _VERSION.match(version)
    if m is None:
        return version, 0
    return m.group(1), int(m.group(2) or 1)


def retrain_hint(name: str) -> str:
    return f"Run `copilot train` to retrain the {name} model (and the others with it)."


def file_digest(path: Path) -> dict[str, Any]:
    """``{"bytes": size, "sha256": hex}`` of a file (stored in meta.json at publish)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return {"bytes": path.stat().st_size, "sha256": h.hexdigest()}


@dataclass
class Artifact:
    """A loaded artifact: its metadata, directory and (lazily loaded) objects.

    Integrity: meta.json records the size and sha256 of every file of the version and of the
    feature/score Parquet tables it names. :meth:`check_files` (on load, once per version and
    process) checks that each is present with its size, and the sha256 of the version's own model
    files (small: tens of MB at 1M customers); the feature/score tables are checked by size only
    (hashing them on every process start would cost seconds at scale). A damaged model is named
    with the model to retrain instead of being unpickled or served.
    """

    name: str
    version: str
    path: Path
    meta: dict[str, Any]
    workspace_root: Path | None = None
    _objects: dict[str, Any] = field(default_factory=dict, repr=False)
    _verified: set[str] = field(default_factory=set, repr=False)

    def _damaged(self, path: Path, what: str) -> MissingArtifactError:
        return MissingArtifactError(f"The {self.name} model's file {path} {what}.", hint=retrain_hint(self.name))

    def check_files(self) -> None:
        """Every recorded file is present with its recorded size (see the class docstring)."""
        recorded: list[tuple[Path, dict[str, Any]]] = [
            (self.path / rel, d) for rel, d in dict(self.meta.get("files") or {}).items()]
        if self.workspace_root is not None:
            recorded += [(self.workspace_root / rel, d) for rel, d in dict(self.meta.get("table_files") or {}).items()]
        for path, digest in recorded:
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                raise self._damaged(path, "is missing") from None
            if size != digest.get("bytes"):
                raise self._damaged(path, f"is damaged ({size:,} bytes, {int(digest.get('bytes', 0)):,} when trained)")
        for rel in dict(self.meta.get("files") or {}):  # the model's own files: sha256 too (small)
            self._verify(rel)

    def _verify(self, relative: str) -> Path:
        p = self.path / relative
        if not p.exists():
            raise MissingArtifactError(f"Artifact {self.name}/{self.version} lacks {relative}.",
                                       hint=retrain_hint(self.name))
        digest = dict(self.meta.get("files") or {}).get(relative)
        if digest is not None and relative not in self._verified:
            if file_digest(p) != digest:
                raise self._damaged(p, "is damaged or was changed after training (checksum mismatch)")
            self._verified.add(relative)
        return p

    def obj(self, key: str) -> Any:
        """A joblib-pickled object saved under ``key`` (loaded once, checksum verified)."""
        if key not in self._objects:
            file = self._verify(f"{key}.joblib")
            self._objects[key] = joblib.load(file)
        return self._objects[key]

    def file(self, relative: str) -> Path:
        return self._verify(relative)

    @property
    def as_of(self) -> date:
        return date.fromisoformat(self.meta["as_of"])


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
            return {part: {str(k): str(v) for k, v in dict(data.get(part) or {}).items()}
                    for part in ("versions", "previous", "missing")}
        except (ValueError, TypeError, AttributeError) as exc:
            raise MissingArtifactError(f"{self.manifest_path} is unreadable ({exc}).", hint=TRAIN_HINT) from exc

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
        return sorted((p.name for p in d.iterdir() if p.is_dir() and not p.name.startswith(".")), key=version_key)

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
                    raise MissingArtifactError(f"The {name} model could not be trained on this workspace's data: "
                                               f"{reason}")
                raise MissingArtifactError(f"The {name} model is not trained.", hint=TRAIN_HINT)
            cached = self._cache.get(name)
            if cached is None or cached.version != version:
                path = self.root / name / version
                meta_path = path / META_FILE
                if not meta_path.exists():
                    raise MissingArtifactError(f"The {name} model ({version}) is incomplete.", hint=TRAIN_HINT)
                try:
                    meta = json.loads(meta_path.read_text(encoding="utf-8"))
                except ValueError as exc:
                    raise MissingArtifactError(f"{meta_path} is damaged ({exc}).",
                                               hint=retrain_hint(name)) from exc
                cached = Artifact(name=name, version=version, path=path, meta=meta,
                                  workspace_root=self.workspace.root if self.check_tables else None)
                cached.check_files()
                self._cache[name] = cached
                self._close_con()
            self._check_fresh(cached)
            return cached

    def _check_fresh(self, art: Artifact) -> None:
        fp, stats = self.current_fingerprint()
        if fp == art.meta.get("data_fingerprint"):
            return
        old: Stats = art.meta.get("table_stats", {})
        # trained before content checksums existed, or (Spark) from a source other than this database
        unchecked = bool(old) and not any("checksum" in a for a in old.values())
        changes = []
        for table in sorted(set(old) | set(stats)):
            a, b = old.get(table, {}), stats.get(table, {})
            if a.get("rows") != b.get("rows"):
                changes.append(f"{table} {a.get('rows', 0)} -> {b.get('rows', 0)} rows")
            elif a != b and not unchecked:
                changes.append(f"{table} changed")
        if unchecked:
            changes.append("no content checksum recorded with the model")
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
        live = self.published()  # one read of the manifest: both tables from the same publish
        seg = self._load("segments", live.get("segments"))
        try:  # a damaged or missing propensity model must not stop the tools that do not read scores
            prop = self._load("propensity", live["propensity"]) if "propensity" in live else None
        except MissingArtifactError as exc:  # those that do load it first and say what is wrong
            log.warning("%s", exc)
            prop = None
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
        is saved as meta.json on success. Nothing goes live: call :meth:`publish_all`."""
        target = self.root / name / version
        with atomic_dir(target) as tmp:
            yield tmp
            files = {p.relative_to(tmp).as_posix(): file_digest(p) for p in sorted(tmp.rglob("*"))
                     if p.is_file() and p.name != META_FILE}
            tables = {rel: file_digest(self.workspace.root / rel) for rel in dict(meta.get("tables") or {}).values()
                      if (self.workspace.root / rel).is_file()}
            full = {"name": name, "version": version, "libraries": library_versions()} | meta | {
                "files": files, "table_files": tables}
            (tmp / META_FILE).write_text(json.dumps(full, indent=2, default=_json_default), encoding="utf-8")

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
            record: dict[str, dict[str, str]] = {"versions": dict(sorted(new.items())),
                                                 "previous": dict(sorted(previous.items()))}
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
        atomic_write_text(meta_path, json.dumps(meta, indent=2, default=_json_default))
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


def save_object(directory: Path, key: str, obj: Any) -> None:
    joblib.dump(obj, directory / f"{key}.joblib", compress=3)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def __getattr__(name: str) -> Any:
    if name == "MODELS":  # every registered model, read when asked (see copilot.tools.registry)
        return model_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
