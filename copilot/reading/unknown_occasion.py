"""An occasion copilot has no date for ("Teacher's Day", 教师节, Ramadan) in a brief whose window was not read: said
under Not applied (timing) rather than dropped, so the marketer gives the dates.

The reader knows the occasions in ``lexicon.OCCASIONS`` / ``MOVABLE_OCCASIONS`` (their days, or the rule for them);
any other named day would otherwise leave the plan on its default window without a word.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied, Window
from copilot.reading.text import Text

#: Named days and festivals copilot has no date for (Chinese, then English): the common ones marketers plan around.
_ZH = re.compile(r"教师节|儿童节|六一(?!折)|重阳节?|腊八节?|植树节|青年节|五四青年节|护士节|建军节|除夕|小年(?!夜饭)|冬至|中元节?|"
                 r"光棍节|泼水节|圣帕特里克节|万圣夜|佛诞|卫塞节|国际[\u4e00-\u9fff]{1,4}日|"
                 # the store's own days (set 12 decision 169): 会员日 with no date is said, the dates asked for
                 r"(?:超级)?会员日|品牌日|店庆(?:日)?|周年庆")
_EN = re.compile(r"\b(?:teacher'?s'?|children'?s|kids'?|grandparents'?|nurses'?|national \w+(?: \w+)?|global running|world \w+|"
                 r"pi|star wars|canada|australia|anzac|bastille|remembrance|armistice|boxing|small business saturday|"
                 r"singles|mid-?autumn|(?:\w+\s+)?awareness|members?'?|brand)\s+day\b(?!\s*\d)"
                 r"|\b(?:(?:store|shop|brand)\s+)?anniversary\s+(?:sale|week|weekend)\b"
                 r"|\b(?:eid al-adha|holi|songkran|oktoberfest|mardi gras|cinco de mayo|kwanzaa|pride month|"
                 r"women'?s history month|black history month|vesak|onam|navratri|durga puja|rosh hashanah|"
                 r"yom kippur|passover|lunar festival)\b", re.IGNORECASE)
_REASON = "copilot has no date for this occasion; give the campaign's dates"


def unknown_occasion(t: Text, window: Window | None) -> NotApplied | None:
    """The first occasion the reader has no date for, when no window was read and its words are not claimed; with a
    window read (会员日活动，周末两天) the occasion is only its name: claimed, so 会员 is no unread clause about people."""
    for rx in (_ZH, _EN):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                span = t.take(m.start(), m.end())
                return None if window is not None else NotApplied(text=m.group(0), span=span, affects="timing", reason=_REASON)
    return None
