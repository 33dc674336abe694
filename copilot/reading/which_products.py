"""'Which products are Champions most likely to buy next?': products for a group, not a ranking of the group.

Asked which products or categories a group will most likely buy, the answer is a recommendation for that group
(intent ``recommend``, the group as the audience). Read word by word, "most likely to buy" had added a top-20%
propensity ranking to the audience (the Champions narrowed to a fifth of them) or made the question a propensity
score of "anything" ("about 1,111 are expected to buy anything"), which names no product. The likelihood words are
claimed here, before the audience rules read them; :data:`copilot.reading.intent._PRODUCTS_RANKED` makes the intent.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

WHICH_PRODUCTS_LIKELY = (
    r"\b(?:which|what)\s+(?:of\s+(?:our|the|your)\s+|kinds?\s+of\s+|types?\s+of\s+)?(?:products?|items?|categor(?:y|ies)"
    r"|gear|things?|stuff)\s+(?:are|is|do|does|would|will|might)\s+[^?.!]{1,80}?\s+(?:be\s+)?(?P<likely>(?:most|more)\s+"
    r"likely\s+to\s+(?:buy|purchase|order)|likeliest\s+to\s+(?:buy|purchase|order))"
    r"|(?P<zlikely>最(?:有)?可能(?:会)?(?:买|购买))(?=哪些|哪个|哪类|哪种|哪款|什么|啥)"
)
_WHICH = re.compile(WHICH_PRODUCTS_LIKELY, re.IGNORECASE)


def claim_which_products(t: Text) -> None:
    """Claim the likelihood words of 'which products/categories are <group> most likely to buy' (冠军客户最可能买哪些商品)."""
    for m in _WHICH.finditer(t.text):
        group = "likely" if m.group("likely") else "zlikely"
        if t.free(m.start(group), m.end(group)):
            t.take(m.start(group), m.end(group))
