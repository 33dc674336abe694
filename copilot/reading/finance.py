"""Finance guardrails a brief sets on the campaign's economics: "CAC under $18", "payback has to be under 60 days",
"stays margin-positive", "contribution margin floor is 35%", 获客成本控制在30元以内, 毛利率不能低于40%, ROI不低于3.

copilot plans a budget, an audience and an offer; it does not model acquisition cost, payback or margin per order,
so a guardrail is listed under Not applied (other) with that reason, and its words are claimed first: the $18 of a
CAC cap is not the budget, a 35% margin floor is not an offer, and "the ones we reactivate" is no audience. A floor
on ROI or ROAS still names what the campaign is judged on (:func:`names_roi`).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

REASON = ("copilot plans the budget, audience and offer; it does not model acquisition cost, payback or margin, "
          "so this guardrail is not checked: review the plan's forecast against it")

_NUM = r"(?:[$€£¥]|C\$|NT\$|HK\$)?\s?\d(?:[\d,.]*\d)?\s*(?:k|%|x|days?|weeks?|months?|dollars|bucks|元|块|刀|天|个月|周|倍)?"
_ZH_NUM = r"[\d一二两三四五六七八九十百千万.]+\s*(?:元|块|刀|美元|%|％|天|个月|周|倍)?"
_LIMIT = (r"(?:has to be|have to be|must be|must stay|should be|needs? to be|needs? to stay|is|are|of|at|stays?|kept|to stay|"
          r"under|below|less than|lower than|<=?|≤|capped at|max(?:imum)?|no more than|not above|not over|within|at most)")
_EN = re.compile(
    rf"\b(?:keep(?:ing)?\s+|hold(?:ing)?\s+)?(?:the\s+|our\s+|blended\s+)*(?:CAC|CPA|cost per (?:acquisition|new customer|acquired customer|reactivated customer))"
    rf"(?:\s+(?:on|for)\s+[^.;,\n]{{1,30}}?)?\s+{_LIMIT}(?:\s+{_LIMIT})?\s*{_NUM}"
    rf"|\b(?:the\s+)?payback(?:\s+period)?(?:\s+(?:on|for)\s+[^.;,\n]{{1,30}}?)?\s+{_LIMIT}(?:\s+{_LIMIT})?\s*{_NUM}"
    r"|\b(?:(?:it\s+)?(?:stays?|keep it|remains?|to be|is)\s+)?margin[- ]positive\b"
    rf"|\b(?:(?:contribution|gross|net)\s+)?margin\s+(?:floor|minimum)\s*(?:is|of|at|:)?\s*(?:\d[\d.]*\s*%)"
    rf"|\b(?:(?:contribution|gross|net)\s+)?margins?\s+(?:must|has to|have to|should|needs? to)\s+(?:stay|be|remain)\s+(?:above|over|at least)\s*\d[\d.]*\s*%"
    r"|\b(?:ROAS|ROI)\s*(?:floor\s*)?(?:of at least|at least|no lower than|not below|above|over|>=?|≥|floor of|has to be|must be)\s*\d[\d.]*\s*x?"
    # a target: "target ROAS 4x", "Target 5x ROAS", "ROAS target of 4", "aim for a 3x ROAS", "ROAS goal: 4"
    r"|\b(?:target(?:ing)?|aim(?:ing)? for|goal(?: of)?|hit)\s+(?:an?\s+|a\s+blended\s+)?(?:(?:ROAS|ROI)\s*(?:of\s*)?\d[\d.]*\s*x?\b|\d[\d.]*\s*x?\s*(?:ROAS|ROI)\b)"
    r"|\b(?:ROAS|ROI)\s+(?:target|goal)\s*(?:of|is|:|=)?\s*\d[\d.]*\s*x?"
    r"|\bbreak(?:s)?[- ]?even\s+(?:within|in|by)\s+\d+\s*(?:days?|weeks?|months?)",
    re.IGNORECASE)
_ZH = re.compile(
    rf"(?:单个)?(?:新客)?(?:的)?(?:获客|拉新|召回)成本(?:要|得|必须)?(?:控制在|不超过|不能超过|不得超过|低于|小于|不高于|在|压在)\s*{_ZH_NUM}(?:以内|以下|之内|内)?"
    rf"|(?:综合)?毛利(?:率)?(?:要|得|必须)?(?:不能低于|不低于|不少于|不得低于|保持在|高于|至少|守住)\s*{_ZH_NUM}(?:以上)?"
    rf"|(?:[一二两三四五六七八九十\d]+天)?(?:ROI|ROAS|roi|roas|投产比|投入产出比)\s*(?:要|得|必须)?(?:不低于|不能低于|不得低于|至少|要大于|大于|高于|>=?|≥|不小于|目标(?:是|为)?|要做到|做到|达到|要达到)\s*{_ZH_NUM}(?:以上)?"
    rf"|(?:单次)?转化成本(?:要|得|必须)?(?:别|不要|不能|不得)?(?:超过|控制在|低于|压在|不高于)\s*{_ZH_NUM}(?:以内|以下|之内|内)?"
    rf"|(?:CPA|cpa)\s*(?:要|得|必须)?(?:别|不要|不能|不得)?(?:控制在|不超过|超过|低于|压在|不高于|在)\s*{_ZH_NUM}(?:以内|以下|之内|内)?"
    rf"|回本(?:周期)?(?:要|得|必须)?(?:在|不超过|控制在|不能超过)\s*{_ZH_NUM}(?:以内|内)?"
    r"|(?:保证|保持|确保)(?:正)?毛利(?:为正)?|不能亏(?:钱|本)")


#: An ad-auction bid cap ("bid cap $2.50", "Max CPC $1.20", "cap bids at $2", 出价上限2块): never the campaign's budget.
BID_REASON = ("a bid cap is set in the ad platform's auction; copilot plans the campaign's total budget, "
              "so this cap is not applied: set it on the ad set")
_BID = re.compile(
    rf"\b(?:(?:max(?:imum)?|target)\s+(?:CPC|CPM|bid)|bid\s+(?:cap|ceiling|limit)|CPC\s+(?:cap|limit))\s*(?:of|at|is|:|under|below)?\s*{_NUM}"
    rf"|\bcap\s+(?:the\s+)?bids?\s+(?:at|to)\s*{_NUM}"
    rf"|(?:出价|单次点击(?:成本|出价)?|CPC|cpc)(?:上限|封顶|最高|不超过|别超过|控制在)\s*{_ZH_NUM}(?:以内|以下|内)?",
    re.IGNORECASE)
#: A cost per acquisition asked about in a question ("Which channel had the lowest CPA in Q4?"): nothing measures it.
_CPA_ASKED = re.compile(r"\b(?:the\s+)?(?:lowest|highest|best|worst|average|blended)?\s*(?:CPA|CAC|cost per (?:acquisition|conversion|order|sale|purchase))\b"
                        r"|(?:单次)?(?:转化|获客)成本(?:最低|最高)?", re.IGNORECASE)
CPA_ASKED_REASON = ("the data records sends, orders and revenue per channel but not ad cost per acquisition, "
                    "so cost per acquisition is not answered: revenue and conversions per channel are shown instead")


def finance_not_applied(t: Text, question: bool = False) -> list[NotApplied]:
    """The request's finance guardrails and bid caps, claimed and listed (other; budget for a bid cap); in a question,
    a cost per acquisition asked about."""
    out: list[NotApplied] = []
    rules = [(_BID, "budget", BID_REASON), (_EN, "other", REASON), (_ZH, "other", REASON)]
    for rx, affects, reason in rules + ([(_CPA_ASKED, "other", CPA_ASKED_REASON)] if question else []):
        for m in rx.finditer(t.text):
            a, b = m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
            if b > a and t.free(a, b):
                out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects=affects, reason=reason))
    return out


def names_roi(entries: list[NotApplied]) -> NotApplied | None:
    """The guardrail that puts a floor on ROI or ROAS ("ROI不低于3"): what the campaign is judged on."""
    return next((n for n in entries if n.reason == REASON and re.search(r"roi|roas|投产比|投入产出比", n.text, re.I)), None)
