"""A plan's record besides its content: the outcome of each check, the workflow's step timings, the
approval or rejection, and the short summary the agent tool returns. :mod:`copilot.planner.plan_schema`
re-exports every name.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

CheckStatus = Literal["pass", "warn", "fail"]


class CheckResult(BaseModel):
    """The outcome of one check on one target (a copy variant, the audience, the figures)."""

    name: str = Field(..., max_length=60, description="Check name, e.g. 'sms_length', 'claims'.")
    status: CheckStatus
    details: str = Field("", max_length=600)
    target: str | None = Field(None, max_length=80, description="What was checked, e.g. 'sms.A' or 'plan'.")
    repaired: bool = Field(False, description="True when the repair round fixed an earlier failure.")


class StepTiming(BaseModel):
    """Wall time of one workflow step (brief, evidence, copy, checks, repair, save)."""

    step: str = Field(..., max_length=40)
    seconds: float = 0.0
    llm_calls: int = 0
    tool_calls: int = 0


class Approval(BaseModel):
    approver: str = Field(..., max_length=120)
    approved_at: datetime
    note: str = Field("", max_length=300)


class Rejection(BaseModel):
    """Who rejected a plan, when, and why (``copilot plans reject``)."""

    rejected_by: str = Field(..., max_length=120)
    rejected_at: datetime
    reason: str = Field(..., min_length=1, max_length=300)


class PlanSummary(BaseModel):
    """The agent tool's answer: the saved plan's id and key figures (the full plan is in the workspace)."""

    plan_id: str
    name: str
    passed: bool
    audience_size: int
    reachable: dict[str, int] = Field(default_factory=dict)
    budget: str
    forecast_revenue: str
    forecast_conversions: str
    channels: list[str] = Field(default_factory=list)
    failed_checks: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    path: str = ""
    markdown: str = Field("", exclude=True, description="The full plan as Markdown (not sent to the model).")

    def summary(self) -> str:
        """One line for a tool-call panel."""
        status = "passed all checks" if self.passed else f"failed: {', '.join(self.failed_checks[:3])}"
        return (
            f"Plan {self.plan_id} '{self.name}': {self.audience_size:,} customers, budget {self.budget}, "
            f"revenue {self.forecast_revenue}; {status}."
        )

    def to_markdown(self) -> str:
        return self.markdown or self.summary()
