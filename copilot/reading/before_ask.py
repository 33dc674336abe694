"""The words before a marked ask are background (set 17 decision 216, in general form).

A marketer often tells the story first and then says what to do: "Some context first. Last spring we ran a rain-jacket
promotion that did well on email and poorly on push … The ask: win back lapsed customers, email only, $2,500",
先说下背景：去年双十一做了全场七折…所以这次想这样：给…推新款. The past campaign's product, channels and offer are not
this campaign's; read as such they had planned a rain-jacket campaign on email and push. When the ask is marked and
follows at least one sentence, everything before the marker is claimed as background: no clause is read there.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_ASK = re.compile(
    r"(?:^|(?<=[.!?。！？；;\n]))[ \t]*(?:[-*•>]\s*)?(?:"
    r"(?:so,?\s+)?(?:the|my|our)\s+(?:actual\s+|real\s+)?(?:ask|request)(?:\s+(?:is|for you))?\s*[:：]"
    r"|(?:so,?\s+)?here(?:'s|’s| is)\s+(?:what\s+(?:I|we)\s+(?:need|want|'d like|’d like|would like)|the\s+(?:ask|request|plan))\s*[:：]"
    r"|(?:so,?\s+)?what\s+(?:I|we)(?:'d|’d| would)?\s+(?:like|need|want)(?:\s+(?:is|now|this time))?\s*[:：]"
    r"|所以(?:这次|今年|本次|这回)?(?:想|打算|计划|准备)(?:这样|这么)?(?:做|安排|来)?\s*[：:]"
    r"|(?:这次|本次|今年|我的|具体)(?:的)?需求(?:是|如下)?\s*[：:]"
    r")",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|[。！？]")
_MIN_BACKGROUND = 12


#: A sentence that says it is background ("For context, last January's promo did a 3.2% CTR."): its figures are not
#: the request's (probe s25 en19).
_CONTEXT = re.compile(r"(?:^|(?<=[.!?。！？\n]))[ \t]*(?:for (?:some )?context|some context(?: first)?|background|(?:just )?fyi|"
                      r"as (?:some )?background|背景(?:是|信息)?|(?:先说下|先说一下|先講下)?背景)\s*[,:：，]"
                      r"[^\n.!?。！？]*(?:[.!?。！？]|$)", re.IGNORECASE)


def claim_before_ask(t: Text) -> None:
    """When the ask is marked after a sentence of background, claim every free word before the marker; a sentence
    that opens "For context," or 背景： is claimed wherever it stands."""
    for c in _CONTEXT.finditer(t.text):
        if c.end() < len(t.text.rstrip()) and t.free(c.start(), c.end()):
            _take(t, c.start(), c.end())
    m = _ASK.search(t.text)
    if m is None or m.start() < _MIN_BACKGROUND or not _SENTENCE_END.search(t.text, 0, m.start()):
        return
    start = 0
    for a, b in sorted(t.taken):
        if a >= m.start():
            break
        if a > start:
            _take(t, start, a)
        start = max(start, b)
    if start < m.start():
        _take(t, start, m.start())
    if t.free(m.start(), m.end()):
        t.take(m.start(), m.end())  # the marker itself names nothing


def _take(t: Text, a: int, b: int) -> None:
    if t.text[a:b].strip():
        t.take(a, b)
        t.background.append((a, b))
