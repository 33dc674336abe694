"""A reach channel corrected in the same breath is the channel asked about (README decision 91, corrections.py):
"How many Champions can we email — sorry, I meant text?", "can we text, I mean push?", 冠军客户里能发邮件的有多少？不对，是能发短信的.
corrections.py takes the first channel back; the consent is the corrected one, read here over the whole correction so
neither the first channel nor a bare second word is lost or read twice (the sms consent had been dropped silently).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, channel_of
from copilot.tools.conditions import Consent

_FIX = re.compile(
    r"(?:\b(?:can|could)\s+(?:we|i)\s+|(?:能够?|可以)(?:发|收到)?)(?:e-?mail|text|sms|push|邮件|短信|推送)(?![A-Za-z])[^.?!\n。？！]{0,24}?[—–\-,，.。？?!\s]*"
    r"(?:sorry,?\s*I\s+meant|I\s+mean|不对[，,]?\s*(?:是|应该是)?|我是说)\s*(?:能够?|可以)?(?:发|收到)?\s*"
    r"(?P<new>e-?mails?|texts?|sms|push(?:es)?|邮件|短信|推送)", re.IGNORECASE)


def corrected_consent(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """The corrected reach channel's consent (see the module docs)."""
    add = adder(leaves)
    for m in _FIX.finditer(t.text):
        channel = channel_of(m.group("new"))
        if channel is not None and t.free(m.start("new"), m.end("new")):
            add(m.start(), Consent(channel=channel, span=t.take(m.start(), m.end())))
