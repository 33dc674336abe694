"""What the marketer tells about the business, not what to do: claimed before any rule reads it.

A buyer or a support lead explains why before asking ("Sell-through on the Cirrus Hoody Pro is only 38% with six
weeks of season left", "Tents are at 180% of plan stock going into spring", "late deliveries on about 900
orders"). Those figures are no audience, window, offer or budget; reading them as such planned the wrong
campaign (900 orders became "at least 900 orders", "six weeks" the campaign's length). Their words are
claimed as context. A target the plan cannot hold ("sell-through target 85%") is listed under Not applied.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.before_ask import claim_before_ask
from copilot.reading.schema import Affects, NotApplied
from copilot.reading.text import Text
from copilot.reading.which_products import claim_which_products

_N = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|[一二两三四五六七八九十]+)"
_STOCK_CONTEXT = re.compile(
    rf"\bsell[- ]?through\s+(?:on|of|for)\s+(?P<s>[^.;,!?]{{1,48}}?)\s+(?:is|was|sits at|stands at|at)\s+(?:only\s+|just\s+|about\s+|around\s+)?\d+(?:\.\d+)?\s*%"
    rf"|\bweeks?\s+of\s+(?:cover|supply|stock|inventory)\s+(?:on|for|of)\s+(?P<s2>[^.;,!?]{{1,40}}?)\s+(?:is|are|at|sits at)\s+\d+(?:\s*\(target\s+\d+\))?"
    rf"|\b(?:is|are|sits?|stands?)\s+at\s+\d+\s*%\s+of\s+(?:plan(?:ned)?|target|forecast)\s+(?:stock|inventory)(?:\s+going\s+into\s+\w+)?"
    rf"|\b(?:with\s+)?{_N}\s+weeks?\s+of\s+(?:the\s+)?season\s+(?:left|remaining|to go)"
    rf"|\b(?:we\s+(?:have|hold|are sitting on)\s+)?{_N}\s+(?:units|pieces|pcs)\s+(?:left\s+)?(?:in|of)\s+(?:stock|inventory)\b"
    r"|\b(?:late|delayed|lost|damaged|missing)\s+(?:deliveries|shipments|parcels|packages|orders)\s+on\s+"
    r"(?:about|around|roughly|some|over|nearly|almost)?\s*[\d,]+\s+orders\b"
    r"|(?:售罄率|动销率|库存周转(?:天数)?)(?:只有|才|仅|为|是)?\s*\d+(?:\.\d+)?\s*(?:%|天)"
    r"|库存(?:还)?(?:有|剩|积压)(?:了)?\s*[\d一二两三四五六七八九十百千万]+\s*(?:件|双|个|顶|条)"
    # how the period is going, told as the reason: 这个月业绩有点拉胯, "this month's numbers are soft", Q1复购率下滑
    r"|(?:这个月|本月|这周|本周|上个月|上周|今年|去年|这个季度|本季度|上季度|Q[1-4])(?:的)?(?:业绩|销量|销售额?|GMV|营收|复购率?|转化率?)(?:有点|有些|不太|不够|太|很|比较|一直)?"
    r"(?:拉胯|不好|不行|下滑|下降|低迷|差|一般|不理想|承压|掉了|下跌|没达标|不达标|不及预期)"
    r"|(?:周报|月报|日报|复盘)\s*[(（]\s*(?:第\s*\d+\s*周|\d+月|W\d+)\s*[)）]|\b(?:week|wk)\s*\d+\s+(?:report|recap|update)\b"
    r"|\b(?:this|last) (?:month|week|quarter|year)'?s? (?:numbers|sales|revenue|results) (?:are|were|is|was|look|looked) (?:soft|down|weak|flat|bad|poor|below (?:plan|target))\b",
    re.IGNORECASE)
_TARGET = re.compile(r"\bsell[- ]?through\s+target\s+(?:of\s+)?\d+(?:\.\d+)?\s*%|售罄率?目标\s*\d+\s*%|动销目标\s*\d+\s*%", re.IGNORECASE)
_TARGET_REASON = "copilot plans the campaign's sends and offer, not a stock target; the read-out reports the campaign's sales"


#: Who is writing (set 12 decision 151): "华南区域经理提需求：", "Maria from the Boulder franchise", "社群运营这边：".
_SENDER = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,6}?(?:区域|大区|门店|分店|加盟店)?(?:经理|店长|负责人|运营|主管|同学)(?:这边|这里)?(?:提(?:个)?需求|的需求|需求)?\s*[:：，,]"
    # a store manager's signature line: "Store manager, Portland Pearl District.", 我是杭州湖滨店店长。, 旺角店店长报告：
    r"|^\s*(?:(?:[Aa]ssistant|[Gg]eneral)\s+)?(?:[Ss]tore|[Ss]hop|[Bb]ranch)\s+[Mm]anager(?:\s+here)?\s*[,:–—-]\s*(?:[A-Z][\w'.&-]*\s*){1,4}[.!:]"
    r"|^\s*(?:我是)?[\u4e00-\u9fff]{1,10}?(?:店|门店|分店)(?:的)?(?:店长|经理)(?:报告|汇报)?\s*[:：，,。]"
    r"|\b(?:[A-Z][a-z]+\s+)?(?:here\s+)?from\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+(?:franchise|store|shop|branch|location|outlet)\b"
    # "社群这边：", "Finance here.", "Singapore office here lah.", "From FP&A:", "From the sustainability team 🌱"
    r"|^\s*[\u4e00-\u9fff]{1,6}这边(?:的同学)?\s*[:：，,]"
    r"|^\s*(?:[A-Z][\w&/-]*\s+){1,3}(?:team\s+)?here\b(?:\s+(?:lah|la|ah))?\s*[.!:,]?"
    r"|^\s*from\s+(?:the\s+)?(?:[A-Z][\w&/-]*|[a-z]+)(?:\s+[\w&/-]+){0,2}?\s+team\b[^:：\n.]{0,4}[:：]?|^\s*from\s+[A-Z][\w&/-]+\s*[:：]"
    # the sender's own events told as background (set 14 decision 178): "We sponsored the Moab Red Hot 55K last month"
    r"|\b[Ww]e(?:'re| are)?\s+(?:sponsor(?:ed|ing)|hosted|organi[sz]ed)\s+[^.!?\n(]{1,60}|我们(?:赞助|主办|举办)了[^，。！？\n]{1,30}",
)


#: A task tool's properties (set 12 decision 146): "Assignee: Priya · Project: Q2 Retention · Section: Backlog", 负责人：小王.
_PROPERTIES = re.compile(r"(?:^|(?<=[\n·|•]))\s*(?:status|owner|assignee|project|section|priority|reporter|sprint|labels?|tags?|epic|due(?: date)?|"
                         r"需求状态|负责人|优先级|所属项目|截止(?:日期|时间))\s*[:：][^\n·|•]*", re.IGNORECASE)


#: A PRD's or a brief template's Problem / Background section (set 13 decision 175): why, not what to do.
_PROBLEM = re.compile(r"(?:^|(?<=\n)|(?<=】)|(?<=\]))\s*(?:#+\s*)?(?:problem(?: statement)?|background|context|why|问题|(?:跟你|先)?(?:说下|说一下|讲下|讲一下|交代下|交代一下)?背景(?:哈|啊|呀)?|现状)\s*(?:[:：]\s*|\n\s*)[^\n]*?(?=\n|$|(?<=[.])\s+(?=[A-Z]|[\u4e00-\u9fff])|(?<=[。]))",
                      re.IGNORECASE)


def claim_context(t: Text) -> list[NotApplied]:
    """Claim stock and incident figures told as background, and who is writing; list targets the plan cannot hold."""
    out: list[NotApplied] = []
    claim_before_ask(t)  # "Some context first. … The ask: …", 背景…所以这次想这样：…: only the ask is read
    claim_which_products(t)  # "which products are Champions most likely to buy?": no top-N ranking of the group
    for m in _PROPERTIES.finditer(t.text):
        if t.free(m.start(), m.end()) and not re.search(r"\d{1,2}[/.-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|月|日", m.group(0), re.I):
            t.take(m.start(), m.end())  # a due date stays to be read (it may be the campaign's)
            t.background.append((m.start(), m.end()))
    for m in _PROBLEM.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
            t.background.append((m.start(), m.end()))
    for m in _SENDER.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
            t.background.append((m.start(), m.end()))
    for m in _TARGET.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="other", reason=_TARGET_REASON))
    for m in _STOCK_CONTEXT.finditer(t.text):
        if t.free(m.start(), m.end()):
            subject = "s" if m.group("s") else "s2" if m.group("s2") else None
            if subject is None:
                t.take(m.start(), m.end())
            else:  # "sell-through on the Cirrus Hoody Pro is only 38%": the product stays to be read
                t.take(m.start(), m.start(subject))
                t.take(m.end(subject), m.end())
    return out


_CH = r"(?:e-?mail|sms|text|push|paid social|social|邮件|短信|推送|push|EDM|edm)"
_KPI = r"(?:open rates?|opens|ctr|click(?:-through)? rates?|clicks|conversions?(?: rates?)?|cvr|revenue|sales|roi|roas|engagement|unsub(?:scribe)?s?(?: rate)?)"
_TREND = (r"(?:is|was|are|were|has been|have been)?\s*(?:only\s+|just\s+|still\s+)?(?:flat|down|up|dipped|dropped|fell|rose|climbed|declined|slipped|tanked|spiked|"
          r"jumped|stable|at)\b(?:\s+(?:(?:from|by|to)\s+)?\d+(?:\.\d+)?\s*%?(?:\s+to\s+\d+(?:\.\d+)?\s*%?)?)?(?:\s+(?:wow|mom|yoy|week over week|last week|this week|last month))?")
#: Figures read off a dashboard or a weekly report, told before the ask (set 12 decision 147): "email conversion dipped
#: from 3.1% to 2.4% last week", "push CTR is down 20% WoW", 上周邮件打开率只有12%, 本周短信ROI 2.8, 短信ROI最高（5.2），邮件其次.
_PAST_FIGURES = re.compile(
    rf"\b(?:(?P<who>(?!{_CH}\b)(?-i:[A-Z])[\w-]*(?:\s+(?-i:[a-z])+)?)\s+|{_CH}\s+){_KPI}\s+{_TREND}"
    r"|(?:上周|本周|上个?月|本月|昨天|最近|近期|上次[^，。；,;]{0,6}?|这周)?(?:的)?(?:邮件|短信|推送|EDM|push)(?:的)?(?:打开率|点击率|CTR|转化率?|ROI|GMV|营收|收入|回复率)"
    r"(?:只有|才|仅|为|是|都)?\s*(?:掉得(?:厉害|很厉害)|下降了?|下滑了?|最高|最低|最好|最差|不错|一般|偏低|偏高)?\s*(?:[(（]?\s*\d+(?:\.\d+)?\s*%?\s*[)）]?)?"
    r"(?:[，,]\s*(?:邮件|短信|推送)其次)?",
    re.IGNORECASE)


def claim_past_figures(t: Text) -> None:
    """In a brief, a channel's or a segment's past figures are the reason, not the plan: claimed so that no channel,
    offer or audience is read from them. Only a figure that is said (a number or a trend) counts."""
    for m in _PAST_FIGURES.finditer(t.text):
        said = m.group(0)
        if not re.search(r"\d|flat|down|up|dipped|dropped|fell|rose|climbed|declined|slipped|tanked|spiked|jumped|stable|掉|下降|下滑|最|不错|一般|偏", said, re.IGNORECASE):
            continue
        start = m.end("who") if m.group("who") else m.start()  # "Champions revenue is down 5%": the group stays to be read
        if t.free(start, m.end()):
            t.take(start, m.end())


#: A value said to be in an attachment (set 14 decision 187): "Audience: per the deck I sent Friday", 人群见附件.
_ELSEWHERE = re.compile(
    r"(?P<zh>人群|受众|预算|渠道|优惠|折扣|时间|排期|文案)\s*(?:见|详见|参考|参见|看)\s*(?:附件|附表|表格|文档|PPT|ppt|deck|邮件附件)"
    r"|\b(?P<en>audience|segment|budget|channels?|offer|discount|dates?|timing|schedule|copy)\s*(?:[:：=-]|is|are)?\s*"
    r"(?:per|see|in|as (?:per|in)|from)\s+(?:the\s+|my\s+|our\s+)?(?:attached|attachment|deck|doc|sheet|spreadsheet|slides?)\b[^.,;\n]{0,30}",
    re.IGNORECASE)
_ELSEWHERE_AFFECTS: dict[str, Affects] = {"人群": "audience", "受众": "audience", "audience": "audience", "segment": "audience", "预算": "budget",
                      "budget": "budget", "渠道": "channel", "channel": "channel", "channels": "channel", "优惠": "offer", "折扣": "offer",
                      "offer": "offer", "discount": "offer", "时间": "timing", "排期": "timing", "date": "timing", "dates": "timing",
                      "timing": "timing", "schedule": "timing"}
ELSEWHERE_REASON = "copilot reads this message only, not its attachments: paste the values here"


def said_elsewhere(t: Text) -> list[NotApplied]:
    """Values pointed at in an attachment or deck, listed with their field."""
    out: list[NotApplied] = []
    for m in _ELSEWHERE.finditer(t.text):
        if t.free(m.start(), m.end()):
            field = (m.group("zh") or m.group("en") or "").lower()
            affects = _ELSEWHERE_AFFECTS.get(field, "other")
            out.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects=affects,
                                  reason=ELSEWHERE_REASON))
    return out
