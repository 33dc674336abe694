"""A second discount beside the offer read (probe s25, class 3): "八折，满500减50", "20% off sitewide, plus $10 off orders
over $100", 九折再叠加满300减30. A plan prices one offer per order, so the second cut is listed under Not applied with
the offer it sits beside; it was dropped silently (only free shipping, BOGO and a gift were said as a second offer).

Called by offer_terms.offer_not_applied once the offer is read (never when the request tests two offers: both arms
are the test's), after the later tiers of a tiered offer (满299减40，满599减100) and a cap were claimed.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.numbers import ZHE
from copilot.reading.schema import NotApplied, Offer
from copilot.reading.text import Text

_CUT = re.compile(
    r"(?:每)?[满滿]\s*\d[\d.]*(?:万)?\s*(?:元|块)?\s*(?:减|減)\s*\d[\d.]*\s*(?:元|块)?"
    r"|(?<![\w.])\d{1,2}(?:\.\d)?\s?%\s*off\b"
    r"|(?<!\w)[$€£]\s?\d(?:[\d,.]*\d)?\s+off\b(?P<min>\s+(?:on\s+)?(?:orders?\s+)?(?:over|above|of)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?",
    re.IGNORECASE,
)
_NOT_OFFER_BEFORE = re.compile(r"(?:不超过|别超过|不要超过|不能超过|不得超过|不低于|别低于|不要低于|不能低于|不得低于|最低|最多|最少|顶多|封顶|上限|"
                               r"\b(?:no more than|not more than|max(?:imum)?|up to|at most|cap(?:ped)? at|instead of|not|last year'?s?|was|were)\s*)$",
                               re.IGNORECASE)
REASON = ("a plan prices one offer per order; this second cut beside {offer} is not applied: plan it as its own "
          "campaign or an A/B cell, or set the stacking in the store's discount rules")


def second_cuts(t: Text, offer: Offer | None) -> list[NotApplied]:
    """Discounts left unread beside the offer (see the module's doc)."""
    out: list[NotApplied] = []
    if offer is None or offer.kind not in ("percent_off", "amount_off"):
        return out
    found = [(m.start(), m.start("min") if m.group("min") else m.end(), m.end()) for m in _CUT.finditer(t.text)]
    found += [(z.start(), z.end(), z.end()) for z in ZHE.finditer(t.text)]
    for a, core, b in sorted(found):  # (an amount's own minimum was claimed as a minimum: it is said with it)
        if not t.free(a, core) or _NOT_OFFER_BEFORE.search(t.text[max(0, a - 14) : a]):
            continue
        out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects="offer",
                              reason=REASON.format(offer=offer.span.text)))
    return out
