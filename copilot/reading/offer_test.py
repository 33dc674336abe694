"""An A/B test between two offers: "test 10% vs 15% off", "test a 10% discount against free shipping", "test whether
20% off beats free shipping", "10% off or free shipping: test which converts", 测试九折和八五折哪个效果好, 测试有无优惠的效果.

Both variants are the request's, so neither is an unread clause: the test is the reading's A/B test (element
"offer") and its first variant that is an offer is the offer the plan starts from (the planner's A/B set-up adds the
second). Each variant is read by the offer reader itself (``offers.read_offer`` on the variant's words), so any
offer it knows (a percentage, 八折, an amount off, 满减, free shipping, a gift, BOGO) can be a variant.
"""

from __future__ import annotations

import weakref

from copilot.reading import regex as re
from copilot.reading.schema import ABTest, Offer
from copilot.reading.text import Text

#: One variant: an offer in words the offer reader knows ("coupon vs no coupon" stays with terms.read_ab: its "no" arm
#: is the no-discount reader's to judge).
_OFFER = (r"(?:an?\s+)?(?:\d{1,2}(?:\.\d)?\s?%(?:\s+(?:off|discount))?|[$€£¥]\s?\d+(?:\.\d+)?\s+off|\d+\s?(?:dollars|euros|pounds)\s+off"
          r"|free\s+(?:shipping|ship|delivery|gift)|(?:a\s+)?gift\s+with\s+purchase|gwp|bogo|buy\s+one,?\s+get\s+one(?:\s+free)?"
          r"|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?\s?折|[1-9]\d\s?折|满\d+减\d+元?|包邮|免运费|买一送一|赠品|送礼品)")
_VS = r"\s*(?:vs\.?|versus|against|or|beats?|outperforms?|compared\s+(?:to|with)|和|跟|与|还是|对比|vs\.?)\s*"
_PAIR = re.compile(rf"(?P<a>{_OFFER}){_VS}(?P<b>{_OFFER})", re.IGNORECASE)
#: A test said before the pair in its sentence ("test", "A/B", 测试, 对比) or after it ("which converts better", 哪个效果好).
_TEST_BEFORE = re.compile(r"(?:\btest(?:s|ing)?\b|\ba/?b\b|split[- ]test|\bexperiment\b|测试|测一下|测一测|测测|测下|对比一下|比较一下|对比测试|AB测|A/B测)"
                          r"[^.;!?\n。；！？]{0,40}$", re.IGNORECASE)
_TEST_AFTER = re.compile(r"[^.;!?\n。；！？]{0,20}?(?:\btest\b|\bwhich\s+(?:one\s+)?(?:converts|performs|works|does|wins|drives|gets)\b"
                         r"|(?:哪个|哪种|哪一个|谁)[^，。；,;]{0,8}?(?:好|高|多|强))", re.IGNORECASE)
_LEAD = re.compile(r"(?:\btest(?:ing)?|\ba/?b(?:\s+test)?|测试|测一下|对比一下|比较一下)\s*(?:一下)?\s*(?:(?:the\s+)?(?:offers?|discounts?)|优惠|折扣)?\s*[:：]?\s*$", re.IGNORECASE)
#: With against without one offer: 测试有无优惠的效果, 有没有券的差别.
_WITH_WITHOUT = re.compile(r"(?:测试?|对比|比较|看看?)(?:一下)?\s*(?:有无|有没有)(?:优惠券?|券|折扣|红包|赠品|包邮)(?:[^，。；,;]{0,10}?(?:效果|转化|差别|差异|区别))?")


#: Halves that each get an offer: "half of the list gets 15% off, the other half gets free shipping", 一半客户打九折，另一半包邮.
_HALVES = re.compile(
    r"\bhalf\b[^.;!?\n]{0,60}?\b(?:gets?|receives?|sees?|with)\s+(?P<h1>" + _OFFER + r")(?:\s+off)?[^.;!?\n]{0,16}?"
    r"(?P<rest>\b(?:the\s+)?other\s+half\b[^.;!?\n]{0,30}?\b(?:gets?|receives?|sees?|with)\s+(?P<h2>" + _OFFER + r"))"
    r"|一半[^。；;！？\n]{0,24}?(?P<z1>" + _OFFER + r")[^。；;！？\n]{0,8}?(?P<zrest>另一半[^。；;！？\n]{0,12}?(?P<z2>" + _OFFER + r"))",
    re.IGNORECASE,
)


#: Groups that each get an offer (probe s25): 一组送免运费，一组九折; A组包邮，B组八五折; "one group gets free shipping, the
#: other 10% off"; "group A: free shipping, group B: 10% off" (the free-shipping arm had disappeared).
_GROUPS = re.compile(
    r"(?:\bone\s+(?:group|cell|arm)|\b(?:group|cell|arm)\s+(?:A|1|one)\b)[^.;!?\n]{0,30}?(?P<h1>" + _OFFER + r")(?:\s+off)?[^.;!?\n]{0,16}?"
    r"(?P<rest>(?:\b(?:the\s+)?other(?:\s+(?:group|cell|arm|one))?|\b(?:group|cell|arm)\s+(?:B|2|two)\b)[^.;!?\n]{0,30}?(?P<h2>" + _OFFER + r"))"
    r"|(?:一组|A组|第一组|甲组)[^。；;！？\n]{0,12}?(?P<z1>" + _OFFER + r")[^。；;！？\n]{0,8}?"
    r"(?P<zrest>(?:另一组|一组|B组|第二组|乙组)[^。；;！？\n]{0,12}?(?P<z2>" + _OFFER + r"))",
    re.IGNORECASE,
)


def _halves(t: Text) -> tuple[ABTest, Offer | None] | None:
    """"half … gets 15% off, the other half gets free shipping" (or two groups, 一组…一组…): the test on the offer, its
    first half's the offer."""
    for m in [*_HALVES.finditer(t.text), *_GROUPS.finditer(t.text)]:
        one, rest = ("h1", "rest") if m.group("h1") else ("z1", "zrest")
        if not (t.free(m.start(one), m.end(one)) and t.free(m.start(rest), m.end(rest))):
            continue
        first = _variant(t, m.start(one), m.end(one))
        if first is None:
            continue
        t.take(m.start(one), m.end(one))
        return ABTest(element="offer", span=t.take(m.start(rest), m.end(rest))), first
    return None


#: Test cells that each get an offer (set 14 decision 185): "Cells: 45% get 20% off, 45% get 10% off, 10% control",
#: "three cells — A: 15% off, B: free shipping, C: $20 off". An uneven split is listed by the planner's A/B set-up.
_CELL = r"(?:(?:cell\s+)?[A-D]\s*[:=)]\s*|\d{1,2}\s?%\s+(?:get|gets|receive|receives|see|sees)\s+)(?P<oN>" + _OFFER + ")"
_CELLS = re.compile(r"\b(?:cells?|arms?|variants?|test groups?)\b[^:：\n.]{0,30}[:：—–-]\s*" + _CELL.replace("oN", "o1")
                    + r"\s*[,;，；]\s*" + _CELL.replace("(?P<oN>", "(?P<o2>")
                    + r"(?:\s*[,;，；]\s*" + _CELL.replace("(?P<oN>", "(?:") + ")*", re.IGNORECASE)


#: Arms listed after their count or a split ("three arms at 10%, 15% and 20% off", "split 50/50 between 10% off and free
#: shipping", "test two cells: 15% off, free shipping"): the arms after the second are said (a test has two arms).
_LISTED = re.compile(
    r"\b(?:(?:two|three|four|2|3|4)\s+(?:arms?|cells?|variants?|groups?|ways?)|split(?:\s+(?:it\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{1,2})*)?|a/?b(?:\s+test)?|test(?:ing)?)"
    r"\s*(?:at|of|with|between|:|—|–|-)?\s*(?P<a>" + _OFFER + r")\s*(?:,|/|\band\b|&)\s*(?P<b>" + _OFFER + r")"
    r"(?P<more>(?:\s*,?\s*(?:\band\b|&)?\s*" + _OFFER + r"(?!\s*(?:hold[- ]?(?:out|back)|control|of\b|对照|留出)))*)(?:\s+off)?",
    re.IGNORECASE,
)
#: the arms read beyond the second, said by offer_terms.offer_not_applied
EXTRA_ARMS: weakref.WeakKeyDictionary[Text, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def _listed_arms(t: Text) -> tuple[ABTest, Offer | None] | None:
    """"three arms at 10%, 15% and 20% off": the test on the offer, its first arm the offer, the third arm kept to be said."""
    for m in _LISTED.finditer(t.text):
        if not t.free(m.start(), m.end()) or not re.search(r"\b(?:arms?|cells?|variants?|groups?|ways?|split|between|a/?b)\b", m.group(0), re.IGNORECASE):
            continue
        first = _variant(t, m.start("a"), m.end("a"))
        if first is None:
            continue
        extra = [(x.start() + m.start("more"), x.end() + m.start("more")) for x in re.finditer(_OFFER, m.group("more"), re.IGNORECASE)]
        EXTRA_ARMS[t] = extra
        end = m.end("more") if extra else m.end()
        tail = re.match(r"\s+off\b", t.text[end:], re.IGNORECASE)
        return ABTest(element="offer", span=t.take(m.start(), end + (tail.end() if tail else 0))), first
    return None


def _variant(t: Text, a: int, b: int) -> Offer | None:
    """The offer one variant names, read by the offer reader on its words alone (the span is the variant's here)."""
    from copilot.reading.offers import read_offer

    bare = re.fullmatch(r"(?:an?\s+)?(\d{1,2}(?:\.\d)?)\s?%", t.text[a:b])
    if bare is not None:  # "test 15% vs 20% off": the first shares the second's "off"
        return Offer(kind="percent_off", value=float(bare.group(1)), span=t.span(a, b))
    offer, _cap, _none = read_offer(Text(t.text[a:b]))
    if offer is None:
        return None
    return offer.model_copy(update={"span": t.span(a, b)})


def offer_test(t: Text) -> tuple[ABTest, Offer | None] | None:
    """(the A/B test on the offer, the first variant that is an offer), or None."""
    for m in _PAIR.finditer(t.text):
        head = t.text[max(0, m.start() - 48) : m.start()]
        tail = _TEST_AFTER.match(t.text, m.end())
        if not (_TEST_BEFORE.search(head) or tail) or not t.free(m.start(), m.end()):
            continue
        if re.fullmatch(r"\s*(?:or|还是)\s*", t.text[m.end("a") : m.start("b")], re.IGNORECASE) and not (tail or _TEST_BEFORE.search(head[-16:])):
            continue  # "test subject lines and give 10% off or free shipping": an either-or far from the test words
        variants = [_variant(t, m.start(k), m.end(k)) for k in ("a", "b")]
        if all(v is None for v in variants):
            continue  # two words that read as no offer at all
        end = tail.end() if tail and re.search(r"哪|谁|which", tail.group(0), re.IGNORECASE) else m.end()
        lead = _LEAD.search(head)  # "test the offer: free shipping vs 10% off": the test words are the test's too
        start = m.start() - (len(head) - lead.start()) if lead and t.free(m.start() - (len(head) - lead.start()), m.start()) else m.start()
        span = t.take(start, end)
        return ABTest(element="offer", span=span), next((v for v in variants if v is not None), None)
    listed = _listed_arms(t) or _halves(t)
    if listed is not None:
        return listed
    c = _CELLS.search(t.text)
    if c is not None and t.free(c.start(), c.end()):
        first = _variant(t, c.start("o1"), c.end("o1"))
        return ABTest(element="offer", span=t.take(c.start(), c.end())), first
    w = _WITH_WITHOUT.search(t.text)
    if w is not None and t.free(w.start(), w.end()):
        return ABTest(element="offer", span=t.take(w.start(), w.end())), None
    return None
