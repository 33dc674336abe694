"""Whether the at-risk words name the RFM segment "At risk" itself or the churn-risk groups in general.

"at-risk customers", "At risk customers", 流失风险客户 mean the two segments about to churn (At risk and Can't lose
them, the lexicon's AT_RISK_SEGMENTS). The segment itself is meant when the words are quoted (``"At risk"
customers``), called a segment (``the At Risk segment``, ``At risk 分群``) or listed by name beside another
segment in a bracket gloss (``流失风险高的客户（At Risk 和 Hibernating）``, ``(At risk, Hibernating)``).
"""

from __future__ import annotations

import re

from copilot.reading import lexicon as lx

_QUOTES = "'\"“”‘’「」『』"
_SEGMENT_AFTER = re.compile(
    rf"[{_QUOTES}]?\s*(?:rfm\s+)?(?:segments?|seg\b)|[{_QUOTES}]?\s*(?:RFM\s*)?(?:分群|分层|细分|群组|人群包|這個分群|这个分群)",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"[(（]([^()（）]{3,80})[)）]")
_OTHER_SEGMENT = re.compile(
    r"champions?|loyal|potential loyalists?|recent customers|promising|need(?:s)? attention|about to sleep|"
    r"can'?t lose them|hibernating|\blost\b",
    re.IGNORECASE,
)
_AT_RISK = re.compile(r"at[- ]risk", re.IGNORECASE)


def at_risk_segments(text: str, start: int, end: int) -> list[str]:
    """The segments the at-risk words at ``text[start:end]`` stand for."""
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    if before and after and before in _QUOTES and after in _QUOTES:
        return ["At risk"]
    if _SEGMENT_AFTER.match(text, end):
        return ["At risk"]
    for bracket in _BRACKET.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        around = bracket.start() < start and bracket.end() >= end
        if (
            (around or 0 <= bracket.start() - end <= 12)
            and _AT_RISK.search(bracket.group(1))
            and _OTHER_SEGMENT.search(bracket.group(1))
        ):
            return ["At risk"]
    return list(lx.AT_RISK_SEGMENTS)
