"""Age ranges that do not meet are an OR of both, neither dropped (end-user probe class 6: "18-24 and 45-54" kept one
band, 25岁以下和50岁以上 was read as both at once)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Age, Or

TODAY = date(2026, 3, 2)


def _ages(c: object) -> list[tuple[int | None, int | None]]:
    if isinstance(c, Age):
        return [(c.min_age, c.max_age)]
    of = getattr(c, "of", None)
    kids = of if isinstance(of, list) else [of] if of is not None else []
    return [a for k in kids for a in _ages(k)]


def _or_of_ages(c: object) -> Or | None:
    if isinstance(c, Or) and all(isinstance(k, Age) for k in c.of):
        return c
    of = getattr(c, "of", None)
    kids = of if isinstance(of, list) else [of] if of is not None else []
    return next((o for k in kids if (o := _or_of_ages(k)) is not None), None)


@pytest.mark.parametrize(("text", "ages"), [
    ("SMS 25-34 and 55-64 year olds about trail shoes", [(25, 34), (55, 64)]),
    ("18到24岁和45到54岁的用户发邮件", [(18, 24), (45, 54)]),
    ("30岁以下和60岁以上的会员，推一下头灯", [(None, 29), (60, None)]),
])
def test_ranges_apart_are_an_or(text: str, ages: list[tuple[int | None, int | None]]) -> None:
    x = read(text, today=TODAY)
    o = _or_of_ages(x.audience)
    assert o is not None and _ages(o) == ages


def test_bands_that_meet_stay_one_range() -> None:
    assert _ages(read("email the 18-24 and 25-34 age bands", today=TODAY).audience) == [(18, 34)]
