"""Goods named by the noun of their products' names ("sunglasses", "bivies", 墨镜): the products are promoted.

The category words (lexicon.py) name categories; a product's own noun ("Coyote Sunglasses 2", "Cascade Bivy") is not
among them, so "Push gaiters & sunglasses" and "1P tents and bivies" had said "the catalogue has no sunglasses / no
bivies" while the catalogue holds two Sunglasses and five Bivy products, and "Sunglasses promo" promoted nothing. A
plural word (any -s, -es, -ies form) whose singular is the last word of one or more product names is read as those
products; a few Chinese names are read as the English noun. Words of the categories' own names are the lexicon's;
nouns that are also people, paces or places ("runners", "approach", "sky") are never read so.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.text import Text

_WORD = re.compile(r"(?<![\w'-])(?P<w>[A-Za-z][a-z]{2,}s)(?![\w'-])")
_ZH = {"墨镜": "sunglasses", "太阳镜": "sunglasses", "太陽鏡": "sunglasses", "露宿袋": "bivy", "单人帐": "bivy"}
#: Product-name nouns that are also everyday words in a brief.
_NOT_GOODS = frozenset({"runner", "approach", "pace", "tempo", "glide", "daily", "sky", "fell", "ultra", "crew", "beam",
                        "trek", "col", "pro", "trail", "road", "ridge", "summit"})
_SUFFIX = re.compile(r"^(?:\d+\w*|pro|lt|se|gtx|\d+p)$", re.IGNORECASE)


def singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if re.search(r"(?:ss|sh|ch|x)es$", w):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _head(name: str) -> str | None:
    """The noun of a product's name: its last word that is no model suffix ("Coyote Sunglasses 2" -> sunglasses)."""
    words = [w for w in name.split() if not _SUFFIX.match(w)]
    return singular(words[-1]) if len(words) >= 2 else None


def noun_products(t: Text, cat: Catalogue, spans: list[tuple[int, int]]) -> list[str]:
    """The products each free plural noun names (their words claimed, their spans kept)."""
    pids: list[str] = []
    own = {singular(w) for slug, label in cat.categories for w in re.split(r"[\s/&-]+", f"{slug} {label}") if w}
    heads: dict[str, list[str]] = {}
    for pid, name, _c in cat.products:
        head = _head(name)
        if head is not None and head not in own and head not in _NOT_GOODS and len(head) >= 3:
            heads.setdefault(head, []).append(pid)
    if not heads:
        return pids
    found = [(m.start(), m.end(), singular(m.group("w"))) for m in _WORD.finditer(t.text)]
    for zh, en in _ZH.items():
        found += [(m.start(), m.end(), singular(en)) for m in re.finditer(zh, t.text)]
    for a, b, noun in sorted(found):
        products = heads.get(noun)
        if not products or not t.free(a, b):
            continue
        t.take(a, b)
        spans.append((a, b))
        pids.extend(p for p in products if p not in pids)
    return pids
