"""Product facts as Chinese copy: a fact becomes a Chinese sentence only through a fixed rendering.

:func:`zh_fact_phrase` renders a fact's *structured* shape (a specification ``Label: value`` with its
number kept as written, ``Waterproof: yes``, an N-year warranty, free returns within N days, true to
size, UPF N), or a feature through the table of Chinese phrasings (``templates/zh_phrasings.toml``,
:func:`zh_feature_phrasings`); :func:`zh_sentence` puts the product's name and the phrase into a
claim sentence; :func:`zh_review_proof` says a review rating as social proof. A fact with no fixed
rendering is not offered to a Chinese copywriter. Split from :mod:`copilot.planner.zh` (which
re-exports these names).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Specification labels (lower-case) -> (Chinese predicate template, attribute?). An attribute is
#: said as "<product> 的<label>为 <value>", a verb phrase as "<product> <verb phrase>".
_SPEC_ZH: dict[str, str] = {
    "weight": "重量为 {v}",
    "heel-to-toe drop": "跟掌落差为 {v}",
    "waterproof rating": "防水指数为 {v}",
    "breathability": "透气指数为 {v}",
    "down fill power": "羽绒蓬松度为 {v}",
    "volume": "容量为 {v}",
    "maximum brightness": "最大亮度为 {v}",
    "water resistance": "防水等级为 {v}",
    "sleeps": "可容纳 {v}",
    "temperature rating": "温标为 {v}",
    "stack height": "鞋底堆叠高度为 {v}",
    "capacity": "容量为 {v}",
}
_VERB_SPECS = frozenset(["sleeps"])
#: Units as a Chinese reader writes them (numbers are never touched).
_UNITS_ZH = (
    (re.compile(r"\bhydrostatic head\b"), "静水压"),
    (re.compile(r"\blitres?\b|\bliters?\b"), "升"),
    (re.compile(r"\blumens?\b"), "流明"),
    (re.compile(r"\bpeople\b|\bpersons?\b"), "人"),
    (re.compile(r"(\d)-fill\b"), r"\1 蓬"),
)
#: A value code can say in Chinese: a number with a known unit, or an IP rating.
_ZH_VALUE = re.compile(
    r"IPX\d|IP\d{2}|[\d.,]+(?:\s?(?:g|kg|oz|mm|cm|m|g/m²/24h|°F|°C|升|流明|人|蓬|mm 静水压))?"
)


def _zh_value(value: str) -> str | None:
    v = value.strip().rstrip(".")
    for pattern, repl in _UNITS_ZH:
        v = pattern.sub(repl, v)
    return v if _ZH_VALUE.fullmatch(v) else None


_WARRANTY = re.compile(r"^(\d+)-year warranty against manufacturing defects\.?$", re.IGNORECASE)
_RETURNS = re.compile(r"^free returns within (\d+) days\.?$", re.IGNORECASE)
_UPF = re.compile(r"^UPF (\d+) sun protection\.?$", re.IGNORECASE)


def zh_fact_phrase(text: str) -> tuple[str, bool] | None:
    """A product fact as a Chinese predicate and whether it is an attribute (said with 的), or None
    when the fact has no fixed Chinese rendering (free-text features, materials, prices, meta text).

    ``Alder Sky (P1001) › Specifications: Weight: 330 g`` -> ``("重量为 330 g", True)``;
    ``Features: free returns within 60 days`` -> ``("支持 60 天内免费退货", False)``."""
    from copilot.knowledge.phrasing import parse_fact

    parts = parse_fact(text)
    if parts is None or parts.reviews:
        return None
    section, body = parts.section.lower(), parts.body.strip()
    if section == "specifications":
        m = re.match(r"^(?P<key>[A-Z][\w' /-]{1,40}):\s*(?P<value>.+)$", body)
        if not m:
            return None
        key, value = m.group("key").strip().lower(), m.group("value").strip()
        if key == "waterproof":
            return ("具备防水性能", False) if re.match(r"^yes\.?$", value, re.IGNORECASE) else None
        if key not in _SPEC_ZH or re.match(r"^(no|none|false|n/?a)\b", value, re.IGNORECASE):
            return None
        zh_value = _zh_value(value)
        if zh_value is None:
            return None
        return _SPEC_ZH[key].format(v=zh_value), key not in _VERB_SPECS
    if section == "warranty":
        m = _WARRANTY.match(body.split(". ")[0].strip())
        return (f"享有 {m.group(1)} 年制造缺陷质保", False) if m else None
    if section == "sizing":
        first = re.sub(r"^Size and fit:\s*", "", body).split(";")[0].split(".")[0].strip()
        return ("尺码标准", False) if re.match(r"^true to size$", first, re.IGNORECASE) else None
    if section == "features":
        table = zh_feature_phrasings()
        key = " ".join(body.lower().split()).rstrip(".")
        if key in table:
            return table[key], False
        if m := _RETURNS.match(body):
            return f"支持 {m.group(1)} 天内免费退货", False
        if m := _UPF.match(body):
            return f"具备 UPF {m.group(1)} 防晒功能", False
    return None


@lru_cache(maxsize=1)
def zh_feature_phrasings() -> dict[str, str]:
    """Chinese predicates for product features, by the feature's text (lower-case): the planner's
    ``templates/zh_phrasings.toml`` (the demo brand's features)."""
    import tomllib
    from importlib import resources

    raw = (
        resources.files("copilot.planner").joinpath("templates/zh_phrasings.toml").read_text(encoding="utf-8")
    )
    table = tomllib.loads(raw).get("features", {})
    return {" ".join(str(k).lower().split()).rstrip("."): str(v) for k, v in table.items()}


#: How the 2nd and later claim sentences about the same product open (a verb phrase, an attribute).
_LATER = (("此外，它", "此外，它的"), ("它还", "它的"))


def zh_sentence(name: str, phrase: tuple[str, bool], *, position: int = 0) -> str:
    """One claim sentence about a product: ``Alder Sky 的重量为 330 g。`` (first), then
    ``此外，它配有护趾头。`` and ``它还配有…。`` (so three facts do not all open with 此外)."""
    text, attribute = phrase
    if position == 0:
        subject = f"{name} 的" if attribute else f"{name} "
    else:
        verb, attr = _LATER[min(position, len(_LATER)) - 1]
        subject = attr if attribute else verb
    return f"{subject}{text}。"


def zh_sentence_forms(name: str, phrase: tuple[str, bool]) -> set[str]:
    """Every sentence :func:`zh_sentence` can make of the phrase (for the claims check)."""
    return {zh_sentence(name, phrase, position=i) for i in range(len(_LATER) + 1)}


def zh_claim_sentences(name: str, phrases: list[tuple[str, bool]]) -> list[str]:
    return [zh_sentence(name, p, position=i) for i, p in enumerate(phrases)]


_RATING = re.compile(r"^(?P<n>[\d,]+) reviews, average (?P<avg>\d(?:\.\d)?) of 5 stars")


def zh_review_proof(text: str) -> str | None:
    """A review rating summary as Chinese social proof (the same 20+ reviews, 4.0+ stars rule as
    :func:`copilot.knowledge.phrasing.review_proof`): ``已有 760 条评价，平均 4.3 星（满分 5 星）。``"""
    from copilot.knowledge.phrasing import parse_fact

    parts = parse_fact(text)
    if parts is None or not parts.reviews or not parts.section.lower().startswith("rating"):
        return None
    m = _RATING.match(parts.body)
    if not m:
        return None
    n, avg = int(m.group("n").replace(",", "")), float(m.group("avg"))
    if n < 20 or avg < 4.0:
        return None
    # a sentence, not a label ("33 条评价平均 4.3 星" read like a shop's rating widget after a claim sentence)
    return f"已有 {m.group('n')} 条评价，平均 {m.group('avg')} 星（满分 5 星）。"
