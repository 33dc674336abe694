"""Product lines named by a word of their products' names: "the Sky and Fell trail shoe lines", "our Ridge, Summit
and Col packs range", "the Nimbus line". The promoted products are the catalogue's products (of the category named
between, when one is) whose names hold each word whole; the category word is then context, not a second focus
(:func:`copilot.reading.named_products.products_over_their_category`). A line word no product carries is listed
(affects product), never read as the whole category. Lines that start a product's name alone ("the Cascade
collection") are read by :func:`copilot.reading.named_products.collections` first.

Who a promoted product is for, said before its category, which the catalogue does not keep ("women's rain jackets",
女款冲锋衣, 儿童登山鞋) is listed (affects product): the plan promotes the whole category, and says so."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.product_gender import made_for
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, match_catalogue

_NAME = r"[A-Z][A-Za-z0-9'’-]+"
_LINES = re.compile(
    rf"(?P<names>{_NAME}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s*/\s*|\s+or\s+){_NAME})*)"
    r"\s+(?P<mid>(?:[A-Za-z-]+\s+){0,3}?)(?i:lines?|ranges?|famil(?:y|ies)|collections?|series|line-?ups?)(?![A-Za-z0-9_-])"
)
_MAX = 20


def product_words(t: Text, cat: Catalogue, pids: list[str], cat_spans: list[tuple[int, int]], na: list[NotApplied]) -> None:
    """The products of each line named, appended to ``pids``; an attribute before a promoted category, listed
    (see the module docs)."""
    for a, b in cat_spans:
        mod = _ATTRIBUTE_BEFORE.search(t.text[max(0, a - 12) : a])
        at = a - (len(t.text[max(0, a - 12) : a]) - mod.start()) if mod else a
        if mod and t.free(at, a):
            words, what = t.text[at:a].strip().rstrip("的"), t.text[a:b].strip()
            if (made := made_for(t, cat, words, a)) is not None:  # "women's base layers": the women's products
                na.extend(made[1:])
                pids.extend(p for p in made[0] if p not in pids)
                continue
            na.append(NotApplied(text=t.text[at:b], span=t.take(at, a), affects="product",
                                 reason=f"the catalogue does not record which {what} are {words}; copilot reads all {what}"))
    _named_lines(t, cat, pids, na)


#: Who a product is for, right before a category: the catalogue has no women's or kids' products (a size, a season or
#: "premium" before a promoted category is the category's own word, not listed: benchmark b087, b351, b454)
_ATTRIBUTE_BEFORE = re.compile(r"(?<![A-Za-z0-9'-])(?:(?:women'?s|men'?s|ladies'?|kids'?|children'?s|girls'?|boys'?|toddlers'?|youth)\s+"
                               r"|(?:女款|男款|女式|男式|女士|男士|女生|男生|女性|男性|儿童|童款|小孩|孩子|宝宝|婴儿|青少年)的?"
                               # a material claim the catalogue does not record (set 20: "our PFC-free shells")
                               r"|(?:PFC|PFAS|fluorine|fluorocarbon|PVC|BPA)-free\s+|(?:recycled|vegan|bluesign|organic)\s+|(?:无氟|环保材质)的?)$", re.IGNORECASE)


def _named_lines(t: Text, cat: Catalogue, pids: list[str], na: list[NotApplied]) -> None:
    every = [slug for slug, _label in cat.categories]
    for m in _LINES.finditer(t.text):
        names = [n for n in re.split(r"\s*(?:,|&|/|\band\b|\bor\b)\s*", m.group("names")) if n]
        if not names or not t.free(m.start("names"), m.end("names")):
            continue
        mid = m.group("mid").strip()
        hit = match_catalogue(t.text, m.start("mid"), cat) if mid else None
        slugs = hit[0] if hit and hit[0] else every
        found = {name: _carrying(cat, name, slugs) for name in names}
        if not any(found.values()) or sum(len(v) for v in found.values()) > _MAX:
            continue  # no line of the catalogue (a lone capitalised word), or a word in too many names to be a line
        t.take(m.start("names"), m.end())
        for name, products in found.items():
            pids.extend(p for p in products if p not in pids)
            if not products:
                at = m.start("names") + m.group("names").index(name)
                na.append(NotApplied(text=name, span=t.span(at, at + len(name)), affects="product",
                                     reason=f"no product in the catalogue is named {name}; the plan promotes the other lines named"))


_NOT_LINES = frozenset({"the", "our", "new", "all", "any", "a", "an", "this", "that", "these", "those", "spring", "summer",
                        "fall", "autumn", "winter", "holiday", "classic", "core", "whole", "entire", "full", "product", "products"})


def _carrying(cat: Catalogue, name: str, slugs: list[str]) -> list[str]:
    """The products of ``slugs`` whose names hold ``name`` as a whole word; none for an article, a season or a word of
    the categories' own names ("Trail" in trail shoes names no line)."""
    own = {w.lower().rstrip("s") for slug, label in cat.categories if slug in slugs for w in re.split(r"[\s/&-]+", f"{slug} {label}") if w}
    if name.lower() in _NOT_LINES or name.lower().rstrip("s") in own:
        return []
    said = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)
    return [pid for pid, pname, c in cat.products if c in slugs and said.search(pname)]
