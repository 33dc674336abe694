"""Age ranges that do not meet, joined by "and" / 和 ("18-24 and 45-54 year olds", 25岁以下和50岁以上的客户): no one
is in both, so they are two groups, an OR of the two ranges; neither is dropped (end-user probe class 6)."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.tools.conditions import Age, Condition, Or

_JOIN = re.compile(r"\s*(?:,|，|、|/|&|\+|and|or|plus|as well as|和|与|及|以及|或|或者|跟|还有)\s*(?:(?:the|those|people|customers)\s+)?$", re.IGNORECASE)
#: "18-24", "45-54" inside a run of bands
BAND = re.compile(r"(\d{2})\s*(?:-|–|—)\s*(\d{2})")


def _apart(a: Age, b: Age) -> bool:
    lo_a, hi_a = a.min_age or 0, a.max_age if a.max_age is not None else 200
    lo_b, hi_b = b.min_age or 0, b.max_age if b.max_age is not None else 200
    return hi_a + 1 < lo_b or hi_b + 1 < lo_a


def join_apart(text: str, mine: list[tuple[int, Condition]]) -> list[tuple[int, Condition]]:
    """The age leaves read, with ranges that do not meet and are joined by "and"/"or"/和 made one OR."""
    mine = sorted(mine, key=lambda x: x[0])
    out: list[tuple[int, Condition]] = []
    for start, cond in mine:
        prev = out[-1][1] if out else None
        last = prev.of[-1] if isinstance(prev, Or) else prev
        if (isinstance(cond, Age) and isinstance(last, Age) and last.span is not None and cond.span is not None
                and _apart(last, cond) and _JOIN.match(text[last.span.end : cond.span.start])):
            out[-1] = (out[-1][0], Or(of=[*(prev.of if isinstance(prev, Or) else [last]), cond]))
            continue
        out.append((start, cond))
    return out
