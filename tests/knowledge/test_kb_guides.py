"""Brand-voice and compliance guides: shipped, machine-readable, overridable per workspace."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from copilot.errors import KnowledgeError
from copilot.knowledge.guides import (
    BRAND_VOICE_FILE,
    COMPLIANCE_FILE,
    load_brand_voice,
    load_compliance,
    override_dir,
)
from copilot.workspace import Workspace

BRIEF_BANNED = ["best ever", "guaranteed", "miracle", "cheapest", "100% waterproof", "life-changing",
                "act now or miss out"]


def _human_list(text: str, heading: str) -> list[str]:
    section = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    assert section is not None, heading
    return [m.group(1).strip() for m in re.finditer(r"^- (.+)$", section.group(1), re.MULTILINE)]


def test_brand_voice_rules() -> None:
    voice = load_brand_voice()
    assert set(BRIEF_BANNED) <= set(voice.banned_phrases)
    assert voice.tone and voice.preferred_words and voice.avoid_words
    assert voice.banned_in("The best ever shoe, GUARANTEED!") == ["best ever", "guaranteed"]
    assert voice.banned_in("100% waterproof shell") == ["100% waterproof"]
    assert voice.banned_in("Our guarantees page") == []  # whole words only


def test_machine_block_agrees_with_the_human_lists() -> None:
    text = resources.files("copilot.knowledge.sources").joinpath(BRAND_VOICE_FILE).read_text("utf-8")
    voice = load_brand_voice()
    assert _human_list(text, "Banned phrases") == voice.banned_phrases
    assert _human_list(text, "Words to use") == voice.preferred_words
    assert [w.split(" (")[0] for w in _human_list(text, "Words to avoid")] == voice.avoid_words


def test_compliance_rules() -> None:
    rules = load_compliance()
    assert rules.consent_required_channels == ["email", "sms", "push"]
    assert {"unsubscribe_link", "sender_identity", "physical_address"} == set(rules.email.required_elements)
    assert "{unsubscribe_url}" in rules.email.unsubscribe_text
    assert rules.sms.opt_out_text == "Reply STOP to opt out, HELP for help."
    assert rules.sms.brand_prefix.startswith("Northtrail Outfitters")
    assert (rules.sms.quiet_hours.start, rules.sms.quiet_hours.end) == ("21:00", "08:00")
    assert rules.push.requires_consent
    assert {"guaranteed", "clinically proven", "100% waterproof"} <= set(rules.banned_claims)
    assert rules.banned_in("Clinically proven comfort") == ["clinically proven"]
    text = resources.files("copilot.knowledge.sources").joinpath(COMPLIANCE_FILE).read_text("utf-8")
    assert rules.sms.opt_out_text in text and rules.email.physical_address in text


def test_workspace_override_wins(tmp_path: object, empty_ws: Workspace) -> None:
    folder = override_dir(empty_ws)
    folder.mkdir(parents=True)
    (folder / BRAND_VOICE_FILE).write_text(
        "# Voice\n\n## Machine-readable rules\n\n```yaml\ntone: Playful.\nbanned_phrases: [meh]\n```\n",
        encoding="utf-8",
    )
    voice = load_brand_voice(empty_ws)
    assert voice.tone == "Playful." and voice.banned_phrases == ["meh"]
    assert voice.source.endswith(BRAND_VOICE_FILE) and str(folder) in voice.source
    assert load_compliance(empty_ws).source == COMPLIANCE_FILE  # no override: the shipped file


def test_a_broken_override_names_the_file(empty_ws: Workspace) -> None:
    folder = override_dir(empty_ws)
    folder.mkdir(parents=True)
    (folder / COMPLIANCE_FILE).write_text("# Compliance\n\nno rules block here\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=COMPLIANCE_FILE):
        load_compliance(empty_ws)
    (folder / COMPLIANCE_FILE).write_text(
        "# C\n\n## Machine-readable rules\n```yaml\nsms: {brand_prefix: x}\n```\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="rule 'email' is invalid"):
        load_compliance(empty_ws)
