"""The layering is checked, not remembered: `lint-imports` runs the import contracts of
pyproject.toml ([tool.importlinter]: faces -> core/lifecycle -> agent -> planner -> reading ->
scale -> knowledge/tools -> data -> llm -> deps -> workspace -> settings).

Like the mypy test, it runs on a tree of symlinks that mirrors the installed layout (tools/ is
copilot.tools, ...), because the folders are mapped into the namespace by setuptools.
"""

from __future__ import annotations

import ast
import os
import subprocess
from pathlib import Path

import pytest
from test_quality import ROOT, _tool, installed_layout


def _lint_imports(layout: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_tool("lint-imports"), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=layout, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(layout)},
    )


def test_every_import_contract_is_kept(tmp_path: Path) -> None:
    installed_layout(tmp_path)
    proc = _lint_imports(tmp_path)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "Layers point one way KEPT" in proc.stdout


def test_an_import_running_back_up_is_reported(tmp_path: Path) -> None:
    pkg = installed_layout(tmp_path)
    settings = pkg / "settings.py"
    text = settings.read_text(encoding="utf-8")
    settings.unlink()  # the symlink: the copy below changes only this tree
    settings.write_text(text + "\nimport copilot.faces.cli.main  # noqa\n", encoding="utf-8")
    proc = _lint_imports(tmp_path)
    assert proc.returncode != 0
    assert "copilot.settings is not allowed to import copilot.faces" in proc.stdout, proc.stdout[-3000:]



def _with_module(pkg: Path, package: str, name: str, text: str) -> None:
    """Add ``copilot.<package>.<name>`` to the mirrored tree only (its folder becomes real, of symlinks)."""
    folder = pkg / package
    real = folder.resolve()
    folder.unlink()
    folder.mkdir()
    for entry in real.iterdir():
        if entry.name != "__pycache__":
            os.symlink(entry, folder / entry.name)
    (folder / f"{name}.py").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("package", "name", "text", "reported"),
    [
        ("faces", "web", "from copilot.planner.store import list_plans  # noqa\n",
         "copilot.faces.web -> copilot.planner.store"),  # "Faces reach plans through the core API only"
        ("agent", "plans", "import copilot.planner.workflow  # noqa\n",
         "copilot.agent is not allowed to import copilot.planner"),  # agent | planner are independent
    ],
    ids=["face-into-plan-store", "agent-into-planner"],
)
def test_a_breach_of_a_contract_is_reported(tmp_path: Path, package: str, name: str, text: str, reported: str) -> None:
    _with_module(installed_layout(tmp_path), package, name, text)
    proc = _lint_imports(tmp_path)
    assert proc.returncode != 0
    assert reported in proc.stdout, proc.stdout[-3000:]


def _tool_modules_imported(source: str) -> set[str]:
    """The registered tools' modules (:mod:`copilot.tools.registry`) that ``source`` imports, at any depth."""
    from copilot.tools import registry

    modules = {entry.module for entry in registry.tools()}
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found & modules


def test_faces_call_tools_through_the_registry_not_their_modules() -> None:
    # a face calls a tool by its registered name (copilot.core.run_tool, the agent, `copilot tools`), so
    # the registry stays the one place that knows where a tool lives; a new tool needs no face edit
    assert _tool_modules_imported("def f():\n    from copilot.tools.segments import segment_lookup\n") == {
        "copilot.tools.segments"}
    assert _tool_modules_imported("from copilot.tools import channels, registry\n") == {"copilot.tools.channels"}
    found = {
        str(path.relative_to(ROOT)): names
        for path in sorted((ROOT / "copilot" / "faces").rglob("*.py"))
        if (names := _tool_modules_imported(path.read_text(encoding="utf-8")))
    }
    assert found == {}
