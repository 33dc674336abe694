"""Grammar of code's copy sentences: a plural product name takes a plural verb ("The Switchback Trek Poles 3
fold to 38 cm.", "Plus, they have …"), and text sent as plain characters gets straight quotes.

Seen in the copy benchmark's plans (2026-12-04): "The Switchback Trek Poles 3 folds to 38 cm. … Plus, it has
extended grip" and an SMS whose review quote had curly quotes the send would have replaced.
"""

from __future__ import annotations

import re

__all__ = ["agree", "also_sentence", "plural_name", "straight_quotes"]

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


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def straight_quotes(text: str) -> str:
    """``text`` with curly quotes made straight (SMS is GSM-7; a push is plain text)."""
    return text.translate(_STRAIGHT)
