"""An offer the request turns down is no offer: 买一送一不要做, 满300减30就不做了, 不要做买一送一, "no BOGO this time",
"skip the free shipping". The offer rules read the offer's words wherever they stand; a plan that then prices it (or
lists it as a second offer to plan) does the opposite of what was asked. Turning it down is honoured by not offering it,
so nothing is listed."""

from __future__ import annotations

import re

from copilot.reading.schema import Reading

_AFTER = re.compile(r"\s*(?:就|也|先|这次|这回|這次)?\s*(?:不要做|不要搞|不做了?|不搞了?|别做|別做|不要了|不用做|不需要|取消|免了|就算了|算了)"
                    # asked and turned down at once (probe s26, class 12): 买一送一？不行，改成第二件半价, "BOGO? no, …"
                    r"|\s*[?？]\s*(?:不行|不好|不要|不做|算了|no\b|nope\b|nah\b)", re.IGNORECASE)
_BEFORE = re.compile(r"(?:不要做|不要搞|不做|不搞|别做|別做|别搞|不要|別搞|\bno|\bskip(?:\s+the)?|\bwithout(?:\s+a)?|\bdon'?t\s+(?:do|run|offer)(?:\s+a)?)\s*(?:任何)?\s*$",
                     re.IGNORECASE)


def _refused(text: str, start: int, end: int) -> bool:
    return bool(_AFTER.match(text, end) or _BEFORE.search(text[max(0, start - 16) : start]))


def drop_refused_offers(reading: Reading) -> Reading:
    """``reading`` without an offer (or a listed second offer) that the words beside it turn down."""
    text = reading.text
    update: dict[str, object] = {}
    if reading.offer is not None and _refused(text, reading.offer.span.start, reading.offer.span.end):
        update["offer"] = None
    kept = []
    for n in reading.not_applied:
        at = text.find(n.text) if n.affects == "offer" and n.text else -1
        if at >= 0 and _refused(text, at, at + len(n.text)):
            continue
        kept.append(n)
    if len(kept) != len(reading.not_applied):
        update["not_applied"] = kept
    return reading.model_copy(update=update) if update else reading
