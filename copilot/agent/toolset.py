"""Tools for the agent, built from plain typed functions.

A tool is ``def name(deps: Deps, query: XQuery) -> XReport`` with a docstring. :meth:`Tool.from_function`
reads the name, the description (the docstring's first paragraph) and the argument schema (the
query model's JSON schema, bounded). :meth:`Tool.execute` validates the arguments, runs the
function and returns a :class:`ToolOutcome`; a :class:`ToolError` (or any ``CopilotError``) or a
pydantic ``ValidationError`` becomes text the model can act on, never a crash. Other exceptions
are bugs and propagate (the agent loop turns them into an ``internal`` error that ends the turn).
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from copilot.errors import CopilotError
from copilot.llm.injection import compact_json, wrap_data
from copilot.llm.prompts import render_prompt
from copilot.llm.schema import apply_vocabulary, bounded_schema

if TYPE_CHECKING:
    from copilot.agent.events import AgentEvent
    from copilot.deps import Deps

log = logging.getLogger(__name__)

DEFAULT_MAX_RESULT_CHARS = 4000


@dataclass(frozen=True)
class ToolOutcome:
    """What running a tool produced: the report (or None) and the text the model will read."""

    tool: str
    ok: bool
    text: str  # what goes back to the model
    summary: str  # one line for the faces
    seconds: float
    report: BaseModel | None = None
    error: str | None = None
    internal: bool = False  # the tool raised unexpectedly (a bug): the agent ends the turn


def summarize_report(report: BaseModel, limit: int = 160) -> str:
    """The report's own ``summary()`` when it has one, else a compact generic digest."""
    fn = getattr(report, "summary", None)
    if callable(fn):
        try:
            text = str(fn())
        except Exception as exc:  # a broken summary must not break the turn
            log.debug("summary() of %s failed: %s", type(report).__name__, exc)
        else:
            return text if len(text) <= limit else text[: limit - 1] + "…"
    data = report.model_dump(mode="json", exclude_none=True)
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            parts.append(f"{key}: {len(value)} items")
        elif isinstance(value, dict):
            parts.append(f"{key}: {{…}}")
        else:
            parts.append(f"{key}: {value}")
    text = f"{type(report).__name__} — " + ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_paragraph(doc: str) -> str:
    para = doc.strip().split("\n\n", 1)[0]
    return " ".join(para.split())


def _error_sentence(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors()[:6]:
            loc = ".".join(str(p) for p in err["loc"]) or "(arguments)"
            parts.append(f"{loc}: {err['msg']}")
        return "invalid arguments — " + "; ".join(parts)
    return str(exc)


@dataclass(frozen=True)
class Tool:
    """A tool the agent can call (see module docs)."""

    name: str
    description: str
    fn: Callable[[Any, Any], BaseModel]
    query_model: type[BaseModel]
    report_model: type[BaseModel] | None = None
    max_result_chars: int = DEFAULT_MAX_RESULT_CHARS
    events: Callable[[BaseModel], Sequence[AgentEvent]] | None = field(default=None, compare=False)
    """Extra events for the faces from a report (e.g. PlanProduced for draft_campaign_plan)."""
    vocabulary: Mapping[str, Sequence[str]] = field(default_factory=dict, compare=False)
    """Valid names per ``x-vocabulary`` marker of the query schema (segments, categories...)."""

    @classmethod
    def from_function(
        cls,
        fn: Callable[[Any, Any], BaseModel],
        *,
        name: str | None = None,
        description: str | None = None,
        max_result_chars: int = DEFAULT_MAX_RESULT_CHARS,
        events: Callable[[BaseModel], Sequence[AgentEvent]] | None = None,
    ) -> Tool:
        """Build a tool from ``fn(deps, query: QueryModel) -> ReportModel`` and its docstring."""
        sig = inspect.signature(fn)
        params = list(sig.parameters.values())
        if len(params) != 2:
            raise TypeError(
                f"tool function {fn.__name__} must take (deps, query), got {len(params)} parameters"
            )
        query_model = _resolve_annotation(fn, params[1].annotation)
        if not (inspect.isclass(query_model) and issubclass(query_model, BaseModel)):
            raise TypeError(
                f"tool function {fn.__name__}: the query parameter must be annotated with a pydantic model"
            )
        report_model = _resolve_annotation(fn, sig.return_annotation)
        if not (inspect.isclass(report_model) and issubclass(report_model, BaseModel)):
            report_model = None
        doc = description or _first_paragraph(inspect.getdoc(fn) or "")
        if not doc:
            raise TypeError(f"tool function {fn.__name__} needs a docstring (it is the tool's description)")
        return cls(
            name=name or fn.__name__,
            description=doc,
            fn=fn,
            query_model=query_model,
            report_model=report_model,
            max_result_chars=max_result_chars,
            events=events,
        )

    # --- schemas ---
    def parameters_schema(self) -> dict[str, Any]:
        """The query model's JSON schema: refs inlined, no titles, every string/list bounded, and
        names from a known vocabulary (segments, categories, regions) as enums."""
        return apply_vocabulary(bounded_schema(self.query_model.model_json_schema()), self.vocabulary)

    def with_vocabulary(self, vocabulary: Mapping[str, Sequence[str]]) -> Tool:
        """This tool with ``vocabulary`` filled into its schema (see :meth:`parameters_schema`)."""
        return replace(self, vocabulary=dict(vocabulary))

    def openai_tool(self) -> dict[str, Any]:
        """The tool in OpenAI's function-tool format (for ``bind_tools``)."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters_schema(),
            },
        }

    def signature_text(self, max_chars: int = 1400) -> str:
        """A compact description for prompts: name, description and arguments with their types."""
        schema = self.parameters_schema()
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        args = []
        for key, sub in props.items():
            kind = _type_label(sub)
            desc = " ".join(str(sub.get("description", "")).split())
            if len(desc) > 110:
                desc = desc[:109] + "…"
            mark = "" if key in required else "?"
            args.append(f"    - {key}{mark} ({kind}){': ' + desc if desc else ''}")
        text = f"- {self.name}: {self.description}"
        if args:
            text += "\n  arguments:\n" + "\n".join(args)
        return text if len(text) <= max_chars else text[: max_chars - 1] + "…"

    # --- running ---
    def execute(self, deps: Deps, arguments: Mapping[str, Any] | BaseModel | None) -> ToolOutcome:
        """Validate ``arguments``, run the function, and return the outcome (never raises for
        ToolError/CopilotError/ValidationError: those become text for the model)."""
        t0 = time.perf_counter()
        try:
            if isinstance(arguments, self.query_model):
                query = arguments
            else:
                raw = dict(arguments.model_dump() if isinstance(arguments, BaseModel) else (arguments or {}))
                query = self.query_model.model_validate(raw)
            report = self.fn(deps, query)
        except (CopilotError, ValidationError) as exc:
            seconds = time.perf_counter() - t0
            sentence = _error_sentence(exc)
            log.info("tool %s failed: %s", self.name, sentence)
            return ToolOutcome(
                tool=self.name,
                ok=False,
                text=render_prompt("tool_error", tool=self.name, error=sentence).strip(),
                summary=f"error: {sentence}"[:200],
                seconds=seconds,
                error=sentence,
            )
        seconds = time.perf_counter() - t0
        data = report.model_dump(mode="json", exclude_none=True) if isinstance(report, BaseModel) else report
        payload = compact_json(data, self.max_result_chars)
        text = wrap_data(payload, f"tool:{self.name}")
        summary = summarize_report(report) if isinstance(report, BaseModel) else str(report)[:160]
        return ToolOutcome(
            tool=self.name,
            ok=True,
            text=text,
            summary=summary,
            seconds=seconds,
            report=report if isinstance(report, BaseModel) else None,
        )


def _resolve_annotation(fn: Callable[..., Any], annotation: Any) -> Any:
    """An annotation as an object. Only the query and return annotations are resolved, so a
    ``deps: Deps`` imported under TYPE_CHECKING does not matter."""
    if annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, str):
        try:
            # the tool function's own annotation (of the function a decorator wraps, if any)
            return eval(annotation, getattr(inspect.unwrap(fn), "__globals__", {}))
        except NameError:
            return None
    return annotation


def _type_label(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"][:12])
    if "const" in schema:
        return json.dumps(schema["const"])
    if "anyOf" in schema:
        labels = [_type_label(s) for s in schema["anyOf"] if s.get("type") != "null"]
        return " | ".join(labels) or "null"
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_type_label(schema.get('items', {}))}"
    if isinstance(kind, list):
        return " | ".join(str(k) for k in kind if k != "null")
    if kind == "object" and schema.get("properties"):
        keys = list(schema["properties"])
        more = ", …" if len(keys) > 12 else ""
        return "object with " + ", ".join(keys[:12]) + more
    return str(kind)


def tools_by_name(tools: Sequence[Tool]) -> dict[str, Tool]:
    names: dict[str, Tool] = {}
    for tool in tools:
        if tool.name in names:
            raise ValueError(f"two tools are named '{tool.name}'")
        if tool.name == "final_answer":
            raise ValueError("'final_answer' is reserved for the router schema")
        names[tool.name] = tool
    return names
