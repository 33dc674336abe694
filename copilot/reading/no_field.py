"""Instructions a brief gives that no field of a plan holds, said under Not applied rather than dropped or misread.

Read before the audience, offer and channel rules, and claimed, so their words are read as nothing else ("no more than
two pushes in a week" excludes no push; "each customer gets a unique single-use code" is no audience clause):

- tracking and landing pages ("UTM parameters on every link", "link to a dedicated landing page", 落地页用春季专题页) — other;
- creative formats ("video ads and carousel creatives", "a countdown timer GIF", 邮件要做成视频形式, GIF动图) — other;
- message length and emoji rules ("under 120 characters with no emojis", 70字以内, 不要用表情) and what the message must
  carry ("the text must include our store address", 短信里要写上门店地址) — other (copy rules, like house_rules);
- frequency caps ("no more than two pushes a week", "one message per week per person", 一周最多发一次) — timing;
- hours within a day ("between 8 and 9am", 下午三点到五点之间) and a day set by the weather ("the first warm weekend of
  spring") — timing;
- offer terms no offer kind holds ("a unique single-use code", 一人一码, "while stock lasts", 售完即止, "free gift
  wrapping") — offer.

Who signs the message ("a personal note from the founder") is no clause either (set 4, b126): the copy can say it.
A sign-off step ("legal must approve the copy", 先给法务审核) is no clause (set 15 decisions 172 and 194): none is listed.
Read after the house rules (copilot.reading.house_rules), whose quiet hours and content rules come first.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.anchored import unknown_days_not_applied
from copilot.reading.asks import weather_not_applied
from copilot.reading.glosses import claim_glosses
from copilot.reading.house_rules import house_rules_not_applied
from copilot.reading.membership import membership_not_applied
from copilot.reading.okr import okr_not_applied
from copilot.reading.pointers import earlier_campaign_not_applied
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.reading.unsupported import unsupported_first
from copilot.reading.writer_intro import claim_writer_intro

_MSG = r"(?:e-?mails?|texts?|sms(?:es)?|push(?:es)?|push notifications?|messages?|sends?|touch(?:es)?|notifications?|reminders?)"
_NUM = r"(?:one|two|three|four|five|a single|\d+)"
_ZH_NUM = r"[\d一二两三四五六七八九十]"

_TRACKING = re.compile(
    r"\b(?:utm|tracking)[ _-]?(?:parameters?|params?|tags?|codes?|links?|pixels?|source)\b(?:\s+(?:on|in|to)\s+(?:every|each|all(?: the)?|our)\s+(?:links?|urls?|ctas?|buttons?))?"
    r"|\butms?\b(?:\s+(?:on|in|to)\s+(?:every|each|all(?: the)?)\s+(?:links?|urls?))?"
    r"|(?:(?:每个|所有|全部)?(?:链接|按钮)?(?:都)?(?:要)?(?:加上?|带上?|附上?|挂上?)\s*)?(?:UTM|utm)\s*(?:参数|标签|链接)|(?:追踪|跟踪)(?:链接|代码|参数)|埋点",
    re.IGNORECASE,
)
_LANDING = re.compile(
    r"\b(?:(?:a|an|the|our|its|their)\s+)?(?:dedicated|custom|new|special|separate|own|campaign)?\s*landing[- ]pages?\b(?:\s+(?:for|with|at|on|that)\s+[^,.;\n]{1,30})?"
    r"|\bmicro-?sites?\b"
    r"|(?:落地页|着陆页|承接页|活动页|专题页|H5页面?)[^，。；,;\n]{0,16}",
    re.IGNORECASE,
)
_FORMAT = re.compile(
    r"(?:GIF|gif)?动图|(?:(?<=放)|(?<=加)|(?<=带)|(?<=和)|(?<=个))倒计时(?![\d一二两三四五六七八九十]|天|小时)|倒计时(?:组件|模块|插件|条|动图|图片?)|(?:要)?做成(?:视频|长图|H5|动图|轮播)(?:形式|格式)?|视频(?:形式|格式)|轮播图|九宫格"
    r"|\b(?:(?:an?|the)\s+)?(?:animated\s+)?countdown\s+(?:timers?|clocks?|banners?|gifs?)\b(?:\s+at the top)?|(?<=\badd )(?:a\s+)?countdown\b"
    r"|\b(?:(?:an?|the)\s+)?(?:animated\s+)?gifs?\b"
    r"|\b(?:(?:short|vertical)\s+)?(?:video|carousel|story|stories|reels?|ugc|slideshow|static|image)\s+(?:ads?|creatives?|formats?)\b"
    r"(?:\s+(?:and|&|or|\+|,)\s+(?:video|carousel|story|stories|reels?|ugc|slideshow|static|image)\s+(?:ads?|creatives?|formats?))?"
    r"|\buser[- ]generated content\b",
    re.IGNORECASE,
)
_COPY_RULE = re.compile(
    r"\b(?:under|below|within|max(?:imum)?(?:\s+of)?|no more than|less than|fewer than|up to)\s+\d+\s*(?:characters?|chars?|words?)\b(?:\s+(?:with|and)\s+no\s+emojis?)?"
    r"|\b\d+\s*(?:characters?|chars?)\s+(?:max|or less|or fewer|limit)\b|\bno\s+emojis?\b|\bemoji-?free\b|\bwithout\s+(?:any\s+)?emojis?\b"
    r"|(?:字数)?(?:控制在|不超过|不要超过|限制在|少于)\s*"
    + _ZH_NUM
    + r"+\s*(?:个)?字(?:以内|之内|内)?|"
    + _ZH_NUM
    + r"+字以内"
    r"|(?:不要|别|不)(?:用|加|带|放)?表情(?:符号|包)?",
    re.IGNORECASE,
)
#: What the message must carry ("the text must include our store address", 短信里要写上门店地址): a copy rule, listed but not
#: claimed, so a product or an offer named in it is still read.
_MUST_CARRY = re.compile(
    r"\b(?:the\s+)?(?:text|sms|e-?mail|copy|message|push|subject(?: line)?|body|footer)s?\s+(?:must|should|has to|have to|needs? to)\s+"
    r"(?:include|contain|carry|list|link to)\s+[^,.;\n]{1,50}"
    r"|(?:短信|邮件|推送|文案|内容|标题)(?:里|中)?(?:要|必须|需要|务必|一定要)(?:写上|带上|附上|加上|包含|注明|写明|放上)[^，。；,;\n]{1,20}",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    rf"\b(?:no more than|not more than|at most|max(?:imum)?(?:\s+of)?|cap(?:ped)?(?:\s+(?:it|them|sends|messages))?\s+at|limit(?:ed)?(?:\s+(?:it|them|sends))?\s+to|only)\s+"
    rf"{_NUM}\s+{_MSG}\s+(?:a|per|each|every|in a)\s+(?:day|week|month|fortnight)(?:\s+(?:per|a|each|for each)\s+(?:person|customer|user|recipient|subscriber))?"
    rf"|\b{_NUM}\s+{_MSG}\s+(?:a|per)\s+(?:day|week|month)\s+(?:per|a|each|for each)\s+(?:person|customer|user|recipient|subscriber)\b"
    r"|\bfrequency[- ]cap(?:s|ped)?\b[^,.;\n]{0,40}"
    rf"|(?:每人)?(?:每|一)(?:人)?(?:天|日|周|星期|礼拜|个?月)(?:最多|至多|不超过|只|限|仅)(?:发|推|推送|触达|打扰|发送)?\s*{_ZH_NUM}\s*(?:次|条|封|遍)"
    rf"|每人(?:最多|至多|不超过|只|限|仅)(?:收到?|发|推|触达|发送)?\s*{_ZH_NUM}\s*(?:次|条|封|遍)"  # 每人最多3条(推送): the channel stays a channel
    r"|(?:触达|发送|推送)频次[^，。；,;\n]{0,12}|(?:不要|别)(?:太)?(?:频繁|过度|过多)(?:地)?(?:发|推|打扰|触达)[^，。；,;\n]{0,6}"
    r"|(?:不要|别)给[^，。；,;\n]{1,10}?(?:发|推)(?:得)?(?:太多|过多|太频繁|过于频繁|太勤|太密)[^，。；,;\n]{0,6}",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"\bbetween\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s+and\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
    r"|\bfrom\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s*(?:to|-|–|until|till)\s*\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
    # a range (下午三点到五点之间) or an hour in Chinese numerals (晚上八点); one hour in digits is asks' _HOUR
    rf"|(?:上午|下午|晚上|早上|中午|傍晚|凌晨)\s*{_ZH_NUM}{{1,3}}\s*点(?:半|钟)?\s*(?:到|至|-|~)\s*(?:上午|下午|晚上|早上)?\s*{_ZH_NUM}{{1,3}}\s*点(?:半|钟)?(?:之间)?"
    r"|(?:上午|下午|晚上|早上|中午|傍晚|凌晨)\s*[一二两三四五六七八九十]{1,3}\s*点(?:半|钟)?(?!\s*(?:的)?那(?:波|次|条|封))"
    r"|\b(?:the\s+)?first\s+(?:warm|sunny|hot|cold|rainy|snowy|nice|dry)\s+(?:day|weekend|week|spell)s?(?:\s+of\s+(?:spring|summer|autumn|fall|winter|the year|the season))?",
    re.IGNORECASE,
)
_OFFER_TERMS = re.compile(
    r"\b(?:an?\s+)?(?:unique|single[- ]?use|one-?time(?:[- ]use)?|personal(?:i[sz]ed)?|individual)\s+(?:(?:single[- ]?use|one-?time(?:[- ]use)?|unique)\s+)?"
    r"(?:discount\s+|promo\s+|coupon\s+)?(?:codes?|coupons?|vouchers?)\b(?:\s+(?:per|for each|for every)\s+(?:customer|person|recipient|user))?"
    r"|\b(?:only\s+)?(?:while|until|as long as)\s+(?:stocks?|supplies|inventory)\s+(?:lasts?|runs? out|are available|is available)\b(?:\s*\([^)]{0,30}\))?"
    r"|\b(?:free\s+)?gift[- ]?wrap(?:ping|ped)?(?:\s+service)?\b"
    r"|限量\s*[\d一二三四五六七八九十百千万]+\s*(?:件|份|套|双|个|单|张|名)"
    r"|一人一码|每人(?:一个)?专属(?:优惠)?码|专属优惠码|售完即止|售罄即止|卖完为止|清完为止|送完即止|(?:免费)?礼品包装(?:服务)?",
    re.IGNORECASE,
)
#: A condition counted from each customer's own event ("bought within 7 days of signing up", 注册后7天内下单) or on the items
#: of one order ("2+ items in a single order", 一单买了两件以上): the audience's conditions count back from today and
#: count orders, so neither is read as a plain look-back or order count.
_PER_CUSTOMER = re.compile(
    r"\b(?:with)?in\s+(?:the\s+first\s+)?(?:\d+|a|one|two|three|seven|ten|fourteen|thirty)\s+(?:days?|weeks?|months?|hours?)\s+(?:of|after|from)\s+"
    r"(?:(?:first\s+)?(?:signing up|sign-?up|signup|joining|registering|registration|subscribing|creating (?:an|their) account)"
    r"|(?:their|the|a|his|her)\s+(?:first|last|previous|latest)\s+(?:order|purchase|visit)|(?:their|the)\s+(?:sign-?up|signup|registration))\b"
    r"|(?:注册|首单|第一次下单|首次购买|首次下单)(?:后|之后|以后)\s*(?:的)?\s*[\d一二两三四五六七八九十]+\s*(?:天|日|周|个月|小时)(?:内|之内|以内)?",
    re.IGNORECASE,
)
_BASKET = re.compile(
    r"\b(?:\d+\+?|two|three|four|five|multiple|several|more than one|at least (?:\d+|two|three))\s+(?:or more\s+)?(?:items|products|units|pieces|things)\s+"
    r"(?:in|on|per|within)\s+(?:(?:a|one|the same|a single|one single|each|an|any)\s+)?(?:single\s+)?(?:order|basket|cart|transaction|purchase|checkout)\b"
    r"|\b(?:multi-?item|multi-?product)\s+(?:orders|baskets)\b|\b(?:basket|cart|order)\s+sizes?\b(?:\s+(?:of|over|above|at least)\s+\d+\+?(?:\s+items)?)?"
    r"|(?:单笔|一笔|同一笔|一单|同一单|每单)(?:订单)?(?:里|中)?(?:买了?|购买了?|下了?)?\s*[\d两三四五六七八九十]+\s*(?:件|个|样)(?:商品|产品|东西)?(?:以上|及以上|或以上)?",
    re.IGNORECASE,
)
_LISTS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        _PER_CUSTOMER,
        "audience",
        "copilot's conditions count back from today; a window counted from each customer's own sign-up or order is not applied",
    ),
    (
        _BASKET,
        "audience",
        "the data's conditions count orders and spend; the items within one order are not held, so this is not applied",
    ),
    (
        _TRACKING,
        "other",
        "copilot does not set link tracking or landing pages; add them in your sending tool",
    ),
    (_LANDING, "other", "copilot does not set link tracking or landing pages; add them in your sending tool"),
    (
        _FORMAT,
        "other",
        "copilot writes the copy; the creative format (video, GIF, countdown, carousel) is for the designer",
    ),
    (
        _COPY_RULE,
        "other",
        "a copy rule is not taken from the request: check the copy, or add it to the brand settings",
    ),
    (
        _FREQUENCY,
        "timing",
        "copilot schedules each channel's sends itself; a frequency cap is set in your sending tool",
    ),
    (
        _HOURS,
        "timing",
        "copilot sends at each channel's best hour; a send time or a weather-set day is not planned from these words",
    ),
    (
        _OFFER_TERMS,
        "offer",
        "a plan prices the discount; per-customer codes, stock limits and services are set in your store",
    ),
    (
        _MUST_CARRY,
        "other",
        "a copy rule is not taken from the request: check the copy, or add it to the brand settings",
    ),
)
_TESTED = re.compile(
    r"\b(?:test(?:ing)?|vs\.?|versus|a/?b|split)\b|测试|对比|测(?:一下)?(?:发送)?时间|一半", re.IGNORECASE
)
#: Joined into one entry when only this lies between two of the same kind ("video ads and carousel creatives", GIF动图和倒计时).
_JOIN = re.compile(r"\s*(?:(?:,|and|&|\+|/|和|与|及|、|以及)\s*)?", re.IGNORECASE)


def said_before_reading(t: Text, kind: str) -> list[NotApplied]:
    """What is said and claimed before the audience, offer and channel rules read the request, in this order: the
    audience groups read first (``unsupported_first``: "lookalikes of our Champions", 天气转冷地区的客户), days the data
    does not know ("the week before payday"), weather triggers ("when temps drop below 40F"), the house rules (quiet
    hours, content rules, influencers) and the instructions no plan field holds (this module)."""
    claim_writer_intro(t)  # 我们是深圳的跨境卖家，美区客户为主: who writes, not who is reached (writer_intro.py)
    claim_glosses(t)  # "— which means…", 复购就是…的意思, "CS here —", "From the Southeast regional mgr:" (glosses.py)
    out = okr_not_applied(t, kind)  # an OKR above the brief: its heading and key results (okr.py)
    out.extend(earlier_campaign_not_applied(t))  # "Same as the March winback", 照上个月那版 (pointers.py, decision 248)
    out.extend(membership_not_applied(t))  # 年卡会员, "paid Summit+ members", 到期前15天 (membership.py, decision 241)
    out.extend(unsupported_first(t))
    out.extend(unknown_days_not_applied(t))
    out.extend(weather_not_applied(t))
    out.extend(house_rules_not_applied(t))
    out.extend(no_field_not_applied(t, kind))
    return out


def no_field_not_applied(t: Text, kind: str = "brief") -> list[NotApplied]:
    """Instructions no plan field holds (see the module docs), claimed. A
    question's hours are what it asks about (哪个渠道在晚上八点发送效果最好): no clause."""
    out: list[NotApplied] = []
    tested = _TESTED.search(t.text)
    for rx, affects, reason in _LISTS:
        if rx is _HOURS and (tested or kind != "brief"):
            continue  # "test a 9am vs a 7pm send", 一半早上9点发，一半晚上8点发: the hours are what the test compares
        for m in rx.finditer(t.text):
            a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            b = a + len(m.group(0).strip())
            if b - a < 2 or not t.free(a, b) or t.text[max(0, a - 1) : a] in ("'", '"', "‘", "“", "「"):
                continue  # "add 'While supplies last' under the price": copy to write (a copy rule), not a term
            if rx is _MUST_CARRY:  # listed, not claimed: a product or an offer in it is still the campaign's
                out.append(NotApplied(text=t.text[a:b], span=t.span(a, b), affects=affects, reason=reason))
                continue
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.span is not None
                and prev.reason == reason
                and prev.span.end <= a
                and _JOIN.fullmatch(t.text[prev.span.end : a])
            ):
                t.take(a, b)
                out[-1] = NotApplied(
                    text=t.text[prev.span.start : b],
                    span=t.span(prev.span.start, b),
                    affects=affects,
                    reason=reason,
                )
                continue
            out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects=affects, reason=reason))
    return out


def joined_products(text: str, na: list[NotApplied]) -> list[NotApplied]:
    """Two products the catalogue lacks written as one ("ski goggles", 自行车头盔, "bike helmets"): one entry, not two."""
    out: list[NotApplied] = []
    for n in na:
        prev = out[-1] if out else None
        if (
            n.affects == "product"
            and prev is not None
            and prev.affects == "product"
            and prev.span is not None
            and n.span is not None
            and 0 <= n.span.start - prev.span.end <= 1
            and not text[prev.span.end : n.span.start].strip()
        ):
            words = text[prev.span.start : n.span.end]
            out[-1] = NotApplied(
                text=words,
                span=n.span.model_copy(update={"start": prev.span.start, "text": words}),
                affects="product",
                reason=f"the catalogue has no {words.lower()}",
            )
            continue
        out.append(n)
    return out
