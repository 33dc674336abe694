"""What the model fills in a brief, and only that: the campaign type when the brief names none, the
category when its words point at one the reader missed, and audience traits when the brief describes
an audience in words the reader does not know -- with a tiny schema, each answer an assumption.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, cast

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.llm.prompts import render_prompt
from copilot.planner.brief_audience import bought_categories, consistent_objective, traits_of, with_article
from copilot.planner.plan_schema import Objective
from copilot.reading.schema import Reading
from copilot.textfit import clip
from copilot.tools.conditions import (
    And,
    Condition,
    OrderCount,
    Recency,
    RfmSegment,
    SignedUp,
    ValueTier,
)
from copilot.tools.describe import describe_condition

OBJECTIVES: tuple[str, ...] = (
    "winback",
    "retention",
    "acquisition",
    "cross_sell",
    "launch",
    "seasonal",
    "clearance",
)
#: Audience traits a model may name for words the reader does not know, and the condition each means.
TRAIT_CONDITIONS: dict[str, Condition] = {
    "lapsed": Recency(min_days=180),
    "at_risk": RfmSegment(segments=["At risk", "Can't lose them"]),
    "high_value": ValueTier(tier="high"),
    "loyal": OrderCount(min=3),
    "new": SignedUp(within_days=30),
}
MODEL_BRIEF_CHARS = 2000
"""The brief as the model sees it (its context is 4,096 tokens): the reader has read the whole text already."""

_AUDIENCE_NOUNS = ("customers", "buyers", "shoppers", "subscribers", "members", "fans", "clients", "users",
                   "people", "folks", "audience", "segment", "runners", "hikers", "campers", "climbers",
                   "客户", "用户", "会员", "人群", "买家", "粉丝")  # fmt: skip


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
        fields["traits"] = (
            trait_list,
            Field(..., max_length=3, description="Audience traits (may be empty)."),
        )
    fields["audience"] = (str, Field(..., max_length=150, description="The audience in a few words."))
    model: type[BaseModel] = create_model("BriefFill", __config__=ConfigDict(extra="forbid"), **fields)
    return model


def _names_an_audience(text: str) -> bool:
    low = text.lower()
    return any(n in low for n in _AUDIENCE_NOUNS)


def category_grounded(slug: str, label: str, text: str) -> bool:
    """True when the brief's words point at the category: one of its names or synonyms, or a word of
    four letters or more from its slug or label ('trail' for trail-running-shoes). A model's reading of
    the category is kept only then, so a brief that names no product never gets one invented."""
    import re

    from copilot.reading.catalogue import Catalogue
    from copilot.reading.reader import read as _read

    probe = _read(
        text,
        today=date(2000, 1, 1),
        kind="brief",
        catalogue=Catalogue(categories=[(slug, label)], products=[]),
    )
    if slug in probe.promoted.categories or (
        probe.audience is not None and slug in bought_categories(probe.audience)
    ):
        return True
    words = {w for w in re.split(r"[\s_-]+", f"{slug} {label}".lower()) if len(w) >= 4}
    return any(re.search(r"(?<![\w-])" + re.escape(w.rstrip("s")), text, re.IGNORECASE) for w in words)


def missing_fields(reading: Reading, text: str, objective: Objective | None) -> list[str]:
    """What code could not read and the model may fill: ``objective``, ``category``, ``traits``."""
    missing = []
    if objective is None:
        missing.append("objective")
    lacks_product = any(n.affects == "product" for n in reading.not_applied)
    if not reading.promoted.categories and not reading.promoted.product_ids and not lacks_product:
        missing.append("category")
    if reading.audience is None and _names_an_audience(text):
        missing.append("traits")  # the brief describes an audience in words the reader does not know
    return missing


@dataclass
class ModelFill:
    """The brief after the model's fill: campaign type, audience, category and the audience in the
    model's words, with the assumptions to list and the notes the reading keeps."""

    objective: Objective | None
    audience: Condition | None
    category: str | None = None
    audience_words: str = ""
    assumptions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def fill_from_model(
    calls: Any,
    text: str,
    missing: list[str],
    categories: list[tuple[str, str]],
    objective: Objective | None,
    audience: Condition | None,
) -> ModelFill:
    """Ask the model (one structured call through ``calls``) for the ``missing`` fields; keep a category
    only when the brief's words point at it, traits only from :data:`TRAIT_CONDITIONS`, and a campaign
    type corrected against the audience."""
    from copilot.llm.providers import structured_call

    out = ModelFill(objective=objective, audience=audience)
    labels = dict(categories)
    schema = brief_fill_schema(missing, categories)
    cats = ", ".join(c for c, _ in categories)
    messages = [
        SystemMessage(content=render_prompt("brief_system", categories=cats).strip()),
        HumanMessage(content=render_prompt("brief_user", brief=clip(text, MODEL_BRIEF_CHARS)).strip()),
    ]
    t0, before = time.perf_counter(), calls.ledger.llm_calls
    fill = structured_call(
        calls.model(), messages, schema, ledger=calls.ledger, prices=calls.prices, purpose="plan.brief"
    )
    calls.step("brief", t0, before)
    got = fill.model_dump()
    cat_got = str(got.get("category") or "none")
    if cat_got != "none" and cat_got in labels and category_grounded(cat_got, labels[cat_got], text):
        out.category = cat_got  # kept only when the brief's words point at it: never an invented focus
        out.notes.append(f"Category read by the model as {cat_got} from the brief's words.")
    traits = list(dict.fromkeys(str(t) for t in got.get("traits") or [] if str(t) in TRAIT_CONDITIONS))
    if traits:
        conds = [TRAIT_CONDITIONS[t] for t in dict.fromkeys(traits)]
        out.audience = conds[0] if len(conds) == 1 else And(of=conds)
        out.audience_words = str(got.get("audience") or "")
        note = (
            f"Audience read as {', '.join(t.replace('_', '-') for t in traits)} customers from the brief's "
            f"wording ({describe_condition(out.audience)}): say 'lapsed', 'at-risk', 'high-value', 'loyal' or "
            "'new' to be exact."
        )
        out.assumptions.append(note)
        out.notes.append(note)
    if "objective" in got:
        got_obj = cast(Objective, got["objective"])
        fixed = consistent_objective(got_obj, traits_of(out.audience))
        if fixed != got_obj:
            need = "lapsed or at-risk" if got_obj == "winback" else "new"
            note = (
                f"Planned as a {fixed.replace('_', '-')} campaign: {with_article(got_obj.replace('_', '-'))} campaign "
                f"needs {need} customers, and the brief names none."
            )
        else:
            note = (
                f"Campaign type read as {fixed.replace('_', '-')} (the brief names none): say 'win back', "
                "'launch', 'cross-sell', 'clearance' or 'retention' to choose."
            )
        out.objective = fixed
        out.assumptions.append(note)
        out.notes.append(note)
    return out
