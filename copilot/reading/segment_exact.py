"""Whether the at-risk words name the RFM segment "At risk" itself or the churn-risk groups in general.

"at-risk customers", "At risk customers", 流失风险客户 mean the two segments about to churn (At risk and Can't lose
them, the lexicon's AT_RISK_SEGMENTS). The segment itself is meant when the words are quoted (``"At risk"
customers``), called a segment (``the At Risk segment``, ``At risk 分群``) or listed by name beside another
segment in a bracket gloss (``流失风险高的客户（At Risk 和 Hibernating）``, ``(At risk, Hibernating)``), listed
with another segment's name (``at-risk + hibernating``, ``Lost and at-risk customers``) or written in English inside
a Chinese sentence (``50%的At Risk客户``: the segment's own label).
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
#: a list joining the at-risk words to another segment's name ("at-risk + hibernating", "Lost and at-risk customers")
_JOIN = r"\s*(?:\+|&|/|,|、|和|与|及|或|\band\b|\bor\b)\s*(?:the\s+)?"
_LISTED_AFTER = re.compile(_JOIN + rf"(?:{_OTHER_SEGMENT.pattern})", re.IGNORECASE)
_LISTED_BEFORE = re.compile(rf"(?:{_OTHER_SEGMENT.pattern}){_JOIN}$", re.IGNORECASE)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def at_risk_segments(text: str, start: int, end: int) -> list[str]:
    """The segments the at-risk words at ``text[start:end]`` stand for."""
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    asked = re.search(r"\b(?:counts?|qualif(?:y|ies))\s+as\s+(?:an?\s+)?.$", text[max(0, start - 30) : start], re.IGNORECASE)
    if before and after and before in _QUOTES and after in _QUOTES and not asked:  # "what counts as 'At risk'": the words
        return ["At risk"]
    if _SEGMENT_AFTER.match(text, end):
        return ["At risk"]
    if _AT_RISK.fullmatch(text[start:end]) and (
        _LISTED_AFTER.match(text, end)
        or _LISTED_BEFORE.search(text[max(0, start - 40) : start])
        or _CJK.match(text[end : end + 1].lstrip() or "x")  # 50%的At Risk客户: the English segment name inside Chinese
        or _CJK.match(text[max(0, start - 1) : start] or "x")
    ):
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
