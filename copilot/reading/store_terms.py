"""A store manager's terms (benchmark decisions 151, 169, 195, 215), claimed before the audience is read:

* an offer redeemable only in a store ("redeem in store only", "show the text at the till", 到店出示短信, 到店核销): the
  offer stays; the restriction is listed (affects offer), never read as an in-store channel or store visitors;
* an in-store add-on deal (店内加$99换购登山杖, "add $15 in store for a pair of socks"): listed (affects offer), its item
  not promoted;
* customers told by a store or by in-store pickup ("in-store pickup customers at our Denver store", 门店自提的客户):
  listed (affects audience; no store data);
* the store's own event and traffic words (到店活动, 引流到店, 门店客流下滑, "drive footfall") and the store as the one who asks
  or is sent something (门店这边反馈, 我们门店想…, 导出来给门店, 进店率, 调陈列): no clause, no channel.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_REDEEM = re.compile(
    r"\b(?:redeem(?:able)?|valid|use(?:able)?|show(?:ing)?\s+(?:the|this|their|your)\s+(?:text|sms|email|message|code|screen)(?:\s+at\s+the\s+(?:till|counter|register|checkout))?)"
    r"\s+(?:it\s+|them\s+)?(?:only\s+)?in[- ]?(?:stores?|shop|person)(?:\s+only)?\b"
    r"|\bin[- ]store\s+(?:only|redemption(?:\s+only)?)\b|\bshow\s+(?:the|this|their|your)\s+(?:text|sms|email|message|code)\s+at\s+the\s+(?:till|counter|register)\b"
    r"|\bbuy online(?:,)?\s+(?:and\s+)?pick[- ]?up\s+in[- ]?store\b"
    r"|(?:到店|进店|门店)(?:出示|核销|使用|兑换|领取)(?:短信|邮件|券码|二维码|会员码|优惠券|券)?|(?:仅限|只限)(?:到店|门店|店内|线下)(?:核销|使用|兑换)?",
    re.IGNORECASE)
_ADD_ON = re.compile(
    r"(?:店内|门店|到店|线下)?(?:满\s*\d+(?:\.\d+)?\s*(?:元|块)?\s*)?加\s*(?:HK\$|[$¥￥])?\s*\d+(?:\.\d+)?\s*(?:元|块|港币|蚊)?\s*换购\s*[^，,。；;！!\n]{0,16}"
    r"|\badd\s+(?:[$€£]\s?\d+(?:\.\d+)?)\s+in[- ]store\s+(?:for|to get)\s+[^,.;!\n]{1,40}",
    re.IGNORECASE)
_EVENT = re.compile(r"(?:周末|本周|这周)?(?:的)?到店活动|引流到店|拉动到店|(?:门店|店铺|店里|店内|进店)(?:的)?客流(?:量)?(?:下滑|下降|减少|少了|很少|不行|很差|低迷)(?:得(?:厉害|很厉害|严重))?|\bdrive\s+(?:foot\s*traffic|footfall|store\s+visits)\b", re.IGNORECASE)
#: the store itself as the one who asks, is told or is measured (门店这边反馈…, 我们门店想…, 导出来给门店, 进店率很低, 调陈列): the
#: writer's own shop, no channel the campaign sends through
_STORE_ITSELF = re.compile(
    r"(?:我们|咱们?|各|那?几家|这家|那家)?(?:的)?(?:线下)?门店(?:这边|那边|团队|同事|的同事|伙伴)?(?=(?:这边|那边)?(?:反馈|想|要求|说|提|问|需要|希望|觉得|打算|准备)|照着)"
    r"|(?:给|发给|转给|交给|提供给|同步给)(?:各|我们的?)?(?:线下)?门店(?:的同事|同事|店长|团队)?|(?:进店率|到店率)(?:很低|偏低|下滑|下降|低)?|(?:调|调整|换)(?:一下)?陈列")
#: customers told by a store or by in-store pickup ("in-store pickup customers at our Denver store", 门店自提的客户)
_STORE_PEOPLE = re.compile(
    r"\b(?:in[- ]store\s+)?(?:pick[- ]?up|bopis|click[- ]and[- ]collect)\s+(?:customers|shoppers|buyers|people|orders)"
    r"(?:\s+(?:at|of|from|in)\s+(?:our|the)\s+(?:[\w-]+\s+){1,2}?(?:store|shop|location|branch|outlet))?\b"
    r"|\b(?:customers|shoppers|buyers|people|members|regulars)\s+(?:of|at|from)\s+(?:our|the)\s+(?:[\w-]+\s+){1,2}?(?:store|shop|location|branch|outlet)\b"
    r"|(?<![过们到])(?:门店|实体店|线下店)(?:自提)?(?:的)?(?:客户|顾客|会员)|到店自提(?:的)?(?:客户|顾客|会员)",
    re.IGNORECASE)
STORE_REASON = "the data has no store or in-store pickup records: the audience is not narrowed to a store's customers"
REDEEM_REASON = ("copilot plans the offer, not where it is redeemed; the plan keeps the offer: say the in-store "
                 "restriction in the copy")
ADD_ON_REASON = ("an add-on deal (pay a little more for another item) is not an offer copilot prices; its item is not "
                 "promoted: say it in the copy")


def store_terms(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Claim a store's redemption rule, add-on deal and event words (see the module docs)."""
    for m in _STORE_PEOPLE.finditer(t.text):
        if t.free(m.start(), m.end()):
            na.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="audience", reason=STORE_REASON))
    for rx, reason in ((_REDEEM, REDEEM_REASON), (_ADD_ON, ADD_ON_REASON)):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                na.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="offer", reason=reason))
    for m in [*_EVENT.finditer(t.text), *_STORE_ITSELF.finditer(t.text)]:
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
