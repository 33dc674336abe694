"""One trained model version on disk: its ``meta.json``, its files, and their integrity checks.

:class:`Artifact` is what :meth:`copilot.tools.artifacts.ArtifactStore.load` returns. ``meta.json``
records the size and sha256 of every file of the version (:func:`file_digest`) and of the
feature/score tables it names; a damaged or missing file is named with the model to retrain
(:func:`retrain_hint`) instead of being unpickled or served. Split from the store (which versions
are live, publishing, pruning) so the per-version checks read on their own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import joblib

from copilot.errors import MissingArtifactError

LIBRARIES = ("copilot", "duckdb", "pandas", "numpy", "scikit-learn", "scipy", "implicit")


def library_versions() -> dict[str, str]:
    """Installed versions of the libraries a model depends on (recorded in meta.json)."""
    out: dict[str, str] = {}
    for lib in LIBRARIES:
        try:
            out[lib] = metadata.version(lib)
        except metadata.PackageNotFoundError:
            out[lib] = "absent"
    return out


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
        return MissingArtifactError(
            f"The {self.name} model's file {path} {what}.", hint=retrain_hint(self.name)
        )

    def check_files(self) -> None:
        """Every recorded file is present with its recorded size (see the class docstring)."""
        recorded: list[tuple[Path, dict[str, Any]]] = [
            (self.path / rel, d) for rel, d in dict(self.meta.get("files") or {}).items()
        ]
        if self.workspace_root is not None:
            recorded += [
                (self.workspace_root / rel, d) for rel, d in dict(self.meta.get("table_files") or {}).items()
            ]
        for path, digest in recorded:
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                raise self._damaged(path, "is missing") from None
            if size != digest.get("bytes"):
                raise self._damaged(
                    path, f"is damaged ({size:,} bytes, {int(digest.get('bytes', 0)):,} when trained)"
                )
        for rel in dict(self.meta.get("files") or {}):  # the model's own files: sha256 too (small)
            self._verify(rel)

    def _verify(self, relative: str) -> Path:
        p = self.path / relative
        if not p.exists():
            raise MissingArtifactError(
                f"Artifact {self.name}/{self.version} lacks {relative}.", hint=retrain_hint(self.name)
            )
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


def save_object(directory: Path, key: str, obj: Any) -> None:
    """Pickle ``obj`` as ``<key>.joblib`` in a version folder being written (read by :meth:`Artifact.obj`)."""
    joblib.dump(obj, directory / f"{key}.joblib", compress=3)


def json_default(value: Any) -> Any:
    """meta.json values: dates as ISO text, numpy scalars as Python numbers."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
