"""Qualifiers on data the workspace does not hold are listed, never dropped or flipped (probe s26, class 4):
"EXCEPT … employees", "minus … staff", 排除员工, "NOT in the top RFM segment", "clicked the headlamp email",
点过帐篷那封邮件的人, "viewed trekking poles but didn't purchase in the past 2 weeks". Each is claimed before the audience rules read it (so "the headlamp email" adds no channel and
"clicked" no click on any email) and listed under not applied (affects audience) with the reason.
Called once from reader.py, before the audience is read.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.reading.unsupported import unsupported_reason

_EXCLUDE = (r"(?:\bexcept(?:\s+for)?|\bexcluding|\bexclude|\bminus|\bnot|\bno|\bskip|\bleave\s+out|\bwithout|\bbut\s+not|\bother\s+than)"
            r"\s+(?:our\s+|the\s+|any\s+|all\s+)?")
#: Employees and staff (the data marks no customer as one): "except employees", "minus B2B accounts and staff", 排除员工.
_STAFF = re.compile(
    r"(?P<lead>" + _EXCLUDE + r"(?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|and|&|or|/)\s*(?:our\s+|the\s+)?)?)?"
    r"\b(?P<w>(?:our\s+own\s+)?(?:employees?|staff(?:\s+(?:members|accounts|purchases))?|team\s+members|internal\s+(?:accounts|users|staff))\b)"
    r"|(?P<zlead>排除|除了|不含|不包括|去掉|剔除|不要(?:发给)?)?(?P<zw>(?:内部)?员工(?:账号|帐号|账户)?|内部(?:账号|帐号|用户))",
    re.IGNORECASE)
_STAFF_REASON = ("the data does not mark employees, staff or trade accounts, so they cannot be left out; "
                 "they stay in the audience")
#: "the top RFM segment", "the best RFM segment": no segment is named (Champions, Loyal …).
_TOP_SEGMENT = re.compile(
    r"(?:(?:\bnot|\bisn'?t|\baren'?t|\bexcept|\bexcluding|\bwithout)\s+(?:in\s+|part\s+of\s+)?)?(?:the\s+|our\s+)?"
    r"\b(?:top|best|highest|bottom|worst|lowest)\s+(?:rfm\s+)?segments?\b"
    r"|(?:不在|除了|排除)?RFM(?:最高|最好|顶部|最低|最差)的?(?:那个)?(?:分层|分群|人群|客群|segment)",
    re.IGNORECASE)
_TOP_REASON = ("which segment is meant is not said: copilot's RFM segments are named (Champions, Loyal, At risk …); "
               "name the segment to include or leave out")
#: A click or an open on one named send: "clicked the headlamp email", "opened last week's tent newsletter".
_NAMED_SEND = re.compile(
    r"\b(?:clicked|opened|read|engaged\s+with)\s+(?:on\s+)?(?:the|our|that|last\s+week'?s|last\s+month'?s|yesterday'?s)\s+"
    r"(?!(?:last|latest|past|recent|previous)\b)(?:[\w'-]+\s+){1,3}?(?:e-?mail|newsletter|sms|text|push(?:\s+notification)?|campaign)\b"
    r"|(?:点击|点开|打开|点)(?:过|了)?(?:上次|上周|之前)?的?(?:(?!的|邮件|短信|推送|那|任何|所有|一封|一条)[\u4e00-\u9fff]){1,6}?(?:那封|那条|那次)(?:邮件|短信|推送)",
    re.IGNORECASE)
_SEND_REASON = ("copilot reads opens and clicks on a channel in a time window, not on one named send; "
                "the people who clicked or opened that message are not selected")
#: Browsing before a purchase not made, with its look-back: "viewed trekking poles but didn't purchase in the past 2 weeks"
#: (the recency rule would read "didn't purchase in the past 2 weeks" alone and drop the browsing).
_BROWSED = re.compile(
    r"\b(?:viewed|looked\s+at|browsed|checked\s+out)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:but|and)\s+"
    r"(?:didn'?t|did\s+not|never|haven'?t|have\s+not|not)\s+(?:buy|bought|purchased?|order(?:ed)?|convert(?:ed)?)\b"
    r"(?:\s+(?:it|them|one|anything))?(?:\s+(?:in|within|over|during)\s+(?:the\s+)?(?:last|past)\s+(?:\d+|a|two|three|seven|fourteen|thirty)\s+(?:days?|weeks?|months?))?",
    re.IGNORECASE)


def unheld_qualifiers(t: Text) -> list[NotApplied]:
    """The qualifiers on data the workspace lacks, claimed and listed (see the module's doc)."""
    out: list[NotApplied] = []
    for rx, reason in ((_STAFF, _STAFF_REASON), (_TOP_SEGMENT, _TOP_REASON), (_NAMED_SEND, _SEND_REASON),
                       (_BROWSED, unsupported_reason("cart or browsing activity"))):
        for m in rx.finditer(t.text):
            a, b = m.start(), m.end()
            if rx is _STAFF and m.group("lead"):
                a = m.start("lead")
            if rx is _STAFF and m.group("zw") and not m.group("zlead") and not re.search(
                    r"(?:排除|除了|不含|不包括|剔除|不要)[^，。；,;]{0,12}$", t.text[:a]) and not re.match(
                    r"[^，。；,;]{0,12}?(?:除外|不要|不发|排除掉?|去掉|剔除)", t.text[b:]):
                continue  # 员工 named without leaving them out: 员工福利, 门店员工推荐 (not a group to exclude)
            if rx is _STAFF and m.group("w") and not m.group("lead"):
                continue  # "our staff picks", "staff will …": no group left out
            if not t.free(a, b):
                continue
            out.append(NotApplied(text=t.text[a:b].strip(), span=t.take(a, b), affects="audience", reason=reason))
    return out
