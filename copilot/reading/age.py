"""Age in the audience: "aged 18-24", "customers under 30", "over 50", "men 35-54", "in their 30s", 18到24岁,
25-34岁的用户, 30岁以下, 50岁以上 -- an ``age`` leaf with the data's bands it uses (:mod:`copilot.tools.age_bands`).

One audience rule of :mod:`copilot.reading.audience` (same signature as the others there). It reads only when the
workspace keeps ages (``customers.age_band``); without them the unsupported lexicon lists every age clause as
"the data has no age". Generations and other vague ages ("millennials", 年轻人, 90后, "seniors") are listed with
the reason that they name no range; an age limit of a compliance review ("no one under 18", 未满18周岁) is left to
:mod:`copilot.reading.legal`.
"""

from __future__ import annotations

import itertools

from copilot.reading import regex as re
from copilot.reading.age_apart import BAND, join_apart
from copilot.reading.catalogue import Catalogue
from copilot.reading.lexicon_unsupported import UNSUPPORTED_AUDIENCE
from copilot.reading.rules import Leaves, negated
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.age_bands import choose_bands
from copilot.tools.conditions import Age, Condition, Not

#: A vague age (a generation, "young people", 中老年, "around 30"): listed, never guessed.
VAGUE_AGE_REASON = ("a generation or a vague age is no age range: say the ages to use the data's age bands "
                    "(e.g. 'aged 25-34')")
OCCUPATION_REASON = "the data has no occupation"

_WHO = r"(?:customers|clients|shoppers|people|members|buyers|users|subscribers|folks|men|women|males|females|adults|runners|hikers)"
_NOT_MONEY = (r"(?!\s*(?:%|percent|dollars?|bucks|orders?|purchases?|items?|times|days?|weeks?|months?|years? (?:ago|of)|k\b|"
              r"usd|eur|gbp|rmb|元|块|[$€£¥.,]\d))")
_N = r"(\d{2})"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_YEARS_OLD = r"(?:[- ]?year[- ]olds?|\s*years?\s+old|\s*yrs?\s+old|\s*yo\b)"

#: (pattern, what the groups mean): "range" (lo, hi), "under" (n), "over" (n), "decade" (tens digit or word)
_BAND = r"\d{2}\s*(?:-|–|—)\s*\d{2}"
_EN: tuple[tuple[str, str], ...] = (
    # "the 18-24 and 25-34 age bands", "aged 25-34, 35-44 or 45-54": bands joined are one range when they meet (session 25)
    (rf"\b(?:aged?\s+|ages\s+)?(?:the\s+)?{_BAND}(?:\s*,\s*(?:the\s+)?{_BAND})*\s*,?\s*(?:and|or|&|/|\+)\s*(?:the\s+)?{_BAND}\b"
     rf"(?=\s*(?:age\s+)?(?:bands?|brackets?|groups?|{_YEARS_OLD.strip('?')})|\s+{_WHO}\b|(?<=\d)\s*(?:[,.;)]|$))", "bands"),
    (rf"\b(?:aged?|ages)\s+(?:between\s+)?{_BAND}(?:\s*,\s*{_BAND})*\s*,?\s*(?:and|or|&|/)\s*{_BAND}\b", "bands"),
    (rf"\baged?\s+(?:between\s+)?{_N}{_DASH}{_N}\b{_YEARS_OLD}?", "range"),
    (rf"\b(?:between\s+)?(?:the\s+)?ages?\s+(?:of\s+)?{_N}{_DASH}{_N}\b", "range"),
    (rf"\b{_N}\s*(?:-|–|—|to)\s*{_N}{_YEARS_OLD}", "range"),
    (rf"\b(?:aged?\s+|who\s+are\s+)(?:under|below|younger\s+than|less\s+than)\s+(?:the\s+age\s+of\s+)?{_N}\b", "under"),
    (rf"\b(?:under|below|younger\s+than)\s+the\s+age\s+of\s+{_N}\b", "under"),
    (rf"\b(?:aged?\s+|who\s+are\s+)(?:over|above|older\s+than|more\s+than)\s+(?:the\s+age\s+of\s+)?{_N}\b", "over"),
    (rf"\b(?:over|above|older\s+than)\s+the\s+age\s+of\s+{_N}\b", "over"),
    (rf"\baged?\s+{_N}\s*(?:\+|and\s+(?:over|older|up)|or\s+(?:over|older))", "over"),
    (rf"\b{_N}\s*(?:\+|and\s+(?:over|older)|or\s+older)\s*(?=(?:{_WHO}|year[- ]olds)\b)", "over"),
    (rf"\b(?:under|below|younger\s+than){_YEARS_OLD}?\s*{_N}{_YEARS_OLD}", "under"),
    (rf"\b(?:over|above|older\s+than)\s*{_N}{_YEARS_OLD}", "over"),
    (r"\bin\s+their\s+(?:(?P<part>early|mid|late)[- ])?(?:(?P<d>[2-8])0'?s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties))", "decade"),
    # "customers under 30", "women 35-54", "men over 50": the number right after the people it describes
    (rf"\b{_WHO}\s+(?P<age>(?:(?:aged|who\s+are)\s+)?{_N}\s*(?:-|–|—|to)\s*{_N}\b){_NOT_MONEY}", "range"),
    (rf"\b{_WHO}\s+(?P<age>(?:under|below|younger\s+than)\s+{_N}\b){_NOT_MONEY}", "under"),
    (rf"\b{_WHO}\s+(?P<age>(?:over|above|older\s+than)\s+{_N}\b){_NOT_MONEY}", "over"),
    (rf"\b{_WHO}\s+(?P<age>{_N}\s*\+)(?!\s*(?:%|orders?|purchases?|items?|times|days?))", "over"),
    (rf"\bover[\s-]+{_N}s\b", "over"),  # "the over 50s", "over-35s"
    (rf"\bunder[\s-]+{_N}s\b", "under"),  # "the under-35s" (session 25)
)
_ZH_WHO = r"(?:的)?(?:用户|客户|顾客|会员|人群|人|群体)?"
_ZH: tuple[tuple[str, str], ...] = (
    (rf"(\d{{1,2}})\s*(?:-|~|～|到|至|—)\s*(\d{{1,2}})\s*(?:周)?岁(?:之间)?{_ZH_WHO}", "range"),
    (rf"(?:年龄)?(\d{{1,2}})\s*(?:周)?岁(?:以下|以内|之下){_ZH_WHO}", "under"),
    (rf"(?:低于|小于)(\d{{1,2}})\s*(?:周)?岁{_ZH_WHO}", "under"),
    (rf"(?:年龄)?(\d{{1,2}})\s*(?:周)?岁(?:以上|及以上|或以上|之上){_ZH_WHO}", "over"),
    (rf"(?:超过|大于|高于)(\d{{1,2}})\s*(?:周)?岁{_ZH_WHO}", "over"),
    (rf"([2-8])0(?:多|来)岁{_ZH_WHO}", "decade_zh"),
)
_VAGUE = (r"\bgen(?:eration)?[- ]?[zxy]\b", r"\bmillennials?\b", r"\bboomers?\b", r"\bzoomers?\b", r"\byoung(?:er)? (?:people|customers|adults|shoppers|audience)\b",
          r"\bolder (?:people|customers|adults|shoppers)\b", r"\bseniors\b", r"\bretirees\b", r"\bteen(?:ager)?s\b", r"\bmiddle[- ]aged\b",
          r"\d{2}后", r"年轻(?:人|用户|客户|群体|人群|一代)", r"中老年(?:人|用户|客户|群体|人群)?", r"老年(?:人|用户|客户|顾客|群体|人群|会员|朋友)", r"银发(?:族|人群|用户|客户)?",
          r"\d{1,2}\s*岁左右(?:的)?(?:用户|客户|人)?", r"\b(?:around|about)\s+\d{2}\s+years?\s+old\b")
_STUDENTS = (r"\b(?:college |university |high[- ]school )?students?\b", r"(?:大)?学生(?:党|用户|客户|群体)?")
_DECADE = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8}
_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
#: An age limit of a compliance review, left to the legal reader ("no customers under 18", 不得向18岁以下用户发送).
_LIMIT_BEFORE = re.compile(r"(?:\b(?:no|nobody|never|not\s+to)\s+(?:\w+\s+){0,2}|(?:不得|不能|禁止|严禁|不要|切勿|请勿|勿|不)(?:向|给|对)\s*)$", re.I)


def age(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Age clauses, when the workspace keeps ages (else the unsupported lexicon lists them)."""
    if not cat.age_bands:
        return
    mine: list[tuple[int, Condition]] = []
    for patterns in (_EN, _ZH):
        for rx, how in patterns:
            for m in re.finditer(rx, t.text, re.IGNORECASE):
                if not t.free(m.start(), m.end()):
                    continue
                lo, hi = _range(m, how)
                if how == "bands" and lo is None and not _LIMIT_BEFORE.search(t.text[max(0, m.start() - 24) : m.start()]):
                    for b in BAND.finditer(t.text, m.start(), m.end()):  # "18-24 and 45-54": each band, an OR (age_apart.py)
                        choice = choose_bands(cat.age_bands, int(b.group(1)), int(b.group(2)))
                        mine.append((b.start(), Age(min_age=int(b.group(1)), max_age=int(b.group(2)), bands=choice.used,
                                                    left_out=choice.left_out or None, span=t.take(b.start(), b.end()))))
                    t.take(m.start(), m.end())
                    continue
                if (lo is None and hi is None) or (lo is not None and hi is not None and lo > hi) or hi == 17:
                    continue  # "under 18": an age limit, for the legal reader
                if _LIMIT_BEFORE.search(t.text[max(0, m.start() - 24) : m.start()]):
                    continue
                start, end = (m.start("age"), m.end("age")) if "age" in m.groupdict() else (m.start(), m.end())
                end = start + len(t.text[start:end].rstrip())
                choice = choose_bands(cat.age_bands, lo, hi)
                leaf = Age(min_age=lo, max_age=hi, bands=choice.used, left_out=choice.left_out or None,
                           span=t.take(start, end))
                mine.append((start, Not(of=leaf) if negated(t.text, start) else leaf))
    leaves.extend(join_apart(t.text, mine))
    for words, reason in ((_VAGUE, VAGUE_AGE_REASON), (_STUDENTS, OCCUPATION_REASON), (UNSUPPORTED_AUDIENCE["age"], VAGUE_AGE_REASON)):
        for m in t.find_all(words):
            if m.group(0).strip():
                na.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="audience", reason=reason))


def _range(m: re.Match[str], how: str) -> tuple[int | None, int | None]:
    """(min_age, max_age) of a match: "under 30" = (None, 29), "over 50" = (50, None), "in their 30s" = (30, 39)."""
    nums = [int(g) for g in m.groups() if g and g.isdigit()]
    if how == "bands":
        pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d{2})\s*(?:-|–|—)\s*(\d{2})", m.group(0))]
        meet = all(nxt[0] == prev[1] + 1 for prev, nxt in itertools.pairwise(pairs))
        return (pairs[0][0], pairs[-1][1]) if meet else (None, None)
    if how == "range":
        return nums[0], nums[1]
    if how == "under":
        return None, nums[0] - 1
    if how == "over":
        return nums[0], None
    if how == "decade_zh":
        return nums[0] * 10, nums[0] * 10 + 9
    tens = 10 * (int(m.group("d")) if m.group("d") else _DECADE[m.group("w").lower()])
    a, b = _PART[m.group("part").lower() if m.group("part") else None]
    return tens + a, tens + b
