"""A pointer at an earlier campaign (decision 248): "Same as the March winback, but…", "Like last fall's tent push but for
sleeping bags", "a rerun of last month's sock promo", 照上个月那版, 跟上次双十一的方案一样, 参照去年那次. Copilot cannot see
that campaign, so the words are listed (other) and claimed: the month or the products in them are no window and nothing
promoted of the new campaign ("the February winback" was read as next February, "last spring's trail shoe push" promoted
trail shoes). Its aim word still counts (the objective rule reads it); what the writer changes ("but SMS instead of
email") is read as usual.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

POINTER_REASON = ("points at an earlier campaign copilot cannot see; the plan holds only what this request says: repeat "
                  "here anything of that campaign to keep (its audience, offer, channels, budget)")

_CAMPAIGN = (r"(?:campaign|push|promo(?:tion)?|send|blast|win-?back|sale|launch|drive|flow|series|brief|plan|one|email|"
             r"sms|text|offer|version|setup|set-up|program(?:me)?|activation|reactivation|re-?engagement)s?")
_EARLIER = (r"(?:(?:the|our|that)\s+)?(?:(?:last|previous|prior)\s+(?:year|spring|summer|fall|autumn|winter|month|week|quarter|time|season)['’]s?\s+"
            r"|(?:(?:the|our|that)\s+)?(?:last|previous|prior|earlier|old)\s+)?")
_POINTER = re.compile(
    r"(?:^|(?<=[.!?\n;:]))\s*(?:(?:just\s+|basically\s+|let'?s\s+do\s+|do\s+|run\s+)?(?:the\s+)?(?:same\s+as|like|similar\s+to|rerun|re-run)"
    r"|(?:a|the)\s+(?:repeat|rerun|re-run|copy|clone|redo)\s+of)\s+"
    rf"(?:last\s+time|before|{_EARLIER}(?:[\w'’&+-]+\s+){{0,4}}?{_CAMPAIGN})\b"
    r"|(?:照|按照?|参照|参考|跟|和|同)(?:着)?(?:上(?:个|一)?(?:月|周|次|季度?|回|一期|期)|去年|之前|前两?(?:周|个月)|年初|年前)"
    r"(?:的)?(?:[\u4e00-\u9fff\w]{0,8}?)(?:(?:那版|那次|那个|那套|那期|那波)(?:的?(?:方案|活动|打法))?|的?(?:方案|活动|打法))(?:一样|那样|来)?",
    re.IGNORECASE)


def earlier_campaign_not_applied(t: Text) -> list[NotApplied]:
    """The pointers at an earlier campaign, listed (other) and claimed (see the module docs)."""
    out: list[NotApplied] = []
    for m in _POINTER.finditer(t.text):
        a, b = m.start(), m.end()
        while a < b and t.text[a].isspace():
            a += 1
        if b > a and t.free(a, b):
            out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects="other", reason=POINTER_REASON))
    return out
