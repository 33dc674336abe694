"""A B2B team-sales rep's brief (README decision 222): volume tiers, units per order and club accounts are said.

"20% off team orders of 10+ pairs" and 采购满10顶打八折 are volume tiers: listed (offer), and the percentage inside them is no
offer. "bought 5+ pairs of running shoes in one order": the data counts orders per customer, not units in one order, so the
count is listed (audience) and the purchase still read. "the captains of our running-club accounts", "club captains",
"corporate accounts" as the group sent to are listed (audience). "free embroidery of a company logo" is listed (offer).
What the rep handles elsewhere ("这个我们线下谈", "handled in Salesforce") is context: its sentence is claimed, so its
tier and its 线下 are nothing; so is a season told before "but for now:" ("Corporate gifting season is coming (Q4), but for now:").
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_ELSEWHERE = re.compile(
    r"(?:^|(?<=[\n。；;.!?！？]))[^\n。；;.!?！？]{0,80}?(?:这个|这块|这部分)?(?:我们|我)?(?:线下谈|线下处理|线下对接|自己谈|单独谈)"
    r"[^\n。；;!?！？]{0,10}[。；;!?！？]?"
    r"|(?:^|(?<=[\n.!?]\s))[^\n.!?]{0,80}?\b(?:handled|managed|done|priced|quoted)\s+(?:in|via|through|by)\s+"
    r"(?:salesforce|hubspot|the sales team|sales|our reps?|account managers?)\b[^\n.!?]{0,20}[.!?]?",
    re.IGNORECASE,
)
#: who is writing: "Team sales here.", "Team sales question:", "B2B rep here —"
_WHO = re.compile(
    r"^\W*(?:team|b2b|corporate|wholesale|club)\s+(?:sales\s+)?(?:here|question|rep(?: here)?|team here)\b\s*[.:,—–-]?",
    re.IGNORECASE,
)
_FOR_NOW = re.compile(r"^[^\n.:：]{0,100}?\bbut for now\s*[:,]", re.IGNORECASE)
_TIER = re.compile(
    r"\b\d{1,2}\s?% off (?:team |bulk |group |club |corporate |wholesale )?(?:orders?|purchases?) of \d+\s?\+?(?: or more)?"
    r"(?: (?:pairs|units|items|pieces|jackets|tents|bags))?"
    r"|(?:采购|团购|批量|一次买|单笔)[^，。；,;\n]{0,10}?满\s?\d+\s?[顶件双个套台把]\s?(?:打|享)?(?:[一二三四五六七八九]{1,2}|\d(?:\.\d)?)折",
    re.IGNORECASE,
)
_UNITS = re.compile(
    r"(?P<n>\d+\s?\+|\d+ or more|more than \d+|at least \d+)\s(?P<unit>pairs|units|items|pieces)\b"
    r"(?P<of> of [a-z -]{3,30}?)?\s+in (?:one|a single|the same|a) order\b",
    re.IGNORECASE,
)
_CLUB = re.compile(
    r"\b(?:the\s+)?captains of (?:our |the )?[\w-]+(?: [\w-]+)? accounts\b|\bclub captains\b"
    r"|\b(?:running|hiking|cycling|trail|climbing)[- ]club accounts\b",
    re.IGNORECASE,
)
_EMBROIDERY = re.compile(
    r"\bfree (?:logo |custom )?embroidery(?: of (?:a |the |your |their )?(?:company |team |club )?logos?)?"
    r"|\b(?:logo|custom) embroidery\b|免费(?:绣|刺绣)(?:logo|标志|名字)?|(?:定制|刺绣)logo",
    re.IGNORECASE,
)
_TIER_REASON = (
    "a volume tier for team orders is priced by the sales team: copilot plans one offer for everyone sent to"
)
_UNITS_REASON = (
    "the data counts orders per customer, not units in one order: the purchase is read, the count is not"
)
_CLUB_REASON = "club and corporate accounts are not a group the data keeps: copilot cannot select them"
_EMBROIDERY_REASON = "embroidery is a service copilot cannot price or plan; it is kept as said"


def _said(t: Text, m: re.Match[str], text: str, affects: str, reason: str) -> NotApplied:
    return NotApplied(text=text, span=t.take(m.start(), m.end()), affects=affects, reason=reason)


def _gaps(t: Text, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of ``a:b`` no rule has claimed."""
    out: list[tuple[int, int]] = []
    start = a
    for s, e in sorted(t.taken):
        if e <= start or s >= b:
            continue
        if s > start:
            out.append((start, s))
        start = max(start, e)
    if start < b:
        out.append((start, b))
    return out


def team_sales_not_applied(t: Text) -> list[NotApplied]:
    """Claim what a team-sales rep handles elsewhere; list volume tiers, units per order, club accounts, embroidery."""
    for rx in (_WHO, _ELSEWHERE, _FOR_NOW):
        for m in rx.finditer(t.text):
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            for ga, gb in _gaps(t, a, m.end()):  # what no earlier rule claimed ("团购业务这边：" may be)
                t.take(ga, gb)
                t.background.append((ga, gb))
    out: list[NotApplied] = []
    for m in _TIER.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(_said(t, m, m.group(0), "offer", _TIER_REASON))
    for m in _UNITS.finditer(t.text):  # the count and "in one order" claimed, the product left to read
        if t.free(m.start(), m.end("unit")):
            out.append(_said(t, m, f"{m.group('n')} {m.group('unit')}", "audience", _UNITS_REASON))
            t.taken.pop()
            t.take(m.start(), m.end("unit"))
            t.take(m.end("of") if m.group("of") else m.end("unit"), m.end())
    for rx, affects, reason in (
        (_CLUB, "audience", _CLUB_REASON),
        (_EMBROIDERY, "offer", _EMBROIDERY_REASON),
    ):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                out.append(_said(t, m, m.group(0), affects, reason))
    return out
