"""The standard RFM segment map: each named segment's SQL condition on (R score, FM score) and what it
means in words, plus the prospects (signed up, no order yet). Used by the feature SQL and the
segment tools; :mod:`copilot.tools.features` re-exports every name.
"""

from __future__ import annotations

#: The standard RFM segment map on (R score, FM score), FM = ceil((F + M) / 2), scores 1-5.
#: Evaluated top to bottom; every (R, FM) pair lands in exactly one segment.
RFM_SEGMENTS: list[tuple[str, str, str]] = [
    (
        "Champions",
        "r_score = 5 AND fm_score >= 4",
        "bought very recently, often and spend the most (R 5, FM 4-5)",
    ),
    ("Loyal", "r_score >= 3 AND fm_score >= 4", "buy regularly and spend well (R 3-4, FM 4-5)"),
    (
        "Potential loyalists",
        "r_score >= 4 AND fm_score >= 2",
        "recent customers with average frequency and spend (R 4-5, FM 2-3)",
    ),
    ("New customers", "r_score = 5 AND fm_score = 1", "first purchase very recently (R 5, FM 1)"),
    (
        "Promising",
        "r_score = 4 AND fm_score = 1",
        "recent one-off shoppers with low spend so far (R 4, FM 1)",
    ),
    (
        "Need attention",
        "r_score = 3 AND fm_score = 3",
        "above-average customers who are cooling off (R 3, FM 3)",
    ),
    ("About to sleep", "r_score = 3 AND fm_score <= 2", "below-average recency and frequency (R 3, FM 1-2)"),
    (
        "Can't lose them",
        "r_score <= 2 AND fm_score = 5",
        "used to buy often and spend the most, but not for a long time (R 1-2, FM 5)",
    ),
    ("At risk", "r_score <= 2 AND fm_score >= 3", "spent well and often, long ago (R 1-2, FM 3-4)"),
    (
        "Hibernating",
        "NOT (r_score = 1 AND fm_score = 1)",
        "last purchase long ago, low frequency and spend (R 1-2, FM 1-2, except R 1 FM 1)",
    ),
    ("Lost", "TRUE", "lowest recency, frequency and spend (R 1, FM 1)"),
]
PROSPECTS = "Prospects"
PROSPECTS_DEFINITION = "signed up but have not ordered yet"
SEGMENT_NAMES: list[str] = [s[0] for s in RFM_SEGMENTS] + [PROSPECTS]
