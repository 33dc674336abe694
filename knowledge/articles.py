"""Articles in a phrasing's prepositional objects: "has a whistle on sternum strap" -> "has a whistle on
the sternum strap", "has a loop for ice axe" -> "has a loop for an ice axe".

Product documents write features in catalogue shorthand, without articles; a phrasing pasted into copy
keeps the shorthand (seen, issue #12: "has a whistle on sternum strap"). A singular count noun after a
preposition takes "the" after a preposition of place (a part of the product: "on the heel", "in the
lid") and "a"/"an" after "with" or "for" ("a hood with a drawcord"). Left as written: an object with a
determiner, number or capital ("for its weight", "with 2 pockets", "for iPhone"), a plural, a gerund or
a mass noun ("for mud and loose ground", "grips on wet rock", "lock mode for travel"), an idiom ("at
night", "in use"), and "with"/"for" after a participle or verb ("made with recycled nylon", "designed for
trail running"). The words are the fact's: only articles are added, so the claims check reads it the same.
"""

from __future__ import annotations

import re

__all__ = ["with_articles"]

def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PLACE = _set(
    "on in inside under behind beneath underneath along around across over into onto at near above below "
    "through within"
)
_WITH_FOR = frozenset(("with", "for"))
#: Words that end an object (the next preposition or a conjunction) or start one that needs no article.
_STOP = _set(
    "a an the your its their his her our my each every both any one two three this that these those all no "
    "some more less most many much extra either other another such and or but nor that which who so than "
    "to of from by as per via plus when while after before until"
) | _PLACE | _WITH_FOR
_MASS = _set(
    """
    travel use storage rain snow mud ice water wind weather terrain ground rock gravel sand scree dirt debris
    dust sweat moisture odour odor heat cold sun light night day daylight winter summer spring autumn fall
    comfort warmth support protection ventilation cushioning traction grip insulation stability durability
    visibility breathability speed distance training everyday camp trail road pavement tarmac skin hand foot
    motion place time demand top rest stock transit altitude load impact style ease life sale mesh nylon
    polyester fleece wool merino cotton down leather suede rubber foam gel silicone aluminium aluminum carbon
    steel titanium plastic elastic elastane spandex lycra canvas ripstop webbing padding lining trim stitching
    fabric material synthetic polyurethane eva tpu bamboo hemp cork silk denim noise weight air airflow
    hydration nutrition food gear equipment luggage clothing apparel footwear power energy music safety
    security weatherproofing waterproofing wear abrasion uv
    """
)
_MASS_ENDINGS = ("ing", "tion", "sion", "ity", "ness", "ment", "ance", "ence")
#: Words before "with" / "for" that make it part of a verb ("made with", "come with"), not of a noun.
_VERBISH = _set("is are be made built sewn knit come have fit work pair")
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")
_AN_EXCEPT = re.compile(r"^(?:uni|use|usa|usb|uti|uk|eu|one|ewe)")
_AN_H = re.compile(r"^(?:hour|honest|heir|honou?r)")


def _indefinite(word: str) -> str:
    w = word.lower()
    if _AN_H.match(w) or (w[0] in "aeiou" and not _AN_EXCEPT.match(w)):
        return "an"
    return "a"


def _object(words: list[str], start: int) -> tuple[int, str] | None:
    """The end (exclusive) of the bare noun phrase at ``start`` and its head, or None for one that takes
    no article: at most three lower-case words, up to the next preposition, conjunction or comma."""
    end = start
    while end < len(words) and end - start < 4:
        core = words[end].rstrip(".,;:!?")
        if not _WORD.match(core) or core in _STOP:
            break
        end += 1
        if core != words[end - 1]:  # punctuation ends it
            break
    if end == start or end - start > 3:
        return None
    if end < len(words) and words[end - 1][-1:] not in ".,;:!?":
        nxt = words[end].rstrip(".,;:!?")
        if not (nxt in _STOP or not nxt):
            return None  # a capital or a number runs on: not a plain noun phrase
    head = words[end - 1].rstrip(".,;:!?")
    if head.endswith("s") or head in _MASS or head.endswith(_MASS_ENDINGS):
        return None
    return end, head


def with_articles(phrase: str) -> str:
    """``phrase`` with "the" / "a" / "an" before each bare singular count noun after a preposition."""
    if not phrase:
        return phrase
    words = phrase.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        out.append(word)
        prep = word.lower()
        i += 1
        if (prep not in _PLACE and prep not in _WITH_FOR) or i >= len(words):
            continue
        prev = out[-2].lower() if len(out) > 1 else ""
        if prep in _WITH_FOR and (prev.endswith("ed") or (prev.endswith("s") and not prev.endswith("ss"))
                                  or prev in _VERBISH):
            continue  # "made with …", "comes with …", "designed for …", "works with …"
        if prep in ("at", "in", "on", "into", "onto") and prev in ("is", "are"):
            continue  # a state, not a place ("is in stock")
        found = _object(words, i)
        if found is None:
            continue
        article = "the" if prep in _PLACE else _indefinite(words[i])
        out.append(article)
    return " ".join(out)
