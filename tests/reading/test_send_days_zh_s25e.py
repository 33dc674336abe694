"""发 (send) between a start day and a length joins them as 开始做 / 开始推 did (dev b1438's class): 明天开始发三天 is
three days from tomorrow, 后天开始发五天 five from the day after, 下周二起发一周 a week from next Tuesday; the words are
claimed, not listed as an unread clause."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_start_then_send_length() -> None:
    for text, start, end in (("给忠诚客户发个短信，跑步袜八折，预算三千，明天开始发三天", date(2026, 3, 3), date(2026, 3, 5)),
                             ("后天开始发五天推送，给冠军客户，九折，预算2000元", date(2026, 3, 4), date(2026, 3, 8)),
                             ("下周二起发一周邮件给流失客户，预算1000元", date(2026, 3, 10), date(2026, 3, 16)),
                             ("下周二起一周，给冠军客户发邮件，预算1000元", date(2026, 3, 10), date(2026, 3, 16))):
        x = read(text, today=TODAY)
        assert x.window is not None and (x.window.start, x.window.end) == (start, end), text
        assert not x.not_applied, text
