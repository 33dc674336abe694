"""Brief parsing by code: what regexes and the catalogue can read from a brief, before any model.

``parse_brief_text`` finds the budget (``$20k``, ``20,000 USD``, ``€5k``, ``twenty grand``, ``budget of
8 000``; a budget mentioned but not readable is kept as ``budget_text``), channels named, dates and seasons
("this spring", "next month", "in May", "2025-04-01 to 2025-04-21") relative to today, catalogue
categories and products, audience traits ("lapsed", "high-value"), the objective ("win back") and
the offer ("20% off"). The model is asked only for what is left.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from copilot.planner.models import Channel, Objective

CHANNEL_WORDS: dict[Channel, tuple[str, ...]] = {
    "email": (r"e-?mails?", r"newsletters?", r"inbox"),
    "sms": (r"sms", r"texts?", r"text messages?", r"txt"),
    "push": (r"push(?: notifications?)?", r"app notifications?", r"in-app"),
    "paid_social": (
        r"paid social",
        r"social(?: media| ads)?",
        r"instagram",
        r"facebook",
        r"meta ads",
        r"tiktok",
        r"pinterest",
    ),
}

TRAIT_WORDS: dict[str, tuple[str, ...]] = {
    "lapsed": (
        r"lapsed",
        r"win[- ]?back",
        r"churned",
        r"inactive",
        r"dormant",
        r"haven'?t (?:bought|purchased|ordered)",
        r"re-?engage",
        r"come back",
    ),
    "high_value": (
        r"high[- ]value",
        r"vips?",
        r"best customers",
        r"top (?:spenders|customers)",
        r"big spenders",
        r"high[- ]ltv",
        r"high[- ]spend(?:ing|ers)?",
    ),
    "new": (r"new customers", r"first[- ]time", r"recent sign-?ups", r"new sign-?ups", r"newcomers"),
    "loyal": (r"loyal", r"repeat (?:buyers|customers)", r"regulars"),
    "at_risk": (r"at[- ]risk", r"slipping", r"about to churn"),
}

#: The brief says the audience is everyone: no audience filter, and no trait to ask a model for.
ALL_CUSTOMERS_WORDS: tuple[str, ...] = (
    r"all (?:of )?(?:our |my |the )?(?:customers|shoppers|subscribers|buyers|members|contacts)",
    r"every(?:one|body| customer)",
    r"(?:the )?(?:whole|entire|full) (?:customer )?(?:list|base|file|database)",
)
#: Words that describe an audience at all; a brief without any names no audience (so none is guessed).
AUDIENCE_NOUNS: tuple[str, ...] = (
    r"customers?", r"buyers?", r"shoppers?", r"subscribers?", r"members?", r"fans?", r"clients?",
    r"users?", r"people", r"folks", r"audiences?", r"segments?", r"vips?", r"runners?", r"hikers?",
    r"campers?", r"climbers?", r"owners?", r"purchasers?", r"regulars", r"cohorts?", r"list",
)  # fmt: skip
#: "who bought hiking boots", "that purchased a tent": the audience's past category, not the promoted one.
_BOUGHT_LEAD = re.compile(
    r"(?<![\w-])(?:who|that|which)\s+(?:have\s+|has\s+|had\s+|already\s+|recently\s+|once\s+)*"
    r"(?:bought|purchased|ordered|own(?:ed)?)\s+(?:(?:an?|the|some|our|their|new)\s+)*",
    re.IGNORECASE,
)
_BUYERS_OF = re.compile(r"(?<![\w-])(?:buyers|owners|purchasers|customers)\s+of\s+(?:(?:an?|the|our)\s+)*", re.I)
_BUYER_NOUN = r"\s+(?:buyers|owners|purchasers)(?![\w-])"

OBJECTIVE_WORDS: list[tuple[Objective, tuple[str, ...]]] = [
    ("winback", (r"win[- ]?back", r"lapsed", r"re-?engage", r"reactivat\w+", r"churned", r"come back")),
    ("launch", (r"launch", r"new arrivals?", r"introduc\w+", r"new collection", r"new range")),
    ("cross_sell", (r"cross[- ]?sell", r"upsell", r"complete the (?:look|kit)", r"accessor(?:y|ies) for")),
    ("clearance", (r"clearance", r"clear (?:out|stock)", r"end of season", r"sell[- ]through", r"overstock")),
    ("acquisition", (r"acquisition", r"acquire", r"new customers", r"prospect\w*", r"first[- ]time")),
    ("seasonal", (r"black friday", r"cyber monday", r"holiday", r"christmas", r"back to school", r"sale\b")),
    ("retention", (r"retention", r"retain", r"loyal", r"repeat purchase", r"replenish\w*")),
]

# Extra words for the demo catalogue's categories (slug -> phrases); any workspace's category slugs
# and labels are matched too.
CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "trail-running-shoes": ("trail runners?", "trail shoes?", "trail running", "trail runs?"),
    "road-running-shoes": ("road shoes?", "road runners?", "road running", "running shoes?"),
    "hiking-boots": ("hiking boots?", "hikers?", "boots?", "hiking shoes?"),
    "rain-jackets": ("rain jackets?", "rain shells?", "rain gear", "waterproof jackets?", "shells?"),
    "insulated-jackets": ("insulated jackets?", "down jackets?", "puff(?:y|ies|ers?)", "insulation"),
    "base-layers": ("base ?layers?", "merino"),
    "running-apparel": (
        "running apparel",
        "running clothes",
        "running clothing",
        "run shorts",
        "running tops",
    ),
    "socks": ("socks?",),
    "backpacks": ("backpacks?", "daypacks?", "packs"),
    "hydration-vests": ("hydration vests?", "race vests?", "running vests?", "hydration packs?"),
    "headlamps": ("headlamps?", "head torch(?:es)?"),
    "tents": ("tents?",),
    "sleeping-bags": ("sleeping bags?", "quilts?"),
    "trekking-poles": ("trekking poles?", "hiking poles?", "poles"),
    "accessories": ("accessories", "gaiters", "caps", "beanies?", "gloves", "sunglasses"),
}

SEASONS: dict[str, tuple[int, int]] = {  # month ranges, inclusive (meteorological, northern hemisphere)
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 2),
}

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})

DEFAULT_DURATION_DAYS = 21
DEFAULT_LEAD_DAYS = 7


@dataclass
class BriefHints:
    """What code read from the brief; ``None`` / empty means 'not found'."""

    budget: float | None = None
    currency: str | None = None
    budget_text: str | None = None  # a budget mentioned but no amount read from it ("budget TBD")
    channels: list[Channel] = field(default_factory=list)
    excluded_channels: list[Channel] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    window_note: str | None = None
    category: str | None = None
    product_ids: list[str] = field(default_factory=list)
    traits: list[str] = field(default_factory=list)
    bought_category: str | None = None  # "who bought hiking boots": the audience's past purchases
    all_customers: bool = False  # "for all customers"
    audience_named: bool = False  # any audience word at all ("customers", "VIPs", "hikers")
    objective: Objective | None = None
    offer: str | None = None
    discount_pct: float | None = None
    notes: list[str] = field(default_factory=list)  # how each value was read, for the assumptions


def _any(patterns: Sequence[str], text: str) -> re.Match[str] | None:
    for p in patterns:
        m = re.search(r"(?<![\w-])" + p + r"(?![\w-])", text, re.IGNORECASE)
        if m:
            return m
    return None


# --- budget ----------------------------------------------------------------------------------

# An amount in digits: "20000", "20,000", "8 000" (a space, no-break space or apostrophe groups
# thousands), "2.5". Or in words before a multiplier: "twenty", "twenty-five", "a", "two hundred".
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?!\d)|\d+(?:\.\d+)?"
_UNIT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_UNITS_RE = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
_TENS_RE = "|".join(_TENS_WORDS)
_SMALL_WORDS = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNITS_RE}))?|{_UNITS_RE})"
_WORDS = rf"(?:{_SMALL_WORDS}(?:\s+hundred(?:\s+and)?(?:\s+{_SMALL_WORDS})?)?)"
_MULTIPLIER = r"k|m|mm|thousand|million|grand"
_CODE = r"usd|eur|gbp|dollars?|euros?|pounds?|bucks|quid"

_MONEY_FORMS = [
    # "$20k", "€5k", "£2.5 thousand", "USD 20,000", "$20 grand"
    rf"(?P<cur>[$€£]|\b(?:usd|eur|gbp)\b)\s?(?P<num>{_DIGITS})\s?(?P<mult>{_MULTIPLIER})?\b",
    # "20,000 USD", "5k euros", "20 grand", "twenty grand", "5 000 €", "twenty-five thousand dollars"
    rf"(?<![\w$€£.,])(?P<num>{_DIGITS}|{_WORDS})\s?(?P<mult>{_MULTIPLIER})?\s?(?P<cur>\b(?:{_CODE})\b|[€£$])",
    rf"(?<![\w$€£.,])(?P<num>{_DIGITS}|{_WORDS})\s?(?P<mult>grand)\b",
    # "budget of 8 000", "budget: 12000", "spend 5k", "budget is twenty grand"
    rf"\b(?:budget|spend(?:ing)?)\b\s*(?:(?:of|is|=|:|at|around|about|approx\.?|approximately|up to|~)\s*)*"
    rf"(?P<num>{_DIGITS}|{_WORDS})\s?(?P<mult>{_MULTIPLIER})?\s?(?P<cur>\b(?:{_CODE})\b|[€£$])?(?!\w)",
]
_MONEY = [re.compile(f, re.IGNORECASE) for f in _MONEY_FORMS]
_CURRENCY_OF = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "bucks": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "quid": "GBP",
}
_MULT = {"k": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6}
#: Words that say the brief talks about a budget (so "no amount read" must not pass silently).
_BUDGET_WORDS = re.compile(
    r"(?<![\w-])(?:budget\w*|spend(?:ing)?|grand|bucks|quid|usd|eur|gbp|dollars?|euros?|pounds?)(?![\w-])"
    r"|[$€£]",
    re.IGNORECASE,
)

_MONEY_OFF = re.compile(
    rf"(?:[$€£]\s?[\d.,]+|\d[\d.,]*\s?(?:{_CODE}))\s?off\b", re.IGNORECASE
)


def words_to_number(words: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"two hundred and fifty"`` -> 250, ``"a"`` -> 1; None if not a number."""
    total = 0
    current = 0
    seen = False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w == "and" or not w:
            continue
        if w in _UNIT_WORDS:
            current += _UNIT_WORDS[w]
        elif w in _TENS_WORDS:
            current += _TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:
            return None
        seen = True
    total += current
    return float(total) if seen else None


def _amount(num: str) -> float | None:
    raw = num.strip()
    if raw[:1].isdigit():
        return float(re.sub(r"[,\s\u00a0\u202f']", "", raw))
    return words_to_number(raw)


def parse_budget(text: str) -> tuple[float | None, str | None]:
    """The brief's budget and its currency (None when not stated):

    ``$20k`` -> (20000, 'USD'); ``20,000 USD``; ``€5k``; ``twenty grand`` / ``20 grand`` (currency
    None); ``budget of 8 000`` (None); ``USD 1.2m``. The largest amount wins when a brief names
    several (a budget is usually the biggest number; a price in passing is smaller); ``$20 off`` is
    an offer, not a budget.
    """
    best: tuple[float, str | None] | None = None
    for pattern in _MONEY:
        for m in pattern.finditer(text):
            cur_raw = (m.group("cur") or "").lower() if "cur" in pattern.groupindex else ""
            if text[m.end() : m.end() + 5].lstrip().lower().startswith("off"):
                continue  # "$20 off", "20 dollars off": an offer
            value = _amount(m.group("num"))
            if value is None or value <= 0:
                continue
            value *= _MULT.get((m.group("mult") or "").lower(), 1.0)
            cur = _CURRENCY_OF.get(cur_raw)
            if best is None or value > best[0] or (value == best[0] and best[1] is None and cur):
                best = (value, cur)
    return (best[0], best[1]) if best else (None, None)


def budget_mention(text: str) -> str | None:
    """The words around a budget mention ("budget is flexible", "a few grand"), for a brief whose
    budget :func:`parse_budget` could not read; None when no budget is mentioned."""
    text = _MONEY_OFF.sub(" ", text)  # "$20 off" is an offer
    m = _BUDGET_WORDS.search(text)
    if m is None:
        return None
    start = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()))
    ends = [i for i in (text.find(",", m.end()), text.find(".", m.end()), text.find(";", m.end())) if i >= 0]
    snippet = " ".join(text[start + 1 : min(ends) if ends else len(text)].split())
    return snippet[:80] or None


# --- offer -----------------------------------------------------------------------------------

_DISCOUNT = re.compile(r"(\d{1,2}(?:\.\d)?)\s?(?:%|percent)\s?off", re.IGNORECASE)
_AMOUNT_OFF = re.compile(r"([$€£]\s?\d+(?:\.\d+)?)\s?off", re.IGNORECASE)
_FREE_SHIP = re.compile(r"free (?:shipping|delivery)", re.IGNORECASE)


def parse_offer(text: str) -> tuple[str | None, float | None]:
    m = _DISCOUNT.search(text)
    if m:
        return m.group(0), float(m.group(1))
    m = _AMOUNT_OFF.search(text)
    if m:
        return m.group(0), None
    m = _FREE_SHIP.search(text)
    if m:
        return m.group(0), None
    return None, None


# --- channels --------------------------------------------------------------------------------

_NEGATION = re.compile(r"\b(?:no|not|without|except|exclude|excluding|avoid)\b[^.,;]{0,20}$", re.IGNORECASE)


def parse_channels(text: str) -> tuple[list[Channel], list[Channel]]:
    """Channels named in the brief, and channels explicitly excluded ('no SMS').

    Words that are also ordinary English ("push", "text", "social") count only in a list of channels
    ("email and push", "SMS, text") or with a channel word ("push notifications", "social ads").
    """
    found: list[Channel] = []
    excluded: list[Channel] = []
    for ch, words in CHANNEL_WORDS.items():
        for p in words:
            hit = False
            for m in re.finditer(r"(?<![\w-])" + p + r"(?![\w-])", text, re.IGNORECASE):
                word = m.group(0).lower()
                if word in _AMBIGUOUS and not _in_list(text, m.start(), m.end()):
                    continue
                hit = True
                if _NEGATION.search(text[max(0, m.start() - 30) : m.start()]):
                    if ch not in excluded:
                        excluded.append(ch)
                elif ch not in found:
                    found.append(ch)
                break
            if hit:
                break
    return [c for c in found if c not in excluded], excluded


_AMBIGUOUS = {"push", "text", "texts", "social", "txt", "inbox"}
_LIST_SEP = r"(?:,|;|/|&|\+|\band\b|\bor\b|\bonly\b|\bchannels?\b|$|\.)"


def _in_list(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 8) : start]
    after = text[end : end + 10]
    sep_before = r"(?:,|;|/|&|\+|\band\b|\bor\b|\bvia\b|\bby\b|:)\s*$"
    return bool(
        re.search(sep_before, before, re.IGNORECASE) or re.match(r"\s*" + _LIST_SEP, after, re.IGNORECASE)
    )


# --- dates -----------------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def season_window(season: str, today: date, *, next_: bool = False) -> tuple[date, date]:
    """The dates of ``season`` that are this one (ongoing or next to come) or, with ``next_``, the one after."""
    first, last = SEASONS[season]
    windows = []
    for y in (today.year - 1, today.year, today.year + 1, today.year + 2):
        start = date(y, first, 1)
        end = _month_end(y + 1, last) if last < first else _month_end(y, last)
        windows.append((start, end))
    upcoming = [w for w in windows if w[1] >= today]
    if next_ and upcoming and upcoming[0][0] <= today:
        return upcoming[1]
    return upcoming[0]


_ISO = r"(\d{4}-\d{2}-\d{2})"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


def parse_dates(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    """Campaign window from the brief: ISO dates, 'next N weeks', seasons, month names, holidays."""
    low = text.lower()
    isos = re.findall(_ISO, text)
    if isos:
        start = date.fromisoformat(isos[0])
        end = date.fromisoformat(isos[1]) if len(isos) > 1 else None
        return start, end, "dates as stated"
    m = re.search(r"(?:next|over the next|for|within)\s+(\d+|two|three|four|six)\s+(day|week)s?", low)
    if m:
        words = {"two": 2, "three": 3, "four": 4, "six": 6}
        n = int(words.get(m.group(1), m.group(1) if m.group(1).isdigit() else 0))
        days = n * (7 if m.group(2) == "week" else 1)
        start = today + timedelta(days=1)
        return start, start + timedelta(days=days - 1), f"the next {n} {m.group(2)}s"
    m = re.search(r"\b(this|next|coming|upcoming)?\s*(spring|summer|fall|autumn|winter)\b", low)
    if m:
        season = m.group(2)
        s, e = season_window(season, today, next_=m.group(1) == "next")
        return (
            max(s, today + timedelta(days=DEFAULT_LEAD_DAYS)),
            e,
            f"{season} {s.year} ({s:%b %-d}–{e:%b %-d})",
        )
    m = re.search(r"\b(this|next) (week|month)\b", low)
    if m:
        if m.group(2) == "week":
            monday = today - timedelta(days=today.weekday())
            start = monday + timedelta(days=7 if m.group(1) == "next" else 0)
            start = max(start, today + timedelta(days=1))
            return start, monday + timedelta(days=13 if m.group(1) == "next" else 6), f"{m.group(1)} week"
        y, mo = today.year, today.month
        if m.group(1) == "next":
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            return date(y, mo, 1), _month_end(y, mo), f"{calendar.month_name[mo]} {y}"
        return today + timedelta(days=1), _month_end(y, mo), "the rest of this month"
    m = re.search(
        r"\b(?:in|for|during|from|starting|throughout)\s+(" + _MONTH_NAMES + r")\b(?:\s+(\d{1,2}))?", low
    )
    if m:
        mo = MONTHS[m.group(1)]
        y = today.year if (mo > today.month or (mo == today.month and today.day < 20)) else today.year + 1
        start = date(y, mo, int(m.group(2))) if m.group(2) else date(y, mo, 1)
        start = max(start, today + timedelta(days=1))
        return start, _month_end(y, mo), f"{calendar.month_name[mo]} {y}"
    holidays = {
        "black friday": (11, 20, 11, 30),
        "cyber monday": (11, 24, 12, 2),
        "christmas": (12, 1, 12, 24),
        "holiday": (11, 25, 12, 24),
        "back to school": (8, 1, 8, 31),
        "valentine": (2, 1, 2, 14),
        "mother's day": (4, 25, 5, 10),
        "father's day": (6, 1, 6, 15),
    }
    for name, (m1, d1, m2, d2) in holidays.items():
        if name in low:
            y = today.year if date(today.year, m2, d2) >= today else today.year + 1
            start = max(date(y, m1, d1), today + timedelta(days=1))
            return start, date(y, m2, d2), f"{name} {y}"
    return None, None, None


# --- catalogue -------------------------------------------------------------------------------


def _slug_phrases(slug: str, label: str) -> list[str]:
    words = slug.replace("-", " ").replace("_", " ")
    phrases = [re.escape(words), re.escape(label.lower())]
    if words.endswith("s"):
        phrases.append(re.escape(words[:-1]))
    phrases.extend(CATEGORY_SYNONYMS.get(slug, ()))
    return phrases


def parse_category(text: str, categories: Sequence[tuple[str, str]]) -> str | None:
    """The catalogue category the brief is about: the earliest mention wins, and at the same place the
    longest phrase ('trail running shoes' beats 'running shoes')."""
    best: tuple[int, int, str] | None = None
    for slug, label in categories:
        for p in _slug_phrases(slug, label):
            m = re.search(r"(?<![\w-])" + p + r"(?![\w-])", text, re.IGNORECASE)
            if m and (best is None or (m.start(), -len(m.group(0))) < (best[0], best[1])):
                best = (m.start(), -len(m.group(0)), slug)
    return best[2] if best else None


def parse_bought_category(
    text: str, categories: Sequence[tuple[str, str]]
) -> tuple[str | None, tuple[int, int] | None]:
    """The category the audience *bought before*, as in "customers who bought hiking boots", "buyers of
    tents" or "backpack buyers", and where the phrase is (so the promoted category is read elsewhere)."""
    phrases = [(slug, p) for slug, label in categories for p in _slug_phrases(slug, label)]
    phrases.sort(key=lambda sp: -len(sp[1]))  # 'trail running shoes' before 'running shoes'
    for lead in (_BOUGHT_LEAD, _BUYERS_OF):
        for m in lead.finditer(text):
            for slug, p in phrases:
                hit = re.compile(p + r"(?![\w-])", re.IGNORECASE).match(text, m.end())
                if hit:
                    return slug, (m.start(), hit.end())
    for slug, p in phrases:
        hit = re.search(r"(?<![\w-])" + p + _BUYER_NOUN, text, re.IGNORECASE)
        if hit:
            return slug, (hit.start(), hit.end())
    return None, None


def category_grounded(slug: str, label: str, text: str) -> bool:
    """True when the brief's words point at the category: one of its names or synonyms, or a word of
    four letters or more from its slug or label ('trail' for trail-running-shoes). A model's reading of
    the category is kept only then, so a brief that names no product never gets one invented."""
    if parse_category(text, [(slug, label)]):
        return True
    words = {w for w in re.split(r"[\s_-]+", f"{slug} {label}".lower()) if len(w) >= 4}
    return any(re.search(r"(?<![\w-])" + re.escape(w.rstrip("s")), text, re.IGNORECASE) for w in words)


def parse_products(text: str, products: Sequence[tuple[str, str]]) -> list[str]:
    """Product ids named in the brief, by id (``P1001``) or full name (``Cascade Shell``)."""
    low = text.lower()
    ids = []
    for pid, name in products:
        if re.search(r"(?<!\w)" + re.escape(pid.lower()) + r"(?!\w)", low) or (
            len(name) >= 6 and re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", low)
        ):
            ids.append(pid)
    return ids[:10]


#: Lapsed-trait words that name the campaign's aim rather than the audience: they imply lapsed customers
#: only when the brief does not say the audience is at risk ("re-engage at-risk buyers" is at risk).
_LAPSED_BY_AIM = (r"win[- ]?back", r"re-?engage", r"come back")


def parse_traits(text: str) -> list[str]:
    traits = [t for t, words in TRAIT_WORDS.items() if _any(words, text)]
    if "lapsed" in traits and "at_risk" in traits:
        explicit = [w for w in TRAIT_WORDS["lapsed"] if w not in _LAPSED_BY_AIM]
        if not _any(explicit, text):
            traits.remove("lapsed")
    return traits


def parse_objective(text: str) -> Objective | None:
    for obj, words in OBJECTIVE_WORDS:
        if _any(words, text):
            return obj
    return None


def parse_brief_text(
    text: str,
    today: date,
    *,
    categories: Sequence[tuple[str, str]] = (),
    products: Sequence[tuple[str, str]] = (),
) -> BriefHints:
    """Everything code can read from ``text``; see the module docstring."""
    h = BriefHints()
    h.budget, h.currency = parse_budget(text)
    if h.budget is not None:
        h.notes.append(f"budget {h.budget:,.0f} read from the brief")
    else:
        h.budget_text = budget_mention(text)
    h.channels, h.excluded_channels = parse_channels(text)
    h.start_date, h.end_date, h.window_note = parse_dates(text, today)
    if categories:
        h.bought_category, span = parse_bought_category(text, categories)
        rest = text if span is None else text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
        h.category = parse_category(rest, categories) or h.bought_category
    h.all_customers = _any(ALL_CUSTOMERS_WORDS, text) is not None
    h.audience_named = h.all_customers or _any(AUDIENCE_NOUNS, text) is not None
    h.product_ids = parse_products(text, products) if products else []
    h.traits = parse_traits(text)
    h.objective = parse_objective(text)
    h.offer, h.discount_pct = parse_offer(text)
    return h
