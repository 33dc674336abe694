"""A marketer who corrects themselves mid-request: the last word wins (README decision 91).

"Email Loyal customers… actually make it SMS. 10% off. Wait, 15%", "How many Champions can we email — sorry, I
meant text?", 给冠军客户发邮件…算了，改成短信吧, 邮件……不对，短信: a correction marker followed by a channel, a
percentage or an amount replaces the value of the same kind said just before it. The replaced words are
claimed before any rule reads them, so only the correction is applied; they are neither applied nor listed
(the marketer took them back).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.review_comments import claim_reviewed
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_MARKER = re.compile(
    r"(?:\bactually\b(?:,?\s*(?:make (?:it|that)|let'?s (?:do|go with|make it)|do|use|go with))?|\bsorry,?\s*I\s+meant\b|\bI\s+mean\b|"
    r"\bwait,?\s|\bno,?\s+wait\b|\bscratch that\b|\bcorrection:|"
    r"算了[，,]?\s*(?:改成|换成|还是)?|不对[，,]?\s*(?:是|改成|应该是)?|更正[：:]?|"
    # an offer asked and turned down in one breath (probe s26, class 12): 八折？不行，改成九折, "25% off? no, 15%"
    r"(?<=[?？])\s*(?:不行|不好|不要|no\b)[，,.]?\s*(?:改成|换成|还是|make it\b)?|"
    # a discount changed in place: 折扣从85折改成9折, 从8折调到9折, "15% off changed to 10%"
    r"(?<=[%折])(?:\s?off)?\s*(?:改成|改为|换成|调成|调到|调整为|变成|降到|降为|提到|\bchanged to\b|\bbecomes\b|->|→))",
    re.IGNORECASE)
_CHANNEL = re.compile(r"\b(?:e-?mails?|sms|texts?|push(?:es)?|paid social)\b|邮件|短信|推送|电子邮件", re.IGNORECASE)
_PERCENT = re.compile(r"\d{1,2}(?:\.\d)?\s?%|[一二三四五六七八九]{1,2}折|\d{1,2}(?:\.\d)?折")
_OFF = re.compile(r"\s?(?:off|discount)\b", re.IGNORECASE)
_MONEY = re.compile(r"[$€£¥]\s?\d[\d,.]*\s?k?\b|\d[\d,.]*\s?(?:k|元|块|万)(?![A-Za-z])|"
                    r"(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十]{1,2}[百千万](?:[一二两三四五六七八九十]{1,2}[百千])*[一二三四五六七八九]?(?:元|块)?",
                    re.IGNORECASE)
#: An offer a new percentage replaces: a percentage, or a 满减 / BOGO said before it (满1000减200，算了，改成8折).
_OLD_OFFER = re.compile(_PERCENT.pattern + r"|[满滿]\s?\d+\s?(?:元|块)?\s?[减減]\s?\d+\s?(?:元|块)?|买一送一|買一送一|\bBOGO\b|\bbuy one,? get one(?: free)?\b|\b\d\s?for\s?\d\b",
                        re.IGNORECASE)
#: words that may stand between a correction marker and its new value ("actually make the budget $8k", 改成预算三万)
_FIELD = re.compile(r"^\s*(?:make|set|change|put)?\s*(?:the\s+)?(?:budget|total|spend)\s*(?:to|at|is|=)?\s*|^\s*预算(?:改成|改为|是)?", re.IGNORECASE)


def claim_replaced(t: Text) -> None:
    """Claim the value a correction replaces ("email… actually make it SMS": the email)."""
    claim_reviewed(t)  # a draft with a reviewer's inline comments: the comment's value wins (review_comments.py)
    for m in _MARKER.finditer(t.text):
        after = t.text[m.end() : m.end() + 30]
        # the value nearest the marker is the one corrected ("rain jacket push: 25% off — actually make it 15% off,
        # email only": the 15%, not the email; probe s26, class 12)
        kinds = sorted((_CHANNEL, _PERCENT, _MONEY), key=lambda k: (n.start() if (n := k.search(after)) else 99))
        for kind in kinds:
            new = kind.search(after)
            lead = after[: new.start()] if new is not None else ""
            if kind is _MONEY and (field := _FIELD.match(lead)):
                lead = lead[field.end() :]
            if new is None or len(lead.strip(" ,，:：")) > 12:  # the new value right after the marker
                continue
            head = len(t.text[: m.start()].rstrip(" ?？"))  # "SMS? no, push": the question is the sentence corrected
            sentence_start = max(t.text.rfind(c, 0, head) for c in "\n!?。！？") + 1
            olds = [o for o in (_OLD_OFFER if kind is _PERCENT else kind).finditer(
                t.text, sentence_start if kind is _CHANNEL else max(0, m.start() - 80), m.start()) if t.free(o.start(), o.end())]
            if olds:
                old = olds[-1]
                off = _OFF.match(t.text, old.end())
                t.take(old.start(), off.end() if off else old.end())
                if kind is _PERCENT and off and "折" not in new.group(0):  # "10% off. Wait, 15%": the 15% is the offer
                    t.corrected_offers.append((m.end() + new.start(), m.end() + new.end()))
                if kind is _MONEY and not re.search(r"\d", new.group(0)):  # 不对，是八千: no money form reads it bare
                    t.corrected_budgets.append((m.end() + new.start(), m.end() + new.end()))
                break


#: A message that says it holds two campaigns, and where the second starts (README decision 92).
_TWO = re.compile(r"^\W*(?:(?:hi|hey|hello|ok|okay|so|quick one|morning)\b[\w\s]{0,20}[,:!.]\s*|(?:i|we)\s*(?:have|need|'ve got|have got|got)\s+)?(?:two|2)\s+(?:things|campaigns|asks|requests|separate (?:campaigns|things))\b|^\W*(?:两件事|两个活动|两个需求|两波活动)", re.IGNORECASE)
_SECOND = re.compile(r"\(2\)|(?<![\w(])2\)\s|\bsecond(?:ly)?\s*[,:]|\bsecond\b(?=\s+(?:one|campaign)\b)|\bthen separately\b|"
                     r"[;；]\s*(?:and\s+)?separately\b|第二(?:个|件|波)?[，,：:]|二是|其次[，,]", re.IGNORECASE)
_SECOND_REASON = ("a second campaign in the same message: copilot plans one campaign per request; "
                  "send it as a request of its own")


def second_campaign(t: Text) -> list[NotApplied]:
    """"Two things: (1) email Champions …; (2) separately, SMS Lost …": the first is read, the second listed."""
    if not _TWO.search(t.text):
        return []
    m = _SECOND.search(t.text)
    if m is None or not t.free(m.start(), len(t.text)):
        return []
    words = t.text[m.start() :].strip()
    t.second_from = m.start()
    return [NotApplied(text=words[:400], span=t.take(m.start(), len(t.text)), affects="other", reason=_SECOND_REASON)]


#: "…推登山杖和登山鞋… 登山鞋库存不多了，别推了，只推登山杖吧", "tents and sleeping bags… actually, only push the tents":
#: a later "only" names what is promoted after all
_ONLY = re.compile(r"(?:只推|只卖|只做|就推|只主推|只上)\s*$|\b(?:only|just)\s+(?:promote|push|feature|do|sell|include)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)


def narrowed_focus(text: str, named: list[tuple[int, int, list[str]]]) -> list[str] | None:
    """The categories a later "only …" keeps when earlier words named more (None when nothing narrows)."""
    for i, (a, _b, _slugs) in enumerate(named):
        if i == 0 or not _ONLY.search(text[max(0, a - 20) : a]):
            continue
        kept = [s for _a, _b2, sl in named[i:] for s in sl if _a - a < 30]
        earlier = {s for _a, _b2, sl in named[:i] for s in sl}
        if earlier - set(kept):
            return kept
    return None
