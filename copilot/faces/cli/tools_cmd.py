"""`copilot tools <name> [options]`: call a classical-model tool directly and print its JSON.

A debugging face over the same functions the agent calls. Options map to the query fields;
`--criteria-json` takes a full AudienceCriteria object, and `--segment` is a shortcut for its
`segment` field. `--markdown` prints the report's Markdown view instead of JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import typer
from pydantic import BaseModel, ValidationError

from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.faces.cli.context import first_run, state

tools_app = typer.Typer(
    name="tools",
    help="Call a classical-model tool (segments, propensity, recommendations, channels, forecast); prints JSON.",
    no_args_is_help=True,
)

Q = TypeVar("Q", bound=BaseModel)

CRITERIA_HELP = ('Audience criteria as JSON, e.g. \'{"segment": "At risk", "consent": ["email"], '
                 '"categories_bought": ["tents"], "max_recency_days": 365}\'.')


def _deps(ctx: typer.Context) -> Deps:
    """Deps for a tool call; on a brand-new workspace, build the demo (trained, with knowledge) first."""
    deps = state(ctx).deps()
    first_run(deps)
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


MARKDOWN = typer.Option(False, "--markdown", help="Print the Markdown view instead of JSON.")
CRITERIA = typer.Option(None, "--criteria-json", help=CRITERIA_HELP)


@tools_app.command("segment_lookup")
def segment_lookup_cmd(
    ctx: typer.Context,
    segment: str | None = typer.Option(None, "--segment", help="One RFM segment or cluster name."),
    criteria_json: str | None = CRITERIA,
    markdown: bool = MARKDOWN,
) -> None:
    """RFM segments and clusters (all of them with no options), or an ad-hoc audience's profile."""
    from copilot.tools.models import SegmentQuery
    from copilot.tools.segments import segment_lookup

    crit = _criteria(criteria_json, None)
    query = _build(SegmentQuery, segment=segment, criteria=crit)
    _emit(segment_lookup(_deps(ctx), query), markdown)


@tools_app.command("score_propensity")
def score_propensity_cmd(
    ctx: typer.Context,
    segment: str | None = typer.Option(None, "--segment", help="Audience segment (shortcut for criteria)."),
    category: str | None = typer.Option(None, "--category", help="Product category slug; default any purchase."),
    horizon: int = typer.Option(30, "--horizon", help="Purchase within this many days (7-180)."),
    criteria_json: str | None = CRITERIA,
    markdown: bool = MARKDOWN,
) -> None:
    """Expected buyers, probability interval, tiers and drivers for an audience."""
    from copilot.tools.models import PropensityQuery
    from copilot.tools.propensity import score_propensity

    query = _build(PropensityQuery, audience=_criteria(criteria_json, segment), category=category,
                   horizon_days=horizon)
    _emit(score_propensity(_deps(ctx), query), markdown)


@tools_app.command("recommend_products")
def recommend_products_cmd(
    ctx: typer.Context,
    customer: str | None = typer.Option(None, "--customer", help="Customer pseudonym (cus_...) or own id."),
    segment: str | None = typer.Option(None, "--segment", help="Audience segment (shortcut for criteria)."),
    category: str | None = typer.Option(None, "--category", help="Only this product category."),
    k: int = typer.Option(5, "-k", "--k", help="How many products (1-20)."),
    criteria_json: str | None = CRITERIA,
    markdown: bool = MARKDOWN,
) -> None:
    """Products for one customer (already-bought excluded) or for an audience."""
    from copilot.tools.models import RecommendQuery
    from copilot.tools.recommend import recommend_products

    query = _build(RecommendQuery, customer_id=customer, audience=_criteria(criteria_json, segment),
                   category=category, k=k)
    _emit(recommend_products(_deps(ctx), query), markdown)


@tools_app.command("channel_stats")
def channel_stats_cmd(
    ctx: typer.Context,
    channel: list[str] | None = typer.Option(None, "--channel", help="Channel (repeatable); default all."),
    segment: str | None = typer.Option(None, "--segment", help="Audience segment (shortcut for criteria)."),
    since: str | None = typer.Option(None, "--since", help="Sends on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Sends on or before YYYY-MM-DD."),
    criteria_json: str | None = CRITERIA,
    markdown: bool = MARKDOWN,
) -> None:
    """Funnel rates with Wilson intervals, best send time, reach and cost per channel."""
    from copilot.tools.channels import channel_stats
    from copilot.tools.models import ChannelQuery

    query = _build(ChannelQuery, channels=channel or None, audience=_criteria(criteria_json, segment),
                   since=_date(since, "--since"), until=_date(until, "--until"))
    _emit(channel_stats(_deps(ctx), query), markdown)


@tools_app.command("forecast")
def forecast_cmd(
    ctx: typer.Context,
    channel: list[str] | None = typer.Option(None, "--channel", help="Channel (repeatable); default email."),
    segment: str | None = typer.Option(None, "--segment", help="Audience segment (shortcut for criteria)."),
    category: str | None = typer.Option(None, "--category", help="Promoted product category."),
    horizon: int = typer.Option(30, "--horizon", help="Campaign window in days (7-180)."),
    audience_size: int | None = typer.Option(None, "--audience-size", help="Override the audience size."),
    holdout_share: float = typer.Option(0.1, "--holdout-share", help="Share kept as an untouched holdout."),
    criteria_json: str | None = CRITERIA,
    markdown: bool = MARKDOWN,
) -> None:
    """Expected conversions, revenue and cost of a send, with ranges and assumptions."""
    from copilot.tools.forecast import forecast
    from copilot.tools.models import ForecastQuery

    query = _build(ForecastQuery, audience=_criteria(criteria_json, segment), channels=channel or None,
                   category=category, horizon_days=horizon, audience_size_override=audience_size,
                   holdout_share=holdout_share)
    _emit(forecast(_deps(ctx), query), markdown)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{option} must be a date like 2026-01-31, not '{value}'.") from exc


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.add_typer(tools_app)
