"""The planner's request, typed: the marketer's brief (:class:`CampaignBrief`), the explicit options
that win over its text (:class:`PlanOverrides`), the agent tool's input (:class:`PlanRequest`) and the
error that asks for what a brief lacks. :mod:`copilot.planner.plan_schema` re-exports every name.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.data.contract import Channel
from copilot.errors import CopilotError
from copilot.reading.schema import Reading

Objective = Literal["winback", "retention", "acquisition", "cross_sell", "launch", "seasonal", "clearance"]


Str40 = Annotated[str, Field(max_length=40)]
Str80 = Annotated[str, Field(max_length=80)]
Str120 = Annotated[str, Field(max_length=120)]
Str200 = Annotated[str, Field(max_length=200)]
Str300 = Annotated[str, Field(max_length=300)]

MAX_BRIEF_CHARS = 8000
"""The longest brief the planner reads (the reader's own limit); a longer one is refused with a clear message."""


class BriefIncomplete(CopilotError):
    """Chat mode: the brief lacks something code cannot assume; ``questions`` says what to ask.

    The agent loop hands the message back to the model, which asks the user.
    """

    exit_code = 2

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions
        super().__init__("The brief needs more detail before I can plan: " + " ".join(questions))


# --------------------------------------------------------------------------------------------
# The brief
# --------------------------------------------------------------------------------------------


class CampaignBrief(BaseModel):
    """What the marketer asked for, typed. Code pre-parses the text; the model fills the rest."""

    model_config = ConfigDict(extra="forbid")

    goal: str = Field(..., min_length=1, max_length=300, description="What the campaign should achieve.")
    objective: Objective = Field("retention", description="The campaign type the goal maps to.")
    category: str | None = Field(
        None, max_length=60, description="Catalogue category slug, e.g. 'trail-running-shoes'."
    )
    product_ids: list[Str40] = Field(default_factory=list, max_length=10, description="Featured product ids.")
    audience: str = Field("", max_length=300, description="The audience in the marketer's words.")
    audience_traits: list[Str40] = Field(
        default_factory=list,
        max_length=8,
        description="Audience traits code understood: 'lapsed', 'high_value', 'new', 'loyal', 'at_risk'.",
    )
    bought_category: str | None = Field(
        None, max_length=60, description="Category the audience bought before ('who bought hiking boots')."
    )
    all_customers: bool = Field(False, description="The brief says all customers: no audience filter.")
    segment: str | None = Field(None, max_length=60, description="A named segment, if the brief names one.")
    channels: list[Channel] = Field(default_factory=list, max_length=4, description="Channels allowed.")
    budget: float | None = Field(None, ge=0, description="Total budget in ``currency``.")
    currency: str = Field("USD", min_length=3, max_length=3)
    start_date: date | None = None
    end_date: date | None = None
    offer: str | None = Field(None, max_length=120, description="The offer as stated, e.g. '20% off'.")
    discount_pct: float | None = Field(None, ge=0, le=100, description="Discount in percent, if any.")
    discount_cap_pct: float | None = Field(
        None, ge=0, le=100, description="The deepest discount the brief allows ('no more than 15% off')."
    )
    no_discount: bool = Field(False, description="The brief rules out discounts ('full price only').")
    holdout_share: float | None = Field(
        None, ge=0, le=0.9, description="The holdout the brief asks for (0.1 = 10%); None = sized by power."
    )
    reading: Reading | None = Field(
        None,
        description="How the brief was read: every clause applied (with its words) or under not_applied.",
    )
    constraints: list[Str200] = Field(default_factory=list, max_length=10)
    assumptions: list[Str300] = Field(
        default_factory=list, max_length=15, description="Defaults assumed because the brief did not say."
    )
    text: str = Field("", max_length=MAX_BRIEF_CHARS, description="The brief as written.")


class PlanOverrides(BaseModel):
    """Explicit options (CLI flags, Slack form) that win over what the brief text says."""

    model_config = ConfigDict(extra="forbid")

    channels: list[Channel] | None = Field(None, max_length=4)
    budget: float | None = Field(None, ge=0)
    start: date | None = None
    end: date | None = None


class PlanRequest(BaseModel):
    """Draft a campaign plan from a marketer's brief."""

    model_config = ConfigDict(extra="forbid")

    brief: str = Field(
        ...,
        min_length=3,
        max_length=MAX_BRIEF_CHARS,
        description="The brief in the marketer's words: goal, audience, products, channels, budget, dates.",
    )
    channels: list[Channel] | None = Field(
        None, max_length=4, description="Channels allowed, if the user said."
    )
    budget: float | None = Field(None, ge=0, description="Total budget, if the user said.")
    start: date | None = Field(None, description="First send date (YYYY-MM-DD), if the user said.")
    end: date | None = Field(None, description="Last send date (YYYY-MM-DD), if the user said.")
    what_if: bool = Field(
        False, description="A what-if question ('how much would we make if…'): plan on stated assumptions, ask nothing."
    )

    def overrides(self) -> PlanOverrides:
        return PlanOverrides(channels=self.channels, budget=self.budget, start=self.start, end=self.end)
