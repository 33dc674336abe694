"""Schemas of training: one :class:`TrainStep` per trained model and the :class:`TrainReport` of a run.
:mod:`copilot.tools.schemas` re-exports every name.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from copilot.tools.schema_common import (
    REPORT_CONFIG,
    fmt_int,
    md_table,
)

# ----------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------


class TrainStep(BaseModel):
    """One model fitted by ``copilot train``."""

    model_config = REPORT_CONFIG

    name: str = Field(description="segments, propensity or recommender.")
    seconds: float
    detail: str = Field(description="What was chosen, in words (or why it was not trained).")
    metrics: dict[str, float] = Field(default_factory=dict, description="Holdout metrics.")
    trained: bool = Field(True, description="False when this data cannot train the model (detail says why).")


class TrainReport(BaseModel):
    """Result of train_all."""

    model_config = REPORT_CONFIG

    version: str
    trained_at: datetime
    as_of: date
    data_fingerprint: str
    customers: int
    seconds: float
    steps: list[TrainStep]
    missing: dict[str, str] = Field(
        default_factory=dict, description="Models this data could not train, with the reason."
    )

    def summary(self) -> str:
        text = (
            f"trained {self.version} on {fmt_int(self.customers)} customers (as of {self.as_of}) "
            f"in {self.seconds:.1f}s"
        )
        return text + "".join(f"; {name} not trained: {why}" for name, why in self.missing.items())

    def to_markdown(self) -> str:
        rows = [
            [s.name, f"{s.seconds:.1f}", s.detail, ", ".join(f"{k} {v:.3f}" for k, v in s.metrics.items())]
            for s in self.steps
        ]
        return (
            f"**Training** {self.version} — as of {self.as_of}, {fmt_int(self.customers)} customers, "
            f"{self.seconds:.1f}s\n\n{md_table(['model', 'seconds', 'chosen', 'holdout metrics'], rows)}\n"
        )
