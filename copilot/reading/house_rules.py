"""Rules a request sets for how the messages are made and sent, which a plan does not take from its words.

A legal or brand note inside a brief ("Legal says: no texts before 9am local, opt-out line in every SMS, no
'free' in subject lines", 合规要求：短信必须带退订回复T，晚上9点后不发), a creative direction ("Creative
direction: moody, cinematic, hero shot at dusk") and what to do with the customers after the send ("then
suppress them") are said under Not applied with what copilot does instead. They are claimed, so their words are
not read as something else: "no texts before 9am" is a quiet hour, not SMS excluded; 退订 in an opt-out
instruction is no unsubscribed audience.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_MSG = r"(?:texts?|sms(?:es)?|e-?mails?|push(?:es| notifications?)?|messages|sends|anything)"
_HOUR = r"(?:\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)"
_QUIET = re.compile(
    rf"\b(?:no|never|don'?t|do not|never ever)\s+(?:send\s+)?(?:any\s+)?{_MSG}\s+(?:before|after|past|later than|earlier than)\s+{_HOUR}"
    rf"(?:\s+(?:local(?: time)?|their time|recipient'?s? time|[A-Z]{{2,4}}T?))?"
    rf"|\b(?:quiet hours?|no[- ]send (?:window|hours?))\b[^,.;\n]{{0,40}}"
    r"|(?:晚上|早上|凌晨|夜里|夜间)?\s*\d{1,2}\s*点(?:以后|以前|之后|之前|后|前)\s*(?:不要?|别|禁止|不能)\s*(?:发|推送?|打扰|发送)[^，。；,;\n]{0,6}"
    r"|(?:不要?|别|禁止|不能)在?\s*(?:晚上|早上|凌晨|夜里|夜间)?\s*\d{1,2}\s*点(?:以后|以前|之后|之前|后|前)\s*(?:发|推送?|发送)[^，。；,;\n]{0,6}",
    re.IGNORECASE)
QUIET_REASON = ("copilot keeps SMS out of 21:00-08:00 in each customer's local time and sends at each channel's best hour; "
                "a send-hour rule is not set from these words: check the plan's schedule")

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|(?:the\s+)?sabbath"
#: A rule about days of the week for sends (set 16 decision 209): "No sends on Sundays", 周末不要发, "weekdays only".
_SEND_DAYS = re.compile(
    rf"\b(?:no|never|don'?t|do not|avoid|skip)\s+(?:send(?:ing|s)?\s+)?(?:any\s+)?(?:{_MSG}\s+)?(?:(?:on|over|during)\s+(?:a\s+|the\s+)?)?(?:{_DAY})"
    rf"(?:\s+(?:or|and|&|/)\s+(?:{_DAY}))?(?:\s+please)?"
    rf"|\b(?:nothing|no\s+{_MSG})\s+(?:goes\s+out\s+|out\s+)?(?:on|over|during)\s+(?:the\s+)?(?:{_DAY})(?:\s+(?:or|and|&|/)\s+(?:{_DAY}))?"
    rf"|\b(?:send|e-?mail|text|push)\s+(?:on\s+)?weekdays\s+only\b|\bweekdays\s+only\s+for\s+(?:the\s+)?{_MSG}|\b(?:only\s+)?send\s+(?:only\s+)?on\s+weekdays\b"
    r"|(?:周末|週末|周六日|週六日|周六|週六|周日|週日|周天|星期[六日天]|礼拜[六日天]|禮拜[六日天])(?:和(?:周日|週日|星期[日天]))?\s*(?:都|也)?(?:不要|别|不|勿|禁止|不能|唔好)\s*(?:发|發|推送?|推播|发送|發送|打扰|打擾)"
    r"|(?:只|仅|僅)(?:在)?工作日(?:发|發|推送?|发送|發送)|(?:不要|别|不|勿)在(?:周末|週末|周日|週日|星期[六日天])(?:发|發|推送?|发送|發送)",
    re.IGNORECASE)
SEND_DAYS_REASON = ("copilot schedules each channel at its best hour on every day of the campaign window; a rule about days of "
                    "the week is not applied: check the plan's send dates and move any that fall on those days")

_CONTENT = re.compile(
    rf"\b(?:an?\s+|the\s+)?(?:opt[- ]?out|unsubscribe|stop)\s+(?:line|link|text|instruction|footer|language)\s+(?:in|on)\s+(?:every|each|all)\s+{_MSG}"
    rf"|\b(?:every|each|all)\s+{_MSG}\s+(?:must|should|has to|needs? to)\s+(?:include|have|carry|contain|end with)\s+[^,.;\n]{{1,40}}"
    r"|\b(?:no|never use|avoid|don'?t use|do not use)\s+['\"‘“]?[\w ]{1,20}['\"’”]?\s+in\s+(?:the\s+)?(?:subject lines?|subjects|headlines?|copy|preheaders?)\b"
    r"|(?:短信|邮件|推送)?(?:必须|需要|要|务必)(?:带|加|包含|附上?)(?:上)?[^，。；,;\n]{0,4}(?:退订|回复T|回T|TD)[^，。；,;\n]{0,8}"
    r"|(?:标题|文案|内容)(?:里|中)?(?:也|都)?(?:不要?|别|禁止|不能|不许)(?:出现|用|使用|写)(?:[^。；;\n]{1,30}?(?:说法|字眼|词汇?|措辞|表述|话术)|[^，。；,;\n]{1,12})"
    r"|(?:不要|别|不)制造(?:焦虑|紧迫感)(?:的(?:说法|文案))?"
    # brand-values copy rules (set 14 decision 179): "no urgency language please (no 'last chance', no countdowns)"
    r"|\bno\s+(?:urgency|fomo|scarcity|pressure|hype)(?:\s+(?:language|copy|messaging|tactics|words|wording))?(?:\s+please)?(?:\s*\([^)]{0,60}\))?"
    r"|\b(?:no|avoid|don'?t use|do not use)\s+countdowns?(?:\s+timers?)?"
    r"|\b(?:don'?t|do not|never)\s+(?:mention|say|use|write)\s+['\"‘“][^'\"’”]{1,30}['\"’”]"
    # a claim the copy may not make unproven (set 20): "no 'eco-friendly' claims without proof", "no green claims"
    r"|\bno\s+(?:['\"‘“][^'\"’”]{1,30}['\"’”]|green|eco|sustainability|environmental|health|medical)\s+claims?(?:\s+(?:without|unless\s+we\s+have)\s+(?:proof|evidence|data|substantiation|backing|a\s+source))?",
    re.IGNORECASE)
CONTENT_REASON = ("copilot's compliance check puts the opt-out and sender lines in every message and checks the brand's banned "
                  "phrases from its settings; a content rule is not taken from the request: check the copy, or add it there")

_CREATIVE = re.compile(
    r"(?:^|(?<=[\n.;:]))\s*(?:creative direction|art direction|creative|visuals?|imagery|look and feel|mood ?board|design notes?|"
    r"主视觉|视觉(?:风格|方向)?|画面|设计(?:要求|风格))\s*[:：]\s*[^.\n。]{1,200}",
    re.IGNORECASE)
CREATIVE_REASON = "copilot writes the copy; art direction (imagery, mood, shots) is for the designer and not applied"

_AFTER = re.compile(
    r"\b(?:and\s+)?(?:then|afterwards?|after that)\s*,?\s+(?:suppress|remove|unsubscribe|archive|delete|drop)\s+(?:them|those|these|everyone|anyone)\b[^,.;\n]{0,30}"
    r"|\b(?:suppress|remove|unsubscribe|archive)\s+(?:them|those)\s+(?:afterwards?|after(?:wards)? the send|from (?:the|our) lists?)\b"
    r"|(?:然后|之后|发完(?:之后|后)?)\s*(?:把(?:他们|她们|这些人|这批人))?\s*(?:从[^，。；,;\n]{0,8})?(?:剔除|移除|拉黑|屏蔽|退订)[^，。；,;\n]{0,8}",
    re.IGNORECASE)
AFTER_REASON = ("copilot plans this send; what happens to these customers afterwards (suppression, list removal) is done in "
                "your email tool and not applied")


#: When the marketer wants the draft, not when the campaign runs: "pls have it by EOW", "need the plan by Friday", 周五前给我方案.
_DRAFT_DUE = re.compile(
    r"\b(?:(?:pls|please)\s+)?(?:have|get|send)\s+(?:it|the plan|this|the draft|a draft)\s+(?:to me\s+|over\s+|ready\s+)?(?:by|before)\s+"
    r"(?:(?:the\s+)?end of (?:the\s+)?(?:day|week)|friday|monday|tuesday|wednesday|thursday|tomorrow|tonight|eod|noon|\d{1,2}\s?(?:am|pm))\b"
    r"|\bneed\s+(?:the\s+)?(?:plan|draft|deck|brief)\s+(?:by|before)\s+\w+"
    r"|(?:周[一二三四五六日]|明天|今天)前(?:给我|发我|出)(?:个|一下)?(?:方案|计划|草稿)"
    r"|(?:方案|计划|草稿)\s*(?:在)?(?:周[一二三四五六日]|明天|今天)(?:之)?前(?:给我|发我|交|出)",
    re.IGNORECASE)


_PLATFORM = r"(?:tiktok|instagram|ig|youtube|xiaohongshu|rednote|pinterest)"
#: An influencer collaboration (set 13 decision 168): one channel copilot cannot plan, its platform words with it (so
#: "小红书KOC种草笔记" or "influencers on TikTok" is no paid social).
_INFLUENCERS = re.compile(
    r"\bcreator seeding\b|\binfluencer (?:seeding|collab(?:oration)?s?|campaign|posts?)\b"
    rf"|\b(?:\d+\s+)?(?:micro-?|macro-?|nano-?)?(?:influencers?|creators?|kols?|kocs?)(?:\s+(?:on|via|across)\s+{_PLATFORM}(?:\s*(?:and|&|,|/)\s*{_PLATFORM})*)?"
    r"|(?:小红书|抖音|快手|B站|b站|微博)?\s*(?:达人|博主|网红|KO[CL]|ko[cl])(?:合作)?(?:[：:]?\s*找?\s*\d*\s*(?:个|位)?\s*(?:KO[CL]|ko[cl]|达人|博主))?\s*(?:发|写)?\s*(?:种草)?(?:笔记|视频|图文)?",
    re.IGNORECASE)
INFLUENCER_REASON = "copilot cannot plan influencer collaborations; it plans email, SMS, push and paid social"


def influencers_not_applied(t: Text) -> list[NotApplied]:
    """Influencer collaborations: each listed once as a channel copilot cannot plan, its words claimed."""
    out: list[NotApplied] = []
    for m in _INFLUENCERS.finditer(t.text):
        words = m.group(0).strip()
        a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if len(words) < 2 or not t.free(a, m.end()):
            continue
        span = t.take(a, m.end())
        if re.search(r"\b(?:no|not|without|don'?t)\s+(?:use\s+)?$|(?:不要|不做|不找|不用|别)\s*$", t.text[max(0, a - 16) : a], re.IGNORECASE):
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.span is not None and not re.search(r"[.;!?。；！？\n]", t.text[prev.span.end : a]):
            if len(words) > len(prev.text):  # "Creator seeding …: send it to 20 micro-influencers on TikTok": one collaboration
                out[-1] = NotApplied(text=words, span=span, affects="channel", reason=INFLUENCER_REASON)
            continue
        out.append(NotApplied(text=words, span=span, affects="channel", reason=INFLUENCER_REASON))
    return out


def house_rules_not_applied(t: Text) -> list[NotApplied]:
    """Quiet hours, content rules, creative direction and after-send actions (see the module docs), claimed; the
    draft's own due date is claimed as no clause of the campaign."""
    out: list[NotApplied] = []
    out.extend(influencers_not_applied(t))
    for m in _DRAFT_DUE.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
    for rx, affects, reason in ((_QUIET, "timing", QUIET_REASON), (_SEND_DAYS, "timing", SEND_DAYS_REASON), (_CONTENT, "other", CONTENT_REASON),
                                (_AFTER, "other", AFTER_REASON)):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                out.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects=affects,
                                      reason=reason))
    for m in _CREATIVE.finditer(t.text):
        body = m.group(0).strip()
        if t.free(m.start(), m.end()):
            # listed, not claimed: a product or an offer named in it is still the campaign's
            head = m.group(0).find(":") if ":" in m.group(0) else m.group(0).find("：")
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            t.take(a, m.start() + head + 1)
            out.append(NotApplied(text=body, span=t.span(a, m.end()), affects="other", reason=CREATIVE_REASON))
    return out
