"""A partner's words in a partnership brief (decision 242), said or claimed rather than dropped or misread.

- A partner paying part of the budget ("the club covers half of the $1,000 budget", "the gym chips in 30%",
  俱乐部承担一半费用) is listed (budget): the plan spends the total; the partner's share is settled outside it. Only
  the share's words are taken, so the total is still read as the budget.
- A note that the partner's people are not in the data ("Club members aren't in our data, so just our own list",
  俱乐部会员不在我们的数据里，只发我们自己的客户) is no clause: any plan reaches only the workspace's customers.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import Affects, NotApplied
from copilot.reading.text import Text

_PARTNER = r"(?:the\s+|our\s+)?(?:club|partner|gym|brand|sponsor|co-?sponsor|association|federation|(?:[A-Z][\w'-]*\s+){1,3}(?:club|team|gym))"
_SHARE = re.compile(
    rf"\b{_PARTNER}\s+(?:covers?|pays?(?:\s+for)?|chips?\s+in|splits?|funds?|picks?\s+up|puts?\s+in|contributes?|is\s+paying)\s+"
    r"(?:(?:for\s+)?(?:half|a\s+third|a\s+quarter|\d{1,2}\s?%|\d{1,2}\s+percent|part|some)(?=[\s,.;]|$)|(?:the\s+)?other\s+half|it\s+(?:50/50|half\s+and\s+half))"
    r"|(?:俱乐部|合作方|品牌方|赞助方|对方)(?:会)?(?:承担|出|负担|分摊|报销)(?:一半|三分之一|四分之一|\d{1,2}\s?%|部分)(?:的)?(?:费用|预算)?",
    re.IGNORECASE,
)
SHARE_REASON = ("the plan spends the whole budget; the partner's share is settled with the partner, not by the plan")

_NOT_IN_DATA = re.compile(
    r"\b(?:the\s+|their\s+)?(?:club|partner|gym|team|association|brand)(?:'s)?\s+(?:members|people|customers|list|followers)\s+"
    r"(?:aren'?t|are\s+not|isn'?t|is\s+not)\s+in\s+(?:our|the)\s+(?:data|system|crm|list|database)(?:base)?"
    r"(?:\s*[,;—–-]?\s*so\s+(?:just|only)\s+(?:our\s+own|our)\s+(?:list|customers|people|subscribers))?"
    r"|(?:俱乐部|合作方|对方)(?:的)?(?:会员|成员|粉丝)(?:都)?不在我们(?:的)?(?:数据|系统|名单)(?:里|中|内)?"
    r"(?:[，,]\s*(?:所以)?(?:只|就)(?:发|给|推)?(?:我们)?自己的(?:客户|名单|用户))?",
    re.IGNORECASE,
)


#: 社区团购 (decision 245): the neighbourhood group chat (or its 团长) as the channel, its members as the group.
_GROUP_BUY_CHANNEL = re.compile(r"(?:小区|社区|业主)?团购群|(?<=通过)团长|(?<=让)团长(?=发|转发|推)")
_GROUP_BUY_PEOPLE = re.compile(r"(?<![成拼参])团员(?:们)?|小区里的?(?:邻居|住户|业主|人)?")
GROUP_CHANNEL_REASON = "a community group-buy chat is run by its 团长, not a channel copilot sends on"
GROUP_PEOPLE_REASON = "the group-buy chat's members are not in the workspace's customer data"


def partner_not_applied(t: Text) -> list[NotApplied]:
    """A partner's share of the budget, listed; a note that the partner's people are not in the data, claimed."""
    out: list[NotApplied] = []
    for m in _SHARE.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="budget", reason=SHARE_REASON))
    group_buy: list[tuple[re.Pattern[str], Affects, str]] = [
        (_GROUP_BUY_CHANNEL, "channel", GROUP_CHANNEL_REASON), (_GROUP_BUY_PEOPLE, "audience", GROUP_PEOPLE_REASON)]
    for rx, affects, reason in group_buy:
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects=affects, reason=reason))
    for m in _NOT_IN_DATA.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
            t.background.append((m.start(), m.end()))
    return out
