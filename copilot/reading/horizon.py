"""A propensity question's future time is its horizon, not a campaign window (docs/reading.md, top_propensity:
"horizon_days 30 unless stated"): "most likely to buy trail shoes next month", "the chance that Need attention customers
buy anything in the next 60 days", 下个月最可能买帐篷的客户 ask who will buy in that time; no send is planned, so the words
are claimed and no window is set. A question about a send to come ("if we email them next month, …") keeps its window.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_LIKELY = re.compile(r"\b(?:most likely|likeliest|least likely|likely to|chances?|probabilit(?:y|ies)|propensity|odds)\b"
                     r"|最可能|最有可能|可能性|概率|几率|機率|最可能會", re.IGNORECASE)
#: a send the question plans, or a forecast of one: its time is the send's
_SEND = re.compile(r"\b(?:if we|should we|when we|would|will we|expect(?:ed)?|forecast|predict(?:ed)?|projected|estimated|send|email them|text them)\b"
                   r"|如果|预计|预测|预估|发(?:邮件|短信|推送)|推送给", re.IGNORECASE)


def horizon_only(t: Text, kind: str, pieces: tuple[tuple[int, int], ...]) -> bool:
    """Whether the window found in a question is a propensity horizon (its words claimed), see the module docs."""
    if kind != "question" or not _LIKELY.search(t.text) or _SEND.search(t.text):
        return False
    for a, b in pieces:
        t.take(a, b)
    return True
