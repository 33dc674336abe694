"""Fixtures for agent tests: tiny typed tools and Deps over an empty workspace (no demo data)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field

from copilot.agent.toolset import Tool
from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.settings import load_settings
from copilot.workspace import open_workspace

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


@pytest.fixture
def tiny_tools() -> list[Tool]:
    CALLS.calls.clear()
    return [Tool.from_function(segment_size), Tool.from_function(read_note)]


@pytest.fixture
def call_log() -> CallLog:
    return CALLS


@pytest.fixture
def tiny_deps(tmp_path: Path) -> Deps:
    """Deps over an empty workspace with a fixed clock (no chat model: tests inject one)."""
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    fixed = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    return Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: fixed)
