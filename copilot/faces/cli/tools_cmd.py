"""`copilot tools <name> [options]`: call a classical-model tool directly and print its JSON.

A debugging face over the same functions the agent calls. One command per tool of
:mod:`copilot.tools.registry`, generated when the CLI starts: its help is the tool's docstring,
its options are the query model's fields (their descriptions are the options' help). An audience
field takes a full AudienceCriteria object as `--criteria-json`, and `--segment` is a shortcut for
its `segment` field; a list field is a repeatable option; a date field takes YYYY-MM-DD.
`--markdown` prints the report's Markdown view instead of JSON. A few fields have shorter option
names (:data:`OPTION_NAMES`); every other field `x_y` is `--x-y`.
"""

from __future__ import annotations

import inspect
import json
import sys
import types
import typing
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from typer.core import TyperGroup

from copilot.agent.toolset import Tool
from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.faces.cli.context import first_run, state
from copilot.tools import registry
from copilot.tools.schemas import AudienceCriteria

Q = TypeVar("Q", bound=BaseModel)

CRITERIA_HELP = ('Audience criteria as JSON, e.g. \'{"segment": "At risk", "consent": ["email"], '
                 '"categories_bought": ["tents"], "max_recency_days": 365}\'.')
SEGMENT_HELP = "Audience segment (shortcut for criteria)."

#: Shorter option names of some query fields (the rest are the field's name in kebab case).
OPTION_NAMES: dict[str, tuple[str, ...]] = {
    "horizon_days": ("--horizon",),
    "customer_id": ("--customer",),
    "channels": ("--channel",),
    "audience_size_override": ("--audience-size",),
    "k": ("-k", "--k"),
}


class ToolsGroup(TyperGroup):
    """The `tools` group: one command per registered tool, built from the registry each time the
    CLI is assembled (so a tool registered later is a command too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for entry in registry.tools():
            self.add_command(_command(entry), entry.name)


tools_app = typer.Typer(
    cls=ToolsGroup,
    name="tools",
    help="Call a classical-model tool (segments, propensity, recommendations, channels, forecast); prints JSON.",
    no_args_is_help=True,
)


def _deps(ctx: typer.Context) -> Deps:
    """Deps for a tool call; a tool only reads: without data it says how to get some."""
    deps = state(ctx).deps()
    first_run(deps, read_only=True)  # a read-only command never builds the demo (issue #18)
    return deps


def _criteria(criteria_json: str | None, segment: str | None) -> dict[str, Any] | None:
    data: dict[str, Any] = {}
    if criteria_json:
        try:
            loaded = json.loads(criteria_json)
        except json.JSONDecodeError as exc:
            raise UsageError(f"--criteria-json is not valid JSON ({exc.msg}).", hint=CRITERIA_HELP) from exc
        if not isinstance(loaded, dict):
            raise UsageError("--criteria-json must be a JSON object.", hint=CRITERIA_HELP)
        data.update(loaded)
    if segment:
        data["segment"] = segment
    return data or None


def _build(model: type[Q], **fields: Any) -> Q:
    try:
        return model.model_validate({k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or model.__name__
        raise UsageError(f"Invalid {where}: {first['msg']}.") from exc


def _emit(report: BaseModel, markdown: bool) -> None:
    to_md: Callable[[], str] | None = getattr(report, "to_markdown", None)
    text = to_md() if markdown and to_md is not None else report.model_dump_json(indent=2)
    sys.stdout.write(text + "\n")


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{option} must be a date like 2026-01-31, not '{value}'.") from exc


# --- generating a command from a tool ------------------------------------------------------------


def _kinds(annotation: Any) -> list[Any]:
    """The types an annotation admits, ``None`` and ``Annotated`` stripped (``int | None`` -> [int])."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _kinds(typing.get_args(annotation)[0])
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [k for arg in typing.get_args(annotation) for k in _kinds(arg)]
    return [] if annotation is type(None) else [annotation]


def _bounds(info: FieldInfo) -> str:
    """`` (7-180)`` from a number field's ``ge``/``le`` constraints ('' without both)."""
    low = next((m.ge for m in info.metadata if getattr(m, "ge", None) is not None), None)
    high = next((m.le for m in info.metadata if getattr(m, "le", None) is not None), None)
    return f" ({low}-{high})" if low is not None and high is not None else ""


class _Field:
    """How one query field reads from the command line: its parameter, and its value for the query."""

    def __init__(self, name: str, info: FieldInfo, query: type[BaseModel]) -> None:
        self.name = name
        kinds = _kinds(info.annotation)
        base = kinds[0] if len(kinds) == 1 else str
        self.audience = inspect.isclass(base) and issubclass(base, AudienceCriteria)
        self.segment_shortcut = self.audience and "segment" not in query.model_fields
        self.many = typing.get_origin(base) is list
        self.is_date = base is date
        help_text = " ".join((info.description or "").split())
        default: Any = None
        if self.audience:
            decls: tuple[str, ...] = ("--criteria-json",)
            kind: Any = str
            help_text = CRITERIA_HELP
        else:
            decls = OPTION_NAMES.get(name, ("--" + name.replace("_", "-"),))
            if self.many:
                kind, help_text = list[str], f"{help_text} (repeatable)".strip()
            elif base in (int, float, bool):
                kind = base
                help_text = f"{help_text}{_bounds(info)}"
                if not info.is_required() and info.default is not None and info.default_factory is None:
                    default = info.default
            else:
                kind = str
                if self.is_date:
                    help_text = f"{help_text} (YYYY-MM-DD)".strip()
        self.option = decls[-1]
        annotation = kind if default is not None else kind | None
        self.parameters = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                             default=typer.Option(default, *decls, help=help_text))]
        if self.segment_shortcut:
            self.parameters.append(inspect.Parameter(
                f"{name}__segment", inspect.Parameter.KEYWORD_ONLY, annotation=str | None,
                default=typer.Option(None, "--segment", help=SEGMENT_HELP)))

    def value(self, options: dict[str, Any]) -> Any:
        raw = options.get(self.name)
        if self.audience:
            return _criteria(raw, options.get(f"{self.name}__segment"))
        if self.many:
            return list(raw) if raw else None
        if self.is_date:
            return _date(raw, self.option)
        return raw


def _first_clause(text: str) -> str:
    """The command list's line: the description up to its first colon or full stop."""
    return text.split(": ")[0].split(". ")[0].removesuffix(".")


def _command(entry: registry.ToolEntry) -> Any:
    """The click command of one registered tool (see the module docstring)."""
    tool = Tool.from_function(entry.load(), name=entry.name)
    query_model = tool.query_model
    fields = [_Field(name, info, query_model) for name, info in query_model.model_fields.items()]

    def command(ctx: typer.Context, **options: Any) -> None:
        query = _build(query_model, **{f.name: f.value(options) for f in fields})
        _emit(tool.fn(_deps(ctx), query), bool(options.get("markdown")))

    params = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    params += [p for f in fields for p in f.parameters]
    params.append(inspect.Parameter("markdown", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                                    default=typer.Option(False, "--markdown",
                                                         help="Print the Markdown view instead of JSON.")))
    command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    command.__doc__ = tool.description
    single = typer.Typer(add_completion=False)
    single.command(entry.name, short_help=_first_clause(tool.description))(command)
    return typer.main.get_command(single)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.add_typer(tools_app)
