"""A fact's phrasing reads as written English: a noun after a preposition keeps its article.

Seen (issue #12): "has a whistle on sternum strap" pasted into copy -- the product document's catalogue
shorthand. These are other features and wordings; the fact's words, meaning and citation are unchanged
(only "the" / "a" / "an" are added, and the claims check still supports the phrasing).
"""

from __future__ import annotations

import pytest

from copilot.knowledge.articles import with_articles
from copilot.knowledge.phrasing import Phrasings, phrase_fact, supports
from copilot.planner.copy_facts import fact_sentence
from copilot.planner.plan_schema import FactRef


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Features: zip pocket on back panel", "has a zip pocket on the back panel"),
        ("Features: mesh pocket in lid", "has a mesh pocket in the lid"),
        ("Features: reflective strip on heel", "has a reflective strip on the heel"),
        ("Features: key clip inside hipbelt pocket", "has a key clip inside the hipbelt pocket"),
        ("Features: hood with drawcord", "has a hood with a drawcord"),
        ("Features: loop for ice axe", "has a loop for an ice axe"),
        ("Features: sleeve for umbrella", "has a sleeve for an umbrella"),
        ("Features: packs into chest pocket", "packs into the chest pocket"),
        ("Features: helmet-compatible hood with visor", "has a helmet-compatible hood with a visor"),
    ],
)
def test_a_bare_noun_after_a_preposition_gets_its_article(body: str, phrase: str) -> None:
    fact = f"Cairn Summit Pack (P2301) › {body}"
    assert phrase_fact(fact) == phrase
    assert supports(fact, phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "has 6 mm lugs for mud and soft ground",  # mass nouns
        "grips on wet rock",
        "has a lock mode for travel",
        "pitches fly-first in rain",
        "packs into its own pocket",  # a determiner already
        "has lace hooks for a locked-in fit",
        "has reflective details for low light",
        "has rocker geometry for smooth transitions",  # plurals
        "has a clip for sunglasses",
        "is made with recycled nylon and merino wool",  # "with" of a verb
        "is designed for fastpacking",  # a gerund
        "comes with a 2-year warranty against defects",
        "works at night",  # an idiom
        "has a holder for USB light",  # a capital: a name or an acronym
        "is soft next to skin",
        "has a pocket for 2 gels",  # a number
    ],
)
def test_what_needs_no_article_is_left_as_written(phrase: str) -> None:
    assert with_articles(phrase) == phrase
    assert with_articles(with_articles(phrase)) == with_articles(phrase)


def test_a_phrasing_stored_at_an_earlier_ingest_gets_its_article_and_the_brand_s_stays_as_written() -> None:
    text = "Wildfern Race Vest (P1702) › Features: bottle holder on shoulder strap"
    stored = "has a bottle holder on shoulder strap"  # what ingest stored before the articles
    assert Phrasings().phrase("f1", text, stored) == "has a bottle holder on the shoulder strap"
    brand = Phrasings(by_fact={"f1": "carries a bottle on shoulder strap"})
    assert brand.phrase("f1", text, stored) == "carries a bottle on shoulder strap"


def test_the_copy_sentence_of_a_fact_reads_as_english_with_its_citation_intact() -> None:
    text = "Basalt Trek Poles (P1909) › Features: wrist strap with quick release buckle"
    fact = FactRef(fact_id="kb:p1909:3", text=text, product_id="P1909",
                   phrasing=Phrasings().phrase("kb:p1909:3", text, None))
    # a plural product name keeps its plural verb; the fact id (the citation) is the fact's own
    assert fact_sentence(fact) == "The Basalt Trek Poles have a wrist strap with a quick release buckle."
    assert fact.fact_id == "kb:p1909:3" and supports(text, fact.phrasing or "")


def test_chinese_copy_of_a_feature_is_unchanged() -> None:
    from copilot.planner.zh import zh_fact_phrase

    # Chinese has no articles: its phrasings come from the brand's table, keyed by the fact's own words
    got = zh_fact_phrase("Larch Hydration Vest (P1501) › Features: two 500 ml soft flasks included")
    assert got is not None and "500 ml" in got[0]
