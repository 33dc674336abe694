"""The one registry of classical-model tools and the models they train.

A tool is a plain typed function ``def name(deps: Deps, query: XQuery) -> XReport`` in a module of
``copilot.tools``; a model is a training step ``def step(run: TrainingRun) -> TrainStep`` that
writes ``models/<name>/<version>/``. ONE line below registers a tool (and, with ``model=``, the
model it reads), and every place that lists tools or models reads it from here:

* the agent's toolset (``copilot.agent.registry.classical_tools``) offers each ``agent=True`` tool;
* the CLI generates ``copilot tools <name>`` from the tool's query schema (``--help`` included);
* ``copilot train`` (:func:`copilot.tools.training.train_all`) runs every model's step in order;
* the artifact store (:func:`model_names`) publishes, prunes and discards every model.

Entries name their module and attribute as text, so importing the registry stays light (the agent
and the CLI import it at start-up; the tools load pandas, DuckDB and scikit-learn when first used).
Adding a tool::

    register(ToolEntry("uplift_estimate", "copilot.tools.uplift",
                       model=ModelEntry("uplift", "copilot.tools.uplift:train_uplift", share=0.1)))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import Any


@dataclass(frozen=True)
class ModelEntry:
    """A trained model: artifacts under ``models/<name>/``, fitted by ``train`` (``"module:function"``,
    called as ``function(run: TrainingRun) -> TrainStep``). ``share`` is its part of the training
    progress bar (steps run in registration order; a later step may read what an earlier one left
    on the run, e.g. ``run.customers`` from ``segments``)."""

    name: str
    train: str
    share: float = 0.1

    def load_step(self) -> Callable[..., Any]:
        module, _, attr = self.train.partition(":")
        return _load(module, attr)


@dataclass(frozen=True)
class ToolEntry:
    """A tool: the function ``name`` in ``module``. ``agent`` offers it to the agent (False for a
    helper the CLI and the planner call but the model does not, like ``forecast``); ``model`` is
    the model it reads when this tool brings a new one (several tools may read one model)."""

    name: str
    module: str
    agent: bool = True
    model: ModelEntry | None = None

    def load(self) -> Callable[..., Any]:
        """The tool function, DuckDB's out-of-memory error translated into one sentence
        (:func:`copilot.workspace.translating_out_of_memory`)."""
        from copilot.workspace import translating_out_of_memory

        return translating_out_of_memory(_load(self.module, self.name))


_TOOLS: dict[str, ToolEntry] = {}


def register(entry: ToolEntry) -> ToolEntry:
    """Add a tool (and its model) to the registry; a name can be registered once."""
    if entry.name in _TOOLS:
        raise ValueError(f"a tool named '{entry.name}' is already registered")
    if entry.model is not None and entry.model.name in model_names():
        raise ValueError(f"a model named '{entry.model.name}' is already registered")
    _TOOLS[entry.name] = entry
    return entry


def unregister(name: str) -> None:
    """Remove a tool (and its model); a missing name is a no-op."""
    _TOOLS.pop(name, None)


@contextmanager
def registered(entry: ToolEntry) -> Iterator[ToolEntry]:
    """``entry`` registered for the duration of a ``with`` block (tests, plug-ins tried out)."""
    register(entry)
    try:
        yield entry
    finally:
        unregister(entry.name)


def tools(*, agent: bool | None = None) -> list[ToolEntry]:
    """Every registered tool in registration order; ``agent=True`` only those offered to the agent."""
    return [t for t in _TOOLS.values() if agent is None or t.agent == agent]


def tool(name: str) -> ToolEntry:
    return _TOOLS[name]


def models() -> list[ModelEntry]:
    """Every registered model in training order."""
    return [t.model for t in _TOOLS.values() if t.model is not None]


def model_names() -> tuple[str, ...]:
    return tuple(m.name for m in models())


def _load(module: str, attr: str) -> Any:
    return getattr(import_module(module), attr)


# --- the registrations: one line per tool --------------------------------------------------------
_T = "copilot.tools.training"
register(ToolEntry("segment_lookup", "copilot.tools.segments",
                   model=ModelEntry("segments", f"{_T}:train_segments", share=0.13)))
register(ToolEntry("score_propensity", "copilot.tools.propensity",
                   model=ModelEntry("propensity", f"{_T}:train_propensity", share=0.65)))
register(ToolEntry("recommend_products", "copilot.tools.recommend",
                   model=ModelEntry("recommender", f"{_T}:train_recommender", share=0.17)))
register(ToolEntry("channel_stats", "copilot.tools.channels"))
register(ToolEntry("sales_summary", "copilot.tools.sales"))
register(ToolEntry("forecast", "copilot.tools.forecast", agent=False))
register(ToolEntry("uplift_estimate", "copilot.tools.uplift", agent=False,
                   model=ModelEntry("uplift", "copilot.tools.uplift:train_uplift", share=0.05)))
