"""Phrasings a copywriter would write, for fact shapes the copy benchmark's plans got wrong.

Each case was seen in the benchmark's copy (2026-12-04 run): "The Kestrel Trail Lamp SE locks mode for
travel.", "Plus, it has a colour-coded that clips.", "Plus, it has a naturally odour resistant.",
"The Ember Down Jacket warms for its weight.", "Plus, it has two-way front zip."
"""

from __future__ import annotations

import pytest

from copilot.knowledge.phrasing import phrase_fact, supports


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Features: lock mode for travel", "has a lock mode for travel"),  # a noun, not "locks"
        ("Features: fold to 38 cm", "folds to 38 cm"),  # still a verb
        ("Features: colour-coded clips", "has colour-coded clips"),  # a last word is a plural noun
        ("Features: naturally odour resistant", "is naturally odour resistant"),
        ("Features: USB-C rechargeable", "is USB-C rechargeable"),
        ("Features: warm for its weight", "is warm for its weight"),
        ("Features: two-way front zip", "has a two-way front zip"),  # "two-way" is no number
        ("Features: two doors and two vestibules", "has two doors and two vestibules"),
        ("Features: reactive brightness", "has reactive brightness"),  # a mass noun: no article
        ("Features: regulates temperature", "regulates temperature"),
        ("Specifications: Sleeps: 2 people", "sleeps 2 people"),
        ("Specifications: Maximum brightness: 300 lumens", "has a maximum brightness of 300 lumens"),
        (
            "Materials: Made with EVA midsole; TrailGrip rubber outsole; recycled polyester mesh.",
            "is made with EVA midsole, TrailGrip rubber outsole and recycled polyester mesh",
        ),
    ],
)
def test_fact_shapes_read_as_copy(body: str, phrase: str) -> None:
    fact = f"Kestrel Trail Lamp SE (P1200) › {body}"
    assert phrase_fact(fact) == phrase
    assert supports(fact, phrase)


def test_qualified_and_negative_facts_are_no_copy() -> None:
    # true of some models only, or a "none" with a note: never a claim about the product
    assert phrase_fact("Ember Parka (P1050) › Features: insulates when damp (synthetic models)") is None
    assert phrase_fact("Ember Parka (P1050) › Specifications: Down fill power: none (synthetic insulation)") is None
