"""A product named by a proper name before its category word ("the Zephyr X tent", "our new Ridgeline 9
tent", 新款越野跑鞋 Alder Sky): the catalogue's product when the name starts exactly one of its products
of that category ("the Cirrus tent" is the Cirrus Tent 3P); said under Not applied when the catalogue has
none ("the catalogue has no product called Zephyr X"), so a plan for a product the brand does not list is
never a silent plan for the whole category.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_WORD = r"(?:[A-Z][A-Za-z0-9'’-]*|\d+[A-Za-z]{0,2})"
_NAME_BEFORE = re.compile(rf"(?<![A-Za-z0-9_-])({_WORD}(?:\s+{_WORD}){{0,3}})\s*$")
_NAME_AFTER = re.compile(rf"\s*({_WORD}(?:\s+{_WORD}){{0,3}})(?![A-Za-z0-9_-])")
#: Capitalised words that are not names: the reader's own vocabulary and words that start a sentence.
_NOT_NAMES = {"the", "our", "new", "a", "an", "all", "any", "launch", "promote", "introduce", "email", "sms", "push",
              "send", "text", "feature", "featuring", "for", "to", "and", "or", "with", "plan", "campaign", "sale",
              "clearance", "black", "friday", "cyber", "monday", "christmas", "day", "prime", "vip", "vips", "q1", "q2",
              "q3", "q4", "us", "usd", "eur", "gbp", "cny", "rmb", "edm", "app", "ab", "a/b", "mother's", "father's",
              "memorial", "labor", "labour", "singles'", "spring", "summer", "fall", "autumn", "winter", "win", "back",
              "cross-sell", "upsell", "re-engage", "north", "south", "east", "west", "midwest", "northeast", "mountain",
              "hiking", "trail", "road", "running", "rain", "down", "merino", "waterproof", "lightweight", "ultralight",
              "kids", "womens", "mens", "women's", "men's",
              # days and months start dates, never product names ("Launch Thursday 3/19")
              "tuesday", "wednesday", "thursday", "saturday", "sunday", "today", "tomorrow", "tonight", "next", "this",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}  # fmt: skip


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return frozenset({w.lower() for w in _NOT_NAMES} | {k.lower() for k in lx.RFM_SEGMENT_WORDS})


#: Marketing acronyms written in capitals like a product name.
_ACRONYMS = frozenset({"ctr", "ctrs", "roi", "roas", "aov", "gmv", "kpi", "kpis", "cvr", "ltv", "clv", "cac", "crm", "rfm", "sms", "edm",
                       "q1", "q2", "q3", "q4", "yoy", "mom", "wow", "ytd", "qtd", "mtd", "eofy", "cny", "bfcm", "vip", "vips"})


def _is_name(words: list[str]) -> bool:
    """A proper name: no word of the reader's vocabulary, no lower-case part ("Cross-sel" is a typo at the
    start of a sentence), and one word that is not common English or a number."""
    vocab = _vocabulary()
    if any(w.lower().strip("'’s") in _ACRONYMS for w in words):
        return False  # "push CTR for Q3": a metric, not a product
    if any(w.lower() in vocab or re.search(r"-[a-z]", w) for w in words) or not any(w[0].isupper() for w in words):
        return False  # ("2027 tent": a year, not a name)
    return any(any(c.isdigit() for c in w) or zipf_frequency(w.lower(), "en") < 3.5 for w in words)


def named_products(t: Text, cat: Catalogue, cat_spans: list[tuple[int, int, list[str]]], pids: list[str],
                   na: list[NotApplied]) -> None:
    """For each category word read, a proper name right before it (or, in Chinese, right after it)."""
    text = t.text
    for a, b, slugs in cat_spans:
        before = _NAME_BEFORE.search(text[max(0, a - 60) : a])
        after = _NAME_AFTER.match(text, b) if re.search(r"[\u4e00-\u9fff]", text[a:b]) else None
        if before:
            start, end = a - (len(text[max(0, a - 60) : a]) - before.start(1)), a - (len(text[max(0, a - 60) : a]) - before.end(1))
        elif after:
            start, end = after.start(1), after.end(1)
        else:
            continue
        words = text[start:end].split()
        line = product_line(cat, words, slugs) if t.free(start, end) else []
        while words and words[0].lower() in _vocabulary() and not line:  # "Launch Zephyr X": the verb is not the name
            start = text.index(words[1], start) if len(words) > 1 else end
            words = words[1:]
            line = product_line(cat, words, slugs) if t.free(start, end) else []
        if not words or not t.free(start, end) or not (line or _is_name(words)):
            continue
        name = " ".join(words)
        same = [pid for pid, pname, c in cat.products if c in slugs and pname.lower().startswith(name.lower() + " ")]
        same = same or line  # "the new Night Runner headlamp", "the Sky trail shoes": the products of that line
        if 0 < len(same) <= _MAX_COLLECTION:
            pids.extend(pid for pid in same if pid not in pids)
            t.take(start, end)
            continue
        if same:
            continue  # a name of many products: the category stands
        na.append(NotApplied(text=text[start:b] if start < a else text[a:end], span=t.take(start, end), affects="product",
                             reason=f"the catalogue has no product called {name}; the plan can only promote the "
                                    f"{' and '.join(s.replace('-', ' ') for s in slugs)} it lists"))


def product_line(cat: Catalogue, words: list[str], slugs: list[str]) -> list[str]:
    """The products of ``slugs`` whose names hold ``words`` whole ("Night Runner" in the Fernwood Night Runner,
    "Merino Crew" in the Talus Merino Crew, "Tent 2P"): a product line or a partial name, when the words are
    written capitalised and one of them is no word of the reader's own vocabulary ("Waterproof" or "Road" alone
    names no line)."""
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return []
    vocab = _vocabulary()
    if all(w.lower() in vocab or w.lower() in _category_words(cat, slugs) for w in words):
        return []
    said = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)
    return [pid for pid, pname, c in cat.products if c in slugs and said.search(pname)]


def _category_words(cat: Catalogue, slugs: list[str]) -> set[str]:
    """The words of these categories' own names (tents, trail, running, shoes)."""
    out: set[str] = set()
    for slug, label in cat.categories:
        if slug in slugs:
            out.update(w.lower() for w in re.split(r"[\s/&-]+", f"{slug} {label}") if w)
            out.update(w.lower().rstrip("s") for w in re.split(r"[\s/&-]+", f"{slug} {label}") if w)
    return out


_LAUNCH_NAME = re.compile(
    rf"\b(?i:launch(?:ing)?|introduc(?:e|ing)|promot(?:e|ing)|unveil(?:ing)?|featur(?:e|ing)|push(?:ing)?|announc(?:e|ing))\s+"
    rf"(?i:the\s+|our\s+)?(?i:(?:new|all-new|latest|upcoming)\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})(?![A-Za-z0-9_-])"
    r"|(?:推广|主推|上新|首发|发布|推出)(?:新款|新品)?\s*(?P<zname>[A-Z][A-Za-z0-9'’-]*(?:\s+[A-Z0-9][A-Za-z0-9'’-]*){0,3})")


def near_name(name: str, cat: Catalogue) -> list[tuple[str, str]]:
    """The catalogue products whose full name is ``name`` with one word a single slip away (a letter left out,
    added, changed or two swapped), when that word is a real word the spelling pass keeps ("Trial" for "Trail")."""
    from copilot.reading.spelling import edits1

    words = name.lower().split()
    out = []
    for pid, pname, _c in cat.products:
        theirs = pname.lower().split()
        if len(theirs) != len(words):
            continue
        diff = [(a, b) for a, b in zip(words, theirs, strict=True) if a != b]
        if len(diff) == 1 and len(diff[0][1]) >= 4 and diff[0][1] in edits1(diff[0][0]):
            out.append((pid, pname))
    return out


def unknown_launch_names(t: Text, cat: Catalogue, pids: list[str], na: list[NotApplied]) -> None:
    """"Launch the Zephyr X to hikers", 推广新款 Zephyr X: a proper name after a launch verb is the product
    it starts when there is one; the name of several ("the Cirrus") or of none is said, not planned as
    nothing in particular."""
    for m in _LAUNCH_NAME.finditer(t.text):
        g = "name" if m.group("name") else "zname"
        start, end = m.start(g), m.end(g)
        words = m.group(g).split()
        if not t.free(start, end) or not _is_name(words):
            continue
        name = " ".join(words)
        same = [(pid, pname) for pid, pname, _c in cat.products if pname.lower().startswith(name.lower() + " ")]
        same = same or near_name(name, cat)  # "the Alder Trial 2": one word a slip away from the Alder Trail 2
        if len(same) == 1:
            if same[0][0] not in pids:
                pids.append(same[0][0])
            t.take(start, end)
            continue
        if same:
            shown = ", ".join(p for _, p in same[:5]) + (", …" if len(same) > 5 else "")
            reason = f"{name} is {len(same)} products ({shown}); name the one to promote"
        else:
            reason = f"the catalogue has no product called {name}"
        na.append(NotApplied(text=name, span=t.take(start, end), affects="product", reason=reason))


_COLLECTION = re.compile(rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?i:collection|range|line(?:-?up)?|family|series)(?![A-Za-z0-9_-])")
#: More products than this under one name are asked about, not all promoted.
_MAX_COLLECTION = 12


def collections(t: Text, cat: Catalogue, pids: list[str], na: list[NotApplied]) -> None:
    """"the new Cascade collection", "our Ridgeline range": every product whose name starts with that
    name; a name no product has is said, not planned as nothing in particular."""
    for m in _COLLECTION.finditer(t.text):
        start, end = m.start("name"), m.end()
        words = m.group("name").split()
        while words and words[0].lower() in _vocabulary():  # "the new Cascade": the article is not the name
            start = t.text.index(words[1], start) if len(words) > 1 else m.end("name")
            words = words[1:]
        if not words or not t.free(start, end) or not _is_name(words):
            continue
        _one_collection(t, cat, pids, na, start, end, " ".join(words))
    for m in _LOWER_COLLECTION.finditer(t.text):  # typed in lower case: "the ridgeline range", "what's in the juniper line?"
        name = m.group("name")
        if t.free(m.start("name"), m.end()) and name.lower() in _first_words(cat):
            _one_collection(t, cat, pids, na, m.start("name"), m.end(), name)


_LOWER_COLLECTION = re.compile(r"(?<![\w-])(?P<name>[a-z][a-z'’-]+)\s+(?:collection|range|line(?:-?up)?|family|series)(?![A-Za-z0-9_-])")


def _first_words(cat: Catalogue) -> set[str]:
    """The first words of the catalogue's product names that are no common word (Ridgeline, Juniper, Cascade)."""
    vocab = _vocabulary()
    return {w for _pid, pname, _c in cat.products if (w := pname.split()[0].lower()) not in vocab and len(w) > 3}


def _one_collection(t: Text, cat: Catalogue, pids: list[str], na: list[NotApplied], start: int, end: int, name: str) -> None:
    """Every product whose name starts with ``name``, or a Not-applied entry when there are none or too many."""
    same = [pid for pid, pname, _c in cat.products if pname.lower().startswith(name.lower() + " ") or pname.lower() == name.lower()]
    if 0 < len(same) <= _MAX_COLLECTION:
        pids.extend(pid for pid in same if pid not in pids)
        t.take(start, end)
        return
    reason = (f"{name} is {len(same)} products; name the ones to promote" if same
              else f"the catalogue has no product called {name}")
    na.append(NotApplied(text=t.text[start:end], span=t.take(start, end), affects="product", reason=reason))


_EXAMPLES = re.compile(r"\b(?:esp\.?|especially|e\.g\.|such as|in particular|particularly|including|notably)\s|尤其是|比如|例如|特别是|包括", re.IGNORECASE)
_WHOLE_CATEGORY = re.compile(r"(?:\b(?:other|all|all (?:our|the)|the whole|whole|every|any|more|the rest of (?:our|the)|rest of)\s+|其他|其它|所有|全部|全场|整个)$", re.IGNORECASE)


def products_over_their_category(text: str, cat: Catalogue, pids: list[str], slugs: list[str],
                                  named: list[tuple[int, int, list[str]]]) -> None:
    """"Overstock on poles: clear out the Ember Alloy Poles SE and the Cairn Alloy Poles", "Tent launch (Timberline
    Tent 1P)": the named products are what is promoted, their category word is the context. The category stays
    when the products are its examples ("headlamps (esp. the Larch Beam)") or the whole of it is meant ("the
    Cascade Beam and all other headlamps")."""
    if not pids or _EXAMPLES.search(text):
        return
    theirs = {cat.product_category(pid) for pid in pids}
    for a, _b, sl in named:
        if any(s in theirs for s in sl) and all(s in slugs for s in sl) and not _WHOLE_CATEGORY.search(text[max(0, a - 24) : a]):
            for s in sl:  # a word for several categories (鞋 = every kind of shoe) names the product's too
                slugs.remove(s)
