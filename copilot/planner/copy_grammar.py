"""Grammar of code's copy sentences: a plural product name takes a plural verb ("The Switchback Trek Poles 3
fold to 38 cm.", "Plus, they have …"), and text sent as plain characters gets straight quotes.

Seen in the copy benchmark's plans (2026-12-04): "The Switchback Trek Poles 3 folds to 38 cm. … Plus, it has
extended grip" and an SMS whose review quote had curly quotes the send would have replaced.
"""

from __future__ import annotations

import re

__all__ = ["agree", "also_sentence", "join_claims", "plural_name", "straight_quotes"]

_PLURAL_HEAD = re.compile(r"\b[A-Z][a-z-]*[^su\W]s\b(?!.*\b[A-Z][a-z-]+\b)")
_VERB_PLURAL = {"has": "have", "is": "are", "was": "were", "does": "do"}


def plural_name(name: str) -> bool:
    """True for a product named by a plural noun ("Switchback Trek Poles 3", "Basalt Gaiters"): its last
    capitalised word ends in -s (not -ss or -us: "Nimbus Bag 20" is one bag)."""
    return bool(_PLURAL_HEAD.search(name))


def agree(phrase: str, plural: bool) -> str:
    """A phrasing ("folds to 38 cm", "has …", "is made with …") with its verb agreeing with a plural
    subject ("fold to 38 cm", "have …", "are made with …")."""
    if not plural or not phrase:
        return phrase
    verb, _, rest = phrase.partition(" ")
    if verb in _VERB_PLURAL:
        verb = _VERB_PLURAL[verb]
    elif re.search(r"(ch|sh|ss|x|z)es$", verb):
        verb = verb[:-2]
    elif verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith("s") and not verb.endswith("ss"):
        verb = verb[:-1]
    return f"{verb} {rest}".strip()


def also_sentence(name: str, phrase: str, lead: str = "Plus, it") -> str:
    """One more claim about ``name`` after the first ("Plus, it has a …" / "Plus, they have …")."""
    plural = plural_name(name)
    if plural:
        lead = lead.replace(" it", " they").replace("It ", "They ")
    return f"{lead} {agree(phrase, plural)}."


def _list(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` (``…, and c`` when an earlier item has its own "and")."""
    if len(items) < 2:
        return "".join(items)
    last = ", and " if any(" and " in x for x in items[:-1]) or len(items) > 3 else " and "
    if len(items) == 2 and last == " and ":
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + last + items[-1]


def join_claims(name: str, phrases: list[str]) -> tuple[str, list[str]]:
    """The phrasings of several facts about ``name`` as ONE predicate ("has a bounce-free fit, front pole
    holders and a whistle on the sternum strap"; "folds to 38 cm and has an extended grip"), and the part
    of it that states each phrasing, in order (each a substring of the predicate: a citation's claim).

    Consecutive phrasings with the same verb share it ("has A" + "has B" = "has A and B"); groups of
    different verbs are listed ("has A and B, and folds to 38 cm"). Seen in a plan of 2026-12-04: "The
    Larch Hydration Vest has a bounce-free fit. It also has front pole holders. It also has a whistle on
    sternum strap." -- one opener three times."""
    plural = plural_name(name)
    said = [agree(p, plural) for p in phrases if p]
    groups: list[list[str]] = []  # per verb group, its parts (the first with the verb)
    for p in said:
        verb = p.partition(" ")[0]
        if groups and verb in _SHARED_VERBS and groups[-1][0].partition(" ")[0] == verb:
            groups[-1].append(p[len(verb) + 1 :])
        else:
            groups.append([p])
    rendered = [_list(g) for g in groups]
    if len(groups) > 1 and any(len(g) > 1 for g in groups):
        predicate = ", ".join(rendered[:-1]) + ", and " + rendered[-1]
    else:
        predicate = _list(rendered)
    return predicate, [x for g in groups for x in g]


#: Verbs a list of facts can share ("has A, B and C"); others ("folds to", "keeps") are whole phrases.
_SHARED_VERBS = frozenset({"has", "have", "is", "are", "comes", "come", "features", "feature"})

_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def straight_quotes(text: str) -> str:
    """``text`` with curly quotes made straight (SMS is GSM-7; a push is plain text)."""
    return text.translate(_STRAIGHT)
