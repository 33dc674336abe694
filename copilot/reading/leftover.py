"""What no rule read: clauses with substance that the reading would otherwise drop silently.

Every rule claims the span it read (:class:`copilot.reading.text.Text`). After all of them ran, a
number, an amount, a percentage, a period or a negation that no rule claimed is a clause copilot
did not understand ("who spent north of three hundred bucks", "minus the ones who returned stuff").
Rather than answer a different request, the reading lists that clause under ``not_applied`` with
what it probably changes, so a plan built on it says so and needs review (``copilot plan`` exits 1)
and a chat answer states it. Only unclaimed *signals* count: plain words ("campaign", "please")
never do, so a fully read request gets no such entry.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import Affects, NotApplied
from copilot.reading.text import Text

_CLAUSE_END = re.compile(r"[,.](?!\d)|[;:!?，。；：！？、\n()（）|｜]|\s[-–—]\s|\b(?:and|but|or|with|while|then)\b|并且|但是|而且|同时|以及")

_NUM = r"(?:[$€£¥]\s?)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|[一二三四五六七八九十两百千万])"

# (pattern, what it probably changes). Strong signals (an amount, a percentage, a period, a count) are
# unread when their own words are unclaimed; weak ones (a comparison, a negation) only when nothing
# in their clause was read. Chinese patterns have no word boundaries.
_STRONG: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"(?:[$€£¥]\s?\d(?:[\d,.]*\d)?\s?[kKmM万]?|\d(?:[\d,.]*\d)?\s?(?:k|K|dollars?|bucks|euros?|pounds?|quid|usd|eur|gbp|"
                r"rmb|cny|元|块|万元?)(?![A-Za-z])(?!\s?(?:mm|cm|km|kg|g|m|ft|lumens?)\b))", re.IGNORECASE), "budget"),
    (re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent|per cent|pct)|[一二三四五六七八九]\s?折|\d(?:\.\d)?\s?折", re.IGNORECASE), "offer"),
    (re.compile(r"(?:\d+\+?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)\b)\s?"
                r"(?:days?|(?<=\d)d|weeks?|wks?|months?|mths?|mnths?|years?|yrs?|mos?|quarters?|hours?|hrs?)\b"
                # "placed it over a year ago", "about a month back": a look-back said with "a"
                r"|\b(?:over|more than|under|less than|within|about|around|nearly|almost|at least)\s+(?:a|an|half a)\s+(?:day|week|fortnight|month|quarter|year)\b"
                r"|\b(?:a|an|half a)\s+(?:day|week|fortnight|month|quarter|year)\s+(?:ago|back|before)\b|\b(?:last|past)\s+half\s+(?:a\s+)?year\b|(?<!了)(?<!好)[\d一二三四五六七八九十两半]+\s?(?:天|周|星期|个月|年|小时)(?![中里])",
                re.IGNORECASE), "audience"),
    (re.compile(r"\d+\s?(?:\+\s?|or more\s|or fewer\s|or less\s)?(?:(?<=\s)[A-Za-z-]+\s)?(?:orders?|purchases?)\b|\d+\s?(?:\+\s?|or more\s|or fewer\s|or less\s)?(?:times|x\b|单|次)|\b(?:once|twice|thrice)\b",
                re.IGNORECASE), "audience"),
    # "bought from at least three different categories": a breadth no rule read
    (re.compile(r"(?<!\btop )(?<!\bbest )(?<!\bworst )\b(?:\d+|two|three|four|five|six)\s+(?:different\s+|distinct\s+|separate\s+)?(?:categories|product lines|brands)\b|[\d两三四五六]+\s*个(?:不同)?(?:品类|类目)",
                re.IGNORECASE), "audience"),
    # "our top 500 customers by spend": a ranking no rule read
    (re.compile(r"\btop\s+\d[\d,]*\s+(?:customers|buyers|shoppers|people|members|spenders|clients|users)\b|前\s*\d+\s*名(?:客户|用户|会员|顾客)"
                r"|\bthe\s+\d[\d,]*\s+(?:customers|buyers|shoppers|people|members|clients|users)\s+(?=most|least|likeliest)",
                re.IGNORECASE), "audience"),
    # "bought a tent in the last 2 years but nothing since": a look-back from an event copilot cannot date
    (re.compile(r"\b(?:nothing|none|not(?: \w+)?|haven'?t(?: \w+){0,2}|hasn'?t(?: \w+){0,2}) since\b(?! (?:then|that))?", re.IGNORECASE), "audience"),
]
_WEAK: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"\b(?:more than|over|above|at least|less than|under|below|fewer than|at most|upwards of|north of|"
                r"no more than|no less than)\s+" + _NUM + r"|\b(?:or more|or fewer|or less)\b|"
                r"(?:以上|以下|超过|不少于|不超过|至少|最多|低于|高于)", re.IGNORECASE), "audience"),
    (re.compile(r"\b(?:never|except|excluding|exclude|but not|not including|minus|other than|apart from|"
                r"(?:didn'?t|did not|haven'?t|have not|hasn'?t|don'?t|do not) (?:buy|order|purchase|convert|shop))\b|"
                r"没(?:有)?(?:买|下单|购买|转化)|未(?:购买|下单|转化)|"
                r"除了|排除|不包括|不含|从未|从没", re.IGNORECASE), "audience"),
]
#: Words that say a clause is about *who* (or what offer): a clause that holds one and of which no rule read
#: a single word is listed too ("anyone who came to the Portland pop-up", 参加过线下活动的会员).
_SUBJECT: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"\b(?:customers?|buyers?|shoppers?|people|users?|members?|subscribers?|anyone|everyone|folks|runners|hikers|"
                r"campers|fans|visitors|attendees|those who|who)\b|客户|用户|会员|人群|买家|顾客|粉丝|消费者|的人", re.IGNORECASE), "audience"),
    (re.compile(r"\b(?:offer|discount|coupon|voucher|gift|points|rewards?|cashback|perk|freebie|bundle)s?\b|优惠|券|赠|积分|返现|礼",
                re.IGNORECASE), "offer"),
]
_NEAR = 3  # a signal touching a claimed span (within this many characters) was read with it

REASON = "copilot could not read this clause; edit the plan or rephrase it"
#: the reason of a clause listed only for a people/offer word (dropped again for intents that target no one)
REASON_UNREAD_WHO = "copilot could not read this clause about who to reach or what to offer; edit the plan or rephrase it"


#: A number of people said for the send ("email it to 30,000 customers", 给5000个高价值客户, 给5万人): the audience's
#: conditions decide its size, so the number is listed, never silently dropped
_SIZE = re.compile(r"\b(?:to|reach|hit|target)\s+(?:about\s+|around\s+|~\s*)?(?P<n>\d[\d,.]*\s*k?)\s+(?:customers|people|subscribers|users|members|contacts|recipients)\b"
                   r"|给\s*(?P<n2>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*万?)\s*(?:个|位|名)?(?=(?:[^，。；,;]{0,8}(?:客户|用户|会员|顾客))|人)", re.IGNORECASE)
SIZE_REASON = "copilot sizes the audience from its conditions; a number of people to reach is not applied (the plan shows the size found)"


def unread_clauses(t: Text, existing: list[NotApplied]) -> list[NotApplied]:
    """A Not-applied entry for each clause holding a signal no rule read, or a clause about people or an
    offer of which no word was read (see the module docs)."""
    out: list[NotApplied] = []
    for m in _SIZE.finditer(t.text):  # "to 30,000 customers", 给5000个高价值客户: a head count said, beside words that were read
        g = "n" if m.group("n") else "n2"
        if t.free(m.start(g), m.end(g)):
            out.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="audience", reason=SIZE_REASON))
    seen: set[tuple[int, int]] = set()
    listed = [(n.span.start, n.span.end) for n in existing if n.span is not None]
    for signals, strong in ((_STRONG, True), (_WEAK, False), (_SUBJECT, False)):
        for pattern, affects in signals:
            for m in pattern.finditer(t.text):
                if m.end() <= m.start():
                    continue
                a, b = _clause(t.text, m.start(), m.end())
                if _retracted_or_restated(t, m.start(), m.end(), b, strong):
                    continue
                if signals is not _SUBJECT and not t.free(max(a, m.start() - _NEAR), min(b, m.end() + _NEAR)):
                    continue  # read with a neighbouring span of its clause (a people word: see the free run below)
                if any(s < m.end() + _NEAR and m.start() - _NEAR < e for s, e in listed) or (
                        not strong and any(s < b and a < e for s, e in listed)):
                    continue  # this signal (a weak one: its clause) is already listed with its own reason
                if any(a <= s and e <= m.start() and _TAIL.match(t.text, e) for s, e in listed):
                    continue  # "returned an item | in the last 6 months": the listed words' own tail
                for s, e in listed:  # "women who bought anything over $80": "women" is listed, the rest is not
                    if a <= s < b and e <= m.start():
                        a = e
                    elif a < e <= b and s >= m.end():
                        b = s
                a, b = _trimmed(t.text, a, b)
                narrowed = False
                if signals is _SUBJECT and not t.free(a, b):
                    # "… for backpacks | aimed at customers of Chinese heritage", 买过帐篷的 | 喜欢观鸟的客户: the people and
                    # the unread words that describe them, not the words read beside them
                    a, b = _free_run(t, a, b, m.start(), m.end())
                    said = t.text[m.end() : b] if m.group(0).isascii() else t.text[a : m.start()]
                    if a >= b or len(_content_words(said)) < 2 or not _DESCRIBED.search(t.text[a : m.end()] + "|" + said):
                        continue  # "for customers", "how many customers live …": the people of the words read beside them
                    a, b = (m.start(), b) if m.group(0).isascii() else (a, m.end())
                    narrowed = True
                    if any(o.span is not None and o.span.start < b and a < o.span.end for o in out):
                        continue  # "customers | who volunteer at national parks": one entry for the run
                if (a, b) in seen or a >= b:
                    continue
                if not strong and not t.free(a, b):
                    continue  # a comparison or negation in a clause that was read
                if signals is _SUBJECT and (not _substantial(t, a, b) or _read_right_after(t, b) or (_HEADING.match(t.text, b) and _TOPIC_END.search(t.text[a:b]))
                                            or _EVERYONE_COUNTED.fullmatch(t.text[a:b].strip())):
                    continue
                seen.add((a, b))
                what = affects
                reason = REASON_UNREAD_WHO if signals is _SUBJECT else REASON
                if affects == "budget" and (price := _price_limit(t, a, b, m.start())) is not None:
                    a, b, what, reason = price, m.end(), "product", PRICE_REASON  # "any tents under $300": a price, not a spend
                elif affects == "budget" and _COMPARED.search(t.text[max(a, m.start() - 16) : m.start()]):
                    what = "audience"  # "bought anything over $80": a threshold on people, not what to spend
                if affects == "offer" and (re.match(r"\s*(?:by|of)\b|\s*(?:的)?(?:客户|用户|人|会员|顾客)", t.text[m.end() :], re.IGNORECASE)
                                           or re.search(r"(?:前|top\s*)$", t.text[max(0, m.start() - 5) : m.start()], re.IGNORECASE)):
                    what = "audience"  # "top 10% by spend", "10% of our customers": a share of people, not a discount
                if narrowed and not m.group(0).isascii():  # 喜欢观鸟的客户: the qualifier, as copilot.reading.relative lists it
                    b = t.text.rindex("的", a, m.start())
                words = t.text[a:b].strip()
                if words:
                    out.append(NotApplied(text=words[:400], span=t.span(a, b), affects=what, reason=reason))
    return out


#: "How many customers do we have (in total)?", 我们一共有多少客户: everyone counted, no clause about people left unread.
_EVERYONE_COUNTED = re.compile(
    r"(?:how many|what(?:'s| is) (?:our|the) total(?: number of)?|what(?:'s| is) the number of)\s+(?:customers|buyers|shoppers|people|users)"
    r"(?:\s+(?:do|did)\s+we\s+have|\s+are\s+there|\s+have\s+we\s+got)?(?:\s+(?:in total|altogether|overall|all told|in all))?\W*"
    r"|what(?:'s| is) our total customer count\W*|(?:我们)?(?:一共|总共|总计)?(?:有)?多少(?:个|位|名)?(?:客户|用户|顾客|会员)\W*"
    r"|(?:客户|用户|会员)(?:总数|总量)(?:是)?多少\W*",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s*(?:in|within|over|during|for|from|since|of|at|on|the|last|past|before|after)\b|\s*(?:在|于)", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:over|above|more than|at least|under|below|less than|upwards of|north of)\s*$|(?:超过|高于|低于|大于|满)\s*$",
                       re.IGNORECASE)


#: A heading before a colon ("会员等级运营：", "Retention team notes:"): a label for what follows, no clause.
_HEADING = re.compile(r"\s*[:：]")
_TOPIC_END = re.compile(r"(?:运营|计划|需求|节奏|策略|方案|安排|说明|背景|备注|规划|复盘|活动)$|\b(?:team|notes?|update|plan|strategy|ops|operations|here|"
                        r"welcome|win-?back|re-?activation|re-?engagement|nurture|campaign|flow|series|journey|promo(?:tion)?|launch|blast|sale)$", re.IGNORECASE)


#: A value taken back ("scratch the 20%", "forget the $10 off", 去掉那个八折): the correction's new value is what is read.
_RETRACTED = re.compile(r"\b(?:scratch|drop|forget(?: about)?|ditch|kill|cancel|scrap|nix|remove|lose|get rid of|instead of|rather than|not)\s+"
                        r"(?:the\s+|that\s+|this\s+|our\s+)?$|(?:去掉|取消|不要|别用|不用|替换掉?)(?:那个|之前的|原来的)?\s*$", re.IGNORECASE)
#: "bought trail shoes 12-24 months ago | and not since": the range read already holds the later time without a purchase.
_AGO_BEFORE = re.compile(r"\bago\s*,?\s*(?:and|but)?\s*$", re.IGNORECASE)


PRICE_REASON = ("copilot does not narrow products by price; the whole category is promoted: name the products to "
                "promote only those")
_PRICE_CMP = re.compile(r"\b(?:under|below|less than|over|above|more than|at most|at least|cheaper than|between)\s*$", re.IGNORECASE)
_NOT_A_PRICE = re.compile(r"\b(?:spen[dt]|spending|orders?|purchases?|baskets?|carts?|budget|off|customers?|people|buyers|shoppers|members|anyone|"
                          r"who|lifetime|total)\b", re.IGNORECASE)


def _price_limit(t: Text, a: int, b: int, start: int) -> int | None:
    """Where "under $300" starts when it follows a product or category word read ("any tents under $300") in a clause
    about no one's spend or orders: a price limit on the products."""
    before = t.text[max(a, start - 16) : start]
    cmp = _PRICE_CMP.search(before)
    if cmp is None or _NOT_A_PRICE.search(t.text[a:b]):
        return None
    at = start - (len(before) - cmp.start())
    word_end = len(t.text[:at].rstrip())
    return at if word_end > 0 and not t.free(word_end - 1, word_end) else None


def _retracted_or_restated(t: Text, start: int, end: int, b: int, strong: bool) -> bool:
    """A signal that needs no entry: a value taken back by a correction; "not since" right after a range read in
    "… ago"; a negation or comparison whose people are described by the clause read right after it ("excluding anyone
    | with fewer than 2 orders"). The words are claimed."""
    before = t.text[max(0, start - 30) : start]
    done = bool(_RETRACTED.search(before) and strong and re.match(r"[$€£¥\d一二三四五六七八九]", t.text[start:end]))
    if not done and re.search(r"since", t.text[start:end], re.IGNORECASE) and (ago := _AGO_BEFORE.search(before)):
        at = start - (len(before) - ago.start())
        done = not t.free(at, at + 3)
    if not done and not strong and b < len(t.text) and t.text[start:b].strip() and len(t.text[start:b].split()) <= 3:
        done = _read_right_after(t, b) and not t.free(b, len(t.text))
    if done:
        t.take(start, end)
    return done


def _free_run(t: Text, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """The unread words around ``text[start:end]`` inside the clause ``a``-``b`` (empty when the signal itself was read)."""
    if not t.free(start, end):
        return start, start
    while start > a and t.free(start - 1, start):
        start -= 1
    while end < b and t.free(end, end + 1):
        end += 1
    while start < end and t.text[start] in "的了和与及给、":  # 的喜欢观鸟的客户发: the particles joining it to the words read
        start += 1
    while end > start and t.text[end - 1] in "的了和与及给发推":
        end -= 1
    return _trimmed(t.text, start, end)


#: Words that carry no condition of their own in an unread run ("please send it to our customers"): a run of
#: them beside words that were read is the lead-in of what was read, not a clause of its own.
_FILLER = frozenset(re.findall(r"\S+",
    "a an the our your their its his her my this that these those it them they we us you i me who whom whose which what "
    "to for of in on at by from with and or but as so if all any some every each just also only please pls can could would "
    "should will let let's lets need want wanted like plan plans planning campaign campaigns send sending sent email emails "
    "push sms text texts message messages run running set up put together make create help target targeting reach get "
    "gets go out new customers customer people users user members member shoppers buyers subscribers folks anyone everyone "
    "somebody someone those is are be been was were have has had do does did here there them"))


#: People described by the words around them (not the subject of a question's verb, "how many customers live …"):
#: "customers of Chinese heritage", "shoppers from the Portland meetup", 喜欢观鸟的客户.
#: ("customers who love trail races": :mod:`copilot.reading.relative` lists who-clauses.)
_DESCRIBED = re.compile(r"\|\s*(?:of|from|living|based|working|aged|born|identifying)\b|的\s*(?:客户|用户|会员|人群|买家|顾客|粉丝|消费者)\|", re.IGNORECASE)


def _content_words(run: str) -> list[str]:
    """The words of ``run`` that can carry a condition: neither filler nor a number's unit; each Chinese character
    beyond particles counts as half a word."""
    latin = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", run) if w.lower() not in _FILLER and len(w) > 1]
    cjk = re.findall(r"[\u4e00-\u9fff]", re.sub(r"[的了过给和与及或在是把被对向从让我们你他她它这那些个吧呢啊吗]", "", run))
    return latin + cjk[: len(cjk) // 2 * 2 : 2]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``a``-``b`` without the spaces and joining punctuation at its ends."""
    while a < b and (text[a].isspace() or text[a] in ",;，；、"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;，；、"):
        b -= 1
    return a, b


def _read_right_after(t: Text, b: int) -> bool:
    """"win back customers | with no order in 90 days": the people of this clause are the ones the next
    clause, read, describes (it starts with "with", "who", "that", "whose" or "in")."""
    nxt = re.match(r"\s*(?:with|who|that|whose|in|from)\b\s*", t.text[b:], re.IGNORECASE)
    return nxt is not None and not t.free(b + nxt.end(), min(len(t.text), b + nxt.end() + 12))


def _substantial(t: Text, a: int, b: int) -> bool:
    """A clause worth listing for a people/offer word alone: several words, not a label ("Offer:"), not
    "no offer", and not the lead-in of a clause read right beside it ("重点人群是美国山区（US-Mountain）")."""
    clause = t.text[a:b]
    latin = re.findall(r"[A-Za-z]+", clause)
    cjk = re.findall(r"[\u4e00-\u9fff]", clause)
    if len(latin) + len(cjk) / 2 < 3:
        return False
    if re.search(r"\b(?:no|none|without|nothing|not (?:totally |entirely |really |so |too )?sure|unsure|no idea|don'?t know|tbd|tbc)\b|不|无|没", clause, re.IGNORECASE):
        return False
    bracket = re.match(r"\s*[(（]", t.text[b:])  # "美国山区（US-Mountain）": read in its brackets
    return not bracket or t.free(b, min(len(t.text), b + bracket.end() + _NEAR))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: back to the previous clause break, on to the next."""
    a = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        a = m.end()
    nxt = _CLAUSE_END.search(text, end)
    b = nxt.start() if nxt else len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


#: the reason of words pointing at an earlier turn (the chat's follow-up step resolves them and drops the entry)
REASON_EARLIER_TURN = "points at an earlier message; read alone, copilot does not know who or what that is"
_BACK_REFERENCE: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"\b(?:of|among|for|from|to)\s+(?:those|them|these)(?:\s+(?:customers|people|buyers|folks|ones))?\b(?!\s+(?:who|that|which|whose|with|in|on|at|from|over|under|aged))|"
                r"\b(?:those|these)\s+(?:customers|people|buyers|folks)\b(?!\s+(?:who|that|which|whose|with|in|on|at|from|over|under|aged))|这批人|这些人|这批客户|这些客户|他们中|他们里|"
                # a question that starts from people named before: 他们上个月的客单价, 咁佢哋入面有幾多個
                r"^(?:那|那么|咁|所以|然后|另外)?\s*(?:他们|她们|佢们|佢哋)", re.IGNORECASE),
     "audience"),
    # a product named before: 那这款防水吗, 这双有几个颜色
    (re.compile(r"^(?:那|那么|咁|所以|然后|另外)?\s*(?:这|那|呢)(?:款|双|件|个产品)(?![\u4e00-\u9fff]{0,2}(?:帐篷|鞋|包|外套|夹克|袜|杖|灯|睡袋))"), "product"),
    (re.compile(r"\b(?:same thing|same (?:plan|campaign|question|again)|as before|like before)\b|^\s*(?:\^+\s*)?same\b(?=\s+(?:but|as|for|with|again|here|please)\b)|同样的|跟刚才一样|和刚才一样|还是刚才|"
                r"\b(?:to|with|from|on)\s+(?:that|it)(?=\s*[?.!]?\s*(?:(?:thanks|thank you|thx|cheers|please|pls|ty)[\s.!]*)?$)|\bthat (?:plan|campaign|one)\b|那个(?:方案|活动|计划)|"
                r"\b(?:did|do|sent|send)\s+it\b(?=\s+(?:by|via|with|again|instead)\b)",
                re.IGNORECASE), "other"),
]


def back_references(t: Text) -> list[NotApplied]:
    """Words that point at an earlier turn ("of those", "for them", "same thing", 这批人): a request read
    alone cannot apply them, so they are listed (convention 23 of the reading benchmark)."""
    out: list[NotApplied] = []
    for rx, affects in _BACK_REFERENCE:
        for m in rx.finditer(t.text):
            if affects == "audience" and any(e <= m.start() for _s, e in t.taken):
                continue  # "Loyal segment: how many of them…": "them" are the ones this text named
            if affects == "other" and re.fullmatch(r"(?:to|with|from|on)\s+it", m.group(0), re.I) and _SEND_NAMED.search(t.text, 0, m.start()):
                continue  # "Did the February SMS blast pay for itself? … revenue on it": the blast named here (decision 213)
            if t.free(m.start(), m.end()):
                out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects=affects,
                                      reason=REASON_EARLIER_TURN))
    they = _FOLLOW_UP_THEY.match(t.text)  # "And if we did it by push instead, would they convert better?": an earlier group
    if they and t.free(*they.span("p")):
        out.append(NotApplied(text=they.group("p"), span=t.take(*they.span("p")), affects="audience", reason=REASON_EARLIER_TURN))
    return out


_SEND_NAMED = re.compile(r"\b(?:campaign|blast|send|sale|promo(?:tion)?|newsletter|launch)\b", re.IGNORECASE)
_FOLLOW_UP_THEY = re.compile(r"\s*(?:and|so|then|but|ok(?:ay)?|what if)\b[^?.!]*?\b(?:would|will|could|did|do|does|are|were|can)\s+(?P<p>they)\b", re.IGNORECASE)
