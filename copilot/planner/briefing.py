"""Step 1 of the plan workflow: the brief, from the one reader (``copilot.reading``) to a CampaignBrief.

Code reads the request (:func:`copilot.reading.read`): audience tree, promoted categories and products,
channels, budget and currency, window, offer, discount cap, holdout, and what it could not apply. The
model is asked, with a tiny schema, only for what code left open: the campaign type when the brief
names none, and the audience when the brief describes one in words the reader does not know. Its
answers are listed as assumptions. Defaults (channels, dates, budget) are stated, never silent.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal, cast

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.llm.prompts import render_prompt
from copilot.planner.models import BriefIncomplete, CampaignBrief, Channel, Objective, PlanOverrides
from copilot.reading import read
from copilot.reading.lexicon import ALL_CHANNELS
from copilot.reading.schema import NotApplied, Reading
from copilot.tools.conditions import (
    And,
    Bought,
    Condition,
    Not,
    Or,
    OrderCount,
    Recency,
    RfmSegment,
    SignedUp,
    ValueTier,
)
from copilot.tools.describe import describe_condition

if TYPE_CHECKING:
    from copilot.deps import Deps

Mode = Literal["oneshot", "chat"]

DEFAULT_CHANNELS: list[Channel] = ["email", "sms", "push"]
DEFAULT_CAMPAIGN_DAYS = 21
OBJECTIVES: tuple[str, ...] = ("winback", "retention", "acquisition", "cross_sell", "launch", "seasonal", "clearance")
#: Audience traits a model may name for words the reader does not know, and the condition each means.
TRAIT_CONDITIONS: dict[str, Condition] = {
    "lapsed": Recency(min_days=180),
    "at_risk": RfmSegment(segments=["At risk", "Can't lose them"]),
    "high_value": ValueTier(tier="high"),
    "loyal": OrderCount(min=3),
    "new": SignedUp(within_days=30),
}
_AUDIENCE_NOUNS = ("customers", "buyers", "shoppers", "subscribers", "members", "fans", "clients", "users",
                   "people", "folks", "audience", "segment", "runners", "hikers", "campers", "climbers",
                   "客户", "用户", "会员", "人群", "买家", "粉丝")  # fmt: skip


def traits_of(cond: Condition | None) -> list[str]:
    """Plain-word traits of an audience tree (for copy tone and the audience's name)."""
    out: list[str] = []

    def walk(c: Condition, negated: bool = False) -> None:
        if isinstance(c, (And, Or)):
            for x in c.of:
                walk(x, negated)
        elif isinstance(c, Not):
            walk(c.of, not negated)
        elif negated:
            return
        elif isinstance(c, Recency) and c.min_days is not None and "lapsed" not in out:
            out.append("lapsed")
        elif isinstance(c, RfmSegment):
            if {"At risk", "Can't lose them"} & set(c.segments) and "at_risk" not in out:
                out.append("at_risk")
            if {"Champions", "Loyal"} & set(c.segments) and "loyal" not in out:
                out.append("loyal")
        elif isinstance(c, ValueTier) and c.tier == "high" and "high_value" not in out:
            out.append("high_value")
        elif isinstance(c, SignedUp) and "new" not in out:
            out.append("new")
        elif isinstance(c, OrderCount) and (c.min or 0) >= 2 and "loyal" not in out:
            out.append("loyal")

    if cond is not None:
        walk(cond)
    return out


def _bought(cond: Condition | None) -> list[str]:
    if cond is None:
        return []
    if isinstance(cond, (And, Or)):
        return [s for c in cond.of for s in _bought(c)]
    if isinstance(cond, Bought):
        return list(cond.categories)
    return []


def objective_from_audience(cond: Condition | None) -> Objective | None:
    """The campaign type an audience implies when the brief names none: lapsed or at-risk customers are
    won back, new ones welcomed (acquisition); other audiences say nothing about the type."""
    traits = traits_of(cond)
    if "lapsed" in traits or "at_risk" in traits:
        return "winback"
    if "new" in traits:
        return "acquisition"
    return None


def consistent_objective(objective: Objective, traits: list[str]) -> Objective:
    """A model's campaign type, corrected where it contradicts the audience."""
    if objective == "winback" and not {"lapsed", "at_risk"} & set(traits):
        return "retention"
    if objective == "acquisition" and "new" not in traits and {"high_value", "loyal", "lapsed", "at_risk"} & set(
        traits
    ):
        return "retention"
    return objective


def brief_fill_schema(missing: list[str], categories: list[tuple[str, str]] | None = None) -> type[BaseModel]:
    """A tiny schema holding only the brief fields code could not read."""
    fields: dict[str, Any] = {}
    lit: Any = Literal
    if "objective" in missing:
        fields["objective"] = (lit[OBJECTIVES], Field(..., description="Campaign type."))
    if "category" in missing and categories:
        slugs = tuple([c for c, _ in categories] + ["none"])
        fields["category"] = (lit[slugs], Field(..., description="Catalogue category the campaign is about."))
    if "traits" in missing:
        trait_names: Any = lit[tuple(TRAIT_CONDITIONS)]
        trait_list: Any = list[trait_names]
        fields["traits"] = (trait_list, Field(..., max_length=3, description="Audience traits (may be empty)."))
    fields["audience"] = (str, Field(..., max_length=150, description="The audience in a few words."))
    model: type[BaseModel] = create_model("BriefFill", __config__=ConfigDict(extra="forbid"), **fields)
    return model


def _names_an_audience(text: str) -> bool:
    low = text.lower()
    return any(n in low for n in _AUDIENCE_NOUNS)


_SIMPLE = (Recency, ValueTier, RfmSegment, SignedUp, OrderCount, Bought)


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _audience_words(audience: Condition | None, labels: dict[str, str], category: str | None) -> str:
    """The audience in a marketer's words: "lapsed, high-value customers who bought hiking boots interested
    in socks" for simple trees, the condition in words otherwise."""
    parts = audience.of if isinstance(audience, And) else [audience] if audience is not None else []
    interested = f" interested in {labels.get(category, category).lower()}" if category else ""
    if audience is None or audience.kind == "all":
        return ("all customers" if audience is not None else "customers") + interested
    if all(isinstance(p, _SIMPLE) and not getattr(p, "within_days", None) for p in parts):
        traits = traits_of(audience)
        bought = [s for p in parts if isinstance(p, Bought) for s in p.categories]
        if len(traits) == len([p for p in parts if not isinstance(p, Bought)]):
            who = (", ".join(t.replace("_", "-") for t in traits) + " customers") if traits else "customers"
            if bought:
                who += " who bought " + " or ".join(labels.get(b, b).lower() for b in bought)
            if category and category not in bought:
                who += interested
            return who
    words = describe_condition(audience)
    for slug, label in labels.items():
        words = words.replace(slug, label.lower())
    return "customers: " + words + (interested if category else "")


def category_grounded(slug: str, label: str, text: str) -> bool:
    """True when the brief's words point at the category: one of its names or synonyms, or a word of
    four letters or more from its slug or label ('trail' for trail-running-shoes). A model's reading of
    the category is kept only then, so a brief that names no product never gets one invented."""
    import re

    from copilot.reading.catalogue import Catalogue
    from copilot.reading.reader import read as _read

    probe = _read(text, today=date(2000, 1, 1), kind="brief", catalogue=Catalogue(categories=[(slug, label)], products=[]))
    if slug in probe.promoted.categories or (probe.audience is not None and slug in _bought(probe.audience)):
        return True
    words = {w for w in re.split(r"[\s_-]+", f"{slug} {label}".lower()) if len(w) >= 4}
    return any(re.search(r"(?<![\w-])" + re.escape(w.rstrip("s")), text, re.IGNORECASE) for w in words)


def build_brief(
    deps: Deps,
    text: str,
    *,
    mode: Mode = "oneshot",
    overrides: PlanOverrides | None = None,
    calls: Any | None = None,
) -> CampaignBrief:
    """The typed brief: the reader first, the model only for what it could not read, then defaults."""
    from copilot.llm.providers import structured_call
    from copilot.reading.catalogue import catalogue_of

    text = " ".join(text.split())[:1000]
    if not text:
        raise BriefIncomplete(["What should the campaign achieve, for whom, and on which channels?"])
    today = deps.clock().date()
    reading = read(text, deps=deps, today=today, kind="brief")
    cat = catalogue_of(deps)
    labels = dict(cat.categories)
    assumptions: list[str] = []
    audience = reading.audience
    objective: Objective | None = reading.objective or objective_from_audience(audience)
    model_notes: list[str] = []

    missing = []
    if objective is None:
        missing.append("objective")
    lacks_product = any(n.affects == "product" for n in reading.not_applied)
    if not reading.promoted.categories and not reading.promoted.product_ids and not lacks_product:
        missing.append("category")
    if audience is None and _names_an_audience(text):
        missing.append("traits")  # the brief describes an audience in words the reader does not know
    model_category: str | None = None
    model_audience = ""
    if missing and calls is not None and missing != ["category"]:
        schema = brief_fill_schema(missing, cat.categories)
        cats = ", ".join(c for c, _ in cat.categories)
        messages = [
            SystemMessage(content=render_prompt("brief_system", categories=cats).strip()),
            HumanMessage(content=render_prompt("brief_user", brief=text).strip()),
        ]
        t0, before = time.perf_counter(), calls.ledger.llm_calls
        fill = structured_call(
            calls.model(), messages, schema, ledger=calls.ledger, prices=calls.prices, purpose="plan.brief"
        )
        calls.step("brief", t0, before)
        got = fill.model_dump()
        cat_got = str(got.get("category") or "none")
        if cat_got != "none" and cat_got in labels and category_grounded(cat_got, labels[cat_got], text):
            model_category = cat_got  # kept only when the brief's words point at it: never an invented focus
            model_notes.append(f"Category read by the model as {cat_got} from the brief's words.")
        traits = list(dict.fromkeys(str(t) for t in got.get("traits") or [] if str(t) in TRAIT_CONDITIONS))
        if traits:
            conds = [TRAIT_CONDITIONS[t] for t in dict.fromkeys(traits)]
            audience = conds[0] if len(conds) == 1 else And(of=conds)
            model_audience = str(got.get("audience") or "")
            note = (f"Audience read as {', '.join(t.replace('_', '-') for t in traits)} customers from the brief's "
                    f"wording ({describe_condition(audience)}): say 'lapsed', 'at-risk', 'high-value', 'loyal' or "
                    "'new' to be exact.")
            assumptions.append(note)
            model_notes.append(note)
        if "objective" in got:
            got_obj = cast(Objective, got["objective"])
            fixed = consistent_objective(got_obj, traits_of(audience))
            if fixed != got_obj:
                need = "lapsed or at-risk" if got_obj == "winback" else "new"
                note = (f"Planned as a {fixed.replace('_', '-')} campaign: {_a(got_obj.replace('_', '-'))} campaign "
                        f"needs {need} customers, and the brief names none.")
            else:
                note = (f"Campaign type read as {fixed.replace('_', '-')} (the brief names none): say 'win back', "
                        "'launch', 'cross-sell', 'clearance' or 'retention' to choose.")
            objective = fixed
            assumptions.append(note)
            model_notes.append(note)
    if model_notes:
        reading = reading.model_copy(update={"model_notes": model_notes[:20], "audience": audience})

    questions: list[str] = []
    excluded = set(reading.channels.excluded)
    channels: list[Channel] = [c for c in reading.channels.allowed if c not in excluded]
    budget = reading.budget.amount if reading.budget else None
    currency = deps.settings.currency  # every figure comes from the store's data, in the store's currency
    foreign = _foreign_budget(reading, deps)
    if foreign is not None:
        budget, note, unapplied = foreign
        assumptions.append(note)
        if unapplied is not None:
            reading = reading.model_copy(update={"not_applied": [*reading.not_applied, unapplied][:40]})
    start = reading.window.start if reading.window else None
    end = reading.window.end if reading.window else None
    if overrides is not None:
        channels = list(overrides.channels) if overrides.channels else channels
        budget = overrides.budget if overrides.budget is not None else budget
        start = overrides.start or start
        end = overrides.end or end
    if not channels:
        if mode == "chat":
            questions.append("Which channels should I use (email, SMS, push, paid social)?")
        channels = [c for c in DEFAULT_CHANNELS if c not in excluded] or [
            c for c in ALL_CHANNELS if c not in excluded][:1] or ["email"]
        assumptions.append(f"No channels named: planned on {', '.join(channels)} (owned channels with consent).")
    unread_budget = next((n for n in reading.not_applied if n.affects == "budget"), None)
    if budget is None and unread_budget is not None and foreign is None:  # mentioned but not readable: say so, never replace silently
        if mode == "chat":
            questions.append(f'I could not read an amount from "{unread_budget.text}": what is the budget (e.g. $20k)?')
        assumptions.append(
            f'The brief mentions a budget ("{unread_budget.text}") but no amount could be read from it: planned '
            "at the forecast's send cost. State the amount (e.g. $20k) to plan to it."
        )
    elif budget is None and foreign is None:
        if mode == "chat":
            questions.append("What is the budget?")
        assumptions.append("No budget given: planned at the forecast's send cost.")
    elif reading.budget and reading.budget.currency is None:
        assumptions.append(f"The budget names no currency: read as {deps.settings.currency}, the store's currency.")
    category = reading.promoted.categories[0] if reading.promoted.categories else model_category
    lacks = [n for n in reading.not_applied if n.affects == "product"]
    if category is None and not reading.promoted.product_ids and audience is None:
        if mode == "chat" and not lacks:
            questions.append("Which products or customers is the campaign about?")
        assumptions.append("No product focus or audience named: all customers and the best-selling products.")
    elif category is None and not reading.promoted.product_ids:
        assumptions.append(
            "No product or category named: the plan features the products most recommended for this audience."
        )
    if lacks:
        assumptions.append(
            "The catalogue has no " + ", ".join(n.text for n in lacks) + ": nothing is featured as if it were "
            + ("that product" if len(lacks) == 1 else "those products") + "."
        )
    if questions:
        raise BriefIncomplete(questions)
    if objective is None:
        objective = "retention"
        assumptions.append("No campaign type recognised: planned as a retention campaign.")
    window_note = None
    if start is None:
        start = today + timedelta(days=7)
        if reading.window and reading.window.duration_days:
            end = start + timedelta(days=reading.window.duration_days - 1)
            window_note = f"Runs {reading.window.duration_days} days from {start:%b %-d, %Y} (no start date given)."
        else:
            assumptions.append(
                f"No dates given: starts {start:%b %-d, %Y} (a week from today) and runs {DEFAULT_CAMPAIGN_DAYS} days."
            )
    elif reading.window is not None and (overrides is None or overrides.start is None):
        w = reading.window
        if w.duration_days and end is not None and (end - start).days + 1 > w.duration_days:
            period = f"{start:%b %-d}–{end:%b %-d}"
            end = start + timedelta(days=w.duration_days - 1)
            window_note = (f"Dates read from the brief: {w.duration_days} days within {period} "
                           f'("{w.span.text}"), starting on the first day.')
        else:
            window_note = f'Dates read from the brief as {start:%b %-d, %Y} to {end or start:%b %-d, %Y} ("{w.span.text}").'
    if window_note:
        assumptions.append(window_note)
    if start < today:
        start = today + timedelta(days=1)
        assumptions.append("The start date was in the past; the campaign starts tomorrow.")
    if end is not None and end < start:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
    offer = reading.offer
    offer_text = offer.span.text if offer else None
    discount = offer.value if offer is not None and offer.kind == "percent_off" else None
    traits = traits_of(audience)
    bought = _bought(audience)
    return CampaignBrief(
        goal=_goal(text),
        objective=objective,
        category=category,
        product_ids=reading.promoted.product_ids[:10],
        audience=(model_audience or _audience_words(audience, labels, category))[:300],
        audience_traits=traits[:8],
        bought_category=bought[0] if bought else None,
        all_customers=audience is not None and audience.kind == "all",
        channels=channels,
        budget=budget,
        currency=currency,
        start_date=start,
        end_date=end,
        offer=offer_text[:120] if offer_text else None,
        discount_pct=discount,
        discount_cap_pct=reading.discount_cap.max_percent if reading.discount_cap else None,
        no_discount=reading.no_discount is not None,
        holdout_share=reading.holdout.share if reading.holdout else None,
        constraints=_constraints(reading),
        assumptions=[a[:300] for a in assumptions][:15],
        text=text,
        reading=reading,
    )


def _goal(text: str) -> str:
    import re

    first = re.split(r"(?<=[.!?。！？])\s*", " ".join(text.split()), maxsplit=1)[0]
    return (first or text)[:300]


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


def _foreign_budget(reading: Reading, deps: Deps) -> tuple[float | None, str, NotApplied | None] | None:
    """A budget stated in another currency than the store's (whose data every figure comes from):
    converted with ``fx_rates`` from the settings, or -- with no rate -- not applied and said so (a
    ¥20,000 budget is never planned as $20,000). None when the budget is in the store's currency."""
    b = reading.budget
    store = deps.settings.currency
    if b is None or b.currency is None or b.currency == store:
        return None
    rate = deps.settings.fx_rates.get(b.currency)
    shown = f"{b.amount:,.0f} {b.currency}"
    if rate:
        converted = round(b.amount * rate, 2)
        return converted, (f"Budget {shown} converted at {rate:g} {store} per {b.currency} (setting fx_rates) = "
                           f"{converted:,.0f} {store}, the currency of the store's data."), None
    reason = (f"the budget is in {b.currency} and the store's data are in {store}; no exchange rate is set "
              f"(fx_rates.{b.currency} in copilot.toml), so the plan is not sized to it")
    text = b.span.text if b.span else shown
    return None, f"Budget {shown} not applied: {reason}.", NotApplied(text=text, span=b.span, affects="budget",
                                                                       reason=reason)

