"""What the campaign promotes, settled once the fields are read (probe s25, class 2: a promoted product lost or not
inferred). Called once from reader.py.

- "Most likely to buy them": the promoted category; "the 500 most likely to buy tents", nothing else promoted: tents.
- A cross-sell told only by its audience ("base-layer buyers who never bought an insulated jacket", 买过帐篷但没买过
  睡袋的客户), with nothing else promoted: what they never bought is what the brief promotes (the plan must not
  feature what they already own). Only a never-bought with no window of its own, beside a purchase of other goods.
- A product word the catalogue lacks is never dropped silently: joined to a read category (头灯+雪镜, "headlamps and
  scarves") or, when nothing is promoted, fused with the offer at a clause's start (雨披八五折, "ponchos 25% off"), it
  is listed (affects product).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied, Promoted
from copilot.reading.text import Text
from copilot.tools.conditions import And, Bought, Condition, Not, TopPropensity, leaves

#: A word joined to a category read just before it: 头灯+雪镜, 头灯和围巾, "headlamps and scarves", "tents & hammocks".
#: What may follow it: a clause end, a box or set of both, or the offer.
_JOINED_END = (r"\s*(?:$|[，。；！？,.;:：!?（(\n]|礼盒|套装|组合|礼包|\d{1,2}\s?%|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?\s?折"
               r"|(?:for|to|at|on)\b)")
_JOINED = re.compile(r"\s*(?:\+|＋|&|/|和|、|与|及|\band\b|\bplus\b)\s*(?:(?:some|our|the)\s+)?"
                     r"(?P<w>[\u4e00-\u9fff]{2,4}?|[a-z][a-z-]+s\b)(?=" + _JOINED_END + ")", re.IGNORECASE)
#: A word fused with an offer at a clause start: 雨披八五折, 雪镜满300减50, "Ponchos 25% off".
_FUSED = re.compile(r"(?:^|(?<=[，。；！？,.;:：!?\n、]))\s*(?P<w>(?:(?![零一二两三四五六七八九十])[\u4e00-\u9fff]){2,4})(?=(?:[一二三四五六七八九]{1,2}|\d(?:\.\d)?)折|[满滿]\d+\s*(?:元|块)?\s*[减減])"
                    r"|(?:^|(?<=[,.;:!?\n—–]))\s*(?P<e>[A-Za-z][a-z-]+s)\s+(?=\d{1,2}\s?%\s*off\b)")
#: Words of those shapes that name no product.
_NOT_GOODS = re.compile(
    r"^(?:全场|全店|全部|所有|一律|统一|全品|全线|全馆|店铺|限时|直接|会员|新客|首单|老客|客户|用户|商品|产品|单品|活动|优惠|折扣|"
    r"立享|可享|享受|低至|最低|最多|最高|封顶|上限|额外|再享|同享|叠加|部分|指定|精选|爆款|新品|正价|原价|其他|其它|剩下|更多|"
    r"等等|什么|这些|那些|它们|他们|她们|我们|大家|邮件|短信|推送|预算|时间|渠道|人群|对象|一半|另一半|其余|剩余|其他人|另外|此外|同时|并且|还有|加上|然后|以及|而且|另有)"
    r"|.*(?:组|人|群|户|客|者|们|员|价|单|予|期|间|后|前|内|时|起|率|额|量|度|面|场|店|款|类|品)$"
    r"|.*(?:享|打|可|均|为|是|按|给|都|再|送|赠|到|做|搞|来|上|发)$"
    # a verb with its measure word (做个, 搞个, 来个, 整个, 弄一波, 试一下): never a product's name
    r"|^(?:做|搞|来|整|弄|试|出|上|推|发|给|打|加|安排|准备|考虑)(?:个|個|一个|一個|一下|一波|一轮|一次|点|些)"
    r"|.*(?:个|個)$"
    r"|^(?:others|things|items|products|deals|sales|savings|orders|customers|buyers|members|users|clients|folks|"
    r"subscribers|shoppers|people|sends|emails|texts|pushes|ads|posts|days|weeks|months|years|hours|results|sizes|"
    r"colours|colors|styles|specials|extras|bundles|sets|kits|gifts|rewards|points|credits|codes|coupons|vouchers|"
    r"offers|discounts|markdowns|promos|promotions|campaigns|plans|goals|terms|rules|basics|essentials|favourites|"
    r"favorites|bestsellers|best-sellers|new-arrivals|arrivals|picks|launches|returns|refunds|visits|views|clicks|"
    r"opens|conversions|sales|includes|gets|saves|takes|plus|is|was|has|does|goes|runs|ends|starts|lasts|perhaps|"
    r"always|sometimes|thus|yes|this|its|as|us|less|across|towards|unless|besides|maybe|possibly|probably|"
    r"extras|flat|sitewide|storewide|everywhere|applies|seems|means|needs|wants|says|thanks|cheers|regards)$",
    re.IGNORECASE)


def settle_promoted(t: Text, audience: Condition | None, promoted: Promoted, kind: str,
                    not_applied: list[NotApplied]) -> Promoted:
    """The promoted categories and products once the fields are read (see the module's doc)."""
    promoted = tie_top_propensity(audience, promoted)
    not_applied.extend(unknown_goods(t, promoted))
    if kind == "brief":
        promoted = never_bought_target(audience, promoted)
    return promoted


def tie_top_propensity(audience: Condition | None, promoted: Promoted) -> Promoted:
    """"Most likely to buy them": the promoted category; "the 500 most likely to buy tents", nothing else
    promoted: tents are what the campaign is about."""
    if audience is not None and promoted.categories:  # "most likely to buy them": the promoted category
        for leaf in leaves(audience):
            if isinstance(leaf, TopPropensity) and leaf.category is None and leaf.span is not None and re.search(
                    r"\b(?:them|it|these|those)\b", leaf.span.text, re.I):
                object.__setattr__(leaf, "category", promoted.categories[0])
    if not promoted.categories and not promoted.product_ids:
        tops = [c.category for c in leaves(audience) if isinstance(c, TopPropensity) and c.category] if audience else []
        if tops:
            promoted = promoted.model_copy(update={"categories": tops[:1]})
    return promoted


def never_bought_target(audience: Condition | None, promoted: Promoted) -> Promoted:
    """"bought base layers … but never an insulated jacket", nothing else promoted: insulated jackets are promoted."""
    if audience is None or promoted.categories or promoted.product_ids:
        return promoted
    parts = audience.of if isinstance(audience, And) else [audience]
    owned = [c for c in parts if isinstance(c, Bought)]
    never = [c for c in parts if isinstance(c, Not) and isinstance(c.of, Bought) and c.of.within_days is None
             and (c.of.categories or c.of.product_ids)]
    if not owned or not never:
        return promoted
    had = {s for b in owned for s in b.categories} | {p for b in owned for p in b.product_ids}
    cats: list[str] = []
    pids: list[str] = []
    for n in never:
        assert isinstance(n.of, Bought)
        if had & (set(n.of.categories) | set(n.of.product_ids)):
            return promoted  # "bought boots three years ago and never boots since": a lapse, not a second category
        cats += [c for c in n.of.categories if c not in cats]
        pids += [p for p in n.of.product_ids if p not in pids]
    span = next((sp for n in never if (sp := getattr(n.of, "span", None)) is not None), None)
    return Promoted(categories=cats[:15], product_ids=pids[:20], span=span)


def unknown_goods(t: Text, promoted: Promoted) -> list[NotApplied]:
    """Product words the catalogue lacks, joined to a read category or fused with the offer: listed, never dropped."""
    out: list[NotApplied] = []
    text = t.text
    found: list[tuple[int, int]] = []
    if promoted.span is not None:
        ends = sorted({e for s, e in t.taken if promoted.span.start <= s < e <= promoted.span.end})
        for e in ends:  # after each category read: "headlamps and scarves", 头灯+雪镜
            m = _JOINED.match(text, e)
            if m is None or not t.free(m.start("w"), m.end("w")):
                continue
            if not _NOT_GOODS.match(m.group("w")):
                found.append((m.start("w"), m.end("w")))
    for m in _FUSED.finditer(text) if not promoted.categories and not promoted.product_ids else ():
        g = "w" if m.group("w") else "e"
        if t.free(m.start(g), m.end(g)) and not _NOT_GOODS.match(m.group(g)):
            found.append((m.start(g), m.end(g)))
    for a, b in found:
        if t.free(a, b):
            word = text[a:b]
            out.append(NotApplied(text=word, span=t.take(a, b), affects="product",
                                  reason=f"the catalogue has no {word.lower()}"))
    return out
