"""Typos in a request, corrected toward the reader's own vocabulary before the rules run.

Marketers type fast ("winback lapsd custmers, emial onyl, budjet $3k"). A word that is not English
(its Zipf frequency in ``wordfreq``, which ships its word lists, is below 2) and is one edit away
(a letter deleted, inserted, replaced or two swapped) from a word the reader knows -- the words of
its own patterns, the catalogue's product and category names -- is read as that word. Only words of
four letters or more, never a word of the catalogue, never to a word outside that vocabulary (so
"optin" is not turned into "option"). The reading keeps the text as typed: every span is mapped
back to the original characters (:func:`restore_spans`). Chinese slips of the input method (短心 for
短信) are corrected first, by :mod:`copilot.reading.spelling_zh`.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import Span

#: Marketers' shorthand, read as the word it stands for ("bought tents in the lst 6 months").
_SHORTHAND = {"lst": "last", "mny": "many", "cust": "customers", "custs": "customers", "ppl": "people", "mths": "months",
              "mnths": "months", "msg": "message", "msgs": "messages", "w/o": "without", "b4": "before", "wo": "without",
              # misspellings common enough for wordfreq to list them (so the frequency rule keeps them)
              "recieved": "received", "recieve": "receive", "recieving": "receiving", "calender": "calendar",
              "untill": "until", "adresses": "addresses", "adress": "address",
              # non-native past forms ("customers which buyed more than 3 times")
              "buyed": "bought", "boughted": "bought", "buyied": "bought",
              # chat shorthand (set 12 decision 150, set 11's Slack messages)
              "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "2moro": "tomorrow", "tomoz": "tomorrow",
              "peeps": "people", "thru": "through", "eow": "Friday", "eom": "end of the month",
              # weekday shorthand ("go next tues", "by thurs")
              "tue": "Tuesday", "tues": "Tuesday", "weds": "Wednesday", "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday"}
_WORD = re.compile(r"[A-Za-z]{4,}|(?<![\w/])(?:lst|mny|custs?|ppl|mths|mnths|msgs?|w/o|b4|tmrw?|tmrrw|2moro|eow|eom|tue|thu)(?![\w/])", re.IGNORECASE)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Every module of the reader but the typo correctors themselves: their string constants are its vocabulary
#: (a module split or added keeps its words in it).
_SOURCES = tuple(sorted(f.name for f in resources.files("copilot.reading").iterdir()
                        if f.name.endswith(".py") and f.name not in ("__init__.py", "spelling.py", "spelling_zh.py", "regex.py")))
#: Real words typed for another, read from what follows: "trial running shoes" are trail running shoes.
_CONFUSIONS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("trial", re.compile(r"\s+(?:run\w*|shoes?)\b", re.I), "trail"),
    ("then", re.compile(r"\s+(?:[$€£¥]?\s?\d|one|two|three|five|ten|twenty)", re.I), "than"),  # "deeper then 10%" (after a comparison only)
    # a phone's autocorrect (set 13 decision 165): "lapses customers", "tense and sleeping bags", "bass layers", "budge $800"
    ("lapses", re.compile(r"\s+(?:customers|buyers|users|members|shoppers|clients|hikers|runners|campers|subscribers|folks|people)\b", re.I), "lapsed"),
    ("tense", re.compile(r"\s*(?:(?:and|or|&|,|\+|/)\s*(?:sleeping|sleep\s*bags?|pads?|tarps?|hammocks?|stoves?)|\s+(?:that|which)?\s*sleep\s+\d|\s+(?:sleep|for\s+\d)\b)", re.I), "tents"),
    ("bass", re.compile(r"\s+layers?\b", re.I), "base"),
    ("budge", re.compile(r"\s*(?::|is|of)?\s*[$€£¥]?\s?\d", re.I), "budget"),
)
#: The same, read from what comes before: "trekking holes", "free shopping on sleeping bags", "Hibernating + Lots".
_CONFUSIONS_AFTER: tuple[tuple[str, re.Pattern[str], str, re.Pattern[str] | None], ...] = (
    ("holes", re.compile(r"\btrekking\s+$|\bhiking\s+$", re.I), "poles", None),
    ("shopping", re.compile(r"\bfree\s+$", re.I), "shipping",
     re.compile(r"\s+(?:bags?|centers?|centres?|malls?|spree|lists?|carts?|experience|trips?)\b", re.I)),  # "a free shopping bag"
    ("lots", re.compile(r"\b(?:hibernating|at risk|champions|loyal|about to sleep|need attention)\s*(?:\+|&|and|or|,|/)\s*$", re.I), "Lost", None),
)
#: A comparison right before "then" ("no discount deeper then 10%", "more then 3 orders"): the confusion applies
_COMPARED_BEFORE = re.compile(r"\b(?:\w+er|more|less|fewer|other|rather)\s+$", re.I)
#: An edit: (start, end) in the typed text, (start, end) in the corrected text.
Edit = tuple[int, int, int, int]


@lru_cache(maxsize=1)
def _pattern_words() -> frozenset[str]:
    """Every word of four letters or more in the reader's own patterns and examples."""
    words: set[str] = set()
    for name in _SOURCES:
        for literal in module_literals(name):
            words.update(w.lower() for w in re.findall(r"(?<![\\?])\b[A-Za-z]{4,}\b", literal))
    return frozenset(words)


@lru_cache(maxsize=32)
def module_literals(name: str) -> tuple[str, ...]:
    """The string constants of one of the reader's modules (``name``: its file name), parsed once."""
    source = resources.files("copilot.reading").joinpath(name).read_text(encoding="utf-8")
    return tuple(_string_literals(source))


def _string_literals(source: str) -> list[str]:
    """The string constants of a module, without docstrings and comments (which quote typos as examples)."""
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def _vocabulary(cat: Catalogue) -> tuple[frozenset[str], frozenset[str]]:
    """(targets a typo may become, words never corrected)."""
    names = {w.lower() for _, label in cat.categories for w in re.findall(r"[A-Za-z]+", label)}
    names |= {w.lower() for slug, _ in cat.categories for w in slug.split("-")}
    names |= {w.lower() for _, name, _ in cat.products for w in re.findall(r"[A-Za-z]+", name)}
    return _pattern_words() | names, frozenset(names)


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts


#: Full-width digits, letters, % and $ (typed with a Chinese input method): their ASCII forms, one character each.
_FULLWIDTH = {c: c - 0xFEE0 for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05, 0xFF04, 0xFF0B)} | {0xFFE5: 0xA5}
_WIDE_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
#: A decimal comma in a percentage ("12,5 %", "7,5% off"): a point.
_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d{1,2}),(\d)(?=\s?%)")


def normalise_forms(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with full-width characters in ASCII and decimal commas in percentages as points (same length),
    and the ranges changed."""
    fixed = text.translate(_FULLWIDTH)
    fixed = _DECIMAL_COMMA.sub(r"\1.\2", fixed)
    fixed = _WIDE_THOUSANDS.sub(",", fixed)  # ¥８，０００: a full-width comma between digits is a thousands separator
    changed = [(i, i + 1) for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b]
    return fixed, changed


def correct(text: str, cat: Catalogue) -> tuple[str, list[Edit]]:
    """``text`` with typos corrected (see the module docs), and the edits made."""
    from wordfreq import zipf_frequency

    from copilot.reading.spelling_zh import correct_zh

    text, forms = normalise_forms(text)  # same length: ２万元 -> 2万元, "12,5 %" -> "12.5 %"
    text, zh_fixed = correct_zh(text)  # same length: the typed text's positions still hold
    zh_fixed = sorted([*forms, *zh_fixed])
    targets, keep = _vocabulary(cat)
    out: list[str] = []
    edits: list[Edit] = []
    pos = shift = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        confusion = _SHORTHAND.get(low) or next(
            (fix for wrong, rx, fix in _CONFUSIONS if low == wrong and rx.match(text, m.end())
             and (wrong != "then" or _COMPARED_BEFORE.search(text[max(0, m.start() - 20) : m.start()]))), None) or next(
            (fix for wrong, rx, fix, unless in _CONFUSIONS_AFTER if low == wrong and rx.search(text[max(0, m.start() - 30) : m.start()])
             and not (unless and unless.match(text, m.end()))), None)
        if confusion is not None:
            fixed = confusion.capitalize() if word[0].isupper() else confusion
            out.append(text[pos : m.start()])
            out.append(fixed)
            new_start = m.start() + shift
            edits.append((m.start(), m.end(), new_start, new_start + len(fixed)))
            shift += len(fixed) - len(word)
            pos = m.end()
            continue
        if low in targets or low in keep or zipf_frequency(low, "en") >= 2.0:
            continue
        candidates = [c for c in edits1(low) if c in targets]
        if not candidates and len(low) >= 5:  # two letters left out: "discnt", "custmrs"
            candidates = [c for c in targets if len(c) == len(low) + 2 and c[0] == low[0] and _subsequence(low, c)]
        if not candidates:
            continue
        # a left-out letter is the commonest slip ("lapsd" is "lapsed", not "lapse"), then the commoner word
        best = max(candidates, key=lambda c: (len(c) > len(low), zipf_frequency(c, "en"), c))
        fixed = best.capitalize() if word[0].isupper() else best
        out.append(text[pos : m.start()])
        out.append(fixed)
        new_start = m.start() + shift
        edits.append((m.start(), m.end(), new_start, new_start + len(fixed)))
        shift += len(fixed) - len(word)
        pos = m.end()
    if edits:
        out.append(text[pos:])
        text = "".join(out)
    return text, _merge(edits, zh_fixed)


def _merge(edits: list[Edit], same_length: list[tuple[int, int]]) -> list[Edit]:
    """The word edits and the same-length character fixes, as one list of edits in text order."""
    if not same_length:
        return edits
    merged = list(edits)
    for a, b in same_length:
        shift = sum(nb - na - (eb - ea) for ea, eb, na, nb in edits if eb <= a)
        merged.append((a, b, a + shift, b + shift))
    return sorted(merged)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def _to_original(p: int, edits: list[Edit], *, end: bool) -> int:
    """A position in the corrected text, in the typed text (inside a corrected word: its start or end)."""
    shift = 0
    for a, b, na, nb in edits:
        if p < na or (end and p == na):
            break
        if p < nb or (end and p == nb):
            return b if end else a
        shift = b - nb
    return p + shift


def restore_spans(obj: Any, original: str, edits: list[Edit]) -> Any:
    """Every :class:`Span` inside ``obj`` (a reading, recursively) pointed back at the typed text."""
    if isinstance(obj, Span):
        start = _to_original(obj.start, edits, end=False)
        stop = max(start, _to_original(obj.end, edits, end=True))
        return Span(start=start, end=stop, text=original[start:stop][:400])
    if isinstance(obj, BaseModel):
        old_span = getattr(obj, "span", None)
        quoted = isinstance(old_span, Span) and getattr(obj, "text", None) == old_span.text
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            new = restore_spans(value, original, edits)
            if new is not value:
                object.__setattr__(obj, name, new)
        if quoted:  # a Not-applied clause quotes its span: quote the words as typed
            object.__setattr__(obj, "text", obj.span.text)  # type: ignore[attr-defined]
        return obj
    if isinstance(obj, list):
        items = [restore_spans(v, original, edits) for v in obj]
        return items if any(a is not b for a, b in zip(items, obj, strict=True)) else obj
    return obj
