"""A send ahead of a dated event is the days before it, not the event's day (docs/reading.md, "Dates told against
another date"): "下周三晚上有场直播，提前两天给冠军客户发短信" is the Monday and Tuesday before, "直播前一天给…发短信预告" (直播
日期3月15号) the 14th, "3月14号周六的跑团活动，想给…发推送邀请一下" from today to the 13th. The event (a livestream, a store
event, a race, a pop-up) is named next to its one day; a head start ("提前两天", "two days ahead", 直播前一天) gives the
days, an invitation or a preview (邀请, 预告, "invite") without one runs from today. Without such words the day stays the
window (会员日（3月18日）, "on April 3").
"""

from __future__ import annotations

from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.numbers import to_number

_EVENT = re.compile(r"直播|开播|(?:线下|到店|门店|社群|跑团|户外)活动|跑团|快闪|发布会|见面会|讲座|沙龙|比赛|\b(?:live\s?streams?|livestreams?|events?|races?|meetups?|workshops?|clinics?|"
                    r"launch part(?:y|ies)|pop-?ups?|group runs?)\b", re.IGNORECASE)
_LEAD = re.compile(r"(?:直播|开播|开始|开幕)前\s*(?P<a>[一两二三四五六七\d])\s*天|提前\s*(?P<b>[一两二三四五六七\d])\s*天(?!\s*(?:开放|发售|购买|抢购|优先|抢先))"
                   r"|\b(?P<c>the day before)\b|\b(?P<d>\d|one|two|three|four|five|six|seven)\s+days?\s+(?:ahead|in advance|before (?:it|then|the (?:event|stream|livestream|race)))\b",
                   re.IGNORECASE)
_INVITE = re.compile(r"邀请|预告|提醒|\b(?:invite|invitation|remind(?:er)?|preview|teaser)s?\b", re.IGNORECASE)
#: a relative weekday or a date an event may be on (for the head start said before the window is read)
_DAY = re.compile(r"\d{1,2}\s*[月/.]\s*\d{1,2}\s*[日号]?|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_ON_THE_DAY = re.compile(r"当天|当日|那天|\bon the day\b|\bday of\b|\bduring (?:the )?(?:stream|livestream|event)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _event_near(text: str, a: int, b: int) -> bool:
    return bool(_EVENT.search(text, max(0, a - 20), min(len(text), b + 16)))


def lead_to_event(text: str, today: date, day: date | None, last: date | None, span: tuple[int, int]) -> tuple[date, date] | None:
    """(start, end) of the days before the one-day window ``day`` that an event is on, or None (see the module docs)."""
    if day is None or last not in (None, day) or not _event_near(text, *span) or _ON_THE_DAY.search(text):
        return None
    lead = _LEAD.search(text)
    if lead is not None:
        n = int(to_number(next(g for g in lead.groups() if g)) or 1) if not lead.group("c") else 1
    elif _INVITE.search(text):
        n = None
    else:
        return None
    end = day - timedelta(days=1)
    if end < today:
        return None
    return (today if n is None else max(end - timedelta(days=n - 1), today)), end


def ahead_of_an_event(text: str, pos: int) -> bool:
    """Whether the head start at ``pos`` ("提前两天") is said in a sentence with an event on a day (read as the window by
    :func:`lead_to_event`), before or after it."""
    a = max((m.end() for m in _SENTENCE.finditer(text, 0, pos)), default=0)
    nxt = _SENTENCE.search(text, pos)
    sentence = text[a : nxt.start() if nxt else len(text)]
    return any(_event_near(sentence, m.start(), m.end()) for m in _DAY.finditer(sentence))
