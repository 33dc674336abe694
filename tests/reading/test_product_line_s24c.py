"""Session 24, class 6 of the end-user probe (/work/notes/probe_s24.md), in words of its own: a product line or a
partial product name before its category word ("the Merino Zip base layers", "Trail Crew socks") is the catalogue's
products whose names hold it, not the whole category; lower-case descriptive words and names of no product are not."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.catalogue import demo_catalogue

TODAY = date(2026, 4, 20)


def _named(words: str, category: str) -> set[str]:
    return {
        pid for pid, name, c in demo_catalogue().products if c == category and words.lower() in name.lower()
    }


@pytest.mark.parametrize(
    ("text", "words", "category"),
    [
        (
            "Promote our Merino Zip base layers to Loyal customers, 15% off, email",
            "Merino Zip",
            "base-layers",
        ),
        (
            "Send an SMS about the Trail Crew socks to runners who bought trail shoes this year",
            "Trail Crew",
            "socks",
        ),
        ("Do the Sky trail running shoes come in wide sizes?", "Sky", "trail-running-shoes"),
        ("推广 Night Runner 头灯，发给去年买过帐篷的客户，邮件", "Night Runner", "headlamps"),
    ],
)
def test_a_product_line_is_its_products(text: str, words: str, category: str) -> None:
    r = read(text, today=TODAY)
    expected = _named(words, category)
    assert 1 < len(expected) <= 12
    assert set(r.promoted.product_ids) == expected, r.promoted
    assert category not in r.promoted.categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Promote waterproof hiking boots to Champions, email", "hiking-boots"),
        ("Email the Road running shoes buyers about a 10% offer", "road-running-shoes"),
        ("给买过帐篷的客户推荐头灯，发短信", "headlamps"),
    ],
)
def test_descriptive_words_keep_the_category(text: str, category: str) -> None:
    r = read(text, today=TODAY)
    assert not r.promoted.product_ids, r.promoted
    assert category in r.promoted.categories or any(category in str(c) for c in [r.audience])
