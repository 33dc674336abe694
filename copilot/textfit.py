"""Fit a text shown to people into a field's length without cutting a word or a number in half.

A plan's sentences (its objective, risks, assumptions, the forecast method, check details) live in
fields with a maximum length. A plain slice (``text[:300]``) cut them mid-word ("… sent to this a"),
which reads as broken and, in a Chinese plan, stops the sentence's translation from matching. :func:`clip`
cuts at the last sentence or clause end that fits, else the last space, and marks the cut with "…".
"""

from __future__ import annotations

import re

ELLIPSIS = "…"

_SENTENCE_END = re.compile(r"(?:[.!?](?=\s)|[。！？；;])")
_CLAUSE_END = re.compile(r"(?:[,:](?=\s)|[，、：])")
_SPACE = re.compile(r"\s")


def clip(text: str, limit: int) -> str:
    """``text`` when it fits in ``limit`` characters; else its longest head that ends a sentence (kept
    whole, no mark) or a clause or word (then "…"), never less than half the limit; a text with no
    break in that half (one long Chinese run, an id) is cut at the limit with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return text[:limit]
    head = text[: limit - 1]
    floor = limit // 2
    ends = [m.end() for m in _SENTENCE_END.finditer(head) if m.end() >= floor]
    if ends:
        out = head[: ends[-1]].rstrip()
        return out if out[-1] not in ";；" else out[:-1] + ELLIPSIS
    for pattern in (_CLAUSE_END, _SPACE):
        cuts = [m.start() for m in pattern.finditer(head) if m.start() >= floor]
        if cuts:
            return head[: cuts[-1]].rstrip(" ,:，、：") + ELLIPSIS
    return head + ELLIPSIS
