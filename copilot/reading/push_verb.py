"""'push' as a verb that promotes goods ("can we push the Talus hiking boots", "could we push headlamps to lapsed
buyers"): the goods are the promoted product, never push consent nor the push channel (end-user probe class 3).
Only the channel's own words ("send a push", "push notifications", "via push", "push opt-ins", 推送) name push."""

from __future__ import annotations

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue

_OBJECT = re.compile(r"\s+(?:(?:the|our|these|those|this|that|some|more|a|an|all|new|hard|harder|really)\s+)*"
                     r"(?P<goods>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?=\s*(?:$|[,.;:!?)]|\s(?:to|for|this|next|in|on|via|by|with|and|harder|hard)\b))",
                     re.IGNORECASE)
_CACHE: dict[int, re.Pattern[str]] = {}


def _goods(cat: Catalogue) -> re.Pattern[str]:
    rx = _CACHE.get(id(cat))
    if rx is None:
        words = [w for ws in lx.CATEGORY_WORDS.values() for w in ws if w.isascii()]
        words += [re.escape(label) for _, label in cat.categories] + [re.escape(slug.replace("-", " ")) for slug, _ in cat.categories]
        words += [re.escape(name) for _, name, _ in cat.products] + [re.escape(name.split()[0]) for _, name, _ in cat.products if name.split()]
        rx = re.compile(r"\b(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
        _CACHE[id(cat)] = rx
    return rx


def pushes_goods(text: str, end: int, cat: Catalogue) -> bool:
    """Whether the 'push' ending at ``end`` takes goods the catalogue knows as its object ("push the tents")."""
    m = _OBJECT.match(text, end)
    return bool(m and _goods(cat).search(m.group("goods")))
