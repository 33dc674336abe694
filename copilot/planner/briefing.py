"""Step 1 of the plan workflow: the brief, from the one reader (``copilot.reading``) to a CampaignBrief.

Code reads the request (:func:`copilot.reading.read`): audience tree, promoted categories and products,
channels, budget and currency, window, offer, discount cap, holdout, and what it could not apply. The
model is asked, with a tiny schema, only for what code left open: the campaign type when the brief
names none, and the audience when the brief describes one in words the reader does not know. Its
answers are listed as assumptions. Defaults (channels, dates, budget) are stated, never silent.

The audience in plain words is :mod:`copilot.planner.brief_audience`; what the model fills is
:mod:`copilot.planner.brief_fill`. This module reads, fills, applies overrides and defaults, and
re-exports the names it used to hold.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from copilot.errors import UsageError
from copilot.planner.brief_audience import (
    audience_words,
    bought_categories,
    consistent_objective,
    objective_from_audience,
    traits_of,
)
from copilot.planner.brief_fill import (
    OBJECTIVES,
    TRAIT_CONDITIONS,
    ModelFill,
    brief_fill_schema,
    category_grounded,
    fill_from_model,
    missing_fields,
)
from copilot.planner.brief_schema import MAX_BRIEF_CHARS
from copilot.planner.plan_schema import BriefIncomplete, CampaignBrief, Channel, Objective, PlanOverrides
from copilot.reading import read
from copilot.reading.budget_split import RATE_ALONE_REASON
from copilot.reading.foreign_money import foreign_budget, foreign_thresholds
from copilot.reading.lexicon import ALL_CHANNELS
from copilot.reading.schema import Reading
from copilot.textfit import clip
from copilot.tools.conditions import Condition

if TYPE_CHECKING:
    from copilot.deps import Deps

__all__ = [
    "DEFAULT_CAMPAIGN_DAYS",
    "DEFAULT_CHANNELS",
    "OBJECTIVES",
    "TRAIT_CONDITIONS",
    "Mode",
    "brief_fill_schema",
    "build_brief",
    "category_grounded",
    "consistent_objective",
    "objective_from_audience",
    "traits_of",
]

Mode = Literal["oneshot", "chat"]

DEFAULT_CHANNELS: list[Channel] = ["email", "sms", "push"]
DEFAULT_CAMPAIGN_DAYS = 21


def build_brief(
    deps: Deps,
    text: str,
    *,
    mode: Mode = "oneshot",
    overrides: PlanOverrides | None = None,
    calls: Any | None = None,
) -> CampaignBrief:
    """The typed brief: the reader first, the model only for what it could not read, then defaults."""
    from copilot.reading.catalogue import catalogue_of

    text = " ".join(text.split())
    if len(text) > MAX_BRIEF_CHARS:
        raise UsageError(
            f"The brief is {len(text):,} characters; copilot reads a brief of up to {MAX_BRIEF_CHARS:,}. "
            "Keep the ask and its details (audience, offer, channels, budget, dates) and leave out the background."
        )
    if not text:
        raise BriefIncomplete(["What should the campaign achieve, for whom, and on which channels?"])
    today = deps.clock().date()
    reading = read(text, deps=deps, today=today, kind="brief")
    cat = catalogue_of(deps)
    labels = dict(cat.categories)
    objective: Objective | None = reading.objective or objective_from_audience(reading.audience)
    missing = missing_fields(reading, text, objective)
    fill = ModelFill(objective=objective, audience=reading.audience)
    if missing and calls is not None and missing != ["category"]:
        fill = fill_from_model(calls, text, missing, cat.categories, objective, reading.audience)
    objective, audience = fill.objective, fill.audience
    assumptions: list[str] = list(fill.assumptions)
    if fill.notes:
        reading = reading.model_copy(update={"model_notes": fill.notes[:20], "audience": audience})

    questions: list[str] = []
    budget = reading.budget.amount if reading.budget else None
    foreign = foreign_budget(reading, deps)
    if foreign is not None:
        budget, note, unapplied = foreign
        assumptions.append(note)
        if unapplied is not None:
            reading = reading.model_copy(update={"not_applied": [*reading.not_applied, unapplied][:40]})
    for note, unread in foreign_thresholds(reading, deps):  # "消费满1000元" on a USD store
        assumptions.append(note)
        if unread is not None:
            reading = reading.model_copy(update={"not_applied": [*reading.not_applied, unread][:40]})
    if overrides is not None:
        budget = overrides.budget if overrides.budget is not None else budget
    channels = _channels(reading, overrides, mode, questions, assumptions)
    _budget_notes(reading, deps, budget, foreign is not None, mode, questions, assumptions)
    category = reading.promoted.categories[0] if reading.promoted.categories else fill.category
    if category is None and not reading.promoted.product_ids and objective in ("winback", "retention"):
        category = _bought_category(deps, audience, assumptions, labels)
    _focus_notes(reading, category, audience, mode, questions, assumptions)
    if questions:
        raise BriefIncomplete(questions)
    if objective is None:
        objective = "retention"
        assumptions.append("No campaign type recognised: planned as a retention campaign.")
    start, end = _window(reading, overrides, today, assumptions)
    return _brief(
        text,
        reading,
        objective,
        audience,
        category,
        channels,
        budget,
        start,
        end,
        assumptions,
        currency=deps.settings.currency,
        labels=labels,
        model_audience=fill.audience_words,
    )


def _channels(
    reading: Reading,
    overrides: PlanOverrides | None,
    mode: Mode,
    questions: list[str],
    assumptions: list[str],
) -> list[Channel]:
    """The brief's channels (or the override's), less the excluded; none named: the owned channels."""
    excluded = set(reading.channels.excluded)
    channels: list[Channel] = [c for c in reading.channels.allowed if c not in excluded]
    if overrides is not None:
        channels = list(overrides.channels) if overrides.channels else channels
    if not channels:
        if mode == "chat":
            questions.append("Which channels should I use (email, SMS, push, paid social)?")
        channels = (
            [c for c in DEFAULT_CHANNELS if c not in excluded]
            or [c for c in ALL_CHANNELS if c not in excluded][:1]
            or ["email"]
        )
        assumptions.append(
            f"No channels named: planned on {', '.join(channels)} (owned channels with consent)."
        )
    return channels


def _budget_notes(
    reading: Reading,
    deps: Deps,
    budget: float | None,
    foreign: bool,
    mode: Mode,
    questions: list[str],
    assumptions: list[str],
) -> None:
    """What the plan says (and, in chat, asks) about a budget it could not read or was not given."""
    unread_budget = next((n for n in reading.not_applied if n.affects == "budget"), None)
    if budget is None and unread_budget is not None and unread_budget.reason == RATE_ALONE_REASON and not foreign:
        if mode == "chat":
            questions.append(f'"{unread_budget.text}" is a rate: how many days does the campaign run, or what is the total?')
        assumptions.append(
            f'The brief gives a budget rate ("{unread_budget.text}") but no length or dates: planned at the forecast\'s '
            "send cost. State the days or the total to plan to it."
        )
    elif (
        budget is None and unread_budget is not None and not foreign
    ):  # mentioned but not readable: say so, never replace silently
        if mode == "chat":
            questions.append(
                f'I could not read an amount from "{unread_budget.text}": what is the budget (e.g. $20k)?'
            )
        assumptions.append(
            f'The brief mentions a budget ("{unread_budget.text}") but no amount could be read from it: planned '
            "at the forecast's send cost. State the amount (e.g. $20k) to plan to it."
        )
    elif budget is None and not foreign:
        if mode == "chat":
            questions.append("What is the budget?")
        assumptions.append("No budget given: planned at the forecast's send cost.")
    elif reading.budget and reading.budget.currency is None:
        assumptions.append(
            f"The budget names no currency: read as {deps.settings.currency}, the store's currency."
        )


def _bought_category(
    deps: Deps, audience: Condition | None, assumptions: list[str], labels: dict[str, str]
) -> str | None:
    """A win-back or retention of "lapsed trail runners" names no product: it features what the audience
    bought (the first category of a purchase condition that is not negated) when people buy that category
    again; otherwise none (tent buyers are offered what goes with a tent: :mod:`copilot.planner.next_products`)."""
    from copilot.planner.next_products import owned_category_repeats

    slug = _bought_slug(audience)
    if slug is None:
        return None
    repeats, basis = owned_category_repeats(deps, slug)
    if not repeats:
        return None
    assumptions.append(
        f"No product named: the plan features {labels.get(slug, slug)}, what this audience bought. "
        f"People buy it again: {basis}."
    )
    return slug


def _bought_slug(audience: Condition | None) -> str | None:
    """The first category of the audience's purchase condition that is not negated."""
    from copilot.tools.conditions import And, Bought

    leaves = audience.of if isinstance(audience, And) else [audience] if audience is not None else []
    bought = next((c for c in leaves if isinstance(c, Bought) and c.categories), None)
    return bought.categories[0] if bought is not None else None


def _focus_notes(
    reading: Reading,
    category: str | None,
    audience: Condition | None,
    mode: Mode,
    questions: list[str],
    assumptions: list[str],
) -> None:
    """What the plan says (and, in chat, asks) when the brief names no product, category or audience,
    or products the catalogue does not have."""
    lacks = [n for n in reading.not_applied if n.affects == "product"]
    if category is None and not reading.promoted.product_ids and audience is None:
        if mode == "chat" and not lacks:
            questions.append("Which products or customers is the campaign about?")
        assumptions.append("No product focus or audience named: all customers and the best-selling products.")
    elif category is None and not reading.promoted.product_ids and _bought_slug(audience) is None:
        # past buyers of a category: the featured products' note says what they are offered and why
        assumptions.append(
            "No product or category named: the plan features the products most recommended for this audience."
        )
    if lacks:
        assumptions.append(
            "The catalogue has no "
            + ", ".join(n.text for n in lacks)
            + ": nothing is featured as if it were "
            + ("that product" if len(lacks) == 1 else "those products")
            + "."
        )


def _window(
    reading: Reading, overrides: PlanOverrides | None, today: date, assumptions: list[str]
) -> tuple[date, date | None]:
    """Start and end: the override's, else the brief's window (its duration from its first day), else a
    week from today; never in the past."""
    start = reading.window.start if reading.window else None
    end = reading.window.end if reading.window else None
    if overrides is not None:
        start = overrides.start or start
        end = overrides.end or end
    window_note = None
    if start is None:
        start = today + timedelta(days=7)
        if reading.window and reading.window.duration_days:
            end = start + timedelta(days=reading.window.duration_days - 1)
            window_note = (
                f"Runs {reading.window.duration_days} days from {start:%b %-d, %Y} (no start date given)."
            )
        else:
            assumptions.append(
                f"No dates given: starts {start:%b %-d, %Y} (a week from today) and runs {DEFAULT_CAMPAIGN_DAYS} days."
            )
    elif reading.window is not None and (overrides is None or overrides.start is None):
        w = reading.window
        if w.duration_days and end is not None and (end - start).days + 1 > w.duration_days:
            period = f"{start:%b %-d}–{end:%b %-d}"
            end = start + timedelta(days=w.duration_days - 1)
            window_note = (
                f"Dates read from the brief: {w.duration_days} days within {period} "
                f'("{w.span.text}"), starting on the first day.'
            )
        else:
            window_note = f'Dates read from the brief as {start:%b %-d, %Y} to {end or start:%b %-d, %Y} ("{w.span.text}").'
    if window_note:
        assumptions.append(window_note)
    if start < today:
        start = today + timedelta(days=1)
        assumptions.append("The start date was in the past; the campaign starts tomorrow.")
    if end is not None and end < start:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
    return start, end


def _brief(
    text: str,
    reading: Reading,
    objective: Objective,
    audience: Condition | None,
    category: str | None,
    channels: list[Channel],
    budget: float | None,
    start: date,
    end: date | None,
    assumptions: list[str],
    *,
    currency: str,
    labels: dict[str, str],
    model_audience: str,
) -> CampaignBrief:
    """The typed brief from what was read, filled and defaulted."""
    offer = reading.offer
    offer_text = offer.span.text if offer else None
    discount = offer.value if offer is not None and offer.kind == "percent_off" else None
    traits = traits_of(audience)
    bought = bought_categories(audience)
    return CampaignBrief(
        goal=_goal(text),
        objective=objective,
        category=category,
        product_ids=reading.promoted.product_ids[:10],
        audience=clip(model_audience or audience_words(audience, labels, category), 300),
        audience_traits=traits[:8],
        bought_category=bought[0] if bought else None,
        all_customers=audience is not None and audience.kind == "all",
        channels=channels,
        budget=budget,
        currency=currency,
        start_date=start,
        end_date=end,
        offer=clip(offer_text, 120) if offer_text else None,
        discount_pct=discount,
        discount_cap_pct=reading.discount_cap.max_percent if reading.discount_cap else None,
        no_discount=reading.no_discount is not None,
        holdout_share=reading.holdout.share if reading.holdout else None,
        constraints=_constraints(reading),
        assumptions=[clip(a, 300) for a in assumptions][:15],
        text=text,
        reading=reading,
    )


def _goal(text: str) -> str:
    import re

    first = re.split(r"(?<=[。！？])\s*|(?<=[.!?])(?!\d)\s*", " ".join(text.split()), maxsplit=1)[0]  # never at "1.5w"
    return clip(first or text, 300)


def _constraints(reading: Reading) -> list[str]:
    out: list[str] = []
    ch = reading.channels
    if ch.only and ch.allowed:
        out.append(f"Only {', '.join(ch.allowed)}.")
    if ch.excluded:
        out.append(f"No {', '.join(ch.excluded)}.")
    if reading.discount_cap:
        out.append(f"No discount deeper than {reading.discount_cap.max_percent:g}%.")
    if reading.no_discount:
        out.append("No discount.")
    if reading.holdout:
        out.append(f"Hold out {100 * reading.holdout.share:g}% of the audience.")
    return out[:10]
