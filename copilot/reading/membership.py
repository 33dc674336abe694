"""A paid membership (decision 241): its members, tier, status, renewal or expiry as a group are data the workspace does
not hold ("Paid members (Summit Plus annual tier) whose membership expires in the next 2 weeks", 年卡会员, "anyone who
already renewed", "our premium members"): listed (audience) and claimed, so the expiry's "next 30 days" is no campaign
window and 会员 no other group. A reminder timed from each member's expiry (到期前15天, "7 days before their membership
expires") is listed as timing. The programme named only as what is renewed ("drive Trail Club+ renewals",
付费会员（PLUS会员）续费季, "Renewal push for our annual membership") is no clause: claimed, no entry (the renewal is the aim,
retention, read by the objective rule).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_REASON = "the data has no paid membership (tier, status, renewal or expiry)"
_TIMING_REASON = "the data has no membership expiry dates, so a send timed from each member's expiry cannot be planned"

_RENEW = r"(?:renewals?|renew(?:s|ing)?\b|续费|續費|续约|續約|续会|續會|续订|續訂)"
_BRACKET = r"(?:\s*[(（][^)）\n]{1,40}[)）])?"
_PLAN_EN = (r"(?:paid|annual|premium|plus|yearly|monthly)\s+(?-i:[A-Z][\w'+-]*\s+){0,3}(?:members?(?:hips?)?|tier|plan)"
            r"|(?-i:[A-Z][\w'-]*\s+){0,3}(?-i:[A-Z])[\w'-]*\+\s*(?:members?(?:hips?)?|tier)")
#: The same programme's people (a group), not the programme ("annual membership" is what is renewed, no group).
_MEMBERS_EN = (r"(?:paid|annual|premium|plus|yearly|monthly)\s+(?-i:[A-Z][\w'+-]*\s+){0,3}(?:members|tier)\b"
               r"|(?-i:[A-Z][\w'-]*\s+){0,3}(?-i:[A-Z])[\w'-]*\+\s*(?:members|tier)\b")
_PLAN_ZH = (r"(?:付费|年卡|年费|季卡|月卡|PLUS|Plus|plus|VIP付费|尊享|超级)会员(?:卡)?(?:（[^）\n]{1,20}）)?")

#: The programme only as what is renewed: no clause.
_RENEWED_THING = re.compile(
    rf"(?P<thing>(?:{_PLAN_ZH}|(?:(?:our|the|their)\s+)?(?:{_PLAN_EN}|membership)){_BRACKET})\s*(?={_RENEW})"
    rf"|{_RENEW}\s*(?:(?:push|campaign|drive|reminders?|season|month|emails?|series)\s+)?(?P<after>(?:(?:for|of)\s+)?(?:(?:our|the|their)\s+)?(?:{_PLAN_EN}|membership|(?-i:[A-Z][\w'+-]*\s+){{1,3}}membership))",
    re.IGNORECASE)

_LAPSE = (r"(?:\s+(?:whose|with(?:\s+an?)?)\s+(?:membership|plan|subscription|pass)s?\s+(?:lapses?|lapsing|expires?|expiring|ends?|ending|runs? out|"
          r"is up for renewal|comes? up for renewal)(?:\s+(?:in|within)\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:days?|weeks?|months?))?)?")
_GROUP = re.compile(
    rf"(?:(?:our|the|all)\s+)?(?:{_MEMBERS_EN}){_BRACKET}{_LAPSE}"
    r"|(?:anyone|everyone|members|customers|people|those)\s+who(?:'ve|\s+have)?\s+(?:already\s+)?renewed(?:\s+(?:their|the)\s+membership)?"
    r"|(?:members|customers|people|those)\s+whose\s+(?:membership|plan|pass)s?\s+(?:lapses?|expires?|ends?|runs? out)"
    r"(?:\s+(?:in|within)\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:days?|weeks?|months?))?"
    rf"|(?:已(?:经)?{_RENEW}的?(?:会员|客户|用户|人)|{_PLAN_ZH}|会员(?:即将|快要?)?(?:到期|过期)的?(?:会员|客户|用户|人)?)",
    re.IGNORECASE)

_TIMING = re.compile(
    r"(?:到期|过期)(?:前|之前)\s*[\d一二两三四五六七八九十]+\s*天"
    r"|\b(?:\d+|one|two|three|five|seven|ten|fourteen|thirty)\s+(?:days?|weeks?)\s+before\s+(?:their|each member's|the)\s+"
    r"(?:membership|plan|pass|subscription)\s+(?:expires|lapses|ends|renews)",
    re.IGNORECASE)


def membership_not_applied(t: Text) -> list[NotApplied]:
    """The membership's programme claimed, its groups and expiry timing listed (see the module docs)."""
    for m in _RENEWED_THING.finditer(t.text):
        g = "thing" if m.group("thing") is not None else "after"
        a, b = _stripped(t.text, m.start(g), m.end(g))
        if b > a and t.free(a, b):
            t.take(a, b)
    out: list[NotApplied] = []
    for rx, affects, reason in ((_TIMING, "timing", _TIMING_REASON), (_GROUP, "audience", _REASON)):
        for m in rx.finditer(t.text):
            a, b = _stripped(t.text, m.start(), m.end())
            if b > a and t.free(a, b):
                out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects=affects, reason=reason))
    return out


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
