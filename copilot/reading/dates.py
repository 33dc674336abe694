"""The campaign window: dates, months, seasons, occasions and durations, in English and Chinese.

Single dates ("May 1", "1st of June", "2026-04-01", "4月1日") are parsed by dateparser relative to
today, preferring the future; month names, seasons, occasions and "two weeks in April" by the rules
below (docs/reading.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.anchored import after_day, after_occasion, ahead_of_day, before_day, starting_then
from copilot.reading.campaign_length import campaign_duration
from copilot.reading.days import (
    NEAR_DAYS,
    Found,
    Free,
    en_weekday_range,
    explicit_dates,
    last_dated_send,
    mid_month,
    month_end,
    near_days_window,
    one_day,
    this_or_next,
    zh_weekday_range,
)
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE
from copilot.reading.lexicon import MONTHS as _MONTHS
from copilot.reading.lexicon import SEASONS
from copilot.reading.month_days import bare_days, end_day_after, month_span, near_pair
from copilot.reading.numbers import to_number
from copilot.reading.occasion_part import occasion_part
from copilot.reading.occasions import next_occasion, run_up
from copilot.reading.tminus import schedule_window
from copilot.reading.weeks import parts_of_month, starts_in, week_of_month

_ZH_MONTH = r"(?P<zm>十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])\s?月(?:份)?"


@dataclass
class WindowHit:
    start: date | None
    end: date | None
    duration_days: int | None
    occasion: str | None
    span: tuple[int, int]
    #: each piece read ("今年冬天" … "持续三周"): claimed one by one, so the words between stay free
    pieces: tuple[tuple[int, int], ...] = ()


_PART = re.compile(
    rf"\b(?:the\s+)?(?:(?P<side>first|last|final|opening|closing)\s+(?P<n>\d+|a|one|two|three|four|ten|fifteen)?\s*(?P<u>weeks?|days?)"
    rf"|(?P<half>first|second|last|latter)\s+half)\s+(?:of|in)\s+(?P<m>{_MONTH_RE})\b")


def _part_of_month(low: str, today: date) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of a part of a month in the lower-cased text, or None."""
    m = _PART.search(low)
    if m is None:
        return None
    first, last = _month_window(_MONTHS[m.group("m")], today)
    month_start = first.replace(day=1)
    if m.group("half"):
        mid = month_start + timedelta(days=14)
        start, end = (month_start, mid) if m.group("half") == "first" else (mid + timedelta(days=1), last)
    else:
        n = int(to_number(m.group("n") or "one") or 1) * (7 if m.group("u").startswith("week") else 1)
        early = m.group("side") in ("first", "opening")
        start, end = (month_start, month_start + timedelta(days=n - 1)) if early else (last - timedelta(days=n - 1), last)
    if end < today:
        return None
    return max(start, today), end, (m.start(), m.end())


#: Early / mid / late in a month (上旬 / 中旬 / 下旬, 月初 / 月中 / 月底): days 1-10, 11-20, 21 to the end.
_ZH_PART_AFTER = re.compile(r"\s*(?:的)?(?P<p>初|上旬|中旬|下旬|中(?![国秋])|底|末|(?:前|头|頭)(?:十|10)(?:天|日))")
_PART_OF = {"early": 0, "初": 0, "上旬": 0, "前十天": 0, "头十天": 0, "頭十日": 0, "前十日": 0, "头十日": 0, "頭十天": 0, "前10天": 0, "头10天": 0, "mid": 1, "mid-": 1, "中旬": 1, "中": 1, "late": 2, "下旬": 2, "底": 2, "末": 2}


def _third(part: str | None, start: date, end: date, today: date) -> tuple[date, date]:
    """The early, middle or late part of the month ``start``-``end`` (from today), else the month."""
    if part is None or part not in _PART_OF:
        return start, end
    first = start.replace(day=1)
    k = _PART_OF[part]
    a, b = first + timedelta(days=10 * k), (first + timedelta(days=10 * k + 9) if k < 2 else end)
    return (max(a, today), b) if b >= today else (start, end)


def _month_window(month: int, today: date) -> tuple[date, date]:
    """The next such month on or after today (this month if we are in it)."""
    y = today.year if month >= today.month else today.year + 1
    return max(date(y, month, 1), today), month_end(y, month)  # the rest of it when we are in it


#: A product noun right after a season word: the season names the kind of product.
_SEASON_KIND = re.compile(r"[\s-]*(?:(?:weight|hiking|running|camping|trail)\s+)?(?:jackets?|coats?|boots?|shoes?|apparel|clothing|clothes|layers?|"
                          r"base layers?|tents?|sleeping bags?|bags?|gear|gloves|hats?|socks|tops|shorts|pants|outerwear|kit|stuff|items|styles|collection|range|"
                          r"line(?:up)?|merch|products|stock|inventory|wear)\b"
                          r"|(?:的)?(?:外套|服装|衣服|羽绒服|冲锋衣|装备|鞋|帐篷|睡袋|手套|帽子|袜子|款|新款|新品|服饰|系列)", re.IGNORECASE)


#: A writer south of the equator (decision 197): their winter is June-August, their summer December-February.
_SOUTH = re.compile(r"\b(?:down under|down here|southern hemisphere|south of the equator|australia\w*|aussies?|new zealand|kiwis?|south africa\w*|sydney|melbourne|"
                    r"brisbane|perth|adelaide|auckland|wellington|christchurch|cape town|johannesburg|durban|buenos aires|s[aã]o paulo|g'day|kia ora)\b"
                    r"|(?<![A-Za-z])(?:A|AU|NZ)\$|澳洲|澳大利亚|新西兰|南非|悉尼|墨尔本|奥克兰|南半球", re.IGNORECASE)
_OTHER_HALF = {"spring": "fall", "fall": "spring", "autumn": "spring", "summer": "winter", "winter": "summer",
               "春季": "秋季", "春天": "秋季", "秋季": "春季", "秋天": "春季", "夏季": "冬季", "夏天": "冬季", "冬季": "夏季", "冬天": "夏季"}


def _season_window(season: str, today: date, next_: bool, south: bool = False) -> tuple[date, date]:
    first, last = SEASONS[_OTHER_HALF.get(season, season) if south else season]
    wins = []
    for y in (today.year - 1, today.year, today.year + 1):
        start = date(y, first, 1)
        end = month_end(y + 1, last) if last < first else month_end(y, last)
        wins.append((start, end))
    upcoming = [w for w in wins if w[1] >= today]
    if next_ and upcoming and upcoming[0][0] <= today:
        return upcoming[1]
    return max(upcoming[0][0], today), upcoming[0][1]  # the rest of a season under way


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The last day of a campaign given as a weekday after its start: "ends Sunday", "runs through Friday".
_ENDS_ON = re.compile(r"\b(?:ends?|ending|closes?|closing|wraps? up|runs? (?:until|till|through)|until|till|through)\s+(?:on\s+)?(?:this\s+|next\s+)?"
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_QUARTER = re.compile(r"(?<![A-Za-z0-9_-])(?:(?:in|for|during|over|across|this|next|coming)\s+)?(?:q(?P<q>[1-4])|(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)"
                      r"(?:\s+(?P<y>20\d\d))?(?![A-Za-z0-9_-])(?!\s+(?:sales|revenue|results|numbers|was|were|had))"
                      r"|(?:20(?P<zy>\d\d)年)?(?:第(?P<zq>[一二三四1-4])|(?P<zq2>[一二三四])|Q(?P<zq3>[1-4]))季度", re.IGNORECASE)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "一": 1, "二": 2, "三": 3, "四": 4}


_AHEAD = re.compile(r"(?:ahead of|before|prior to|leading up to|in the run-?up to|in the lead-?up to)\s+(?:the\s+)?(?:this\s+|next\s+)?$")


def _ahead_of(low: str, pos: int, start: date, end: date, today: date) -> tuple[date, date]:
    """"ahead of winter", "before May": the 30 days before the period, not the period itself."""
    if not _AHEAD.search(low[max(0, pos - 30) : pos]):
        return start, end
    if start <= today:  # "ahead of spring" on 2 March: the run-up has passed; the season's first 30 days from today
        return today, min(end, today + timedelta(days=29))
    return max(start - timedelta(days=30), today), start - timedelta(days=1)


def _named_quarter(text: str, today: date) -> tuple[date, date, tuple[int, int]] | None:
    """"Q4", "in the fourth quarter", 第四季度, "Q1 2027": that quarter's next run that has not ended (one
    under way starts today); "last quarter" and "Q3 sales were…" look back and are not the window."""
    for m in _QUARTER.finditer(text):
        if re.search(r"(?:last|past|previous|上个?|去年)\s*(?:the\s+)?$", text[max(0, m.start() - 10) : m.start()], re.I):
            continue
        raw = m.group("q") or m.group("w") or m.group("zq") or m.group("zq2") or m.group("zq3")
        q = int(raw) if raw.isdigit() else _ORDINAL[raw.lower()]
        year = int(m.group("y")) if m.group("y") else (2000 + int(m.group("zy")) if m.group("zy") else None)
        for y in ([year] if year else [today.year, today.year + 1]):
            start, end = date(y, 3 * q - 2, 1), month_end(y, 3 * q)
            if end >= today:  # "runs to end of Q2", "by the end of Q2": from today
                to_end = re.search(r"\b(?:by|until|till|through|to|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?$", text[max(0, m.start() - 30) : m.start()], re.I)
                return (today if to_end else max(start, today)), end, (m.start() - (len(to_end.group(0)) if to_end else 0), m.end())
    return None


def find_window(text: str, today: date, taken: list[tuple[int, int]], *, near_days: bool = True) -> WindowHit | None:
    """The campaign window named in ``text`` outside the ``taken`` spans (audience windows); ``near_days``
    reads "tomorrow" and "this weekend" too (a brief's send day; in a question they are small talk)."""

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    low = text.lower()
    start: date | None = None
    end: date | None = None
    spans: list[tuple[int, int]] = []
    if (plan := schedule_window(text, today, free)) is not None:  # "T-7 teaser email, T0 = Tue 3/17, T+3 SMS"
        return WindowHit(plan[0], plan[1], None, None, plan[2], tuple(plan[3]))
    found = (explicit_dates(text, today, free, ongoing=True) or month_span(text, today, free) or bare_days(text, today, free)
             or near_pair(text, today, free))  # "April and May", "the 9th to the 15th", "tomorrow and Wednesday"
    if found:
        start, end = found[0], found[1]
        spans.append(found[2])
        if end is None:  # "the week after May 1", "two weeks before June 15", 5月1日前
            around = after_day(text, found[0], *found[2]) or before_day(text, found[0], *found[2], today) or ahead_of_day(text, found[0], *found[2], today)
            later = None if around is not None else end_day_after(text, found[2][1], found[0], free)
            if around is not None:
                start, end = around[0], around[1]
                spans[-1] = (min(found[2][0], around[2][0]), max(found[2][1], around[2][1]))
                if end is not None and (begun := _begins_before(text, low, today, free, spans[-1], end)) is not None:
                    start = begun[0]  # "starting tomorrow and ending Sunday March 15"
                    spans.append(begun[2])
            elif later is not None:  # "kick off April 1st, wrap up April 10th", 16号开始做到25号
                end = later[0]
                spans.append(later[1])
            else:  # "Push goes out Thu 2026-03-19 …; email follow-up Sat 03-21": the first to the last send
                end = last_dated_send(text, found[2][1], found[0])
    if found is None and (found := week_of_month(text, today, free) or parts_of_month(text, today, free) or starts_in(text, today, free)) is not None:
        start, end = found[0], found[1]  # "the second week of April", 4月第二周, "starting in two weeks"
        spans.append(found[2])
    named = next_occasion(text, today, free)
    occasion: tuple[str | None, date, date | None, tuple[int, int]] | None = None
    if named is not None:
        # "the week after Mother's Day", 清明后第一个周末 (not for the occasion); else 圣诞节前两周, "the week before Black Friday"
        occasion = after_occasion(text, named) or run_up(text, named, today)
        if start is None:  # "Back-to-school … late August": a part of a month said near the occasion narrows it
            start, end = occasion_part(text, free, occasion[1], occasion[2], spans)
        spans.append(occasion[3])
        then = starting_then(text, occasion[3][1])  # "two weeks after Easter … starting then"
        if then is not None and free(*then):
            spans.append(then)
    if start is None:
        found = _month_or_season(text, low, today, free) or _relative_period(text, low, today, free, near_days)
        if found:
            start, end = found[0], found[1]
            spans.append(found[2])
    dur, dur_span, dur_start = campaign_duration(text, today, free, spans, start)
    if dur_span is not None:
        spans.append(dur_span)
        if dur_start is not None:
            start, end = dur_start, dur_start + timedelta(days=(dur or 1) - 1)
    ends = _ENDS_ON.search(low)
    if start is None and dur is None and near_days and ends and free(ends.start(), ends.end()):
        start = today  # "Sale ends Sunday": from today to that day
    if start is not None and ends and free(ends.start(), ends.end()):  # "tomorrow … ends Sunday"
        day = _WEEKDAYS.index(ends.group(1))
        last = start + timedelta(days=(day - start.weekday()) % 7)
        if end is None or last > end:
            end = last
            spans.append((ends.start(), ends.end()))
    if start is None and dur is None and not spans:
        return None
    if start is not None and end is None:
        end = start + timedelta(days=(dur or 21) - 1) if dur else one_day(text, start, found)
    elif start is not None and end == start and dur and dur > 1:  # "下周一开始做一周", "starting Monday for two weeks"
        end = start + timedelta(days=dur - 1)
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    return WindowHit(start, end, dur, occasion[0] if occasion else None, (lo, hi), (*spans, *_said_again(text, spans, free)))


def _begins_before(text: str, low: str, today: date, free: Free, deadline: tuple[int, int], end: date) -> Found | None:
    """A start day said before a deadline ("starting tomorrow and ending Sunday March 15", "from Monday until the 20th")."""
    head = low[: deadline[0]]
    found = _relative_period(text[: deadline[0]], head, today, free, True)
    if found is None or not (today < found[0] <= end):
        return None
    return found if re.search(r"\b(?:start\w*|from|begin\w*|kick\w* off|launch\w*|going out)\s+(?:on\s+)?$", head[max(0, found[2][0] - 20) : found[2][0]]) else None


def _said_again(text: str, spans: list[tuple[int, int]], free: Free) -> list[tuple[int, int]]:
    """The season the window was read from, named again ("Heading into winter … a winter campaign"): claimed too."""
    said = {text[a:b].strip().lower() for a, b in spans}
    again = []
    for word in said & set(SEASONS):
        again += [m.span() for m in re.finditer(rf"\b{word}\b" if word.isascii() else word, text, re.IGNORECASE)
                  if free(*m.span()) and all(m.end() <= a or m.start() >= b for a, b in spans)]
    return again


#: A past-tense purchase or sign-up right before a month: the month is a look-back.
_LOOKS_BACK = re.compile(r"\b(?:was|were|bought|ordered|purchased|placed|joined|signed up|registered|first order|last order|shopped)\b"
                         r"[^,.;:!?]{0,20}$")


_TO_MONTH_END = re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*(?:the\s+)?(?:end\s+of\s+(?:the\s+|that\s+)?month|month[- ]end)\b")


def _month_or_season(text: str, low: str, today: date, free: Free) -> Found | None:
    """Part of a month ("the first two weeks of April"), a month ("in April", 4月), a season ("this spring", 春季)."""
    part = _part_of_month(low, today)
    if part is not None and free(*part[2]):
        return part
    by_end = re.search(rf"\b(?:by|before|until|till|through)\s+(?:the\s+)?end\s+of\s+(?P<m>{_MONTH_RE})\b", low)
    if by_end and free(by_end.start(), by_end.end()):  # "by end of May": from today to its last day
        return today, _month_window(_MONTHS[by_end.group("m")], today)[1], (by_end.start(), by_end.end())
    m = re.search(rf"\b(?:in|for|(?:during|for|throughout)\s+all|all(?=\s+\w+\s+long\b)|during|throughout|across|over|all of|the whole of|(?:all\s+(?:of\s+)?)?the\s+month\s+of|the\s+(?:whole|entire|full)\s+month\s+of|by|early|late|mid-?|before|ahead of|prior to|leading up to)"
                  rf"(?:\s+|(?<=mid)-|(?<=early)-|(?<=late)-)(?P<m>{_MONTH_RE})\b", low)
    m2 = None if m else re.search(rf"(?P<q>this|next|coming)\s+(?P<m>{_MONTH_RE})\b", low) or re.search(
        rf"\b(?P<q>an?|our|the)\s+(?P<m>{_MONTH_RE})(?=\s+(?:[\w-]+\s+){{0,2}}?(?:promo|promotion|sale|campaign|push|launch|win-?back|blast|drop|offer|e-?mail|sms|newsletter|send)s?\b)",
        low) or re.search(  # "an April tent promo", "a May sale"; "November promo for headlamps" opening a sentence
        rf"(?:^|(?<=[.!?;:\n])\s*)(?P<m>{_MONTH_RE})(?=\s+(?:[\w-]+\s+){{0,2}}?(?:promo|promotion|sale|campaign|launch|win-?back|blast|drop|offer|newsletter)s?\b)", low) or re.search(  # a form's filled field: "Dates: April."
        rf"(?:\b(?:dates?|timing|when|window|schedule|flight)\s*[:：]|(?<=[,;>—]))\s*(?P<m>{_MONTH_RE})\b(?!\s*\d)(?=\s*(?:[.,;!\n]|$))", low)
    zh = None if (m or m2) else re.search(r"(?:在|于|下个?|今年)?" + _ZH_MONTH, text)
    hit = m or m2
    if hit and _LOOKS_BACK.search(low[max(0, hit.start() - 40) : hit.start()]):
        hit = None  # "whose first order was in January", "who bought in May": a look-back, not the campaign's month
    if hit and re.search(r"\b(?:spring|summer|fall|autumn|winter|season)\s+(?:starts|begins|kicks off|arrives|comes)\s*$", low[max(0, hit.start() - 30) : hit.start()]):
        hit = None  # "our summer starts in December": when the season is, not the campaign's month
    if hit and free(hit.start(), hit.end()):
        start, end = _month_window(_MONTHS[hit.group("m")], today)
        prefix = re.match(r"(early|late|mid-?)", hit.group(0))
        start, end = _third(prefix.group(1).rstrip("-") if prefix else None, start, end, today)
        start, end = _ahead_of(low, hit.start("m"), start, end, today)
        to_end = _TO_MONTH_END.match(low, hit.end()) if prefix else None
        if to_end:  # "from mid-March to the end of the month": on to its last day
            return start, _month_window(_MONTHS[hit.group("m")], today)[1], (hit.start(), to_end.end())
        return start, end, (hit.start(), hit.end())
    year = re.search(r"(20\d\d)\s*年\s*$", text[max(0, zh.start() - 6) : zh.start()]) if zh else None
    if zh and year and (int(year.group(1)), int(to_number(zh.group("zm")) or 0)) < (today.year, today.month):
        zh = None  # 2025年1月注册的: a month that has passed is a look-back, never the window
    if zh and free(zh.start(), zh.end()) and not re.match(r"\s*[个]", text[zh.end() - 1 : zh.end() + 1]):
        month = int(to_number(zh.group("zm")) or 0)
        if 1 <= month <= 12 and not re.search(r"个月", zh.group(0)):
            start, end = _month_window(month, today)
            zpart = _ZH_PART_AFTER.match(text, zh.end())
            ends = _ZH_ENDS.match(text, zpart.end()) if zpart and zpart.group("p") in ("底", "末") else None
            if ends:  # 三月底之前结束: from today to the month's last day
                return today, end, (zh.start(), ends.end())
            start, end = _third(zpart.group("p") if zpart else None, start, end, today)
            return start, end, (zh.start(), zpart.end() if zpart else zh.end())
    # "last spring", "over the winter", 去年冬天: a past season is not when the campaign runs
    m = re.search(r"\b(this|next|coming|upcoming)?\s*(?<!last )(?<!past )(?<!previous )(?<!over the )(?<!since )(?<!since last )"
                  r"(spring|summer|fall|autumn|winter)\b(?!\s+(?:sales? (?:were|was)|sold))", low)
    zs = re.search(r"(?<!去年)(今年|明年|下个)?(春季|春天|夏季|夏天|秋季|秋天|冬季|冬天)", text)
    if m and _SEASON_KIND.match(low, m.end()):
        m = None  # "winter jackets", "summer hiking boots": the kind of product, not when to send
    if zs and (_SEASON_KIND.match(text, zs.end()) or re.match(r"\s*(?:快|就要|马上|即将)?(?:要)?(?:结束|过去|过完)", text[zs.end():])):
        zs = None  # 冬季外套, 夏季新款; 冬天快结束了 (why, not when)
    if m and re.search(r"\b(?:stock|inventory|sell-through|of plan)\b[^.;!?]*\b(?:going|heading)\s+into\s+$", low[: m.start(2)]):
        m = None  # "tents are at 180% of plan stock going into spring": why, not when
    south = bool(_SOUTH.search(text))
    if m and free(m.start(), m.end()):
        start, end = _season_window(m.group(2), today, m.group(1) == "next", south)
        start, end = _ahead_of(low, m.start(2), start, end, today)
        return start, end, (m.start(1) if m.group(1) else m.start(2), m.end())
    if zs and free(zs.start(), zs.end()):
        start, end = _season_window(zs.group(2), today, zs.group(1) in ("明年", "下个"), south)
        return start, end, (zs.start(), zs.end())
    return None


#: A last day told as when it ends (本周日结束, 三月底之前结束, 月底前截止): the window runs from today.
_ZH_ENDS = re.compile(r"\s*(?:之|以)?前?\s*(?:结束|截止|收尾|下线|为止)")
_BY_DAY = re.compile(r"(before|by|until|till|through|thru)\s")
_FROM_DAY = re.compile(r"(?:starting|start|starts|from|go(?:es|ing)? live|kick(?:s|ing)? off|launch(?:es|ing)?)\s", re.IGNORECASE)
_ZH_GOES_LIVE = re.compile(r"\s*(?:开始|起|上线|启动|开跑|开做|开搞|发起)")
_ZH_WEEKDAY = re.compile(r"(?P<w>这|本|下下|下)?(?:个)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")


def _relative_period(text: str, low: str, today: date, free: Free, near_days: bool) -> Found | None:
    """"this/next week, month or quarter", 下个月, "tomorrow", "this weekend", "Q4", 第四季度."""
    eom = re.search(r"\b(?:by|before|until|till|through)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(month|week)\b|eo(m|w)\b)|(?:(?<![下个])月底|本月底|这个?月底|这周末?之?前)前?|(?:(?<=[,;])|(?<=[,;]\s)|\bends?\s+)end\s+of\s+(?:the\s+|this\s+)?month(?=\s*(?:$|[,.;!]))", low)
    if eom and free(eom.start(), eom.end()):  # "by end of month": from today to its last day
        start, end = this_or_next("week" if (eom.group(1) == "week" or eom.group(2) == "w" or "周" in eom.group(0)) else "month", today)
        return start, end, (eom.start(), eom.end())
    if (zr := zh_weekday_range(text, today, free) or en_weekday_range(text, today, free)) is not None:
        return zr  # 下周一到周三, "Thu-Sun"
    zd = _ZH_WEEKDAY.search(text)
    if zd and not near_days and not re.match(r"(?:之|以)?前", text[zd.end():]):
        zd = None  # 周五 in a question is small talk; 下周一之前 still dates it
    if zd and re.match(r"(?:之|以)?前\s*(?:给我|发我|交|提交|出|定稿|过稿)", text[zd.end():]):
        zd = None  # 方案周三前给我: when the draft is due, not the campaign's window
    if zd and free(zd.start(), zd.end()):  # 这周六, 下周一, 星期五
        day = "一二三四五六日天".index(zd.group("d"))
        monday = today - timedelta(days=today.weekday()) + timedelta(days={"下": 7, "下下": 14}.get(zd.group("w") or "", 0))
        when = monday + timedelta(days=min(day, 6))
        if zd.group("w") is None and when < today:
            when += timedelta(days=7)
        before = re.match(r"(?:之|以)?前", text[zd.end():])
        ends = _ZH_ENDS.match(text, zd.end())
        if ends and when >= today:  # 本周日结束: from today to that day
            return today, when, (zd.start(), ends.end())
        if before and when > today:  # 下周五前: from today to the day before that Friday
            return today, when - timedelta(days=1), (zd.start(), zd.end() + before.end())
        if when >= today and (both := re.match(r"(?:和|、|与)?(?:周|星期)?日", text[zd.end():])) and zd.group("d") == "六":
            return when, when + timedelta(days=1), (zd.start(), zd.end() + both.end())  # 本周六日两天: Saturday and Sunday
        if when >= today and _ZH_GOES_LIVE.match(text, zd.end()):
            return when, None, (zd.start(), zd.end())  # 下周一上线: the first day; no last day said
        if when >= today:
            return when, when, (zd.start(), zd.end())
    after_next = re.search(r"\b(?:the\s+)?week\s+after\s+next\b", low)
    if after_next and free(after_next.start(), after_next.end()):  # "the week after next" (decision 173)
        _s, end = this_or_next("next week", today)
        return end + timedelta(days=1), end + timedelta(days=7), (after_next.start(), after_next.end())
    m = re.search(r"\b(this|next|coming)\s+(week|month|quarter)\b", low) or re.search(
        r"(下下周(?!末)|下下个?星期|本周(?!末)|下周(?!末)|这周(?!末)|本月|下个月|下月|这个月|下个?季度|本季度)", text)
    if m and free(m.start(), m.end()):
        start, end = this_or_next(m.group(0).lower(), today)
        if m.group(0).startswith("下下"):  # the week after next
            start, end = end + timedelta(days=1), end + timedelta(days=7)
        part = _ZH_PART_AFTER.match(text, m.end()) if "月" in m.group(0) else None
        start, end = _third(part.group("p") if part else None, start, end, today)
        return start, end, (m.start(), part.end() if part else m.end())
    if (mid := mid_month(text, today, free)) is not None:
        return mid
    near = NEAR_DAYS.search(text)
    if near and not near_days and not near.group(0).lower().startswith("before"):
        near = None  # "before next Monday" dates a question too
    if near is not None and free(near.start(), near.end()):
        start, end = near_days_window(near.group(0).lower(), today)
        lead = _BY_DAY.match(near.group(0).lower())
        if _FROM_DAY.match(near.group(0)):
            return start, None, (near.start(), near.end())  # "go live Thursday": the first day; no last day said
        if lead and start == end and start > today:  # "before Friday" ends the day before; "by Friday" on it
            return today, end - timedelta(days=1 if lead.group(1) == "before" else 0), (near.start(), near.end())
        return start, end, (near.start(), near.end())
    q = _named_quarter(text, today)
    return q if q is not None and free(*q[2]) else None
