"""A marketer who corrects themselves mid-request: the last word wins (README decision 91).

"Email Loyal customers… actually make it SMS. 10% off. Wait, 15%", "How many Champions can we email — sorry, I
meant text?", 给冠军客户发邮件…算了，改成短信吧, 邮件……不对，短信: a correction marker followed by a channel, a
percentage or an amount replaces the value of the same kind said just before it. The replaced words are
claimed before any rule reads them, so only the correction is applied; they are neither applied nor listed
(the marketer took them back).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_MARKER = re.compile(
    r"(?:\bactually\b(?:,?\s*(?:make (?:it|that)|let'?s (?:do|go with|make it)|do|use|go with))?|\bsorry,?\s*I\s+meant\b|\bI\s+mean\b|"
    r"\bwait,?\s|\bno,?\s+wait\b|\bscratch that\b|\bcorrection:|"
    r"算了[，,]?\s*(?:改成|换成|还是)?|不对[，,]?\s*(?:是|改成|应该是)?|更正[：:]?)",
    re.IGNORECASE)
_CHANNEL = re.compile(r"\b(?:e-?mails?|sms|texts?|push(?:es)?|paid social)\b|邮件|短信|推送|电子邮件", re.IGNORECASE)
_PERCENT = re.compile(r"\d{1,2}(?:\.\d)?\s?%|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?折")
_MONEY = re.compile(r"[$€£¥]\s?\d[\d,.]*\s?k?\b|\d[\d,.]*\s?(?:k|元|块|万)(?![A-Za-z])", re.IGNORECASE)


def claim_replaced(t: Text) -> None:
    """Claim the value a correction replaces ("email… actually make it SMS": the email)."""
    for m in _MARKER.finditer(t.text):
        after = t.text[m.end() : m.end() + 30]
        for kind in (_CHANNEL, _PERCENT, _MONEY):
            new = kind.search(after)
            if new is None or len(after[: new.start()].strip(" ,，:：")) > 12:  # the new value right after the marker
                continue
            sentence_start = max(t.text.rfind(c, 0, m.start()) for c in "\n!?。！？") + 1
            olds = [o for o in kind.finditer(t.text, sentence_start if kind is _CHANNEL else max(0, m.start() - 80), m.start())
                    if t.free(o.start(), o.end())]
            if olds:
                t.take(olds[-1].start(), olds[-1].end())
                break
