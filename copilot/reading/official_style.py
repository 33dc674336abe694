"""公文-style requests (set 15 decision 190): the document's own formulas are no clauses.

A mainland office writes a campaign request as an official document: 关于开展…活动的请示 / 申请 / 报告, an addressee (公司领导：),
numbered sections (一、二、三、), a closing formula (妥否，请批示; 当否，请审示; 特此请示; 以上报告，请审批), a date for the approval
(请于3月6日前批复为盼), 附件：…, and the 落款 (the department and the document's date). None of those is a clause: claimed here
before any rule reads them, so the document's date is never the window's start or a duration and a formula is never listed.
A section headed 背景 / 基本情况 is context (claimed as background: its figures are no audience). The sections' values are
read by the rules under their headings, as in any brief.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_DEPT = r"[\u4e00-\u9fffA-Za-z]{1,12}?(?:部|中心|组|处|科|室|团队|事业部|办公室|公司|分公司|门店|委员会|小组)"
_DATE = (
    r"(?:20\d\d|二〇[二三]\S)\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
)

#: the closing formulas and the request for an answer (with its due date)
_FORMULA = re.compile(
    r"(?:以上(?:申请|请示|报告|意见|方案)?(?:如无不妥)?[，,]?\s*)?(?:妥否|当否|可否|是否(?:妥当|可行))\s*[，,]?\s*请(?:领导)?(?:批示|审示|审批|审阅|批复|指示|示下)[。.]?"
    r"|以上(?:申请|请示|报告|意见|方案)?[，,]?\s*请(?:领导)?(?:批示|审示|审批|审阅|批复|指示)[。.]?"
    r"|特此(?:请示|申请|报告|函告|通知|说明)[。.]?"
    r"|请予(?:答复|批准|审批|批复|回复)(?:为盼|为荷|是盼)?[。.]?|请(?:尽快)?(?:批复|答复)(?:为盼|为荷|是盼)?[。.]?"
    r"|请(?:于|在)\s*[^，。\n]{1,16}?(?:前|之前)\s*(?:批复|答复|回复|审批|反馈)(?:为盼|为荷|是盼)?[。.]?"
    r"|以便(?:形成|撰写|出具)(?:书面)?(?:报告|材料|方案)[。.]?"
    r"|请各(?:部门|单位|门店|团队)(?:认真)?(?:落实|执行|遵照执行|配合)[。.]?"
    r"|现(?:将|就)[^，。\n]{0,6}?(?:请示|报告|申请|汇报|说明)如下[：:]?"
)
#: the addressee line: 公司领导：, 各位领导：, 尊敬的王总：
_ADDRESSEE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:公司领导|各位领导|尊敬的[^：:\n]{1,12}|[\u4e00-\u9fff]{1,8}(?:领导|总经理|总监|主任))\s*[：:][ \t]*(?=\n|$)"
)
#: 附件：活动预算明细表 (a line of its own)
_ATTACHMENT = re.compile(r"(?:^|(?<=\n))[ \t]*附件\s*(?:\d+\s*)?[：:][^\n]*")
#: the 落款 at the end: 市场部\n2026年3月2日, 运营中心 2026年3月2日, a date line alone after a formula
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:{_DEPT}(?:[ \t]*\n[ \t]*|[ \t　]+))?{_DATE}[ \t]*$|(?:^|(?<=\n))[ \t]*{_DEPT}[ \t]*$"
)
#: a section of background: 一、背景：…, 基本情况：…
_BACKGROUND = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．)]|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:背景|基本情况|现状|有关情况)\s*[：:][^\n]*?"
    # it ends at its line's end, or at an ask marked after it on the same line (背景：…。需求：…, probe s25 zh13)
    r"(?:(?=\n|$)|[。！？；;](?=\s*(?:(?:这次|本次|我的|具体)的?)?(?:需求|要求|任务|请求|請求)\s*(?:是|如下)?\s*[：:]))"
)
#: the document's kind in its title: 关于开展…的请示 / 申请 / 报告 / 通知
_TITLE = re.compile(r"^\s*关于[^\n]{2,60}?的(?:请示|申请|报告|通知|函|请求|汇报|询问)\s*(?=\n|[:：]|$)")


def is_official(text: str) -> bool:
    """A 公文: its title names the document's kind, or it closes with a formula."""
    return bool(_TITLE.search(text) or re.search(r"妥否|当否|特此(?:请示|申请|报告)|请(?:批示|审示)", text))


def claim_official(t: Text) -> None:
    """Claim the document's formulas, addressee, attachment line, sign-off and background sections."""
    official = is_official(t.text)
    rules = [_FORMULA, _ATTACHMENT, _BACKGROUND] + ([_ADDRESSEE, _SIGN_OFF] if official else [])
    for rx in rules:
        for m in rx.finditer(t.text.rstrip()):
            a, b = m.start(), m.end()
            while a < b and t.text[a].isspace():
                a += 1
            if a < b and t.free(a, b):
                t.take(a, b)
                t.background.append((a, b))
    title = _TITLE.search(t.text)
    if title is not None:  # "的请示" names the document, not the campaign
        tail = re.search(r"的(?:请示|申请|报告|通知|函|请求|汇报|询问)\s*$", title.group(0))
        if tail is not None and t.free(title.start() + tail.start(), title.end()):
            t.take(title.start() + tail.start(), title.end())
