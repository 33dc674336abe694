"""Cantonese date words (probe s24x zb14): 舊年 is 去年 (last year, the same window as the simplified word) and
今個月 is 这个月, so 今個月底前 ends the window on the month's last day as 本月底前 / 这个月底前 do; 下个月底前
stays next month's end."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Bought, leaves

TODAY = date(2026, 4, 20)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def bought(x: Reading) -> list[Bought]:
    return [c for c in leaves(x.audience) if isinstance(c, Bought)] if x.audience is not None else []


def test_jiu_nian_is_last_year_like_qu_nian() -> None:
    canto, mandarin = bought(r("幫我搵返舊年買過睡袋嘅客，發短信")), bought(r("给去年买过睡袋的客户发短信"))
    assert canto and mandarin and canto[0].within_days == mandarin[0].within_days is not None


def test_gam_go_month_end_is_this_months_end() -> None:
    x = r("今個月底前send email俾沉睡客戶，帳篷八折")
    assert x.window is not None and x.window.end == date(2026, 4, 30)


def test_zhe_ge_yue_di_qian() -> None:
    x = r("这个月底前给沉睡客户发短信，背包九折")
    assert x.window is not None and x.window.start == TODAY and x.window.end == date(2026, 4, 30)


def test_next_months_end_is_not_this_months() -> None:
    x = r("下个月底前给沉睡客户发短信")
    assert x.window is not None and x.window.end == date(2026, 5, 31)
