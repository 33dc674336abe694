"""Targeting by model score: who a campaign would persuade (uplift), and how many of the likeliest.

* "the persuadables (top 10% by uplift)", "which 2,000 customers would an email actually persuade",
  最容易被说服的前20%客户 → ``top_uplift`` (conditions.py): the customers a message changes, not the ones who
  would buy anyway. ``top_n`` / ``top_share`` only when the words give them.
* "the 2,000 customers most likely to buy a tent in the next 60 days", 最可能购买帐篷的前1000名客户 → ``top_propensity``
  (:func:`top_propensity`, an audience rule).
* "Who's most likely to buy a rain jacket? Top 500 please.", 最可能购买徒步靴的2000名客户: the number said
  apart from "most likely" is the top-N of that propensity condition.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, NUMBER, duration_days, to_number
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, category_at
from copilot.tools.conditions import And, Condition, TopPropensity, TopUplift

_UPLIFT = re.compile(
    r"\bpersuadables?\b|\b(?:most\s+)?(?:likely|easiest)\s+to\s+be\s+persuaded\b|\bby\s+(?:predicted\s+|estimated\s+)?uplift\b|"
    r"\buplift\s+(?:model|score|targeting)\b|\b(?:would|could|will|can)\s+(?:an?\s+\w+\s+|we\s+|our\s+\w+\s+)?(?:actually\s+)?"
    r"(?:persuade|sway|convince|tip)\b|最容易被(?:说服|打动)|最容易被(?=[^，。？?]{1,8}(?:说服|打动))|最可能被说服|容易被打动|可被说服|增量最高|提升(?:效果)?最(?:大|明显)",
    re.IGNORECASE,
)
_SHARE = re.compile(rf"(?:top|前|最)\s*(?P<n>{NUMBER})\s*(?:%|percent|per cent)|(?P<zh>\d+)\s*%", re.IGNORECASE)
_COUNT = re.compile(rf"\b(?:top|the|which|first)\s+(?P<n>{NUMBER})(?!\d|,\d|\.\d)(?!\s*(?:%|percent|per cent|days?|weeks?|months?|years?))\b"
                    r"(?:\s+(?:customers|people|shoppers|buyers|persuadables))?|(?P<zh>\d[\d,]*)\s*(?:名|位|个)(?:客户|用户|顾客)?",
                    re.IGNORECASE)


def read_uplift(t: Text) -> tuple[int, TopUplift] | None:
    """The uplift leaf, with its share or count when the same sentence states one."""
    m = _UPLIFT.search(t.text)
    if m is None:
        return None
    sentence_start = max(t.text.rfind(c, 0, m.start()) for c in ".;!?。；！？\n") + 1
    ends = [i for i in (t.text.find(c, m.end()) for c in ".;!?。；！？\n") if i >= 0]
    sentence = (sentence_start, min(ends) if ends else len(t.text))
    share = count = None
    a, b = m.start(), m.end()
    for sm in _SHARE.finditer(t.text, *sentence):
        if abs(sm.start() - m.start()) < 40 or abs(sm.start() - m.end()) < 40:
            value = to_number(sm.group("n") or sm.group("zh") or "")
            if value and 0 < value <= 100:
                share, a, b = value / 100, min(a, sm.start()), max(b, sm.end())
                break
    if share is None:
        for cm in _COUNT.finditer(t.text, *sentence):
            value = to_number((cm.group("n") or cm.group("zh") or "").replace(",", ""))
            if value and value >= 10 and (abs(cm.start() - m.start()) < 40 or abs(cm.end() - m.start()) < 40):
                count, a, b = int(value), min(a, cm.start()), max(b, cm.end())
                break
    if not t.free(a, b):
        a, b = m.start(), m.end()
    leaf = TopUplift(top_n=count, top_share=share, span=t.take(a, b))
    anyway = re.search(r"\b(?:rather than|not|instead of)\s[^.;!?]{0,40}\banyway\b|而不是[^。；？]{0,20}(?:本来就会|反正会)买", t.text)
    if anyway and t.free(anyway.start(), anyway.end()):
        t.take(anyway.start(), anyway.end())  # "rather than people who'd buy anyway" says what uplift means
    return a, leaf


def with_top_count(text: str, audience: Condition | None) -> Condition | None:
    """A count said apart from "most likely to buy" ("Top 500 please", 2000名) becomes its top-N."""
    leaves = audience.of if isinstance(audience, And) else [audience] if audience is not None else []
    tops = [c for c in leaves if isinstance(c, TopPropensity) and c.top_n is None and c.top_share is None]
    if len(tops) != 1:
        return audience
    top = tops[0]
    found = None
    for cm in _COUNT.finditer(text):
        value = to_number((cm.group("n") or cm.group("zh") or "").replace(",", ""))
        if value and value >= 10 and not re.match(r"\s*(?:orders?|days?|单|天)", text[cm.end():]):
            found = int(value)
            break
    if found is None:
        return audience
    new = top.model_copy(update={"top_n": found})
    if isinstance(audience, And):
        return audience.model_copy(update={"of": [new if c is top else c for c in audience.of]})
    return new


def top_propensity(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Top by propensity: "the 2,000 customers most likely to buy a tent in the next 60 days", "top 10% most
    likely to buy headlamps", "最可能购买帐篷的前1000名客户"."""
    text = t.text
    add = adder(leaves)
    top = re.compile(
        rf"(?:(?:the\s+)?(?:top\s+)?(?P<n>{NUMBER})(?P<pct>\s?%|\s?percent)?\s+(?:(?:of\s+)?(?:our\s+)?(?:customers|shoppers|people|buyers)\s+)?"
        r"(?:(?:who\s+are\s+)?(?:most|likeliest)\s+likely\s+to\s+(?:buy|purchase|order|convert)|by (?:(?:predicted|modell?ed|estimated|calibrated)\s+)?(?:purchase\s+|buying\s+)?(?:propensity|likelihood|probability)(?:\s+(?:score\s+)?to\s+(?:buy|purchase))?)"
        r"|(?:the\s+)?(?:customers\s+)?(?:most|likeliest|highly|very)\s+likely\s+to\s+(?:buy|purchase|order|convert)|likeliest\s+to\s+(?:buy|purchase|order|convert)"
        r"|(?:are|is)\s+likely\s+to\s+(?:buy|purchase|order)"
        r"|(?:who\s+)?(?:have|has|with)\s+(?:the\s+(?:most|best|highest|biggest)|(?:the\s+)?(?:more|higher|bigger|greater))\s+(?:chances?|probability|likelihood)\s+(?:to|of)\s+(?:buying|buy|purchasing|purchase|ordering|order)"
        r"|high[- ]propensity|(?:最可能|最有可能|最有可能会|(?<!不)可能会?)(?:在(?P<zh>[^，。？购买]{0,10}))?(?:购买|买(?!家)|复购|回购|再次购买|再买|下单)|购买意向最高的?|高购买意向|高意向|(?:按\s*)?(?:预测的?)?购买(?:概率|倾向(?:得分|分数|分)?|可能性)(?:排名|排序|最高)?(?=\s*的?\s*前\s*\d))",
        re.I)
    for m in top.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        pos = m.end()
        obj = re.match(r"\s*(?:(?:for|of|to buy|to purchase)\s+)?(?:(?:an?|the|some|our|new|any)\s+)*", text[pos:], re.I)
        pos += obj.end() if obj else 0
        them = re.match(r"(?:them|it|these|those)\b", text[pos:], re.I)
        hit = None if them else category_at(t, cat, pos)
        slug = hit[0][0] if hit and hit[0] else None
        end = hit[2] if hit else (pos + them.end() if them else m.end())
        n = to_number(m.group("n")) if m.group("n") else None
        zn = re.match(r"\s*的?\s*[，,]?\s*的?\s*前\s*(\d+|[一二两三四五六七八九十百千万]+)\s*(%|％)?\s*(?:名|位|个)?", text[end:])
        zpct = False
        if n is None and zn:
            n = to_number(zn.group(1))
            zpct = bool(zn.group(2))
            end += zn.end()
        zb = re.search(r"(?:未来|接下来)\s*(?P<d>[\d一二两三四五六七八九十百]+\s*(?:天|周|个月))\s*(?:内)?\s*$", text[max(0, m.start() - 12):m.start()])
        lead_at = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - zb.start()) if zb else m.start()
        zpre = None if n is not None else re.search(r"(?:\btop|前)\s*(\d+|[一二两三四五六七八九十百千万]+)\s*(%|％|percent\b)?\s*(?:名|位|个)?\s*(?:的)?\s*$",
                                                  text[max(0, lead_at - 16):lead_at], re.I)
        zpre_at = lead_at - (len(text[max(0, lead_at - 16):lead_at]) - zpre.start()) if zpre else lead_at
        if zpre and t.free(zpre_at, lead_at):
            n, zpct = to_number(zpre.group(1)), bool(zpre.group(2))  # "top 10% 最可能买背包的客户": the share said before
        share = n / 100 if n and (m.group("pct") or zpct) else None
        top_n = int(n) if n and not (m.group("pct") or zpct) else None
        horizon = re.match(r"\s*(?:again\s+|soon\s+)?(?:in|within|over|during)\s+the\s+(?:next|coming)\s+", text[end:], re.I)
        days = None
        if m.groupdict().get("zh"):
            dz = DURATION.search(m.group("zh"))
            days = duration_days(dz) if dz else None
        start_at = m.start()
        if zb and days is None:
            dz = DURATION.search(zb.group("d"))
            days = duration_days(dz) if dz else None
            start_at = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - zb.start())
        if zpre and n is not None:
            start_at = min(start_at, zpre_at)
        if horizon:
            d = DURATION.match(text, end + horizon.end())
            if d:
                days = duration_days(d)
                end = d.end()
        add(start_at, TopPropensity(category=slug, horizon_days=min(365, max(7, days or 30)), top_n=top_n,
                                    top_share=share, span=t.take(start_at, end)))
        if hit and len(hit[0]) + len(hit[1]) > 1:  # "most likely to buy running shoes" (road and trail): one ranking
            rest = [x for x in (*hit[0], *hit[1]) if x != slug]
            na.append(NotApplied(text=text[pos:hit[2]].strip(), span=t.span(pos, hit[2]), affects="audience",
                                 reason=f"copilot ranks customers by one category's purchase propensity: ranked by {slug}, "
                                        f"not {', '.join(rest)}; ask for each separately"))
