"""Text helpers shared by the reader's rules: claimed spans, look-back windows, catalogue matching."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, NUMBER, duration_days
from copilot.reading.relaying import RELAY_OPENING
from copilot.reading.schema import Language
from copilot.reading.since import days_since, past_period_at
from copilot.reading.zh_bought_when import zh_period_before
from copilot.tools.conditions import Channel, Span


def pat(p: str) -> str:
    """An English pattern matches at Latin word boundaries (so "618大促" and "VIP客户" match); a Chinese one
    anywhere."""
    return r"(?<![A-Za-z0-9_-])(?:" + p + r")(?![A-Za-z0-9_-])" if p.isascii() else p


class Text:
    """The request with the spans already claimed by a rule."""

    def __init__(self, text: str, today: date | None = None) -> None:
        self.text = text
        self.today = today  # for look-backs from a named time ("since summer")
        self.taken: list[tuple[int, int]] = []
        self.modifiers: list[tuple[int, int]] = []  # attributes read past before a category ("1-person")
        # products the catalogue lacks read past inside a list of categories ("bought tents or hammocks last year")
        self.foreign: list[tuple[int, int]] = []
        # past periods read as a look-back from their start ("last fall"): (start, end) of the words, the period
        self.open_ends: list[tuple[int, int, date, date]] = []
        self.corrected_offers: list[tuple[int, int]] = []  # "10% off. Wait, 15%": the bare percentage is the offer
        self.corrected_budgets: list[tuple[int, int]] = []  # 预算两万，算了，改成三万: the bare amount is the budget
        # where a second campaign of the same message starts ("(2) separately, …"): nothing after it is this one's
        self.second_from: int | None = None
        # words that are no part of the request at all (a task tool's properties, who is writing): no aim is read there
        self.background: list[tuple[int, int]] = []

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def take(self, a: int, b: int) -> Span:
        self.taken.append((a, b))
        return Span(start=a, end=b, text=self.text[a:b][:400])

    def span(self, a: int, b: int) -> Span:
        return Span(start=a, end=b, text=self.text[a:b][:400])

    def find(self, patterns: Iterable[str], *, start: int = 0) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for p in patterns:
            for m in re.finditer(pat(p), self.text, re.IGNORECASE):
                if m.start() >= start and m.end() > m.start() and self.free(m.start(), m.end()):
                    if best is None or (m.start(), -len(m.group(0))) < (best.start(), -len(best.group(0))):
                        best = m
                    break
        return best

    def listed_with(self, spans: Iterable[tuple[int, int]], word: str) -> re.Match[str] | None:
        """``word`` (any case) as another item of a list one of ``spans`` is in: "Hibernating and lost",
        "the South, west and Mountain regions" -- a name written in lower case, read because its
        neighbour was read."""
        sep = r"\s*(?:,\s*(?:and|or|&)?|\band\b|\bor\b|&|/|\+|、|和|或)\s*(?:the\s+)?"
        spans = sorted(spans)
        for m in re.finditer(rf"(?<![A-Za-z0-9_-]){word}(?![A-Za-z0-9_-])", self.text, re.IGNORECASE):
            if not self.free(m.start(), m.end()):
                continue
            for a, b in spans:
                if (b <= m.start() and re.fullmatch(sep, self.text[b : m.start()], re.IGNORECASE)) or (
                        m.end() <= a and re.fullmatch(sep, self.text[m.end() : a], re.IGNORECASE)):
                    return m
        return None

    def find_all(self, patterns: Iterable[str]) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        for p in patterns:
            for m in re.finditer(pat(p), self.text, re.IGNORECASE):
                if m.end() > m.start() and self.free(m.start(), m.end()):
                    out.append(m)
        out.sort(key=lambda m: (m.start(), -len(m.group(0))))
        kept: list[re.Match[str]] = []
        for m in out:
            if all(m.start() >= k.end() or m.end() <= k.start() for k in kept):
                kept.append(m)
        return kept


CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language as L
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(L.ENGLISH, L.CHINESE).build()


def detect_language(text: str) -> Language:
    """``zh`` when the request is mostly Chinese (lingua, with the share of CJK characters as a guard)."""
    cjk = len(CJK.findall(text))
    letters = len(re.findall(r"[A-Za-z]", text))
    if cjk == 0:
        return "en"
    if cjk >= 4 and cjk * 2 >= letters:
        return "zh"
    if cjk >= 6 and len(set(re.findall(r"[的给个和了是把吗呢吧里哪发做帮]", text))) >= 3:
        return "zh"  # "Q2的重点是retention，给repeat buyers发个EDM": Chinese sentences with English terms in them
    from lingua import Language as L

    return "zh" if _detector().detect_language_of(text) == L.CHINESE else "en"



_WINDOW_AFTER = re.compile(
    rf"\s*(?:(?:in|within|over|during|for|from|since|of)\s+(?:the\s+)?(?:last|past|previous|prior)?\s*(?:over\s+|more than\s+)?|(?:in|for|within|over)\s+|(?:<=?|≤)\s*)(?:(?:like|about|around|roughly|approximately|approx\.?|some|~)\s*)?"
    rf"(?P<d>(?:(?:{NUMBER})\+?|a|an|a couple of|a few|several)[\s-]?(?:days?|(?<=[\d+])d|weeks?|months?|mos?|mths?|years?|yrs?|quarters?)(?![a-z])|half a year|a year)"
    r"|\s*(?:(?:in|within|over|during|from|of)\s+)?(?:the\s+)?(?:last|this past|past|previous) (?P<y>year|yr|12 months|twelve months)"
    r"|\s*(?:(?:in|within|over|during|from|of)\s+)?(?:the\s+)?(?:last|past|previous) (?P<u>month|week|quarter|fortnight)\b",
    re.IGNORECASE,
)
#: Words between a condition and its window: "or more", "with us", "in total".
_FILLER = re.compile(r"(?:\s*(?:or more|or above|or over|and up|\+|plus|with us|from us|at our store|in total|total|altogether|overall"
                     r"|together|(?:in|on)\s+(?:the\s+same|one|a\s+single)\s+(?:order|basket|cart|transaction))\b)+", re.IGNORECASE)
_ZH_WINDOW_BEFORE = re.compile(r"(?:(?:最近|过去|近|在过去的?|这)\s*(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年|日|个季度))|"
                               r"(?<![\d零一二两三四五六七八九十百半])(?P<d3>[\d零一二两三四五六七八九十百]+\s*(?:个月|个星期|天|周|年|个季度)|半年|半个月)(?=\s*(?:以内|内))|(?P<y>去年))\s*(?:以内|内|里|以来|中)?\s*"
                               r"(?:在(?:我们|本店|店里|官网|我们店|这里|我们这)(?:这里|里|家)?)?\s*(?:的|购买的|买过的)?\s*(?:刚|才|刚刚|已经)?\s*$")
ZH_WINDOW_AFTER = re.compile(r"\s*(?:超过|已经|已|了)?\s*(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年|日|个季度))\s*(?:内|里|以上|以来)?")


_CELL_WINDOW = re.compile(r"\s*,(?=\s*(?:the\s+)?(?:last|past|in the last|within)\s+[^,|｜;\n]{1,20}?\s*(?:[|｜;\n]|$))", re.IGNORECASE)


def window_after(t: Text, pos: int) -> tuple[int | None, int]:
    """A look-back window right after ``pos`` ("in the last 30 days", "last year"): (days, end)."""
    filler = _FILLER.match(t.text, pos)  # "£150 or more in the last twelve months", "$400 with us this past year"
    if filler and filler.end() > pos and (_WINDOW_AFTER.match(t.text, filler.end()) or (t.today and days_since(t.text, filler.end(), t.today))):
        pos = filler.end()
    cell = _CELL_WINDOW.match(t.text, pos)  # "Audience: trail-shoe buyers, last 90 days | Channel: …": the cell's window
    if cell:
        bare = re.compile(r"\s*(?:the\s+)?(?:last|past)\s+").match(t.text, cell.end())
        d = DURATION.match(t.text, bare.end()) if bare else None
        days = duration_days(d) if d else None
        if d and days:
            return days, d.end()
    paren = re.match(r"\s*\(", t.text[pos:])  # "walking boot buyers (last 12 months)"
    m = _WINDOW_AFTER.match(t.text, pos + paren.end()) if paren else _WINDOW_AFTER.match(t.text, pos)
    if paren and not m:
        m = re.compile(r"\s*(?P<d>)(?:the\s+)?(?:last|past|previous)\s+(?P<d2>.{1,20}?)(?=\))", re.I).match(
            t.text, pos + paren.end())
        if m:
            d = DURATION.search(m.group("d2"))
            days = duration_days(d) if d else None
            close = t.text.find(")", m.end())
            return (days, close + 1) if days else (None, pos)
    if not m:
        since = days_since(t.text, pos, t.today) if t.today else None  # "since summer", "since Black Friday"
        ytd = re.match(r"\s*(?:(?:so far |earlier )?this year|year[- ]to[- ]date|ytd)\b", t.text[pos:], re.IGNORECASE) if t.today else None
        if ytd and t.today is not None and not since:  # "bought socks this year": since January 1
            return (t.today - t.today.replace(month=1, day=1)).days + 1, pos + ytd.end()
        this = re.match(r"\s*(?:so far\s+|earlier\s+)?this (month|week)\b|\s*month[- ]to[- ]date\b|\s*mtd\b", t.text[pos:], re.IGNORECASE)
        if this and t.today is not None and not since:  # "anyone who ordered this month": since its first day
            first = (t.today - timedelta(days=t.today.weekday()) if (this.group(1) or "").lower() == "week"
                     else t.today.replace(day=1))
            return (t.today - first).days + 1, pos + this.end()
        past = past_period_at(t.text, pos, t.today) if t.today and not since else None
        if past is not None and t.today is not None:  # "bought boots last fall": from its start; its end is said
            start, end, at = past
            if end >= t.today:  # "in 2026" while it runs: since its first day, like "this year"
                return (t.today - start).days + 1, at
            t.open_ends.append((pos, at, start, end))
            return (t.today - start).days, at
        return since if since else (None, pos)
    if paren:
        closing = re.match(r"\s*\)", t.text[m.end():])
        end_of = m.end() + (closing.end() if closing else 0)
        if m.group("y"):
            return 365, end_of
        if m.group("u"):
            return {"month": 30, "week": 7, "quarter": 90, "fortnight": 14}[m.group("u").lower()], end_of
        d = DURATION.search(m.group("d").replace("+", ""))
        days = duration_days(d) if d else None
        return days, (end_of if days else pos)
    if m.group("y"):
        return 365, m.end()
    if m.group("u"):
        return {"month": 30, "week": 7, "quarter": 90, "fortnight": 14}[m.group("u").lower()], m.end()
    d = DURATION.search(m.group("d").replace("+", ""))  # "in 3+ years"
    days = duration_days(d) if d else None
    return days, (m.end() if days else pos)


def zh_window_before(t: Text, pos: int) -> tuple[int | None, int]:
    past = zh_period_before(t.text, pos, t.today) if t.today is not None else None  # 上个月买过, 双11期间买过 (zh_bought_when.py)
    if past is not None and t.today is not None:
        if past[1] < t.today:  # its end is said: copilot's look-backs run to today
            t.open_ends.append((past[2], pos, past[0], past[1]))
        return (t.today - past[0]).days + (1 if past[1] >= t.today else 0), past[2]
    season = _ZH_PAST_SEASON.search(t.text[max(0, pos - 12) : pos]) if t.today is not None else None
    if season is not None and t.today is not None:  # 去年夏天买过: a look-back from that season's start; its end is said
        m1, m2 = lx.SEASONS[season.group("s")]
        year = t.today.year - (1 if season.group("y") == "去年" else 0)
        first = date(year, m1, 1)
        last = date(year + (1 if m2 < m1 else 0), m2, calendar.monthrange(year + (1 if m2 < m1 else 0), m2)[1])
        start = pos - (len(t.text[max(0, pos - 12) : pos]) - season.start())
        if last < t.today:
            t.open_ends.append((start, pos, first, last))
        return (t.today - first).days, start
    m = _ZH_WINDOW_BEFORE.search(t.text[max(0, pos - 16) : pos])
    if not m:
        return None, pos
    d = DURATION.search(m.group("d") or m.group("d3")) if (m.group("d") or m.group("d3")) else None
    days = 365 if m.group("y") else duration_days(d) if d else None  # 去年买过: "last year" = 365 days (docs)
    return days, pos - (len(t.text[max(0, pos - 16) : pos]) - m.start())


_ZH_PAST_SEASON = re.compile(r"(?P<y>去年|今年)(?P<s>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)(?:的时候|期间)?(?:的)?\s*$")


#: An attribute before a category ("a 1-person tent", "waterproof jackets", "women's boots"): the category is
#: read, the attribute is listed (the data has categories, not sizes or materials).
_MODIFIER = re.compile(r"(?:(?:\d+|one|two|three|four)[- ](?:person|man|p|season|litre|liter|l)|\d+\s?(?:l|litre|liter|mm|g)|"
                       r"lightweight|ultra-?light|insulated|synthetic|cheap|budget|premium|high-end|entry-level|"
                       r"women'?s|men'?s|kids'?|children'?s|winter|summer|3-season|4-season)\s+|(?:女款|男款|女式|男式|女装|男装|童装|女士|男士|女生|男生|儿童|童款|小孩|孩子|宝宝|婴儿|青少年|大(?:码)|[单双两三四]人)的?", re.IGNORECASE)


def category_at(t: Text, cat: Catalogue, pos: int) -> tuple[list[str], list[str], int] | None:
    """Categories/products named right at ``pos`` (a list "X, Y and Z" too): (slugs, product ids, end)."""
    slugs: list[str] = []
    pids: list[str] = []
    end = pos
    while True:
        m = re.match(r"\s*(?:(?:an?|the|some|our|their|any|new|other|more|one of our|either|(?:a\s+)?pairs?\s+of|a couple of)\s+)*",
                     t.text[end:], re.I)
        here = end + (m.end() if m else 0)
        hit = match_catalogue(t.text, here, cat)
        if hit is None and not slugs and not pids and (away := _foreign_item(t, cat, here)) is not None:
            if away[1] is None:
                break
            end = away[1]  # "hammocks or tents": a product the catalogue lacks, read past (listed by read_promoted)
            continue
        mod = None if hit else _MODIFIER.match(t.text, here)
        if mod and (hit := match_catalogue(t.text, mod.end(), cat)) is not None:
            t.modifiers.append((mod.start(), mod.end() - len(mod.group(0)) + len(mod.group(0).rstrip())))
        if hit is None:
            break
        s, p, e = hit
        slugs += [x for x in s if x not in slugs]
        pids += [x for x in p if x not in pids]
        end = e
        sep = re.match(r"\s*(?:,|/|&|\band\b|\bor\b|\bplus\b|、|和|或者|或是|以及|或|及)\s*", t.text[end:], re.I)
        if not sep:
            break
        art = re.match(r"(?:(?:an?|the|some|any|other)\s+)*", t.text[end + sep.end():], re.I)
        at = end + sep.end() + (art.end() if art else 0)
        nxt = match_catalogue(t.text, at, cat)
        if nxt is None:
            if (away := _foreign_item(t, cat, at)) is not None:
                end = away[1] or away[0]  # "tents or hammocks last year": the window after the list is still the list's
                if away[1] is not None:
                    continue
            break
        end = end + sep.end()
    if not slugs and not pids:
        return None
    return slugs, pids, end


_FOREIGN = re.compile("|".join(pat(p) for p in lx.FOREIGN_PRODUCTS), re.IGNORECASE)


def _foreign_item(t: Text, cat: Catalogue, at: int) -> tuple[int, int | None] | None:
    """A product the catalogue lacks named at ``at`` inside a list of categories: (its end, where the next
    catalogue item of the list starts or None), else None ("tents, kayaks and sleeping bags")."""
    m = _FOREIGN.match(t.text, at)
    if m is None or not t.free(m.start(), m.end()) or match_catalogue(t.text, at, cat) is not None:
        return None
    sep = re.match(r"\s*(?:,|/|&|\band\b|\bor\b|、|和|或者|或是|以及|或|及)\s*(?:(?:an?|the|some|any|other)\s+)*",
                   t.text[m.end():], re.I)
    nxt = m.end() + sep.end() if sep is not None and match_catalogue(t.text, m.end() + sep.end(), cat) else None
    if m.span() not in t.foreign:
        t.foreign.append(m.span())
    return m.end(), nxt


def _hyphens(p: str) -> str:
    """'sleeping bags?' also matches 'sleeping-bag' ('road-running-shoe buyers')."""
    return re.sub(r"(?:\\ | )(?=[a-z(])", "[- ]", p) if p.isascii() else p


@lru_cache(maxsize=8)
def category_patterns(categories: tuple[tuple[str, str], ...]) -> list[tuple[str, tuple[str, ...]]]:
    pats: list[tuple[str, tuple[str, ...]]] = []
    slugs = {s for s, _ in categories}
    for slug, label in categories:
        words = re.sub(r"[-_]+", " ", slug)  # "sleeping bags" also matches "sleeping-bag"
        ps = {re.escape(words), re.escape(label.lower())}
        if words.endswith("s"):
            ps.add(re.escape(words[:-1]))
        for p in ps | set(lx.CATEGORY_WORDS.get(slug, ())):
            pats.append((_hyphens(p), (slug,)))
    for _name, (ps2, group) in lx.CATEGORY_GROUPS.items():
        members = tuple(s for s in group if s in slugs)
        if members:
            for p in ps2:
                pats.append((_hyphens(p), members))
    pats.sort(key=lambda x: -len(x[0]))
    return pats


def match_catalogue(text: str, pos: int, cat: Catalogue) -> tuple[list[str], list[str], int] | None:
    best: tuple[int, list[str], list[str]] | None = None
    for pid, name, _c in cat.products:
        for word in (name, pid):
            if len(word) >= 4 and text[pos : pos + len(word)].lower() == word.lower():
                after = text[pos + len(word) : pos + len(word) + 1]
                if (not after or not after.isalnum() or CJK.match(after)) and (best is None or len(word) > best[0]):
                    best = (len(word), [], [pid])
    for p, slugs in category_patterns(tuple(cat.categories)):
        m = re.compile(pat(p) if p.isascii() else p, re.IGNORECASE).match(text, pos)
        if m and m.end() > pos and (best is None or m.end() - pos > best[0]):
            best = (m.end() - pos, list(slugs), [])
    if best is None:
        return None
    return best[1], best[2], pos + best[0]




def channel_of(word: str) -> Channel | None:
    w = word.lower()
    if re.search(r"e-?mail|邮件|邮箱|电邮|newsletter|\bedm\b", w):
        return "email"
    if re.search(r"sms|text|短信", w):
        return "sms"
    if re.search(r"push|推送|app", w):
        return "push"
    if re.search(r"social|ads?\b|社交", w):
        return "paid_social"
    return None


#: What a marketer types before the request itself: a greeting, an @mention, "Quick one:", "please", 麻烦帮忙看下：.
_OPENING = re.compile(
    r"^\s*(?:(?:hi|hey|hello|yo|morning|good (?:morning|afternoon|evening))(?:\s+(?:team|all|there|folks|guys|everyone|copilot))?"
    r"\s*[,!:.\-–—]+\s*(?=\S)"
    r"|@[\w.-]+[,:]?\s+"
    r"|(?:quick (?:one|question|q)|question|q|fyi|btw|ok(?:ay)?|so|also|right|alright|one more|another one|next(?: one)?|"
    r"new request|request)\s*[:,\-–—]+\s*(?=\S)"
    r"|(?:please|pls|plz|kindly)[,:]?\s+(?=\w)"
    r"|(?:bestie|besties|fam|bro|sis|guys|yo|ok so|okay so|hey so|so like|lowkey|ngl)[,:!]?\s+(?=\w)"  # chat slang (set 12 decision 150)
    r"|(?:麻烦(?:你|您)?|你好|您好|hi|hello)[^，,：:。？?！!\n]{0,6}[，,：:！!]\s*(?=\S)"
    rf"|{RELAY_OPENING})",  # "CS here —", 客户想知道：: the relayed words are the request (relaying.py, decision 243)
    re.IGNORECASE,
)


def without_opening(text: str) -> str:
    """The request without the greeting or filler in front of it ("Hi team, quick one: how many…") or the
    thanks after it ("… in the South? Thanks!")."""
    stripped = text.strip()
    for _ in range(3):
        m = _OPENING.match(stripped)
        if m is None or not stripped[m.end():].strip():
            break
        stripped = stripped[m.end():].strip()
    closing = _CLOSING.search(stripped)
    if closing is not None and closing.start() > 0:
        stripped = stripped[: closing.start()].strip()
    return stripped


#: Thanks after the request: "… in the South? Thanks!", "…，谢谢！".
_CLOSING = re.compile(r"[\s,，]*(?<![A-Za-z])(?:thanks(?: (?:a lot|so much|in advance))?|thank you|thx|ty|cheers|ta|谢谢|多谢|感谢)[\s!.。！~]*$",
                      re.IGNORECASE)
