"""First-run set-up, shared by every face: build the demo brand, train its models, ingest its knowledge.

::

    from copilot.firstrun import ensure_ready
    ensure_ready(deps, stage=my_progress_bar, announce=print)   # no-op when the workspace has data

Faces pass their own progress display as ``stage(label)``: a context manager yielding a
``progress(what, fraction)`` callback (``fraction < 0`` = unknown). A workspace that already has
data is never touched: missing models or knowledge then surface as errors naming the command
that fixes them (``copilot train``, ``copilot knowledge ingest``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copilot.data.demo import DemoSummary
    from copilot.deps import Deps

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
    ingest its product knowledge and review insights, each step atomic."""
    from copilot.data.demo import build_demo_workspace

    kwargs: dict[str, int] = {}
    if seed is not None:
        kwargs["seed"] = seed
    if customers is not None:
        kwargs["n_customers"] = customers
    with stage("Demo data") as p:
        summary = build_demo_workspace(deps.workspace, progress=p, **kwargs)
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
) -> DemoSetup | None:
    """On a workspace with no data, :func:`build_demo` with training and knowledge; otherwise nothing.

    Returns what was built, or None when the workspace already had data."""
    if deps.workspace.exists():
        return None
    if announce is not None:
        announce(FIRST_RUN_NOTE.format(root=deps.workspace.root))
    return build_demo(deps, stage=stage)
