"""Meeting minutes (set 15 decision 199): the decisions are read, the rest of the notes is no clause or is said.

Minutes of a meeting (会议纪要, 周会纪要, "Meeting notes", "Recap of …", "Notes from today's call", 今天跟门店团队开会定了) carry
the meeting's own properties (its title, 时间：3月2日 14:00, 参会 / Attendees), a discussion (讨论：有人提议全场七折，被否了;
"Discussion: Luis floated BOGO on socks"), the decisions (结论 / 决议 / "Decisions:" / "agreed to") and action items for the team
(待办：@小林 周三前出设计稿; "Action items: Priya to brief design"). Only the decisions are the request: the properties and action
items are claimed as no clauses (the meeting's date is never the window), the discussion as context. A second decided campaign
(决议二：4月另做一场…) and a point left open ("Open question: do we include Hibernating? — parked", 要不要加推送，最后没定,
"TBD: whether to hold out a control") are listed under Not applied, never applied (a holdout left open affects the holdout).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.invites import claim_invite
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_MINUTES = re.compile(
    r"纪要|会议记录|例会|周会|开会|会上|开了个会|\bmeeting notes\b|\bminutes\b|\brecap of\b|\bnotes from\b|\bsync\b|\bstand-?up\b|\bcall notes\b",
    re.IGNORECASE,
)
_LINE = r"(?:^|(?<=\n)|(?<=】)|(?<=\S[ \t]{2}))[ \t]*(?:[-*•]\s*)?"
_END = r"[^\n]*"
#: the meeting's title and properties: 【周会纪要】, 会议纪要（3.2 运营例会）, "Meeting notes — Spring planning sync (Mar 2)", 时间：…, 参会：…
_PROPERTIES = re.compile(
    r"【[^】\n]{0,12}(?:纪要|例会|周会|会议)[^】\n]{0,12}】"
    r"|(?:^|(?<=\n))[ \t]*[^\n]{0,12}(?:会议纪要|周会纪要|例会纪要|纪要)\s*(?:[（(][^)）\n]{0,30}[)）])?[ \t]*(?=\n|$)"
    r"|(?:^|(?<=\n))[ \t]*(?:meeting notes|minutes|recap|notes)\b[^\n:]{0,60}(?=\n|$)"
    rf"|{_LINE}(?:时间|日期|地点|参会(?:人员?)?|与会(?:人员?)?|出席|主持(?:人)?|记录(?:人)?|会议时间)\s*[：:][^\n]*?(?=\s{{2,}}|\n|$)"
    rf"|{_LINE}(?:attendees|present|participants|date|time|location|facilitator|note-?taker)\s*:[^\n]*",
    re.IGNORECASE,
)
#: who met, told before the decisions: 今天跟门店团队开会定了：, "Notes from today's call with the footwear team:"
_PREAMBLE = re.compile(
    r"(?:今天|今日|刚才|上午|下午|昨天)?(?:跟|和|与)[^，。：:\n]{1,12}?(?:开会|开了个?会|碰了(?:一下|个头)?|对了一下)(?:定了|决定|商定|说好)?[了]?\s*[：:，,]?"
    r"|\b(?:notes|recap)\s+(?:from|of)\s+[^:\n.]{1,60}?:"
)
#: the discussion (context) and the action items (no clauses)
_DISCUSSION = re.compile(rf"{_LINE}(?:讨论(?:内容|情况)?|discussion|background)\s*[：:]{_END}", re.IGNORECASE)
_ACTIONS = re.compile(
    rf"{_LINE}(?:待办(?:清单)?|后续跟进|action items?|next steps|to-?dos?|follow-?ups?)\s*[：:]{_END}",
    re.IGNORECASE,
)
_MENTION = re.compile(r"@[\w\u4e00-\u9fff]{1,12}[^，。；;\n]{0,30}")
_DECISION_HEAD = re.compile(rf"{_LINE}(?:决议[一二三四五1-5]?|结论|decisions?)\s*[：:]", re.IGNORECASE)
#: a second decision that is a campaign of its own: 决议二：4月另做一场…, "Decision 2: a separate launch in April"
_SECOND = re.compile(
    rf"{_LINE}(?:决议|结论|决定)[二三四五2-5]\s*[：:][^\n]*?(?:另|再做|活动|campaign)[^，。；;\n]*"
    rf"|{_LINE}decision\s*(?:#\s*)?[2-5]\s*:[^\n]*?\b(?:another|separate|second|campaign|launch)\b[^.;\n]*",
    re.IGNORECASE,
)
#: a point left open
_OPEN = re.compile(
    r"\b(?:open (?:question|point|item)s?|tbd|parked|undecided|still open)\s*[:：]\s*(?P<q>[^\n]*?)(?:\s*[—–-]+\s*(?:parked|tbd|open|to revisit|revisit later)\b)?(?=[.;]?\s*(?:\n|$)|\.\s)"
    r"|(?:会上)?(?:有人)?(?:提到|讨论了?|问了?|说到)?(?P<zq>(?:要不要|是否|需不需要)[^，。；\n]{1,20}?)[，,]?\s*(?:最后|最终|目前|暂时|还)?(?:没定|未定|待定|没有定|再议|搁置|没结论)",
    re.IGNORECASE,
)
_OPEN_REASON = "left open in the meeting: copilot plans what was decided; say it once it is decided"
_SECOND_REASON = "a second campaign decided in the same meeting: copilot plans one campaign per request; send it separately"


def _claim(t: Text, a: int, b: int, *, background: bool = False) -> bool:
    while a < b and t.text[a].isspace():
        a += 1
    if a >= b or not t.free(a, b):
        return False
    t.take(a, b)
    if background:
        t.background.append((a, b))
    return True


def minutes_not_applied(t: Text) -> list[NotApplied]:
    """In minutes: claim the meeting's properties, discussion and action items; list a second campaign and open points."""
    claim_invite(t)  # a pasted calendar invite: its title, time, guests and links are no clauses (invites.py)
    out: list[NotApplied] = []
    for m in _OPEN.finditer(t.text):  # open points are said wherever they are
        if t.free(m.start(), m.end()):
            said = m.group("q") or m.group("zq") or m.group(0)
            affects = (
                "holdout"
                if re.search(r"hold ?-?out|control group|对照组|留出|不发的一组", said, re.IGNORECASE)
                else "other"
            )
            span = t.take(m.start(), m.end())
            out.append(NotApplied(text=said.strip(), span=span, affects=affects, reason=_OPEN_REASON))
    if not _MINUTES.search(t.text):
        return out
    for m in _SECOND.finditer(t.text):
        if _claim(t, m.start(), m.end()):
            out.append(
                NotApplied(
                    text=m.group(0).strip(),
                    span=t.span(m.start(), m.end()),
                    affects="other",
                    reason=_SECOND_REASON,
                )
            )
            rest = t.text.find("\n", m.end())
            _claim(t, m.end(), len(t.text) if rest < 0 else rest)  # "方案下周再议": part of that campaign
    for rx, background in (
        (_PROPERTIES, False),
        (_PREAMBLE, False),
        (_DISCUSSION, True),
        (_ACTIONS, False),
        (_MENTION, False),
    ):
        for m in rx.finditer(t.text):
            _claim(t, m.start(), m.end(), background=background)
    for m in _DECISION_HEAD.finditer(t.text):  # "Decisions:", 结论：the heading itself is no clause
        _claim(t, m.start(), m.end())
    return out
