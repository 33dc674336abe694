"""Reading a follow-up in the routed chat: "and how many of those also opted in to email?", "what about
push?", 其中… -- the new reading completed from the previous turn's (the audience narrowed or a
condition replaced; intent, products and channels carried over when the follow-up names none).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from copilot.data.contract import Channel
from copilot.reading.intent import FOLLOW_UP as _FOLLOW_UP

if TYPE_CHECKING:
    from copilot.reading.schema import Reading
    from copilot.tools.conditions import Condition

_REPLACE = re.compile(r"^\s*(?:what|how) about\b|^\s*(?:那|那么).{0,6}呢|呢[？?]?\s*$", re.IGNORECASE)
_CHANNEL_WORDS: dict[Channel, re.Pattern[str]] = {
    "email": re.compile(r"\be-?mails?\b|邮件", re.IGNORECASE),
    "sms": re.compile(r"\b(?:sms|texts?|text messages?)\b|短信", re.IGNORECASE),
    "push": re.compile(r"\bpush\b|推送", re.IGNORECASE),
}


def is_follow_up(text: str) -> bool:
    return bool(_FOLLOW_UP.search(text))


def leaves_of(cond: Condition | None) -> list[Condition]:
    from copilot.tools.conditions import AllCustomers, And

    if cond is None or isinstance(cond, AllCustomers):
        return []
    if isinstance(cond, And):
        return list(cond.of)
    return [cond]


def _and(parts: Sequence[Condition]) -> Condition | None:
    from copilot.tools.conditions import And

    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(of=list(parts))


def refine(reading: Reading, previous: Reading, previous_intent: str) -> Reading:
    """``reading`` (a follow-up) completed from the previous turn's: the audience narrows (AND) the
    previous one, or -- for "what about X?" -- X replaces the conditions of the same kind; the intent,
    promoted products and channels carry over when the follow-up does not name its own."""
    from copilot.reading.schema import Intent
    from copilot.tools.conditions import Consent

    new_leaves = leaves_of(reading.audience)
    named = list(reading.channels.allowed) or [
        ch for ch, words in _CHANNEL_WORDS.items() if words.search(reading.text)
    ]
    if not new_leaves and named and previous_intent == "count":
        # "what about push?" after a reach question: the channel is a consent condition
        new_leaves = [Consent(channel=ch) for ch in named if ch != "paid_social"]
    old_leaves = leaves_of(previous.audience)
    if _REPLACE.search(reading.text):
        kinds = {getattr(leaf, "kind", "") for leaf in new_leaves}
        merged = [leaf for leaf in old_leaves if getattr(leaf, "kind", "") not in kinds] + new_leaves
    else:
        seen = {
            json.dumps(leaf.model_dump(mode="json", exclude={"span"}), sort_keys=True) for leaf in old_leaves
        }
        merged = old_leaves + [
            leaf
            for leaf in new_leaves
            if json.dumps(leaf.model_dump(mode="json", exclude={"span"}), sort_keys=True) not in seen
        ]
    intent: Intent = reading.intent
    if intent in ("other", "count", "segments") and previous_intent in (
        "count",
        "segments",
        "channel_performance",
        "propensity",
        "recommend",
    ):
        intent = previous_intent if intent == "other" or previous_intent == "count" else intent  # type: ignore[assignment]
    promoted = reading.promoted
    if not promoted.categories and not promoted.product_ids:
        promoted = previous.promoted
    channels = (
        reading.channels if reading.channels.allowed or previous_intent == "count" else previous.channels
    )
    from copilot.reading.leftover import REASON_EARLIER_TURN

    resolved = [n for n in reading.not_applied if n.reason != REASON_EARLIER_TURN]  # the earlier turn says who
    return reading.model_copy(
        update={
            "not_applied": resolved,
            "audience": _and(merged) if merged else previous.audience,
            "intent": intent,
            "promoted": promoted,
            "channels": channels,
        }
    )
