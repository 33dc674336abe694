"""What the audience rules share: the leaves they add, and the words that exclude a leaf."""

from __future__ import annotations

from collections.abc import Callable

from copilot.reading import regex as re
from copilot.tools.conditions import Condition, Not

Leaves = list[tuple[int, Condition]]

#: Words before a segment or a region that exclude it ("except Lost customers", "leave out anyone in the South",
#: 不发给Lost客户).
_NEG_BEFORE = re.compile(
    r"(?:\bnot\b[^.;,]{0,20}\b(?:in|to)|\bexcept(?: for)?|\bexcluding|\bexclude|\bleav(?:e|ing) out|\bleft out|\bminus|\bskip(?:ping)?|"
    r"\bbut not(?: to)?|\bother than|\boutside(?: of)?|\bnot|\bnothing (?:for|to)|\bno one (?:in|from)|\bnobody (?:in|from)|"
    r"除了|不包括|排除|不发给?|不给|不含|去掉|剔除|不在|不属于)\s*"
    r"(?:(?:the|our|any(?:one|body)?|everyone|customers|people)\s+(?:in\s+)?)*$"
    r"|(?:不要|别要|不用|别给|不要给|不用给)(?:发给?|给)?(?:美国|在|住在|来自)?(?:的)?\s*$", re.IGNORECASE)


#: How often, not whom: 不要给冠军客户发太多短信, 别给忠诚客户推得太频繁.
_TOO_OFTEN = re.compile(r"^[^，。；,;！!？?]{0,16}?(?:太多|过多|太频繁|过于频繁|太勤|太密|频繁)")


def negated(text: str, start: int) -> bool:
    if _TOO_OFTEN.search(text[start : start + 24]):
        return False
    return bool(_NEG_BEFORE.search(text[max(0, start - 40) : start]))


def set_apart(text: str, start: int, c: Condition, group: bool = True) -> Condition:
    """也不在沉睡客户里, 不属于流失客户: a group (``group``) named right after 不在 / 不属于 is excluded."""
    return Not(of=c) if group and re.search(r"(?:不在|不属于)\s*$", text[max(0, start - 4) : start]) else c


def adder(leaves: Leaves) -> Callable[[int, Condition], None]:
    def add(pos: int, c: Condition) -> None:
        leaves.append((pos, c))

    return add
