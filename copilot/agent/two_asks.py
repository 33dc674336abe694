"""A message that asks two things ("What share of revenue came from repeat buyers, and which category do they buy
most?", 冠军客户有多少？他们最常买哪个品类？): each ask is read on its own and answered in turn when they need different
answers, instead of the whole message's one intent answering one of them and the other being dropped unsaid.

An ask that names no audience ("which category do they buy most?") is about the message's audience. Asks of the same
intent ("which channel converts best, and what hour should we send?", 防水吗？透气吗？) stay one answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from copilot.reading.leftover import REASON_EARLIER_TURN

if TYPE_CHECKING:
    from copilot.reading.schema import Reading

#: Where a second ask starts: after a question mark, or ", and which/what/how…" in one sentence.
_SPLIT = re.compile(
    r"(?<=[?？])\s*(?=\S)"
    r"|,\s*(?:and|but|also|plus)\s+(?=(?:which|what|how|when|who|where|is|are|do|does|did|can|could|should|would)\b)",
    re.IGNORECASE,
)
#: A later ask narrowing the same group ("…有多少？其中能发短信的呢？", "Of those, which can we text?"): one answer (the count
#: gives the total and the channel's reach).
_NARROWING = re.compile(r"^(?:and\s+)?(?:其中|这其中|这些人?里|of (?:those|them|these)|among (?:them|those))", re.IGNORECASE)
#: Intents answered from the data in one tool call or two; a plan or forecast is a message of its own.
ANSWERABLE = ("count", "segments", "channel_performance", "propensity", "recommend", "product_facts", "reviews")


def asks(text: str) -> list[str]:
    """The message's asks, in order (one when it asks one thing)."""
    parts = [p.strip(" ,，") for p in _SPLIT.split(text)]
    return [p for p in parts if len(re.sub(r"\W", "", p)) >= 4]


def separate_asks(
    text: str, whole: Reading, read_one: Callable[[str], Reading], resolve: Callable[[Reading], tuple[str, str]]
) -> list[tuple[Reading, str]] | None:
    """Each ask's reading and intent when the message asks for two or more different answers, else None.

    ``read_one(text) -> Reading`` reads one ask as a question; ``resolve(reading) -> (intent, why)`` settles its
    intent. An ask with no audience of its own takes the whole message's."""
    parts = asks(text)
    if len(parts) < 2 or any(_NARROWING.match(p) for p in parts[1:]):
        return None
    out: list[tuple[Reading, str]] = []
    for part in parts:
        r = read_one(part)
        if r.audience is None and whole.audience is not None:  # "for them" is the message's audience: resolved
            kept = [n for n in r.not_applied if n.reason != REASON_EARLIER_TURN]
            r = r.model_copy(update={"audience": whole.audience, "not_applied": kept})
        intent, _why = resolve(r)
        if intent in ANSWERABLE and all(intent != seen for _, seen in out):
            out.append((r, intent))
    return out if len(out) >= 2 else None
