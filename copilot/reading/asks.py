"""Parts of a request no field of the reading holds, said rather than dropped: timing a plan does not
schedule ("a 3-email series", "48h before everyone else", 分三轮发) and asks that are not a campaign at all
("export the Champions segment to Klaviyo", "write a press release", 帮我订一下会议室).

The plan schedules each channel's sends itself; a series, a cadence or an early-access head start is the
marketer's to set in the schedule, so the reading lists it with ``affects timing`` (label convention 64).
An ask no plan or tool can do is listed with ``affects other`` in a brief and makes a question's intent
``other`` (convention 71).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.anchored import AHEAD, ahead_of_a_date
from copilot.reading.arrival import arrival_not_applied
from copilot.reading.event_lead import ahead_of_an_event
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_N = r"(?:\d+|two|three|four|five|six|seven|eight|ten)"
_TIMING = re.compile(
    rf"\b{_N}[- ](?:e-?mail|message|touch|step|part|sms|text|push)s?\s+(?:series|sequence|flow|drip|cadence|journey)\b"
    rf"|\b{_N}\s+(?:e-?mails?|messages?|texts?|pushes|sends|touches|touchpoints|reminders)\s+(?:over|across|in|within)\s+(?:the\s+next\s+)?{_N}\s+(?:days?|weeks?)\b"
    r"|\b\d+\s?(?:h|hrs?|hours?|days?)\s+(?:before|ahead of|earlier than)\s+(?:everyone|everybody|the public|general release|the rest|others)(?:\s+else)?\b"
    r"|\b(?:once|twice|\d+\s+times)\s+(?:a|per)\s+(?:day|week|month)\b"
    rf"|\b{_N}\s+(?:days?|hours?|weeks?)\s+after\s+(?:delivery|(?:their\s+|the\s+|each\s+(?:customer'?s\s+)?|(?:a|the)\s+customer'?s\s+)?(?:last\s+|first\s+)?(?:[\w-]+\s+)?(?:purchase|order|sign-?up|delivery)|signing up|they (?:buy|order|sign up|join))\b"
    r"|\balways[- ]on\b|\b(?:evergreen|ongoing|automated|triggered) (?:flow|journey|series|program(?:me)?)\b"
    r"|(?<![\w$€£¥.,+-])(?<!test )(?<!testing )(?<!last )(?<!past )(?<!latest )(?<!\bt)(?:2|3|4|5|6|two|three|four|five|six)\s+(?:e-?mails|texts|sms(?:es)?|pushes|messages|touches|touchpoints)\b(?!\s+(?:over|across|in|within)\b)"

    r"|签收后\s*[\d一二两三四五六七]+\s*天"

    rf"|\b{_N}\s+(?:days?|hours?|weeks?)\s+later\b|\b(?:a|one)\s+(?:day|week)\s+later\b|隔\s*[\d一二两三四五六七]+\s*天(?:再)?(?:发|推)?"
    r"|(?:分|连发|连续发)\s*[\d一二两三四五]\s*(?:封|条|轮|次|波)|提前\s*[\d一二两三四五六七八九十]+\s*(?:个)?(?:小时|天)(?:开放|发售|购买|抢购)?",
    re.IGNORECASE)
#: A send on a restock or a price drop (set 14 decision 184): "When it's back", 补货到了以后.
_TRIGGER = re.compile(
    r"\b(?:when|once|as soon as)\s+(?:it'?s|it is|they'?re|they are|(?:the|our)\s+[\w -]{1,30}?\s+(?:is|are))\s+(?:back(?:\s+in\s+stock)?|restocked|in stock|available again)\b"
    r"|(?:补货|到货|回货)(?:到了|了)?(?:以后|之后|后)|降价(?:以后|之后)", re.IGNORECASE)
TRIGGER_REASON = ("copilot plans a dated send; a send set off by a restock or a price change is a trigger for your "
                  "sending tool: give the dates, or set the trigger there")
TIMING_REASON = ("copilot schedules each channel's sends itself (at each channel's best hour); a series, cadence, send "
                 "time or head start is not planned from these words: set it in the plan's schedule")

_NOT_A_CAMPAIGN = re.compile(
    r"\bexport\s+(?:the\s+|our\s+|a\s+)?[\w' -]{0,40}?\s+to\s+(?:klaviyo|braze|mailchimp|hubspot|salesforce|a csv|csv|excel|a spreadsheet|google sheets)\b"
    r"|\b(?:write|draft)\s+(?:a\s+|an\s+|the\s+)?(?:press release|blog post|job (?:ad|post)|investor update)\b[^.;!?\n]{0,60}"
    r"|\bfix\s+(?:the\s+)?(?:broken\s+)?(?:unsubscribe\s+)?link\b[^.;!?\n]{0,40}|\bbook\s+(?:a\s+|the\s+)?(?:meeting room|room|call|meeting)\b[^.;!?\n]{0,30}"
    r"|(?:把)?[^，。；！？\n]{0,16}(?:链接|退订链接)修一下|(?:帮我)?订(?:一下)?[^，。；！？\n]{0,10}会议室|写(?:一篇|个|一份)?(?:新闻稿|公关稿)",
    re.IGNORECASE)
NOT_A_CAMPAIGN_REASON = "copilot plans campaigns and answers from the brand's data; it cannot do this"


#: A send hour the brief dictates ("tomorrow at 10am", 上午10点发) -- unless the hours are what an A/B test compares.
_TZ = r"(?:\s+(?:CET|CEST|PT|PST|PDT|ET|EST|EDT|CT|CST|MT|GMT|UTC|BST|HKT|SGT|AEST|local(?: time)?))?"
_HOUR = re.compile(rf"\b(?:at\s+)?\d{{1,2}}(?::\d{{2}})?\s?(?:am|pm)\b{_TZ}|\b(?:at\s+)?(?:[01]?\d|2[0-3]):[0-5]\d\b{_TZ}"
                   r"|(?:上午|下午|晚上|早上|晚|早)\s*\d{1,2}\s*点(?:半)?|\d{1,2}\s*点(?:半)?(?=\s*(?:发|推送|发送|准时|开抢|开售|开始))",
                   re.IGNORECASE)
#: A weather trigger ("When temps drop below 40F", "after three rainy days in a row", 气温降到10度以下的时候): the data has no weather.
_WEATHER_CLAUSE = re.compile(r"\b(?:when|if|once|after|as soon as|whenever)\b[^,.;:!?—–\n]{0,60}|(?:当|等)?(?:气温|温度|天气|下雨|降雨|下雪|降温|寒潮|高温|连续)[^，。；：,;:！？\n]{0,20}",
                             re.IGNORECASE)
_WEATHER_WORD = re.compile(r"\b(?:temps?|temperatures?|weather|rain(?:y|s|ing)?|snow(?:s|ing|y|fall)?|heat ?waves?|cold snaps?|frost|freez\w*|degrees|"
                           r"\d+\s?°?\s?[FC])\b(?![- ]?(?:jackets?|coats?|shells?|gear|wear|pants|trousers|boots|ponchos?|proof|covers?|flys?|shoes))|气温|温度|天气|下雨|降雨|下雪|降温|寒潮|高温|度以下|度以上", re.IGNORECASE)
_WEATHER_STOP = re.compile(r"\s+(?:in|for|to|across)\s+(?:the\s+)?(?:US-|north|south|east|west|mid|mountain|pacific|our|all|every|customers|people)|"
                           r"[，,]|(?:给|在)(?=[^，。]{0,8}(?:客户|用户|地区|部))", re.IGNORECASE)
WEATHER_REASON = "the data has no weather; copilot plans a dated window, not a trigger: set the trigger in your sending tool"


def weather_not_applied(t: Text) -> list[NotApplied]:
    """A send triggered by the weather: listed (timing), never read as a condition on people."""
    out = []
    for m in _WEATHER_CLAUSE.finditer(t.text):
        stop = _WEATHER_STOP.search(t.text, m.start() + 2, m.end())
        end = stop.start() if stop else m.end()
        words = t.text[m.start():end].rstrip()
        if _WEATHER_WORD.search(words) and t.free(m.start(), m.start() + len(words)):
            out.append(NotApplied(text=words, span=t.take(m.start(), m.start() + len(words)), affects="timing", reason=WEATHER_REASON))
    return out
#: A send that already went out ("last Friday at 8pm", 上周五晚8点那波): its hour describes the past, nothing to schedule.
_PAST_SEND = re.compile(r"(?:上周.|上个?星期.|昨天|前天|昨晚|上次|\blast\s+\w+(?:'s)?|\byesterday(?:'s)?)\s*$", re.IGNORECASE)
_TESTS = re.compile(r"\ba/?b\b|\btest|\bvs\b|versus|测试?|对比|一半", re.IGNORECASE)


#: A sale told in phases (预热期 … 正式期 … 返场, "teaser phase … main phase"): the first phase's words; the window spans them all.
_PHASE = re.compile(r"(?:预热期?|蓄水期)[^，。；,;]{0,24}|\b(?:teaser|warm-?up|pre-?sale|early[- ]bird)\s+(?:phase|period|week)\b[^,.;]{0,30}", re.IGNORECASE)
_LATER_PHASE = re.compile(r"正式期?|收割|返场|爆发期|\b(?:main|sale|peak|last-?call)\s+(?:phase|period)\b", re.IGNORECASE)
PHASE_REASON = ("copilot plans one window for the whole sale; its phases (warm-up, main, encore) are not scheduled from these "
                "words: set each phase's sends in the plan's schedule")


def timing_not_applied(t: Text) -> list[NotApplied]:
    """Series, cadences, send hours, head starts and sale phases (see the module docs)."""
    out = []
    phase = _PHASE.search(t.text)
    if phase and _LATER_PHASE.search(t.text, phase.end()) and t.free(phase.start(), phase.end()):  # listed, not claimed: its dates and channels are read
        out.append(NotApplied(text=phase.group(0).strip(), span=t.span(phase.start(), phase.end()), affects="timing", reason=PHASE_REASON))
    hours = [] if _TESTS.search(t.text) else list(_HOUR.finditer(t.text))
    hours = [h for h in hours if not _PAST_SEND.search(t.text[max(0, h.start() - 16) : h.start()]) and not re.match(r"\s*(?:的)?那(?:波|次|条|封)", t.text[h.end():])]
    for m in _TRIGGER.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="timing", reason=TRIGGER_REASON))
    out.extend(arrival_not_applied(t))  # 等这批货到了以后; "is due in next week" before "When it's back": no window
    for m in [*_TIMING.finditer(t.text), *hours]:
        if re.match(r"always[- ]on", m.group(0), re.IGNORECASE) and _ASKS_COPILOT.search(t.text):
            continue  # "Can copilot set up an always-on flow?": what is asked about, not a timing of this campaign
        if AHEAD.fullmatch(m.group(0)) and (ahead_of_a_date(t.text, m.start()) or ahead_of_an_event(t.text, m.start())):
            continue  # "3月19日…直播，提前两天给会员发推送": the days before that date are the window
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.span(m.start(), m.end()), affects="timing", reason=TIMING_REASON))
            channel = _SERIES_CHANNEL.search(m.group(0))  # "3 emails over 2 weeks": the series is said, email is the channel
            for a, b in ((m.start(), m.start() + channel.start()), (m.start() + channel.end(), m.end())) if channel else ((m.start(), m.end()),):
                if b > a:
                    t.take(a, b)
    return out


_ASKS_COPILOT = re.compile(r"\bcan (?:copilot|you)\b|\b(?:could|would) you\b", re.IGNORECASE)
_SERIES_CHANNEL = re.compile(r"\be-?mails?\b|\bsms\b", re.IGNORECASE)


def not_a_campaign(t: Text) -> NotApplied | None:
    """An ask no plan or tool can do (see the module docs), or None."""
    m = _NOT_A_CAMPAIGN.search(t.text)
    if m is None or not t.free(m.start(), m.end()):
        return None
    words = re.sub(r"^(?:帮我)", "", m.group(0)).strip()
    # the segment an export names is still read (convention 71); a link or a room is no audience
    span = t.span(m.start(), m.end()) if words.lower().startswith("export") else t.take(m.start(), m.end())
    return NotApplied(text=words, span=span, affects="other", reason=NOT_A_CAMPAIGN_REASON)
