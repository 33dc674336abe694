"""When stock arrives is no campaign window (docs/reading.md, "to arrival", decision 184's class).

A send that waits for a restock ("When it's back, email…", 到货后给…发, 等这批货到了以后) cannot be dated from the data:
the wait is listed (timing). The date the stock is due ("the Cascade Beam is due in next week", 下个月到一批新色, 3月底我们有一批
Talus Mid GTX到货) dates the delivery, not the send: its date words are claimed so they are never the window (they had
been read as the campaign's week or month). A product or a count in that clause is still read.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.dates import find_window
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

#: Waiting for the goods said without 到货后 or "back in stock": 等这批货到了以后, 货到了之后, "once they arrive"
_WAIT = re.compile(r"(?:等(?:这批|那批|新)?)?货(?:到了|到)(?:以后|之后|后|再)|等[^，。；！？\n]{0,12}到货(?:了)?(?:以后|之后|后|再)"
                   r"|\b(?:when|once|as soon as)\s+(?:it|they|(?:the|our)\s+(?:new\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:arrives?|lands?|comes? in)\b", re.IGNORECASE)
#: A send set off by the stock's arrival (any wording the timing rules list)
_ANY_TRIGGER = re.compile(
    r"\b(?:when|once|as soon as|after)\s+(?:it'?s|it is|they'?re|they are|(?:the|our)\s+[\w -]{1,30}?\s+(?:is|are|lands?|arrives?))\s+"
    r"(?:back|restocked|in stock|available again|in)\b|\b(?:when|once|as soon as|after)\s+(?:the\s+|our\s+)?(?:new\s+)?"
    r"(?:stock|shipment|delivery|restock|container)\s+(?:lands|arrives|comes in|is in)\b"
    r"|(?:补货|到货|回货)(?:到了|了)?(?:以后|之后|后)", re.IGNORECASE)
#: A clause telling when the goods come in
_ARRIVES = re.compile(r"\b(?:is|are)\s+(?:due|expected|scheduled)\s+(?:in|back|to (?:arrive|land))\b|\b(?:arriv(?:e|es|ing)|lands?|landing|comes? in|"
                      r"back in stock|restock(?:ed|ing)?)\b|到货|到了?一批|入库|补货|回货", re.IGNORECASE)
_BREAK = re.compile(r"[.;!?\n。；！？，,:：]")
WAIT_REASON = ("copilot plans a dated send; a send set off by a restock or a price change is a trigger for your "
               "sending tool: give the dates, or set the trigger there")


def arrival_not_applied(t: Text) -> list[NotApplied]:
    """The wait for the goods said in Chinese (listed, claimed), then the arrival's date words claimed when the send
    waits for the goods."""
    out = []
    for m in _WAIT.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="timing", reason=WAIT_REASON))
    if t.today is None or not (out or _ANY_TRIGGER.search(t.text)):
        return out
    for m in _ARRIVES.finditer(t.text):
        a = max((b.end() for b in _BREAK.finditer(t.text, 0, m.start())), default=0)
        nxt = _BREAK.search(t.text, m.end())
        b = nxt.start() if nxt else len(t.text)
        outside = [(0, a), (b, len(t.text))]
        for _ in range(3):
            win = find_window(t.text, t.today, [*t.taken, *outside], near_days=True)
            if win is None or not win.pieces or not all(a <= p <= q <= b for p, q in win.pieces):
                break
            for p, q in win.pieces:
                t.take(p, q)
    return out
