"""Facts as phrases a copywriter would use, each supported by its own fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.knowledge.phrasing import load_phrasings, phrase_fact, review_proof, supports


@pytest.mark.parametrize(
    ("fact", "phrase"),
    [
        ("Alder Sky (P1001) › Features: grips on wet rock", "grips on wet rock"),
        ("Ember Trail Crew (P1175) › Features: blister-reducing fit", "has a blister-reducing fit"),
        ("Alder Sky (P1001) › Features: gusseted tongue keeps debris out", "has a gusseted tongue that keeps debris out"),
        ("Glacier Trail GTX (P1003) › Specifications: Waterproof: yes", "is waterproof"),
        ("Alder Sky (P1001) › Specifications: Weight: 330 g", "weighs 330 g"),
        ("Tamarack Rain Jacket (P1088) › Specifications: Waterproof rating: 10,000 mm hydrostatic head",
         "has a waterproof rating of 10,000 mm hydrostatic head"),
        ("Alder Sky (P1001) › Warranty: 1-year warranty against manufacturing defects.",
         "comes with a 1-year warranty against manufacturing defects"),
        ("Alder Sky (P1001) › Materials: Made with TrailGrip rubber outsole; recycled polyester mesh.",
         "is made with TrailGrip rubber outsole and recycled polyester mesh"),
    ],
)
def test_phrasings_are_sentences_the_fact_supports(fact: str, phrase: str) -> None:
    assert phrase_fact(fact) == phrase
    assert supports(fact, phrase)


def test_no_phrasing_for_meta_negatives_and_prices() -> None:
    assert phrase_fact("Alder Sky (P1001) › Specifications: Rain protection: none") is None
    assert phrase_fact("Ember Trail Crew (P1175) › Allowed claims: Marketing copy may say:\n- arch support band") is None
    assert phrase_fact("Alder Sky (P1001) › Price: List price: $139.95 (USD).") is None


def test_supports_rejects_other_numbers_and_words() -> None:
    fact = "Alder Sky (P1001) › Specifications: Weight: 330 g"
    assert not supports(fact, "weighs 250 g")
    assert not supports("Alder Sky (P1001) › Features: grips on wet rock", "is fully waterproof")


def test_review_rating_as_social_proof() -> None:
    text = ("Ember Trail Crew (P1175) reviews › Rating summary: 760 reviews, average 4.3 of 5 stars "
            "(5★ 433, 4★ 192); sentiment 83% positive.")
    assert review_proof(text) == ("Ember Trail Crew", "rated 4.3 of 5 stars in 760 reviews")
    assert review_proof(text.replace("4.3", "3.8")) is None


def test_the_brand_overrides_phrasings(tmp_path: Path) -> None:
    (tmp_path / "phrasings.toml").write_text(
        '[texts]\n"Waterproof: yes" = "keeps your feet dry on wet trails"\n[facts]\n"P1001-x" = ""\n', encoding="utf-8"
    )
    p = load_phrasings(tmp_path)
    assert p.phrase("P1003-y", "Glacier Trail GTX (P1003) › Specifications: Waterproof: yes") == (
        "keeps your feet dry on wet trails"
    )
    assert p.phrase("P1001-x", "Alder Sky (P1001) › Features: grips on wet rock") is None  # the brand turned it off
    assert p.phrase("P1001-z", "Alder Sky (P1001) › Features: grips on wet rock") == "grips on wet rock"
