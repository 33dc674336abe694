"""Buyers named by a noun: "running-shoe buyers", "boot owners", "跑鞋用户", and people named by their
activity ("hikers", "trail runners", 露营爱好者), read as the buyers of the activity's categories.

Two audience rules of :mod:`copilot.reading.audience` (same signature as the others there), and a third for the
likeliest buyers ranked in other word orders than :func:`copilot.reading.targeting.top_propensity` reads:
"top 2000 by headlamp propensity", 购买帐篷概率最高的前3000名客户, 在头灯类别购买机率最高的前2000人.
"""

from __future__ import annotations

from collections.abc import Iterable

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.ago import ago_after, bought_ago
from copilot.reading.catalogue import Catalogue
from copilot.reading.exclusion import exclusion_scopes
from copilot.reading.numbers import DURATION, NUMBER, duration_days, to_number
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, category_at, category_patterns, window_after, zh_window_before
from copilot.tools.conditions import And, Bought, Condition, Or, TopPropensity

BUYER_NOUN = r"\s*(?:buyers|owners|purchasers|shoppers|customers|users|fans|people)(?![A-Za-z0-9_-])"

#: Words before an activity noun that make it a product, not people: "our new trail runners", "a pair of runners".
_PRODUCT_BEFORE = re.compile(
    r"(?:\bnew|\bour|\blatest|\bthese|\bthose|\bpair of|\blaunch\w*|\bpromot\w+|\bfeatur\w+|\bsell\w*|\brestock\w*|"
    r"\bclear\w*|\bbought|\bpurchased|\bordered|\bof)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ... unless the noun is who the action is for: "cross-sell to trail runners", "ideas for road runners".
_PEOPLE_BEFORE = re.compile(r"\b(?:to|for|among|with)\s+(?:all\s+|our\s+|the\s+|those\s+)*$", re.IGNORECASE)
#: Between a people-noun and a purchase clause that is a second group: "hikers + anyone who", "露营爱好者和买过帐篷的人".
_JOINED_GROUP = re.compile(r"\s*[,，]?\s*(?:\+|&|and|or|plus|as well as|along with|和|或|或者|以及|还有|加上|、)\s*(?:also\s+)?(?:anyone|everyone|people|customers|those|folks|shoppers)?\s*", re.IGNORECASE)
#: Activity nouns that are also product words (British "runners", "trail runners" = running shoes).
_AMBIGUOUS = {"trail runners", "road runners", "runners"}


def _singular_too(p: str) -> str:
    """A plain plural lexicon word also matches its singular before a buyer noun: "boot buyers"."""
    return f"{p[:-1]}s?" if re.fullmatch(r"[a-z]{3,}s", p) else p


def buyer_nouns(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"running-shoe buyers", "tent owners", "跑鞋用户"."""
    text = t.text
    for p, slugs in category_patterns(tuple(cat.categories)):
        rx = (r"(?<![A-Za-z0-9_-])(?:" + _singular_too(p) + ")" if p.isascii() else p) + r"(?:[- ]?(?:shoe|boot|jacket))?" + (
            BUYER_NOUN if p.isascii() else r"(?:的)?(?:购买者|买家|用户|客户|老客)")
        for m in re.finditer(rx, text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                days, end2 = window_after(t, m.end())
                start = m.start()
                if days is None and not p.isascii():  # 近三个月的跑鞋买家
                    days, start = zh_window_before(t, m.start())
                if p.isascii() and (ago := ago_after(text, m.end(), end2, days)) is not None:  # "sock buyers from 4+ months ago"
                    leaves.append((start, bought_ago(t, ago, list(slugs), [], start)))
                    continue
                leaves.append((start, Bought(categories=list(slugs), within_days=days, span=t.take(start, end2))))
        if p.isascii():  # "customers with a tent purchase in the last 90 days", "who made a headlamp order"
            rx2 = (r"(?<![A-Za-z0-9_-])(?:with|made|had|have|has|placed)\s+(?:a|an|one|any|at least one)\s+(?:" + _singular_too(p)
                   + r")\s+(?:purchase|order)s?(?![A-Za-z0-9_-])")
            for m in re.finditer(rx2, text, re.IGNORECASE):
                if t.free(m.start(), m.end()):
                    days, end2 = window_after(t, m.end())
                    leaves.append((m.start(), Bought(categories=list(slugs), within_days=days, span=t.take(m.start(), end2))))
    for pid, name, _c in cat.products:  # "Alder Tent 1P owners", "owners of the Alder Tent 1P"
        rx = (rf"(?<![A-Za-z0-9_-]){re.escape(name)}{BUYER_NOUN}"
              rf"|(?:owners|buyers|purchasers) of (?:the |our |an? )?{re.escape(name)}(?![A-Za-z0-9_-])"
              rf"|(?<![A-Za-z0-9_-]){re.escape(name)}\s*(?:的)?(?:用户|买家|购买者|客户|老客)")
        for m in re.finditer(rx, text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                days, end2 = window_after(t, m.end())
                leaves.append((m.start(), Bought(product_ids=[pid], within_days=days, span=t.take(m.start(), end2))))


def _has_purchase(conds: Iterable[Condition]) -> bool:
    """A purchase names the audience (a negated one does not: "campers who haven't bought one yet" are campers)."""
    return any(isinstance(c, Bought) or (isinstance(c, (And, Or)) and _has_purchase(c.of)) for c in conds)


def personas(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"email hikers", "to trail runners in the West", 给露营爱好者发短信: the buyers of the activity's
    categories, when no purchase already names the audience (then the words are only claimed)."""
    text = t.text
    own = {s for s, _ in cat.categories}
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for name, (words, slugs) in lx.PERSONAS.items():
        for w in words:
            for m in re.finditer((r"(?<![A-Za-z0-9_-])" + w + r"(?![A-Za-z0-9_-])") if w.isascii() else w, text, re.IGNORECASE):
                if not t.free(m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b, _ in found):
                    continue
                before = text[max(0, m.start() - 30) : m.start()]
                if name in _AMBIGUOUS and ((_PRODUCT_BEFORE.search(before) and not _PEOPLE_BEFORE.search(before))
                                           or re.match(r"\s*(?:shoes?|sneakers|trainers)\b", text[m.end() :], re.I)):
                    continue
                kept = tuple(s for s in slugs if s in own)
                if kept:
                    found.append((m.start(), m.end(), kept))
    if not found:
        return
    found.sort()
    spans = [t.take(a, b) for a, b, _ in found]
    scopes = exclusion_scopes(t.text)  # a purchase an exclusion will negate ("leave out anyone who bought a tent") names no one
    named = [(p, c) for p, c in leaves if not any(a <= p < b for a, b in scopes)]
    if _has_purchase(c for _, c in named):
        for a, b, kept in found:  # "trail runners + anyone who bought a hydration vest": a group of its own
            nxt = min((p for p, c in named if p >= b and _has_purchase([c])), default=None)
            if nxt is not None and _JOINED_GROUP.fullmatch(text[b:nxt]):
                leaves.append((a, Bought(categories=list(kept), span=t.span(a, b))))
        return
    categories = list(dict.fromkeys(s for _, _, kept in found for s in kept))
    span = spans[0] if len(found) == 1 else t.span(found[0][0], found[-1][1])
    leaves.append((found[0][0], Bought(categories=categories, span=span)))


#: "top 2000 by headlamp propensity", "top 5% of customers on tent purchase propensity": the category before "propensity".
_EN_RANKED = re.compile(rf"\b(?:the\s+)?(?:top|first|highest)\s+(?P<n>{NUMBER})(?P<pct>\s?%|\s?percent)?\s+(?:(?:of\s+)?(?:our\s+)?(?:customers|shoppers|people|buyers|users)\s+)?"
                        r"(?:(?:ranked\s+)?by|on|for)\s+(?:their\s+|predicted\s+)*(?=\S)", re.IGNORECASE)
_EN_SCORE = re.compile(r"\s*(?:purchase\s+|buying\s+)?propensity(?:\s+(?:scores?|model))?\b", re.IGNORECASE)
#: 购买帐篷概率最高, 在头灯类别购买机率最高, 买背包的可能性最大: the chance word, then its superlative.
_ZH_CHANCE = re.compile(r"的?(?:概率|机率|几率|可能性|意向|意愿|倾向)(?:分|值)?(?:最高|最大|最强|排名最前|排前)的?")
_ZH_VERB = re.compile(r"(?:在\s*)?(?P<pre>[^，。？?；;、：:\s是对为给向谁些在年月天周]{0,10}?)(?:类别|品类|类目|类)?(?:里|中|上)?\s*(?P<v>购买|买|下单|复购|回购)(?P<obj>[^，。？?；;、：:\s]{0,10})$")
_ZH_TOP = re.compile(r"\s*(?:的)?\s*前\s*(?P<n>\d[\d,]*|[一二两三四五六七八九十百千万]+)\s*(?P<pct>%|％)?\s*(?:名|位|个)?\s*(?:的)?\s*(?:客户|用户|顾客|会员|人|买家)?"
                     r"|\s*(?:的)?\s*(?:客户|用户|顾客|会员|人群?|买家)")
_ZH_PAST_BEFORE = re.compile(r"(?:最近|近|过去)\s*(?:半年|[\d一二两三四五六七八九十]+\s*(?:天|周|个月|年))\s*(?:内|里|来|以来)?\s*$")
_ZH_AHEAD_BEFORE = re.compile(r"(?:未来|接下来|之后)\s*(?P<d>[\d一二两三四五六七八九十]+\s*(?:天|周|个星期|个月))\s*(?:内|里)?\s*$")
_ZH_PEOPLE_ONLY = re.compile(r"(?:所有|全部|我们的?)?(?:客户|用户|顾客|会员|人群?|买家)?(?:的|里|中|当中|之中)?")  # 客户中复购概率最高的
_ZH_WHO = re.compile(r"(?:谁|哪些(?:客户|用户|顾客|会员|人)?)(?:最)?$")  # 谁购买背包的概率最高？
_ZH_WHO_ENDS = re.compile(r"\s*(?=[？?，,。]|$)")
_ZH_TOP_BEFORE = re.compile(r"前\s*(?P<n>\d[\d,]*|[一二两三四五六七八九十百千万]+)\s*(?P<pct>%|％)?\s*(?:名|位|个)?\s*(?:的)?\s*$")


def _ranked(n: float | None, pct: bool) -> tuple[int | None, float | None]:
    """(top_n, top_share) from a number and whether it was a percentage."""
    if n is None or n <= 0:
        return None, None
    return (None, n / 100) if pct and n <= 100 else (int(n), None)


def ranked_propensity(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """The likeliest buyers said with the category before the chance word: "target top 2000 by headlamp propensity",
    购买保暖夹克概率最高的前5000名客户, 前3000名买帐篷可能性最大的人 (a count after or before, or none)."""
    text = t.text
    for m in _EN_RANKED.finditer(text):
        hit = category_at(t, cat, m.end())
        score = _EN_SCORE.match(text, hit[2]) if hit and hit[0] else None
        if hit is None or score is None or not t.free(m.start(), score.end()):
            continue
        top_n, share = _ranked(to_number(m.group("n").replace(",", "")), bool(m.group("pct")))
        leaves.append((m.start(), TopPropensity(category=hit[0][0], top_n=top_n, top_share=share, span=t.take(m.start(), score.end()))))
    for m in _ZH_CHANCE.finditer(text):
        lead = _ZH_VERB.search(text, max(0, m.start() - 24), m.start())
        after = _ZH_TOP.match(text, m.end()) or (
            _ZH_WHO_ENDS.match(text, m.end()) if lead and _ZH_WHO.search(text, max(0, lead.start() - 6), lead.start()) else None)
        if lead is None or after is None:
            continue  # "哪个品类购买概率最高" asks about categories: no people are ranked
        slug: str | None = None
        for part in ("obj", "pre"):
            for i in range(lead.start(part), lead.end(part)):
                hit = category_at(t, cat, i)
                if hit and hit[0]:
                    slug = hit[0][0]
                    break
            if slug:
                break
        if slug is None and not all(_ZH_PEOPLE_ONLY.fullmatch(lead.group(g)) for g in ("pre", "obj")):
            continue  # words the catalogue does not know: left to the rules that list them
        a, b = lead.start() if lead.group("pre") or lead.group(0).startswith("在") else lead.start("v"), after.end()
        n, pct = (to_number(after.group("n").replace(",", "")), bool(after.group("pct"))) if after.groupdict().get("n") else (None, False)
        before = _ZH_TOP_BEFORE.search(text, max(0, a - 12), a) if n is None else None
        if before:
            n, pct, a = to_number(before.group("n").replace(",", "")), bool(before.group("pct")), before.start()
        tail = category_at(t, cat, b) if slug is None else None  # 前1000名帐篷潜在买家: the ranking's category after the count
        if tail and tail[0] and (who := re.match(r"\s*的?\s*(?:潜在)?(?:买家|客户|用户|顾客|购买者|人群)", text[tail[2] :])):
            slug, b = tail[0][0], tail[2] + who.end()
        if not t.free(a, b):
            continue
        top_n, share = _ranked(n, pct)
        days = None
        if (ahead := _ZH_AHEAD_BEFORE.search(text, max(0, a - 12), a)) and t.free(ahead.start(), a) and (d := DURATION.search(ahead.group("d"))):
            days, a = duration_days(d), ahead.start()  # 未来60天购买帐篷概率最高的: the horizon
        past = _ZH_PAST_BEFORE.search(text, max(0, a - 12), a)
        if past and t.free(past.start(), a):  # 近一年在头灯类别购买机率最高: the ranking is the chance to buy next
            na.append(NotApplied(text=past.group(0).strip(), span=t.take(past.start(), a), affects="audience",
                                 reason="copilot ranks by the chance to buy in the next 30 days, learned from all of each "
                                        "customer's history; a past period does not change the ranking"))
        leaves.append((a, TopPropensity(category=slug, horizon_days=min(365, max(7, days or 30)), top_n=top_n, top_share=share, span=t.take(a, b))))
