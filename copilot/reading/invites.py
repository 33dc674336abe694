"""A calendar invite pasted whole (README decision 218): only its description is the request.

"Google Calendar: 'Tent launch go/no-go' — Thursday, March 5 · 2:00 – 2:45pm. Notes for copilot: …", 飞书日程：Q2 复购专项
周会（每周一 10:00） 描述：…, 【会议邀请】…: the event's title, date and time, organizer, guests, location, RSVP and
conferencing lines are the meeting's properties, like minutes' (199): claimed as background, never the window and never
the aim (a title's 复购专项 names nothing). The description (Notes, Description, Details, 描述, 说明, 会议说明, 备注) is read
as a brief. In a question, the meeting a figure is for ("before Thursday's planning meeting", 周三要开会) is no clause.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_INVITE = re.compile(
    r"^\W*(?:google calendar|outlook(?: calendar)?|calendar invite|meeting invite|invitation|teams meeting|"
    r"飞书日程|钉钉日程|企业微信日程|日程邀请|会议邀请|行事曆邀請|會議邀請|日历邀请)(?![a-z])\W?",
    re.IGNORECASE,
)
#: where the description starts
_DESCRIPTION = re.compile(
    r"(?:\b(?:notes(?: for [\w ]{1,20})?|description|descriptions|descripton|details|agenda|body)\s*:|(?:描述|会议说明|會議說明|说明|說明|备注|備註|议程)\s*[：:])",
    re.IGNORECASE,
)
#: a property line after the description: "Location: …", "Organizer: …", "Join Zoom Meeting …", 参会人：…
_PROPERTY = re.compile(
    r"(?:\b(?:location|where|organizer|organiser|guests?|attendees|invitees|rsvp|going\?|time ?zone|repeats?|"
    r"join (?:zoom|with google meet|microsoft teams|the meeting)[^\n:]*|microsoft teams meeting|zoom link|meeting link|"
    r"google meet|dial-?in)\b\s*:?|(?:地点|會議室|会议室|发起人|組織者|组织者|参会人|參與者|参与人|与会人|重复|会议链接|腾讯会议|飞书会议)\s*[：:])"
    r"[^\n]*",
    re.IGNORECASE,
)
#: the meeting a question's figure is for: 周三要开会, "before Thursday's planning meeting", 明天开会要用
_MEETING_FOR = re.compile(
    r"(?:这|本|下)?(?:周|星期|礼拜)[一二三四五六日天](?:上午|下午)?(?:要|有个?|得)?开(?:个)?会(?:要用)?"
    r"|(?:明天|后天|今天下午|待会儿?)(?:要|有个?|得)?开(?:个)?会(?:要用)?"
    r"|\b(?:before|for|ahead of)\s+(?:the\s+|our\s+|my\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday)'?s?|tomorrow'?s?)"
    r"\s+(?:[a-z-]+\s+){0,2}(?:meeting|review|sync|call|standup|stand-up)\b",
    re.IGNORECASE,
)


def _claim(t: Text, a: int, b: int) -> None:
    while a < b and t.text[a].isspace():
        a += 1
    while b > a and t.text[b - 1] in " \t\n.,;，。；":
        b -= 1
    if a < b and t.free(a, b):
        t.take(a, b)
        t.background.append((a, b))


def claim_invite(t: Text) -> None:
    """Claim a pasted invite's properties (all but its description) and the meeting a question's figure is for."""
    for m in _MEETING_FOR.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
    if _INVITE.search(t.text) is None:
        return
    desc = _DESCRIPTION.search(t.text)
    if desc is None:  # no description: the first line is the event itself
        line_end = t.text.find("\n")
        if line_end > 0:
            _claim(t, 0, line_end)
        return
    _claim(t, 0, desc.end())
    for m in _PROPERTY.finditer(t.text, desc.end()):
        _claim(t, m.start(), m.end())
