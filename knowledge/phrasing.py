"""Copy-ready phrasings of product facts: the words a copywriter would use, verified against the fact.

A product fact is stored as its document says it (``Alder Sky (P1001) › Specifications: Weight: 330 g``).
Copy needs a predicate that completes "The Alder Sky …": ``weighs 330 g``. :func:`phrase_fact` makes one
deterministically from the fact's structured text (section and ``Label: value`` shape):

=========================================  =============================================
fact                                        phrasing
=========================================  =============================================
Features: grips on wet rock                 grips on wet rock
Features: blister-reducing fit              has a blister-reducing fit
Features: gusseted tongue keeps debris out  has a gusseted tongue that keeps debris out
Specifications: Waterproof: yes             is waterproof
Specifications: Weight: 330 g               weighs 330 g
Specifications: Heel-to-toe drop: 6 mm      has a heel-to-toe drop of 6 mm
Materials: Made with X; Y.                  is made with X and Y
Warranty: 1-year warranty against …         comes with a 1-year warranty against …
Sizing: Size and fit: True to size; …       fits true to size
=========================================  =============================================

Facts that are no selling point (``Rain protection: none``), meta text (``Allowed claims``), prices,
care notes and review themes get no phrasing: they never become copy.

:func:`supports` is the claim checker's rule applied to one fact: every number of the phrasing is in
the fact, its content words are the fact's, and it does not negate what the fact affirms.
A brand may override phrasings in ``<workspace>/phrasings.toml`` (``[facts]`` keyed by fact id, or
``[texts]`` keyed by the fact's body, e.g. ``"Waterproof: yes" = "keeps your feet dry on wet trails"``);
an override is the brand's own wording and is used as written (the plan's claims check still reads it).
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copilot.knowledge.articles import with_articles
from copilot.knowledge.keyword import tokenize

if TYPE_CHECKING:
    from copilot.workspace import Workspace

log = logging.getLogger(__name__)

PHRASINGS_FILE = "phrasings.toml"

_HEAD = re.compile(
    r"^(?P<name>.+?)\s*\((?P<pid>[A-Za-z0-9_-]+)\)(?P<reviews>\s+reviews)?\s*›\s*(?P<section>[^:]+):\s*(?P<body>.+)$",
    re.S,
)
_KV = re.compile(r"^(?P<key>[A-Z][\w' /-]{1,40}):\s*(?P<value>.+)$")
_NEGATIVE = re.compile(r"^(no|none|false|n/?a|not \w+)\.?(\s*\(.*\))?$", re.IGNORECASE)
_AFFIRM = re.compile(r"^(yes|true|included)\.?$", re.IGNORECASE)
#: Third-person verbs a feature may open with or contain ("grips on wet rock", "tongue keeps debris out").
VERBS = frozenset(
    [
        "adds", "adjusts", "absorbs", "blocks", "breathes", "brings", "carries", "cushions", "dries", "drains",
        "fits", "folds", "grips", "handles", "helps", "holds", "keeps", "locks", "lets", "moves", "offers",
        "packs", "protects", "provides", "reduces", "repels", "resists", "sheds", "stays", "stops", "stores",
        "stretches", "supports", "traps", "vents", "ventilates", "warms", "washes", "wicks", "works",
        "preserves", "pitches", "improves", "boosts", "converts", "clips", "attaches", "regulates", "insulates",
        "sleeps",
    ]
)
_PARTICIPLE = re.compile(
    r"^(designed|made|built|tested|crafted|lined|treated|rated|certified|sewn|knit)\s", re.I
)
_NO_ARTICLE_HEAD = re.compile(
    r"^(\d|free\b|two\s|three\s|dual\b|extra\b|more\b|less\b|all\b|both\b|recycled\b)", re.I
)
_MASS = frozenset(
    [
        "cushioning",
        "protection",
        "support",
        "grip",
        "traction",
        "insulation",
        "ventilation",
        "warmth",
        "storage",
        "fabric",
        "construction",
        "geometry",
        "padding",
        "foam",
        "brightness",
        "comfort",
        "stability",
        "breathability",
        "durability",
        "visibility",
    ]
)
_PREDICATE_ADJ = frozenset(["soft", "warm", "light", "lightweight", "quiet", "durable", "packable"])
#: Words after a predicate adjective that keep it one ("warm for its weight", "soft next to skin").
_ADJ_FOLLOWERS = frozenset(["next", "to", "and", "when", "in", "for", "on", "yet", "but"])
#: A feature that ends in an adjective is a predicate ("naturally odour resistant", "USB-C rechargeable").
_ADJ_END = re.compile(r"(?:able|ible|resistant|repellent|proof|free)$", re.I)
#: Words after a bare verb that make it one ("fold to 38 cm"; not "lock mode for travel", a noun).
_VERB_FOLLOWERS = frozenset(["to", "into", "in", "on", "up", "down", "away", "flat", "small", "out", "off"])
_SKIP_SECTIONS = frozenset({"price", "overview", "care", "allowed claims"})


@dataclass(frozen=True)
class FactParts:
    """The parts of a product fact's stored text."""

    name: str
    product_id: str
    section: str
    body: str
    reviews: bool = False


def parse_fact(text: str) -> FactParts | None:
    """``Name (ID) › Section: body`` split up; None for a fact of another shape."""
    m = _HEAD.match(" ".join(text.split()) if "\n" not in text else text.strip())
    if not m:
        return None
    return FactParts(
        m.group("name").strip(),
        m.group("pid"),
        m.group("section").strip(),
        re.sub(r"^[-*•]\s+", "", m.group("body").strip()),  # a one-item list keeps its bullet
        bool(m.group("reviews")),
    )


def _article(noun_phrase: str) -> str:
    words = noun_phrase.split()
    if not words:
        return noun_phrase
    if re.match(r"^\d+-(year|day|month|layer|way|season)\b", noun_phrase):  # "a 1-year warranty"
        return "a " + noun_phrase
    head = re.split(r"\s+(?:for|with|on|in|that|to|against|after)\s+", noun_phrase, maxsplit=1)[0].split()[-1]
    plural = any(w.endswith("s") and not w.endswith("ss") for w in noun_phrase.split(" and ")[0].split()[-1:])
    if (
        _NO_ARTICLE_HEAD.match(noun_phrase)
        or (head.endswith("s") and not head.endswith("ss"))
        or head in _MASS
        or plural
    ):
        return noun_phrase
    return ("an " if noun_phrase[0].lower() in "aeiou" else "a ") + noun_phrase


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not (len(s) > 1 and s[1].isupper()) else s


def _feature(body: str) -> str | None:
    body = body.strip().rstrip(".")
    if not body or "\n" in body:
        return None
    words = body.split()
    first = words[0].lower()
    if re.search(r"\([^)]*\)", body):
        return None  # "insulates when damp (synthetic models)": a claim for some models only
    if first in _PREDICATE_ADJ and len(words) > 1 and words[1].lower() in _ADJ_FOLLOWERS:
        return "is " + _lower_first(body)  # "warm for its weight" (not "warms")
    if first in VERBS and len(words) > 1:
        return _lower_first(body)
    if first + "s" in VERBS and len(words) > 1 and words[1].lower() in _VERB_FOLLOWERS:
        return " ".join([first + "s", *words[1:]])  # "fold to 38 cm"; not "lock mode for travel"
    if _ADJ_END.search(words[-1]) and len(words) > 1 and not words[-1].lower().endswith("-free"):
        return "is " + _lower_first(body)
    if words[-1].lower() == "included" and len(words) > 1:
        return "comes with " + _article(_lower_first(" ".join(words[:-1])))
    if _PARTICIPLE.match(body):
        return "is " + _lower_first(body)
    if first in ("free",) or "warranty" in body.lower() or "returns" in body.lower():
        return "comes with " + _article(_lower_first(body))
    for i, w in enumerate(words[1:-1], start=1):  # a last word is a plural noun ("colour-coded clips")
        if w.lower() in VERBS:  # "gusseted tongue keeps debris out"
            return "has " + _article(_lower_first(" ".join(words[:i]))) + " that " + " ".join(words[i:])
    return "has " + _article(_lower_first(body))


def _spec(body: str) -> str | None:
    m = _KV.match(body.strip().rstrip("."))
    if not m:
        return _feature(body)
    key, value = m.group("key").strip(), m.group("value").strip()
    if _NEGATIVE.match(value):
        return None
    if _AFFIRM.match(value):
        return "is " + key.lower()
    if key.lower() == "weight":
        return f"weighs {value}"
    if key.lower() in VERBS:  # "Sleeps: 2 people"
        return f"{key.lower()} {value}"
    key = key.lower()
    return f"has {'an' if key[0] in 'aeiou' else 'a'} {key} of {value}"  # "a maximum brightness of 300 lumens"


def phrase_fact(text: str) -> str | None:
    """The fact as a predicate for "The <product> …", or None when it is no selling point; a noun after a
    preposition gets its article (:func:`copilot.knowledge.articles.with_articles`)."""
    phrase = _phrase(text)
    return with_articles(phrase) if phrase else phrase


def _phrase(text: str) -> str | None:
    parts = parse_fact(text)
    if parts is None or parts.reviews:
        return None
    section = parts.section.lower()
    body = parts.body
    if section in _SKIP_SECTIONS or section.startswith("theme") or "may say" in body.lower():
        return None
    if section == "specifications":
        return _spec(body)
    if section == "materials":
        m = re.match(r"^(?:Made with|Materials?:)\s*(.+?)\.?$", body, re.IGNORECASE)
        items = [i.strip() for i in (m.group(1) if m else body).split(";") if i.strip()]
        if not items:
            return None
        return "is made with " + (", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0])
    if section == "warranty":
        return "comes with " + _article(_lower_first(body.split(". ")[0].rstrip(".")))
    if section == "sizing":
        body = re.sub(r"^Size and fit:\s*", "", body)
        first = body.split(";")[0].split(".")[0].strip()
        if re.match(r"^true to size$", first, re.IGNORECASE):
            return "fits true to size"
        return None
    if section == "features":
        return _feature(body)
    return None


def review_proof(text: str) -> tuple[str, str] | None:
    """A review fact as social proof, ``(product name, sentence)``: a rating summary of at least 20
    reviews averaging 4.0 stars or more ("Rated 4.3 of 5 stars in 760 reviews.")."""
    parts = parse_fact(text)
    if parts is None or not parts.reviews or not parts.section.lower().startswith("rating"):
        return None
    m = re.match(r"^(?P<n>[\d,]+) reviews, average (?P<avg>\d(?:\.\d)?) of 5 stars", parts.body)
    if not m:
        return None
    n, avg = int(m.group("n").replace(",", "")), float(m.group("avg"))
    if n < 20 or avg < 4.0:
        return None
    return parts.name, f"rated {m.group('avg')} of 5 stars in {m.group('n')} reviews"


_THEME = re.compile(
    r"Reviewers mention [“\"](?P<label>[^”\"]+)[”\"] in (?P<n>[\d,]+) of (?P<total>[\d,]+) reviews \((?P<share>\d+)%\), "
    r"(?P<tone>mostly positive|mixed|mostly negative):.*?average (?P<avg>\d(?:\.\d)?) stars",
    re.S,
)


_QUOTE = re.compile(r"E\.g\. [“\"](?P<quote>[^”\"]{8,90})[”\"]")


def theme_proof(text: str) -> tuple[str, str, int] | None:
    """A review-insight theme as cited social proof, ``(product name, sentence, mentions)``: a product's
    theme that is mostly positive, mentioned in 20+ reviews averaging 4.0 stars or more, whose first quoted
    sentence reads as praise (:func:`_praise`): ``“Kept me warm on frosty nights,” says one of 212
    reviewers.`` (the theme's labels are top terms -- "fits · apart · cheap" -- no words for copy; the
    customer's own sentence is)."""
    parts = parse_fact(text)
    if parts is None or not parts.reviews or not parts.section.lower().startswith("theme"):
        return None
    body = " ".join(parts.body.split())
    m = _THEME.search(body)
    q = _QUOTE.search(body)
    if not m or not q or m.group("tone") != "mostly positive":
        return None
    n, avg = int(m.group("n").replace(",", "")), float(m.group("avg"))
    quote = q.group("quote").strip().rstrip(".!")
    if n < 20 or avg < 4.0 or re.search(r"\d", quote) or not _praise(quote):
        return None
    return parts.name, f"“{quote},” says one of {m.group('n')} reviewers.", n


#: Words of a complaint that VADER reads as neutral or positive ("Boxy fit, runs large" scores 0.36).
_COMPLAINT = re.compile(
    r"\b(runs (?:large|small|big|narrow|wide)|too|but|though|niggle|boxy|tight|loose|heavy|sluggish|cheap|apart|"
    r"poor|broke|broken|blisters?|painful|leak\w*|small|not|no|never|without|disappoint\w*)\b",
    re.IGNORECASE,
)


def _praise(sentence: str) -> bool:
    """True when a customer's sentence reads as praise: VADER compound >= 0.2 and no complaint word."""
    from copilot.knowledge.review_text import compound, vader

    return not _COMPLAINT.search(sentence) and float(compound(vader(), [sentence])[0]) >= 0.2


# --------------------------------------------------------------------------------------------
# verification (the claim checker's deterministic rules on one fact)
# --------------------------------------------------------------------------------------------

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Words a phrasing adds around the fact's own words.
GLUE = frozenset(
    tokenize("is are has have a an the of with that comes made weighs fits and it its rated in reviews stars")
)
_NEG = re.compile(r"(?<![\w-])(not|no|never|without)(?![\w-])|n't\b", re.IGNORECASE)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUM.findall(text)}


def _stem(t: str) -> str:
    return t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t


def supports(fact_text: str, phrasing: str) -> bool:
    """True when ``fact_text`` supports ``phrasing``: its numbers are the fact's, at least 60% of its
    content words are (singular/plural alike), and it negates nothing the fact affirms."""
    parts = parse_fact(fact_text)
    body = parts.body if parts else fact_text
    if not _numbers(phrasing) <= _numbers(body):
        return False
    fact_tokens = {_stem(t) for t in tokenize(body)}
    content = [_stem(t) for t in tokenize(phrasing) if t not in GLUE]
    if content and sum(1 for t in content if t in fact_tokens) / len(content) < 0.6:
        return False
    return bool(_NEG.search(phrasing)) == bool(_NEG.search(body)) or not _NEG.search(phrasing)


# --------------------------------------------------------------------------------------------
# the brand's overrides
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrasings:
    """Phrasings by fact id and by fact body, from the brand's file (empty when there is none)."""

    by_fact: dict[str, str] = field(default_factory=dict)
    by_text: dict[str, str] = field(default_factory=dict)

    def override(self, fact_id: str, text: str) -> str | None:
        """The brand's phrasing of the fact in this file, or None (an empty one: None too)."""
        if fact_id in self.by_fact:
            return self.by_fact[fact_id].strip() or None
        parts = parse_fact(text)
        body = (parts.body if parts else text).strip().rstrip(".")
        for key, value in self.by_text.items():
            if key.strip().rstrip(".").lower() == body.lower():
                return value.strip() or None
        return None

    def phrase(self, fact_id: str, text: str, stored: str | None = None) -> str | None:
        """The fact's phrasing: this file's (the brand's latest word), else the one ``stored`` with the fact
        at ingest, else the generated one (None: not copy)."""
        if fact_id in self.by_fact:
            return self.by_fact[fact_id].strip() or None
        # a phrasing stored at an earlier ingest gets the articles added since (the brand's is as written)
        return self.override(fact_id, text) or (with_articles(stored) if stored else phrase_fact(text))


def load_phrasings(workspace: Workspace | Path | None) -> Phrasings:
    """The brand's ``phrasings.toml`` in the workspace; a broken file is logged and ignored."""
    if workspace is None:
        return Phrasings()
    root = workspace if isinstance(workspace, Path) else workspace.root
    path = Path(root) / PHRASINGS_FILE
    if not path.is_file():
        return Phrasings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.warning("%s could not be read (%s); generated phrasings are used", path, exc)
        return Phrasings()
    facts = {str(k): str(v) for k, v in dict(data.get("facts", {})).items()}
    texts = {str(k): str(v) for k, v in dict(data.get("texts", {})).items()}
    return Phrasings(by_fact=facts, by_text=texts)


def chunk_phrasing(text: str) -> dict[str, str]:
    """Chunk metadata for a fact at ingest: ``{"phrasing": ...}`` when it has one, else ``{}``."""
    p = phrase_fact(text)
    return {"phrasing": p} if p else {}
