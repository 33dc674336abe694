"""Who the writer is and the market they sell to, told before the ask (我们是深圳的跨境卖家，美区客户为主; 我们美区独立站的客户里;
"We're a small Boulder running store"), is no audience: no location entry, no unread clause (dev b1093 q735's class)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_the_writers_city_and_market_are_no_audience() -> None:
    for text in ("我们是杭州的一家户外店，给冠军客户发邮件，预算2000元", "我们是广州的跨境卖家，北美站客户居多，给流失客户发短信，九折，预算3000元",
                 "我们美国站的用户里，哪个渠道转化率最高？"):
        x = r(text)
        assert not [n for n in x.not_applied if n.affects == "audience"], text


def test_a_region_or_city_of_customers_is_still_read() -> None:
    x = r("给美国西部的客户发短信，预算1000元")
    assert x.audience is not None and x.audience.kind == "region"
    x = r("我们是做户外的品牌，给上海的会员发推送")
    assert any("上海" in n.text for n in x.not_applied if n.affects == "audience")
