"""First-run set-up, shared by every face: build the demo brand, train its models, ingest its knowledge.

::

    from copilot.firstrun import ensure_ready
    ensure_ready(deps, stage=my_progress_bar, announce=print)   # no-op when the workspace has data

Faces pass their own progress display as ``stage(label)``: a context manager yielding a
``progress(what, fraction)`` callback (``fraction < 0`` = unknown). A workspace that already has
data is never touched: missing models or knowledge then surface as errors naming the command
that fixes them (``copilot train``, ``copilot knowledge ingest``).

The demo is built automatically only in a folder that has never held a brand's data
(:meth:`copilot.workspace.Workspace.held_brand_data`): a brand workspace whose database is missing
gets one sentence naming what is missing and how to restore it, and nothing is written.
:func:`ensure_demo_data` is the one "build the demo if missing" step every caller uses (the faces,
``copilot train``, the benchmarks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copilot.data.demo import DemoSummary
    from copilot.deps import Deps
    from copilot.workspace import Workspace

Progress = Callable[[str, float], None]
Stage = Callable[[str], AbstractContextManager[Progress]]

FIRST_RUN_NOTE = (
    "No data in {root}: building the SYNTHETIC demo brand, training its models and indexing its "
    "product knowledge (one time, a few minutes). Use `copilot data import` for your own data."
)


@contextmanager
def silent_stage(label: str) -> Iterator[Progress]:
    """A ``stage`` that shows nothing (libraries, tests)."""
    yield lambda what, fraction: None


def build_demo_data(workspace: Workspace, *, progress: Progress | None = None, **kwargs: int) -> DemoSummary:
    """Build the SYNTHETIC demo brand's tables into ``workspace`` under the writer lock and record the
    workspace as a demo one (in its manifest) (``kwargs``: ``seed``, ``n_customers``). Replaces any data: callers decide."""
    from copilot.data.demo import build_demo_workspace
    from copilot.lock import workspace_lock

    with workspace_lock(workspace, "copilot init --demo"):
        return build_demo_workspace(workspace, progress=progress, **kwargs)


def ensure_demo_data(workspace: Workspace, *, progress: Progress | None = None, **kwargs: int) -> DemoSummary | None:
    """The demo brand's tables when ``workspace`` has no data and never held a brand's; None when it has data.

    A folder that holds (or held) a brand's data raises one sentence instead
    (:meth:`~copilot.workspace.Workspace.refuse_demo_over_brand`) and nothing is written."""
    if workspace.exists():
        return None
    workspace.refuse_demo_over_brand()
    return build_demo_data(workspace, progress=progress, **kwargs)


@dataclass(frozen=True)
class DemoSetup:
    """What :func:`build_demo` did."""

    summary: DemoSummary
    trained: bool
    knowledge_chunks: int | None


def build_demo(
    deps: Deps,
    *,
    stage: Stage = silent_stage,
    seed: int | None = None,
    customers: int | None = None,
    train: bool = True,
    knowledge: bool = True,
) -> DemoSetup:
    """Build (or rebuild) the synthetic demo brand in ``deps.workspace``; then train its models and
    ingest its product knowledge and review insights, each step atomic, under the writer lock."""
    from copilot.lock import workspace_lock

    kwargs: dict[str, int] = {}
    if seed is not None:
        kwargs["seed"] = seed
    if customers is not None:
        kwargs["n_customers"] = customers
    with workspace_lock(deps.workspace, "copilot init --demo"):
        return _build_demo_locked(deps, stage, kwargs, train=train, knowledge=knowledge)


def _build_demo_locked(deps: Deps, stage: Stage, kwargs: dict[str, int], *, train: bool,
                       knowledge: bool) -> DemoSetup:
    with stage("Demo data") as p:
        summary = build_demo_data(deps.workspace, progress=p, **kwargs)
    if train:
        from copilot.tools.training import train_all

        with stage("Training models") as p:
            train_all(deps, progress=p)
    chunks: int | None = None
    if knowledge:
        from copilot.knowledge.ingest import ingest_demo_knowledge

        with stage("Product knowledge") as p:

            def on_progress(done: int, total: int, what: str) -> None:
                p(what, done / total if total else -1.0)

            report = ingest_demo_knowledge(deps, progress=on_progress)
        chunks = report.chunks
    return DemoSetup(summary=summary, trained=train, knowledge_chunks=chunks)


def ensure_ready(
    deps: Deps,
    *,
    stage: Stage = silent_stage,
    announce: Callable[[str], None] | None = None,
    complete: bool = False,
) -> DemoSetup | None:
    """On a workspace with no data, :func:`build_demo` with training and knowledge; otherwise nothing.

    ``complete`` (the benchmarks) also trains a workspace that has data but no models and ingests
    the demo knowledge into an empty knowledge base.
    Returns what was built, or None when the workspace already had data. A folder that holds (or
    held) a brand's data is never given the demo: one sentence says what is missing instead."""
    if deps.workspace.exists():
        if complete:
            _complete(deps, stage)
        return None
    deps.workspace.refuse_demo_over_brand()
    deps.settings.check_model()  # a model setting that cannot work is reported before minutes of building
    if announce is not None:
        announce(FIRST_RUN_NOTE.format(root=deps.workspace.root))
    return build_demo(deps, stage=stage)


def _complete(deps: Deps, stage: Stage) -> None:
    """Train when no model was ever trained; ingest the demo knowledge when the knowledge base is empty."""
    from copilot.lock import workspace_lock

    with workspace_lock(deps.workspace, "copilot train"):
        if not (deps.workspace.models_dir / "CURRENT.json").exists():
            from copilot.tools.training import train_all

            with stage("Training models") as p:
                train_all(deps, progress=p)
        if deps.knowledge.count() == 0:
            from copilot.knowledge.ingest import ingest_demo_knowledge

            with stage("Product knowledge") as p:
                ingest_demo_knowledge(deps, progress=lambda done, total, what: p(what, done / total if total else -1.0))
