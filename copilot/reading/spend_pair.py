"""Two spend bounds said of one spend: "spent more than 300 dollars in last year but less than 1000 dollars",
"spent over $300 but under $1,000 in the last year", 去年消费超过300元但不到1000元.

:func:`copilot.reading.audience_counts.spend` reads each bound as it comes, with the window said beside it; the bounds
of one spend share the one window said (on either). Each bound with its own window, or a bound said as lifetime
("over $1,000 lifetime but under $200 in the last 12 months"), stays two conditions.
"""

from __future__ import annotations

from itertools import pairwise

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.conditions import Span, Spend

#: Between the two bounds: at most a window and a joining word ("in last year but", "，但").
_JOINED = re.compile(
    r"^[^.;!?。；！？\n]{0,40}?(?:\bbut\b|\band\b|\byet\b|\bwhile\b|但是?|并且|且|而)[^.;!?。；！？\n]{0,24}$",
    re.IGNORECASE,
)
_LIFETIME = re.compile(r"\b(?:lifetime|all[- ]time|ever|in total|overall)\b|累计|历史|总共", re.IGNORECASE)


def spend_pair(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """A min-only and a max-only spend joined by "but"/"and", one of them with a window: one spend, min to max,
    within that window (see the module docs)."""
    spends = sorted(
        ((p, c) for p, c in leaves if isinstance(c, Spend) and c.span is not None),
        key=lambda x: x[1].span.start if x[1].span else 0,
    )
    for (p1, a), (p2, b) in pairwise(spends):
        if a.span is None or b.span is None or a.calendar_year or b.calendar_year:
            continue
        lows = [s for s in (a, b) if s.min is not None and s.max is None]
        highs = [s for s in (a, b) if s.max is not None and s.min is None]
        if len(lows) != 1 or len(highs) != 1 or (a.currency and b.currency and a.currency != b.currency):
            continue
        lo, hi = lows[0], highs[0]
        if lo.min is None or hi.max is None or lo.min >= hi.max:
            continue
        head = re.match(r"[^\d$£€¥]*", b.span.text)  # "but under $1000 …": b's own words before its amount
        if not _JOINED.match(t.text[a.span.end : b.span.start] + (head.group(0) if head else "")):
            continue
        windows = [s.within_days for s in (a, b) if s.within_days]
        spans_text = t.text[a.span.start : b.span.end]
        if len(windows) > 1 or (windows and _LIFETIME.search(spans_text)):
            continue  # each bound its own window, or one of them lifetime: two conditions
        span = Span(start=a.span.start, end=b.span.end, text=spans_text[:400])
        joined = Spend(
            min=lo.min,
            max=hi.max,
            within_days=windows[0] if windows else None,
            currency=a.currency or b.currency,
            span=span,
        )
        leaves[:] = [(p, c) for p, c in leaves if c is not a and c is not b]
        leaves.append((min(p1, p2), joined))
        return
