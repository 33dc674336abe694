"""The period right before a Chinese purchase verb: 上个月买过帐篷, 本月买过袜子, 10月买过, 上周下过单, 今年买过,
双11期间（11/1-11/11）下过单, 11/25-11/30买过, 去年双十一买过. A purchase lies in the past, so the period is the last
such one begun by today (never the campaign's window, never next year's): a look-back from its first day; a period
that ended before today has its end said (copilot's look-backs run to today). 去年 alone keeps its 365 days
(docs/reading.md). English "bought … in October" is copilot.reading.since's."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.numbers import to_number

_SALE = r"(?P<o>双十一|双11|双十二|双12|618|黑五|圣诞节?|春节|年货节|国庆节?)"
#: a sale right before a purchase: 去年双十一买过 (last year's), 今年双11期间 / 双11的时候 (its last run)
_PAST_SALE = re.compile(rf"(?P<y>去年|上一?次|今年)?(?:的)?{_SALE}(?P<p>期间|的时候|大促|活动|当天)?(?:中|里)?(?:的)?\s*$")
SALE_OCCASION = {"双十一": "singles_day", "双11": "singles_day", "双十二": "double_twelve", "双12": "double_twelve",
                 "618": "618", "黑五": "black_friday", "圣诞": "christmas", "圣诞节": "christmas", "春节": "spring_festival",
                 "年货节": "spring_festival", "国庆": "national_day", "国庆节": "national_day"}
_UNIT = re.compile(r"(?P<u>上上个?月|上个?月|本月|这个?月|当月|上上?周|上个?星期|上个?礼拜|本周|这周|这个?星期|上个?季度|本季度|这个?季度|今年)"
                   r"(?:以来|至今|内|里|中)?(?:的)?\s*(?:在(?:我们|本店|店里|官网)(?:这里|里|家)?)?\s*(?:的)?\s*$")
_MON = r"(?:1[0-2]|0?[1-9])"
_DOM = r"(?:[12]\d|3[01]|0?[1-9])"
_ZM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_ZD = r"(?:[12]\d|3[01]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
#: 11/25-11/30, 11月1日到11月11日, 11月1-11日, in brackets or not
_RANGE = re.compile(rf"(?:[（(]\s*)?(?:(?P<m1>{_MON})/(?P<d1>{_DOM})\s*(?:-|–|—|~|～|至|到)\s*(?P<m2>{_MON})/(?P<d2>{_DOM})"
                    rf"|(?P<zm1>{_ZM})月(?P<zd1>{_ZD})[日号]?\s*(?:-|–|—|~|～|至|到)\s*(?:(?P<zm2>{_ZM})月)?(?P<zd2>{_ZD})[日号]?)"
                    r"\s*(?:[)）])?\s*(?:期间|之间|内|里)?(?:的)?\s*$")
_MONTH = re.compile(rf"(?<![\d/.年近去前内个-])(?P<m>{_ZM})月份?(?:里|中|期间)?(?:的)?\s*$")


def last_run(word: str, today: date, last_year: bool = False) -> tuple[date, date] | None:
    """The last run of a sale before today (lexicon OCCASIONS); 去年's is last year's, even in December."""
    key = SALE_OCCASION.get(word)
    if key is None or key not in lx.OCCASIONS:
        return None
    m1, d1, m2, d2 = lx.OCCASIONS[key][1]
    for year in (today.year - 1,) if last_year else (today.year, today.year - 1):
        start = date(year, m1, d1)
        end = date(year if m2 >= m1 else year + 1, m2, d2)
        if end < today:
            return start, end
    return None


def _unit(word: str, today: date) -> tuple[date, date]:
    """(first day, last day) of 上个月 / 本月 / 上周 / 本季度 / 今年 …; one under way ends today."""
    monday = today - timedelta(days=today.weekday())
    month1 = today.replace(day=1)
    quarter1 = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    if word.startswith("上上") and "月" in word:
        end = (month1 - timedelta(days=1)).replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if word.startswith("上上"):
        return monday - timedelta(days=14), monday - timedelta(days=8)
    if word.startswith("上") and "月" in word:
        end = month1 - timedelta(days=1)
        return end.replace(day=1), end
    if word.startswith("上") and "季度" in word:
        end = quarter1 - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if word.startswith("上"):
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if "月" in word:
        return month1, today
    if "季度" in word:
        return quarter1, today
    return (date(today.year, 1, 1), today) if word == "今年" else (monday, today)


def _past_days(m1: int, d1: int, m2: int, d2: int, today: date) -> tuple[date, date] | None:
    """A month/day range a purchase fell in: this year's if it has begun by today, else last year's."""
    for year in (today.year, today.year - 1):
        try:
            start, end = date(year, m1, d1), date(year + (1 if (m2, d2) < (m1, d1) else 0), m2, d2)
        except ValueError:
            return None
        if start <= today:
            return start, min(end, today)
    return None


def zh_period_before(text: str, pos: int, today: date) -> tuple[date, date, int] | None:
    """(first day, last day, where the words start) of the period right before a purchase at ``pos``."""
    head = text[max(0, pos - 30) : pos]
    off = pos - len(head)
    if (r := _RANGE.search(head)) is not None:
        if r.group("m1"):
            days = (int(r.group("m1")), int(r.group("d1")), int(r.group("m2")), int(r.group("d2")))
        else:
            zm1 = int(to_number(r.group("zm1")) or 0)
            days = (zm1, int(to_number(r.group("zd1")) or 0), int(to_number(r.group("zm2") or "") or zm1), int(to_number(r.group("zd2")) or 0))
        found = _past_days(*days, today) if all(days) and days[0] <= 12 and days[2] <= 12 else None
        if found is not None:
            sale = re.search(rf"(?:今年|去年)?(?:的)?{_SALE}(?:期间|的时候|大促|活动)?\s*$", head[: r.start()])  # 双11期间（11/1-11/11）
            return found[0], found[1], off + (sale.start() if sale else r.start())
    if (s := _PAST_SALE.search(head)) is not None and (s.group("y") or s.group("p")):
        found = last_run(s.group("o"), today, (s.group("y") or "") == "去年")
        return (found[0], found[1], off + s.start()) if found is not None else None
    if (u := _UNIT.search(head)) is not None:
        first, last = _unit(u.group("u"), today)
        return first, last, off + u.start()
    if (mo := _MONTH.search(head)) is not None and (month := int(to_number(mo.group("m")) or 0)):
        year = today.year if month <= today.month else today.year - 1
        return date(year, month, 1), min(date(year, month, calendar.monthrange(year, month)[1]), today), off + mo.start()
    return None
