"""A spend threshold said without a currency: "people who spent 500+ last yr", "customers who have spent over 1,000
in the past year", "who spent 2k or more". Read as Spend in the workspace's currency (currency None), after
:func:`copilot.reading.audience_counts.spend` (which reads the amounts with a currency) left these words free.

Only a customer's spending: "who/that/have/has spent" or "customers/people … spent"; "we spent 500 on ads" and
"spend 500 on paid social" (the campaign's money) are no threshold."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import to_number
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, window_after
from copilot.tools.conditions import Spend

_BARE = re.compile(
    r"\b(?:who(?:['’]ve)?|that|have|has|customers|people|shoppers|buyers|members|anyone|everyone|folks)\s+(?:have\s+|has\s+|already\s+|ever\s+)*"
    r"(?P<verb>spent|spend)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?"
    r"(?P<op>over|more than|above|at least|upwards of|north of|in excess of|under|less than|below|at most|no more than)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b)?(?P<plus>\s?\+)?(?:\s+or\s+(?P<more>more|above|over|less|under))?"
    r"(?!\s*(?:%|percent|days?|d\b|weeks?|months?|years?|yrs?|hours?|minutes?|mins?|orders?|times|items?|on\b|[$€£¥]))",
    re.IGNORECASE)
_BELOW = ("under", "less than", "below", "at most", "no more than")


def bare_spend(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Spend thresholds with no currency (see the module docs)."""
    for m in _BARE.finditer(t.text):
        a = m.start("verb")
        if not t.free(a, m.end()) or (m.group("verb").lower() == "spend" and not re.match(r"have|has", m.group(0), re.I)):
            continue  # "customers spend 500 on average": a figure, not a threshold
        amount = to_number(m.group("n").replace(",", ""))
        if amount is None or amount < 10:
            continue
        amount *= 1000 if m.group("k") else 1
        below = (m.group("op") or "").lower() in _BELOW or (m.group("more") or "").lower() in ("less", "under")
        days, end = window_after(t, m.end())
        money_used.add(m.start("n"))
        leaves.append((a, Spend(min=None if below else amount, max=amount if below else None, within_days=days,
                                span=t.take(a, end))))
