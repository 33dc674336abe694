"""Audience rules for amounts and counts: spend thresholds ("spent over $300 last year", 消费超过2000元) and
order counts ("3+ orders", "bought twice or more", 下过3单以上), and consent said with a verb or a list of channels
("consented to SMS", "with email or push consent", 有电子邮件授权; the other forms are :mod:`copilot.reading.consent`)."""

from __future__ import annotations

from collections.abc import Callable

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.consent import leg_consents
from copilot.reading.numbers import NUMBER, find_money, to_number
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import (
    Text,
    channel_of,
    window_after,
    zh_window_before,
)
from copilot.tools.conditions import (
    Condition,
    Consent,
    Not,
    Or,
    OrderCount,
    Recency,
    Spend,
)

_CMP_BEFORE = re.compile(r"\b(over|more than|above|at least|under|less than|below|at most|up to|no more than)\s*$", re.IGNORECASE)


def _campaign_cost(text: str, lead: str, start: int, end: int) -> bool:
    """花费 opening its own clause and no 的 after the amount: what the campaign costs, not what customers spent."""
    return lead.strip().startswith("花费") and bool(re.search(r"(?:^|[，,。；;：:\n])\s*$", text[:start])) and not re.match(
        r"\s*(?:以上|以下|及以上|及以下)?\s*的", text[end:])


def spend(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Spend thresholds: "spent over $300 last year", "lifetime spend above 500", "去年消费超过300元"."""
    text, add = t.text, adder(leaves)
    spend_rx = re.compile(
        r"(?P<lead>(?:have |has |who )?(?:spent|spend(?:ing)?|lifetime (?:spend|value)|ltv|total spend|spent a total of)"
        r"\s*(?:of\s+|is\s+|was\s+)?(?:somewhere\s+|anywhere\s+|roughly\s+|around\s+)?(?P<op>over|more than|above|at least|>=?|in excess of|upwards of|north of|under|less than|below|"
        r"at most|up to|no more than|<=?|between)?\s*)", re.I)
    zh_spend = re.compile(r"(?P<lead>(?:累计|总|历史|(?<![半\d一二两三四五六七八九十个])年|去年|过去一年|近一年)?(?:在(?:我们|咱们|本店|店里)(?:这里|这儿|家|店里)?)?(?:累计)?"
                          r"(?:消费|花费|消费金额|购买金额|花了)(?:过)?"  # 消费过1500元以上
                          r"\s*(?:金额)?\s*(?P<op>超过|高于|大于|达到|不少于|至少|满|低于|少于|不足|不超过|不到|不满|未满|没到|没超过|未超过)?\s*)")
    for zr in _ZH_SPEND_RANGE.finditer(text):  # 消费在500到2000元之间
        if not t.free(zr.start(), zr.end()):
            continue
        lo, hi = to_number(zr.group("a")), to_number(zr.group("b"))
        if lo is None or hi is None or lo > hi:
            continue
        days, start = zh_window_before(t, zr.start())
        if days is None and zr.group("year"):
            days = 365
        add(start, Spend(min=lo, max=hi, within_days=days, currency="CNY" if zr.group("cur") else None,
                         span=t.take(start, zr.end())))
        money_used.update({zr.start("a"), zr.start("b")})
    _spend_in_words(t, add)
    for money in find_money(text):
        if not t.free(money.start, money.end):
            continue
        before = text[max(0, money.start - 40) : money.start]
        m = None
        for rx in (spend_rx, zh_spend):
            for cand in rx.finditer(before):
                if cand.end() == len(before):
                    m = cand
        if m is None and any(isinstance(c, Spend) for _, c in leaves):
            # "spent over $1,000 lifetime but under $200 in the last 12 months": a second spend bound
            m = _SPEND_AGAIN.search(before) or _ZH_SPEND_AGAIN.search(before)
        after_zh = re.match(r"\s*(?:以上|及以上|以下|或以上|或更多|\+)", text[money.end :])
        if m is None and not re.match(r"\s*(?:or more|\+|and up|plus)?\s*(?:in|of)?\s*(?:lifetime|total)?\s*spend", text[money.end : money.end + 30], re.I):
            continue
        cmp_before = None if m else _CMP_BEFORE.search(before)  # "less than $300 total spend"
        op = (m.group("op") or "") if m else (cmp_before.group(1) if cmp_before else "")
        lead_start = money.start - (len(before) - m.start()) if m else money.start - (len(before) - cmp_before.start() if cmp_before else 0)
        if m is not None and re.match(r"(?:spend(?:ing)?)\b", m.group("lead").strip(), re.I) and not re.search(
                r"\b(?:who|whose|with|customers?|shoppers?|buyers?|lifetime|have|has|that)[^\w,;:.!?]+(?:\w+[^\w,;:.!?]+)?$",
                text[max(0, lead_start - 24) : lead_start], re.I) and not re.search(
                r"\bwho\b[^.;:!?]{0,80}\b(?:and|but)\s+$", text[max(0, lead_start - 100) : lead_start], re.I):  # "who bought … and spend above $500"
            continue  # "spend no more than $2,000 on it": the marketer's budget, not the audience's spend
        if m is not None and _campaign_cost(text, m.group("lead"), lead_start, money.end):
            continue  # "…发短信，花费不超过六百元。": the campaign's cost said as its own clause, not the customers' spend
        if m is not None and re.search(r"\b(?:we|i|you|us)\s+(?:(?:would|will|could|should|can)\s+)?(?:spent|spend|spending)\s*$",
                                       text[max(0, money.start - 24) : money.start], re.I):
            continue  # "if we spent four thousand dollars on paid social": the campaign's spend
        is_max = op.lower() in ("under", "less than", "below", "at most", "up to", "no more than", "<", "<=",
                                "低于", "少于", "不足", "不超过", "不到", "不满", "未满", "没到", "没超过", "未超过") or bool(after_zh and "以下" in after_zh.group(0))
        end = money.end + (after_zh.end() if after_zh else 0)
        hi_between: float | None = None
        if op.lower() in ("between", "", "from"):  # "between $200 and $500", "spent $200-$500 lifetime"
            nxt = re.match(r"\s*(?:and|to|-|–|—|~)\s*" if op else r"\s*(?:to|-|–|—|~)\s*", text[end:])
            if nxt:
                for other in find_money(text[end + nxt.end():end + nxt.end() + 20]):
                    if other.start == 0:
                        hi_between = other.amount
                        money_used.add(end + nxt.end())
                        end = end + nxt.end() + other.end
                    break
        days, end2 = window_after(t, end)
        lead_txt = (m.group("lead") if m else "")
        if days is None and re.search(r"去年|过去一年|近一年|年", lead_txt):
            days = 365
        if days is None:
            zd, zstart = zh_window_before(t, lead_start)
            if zd:
                days, lead_start = zd, zstart
        if hi_between is not None:
            add(lead_start, Spend(min=money.amount, max=hi_between, within_days=days, currency=money.currency,
                                  span=t.take(lead_start, end2)))
            money_used.add(money.start)
            continue
        add(lead_start, Spend(min=None if is_max else money.amount, max=money.amount if is_max else None,
                              within_days=days, currency=money.currency, span=t.take(lead_start, end2)))
        money_used.add(money.start)


_A_AMOUNT = re.compile(r"\b(?:spent|lifetime spend|total spend)\s+(?:(?P<max>under|less than|below|at most|no more than)|over|more than|above|at least|"
                       r"in excess of|upwards of|north of)\s+a\s+(?P<unit>hundred|thousand|grand)\b(?:\s+(?P<cur>dollars|bucks|usd|euros|pounds|quid))?", re.I)
_A_UNIT = {"hundred": 100.0, "thousand": 1000.0, "grand": 1000.0}
_WORD_CURRENCY = {"dollars": "USD", "bucks": "USD", "usd": "USD", "euros": "EUR", "pounds": "GBP", "quid": "GBP"}


def _spend_in_words(t: Text, add: Callable[[int, Condition], None]) -> None:
    """"spent over a thousand dollars in the past 12 months", "spent more than a grand": an amount told as "a" and its unit."""
    for m in _A_AMOUNT.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        amount = _A_UNIT[m.group("unit").lower()]
        days, end = window_after(t, m.end())
        cur = _WORD_CURRENCY.get((m.group("cur") or "").lower())
        add(m.start(), Spend(min=None if m.group("max") else amount, max=amount if m.group("max") else None, within_days=days,
                             currency=cur, span=t.take(m.start(), end)))


_ZH_SPEND_RANGE = re.compile(
    r"(?P<year>去年|过去一年|近一年)?(?:累计|总|历史)?(?:消费|花费|消费金额|购买金额|花了)\s*(?:金额)?\s*(?:在|为|是)?\s*"
    r"(?P<a>\d[\d,.]*)\s*(?:元|块)?\s*(?:到|至|-|~|–|—)\s*(?P<b>\d[\d,.]*)\s*(?P<cur>元|块|人民币)?\s*(?:之间|以内)?")
#: 去年消费超过300元但不到1000元: the second bound after 但 (spend_pair.py joins the two)
_ZH_SPEND_AGAIN = re.compile(r"(?:但是?|且|并且|而)\s*(?P<lead>(?:消费|花费)?)\s*(?P<op>不到|低于|少于|不超过|不足|没超过|未超过|超过|高于)\s*$")
_SPEND_AGAIN = re.compile(
    r"(?:lifetime|in total|total|overall|ever)?\s*,?\s*(?:but|and|yet|while)\s+(?P<lead>(?:only\s+)?(?:spent\s+|spending\s+)?)"
    r"(?P<op>under|less than|below|over|more than|above|at least|at most|no more than)\s*$", re.I)


def _bounds(op: str, n: int) -> tuple[int | None, int | None]:
    """(min, max) of a count for "more than 3", "fewer than 3", "at most 3", "exactly 3" or "at least 3"."""
    if op in ("more than", "over"):
        return n + 1, None
    if op in ("fewer than", "less than", "under"):
        return None, n - 1
    if op in ("at most", "no more than"):
        return None, n
    if op in ("exactly", "only"):
        return n, n
    return n, None


#: "bought more than 3 times but not in the last 6 months": none of those orders in that window (recency).
_NOT_LATELY = re.compile(r"\s*,?\s*(?:but|and|yet)\s+(?:not|none|nothing|no orders?)\s+(?:(?:in|within|during|over|for)\s+)?(?:the\s+)?(?:last|past|recent)\s+"
                         r"(?:(?P<half>half (?:a )?year|six months)|(?P<n>\d+|a|one|two|three|six|nine|twelve)\s*(?P<u>days?|weeks?|months?|years?))\b", re.IGNORECASE)


def _not_lately(t: Text, pos: int) -> tuple[int, int] | None:
    """(days, end) of "but not in the last 6 months" right after an order count read up to ``pos``."""
    m = _NOT_LATELY.match(t.text, pos)
    if m is None or not t.free(m.start(), m.end()):
        return None
    if m.group("half"):
        return 180, m.end()
    n = {"a": 1, "one": 1, "two": 2, "three": 3, "six": 6, "nine": 9, "twelve": 12}.get(m.group("n").lower()) or int(m.group("n"))
    per = {"d": 1, "w": 7, "m": 30, "y": 365}[m.group("u")[0].lower()]
    return n * per, m.end()


def order_counts(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Order counts."""
    m: re.Match[str] | None = None
    text = t.text
    add = adder(leaves)
    oc = re.compile(
        rf"(?P<op>at least|more than|over|fewer than|less than|under|at most|no more than|exactly|only)?\s*"
        rf"(?P<n>{NUMBER})\s*(?P<plus>\+|or more|or fewer|or less)?\s*(?:(?:lifetime|total|past|previous|prior|separate|different|online)\s+)?(?:orders|purchases)(?P<exact>\s+exactly\b)?", re.I)
    for m in oc.finditer(text):
        if not t.free(m.start(), m.end()) or re.search(r"\b(?:first|next|last)\s*$|\d\s*(?:-|–|to)\s*$", text[max(0, m.start() - 7) : m.start()], re.I):
            continue  # "for the first 200 orders": a limit on the offer, not the customers' order count
        n = to_number(m.group("n"))
        if n is None:
            continue
        plus = (m.group("plus") or "").lower()
        op = "at most" if plus in ("or fewer", "or less") else "exactly" if m.group("exact") else (m.group("op") or "").lower()
        lo, hi = _bounds(op, int(n))
        if int(n) == 0 and op in ("", "exactly", "only") and not plus:
            lo, hi = None, 0  # "placed 0 orders in the last 180 days": none, not "at least none"
        days, end2 = window_after(t, m.end())
        add(m.start(), OrderCount(min=lo, max=hi, within_days=days, span=t.take(m.start(), end2)))
        if days is None and (lately := _not_lately(t, end2)):  # "5+ orders but none in the last 90 days"
            add(end2, Recency(min_days=lately[0], span=t.take(end2, lately[1])))
    times = re.compile(
        rf"(?:ordered|bought|purchased|shopped|placed orders?|did (?:purchase|buy|order)|(?:have|has) (?:purchased|bought|ordered|buy|order|purchase))\s+(?:from us\s+|with us\s+)?(?:(?:between\s+)?(?P<a>{NUMBER})\s*(?:-|–|to|and)\s*(?P<b>{NUMBER})\s+times"
        rf"|(?P<op>at least|more than|over|fewer than|less than|at most|exactly)\s+(?P<n>{NUMBER}|once|twice|thrice)(?:\s+times?)?"
        r"|(?:only\s+|ever\s+)*(?P<a4>once|twice|\d+)\s+or\s+(?P<b4>twice|thrice|\d+)(?:\s+times)?"
        rf"|(?P<n5>{NUMBER}|once|twice|thrice)\s*(?:times\s*|x\s*)?(?P<plus5>\+|or more|or fewer|or less|plus)(?:\s+times)?)"
        rf"|(?:with\s+)?(?P<a2>{NUMBER})\s*(?:-|–|to)\s*(?P<b2>{NUMBER})\s+(?:orders|purchases)"
        rf"|(?:order|purchase)\s+count\s*(?:of|:|=|is|between)?\s*(?P<a3>{NUMBER})\s*(?:-|–|to|and)\s*(?P<b3>{NUMBER})", re.I)
    for m in times.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        if m.group("a") or m.group("a2") or m.group("a3") or m.group("a4"):
            words = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
            lo_raw = (m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")).lower()
            hi_raw = (m.group("b") or m.group("b2") or m.group("b3") or m.group("b4")).lower()
            lo3, hi3 = words.get(lo_raw) or to_number(lo_raw), words.get(hi_raw) or to_number(hi_raw)
            if lo3 is None or hi3 is None:
                continue
            lo, hi = int(lo3), int(hi3)
        else:
            raw = (m.group("n") or m.group("n5")).lower()
            n3 = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(raw) or to_number(raw)
            if n3 is None:
                continue
            plus5 = (m.group("plus5") or "").lower()
            op5 = "at most" if plus5 in ("or fewer", "or less") else "at least"
            lo, hi = _bounds((m.group("op") or op5).lower(), int(n3))
        days, end2 = window_after(t, m.end())
        add(m.start(), OrderCount(min=lo, max=hi, within_days=days, span=t.take(m.start(), end2)))
        if days is None and (lately := _not_lately(t, end2)):
            add(end2, Recency(min_days=lately[0], span=t.take(end2, lately[1])))
    _zh_order_counts(t, add)
    m = t.find(lx.NEVER_ORDERED_WORDS) or _free(t, _ZH_NO_ORDER)
    if m:
        days, start = zh_window_before(t, m.start())
        if days and re.match(r"最近|近|过去", text[start:]):  # 过去一年一单都没下过: no order in that year, not never
            add(start, Recency(min_days=days, span=t.take(start, m.end())))
        else:
            add(m.start(), OrderCount(max=0, span=t.take(m.start(), m.end())))
    m = t.find(lx.ONE_TIME_WORDS)
    if m:
        days, end = window_after(t, m.end())  # "one-time buyers from the last 3 months"
        add(m.start(), OrderCount(min=1, max=1, within_days=days, span=t.take(m.start(), end if days else m.end())))
    m = t.find(lx.REPEAT_WORDS)
    if m:
        # "never made a second order", "haven't placed a 2nd purchase": exactly one order (set 12 decision 156)
        never = re.search(r"(?:\bnever|\bnot|n't|\bno)\s+(?:yet\s+|ever\s+)?$", t.text[max(0, m.start() - 14) : m.start()], re.IGNORECASE)
        add(m.start(), OrderCount(min=1, max=1, span=t.take(m.start(), m.end())) if never
            else OrderCount(min=2, span=t.take(m.start(), m.end())))
    m = t.find(lx.EXISTING_WORDS)
    if m:
        add(m.start(), OrderCount(min=1, span=t.take(m.start(), m.end())))


#: 未曾下单, 未曾购买过, 从未有过订单: no order (the lexicon's 从未下单 in other words).
_ZH_NO_ORDER = re.compile(r"(?:未曾|不曾|从不曾|从未有过|从来没有过|没有过)(?:下过?单|下单|(?:购买|消费)过?(?=[的、，,。；;\s]|$)|买过东西|订单|购物)")


def _free(t: Text, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``rx`` on words no rule has read."""
    return next((m for m in rx.finditer(t.text) if t.free(m.start(), m.end())), None)


_ZH_COUNT_RANGE = re.compile(r"(?:下单|购买|复购|消费|下过单|买过)(?:次数|过)?\s*(?:在|为|是|有)?\s*(?P<a>[\d一二两三四五六七八九十]+)\s*(?:次|单|笔)?\s*"
                             r"(?:到|至|-|~|–|—)\s*(?P<b>[\d一二两三四五六七八九十]+)\s*(?:次|单|笔)(?:之间)?")


def _zh_order_counts(t: Text, add: Callable[[int, Condition], None]) -> None:
    """下单过3次, 至少2单, 有过两次以上购买, 购买次数达到3次 (N以上 includes N, convention 27; 超过N does not)."""
    text = t.text
    for r in _ZH_COUNT_RANGE.finditer(text):  # 下单次数在2到4次之间, 购买2-4次
        lo, hi = to_number(r.group("a")), to_number(r.group("b"))
        if lo is None or hi is None or lo > hi or not t.free(r.start(), r.end()):
            continue
        days, start = zh_window_before(t, r.start())
        add(start, OrderCount(min=int(lo), max=int(hi), within_days=days, span=t.take(start, r.end())))
    zoc = re.compile(r"(?P<pre>至少|超过|不少于|只|仅)?\s*(?:(?:下单|购买|买|复购|消费)过?\s*(?P<mid>超过|多于|大于|不止|至少|不少于|少于|不到|不足|不超过)?\s*(?P<n>[\d一二两三四五六七八九十]+)\s*(?:次|单|笔)"
                     r"|下过\s*(?P<n2>[\d一二两三四五六七八九十]+)\s*(?:单|次|笔订单|个订单)"
                     r"|(?<=至少)\s*(?P<n3>[\d一二两三四五六七八九十]+)\s*(?:单|笔订单|个订单|次购买)"
                     # 有过两次以上购买, 累计3次及以上的下单记录, 购买次数达到3次
                     r"|(?:有过?|累计|共)\s*(?P<n4>[\d一二两三四五六七八九十]+)\s*(?:次|单|笔)\s*(?P<op4>以上|及以上|或以上|以下|及以下)?\s*的?\s*"
                     r"(?:购买|下单|消费|复购|订单)(?:记录)?"
                     r"|(?:购买|下单|消费)次数\s*(?:达到|满|在|有)?\s*(?P<n5>[\d一二两三四五六七八九十]+)\s*次?)"
                     r"(?P<op>以上|及以上|或以上|以下|及以下)?")
    for m in zoc.finditer(text):
        if t.free(m.start(), m.end()):
            n = to_number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")) or 0
            op = m.group("op") or m.group("op4") or ""
            pre = m.group("pre") or m.group("mid") or ""  # 下单超过3次: the comparison after the verb
            pre = "超过" if pre in ("多于", "大于", "不止") else pre
            lo2: int | None
            hi2: int | None
            if pre in ("只", "仅") or (n == 1 and not pre and not op and m.group("n")):
                lo2, hi2 = int(n), int(n)  # 只下过一单; 买过一次的客户 (exactly once: "at least once" would be 老客)
            elif pre in ("少于", "不到", "不足", "不超过"):
                lo2, hi2 = None, int(n) - (0 if pre == "不超过" else 1)  # 购买不到3次: at most 2
            else:
                # N以上 includes N (convention 27); 超过N does not
                lo2, hi2 = (None, int(n)) if "以下" in op else (int(n) + (1 if pre == "超过" else 0), None)
            days, start = zh_window_before(t, m.start())
            add(start, OrderCount(min=lo2, max=hi2, within_days=days, span=t.take(start, m.end())))


_CH = r"(?:e-?mails?|sms|texts?(?:\s+messages?)?|push(?:\s+notifications?)?|电子邮件|邮件|邮箱|EDM|edm|手机短信|短信|(?i:app)?推送)"
_CHS = rf"({_CH}(?:\s*(?:,|/|、|\bor\b|\band\b|和|或者?|及|以及|与)\s*{_CH})*)"
#: "consented to SMS", "agreed to receive texts", "with email or push consent", 有电子邮件授权, 同意接收电子邮件, 同意短信营销.
_CONSENT_FORMS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b(?:have\s+|has\s+|who\s+)?(?:(?:consented|opted\s+in)\s+(?:to|for|into)\s+(?:receiv(?:e|ing)\s+|get(?:ting)?\s+)?|agreed\s+to\s+(?:receive|get)\s+)"
    rf"(?:our\s+|marketing\s+)?{_CHS}",
    rf"\b(?:with|have|has|given|gave(?:\s+us)?)\s+(?:their\s+|an?\s+)?(?:both\s+|either\s+)?{_CHS}\s+(?:marketing\s+)?(?:consent|opt-?ins?|permission)\b",
    rf"(?:有|已有|已经?|获得了?|取得了?|开通了?)\s*(?:营销)?{_CHS}\s*(?:营销)?(?:授权|许可|权限)",
    rf"(?:(?:同意|愿意)(?:接收|接受|收到|我们发送?)?|允许(?:接收|我们发送?))\s*(?:营销)?{_CHS}(?:营销|推广)?"))

#: A consent denied before the channels: "no email consent", "without SMS or push opt-in", "lacking email permission".
_NO_CONSENT = re.compile(rf"\b(?:no|without|lacks?|lacking|missing)\s+(?:any\s+|an?\s+|their\s+)?(?:marketing\s+)?{_CHS}\s+(?:marketing\s+)?"
                         r"(?:consent|opt-?ins?|permission)\b"  # 没email授权, 无短信授权 (没有 is 有 negated, read below)
                         rf"|(?:没(?!有)|无|未获?得?)\s*(?:营销)?{_CHS}\s*(?:营销)?(?:授权|许可|权限)", re.IGNORECASE)


def consent_forms(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Consent said with a verb or a list (before :func:`copilot.reading.consent.consent`): "consented to SMS",
    "with email or push consent" (either), "with email and push consent" (both), 有电子邮件授权, 同意接收电子邮件."""
    add = adder(leaves)
    leg_consents(t, na)  # "SMS fallback for those with SMS consent": that channel's sends only
    for m in _NO_CONSENT.finditer(t.text):  # "with no email or SMS consent": neither channel
        chs = list(dict.fromkeys(c for w in re.findall(_CH, m.group(1) or m.group(2), re.IGNORECASE) if (c := channel_of(w)) in ("email", "sms", "push")))
        if chs and t.free(m.start(), m.end()):
            span = t.take(m.start(), m.end())
            for c in chs:
                add(m.start(), Not(of=Consent(channel=c, span=span)))
    for rx in _CONSENT_FORMS:
        for m in rx.finditer(t.text):
            chs = list(dict.fromkeys(c for w in re.findall(_CH, m.group(1), re.IGNORECASE) if (c := channel_of(w)) in ("email", "sms", "push")))
            if not chs or not t.free(m.start(), m.end()):
                continue
            span = t.take(m.start(), m.end())
            leafs: list[Condition] = [Consent(channel=c, span=span) for c in chs]
            neg = re.search(r"\b(?:not|never)\s+$|n't\s+$|(?:没|没有|未|不)\s*$", t.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
            if len(leafs) > 1 and re.search(r"\bor\b|或|/", m.group(1), re.IGNORECASE):
                leafs = [Or(of=leafs)]  # "with email or push consent": reachable on either
            for leaf in leafs:
                add(m.start(), Not(of=leaf) if neg else leaf)
