"""A question asking for customers region by region (probe s24 eq21, zq14; session 24).

"Which region has the most customers who never opened an SMS?", "how many buyers in each region", "customers by
region", 哪个地区的客户最多, 按地区分布是怎样的, 各地区分别有多少人: the answer counts the question's group in each region of
the workspace (:func:`copilot.agent.routed_regions.by_region`: customers, revenue and AOV per region, ranked). So:

- the intent is the size of each group (``count``, or ``segments`` when the reader said segments), firm against the
  intent model: a channel word inside the group ("never opened an SMS") does not make it a channel question;
- a region breakdown of customers is the answer, not a qualifier copilot cannot apply: "split by region" is no longer
  listed as answered for the whole group (copilot/reading/qualifiers.py).

A measure split by region ("conversion rate by region", 各地区的转化率, "which region converts best on email") is not
answered region by region: it keeps its intent and the breakdown stays listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.reading import regex as re

if TYPE_CHECKING:
    from copilot.tools.conditions import Condition

#: A region breakdown asked: which region ranks first, each region, by region, 哪个地区, 各地区, 按地区(分布).
_BY_REGION = re.compile(
    r"\bwhich\s+(?:\w+\s+)?regions?\b|\b(?:in|for|from)\s+(?:each|every)\s+region\b|\bregion\s+by\s+region\b"
    r"|\b(?:broken\s+down\s+|split\s+(?:out\s+)?|grouped\s+|segmented\s+)?(?:by|per|across)\s+(?:\w+\s+)?regions?\b"
    r"|\bregional\s+(?:split|breakdown|mix|distribution)\b"
    r"|(?:哪个|哪些|哪一个|边个|邊個)(?:地区|区域|大区|地區|區域)|(?:各个?|每个|每個|各個)(?:地区|区域|大区|地區|區域)"
    r"|按(?:照)?(?:地区|区域|大区|地區|區域)|(?:地区|区域|地區|區域)分布",
    re.IGNORECASE,
)
#: Customers are what is counted: a people noun, or a distribution / how many.
_PEOPLE = re.compile(
    r"\b(?:customers?|people|buyers?|shoppers?|subscribers?|members?|users?|clients?|folks|how\s+many)\b"
    r"|客户|顾客|用户|会员|客人|人群|多少人|几个人|几位|分布|人数|有多少",
    re.IGNORECASE,
)
#: A measure other than a count, split by region: not answered region by region.
_MEASURE = re.compile(
    r"\b(?:conver\w*|click\w*|ctr|open\s+rates?|rates?|aov|average\s+order|order\s+value|roi|revenue|sales|spend\w*|"
    r"sell\w*|buys?\s+(?:the\s+)?most|best|worst|grow\w*|fastest)\b"
    r"|转化|点击|打开率|率|客单价|收入|销售额|营收|卖得|买得最多|增长|增速|最好|最差",
    re.IGNORECASE,
)


def customers_by_region(text: str) -> re.Match[str] | None:
    """The region-breakdown words of a question that counts customers region by region, or None."""
    m = _BY_REGION.search(text)
    if m is None or not _PEOPLE.search(text) or _MEASURE.search(text):
        return None
    return m


def names_no_region(audience: Condition | None) -> bool:
    """True when the question's group names no region: regions it names are compared or filtered, not broken down
    (西部和南部哪个地区客户更多 compares two, a segments question)."""
    from copilot.tools.conditions import Region, leaves

    return audience is None or not any(isinstance(c, Region) for c in leaves(audience))
