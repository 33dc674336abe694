"""Every pattern the copy schemas send keeps its characters whole in llama.cpp's grammar (found at the session-20 review).

The embedded server turns a request's JSON schema into a GBNF grammar with llama.cpp's converter, which applies a
quantifier written right after a non-ASCII character (``。?``) to that character's last UTF-8 byte: the grammar then
holds half a character, the server refuses it ("failed to parse grammar") and the plan fails. Every Chinese plan with a
push message failed that way. A character made optional or repeated is written in a group or a class (``(。)?``)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from copilot.planner.copywriter import copy_schema

CHANNELS = ("email", "sms", "push", "paid_social")


def _patterns(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
        return own + [p for v in node.values() for p in _patterns(v)]
    if isinstance(node, list):
        return [p for v in node for p in _patterns(v)]
    return []


def bare_multibyte_quantified(pattern: str) -> list[str]:
    """Non-ASCII characters outside a class with a quantifier right after them."""
    found: list[str] = []
    in_class = escaped = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ord(ch) > 127 and i + 1 < len(pattern) and pattern[i + 1] in "?*+{":
            found.append(pattern[i : i + 2])
    return found


def test_the_scanner_finds_the_bug_it_guards_against() -> None:
    assert bare_multibyte_quantified("^(选购|看看)[一-鿿]{2,14}。?$") == ["。?"]
    assert bare_multibyte_quantified("^(选购|看看)[一-鿿]{2,14}(。)?$") == []
    assert bare_multibyte_quantified("[一-鿿，、]{3,20}(吗|呢)？") == []


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("channels", [list(c) for n in (1, 4) for c in combinations(CHANNELS, n)])
def test_no_copy_pattern_splits_a_character(language: str, channels: list[str]) -> None:
    patterns = _patterns(copy_schema(channels, ["F1", "F2"], language).model_json_schema())
    assert patterns
    assert {p: bad for p in patterns if (bad := bare_multibyte_quantified(p))} == {}
