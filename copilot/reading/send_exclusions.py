"""A rule about whom not to send to on a channel: "never email anyone who's unsubscribed", "don't text anyone who
opted out", "do not email people who unsubscribed in the last 90 days", 不要给退订过短信的人发短信.

The channel named by the verb is not excluded (the campaign still emails or texts the others): the people are. It
had been read the other way round -- email excluded from the plan and the unsubscribed kept ("not unsubscribed
anything"), or 退订过短信的人 read as the audience itself. Read before every other audience rule, the whole rule is
claimed so neither the channel reader nor another rule reads its words again:

* unsubscribed (退订 / 取消订阅) -> NOT unsubscribed on that channel (within the window said, if any);
* opted out (拒收) -> opted in to that channel;
* bounced / marked as spam -> Not applied: the data has no bounces or spam complaints.
"""

from __future__ import annotations

from copilot.data.contract import Channel
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied, Span
from copilot.reading.text import Text, channel_of
from copilot.reading.unsupported import unsupported_reason
from copilot.tools.conditions import Condition, Consent, Engagement, Not

_PEOPLE = r"(?:anyone|anybody|people|customers|those|folks|subscribers|users|the ones|someone|any(?:one|body) else)"
#: "don't email anyone who unsubscribed…" ahead: read here, so the generic exclusion (copilot/reading/exclusion.py) does
#: not also negate its people.
SEND_RULE_AHEAD = (r"(?:never|don'?t|do\s+not)\s+\w+(?:\s+to)?\s+" + _PEOPLE + r"\s+(?:who|that)(?:'s|'ve|\s+has|\s+have|\s+is|"
                   r"\s+are|\s+had)?\s+(?:already\s+|ever\s+|previously\s+|recently\s+)?(?:unsubscribed|opted[- ]out)")
_EN = re.compile(
    r"\b(?:never|don'?t|do not|dont|please don'?t|no need to|avoid|we can'?t|we cannot)\s+"
    r"(?P<v>e-?mail(?:ing)?|text(?:ing)?|sms|push(?:ing)?(?:\s+to)?|send\s+(?:an?\s+)?(?:e-?mails?|texts?|sms|push(?:es)?)\s+to|"
    r"message|contact)\s+" + _PEOPLE + r"\s+(?:who|that)(?:'s|'ve|\s+has|\s+have|\s+is|\s+are|\s+had)?\s+"
    r"(?:already\s+|ever\s+|previously\s+|recently\s+)?"
    r"(?P<what>unsubscribed|opted[- ]out|bounced|complained|marked\s+(?:us|it|them|our\s+e-?mails?)\s+as\s+spam)"
    r"(?:\s+(?:from|of|to)\s+(?:our\s+|the\s+)?(?P<ch>e-?mails?|sms|texts?|push(?:\s+notifications)?)(?:\s+list)?)?"
    r"(?P<win>\s+(?:in|within|over|during)\s+the\s+(?:last|past)\s+[\w\s-]{1,15}?(?:days?|weeks?|months?|years?))?",
    re.IGNORECASE,
)
_ZH = re.compile(
    r"(?:不要|别|不用|勿|不能|不得)(?:再)?给(?:已经?|之前|曾经)?(?P<what>退订|拒收|取消订阅)(?:过|了)?(?P<ch>短信|邮件|推送)?"
    r"的?(?:人|客户|用户|会员|粉丝)(?:再)?发(?P<v>短信|邮件|推送)"
)


def _channel(word: str | None) -> Channel | None:
    """The channel a verb or noun names ('text' -> sms, 邮件 -> email); 'message' / 'contact' name none."""
    return channel_of(word) if word else None


def _condition(what: str, channel: Channel | None, within: int | None, span: Span) -> Condition | None:
    if re.match(r"unsub|退订|取消订阅", what, re.IGNORECASE):
        return Not(of=Engagement(event="unsubscribed", channel=channel, within_days=within, span=span))
    if channel is not None and re.match(r"opted|拒收", what, re.IGNORECASE):
        return Consent(channel=channel, span=span)
    return None


def send_exclusions(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Each rule about whom not to send to: its people excluded (or said), its channel left to the plan."""
    for m in (*_EN.finditer(t.text), *_ZH.finditer(t.text)):
        if not t.free(m.start(), m.end()):
            continue
        channel = _channel(m.group("ch")) or _channel(m.group("v"))
        win = m.groupdict().get("win")
        d = DURATION.search(win) if win else None
        span = t.take(m.start(), m.end())
        said = t.span(m.start("what"), m.end())  # the people, not "don't": no negation word before the leaf's words
        cond = _condition(m.group("what"), channel, duration_days(d) if d else None, said)
        if cond is None:
            na.append(NotApplied(text=m.group(0), span=span, affects="audience",
                                 reason=unsupported_reason("bounces or spam complaints")))
            continue
        leaves.append((m.start(), cond))
