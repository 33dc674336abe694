"""日 as the day unit of a window, as Cantonese and Taiwan write it: 最近60日, 過去30日內, 90日内 = 最近60天, 30天内.

A date's 日 (5月1日, 1日至7日) stays: 日 counts days only after 最近/过去/近 and a number, or between a number that
follows no month and 内/以内/之内/里. The text keeps its length (one character for one), so positions hold.
"""

from __future__ import annotations

from copilot.reading import regex as re

_NUM = r"[\d零一二两三四五六七八九十百]+"
_DAY_UNIT = re.compile(
    rf"(?:最近|过去的?|在过去|近)\s*{_NUM}\s*(日)"
    rf"|(?<![月\d零一二两三四五六七八九十百]){_NUM}\s*(日)(?=\s*(?:内|以内|之内|里))"
)


def day_unit(text: str) -> str:
    """``text`` with the day-counting 日 written 天 (same length)."""
    chars = list(text)
    for m in _DAY_UNIT.finditer(text):
        for g in (1, 2):
            if m.group(g) is not None:
                chars[m.start(g)] = "天"
    return "".join(chars)
