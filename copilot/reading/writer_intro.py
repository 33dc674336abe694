"""Who the writer is and the market they sell to, told before the ask, is no audience: "我们是深圳的跨境卖家，美区客户为主",
"我们美区独立站的客户里，哪个渠道…", "We're a Denver-based shop". The city is where the writer works and the US market is
every customer the workspace holds, so neither narrows the audience (they had been listed as a location the data lacks
and as an unread clause). Claimed before the other rules, no entry.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_INTRO = re.compile(
    r"我们是(?:一家|一个|做)?[^，。；！？,;!?\n]{0,20}?(?:卖家|商家|店铺|网店|店|品牌|公司|团队|工作室|独立站)"
    r"|\bwe(?:'re| are)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:shop|store|brand|retailer|seller|company|team|business)\b"
    # the writer's market: every customer the workspace holds
    r"|(?:我们的?)?(?:美区|美国区|美国站|北美站|美国市场)(?:独立站|站点|店铺)?(?:的)?(?:客户|用户|顾客|买家)(?:为主|居多|占多数|里|中)?",
    re.IGNORECASE)


def claim_writer_intro(t: Text) -> None:
    """Claim the writer's own introduction and market (see the module docs)."""
    for m in _INTRO.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
