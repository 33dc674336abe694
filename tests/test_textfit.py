"""Texts shown in a plan are fitted to their field without cutting a word, a number or a Chinese clause in half."""

from __future__ import annotations

import pytest

from copilot.textfit import clip


def test_a_text_that_fits_is_unchanged() -> None:
    assert clip("Email from past campaigns.", 26) == "Email from past campaigns."


def test_a_long_text_ends_at_its_last_whole_sentence() -> None:
    text = "The scheduled sends cost $89.79. A budget of at most $3,187 keeps the return at 1x. Spend that."
    out = clip(text, 90)
    assert out == "The scheduled sends cost $89.79. A budget of at most $3,187 keeps the return at 1x."
    assert len(out) <= 90


def test_without_a_sentence_end_it_cuts_at_a_clause_or_word_and_marks_the_cut() -> None:
    text = "Rates: Email from past rain-jackets campaigns sent to this audience (2,438 sends), Push from past campaigns"
    out = clip(text, 60)
    assert len(out) <= 60 and out.endswith("…")
    assert out[:-1] == text[: len(out) - 1]  # a head of the text
    assert text[len(out) - 1] in " ,"  # cut at a break, not inside "campaigns"


def test_chinese_is_cut_at_a_clause_mark() -> None:
    text = "预算先覆盖发送成本，其余用于优惠和创意；同时被两个渠道触达的客户在两个渠道都计入，所以合计是上限"
    out = clip(text, 30)
    assert len(out) <= 30
    assert out == "预算先覆盖发送成本，其余用于优惠和创意…"


def test_a_text_with_no_break_is_cut_at_the_limit() -> None:
    out = clip("x" * 50, 20)
    assert out == "x" * 19 + "…"


@pytest.mark.parametrize("limit", [1, 2, 5, 37, 120])
def test_never_longer_than_the_limit(limit: int) -> None:
    text = "One two three. Four, five; six seven eight nine ten. " * 6
    assert len(clip(text, limit)) <= limit
