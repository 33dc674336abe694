"""ruff and mypy are part of the test suite, so `.ci/run` keeps the code base clean.

mypy cannot follow setuptools' editable-install import hook, and the source folders are
mapped into the `copilot` namespace (tools/ -> copilot.tools, ...). So the type check runs on
a tree of symlinks that mirrors the installed layout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"tools": "tools", "knowledge": "knowledge", "prompts": "prompts"}


def _tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if exe is None:
        pytest.fail(f"{name} is not installed; run `pip install -e '.[dev]'`.")
    return exe


def test_ruff_is_clean() -> None:
    proc = subprocess.run(
        [_tool("ruff"), "check", "copilot", "tools", "knowledge", "prompts", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def installed_layout(dest: Path) -> Path:
    """Mirror the installed package layout with symlinks; return the `copilot` folder."""
    pkg = dest / "copilot"
    pkg.mkdir(parents=True)
    for entry in (ROOT / "copilot").iterdir():
        if entry.name != "__pycache__":
            os.symlink(entry, pkg / entry.name)
    for name, folder in MAPPED.items():
        os.symlink(ROOT / folder, pkg / name)
    return pkg


def test_mypy_is_clean(tmp_path: Path) -> None:
    installed_layout(tmp_path)
    proc = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(ROOT / ".mypy_cache"), "--no-error-summary", "-p", "copilot",
        ],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={**os.environ, "MYPYPATH": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-2000:]
