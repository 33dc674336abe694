"""A question's purpose told after it names no group of the question (set 18, q941's class, helper-97): "Which products
do Champions buy most? Thinking about what to pitch to corporate buyers." lists nothing; the group asked about is read."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        (
            "Which products do Loyal customers buy most? Planning what to offer our wholesale accounts.",
            "Loyal",
        ),
        (
            "What do Champions in the West buy most? Just thinking about a pitch for corporate clients.",
            "Champions",
        ),
    ],
)
def test_purpose_after_the_question_is_context(text: str, segment: str) -> None:
    r = read(text, today=TODAY)
    assert r.not_applied == []
    assert r.audience is not None and segment in str(r.audience)


def test_the_same_group_asked_about_is_still_listed() -> None:
    r = read("Email our corporate buyers about the new tents, 10% off, $500.", today=TODAY)
    assert any(n.affects == "audience" and "corporate buyers" in n.text for n in r.not_applied)
