"""Copy-lint rule ``non_word``: English copy with a token that is no word, or a garbled ending.

"Shop now and save ouch." shipped: "ouch" is an English word, but no sentence says "save ouch" -- it is
what a small model writes when it runs out of words. Two checks, English text only (Chinese copy has
its own rules; Latin words in it are names and units):

1. **Not a word**: a token wordfreq has never seen (``zipf_frequency(w, "en") == 0``; for a hyphenated
   token, any part), unless the plan's own words use it -- the facts, the product and brand names, the
   brief (``LintContext.vocabulary``), capitals (``brand_words``), the sender's name. Numbers, codes
   (letters with digits, ALL-CAPS), URLs, e-mail addresses, hashtags, handles and ``{placeholders}``
   are no words and are skipped; a possessive or contraction is read by its stem ("request's"). The
   last word of a sentence is left to the ``truncated`` rule (a stricter threshold there).
2. **An interjection inside a sentence**: "ouch", "oops", "wow", "hmm" … right after another word with
   no punctuation between and not set off by a comma after it ("save ouch.", "shop now wow!"). An
   interjection opens a sentence or stands apart ("Ouch!", "Wow, that is light.", "and oh, the
   views"), never as the object of a verb. The list is English's common interjections
   (:data:`INTERJECTIONS`).
"""

from __future__ import annotations

import re

from copilot.planner.lint_base import LintContext, LintFinding
from copilot.planner.zh import has_cjk

#: Interjections: words that cannot follow another word inside a sentence without punctuation.
INTERJECTIONS = frozenset(
    [
        "ouch",
        "oops",
        "whoops",
        "wow",
        "whoa",
        "yay",
        "yikes",
        "ugh",
        "argh",
        "hmm",
        "hmmm",
        "huh",
        "oh",
        "ah",
        "aha",
        "aw",
        "aww",
        "uh",
        "um",
        "umm",
        "er",
        "erm",
        "eh",
        "meh",
        "oof",
        "ow",
        "phew",
        "shucks",
        "yippee",
        "hooray",
        "hurray",
        "woohoo",
        "psst",
        "jeez",
    ]
)

_SKIP = re.compile(r"\{[^}]*\}|https?://\S+|www\.\S+|\S+@\S+\.\w+|[#@]\w+")
_TOKEN = re.compile(r"(?<![\w'’-])([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])(?![\w'’-])")
_SENTENCE_FINAL = re.compile(r"\s*[.!?…]")


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


#: A possessive or a contraction on any word ("the trail's", "runners'", "shoes'll"): the stem is read.
_CLITIC = re.compile(r"(?:'s|s'|'ll|'re|'ve|'d|n't)$")


def _known(word: str, ctx: LintContext, names: set[str]) -> bool:
    low = word.lower().replace("’", "'")
    if _CLITIC.search(low) and _zipf(low) == 0:
        stem = _CLITIC.sub(lambda m: "s" if m.group(0) == "s'" else "", low)
        return not stem or _known(stem, ctx, names)
    if low in ctx.vocabulary or word in ctx.brand_words or word in names or word.isupper():
        return True
    parts = [p for p in low.split("-") if p]
    return all(p in ctx.vocabulary or _zipf(p) > 0 for p in parts) if "-" in low else _zipf(low) > 0


def non_words(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """The first non-word or garbled interjection in English ``text`` (see the module docstring)."""
    if has_cjk(text):
        return []
    clean = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    names = {w for p in ctx.products for w in p.name.split()} | set(ctx.sender_brand.split())
    for m in _TOKEN.finditer(clean):
        word = m.group(1)
        before = clean[: m.start()]
        low = word.lower()
        prev = before.split()[-1].lower() if before.split() else ""
        if (
            low in INTERJECTIONS
            and re.search(r"[A-Za-z]\s+$", before)
            and prev not in INTERJECTIONS  # "uh oh"
            and not re.match(r"\s*,", clean[m.end() :])  # "and oh, the views"
        ):
            return [
                LintFinding(
                    "non_word",
                    name,
                    " ".join([*re.split(r"[.!?]", before)[-1].split()[-3:], word]),
                    f"'{word}' after '{before.split()[-1]}' is no sentence: the copy is garbled",
                )
            ]
        if _SENTENCE_FINAL.match(clean, m.end()) or re.match(r"\s*$", clean[m.end() :]):
            continue  # the truncated rule reads the last word of a sentence
        if not _known(word, ctx, names):
            return [LintFinding("non_word", name, word, f"'{word}' is not a word")]
    return []
