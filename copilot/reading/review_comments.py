"""A draft with a reviewer's inline comments (README decision 220): the comment that changes a value wins.

"20% off [Tom: too rich — 15% max]", "Channels: email, push, paid social [NO PAID SOCIAL THIS TIME]", 预算3千（主管：不超过2500元）,
"• Budget: $6k → CMO: 'make it $4k'", 4. 预算：两万 —— 老板：砍到一万五, a "K: make it Loyal too" line under the draft, 王总：登山杖改成头灯:
each comment annotates the draft words just before it (the clause before a bracket, the line before an arrow, the sentence
before a reviewer's line). Where the comment says a value of the same kind (a channel, a percentage, an amount, a product or
an occasion), the draft's value is claimed before any rule reads it, so only the comment's is applied and the replaced one is
neither applied nor listed (as in ``corrections``). A comment that adds ("add push", 加上…) takes back only the draft's "only";
one that drops a channel (短信去掉, "no paid social") takes back that channel; "full price" / "drop the discount" takes back the
draft's offer; an approval ("ok", "fine", 可以, 同意) and a proposal answered no ("Add SMS? [Tom: no]") are no clauses, and the
line that forwards the draft ("Fwd from Tom with his notes in brackets:", 以下是我写的初稿，括号里是主管改的：) is none either.
"""

from __future__ import annotations

from collections.abc import Iterator

from copilot.reading import regex as re
from copilot.reading.text import Text

#: the message says it carries someone's comments on a draft
_REVIEWED = re.compile(
    r"\b(?:notes|comments?|edits|feedback|answer|reply|remarks|markup|redlines?)\b|批注|意见|改的|回复|红字|修改|领导说|老板说",
    re.IGNORECASE,
)
_ROLE = (
    r"(?:(?i:boss|cmo|ceo|cfo|vp|gm|manager|director|lead)|老板|领导|主管|经理|总监|老大|[\u4e00-\u9fff]总|"
    r"[A-Z][a-z]{1,10}|[A-Z])"
)
#: "[Tom: …]", "[ALL CAPS …]", （主管：…）
_BRACKET = re.compile(
    rf"\[\s*{_ROLE}\s*:\s*(?P<b1>[^\]\n]{{1,120}})\]|\[(?P<b2>[A-Z][A-Z0-9 ,.'!&/-]{{3,80}})\]"
    rf"|[（(]\s*{_ROLE}\s*[：:]\s*(?P<b3>[^）)\n]{{1,80}})[）)]"
)
#: "… → CMO: 'add push'", "… —— 老板：砍到一万五": the rest of the line
_ARROW = re.compile(rf"(?:→|->|——|—|--)\s*{_ROLE}\s*[：:]\s*(?P<body>[^\n]{{1,120}})")
#: a reviewer's own line under the draft: "K: make it Loyal too", "Boss: 20%, …", 王总：…。
_LINE = re.compile(rf"(?:^|(?<=\n)|(?<=[。]))[ \t]*{_ROLE}\s*[：:]\s*(?P<body>[^\n。]{{1,160}}[。]?)")
#: words a line comment's role may not be (a brief's own field names)
_FIELD = re.compile(
    r"^(?:audience|offer|channels?|budget|dates?|timing|period|ask|goal|note|notes|description|title|subject|"
    r"objective|kr\d?|o\d?|me|p\.?s|re|fw|fwd|cc|to|from|tip|nb|product|region|segment|goal|kpi|metric|"
    r"人群|渠道|预算|时间|优惠|力度|产品|目标|备注|说明|注)$",
    re.IGNORECASE,
)
_APPROVAL = re.compile(
    r"^[\s.,!~。，！]*(?:ok(?:ay)?|fine|good|agreed?|approved?|lgtm|yes|sure|sounds good|可以|同意|没问题|行|好的?)[\s.,!~。，！]*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^[\s.,!~。，！]*(?:no|nope|not now|skip it|不要|不用|不行|不加|别加|算了)[\s.,!~。，！]*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"^[^\n:：]{0,80}?(?:notes|comments?|edits|answer|reply|feedback|批注|意见|改的|回复|红字)[^\n:：]{0,40}[:：]\s*",
    re.IGNORECASE,
)

_CHANNEL = re.compile(
    r"\b(?:e-?mails?|sms|texts?|push(?:es)?|paid social)\b|邮件|短信|推送|推播|电子邮件", re.IGNORECASE
)
_PERCENT = re.compile(
    r"\d{1,2}(?:\.\d)?\s?%(?:\s?(?:off|discount)\b)?|\d{2}折|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?折",
    re.IGNORECASE,
)
_OFFER = re.compile(
    rf"{_PERCENT.pattern}|[$€£¥]\s?\d+\s?off(?:\s+(?:a\s+)?[$€£¥]?\d+)?|满\d+减\d+", re.IGNORECASE
)
_MONEY = re.compile(
    r"[$€£¥]\s?\d[\d,.]*\s?k?\b|\d[\d,.]*\s?(?:k|元|块|万|千)(?![A-Za-z])|"
    r"(?<![一二两三四五六七八九十百千万])[一二两三四五六七八九十]{1,2}[百千万](?:[一二两三四五六七八九十]{1,2}[百千])*[一二三四五六七八九]?(?:元|块)?",
    re.IGNORECASE,
)
_OFFER_WORDS = re.compile(
    r"(?:\b(?:launch|intro|introductory|welcome|opening)\s+)?\b(?:offer|discount|deal|promo)\b", re.IGNORECASE
)
_CAP = re.compile(r"\bmax\b|\bat most\b|\bcap\b|\bor less\b|上限|最多|不超过|封顶|以内", re.IGNORECASE)
_ADD = re.compile(r"\badd\b|\btoo\b|\balso\b|加上|加个|也加|也要|再加", re.IGNORECASE)
_ONLY_WORD = re.compile(r"\bonly\b|只发|只用|只走|仅", re.IGNORECASE)
_JUST = re.compile(r"\bjust\b|\bonly\b|就行|就好|就够了|只要|只用|只发", re.IGNORECASE)
_DROP = re.compile(r"\bno\b|\bdrop\b|\bremove\b|\bwithout\b|\bcut\b|去掉|不要|拿掉|删掉|不发", re.IGNORECASE)
_FULL_PRICE = re.compile(
    r"full price|no discount|drop the discount|without (?:a |the )?discount|不打折|原价|不要折扣|折扣去掉|不给折扣",
    re.IGNORECASE,
)
#: 登山杖改成头灯, 清明不搞了: the draft's words the comment names as replaced
_REPLACED_ZH = re.compile(
    r"(?P<old>[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:改成|换成|改为|不搞了|不做了|取消了?|不要了)"
)
_AFTER_OLD = re.compile(r"[节日]?(?:前|后|当天)?(?:[一两三四五六七八九十\d]+)?(?:周|天|个?星期)?")


def _comments(t: Text) -> Iterator[tuple[int, int, int, int, str]]:
    """(target start, target end, comment start, comment end, body) for each reviewer's comment."""
    text = t.text
    last = 0
    found: list[tuple[int, int, str]] = [
        (m.start(), m.end(), m.group("b1") or m.group("b2") or m.group("b3")) for m in _BRACKET.finditer(text)
    ]
    found += [(m.start(), m.end(), m.group("body")) for m in _ARROW.finditer(text)]
    found += [(m.start(), m.end(), m.group("body")) for m in _LINE.finditer(text) if m.start() > 0]
    for a, b, body in sorted(found):
        if not _reviewer(text, a):
            continue
        if a < last:
            continue
        if text[a] in "[（(":  # the clause before the bracket
            cut = max(text.rfind(c, last, a) for c in ".;。；\n,，:：") + 1
        elif text[a] in "→-—":  # the line before the arrow
            cut = text.rfind("\n", 0, a) + 1
        else:  # the sentence or line before the reviewer's line
            end = a
            while end > 0 and text[end - 1] in " \t\n。":
                end -= 1
            cut = max(text.rfind(c, 0, end) for c in "\n。") + 1
        yield max(cut, last), a, a, b, body.strip(" '\"‘’“”")
        last = b


def _reviewer(text: str, at: int) -> bool:
    """Whether the comment at ``at`` is signed by a reviewer: a role (CMO, 老板, 王总), or a name or initial the message
    has already named ("Draft with Karen's edits", "her lines start with 'K:'"), never a brief's field ("Budget:")."""
    head = re.match(r"[\[（(→>\-—\s]*([^:：\]）)]{1,12}?)\s*[:：]", text[at : at + 40])
    if head is None:  # "[NO PAID SOCIAL THIS TIME]": a reviewer's caps bracket
        return re.match(r"\[[A-Z][A-Z0-9 ,.'!&/-]{3,80}\]", text[at:]) is not None
    who = head.group(1).strip()
    if _FIELD.match(who):
        return False
    if re.fullmatch(r"[A-Z][a-z]{0,10}", who) and not re.fullmatch(
        r"(?i:boss|cmo|ceo|cfo|vp|gm|manager|director|lead)", who
    ):
        return re.search(rf"\b{who}\b", text[:at]) is not None
    return True


def _take(t: Text, a: int, b: int) -> None:
    if a < b and t.free(a, b):
        t.take(a, b)


def _claim_kind(t: Text, rx: re.Pattern[str], a: int, b: int, keep: set[str] | None = None) -> None:
    for m in rx.finditer(t.text, a, b):
        if keep is None or _channel_key(m.group(0)) not in keep:
            _take(t, m.start(), m.end())


def _channel_key(word: str) -> str:
    w = word.lower()
    return (
        "email"
        if "mail" in w or "邮件" in w
        else "sms"
        if w.startswith(("sms", "text")) or "短信" in w
        else "push"
        if "push" in w or "推" in w
        else w
    )


def _apply(t: Text, ta: int, tb: int, ca: int, cb: int, body: str) -> None:
    """Claim what the comment ``body`` takes back from the draft words ``ta:tb``."""
    target = t.text[ta:tb]
    if _APPROVAL.match(body):
        _take(t, ca, cb)
        return
    if _NO.match(body) and target.rstrip().endswith(("?", "？")):  # "Add SMS? [Tom: no]"
        _take(t, ta, cb)
        return
    said = {_channel_key(m.group(0)) for m in _CHANNEL.finditer(body)}
    if said:
        if _ADD.search(body):
            _claim_kind(t, _ONLY_WORD, ta, tb)
        elif _DROP.search(body):
            _claim_kind(
                t,
                _CHANNEL,
                ta,
                tb,
                keep={k for k in ("email", "sms", "push", "paid social") if k not in said},
            )
        else:  # "推送就行", "make it SMS": the draft's other channels are taken back
            _claim_kind(t, _CHANNEL, ta, tb, keep=said if _JUST.search(body) else set())
    if (
        full := _FULL_PRICE.search(t.text, ca, cb)
    ) is not None:  # "[LAUNCH AT FULL PRICE PLEASE]": only "full price" is read
        _claim_kind(t, _OFFER_WORDS, ta, tb)
        if body.isupper():  # a caps bracket says nothing else
            _take(t, ca, full.start())
            _take(t, full.end(), cb)
    if _PERCENT.search(body) or full is not None:
        _claim_kind(t, _OFFER, ta, tb)
        new = _PERCENT.search(body)
        if (
            new is not None
            and not _CAP.search(body)
            and not re.search(r"off|折|discount", new.group(0), re.I)
        ):
            start = ca + t.text[ca:cb].find(new.group(0))
            t.corrected_offers.append((start, start + len(new.group(0))))
    elif (money := _MONEY.search(body)) is not None:
        _claim_kind(t, _MONEY, ta, tb)
        if not re.search(r"\d", money.group(0)):  # 砍到一万五: no money form reads it bare
            start = ca + t.text[ca:cb].find(money.group(0))
            t.corrected_budgets.append((start, start + len(money.group(0))))
    _new_days(t, ta, tb, ca, cb)
    for m in _REPLACED_ZH.finditer(body):
        old = m.group("old").lstrip("把将")
        at = t.text.find(m.group(0), ca, cb)  # the comment's own 登山杖改成: no product, no occasion
        if at >= 0:
            _take(t, at, at + len(m.group(0)))
        pos = target.find(old)
        while pos >= 0:
            end = _AFTER_OLD.match(target, pos + len(old))
            _take(t, ta + pos, ta + (end.end() if end else pos + len(old)))
            pos = target.find(old, pos + len(old))
    head = re.match(rf"[\[（(]?\s*{_ROLE}\s*[：:]|(?:→|->|——|—|--)\s*{_ROLE}\s*[：:]", t.text[ca:cb])
    if head is not None:  # "Tom:", —— 老板：: who commented is no clause
        _take(t, ca, ca + head.end())


_DAYS = re.compile(r"(\d{1,3})\s?(?:天|days?\b)", re.IGNORECASE)


def _new_days(t: Text, ta: int, tb: int, ca: int, cb: int) -> None:
    """近90天没打开过邮件的客户（主管：改成近60天）: the draft's one day count takes the comment's (same digits, in place,
    so every span still holds); the comment is then no clause."""
    new = _DAYS.search(t.text, ca, cb)
    olds = list(_DAYS.finditer(t.text, ta, tb))
    if (
        new is None
        or len(olds) != 1
        or len(olds[0].group(1)) != len(new.group(1))
        or not t.free(*olds[0].span())
    ):
        return
    a, b = olds[0].span(1)
    t.text = t.text[:a] + new.group(1) + t.text[b:]
    _take(t, ca, cb)


def claim_reviewed(t: Text) -> None:
    """Claim what a reviewer's inline comments replace in the draft they annotate (see the module docs)."""
    if _REVIEWED.search(t.text) is None:
        return
    fwd = _FORWARD.match(t.text)
    if fwd is not None:
        _take(t, 0, fwd.end())
    for ta, tb, ca, cb, body in _comments(t):
        _apply(t, ta, tb, ca, cb, body)
