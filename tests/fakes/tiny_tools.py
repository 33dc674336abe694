"""Tiny typed tools for agent tests (no workspace data needed).

``segment_size`` answers from a fixed table and raises ``ToolError`` for an unknown segment;
``read_note`` returns free text (set ``NOTE_TEXT`` to test prompt injection). ``CALLS`` records
every ``segment_size`` call so tests can check a tool really ran.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from copilot.deps import Deps
from copilot.errors import ToolError

SEGMENTS = {"Champions": 120, "At risk": 340, "Hibernating": 910}


class SegmentSizeQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    segment: str = Field(..., max_length=40, description="Segment name, e.g. 'Champions'.")


class SegmentSizeReport(BaseModel):
    segment: str
    customers: int

    def summary(self) -> str:
        return f"{self.segment}: {self.customers:,} customers"


class CallLog:
    def __init__(self) -> None:
        self.calls: list[str] = []


CALLS = CallLog()


def segment_size(deps: Deps, query: SegmentSizeQuery) -> SegmentSizeReport:
    """Number of customers in an RFM segment.

    Longer explanation that should not reach the model's tool description.
    """
    CALLS.calls.append(query.segment)
    if query.segment not in SEGMENTS:
        raise ToolError(f"unknown segment '{query.segment}'; known: {', '.join(SEGMENTS)}")
    return SegmentSizeReport(segment=query.segment, customers=SEGMENTS[query.segment])


class NoteQuery(BaseModel):
    topic: str = Field(..., max_length=40)


class NoteReport(BaseModel):
    topic: str
    text: str


NOTE_TEXT = {"default": "Trail runners prefer email on Sunday mornings."}


def read_note(deps: Deps, query: NoteQuery) -> NoteReport:
    """Read the team's note on a topic (free text written by anyone)."""
    return NoteReport(topic=query.topic, text=NOTE_TEXT.get(query.topic, NOTE_TEXT["default"]))
