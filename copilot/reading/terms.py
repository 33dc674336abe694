"""The reader's rules for channels, promoted products, campaign type, A/B test, metric and "top N" (money and
offers: :mod:`copilot.reading.offers`; a question's intent: :mod:`copilot.reading.intent_words`)."""

from __future__ import annotations

from typing import Literal

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.catalogue_nouns import noun_products
from copilot.reading.corrections import narrowed_focus
from copilot.reading.marks import crossed_out
from copilot.reading.named_products import (
    collections,
    named_products,
    products_over_their_category,
    unknown_launch_names,
)
from copilot.reading.numbers import NUMBER, to_number
from copilot.reading.product_lines import product_words
from copilot.reading.schema import (
    ABTest,
    Channels,
    Metric,
    NotApplied,
    Promoted,
)
from copilot.reading.text import CJK, Text, channel_of, match_catalogue, pat
from copilot.tools.conditions import Channel, Span

Kind = Literal["brief", "question"]

# --- channels, products -------------------------------------------------------------------------------


def read_channels(t: Text, na: list[NotApplied]) -> Channels:
    mm: re.Match[str] | None = None
    text = t.text
    allowed: list[Channel] = []
    excluded: list[Channel] = []
    spans: list[Span] = []
    all_ch = False
    only = False
    _unplannable(t, na, first=("LINE",))  # LINE官方帳號推播: one channel copilot cannot plan, its 推播 no push
    m = t.find(lx.ALL_CHANNELS_WORDS)
    if m:
        all_ch = True
        spans.append(t.take(m.start(), m.end()))
    hits: list[tuple[int, int, Channel]] = []
    for ch, words in lx.CHANNEL_WORDS.items():
        for mm in t.find_all(words):
            word = mm.group(0).lower()
            texted = word == "text" and re.search(r"(?:\b(?:we|to|i|and|then|you|please|don'?t|do not|never)|^)\s*$", text[max(0, mm.start() - 8) : mm.start()], re.I)
            measured = re.match(r"\s*(?:ctrs?|open|click|conversion|performance|stats|numbers|results|revenue|roi|sends|notifications?|"
                                r"subscribers|engagement|unsub\w*)\b", text[mm.end() : mm.end() + 24], re.I)  # "push CTR for Q3"
            if word in lx.AMBIGUOUS_CHANNEL_WORDS and not _in_list(text, mm.start(), mm.end()) and not texted and not measured:
                continue
            if word == "push" and _CAMPAIGN_PUSH.search(text[max(0, mm.start() - 30) : mm.start()]) and not re.search(
                    r"\b(?:[Tt]|[Dd]ay)\s?(?:[+-]\s?\d+|0)\b[^,.;]{0,24}$", text[max(0, mm.start() - 30) : mm.start()]):
                continue  # "new arrivals push —", "a loyalty push for …": a campaign, not the channel
            if word == "push" and _PUSH_VERB.match(text, mm.end()) and not _AFTER_CHANNEL.search(text[max(0, mm.start() - 16) : mm.start()]):
                continue  # "push insulated jackets to campers": the verb (not "email and push the tent to campers")
            hits.append((mm.start(), mm.end(), ch))
    for mm in re.finditer(r"(?<![A-Za-z0-9_-])(e-?mail|sms|texts?|push)-only(?![A-Za-z0-9_-])", text, re.I):
        if t.free(mm.start(), mm.end()):  # "email-only reactivation"
            hits.append((mm.start(), mm.end(), "email" if "mail" in mm.group(1).lower() else "sms" if mm.group(1).lower() != "push" else "push"))
            only = True
    hits.sort()
    for a, b, ch in hits:
        before = text[max(0, a - 40) : a]
        neg = (re.search(lx.NEGATION_BEFORE, before, re.I) or re.search(lx.ZH_NEGATION_BEFORE, before)
               or re.search(r"\b(?:channels?|all|any|anything|everything)\s+(?:but|other than|apart from)\s+(?:(?:sms|e-?mail|push|paid social|texts?)\s*(?:,|or|and|/)\s*)*$", before, re.I)  # "all channels but SMS"
               or re.search(r"(?:out of scope|not in scope|excluded|exclusions?|do not use|don'?t use|non-?goals?|不做|不包括|排除|非目标)\s*[:：]?\s*(?:\n\s*(?:[-*•]\s*)?)?"
                            r"(?:[\w ]+(?:,|\n\s*[-*•]?)\s*)?$", before, re.I)  # "## Out of scope\n- Paid social"
               or (re.search(r"\b(?:leave|keep|take|drop|cut)\s+(?:the\s+)?$", before, re.I)
                   and re.match(r"\s*(?:out|off)\b", text[b : b + 8], re.I))  # "Leave SMS out this time"
               or re.match(r"\s*(?:excluded|not included|left out|(?:is|are) out|(?:is |are )?off the table)\b", text[b : b + 20], re.I)
               or crossed_out(text, a, b)  # "✅ email ❌ SMS", 邮件❌
               # "从邮件换成短信", "switch from email to SMS", "move it off email onto push": the channel left
               or (re.search(r"(?:从|\bfrom\s+|\boff\s+)$", before, re.I) and re.match(r"\s*(?:换成|改成|转到|切到|\s(?:to|onto|over to)\s)", text[b : b + 12], re.I)
                   and re.search(r"换|改|转|切|\bswitch|\bmove|\bshift|\bmigrate|\bchange", text[max(0, a - 40) : b + 12], re.I))
               or re.match(r"\s*(?:就算了|不用了|不要了|去掉了?|拿掉|删掉|就不用了|就别(?:发|用|做|投|上)了?|别(?:发|用)了|先不(?:发|用)|除外|不发|不要发|别发|不考虑|"
                           r"(?:这次|这回|暂时|本次|今年)?(?:先|就|也)?(?:不要|不用|别)(?:发|用|做|投|上)了|"
                           r"(?:这次|这回|暂时|本次|今年)?(?:先|就)?(?:不投|不做|不用|不发|不走|不上)了?)",
                           text[b : b + 12]))
        # a negation applies across a list ("no SMS or push"), not to a channel that starts a new clause
        # after what it excluded ("Exclude Lost and email Champions")
        if neg and _new_clause_after_negated(before[neg.start():] if neg.re.pattern == lx.NEGATION_BEFORE else ""):
            neg = None
        if neg and neg.re.pattern == lx.NEGATION_BEFORE and re.search(r"→|->|=>|\bthen\b|\bsend\b|\bfollow(?:ed)? (?:up )?with\b", before[neg.start():], re.I) and not re.match(
                r"(?:please\s+)?(?:don'?t|(?:do\s+)?not|never)\s+send\s+(?:any\s+|an?\s+)?(?:\w+\s*(?:,|or|and|/)\s*)*$", before[neg.start():], re.I):  # "don't send SMS"
            neg = None  # "no click within 5 days → a push": the push is the next step, not left out
        if neg:
            if ch not in excluded:
                excluded.append(ch)
        elif ch not in allowed:
            allowed.append(ch)
        spans.append(t.take(a, b))
        after = text[b : b + 12]
        if ((om := re.match(r"\s*(?:only|alone|exclusively)\b|\s*(?:就行|就好|就可以|即可)", after, re.I)) and t.free(b, b + om.end())) or re.search(
                r"(?:\bonly|\bjust|\bexclusively|(?:仅|只)(?:限|用|通过|发|走|做|投|推|看|搞)?)\s*(?:via\s+|by\s+|through\s+|use\s+)?$", before[-14:], re.I):
            only = True
    allowed = [c for c in allowed if c not in excluded]
    if excluded and not all_ch and _REST_ALLOWED.search(text):
        all_ch = True  # "除了短信都行", "any channel you like, except texting": the other channels
    if all_ch:
        allowed = [c for c in lx.ALL_CHANNELS if c not in excluded]
    _unplannable(t, na)
    all_ch = all_ch and not excluded  # "all channels except SMS" is the other channels (convention 43)
    return Channels(allowed=allowed, excluded=excluded, all_channels=all_ch, only=only and len(allowed) >= 1,
                    spans=spans[:10])


def _unplannable(t: Text, na: list[NotApplied], first: tuple[str, ...] = ()) -> None:
    """Channels copilot cannot plan (社群+企业微信+短信, LINE, flyers): each named one is said, once; one said not to
    use is only claimed. ``first`` names those read before the plannable channels (their words hold a channel word)."""
    text = t.text
    for name, words in lx.UNSUPPORTED_CHANNELS.items():
        if first and name not in first:
            continue
        for mm in t.find_all(words):
            before = text[max(0, mm.start() - 40) : mm.start()]
            if re.search(lx.NEGATION_BEFORE, before, re.I) or re.search(lx.ZH_NEGATION_BEFORE, before):
                t.take(mm.start(), mm.end())
                continue
            if any(n.affects == "channel" and mm.group(0).lower() in n.text.lower() for n in na):
                t.take(mm.start(), mm.end())  # said once (公众号 beside 公众号推文 too)
                continue
            na.append(NotApplied(text=mm.group(0), span=t.take(mm.start(), mm.end()), affects="channel",
                                 reason=f"copilot cannot plan {name}; it plans email, SMS, push and paid social"))


def _new_clause_after_negated(negated: str) -> bool:
    """"exclude Lost and " before "email": the negation took a non-channel object, then "and" started a verb."""
    m = re.search(r"^\W*\w+(?:\s+\w+)?\s+(?P<obj>.+?)\s+(?:and|then|&)\s*$", negated, re.IGNORECASE)
    return m is not None and not any(re.search(p, m.group("obj"), re.IGNORECASE) for ws in lx.CHANNEL_WORDS.values() for p in ws)


#: Every channel but the one left out, said without "all channels": 除了短信都行, 除了付费社交其他渠道都可以, "any channel you
#: like, except texting".
_REST_ALLOWED = re.compile(r"除了[^，。,；;！!？?]{1,12}?(?:以外|之外)?[，,]?\s*(?:其他|其余|别的|其它)?的?(?:渠道)?(?:都|均)(?:行|可以|能|发|用|没问题)|"
                           r"\bany (?:other )?channels?\b[^.;!?]{0,24}?,?\s+(?:except|but|other than|apart from|minus)\b", re.I)


#: Words before "push" that make it a campaign ("a new arrivals push", "our big loyalty push").
_CAMPAIGN_PUSH = re.compile(r"\b(?:arrivals?|loyalty|sales?|spring|summer|autumn|fall|winter|holiday|"
                            r"seasonal|launch|promo|marketing|campaign|reactivation|win-?back|clearance|awareness)\s+$", re.I)


#: "push <goods> to <people>": push as a verb (the goods are not people, a pronoun or a message word).
_PUSH_VERB = re.compile(r"\s+(?:the\s+|our\s+|new\s+)*(?!(?:to|about|for|with|on|out|and|or|plus|them|it|this|that|everyone|anyone|all|our|customers|people|folks|shoppers|"
                        r"buyers|members|subscribers|users|campaigns?|blasts?|messages?|alerts?|reminders?|notes?|nudges?|notifications?|only|\d)\b)"
                        r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}\s+to\s+(?!buy|shop|order|try|get|come|check|see|sign)", re.I)
_AFTER_CHANNEL = re.compile(r"(?:e-?mail|sms|texts?|social)\s*(?:,|and|&|\+|/|or)\s*$", re.I)


#: Words after a channel word at the start of a sentence that make it the channel: who it goes to, or that it goes out.
_CHANNEL_NEXT = (r"about|to|with|for|customers|people|shoppers|folks|buyers|members|subscribers|them|everyone|our|all|campaign|blast|out|"
                 r"goes|go(?:ing)? out|went out|will|lands|drops|is sent|sends")


def _in_list(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24) : start]
    after = text[end : end + 14]
    if _GREETING.fullmatch(text[:start]) or re.fullmatch(r"\W*please\s+", text[:start], re.I):
        # "Hi team, push the Kestrel…" is the verb; "Hi team, text customers who…" / "Please push to Loyal…" the channel
        return bool(re.match(rf"\s+(?:{_CHANNEL_NEXT})\b", after, re.I))
    if re.match(r"\s*(?:[?.!]|$)", after) and re.search(r"\b(?:to|onto|into|by|via|on|through|over)\s+$", before, re.I):
        return True  # "which region responds best to push?"
    if re.search(r"(?:^|[.;:!\u2600-\u27bf\U0001f000-\U0001faff\u200d\ufe0f]\s*|\b(?:a|an|one|send|via|by|set\s+up|setup|schedule)\s+)$", text[max(0, start - 12) : start], re.I) and re.match(
            rf"\s+(?:{_CHANNEL_NEXT}|after|before|at \d|tonight|tomorrow)\b", after, re.I):
        return True
    if re.search(r"\b(?:braze|klaviyo|iterable|onesignal|airship|attentive|postscript|mailchimp|omnisend|twilio|firebase|fcm|apns|in-?app|app)\s+$", before, re.I):
        return True  # "Braze push to app users", "a Klaviyo email", "app push": the tool or surface names the channel
    return bool(
        re.search(r"(?:→|->|=>|,|;|/|&|\+|\||\band\b|\bor\b|\bn\b|(?:e-?mail|sms|push|text)\s+(?:vs\.?|versus|compared\s+(?:with|to)|against)|\bfor\b|\bvia\b|\bby\b|\bon\b|\bno\b|\bnot\b|\bwithout\b|\bthrough\b|\bbut\b|\bexcept\b|\bother than\b|\bapart from\b|:|\bonly\b|\bjust\b|\bplus\b|\btest\b|\badd(?:ing)?\b|\balso\b|\bchannels?|[—–]|\s-|和|与|及|、|跟|或|加|走|发|，|；|：|用|通过|[✅✔☑❌🚫✖✗⛔]\ufe0f?)\s*$", before, re.I)
        or re.match(r"\s*(?:(?:\d+|a|an|one|two|three|four|five|six|seven)\s+(?:days?|hours?|weeks?)\s+(?:later|after)\b|,|;|/|&|\+|\||\band\b|\bor\b|\bn\b|(?:vs\.?|versus)\s+(?:e-?mail|sms|push|text)|\bonly\b|\bchannels?\b|\bnotifications?\b|\bmessages?\b|\bads?\b|\bmedia\b|$|\.|[—–]|-\s|给|发|和|、|，|。|；|推送|通知|[✅✔☑❌🚫✖✗⛔])", after, re.I)
    )


_FOREIGN_AFTER = re.compile(r"\s*(?:" + "|".join(lx.FOREIGN_PRODUCTS) + r")(?![A-Za-z])", re.IGNORECASE)
_GREETING = re.compile(r"\W*(?:hi|hey|hello|hiya|ok|okay|so|morning|yo|team|all|folks)\b[\w\s]{0,20}[,:!]\s*", re.I)
_LEFT_OUT = re.compile(r"(?:[(（]\s*|\b)(?:not|except(?: for)?|excluding|excl\.?|but not|other than|apart from|besides|minus)\s+(?:the\s+|our\s+)?$|"
                       r"(?:除了|不含|不包括|不要推|排除)\s*$", re.I)
_INSTEAD_OF = re.compile(r"(?:\binstead of|\brather than|而不是|而非|不要推)\s*(?:the\s+|our\s+)?(?:whole\s+|entire\s+|full\s+|整个|全部)?$", re.I)


def _products_by_name(t: Text, cat: Catalogue, na: list[NotApplied], pids: list[str], spans: list[tuple[int, int]],
                      prod_spans: list[tuple[int, int, str | None]]) -> None:
    """Catalogue products named in full (or by id), longest name first; one named as left out is listed."""
    text = t.text
    for pid, name, _c in sorted(cat.products, key=lambda p: -len(p[1])):
        for word in (name, pid):
            if len(word) < 4:
                continue
            for m in re.finditer(r"(?<![A-Za-z0-9_])" + re.escape(word) + r"(?![A-Za-z0-9_])", text, re.I):  # 推Glacier…Pro，
                if t.free(m.start(), m.end()) and _LEFT_OUT.search(text[max(0, m.start() - 24) : m.start()]):
                    na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="product",
                                         reason=f"copilot cannot leave {name} out of a category it promotes; remove it from the "
                                                "plan's featured products"))  # "tents (not the Cascade Tent 3P)"
                    continue
                if t.free(m.start(), m.end()):
                    if pid not in pids:
                        pids.append(pid)
                    spans.append((m.start(), m.end()))
                    prod_spans.append((m.start(), m.end(), cat.product_category(pid)))
                    t.take(m.start(), m.end())


def read_promoted(t: Text, cat: Catalogue, na: list[NotApplied]) -> Promoted:
    text = t.text
    slugs: list[str] = []
    pids: list[str] = []
    spans: list[tuple[int, int]] = []
    prod_spans: list[tuple[int, int, str | None]] = []
    cat_spans: list[tuple[int, int]] = []
    named: list[tuple[int, int, list[str]]] = []
    _products_by_name(t, cat, na, pids, spans, prod_spans)  # products by name (longest first), then categories
    foreign = [m for m in t.find_all(lx.FOREIGN_PRODUCTS) if not (
        (hit0 := match_catalogue(text, m.start(), cat)) and hit0[2] >= m.end())]
    for m in foreign:
        na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="product",
                             reason=f"the catalogue has no {m.group(0).lower()}"))
    pos = 0
    while pos < len(text):
        if not t.free(pos, pos + 1):
            pos += 1
            continue
        prev = text[pos - 1] if pos else " "
        if prev.isalnum() and not CJK.match(prev) and not CJK.match(text[pos]):
            pos += 1
            continue
        hit = match_catalogue(text, pos, cat)
        # "our new trail running watch" (a watch, listed), "the Cascade Beam instead of the whole headlamp range": not promoted
        if hit and t.free(pos, hit[2]) and hit[0] and (_FOREIGN_AFTER.match(text, hit[2]) or _INSTEAD_OF.search(text[max(0, pos - 30) : pos])):
            t.take(pos, hit[2])
            pos = hit[2]
            continue
        if hit and t.free(pos, hit[2]) and hit[0]:
            for s in hit[0]:
                if s not in slugs:
                    slugs.append(s)
            spans.append((pos, hit[2]))
            cat_spans.append((pos, hit[2]))
            named.append((pos, hit[2], list(hit[0])))
            t.take(pos, hit[2])
            pos = hit[2]
        else:
            pos += 1
    noun_pids = noun_products(t, cat, spans)  # "sunglasses", "bivies", 墨镜: the products whose names end in that noun
    if (kept := narrowed_focus(text, named)) is not None:
        slugs = [s for s in slugs if s in kept]
    product_words(t, cat, pids, cat_spans, na)  # "the Sky and Fell trail shoe lines": their products; 女款: listed
    known = len(pids)
    named_products(t, cat, named, pids, na)  # "the Cirrus tent" is the Cirrus Tent 3P; "the Zephyr X tent" is listed
    for pid in pids[known:]:  # the category word named that product: not a second focus
        if [cat.product_category(pid)] in [sl for _, _, sl in named] and cat.product_category(pid) in slugs:
            slugs.remove(cat.product_category(pid))  # type: ignore[arg-type]
    # "Talus Mid GTX 徒步靴", "新款越野跑鞋 Alder Sky": the category word names the product, not a second focus
    for a, b in cat_spans:
        for pa, pb, pcat in prod_spans:
            if (0 <= a - pb <= 3 or 0 <= pa - b <= 3) and pcat in slugs:
                hit = match_catalogue(text, a, cat)
                if hit and hit[0] == [pcat]:
                    slugs.remove(pcat)
    collections(t, cat, pids, na)  # "the new Cascade collection": the products of that name
    unknown_launch_names(t, cat, pids, na)
    products_over_their_category(text, cat, pids, slugs, named)
    pids += [p for p in noun_pids if p not in pids and cat.product_category(p) not in slugs]  # (a category named covers them)
    # products the catalogue lacks
    for m in t.find_all(lx.FOREIGN_PRODUCTS):
        word = m.group(0)
        if match_catalogue(text, m.start(), cat):
            continue
        na.append(NotApplied(text=word, span=t.take(m.start(), m.end()), affects="product",
                             reason=f"the catalogue has no {word.lower()}"))
    listed = {(n.span.start, n.span.end) for n in na if n.span is not None}
    for a, b in t.foreign:  # read past inside a list of bought categories: the audience's words, still said
        if not t.free(a, b) and (a, b) not in listed:
            na.append(NotApplied(text=text[a:b], span=t.span(a, b), affects="product",
                                 reason=f"the catalogue has no {text[a:b].lower()}"))
    span = t.span(min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
    return Promoted(categories=slugs[:15], product_ids=pids[:20], span=span)


# --- objective, A/B, metric, intent -------------------------------------------------------------------


_CELL_CHANNEL = re.compile(r"(?:一组|另一组|第[一二三四]组|[A-D]组|一半|另一半|\bcells?\s*[A-D1-4]?|\barms?\s*[A-D1-4]?|\bgroups?\s*[A-D1-4]?|\bhalf)"
                           r"\s*[:：=]?\s*(?:发|用|走|gets?|via|by|on)?\s*(邮件|短信|推送|e-?mail|sms|texts?|push)", re.IGNORECASE)


def _find_started(t: Text, patterns: tuple[str, ...]) -> re.Match[str] | None:
    """A test phrase whose first words are free though a channel or an offer inside it was read first
    (测试邮件和短信哪个转化更高, "Test whether 20% off beats free shipping")."""
    for p in patterns:
        for m in re.finditer(pat(p), t.text, re.IGNORECASE):
            if m.end() > m.start() and t.free(m.start(), min(m.end(), m.start() + 2)):
                return m
    return None


def read_ab(t: Text) -> ABTest | None:
    hh = re.search(r"\btest(?:ing)?\s*(?:channels?\s*)?[:：=]?\s*(?P<c>(?:e-?mail|sms|text|push|paid social)\s+(?:vs\.?|versus|against)\s+(?:e-?mail|sms|text|push|paid social))"
                   r"|(?P<h>(?:e-?mail|sms|push)\s+(?:vs\.?|versus|against)\s+(?:e-?mail|sms|push)\s+head[- ]to[- ]head)", t.text, re.I)
    if hh:  # "test email vs SMS": the channel words are also the channels allowed (already read)
        return ABTest(element="channel", span=t.span(hh.start(), hh.end()))
    m = t.find(lx.AB_WORDS) or _find_started(t, lx.AB_WORDS) or t.find((r"test(?:ing)?\s*[:：=]?\s+(?:the\s+)?(?:two|2|three|3|different|a few|several)?\s*(?:subject(?: lines?)?|offers?|send(?:ing)? times?|send timing|timing|urgency|creatives?|copy|messages?|messaging|versions|variants|images?|headlines?)",
                                       r"(?:urgency|benefit)\s+(?:vs\.?|versus|against)\s+\w+", r"测试(?:标题|文案|优惠|发送时间)",
                                       r"test(?:ing)?\s+(?:e-?mail|sms|text|push|paid social)\s+(?:vs\.?|versus|against)\s+(?:e-?mail|sms|text|push|paid social)",
                                       r"test(?:ing)?\s+(?:an?\s+)?(?:morning|evening|afternoon|weekday|weekend|early|late|\d{1,2}\s?(?:am|pm))(?:\s+sends?)?"
                                       r"\s+(?:vs\.?|versus|against|or)\s+\w+(?:\s+sends?)?"))
    if not m:
        return None
    if re.search(r"\b(?:no|without|skip(?:ping)?|(?:don'?t|do not|won'?t|no need to)\s+(?:do|run|need)(?:\s+an?)?|not\s+(?:doing|running)(?:\s+an?)?)\s*(?:an?\s+)?$|"
                 r"(?:不做|不要|不用|别做|不需要|无需|不搞|不跑)(?:做)?\s*$", t.text[max(0, m.start() - 24) : m.start()], re.I):
        t.take(m.start(), m.end())  # "no A/B test", 这次不做AB测试: nothing to test (applied by planning none)
        return None
    window = t.text[max(0, m.start() - 4) : min(len(t.text), m.end() + 50)]
    window = re.split(r"(?<=[.;!?])\s|[。；！？\n]", window[4:], maxsplit=1)[0] if m.start() >= 4 else window
    window = t.text[max(0, m.start() - 4) : m.start()] + window if m.start() >= 4 else window
    element: Literal["subject", "offer", "timing", "channel", "message", "creative", "unspecified"] = "unspecified"
    chans = re.search(r"(e-?mail|sms|text|push|paid social|邮件|短信|推送)\s*(?:vs\.?|versus|against|or|和|与|对比)\s*(e-?mail|sms|text|push|paid social|邮件|短信|推送)",
                      window, re.I)
    cells = {channel_of(c.group(1)) for c in _CELL_CHANNEL.finditer(window)}  # 一组发短信、一组发推送; "cell A: email, cell B: SMS"
    if chans or len(cells - {None}) >= 2:
        return ABTest(element="channel", span=t.take(m.start(), m.end()))
    bestpos = None
    lead = 4 if m.start() >= 4 else 0  # the words before the test count only when none after it name the element
    for part in (window[lead:], window):  # ("九折，测试两种标题": the subject, not the offer said before)
        for el, words in lx.AB_ELEMENTS.items():
            for p in words:
                mm = re.search(pat(p), part, re.I)
                if mm and (bestpos is None or mm.start() < bestpos):
                    bestpos, element = mm.start(), el  # type: ignore[assignment]
        if bestpos is not None:
            break
    if element == "unspecified":  # "test: hero image A vs B": the element is named just before the test words
        lead = re.split(r"[\n.;:：。；!?！？,，]", t.text[max(0, m.start() - 30) : m.start()])[-1]
        for el, words in lx.AB_ELEMENTS.items():
            if any(re.search(pat(p), lead, re.I) for p in words):
                element = el  # type: ignore[assignment]
                break
    return ABTest(element=element, span=t.take(m.start(), m.end()))


def read_metric(t: Text, kind: Kind = "brief") -> Metric | None:
    best = None
    if kind == "question":
        for name, words in lx.METRIC_WORDS.items():
            for p in words:
                m0 = next((x for x in re.finditer(pat(p), t.text, re.I) if t.free(x.start(), x.end())), None)
                if m0 and name == "reach" and not re.search(
                        r"(?:expected|projected|estimated|total|likely|potential)\s+reach|reach (?:would|will|could)\b|预计触达|触达(?:人数|规模)",
                        t.text[max(0, m0.start() - 12) : m0.end() + 8], re.I):
                    continue  # "reach on SMS", "reach out personally": reachability, not the outcome asked for
                if m0 and (best is None or m0.start() < best[0]):
                    best = (m0.start(), name, m0)
        if best is not None:
            return Metric(name=best[1], span=t.span(best[2].start(), best[2].end()))
    for name, words in lx.METRIC_WORDS.items():
        m = re.search(r"(?:maximi[sz]e|increase|grow|boost|drive|lift|optimi[sz]e for|improve|focus on|goal is|goal:|kpi:?|target:?|"
                      r"(?:demonstrate|prove|show)\s+(?:the\s+)?(?:incremental|extra|additional)|"
                      r"measure(?:d)?(?: (?:it |success |us )?(?:on|by))?|track(?:ed)?(?: (?:on|by))?|judge(?:d)? (?:it |us |success )?(?:on|by)|"
                      r"success (?:metric|measure)(?: is)?\s*[:=]?|success\s*=|(?:primary |main |key )?metric(?: is)?\s*[:=]?|goal\s*=|kpi\s*(?:is|=|[是为])|"
                      r"(?:see|find out|learn|know|check)\s+which\s+(?:one|channel|version|variant|group|cell|arm|subject line|offer)?\s*(?:gets?|has|drives?|brings?|wins on)|"
                      r"提升|提高|增加|最大化|拉升|目标[:：是为]?|冲(?!锋)|考核(?:指标)?[:：是为]?|(?:主要|重点)?看(?:哪个|哪组|哪一组|谁)?的?)\s*(?:拉动|带动|推动|提升|提高|冲)?\s*"
                      r"(?:[\u4e00-\u9fff]{1,3}的)?(?:the\s+|our\s+|total\s+|an?\s+)?(?:max(?:imum|imal)?\s+|more\s+|higher\s+|better\s+|bigger\s+|larger\s+|the most\s+)?(?:" + "|".join(words) + ")", t.text, re.I)
        if m is None:  # the metric before its role: "复购率是核心指标", "GMV最大化", "revenue is the primary KPI"
            m = re.search(r"(?:" + "|".join(words) + r")\s*(?:(?:是|为|作为)?\s*(?:核心|主要|首要|关键|唯一|最重要的?)\s*(?:指标|目标|KPI|kpi)|最大化"
                          r"|(?:is|as)\s+(?:the|our)\s+(?:(?:main|primary|key|only)\s+(?:metric|kpi|goal)|north[- ]star(?:\s+(?:metric|kpi|goal))?))", t.text, re.I)
        if m is None and name == "roi":
            m = re.search(r"ROI优先|roi first|prioriti[sz]e roi", t.text, re.I)
        if m is None and name == "reach":
            m = re.search(r"reach as many|as many (?:people|customers|runners|shoppers) as possible|最大(?:化)?覆盖|尽(?:量|可能)多(?:地)?(?:覆盖|触达)", t.text, re.I)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name, m)
    if best is None:
        return None
    m = best[2]
    return Metric(name=best[1], span=t.take(m.start(), m.end()) if t.free(m.start(), m.end()) else t.span(m.start(), m.end()))


_ZH_TOP = re.compile(r"(?:推荐|前|给我|列出|哪)\S{0,10}?(?P<n>[\d一二三四五六七八九十两]+)\s*(?:款|个(?!月|星期|礼拜|季度|小时|工作日|朋友|好友|亲友|新人|新客|人(?!群))|件|样)(?:产品|商品|单品|东西)?")


def read_top_n(t: Text) -> int | None:
    m = re.search(rf"\b(?:top|best|first|which|what|suggest|recommend|pick|name|give me)\s+(?P<n>{NUMBER})\s+(?:(?:\w+\s+)?products?|items?|things|ideas|channels?|segments?|categories|picks|recommendations)",
                  t.text, re.I) or re.search(rf"\b(?P<n>{NUMBER})\s+(?:best|top)\s+(?:\w+\s+)?(?:channels?|products?|segments?|categories|items)\b",
                                             t.text, re.I) or re.search(rf"\b(?P<n>{NUMBER})\s+(?:product\s+)?(?:recommendations|picks|suggestions)\b",
                                             t.text, re.I) or re.search(
        r"(?:前|最好的|推荐|哪|来|给我|列出|最[低高好差多少]的|最畅销的|卖得最好的)\s*(?P<n>\d+|[一二三四五六七八九十两]+)\s*(?:个(?!月|星期|礼拜|季度|小时|工作日|朋友|好友|亲友|新人|新客|人(?!群))|款|件|名|(?=的(?:产品|品类|商品|渠道|款)|(?:产品|品类|商品)))", t.text) or _ZH_TOP.search(t.text) or re.search(
        rf"\b(?:rank|list|show)\s+(?:me\s+)?(?:the\s+)?top\s+(?P<n>{NUMBER})\b(?!\s*%)", t.text, re.I)  # "Rank the top 5."
    if not m:
        return None
    n = to_number(m.group("n"))
    return int(n) if n and 1 <= n <= 1000 else None


