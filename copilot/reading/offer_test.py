"""An A/B test between two offers: "test 10% vs 15% off", "10% off or 15% off — test which converts", 测试九折和八五折哪个效果好.

Both variants are the request's, so neither is an unread clause: the test is the reading's A/B test (element
"offer") and its first variant is the offer the plan starts from (the planner's A/B set-up adds the second).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.numbers import to_number, zhe_to_percent_off
from copilot.reading.schema import ABTest, Offer
from copilot.reading.text import Text

_PCT = r"(?P<{0}>\d{{1,2}}(?:\.\d)?)\s?%(?:\s+off)?"
_ZHE = r"(?P<{0}>[一二三四五六七八九]{{1,2}}|\d(?:\.\d)?|[1-9]\d)\s?折"
_EN = re.compile(r"\btest(?:ing)?\s+(?:a\s+)?" + _PCT.format("a") + r"\s+(?:vs\.?|versus|against|or)\s+(?:a\s+)?" + _PCT.format("b"), re.IGNORECASE)
_ZH = re.compile(r"测试?(?:一下)?\s*" + _ZHE.format("a") + r"\s*(?:和|跟|与|还是|vs\.?)\s*" + _ZHE.format("b")
                 + r"(?:[^，。；,;]{0,8}?(?:哪个|哪种|谁)(?:的)?(?:效果|转化)?(?:更)?(?:好|高))?")


def offer_test(t: Text) -> tuple[ABTest, Offer] | None:
    """(the A/B test on the offer, the first variant as the offer), or None."""
    for rx, zhe in ((_EN, False), (_ZH, True)):
        m = rx.search(t.text)
        if m is None or not t.free(m.start(), m.end()):
            continue
        first = zhe_to_percent_off(m.group("a")) if zhe else to_number(m.group("a"))
        if not first or not 0 < first < 100:
            continue
        span = t.take(m.start(), m.end())
        return ABTest(element="offer", span=span), Offer(kind="percent_off", value=first, span=span)
    return None
