"""The data fingerprint: what a trained model records about the data, so tools refuse stale models.

The fingerprint hashes each contract table's row count, latest timestamp and a content checksum
(the sum of DuckDB's ``hash`` of every row as a 128-bit integer: order independent, and unlike XOR
two equal rows do not cancel), so a change in any column of any row is detected -- e.g. customers
re-imported with ``--replace`` and flipped consent flags, which keeps both the row count and the
dates. ``copilot.tools.artifacts.ArtifactStore.load`` compares a model's fingerprint with the
data's and refuses a stale model.

The checksum reads every row (about 7 s on 2 cores for the 1M-customer workspace's 57M rows,
0.1 s at 30k customers), so it is computed once per version of the database file and kept in
``cache/data_fingerprint.json`` keyed by the file's identity (device, inode, size, mtime and
ctime in ns, and the same for a ``.wal`` file): an import rebuilds the database as a new file
and any write changes the mtime, so a changed database never matches a cached key. Training
always recomputes it. The fingerprint is DuckDB's, of the workspace database -- the data the
tools check against -- also when the Spark backend trains from that database (its default
source, an export of the file): see :func:`data_fingerprint`.

Split from the artifact store because it is about the data, not the models: it reads the
database and the contract, never a model file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import Any

import duckdb

from copilot.data.contract import CONTRACT, TABLES
from copilot.fsutil import atomic_write_text
from copilot.workspace import Workspace

FINGERPRINT_SCHEME = 2  # 1: rows + latest dates; 2: + content checksum
FINGERPRINT_CACHE = "data_fingerprint.json"

Stats = dict[str, dict[str, str]]


def table_stats(con: duckdb.DuckDBPyConnection, *, checksum: bool = True) -> Stats:
    """Row count, latest date/timestamp and (``checksum``) a content checksum per contract table
    present in the database.

    The checksum is ``SUM(hash(row))`` over every row, as a 128-bit integer in text: independent
    of row order and of DuckDB's thread count, sensitive to any value of any column. It is
    DuckDB's hash, so it needs a DuckDB connection (``checksum=False`` gives the engine-neutral
    row counts and dates only).
    """
    present: dict[str, list[str]] = {
        str(r[0]): [] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    if checksum:
        for table, column in con.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).fetchall():
            present.setdefault(str(table), []).append(str(column))
    stats: Stats = {}
    for name in TABLES:  # the optional customer_attributes only when the workspace has it
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
        stats[name] = {"rows": str(row[0])} | {
            f"max_{c}": str(v) for c, v in zip(cols, row[1 : 1 + len(cols)], strict=True)
        }
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


def describe_changes(old: Stats, new: Stats) -> str:
    """What changed between the stats a model was trained on and the data's, in a few words."""
    # trained before content checksums existed, or (Spark) from a source other than this database
    unchecked = bool(old) and not any("checksum" in a for a in old.values())
    changes = []
    for table in sorted(set(old) | set(new)):
        a, b = old.get(table, {}), new.get(table, {})
        if a.get("rows") != b.get("rows"):
            changes.append(f"{table} {a.get('rows', 0)} -> {b.get('rows', 0)} rows")
        elif a != b and not unchecked:
            changes.append(f"{table} changed")
    if unchecked:
        changes.append("no content checksum recorded with the model")
    return "; ".join(changes) or "data changed"
