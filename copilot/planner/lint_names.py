"""Copy-lint rule ``product_name_cut``: a line naming only the leading part of a catalogue product's name.

"Time to explore new trails with Switchback Trek Poles or Coyote?" names two products by halves (the
catalogue's are Switchback Trek Poles 3 and Coyote Carbon Poles); "Still want to run on Saddle Trail GT?"
cuts Saddle Trail GTX mid-word. A shopper cannot find "Coyote" in the store.

A *head* of a name is its first k whole words (k < all) or its first words and the start of the next
("Saddle Trail GT"). The copy's full product names are masked first (longest first, so "Saddle Trail
GTX Pro" and "Saddle Trail GTX" are both whole), then each head is looked up as written (capitalised
as in the catalogue) between word boundaries. Which heads are distinctive enough to be a cut name:

* a head of two or more words, or one that cuts a word ("Saddle Trail GT", "Osprey Ridge"): always;
* a one-word head ("Coyote", "Summit"): common words begin product names ("Summit", "Glacier",
  "Saddle"), so only when the capital cannot be grammar -- inside a sentence of text that is not Title
  Case, not followed by another capitalised word (a longer proper noun: "Sierra Nevada", "Summit
  County") -- or when it is a sentence by itself ("Coyote?"), or when the word is no English word at
  all (wordfreq zipf 0: "Wildfern"), or in Chinese copy (no capitals there: "试试Coyote吧").

Lower-case words ("trail", "rain", "summit") never match: catalogue names are capitalised.
Limitation: the context lists the plan's catalogue rows (featured and recommended products), so a
whole name of a product outside them whose longer sibling is listed reads as cut.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.planner.lint_base import LintContext, LintFinding, Product
from copilot.planner.zh import NOT_AFTER_WORD, NOT_BEFORE_WORD, has_cjk

#: word boundaries where CJK characters count as boundaries ("试试Coyote吧")
_BOUND_AFTER = f"(?!-){NOT_BEFORE_WORD}"
_BOUND_BEFORE = f"(?<!-){NOT_AFTER_WORD}"
#: the previous non-space characters of a sentence start: nothing, or an end mark / line break
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？:：\n\"“(])\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@lru_cache(maxsize=64)
def _heads(names: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[list[str], bool]]]:
    """One pattern matching every head of every name (longest first) and, by head, ``(the full names it
    begins, one_word)``; heads that are themselves a full name are left out."""
    full = set(names)
    out: dict[str, tuple[list[str], bool]] = {}
    for name in sorted(names, key=lambda n: (len(n), n)):
        words = name.split()
        for k in range(1, len(words)):
            out.setdefault(" ".join(words[:k]), ([], k == 1))[0].append(name)
        for k in range(2, len(words) + 1):  # the start of word k ("Saddle Trail GT")
            for cut in range(len(words[k - 1]) - 1, 0, -1):
                out.setdefault(" ".join([*words[: k - 1], words[k - 1][:cut]]), ([], False))[0].append(name)
    heads = {h: v for h, v in out.items() if h not in full}
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"{_BOUND_BEFORE}(?:{alternation or '(?!)'}){_BOUND_AFTER}"), heads


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"{_BOUND_BEFORE}(?:{alternation or '(?!)'}){_BOUND_AFTER}", re.IGNORECASE)


def _masked(text: str, products: tuple[Product, ...]) -> str:
    """``text`` with every full product name blanked out (same length, so offsets stay)."""
    return _names_pattern(tuple(p.name for p in products)).sub(lambda m: " " * len(m.group(0)), text)


def _title_case(text: str) -> bool:
    """Most longer words capitalised (a Title Case subject line)."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _grammatical_capital(text: str, start: int, end: int) -> bool:
    """True when the capital of the word at ``text[start:end]`` may be grammar or part of another proper
    noun: a sentence start (unless the word is the whole sentence: "Coyote?"), Title Case text, or a
    capitalised word right after it."""
    if _SENTENCE_START.search(text[:start]):
        return not re.match(r"\s*(?:[?!.]|$)", text[end:])
    if _title_case(text):
        return True
    return bool(re.match(r"\s+[A-Z]", text[end:]))


def name_cut(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """The first head of a product name that ``text`` uses as if it were the name (see the module
    docstring)."""
    if not ctx.products or not re.search(r"[A-Z]", text):
        return []
    masked = _masked(text, ctx.products)
    zh = has_cjk(text)
    brand = set(ctx.sender_brand.split()) | set(ctx.brand_words)
    pattern, heads = _heads(tuple(p.name for p in ctx.products))
    for m in pattern.finditer(masked):
        head = m.group(0)
        names, one_word = heads[head]
        if head in brand:
            continue
        if one_word and not zh and _zipf(head) > 0 and _grammatical_capital(masked, m.start(), m.end()):
            continue
        return [
            LintFinding(
                "product_name_cut",
                name,
                head,
                f"'{head}' is only the start of a product name ({', '.join(dict.fromkeys(names[:3]))}"
                f"{', …' if len(set(names)) > 3 else ''}): name the product in full, or not at all",
            )
        ]
    return []
