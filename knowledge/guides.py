"""The brand-voice and compliance guides as typed rules for the planner.

Both guides are Markdown files shipped in ``copilot.knowledge.sources`` (and ingested as citable
facts like any other source). Each has a ``## Machine-readable rules`` section holding one fenced
YAML block; that block is what this module parses. A workspace may override a guide by placing a
file of the same name in ``<workspace>/knowledge/`` (see :func:`override_dir`).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from copilot.errors import KnowledgeError
from copilot.workspace import Workspace

BRAND_VOICE_FILE = "brand_voice.md"
COMPLIANCE_FILE = "compliance.md"
RULES_HEADING = "Machine-readable rules"
_BLOCK = re.compile(
    r"^##\s+" + re.escape(RULES_HEADING) + r"\s*$.*?^```ya?ml\s*$(?P<body>.*?)^```\s*$",
    re.MULTILINE | re.DOTALL,
)


class BrandVoice(BaseModel):
    """The brand's tone and vocabulary; copy containing a banned phrase is rejected."""

    tone: str = Field(..., description="How the brand sounds, in one or two sentences.")
    preferred_words: list[str] = Field(default_factory=list)
    avoid_words: list[str] = Field(default_factory=list)
    banned_phrases: list[str] = Field(default_factory=list, description="Never allowed, any channel.")
    max_exclamation_marks: int = 1
    max_subject_chars: int = 60
    max_sms_chars: int = 160
    source: str = Field(BRAND_VOICE_FILE, description="Which file these rules came from.")

    def banned_in(self, text: str) -> list[str]:
        """Banned phrases found in ``text`` (case-insensitive, whole words)."""
        return [p for p in self.banned_phrases if _phrase_in(p, text)]


class EmailRules(BaseModel):
    required_elements: list[str] = Field(default_factory=list)
    unsubscribe_text: str
    sender_identity: str
    physical_address: str


class QuietHours(BaseModel):
    start: str = Field(..., pattern=r"^\d{2}:\d{2}$")
    end: str = Field(..., pattern=r"^\d{2}:\d{2}$")
    timezone: str = "recipient_local"


class SmsRules(BaseModel):
    brand_prefix: str
    opt_out_text: str
    quiet_hours: QuietHours
    max_chars: int = 160


class PushRules(BaseModel):
    requires_consent: bool = True


class ComplianceRules(BaseModel):
    """What every message must contain per channel, and which claims are never allowed."""

    consent_required_channels: list[str] = Field(default_factory=list)
    email: EmailRules
    sms: SmsRules
    push: PushRules = Field(default_factory=PushRules)
    banned_claims: list[str] = Field(default_factory=list)
    claim_rules: list[str] = Field(default_factory=list)
    source: str = Field(COMPLIANCE_FILE, description="Which file these rules came from.")

    def banned_in(self, text: str) -> list[str]:
        """Banned claim phrases found in ``text`` (case-insensitive, whole words)."""
        return [p for p in self.banned_claims if _phrase_in(p, text)]


def _phrase_in(phrase: str, text: str) -> bool:
    pattern = re.escape(phrase.lower())
    left = r"\b" if phrase[:1].isalnum() else ""
    right = r"\b" if phrase[-1:].isalnum() else ""
    return re.search(left + pattern + right, text.lower()) is not None


def override_dir(workspace: Workspace) -> Path:
    """``<workspace>/knowledge/``: a guide placed here replaces the shipped one."""
    return workspace.root / "knowledge"


def read_guide_text(name: str, workspace: Workspace | None = None) -> tuple[str, str]:
    """``(text, source)`` of a guide: the workspace override if present, else the shipped file."""
    if workspace is not None:
        path = override_dir(workspace) / name
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8"), str(path)
            except (OSError, UnicodeDecodeError) as exc:
                raise KnowledgeError(f"Cannot read {path}: {exc}.") from exc
    return resources.files("copilot.knowledge.sources").joinpath(name).read_text(encoding="utf-8"), name


def parse_rules_block(text: str, source: str) -> dict[str, Any]:
    """The YAML block under ``## Machine-readable rules`` of a guide, as a dict."""
    match = _BLOCK.search(text)
    if match is None:
        raise KnowledgeError(
            f"{source} has no '## {RULES_HEADING}' section with a ```yaml block.",
            hint="Add one (see the shipped guide for the format).",
        )
    try:
        data = yaml.safe_load(match.group("body"))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{source}: the rules block is not valid YAML ({exc}).") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{source}: the rules block must be a mapping of keys to values.")
    return data


def _validate(model: type[BaseModel], data: dict[str, Any], source: str) -> Any:
    try:
        return model.model_validate({**data, "source": source})
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise KnowledgeError(f"{source}: rule '{loc}' is invalid: {first['msg']}.") from exc


def load_brand_voice(workspace: Workspace | None = None) -> BrandVoice:
    """The brand voice rules (workspace override first, else the shipped guide)."""
    text, source = read_guide_text(BRAND_VOICE_FILE, workspace)
    voice: BrandVoice = _validate(BrandVoice, parse_rules_block(text, source), source)
    return voice


def load_compliance(workspace: Workspace | None = None) -> ComplianceRules:
    """The compliance rules (workspace override first, else the shipped guide)."""
    text, source = read_guide_text(COMPLIANCE_FILE, workspace)
    rules: ComplianceRules = _validate(ComplianceRules, parse_rules_block(text, source), source)
    return rules
