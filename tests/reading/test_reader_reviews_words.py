"""Reviews asked about in everyday words (session 17, from dev cases of the sixth and tenth sets written here in
other words): 评价咋样 without a question mark was read as a brief; "the chatter on", 大家都说 were product facts."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "大家对 Cascade Beam 评价咋样",
    "用户都说 Cascade Beam 怎么样？",
    "What's the chatter on the Cascade Beam among buyers",
    "What do owners say about the Cascade Beam?",
])
def test_reviews_in_everyday_words(text: str) -> None:
    x = read(text, today=TODAY)
    assert (x.kind, x.intent) == ("question", "reviews")


def test_a_spec_is_still_a_product_fact() -> None:
    assert read("Is the Cascade Beam waterproof?", today=TODAY).intent == "product_facts"
