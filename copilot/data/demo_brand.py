"""The demo brand's fixed facts: its time window, personas, regions, channels and past campaigns.

Northtrail Outfitters is SYNTHETIC. This module holds what the generator (``copilot.data.demo_generate``)
draws from and what does not depend on the seed: who the customers are (persona shares, category
affinities, add-on complements, regions and age bands by persona, first names), how each channel's
funnel converts and when (weekday and hour effects, send hours), the calendar of past campaigns, and
the purchase-rate knobs. It is split from the generator so the brand can be read (and tuned) as a
table, apart from the ~300 lines of array code that turn it into rows. Review phrasings live in
``copilot.data.demo_reviews``.

Tables are laid out by hand for reading (``# fmt: off``): one persona, channel or campaign a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from copilot.data.catalog import CATEGORIES

START = date(2024, 9, 1)
END = date(2026, 10, 31)  # the last possible order day
AS_OF = END + timedelta(days=1)
WINDOW_DAYS = (END - START).days + 1
START64 = np.datetime64(START.isoformat(), "s")

CAT_SLUGS: list[str] = [c.slug for c in CATEGORIES]
N_CAT = len(CAT_SLUGS)
CAT_INDEX = {s: i for i, s in enumerate(CAT_SLUGS)}

# fmt: off
# --- personas -------------------------------------------------------------------------------------
PERSONAS: tuple[str, ...] = ("trail_runner", "road_runner", "hiker", "camper", "all_weather")
PERSONA_SHARE = np.array([0.22, 0.17, 0.27, 0.14, 0.20])
AFFINITY_BY_PERSONA: dict[str, dict[str, float]] = {
    "trail_runner": {
        "trail-running-shoes": 1.0, "running-apparel": 0.8, "socks": 0.45, "hydration-vests": 0.7,
        "headlamps": 0.35, "rain-jackets": 0.3, "base-layers": 0.25, "accessories": 0.45,
        "road-running-shoes": 0.2,
    },
    "road_runner": {
        "road-running-shoes": 1.0, "running-apparel": 0.9, "socks": 0.45, "accessories": 0.45,
        "headlamps": 0.15, "trail-running-shoes": 0.12, "base-layers": 0.2, "hydration-vests": 0.1,
    },
    "hiker": {
        "hiking-boots": 1.0, "backpacks": 0.8, "trekking-poles": 0.7, "rain-jackets": 0.6, "socks": 0.45,
        "base-layers": 0.45, "insulated-jackets": 0.35, "headlamps": 0.3, "accessories": 0.3,
        "tents": 0.1,
    },
    "camper": {
        "tents": 1.0, "sleeping-bags": 0.95, "backpacks": 0.6, "headlamps": 0.7, "insulated-jackets": 0.45,
        "accessories": 0.35, "hiking-boots": 0.25, "base-layers": 0.2, "trekking-poles": 0.2,
    },
    "all_weather": {
        "rain-jackets": 1.0, "insulated-jackets": 1.0, "base-layers": 0.8, "accessories": 0.7, "socks": 0.4,
        "backpacks": 0.25, "running-apparel": 0.15,
    },
}
AFFINITY = np.array([[AFFINITY_BY_PERSONA[p].get(s, 0.0) for s in CAT_SLUGS] for p in PERSONAS])
# Add-on lines: complements of the anchor category (shoes -> socks...).
COMPLEMENTS: dict[str, list[str]] = {
    "trail-running-shoes": ["socks", "running-apparel", "hydration-vests", "accessories"],
    "road-running-shoes": ["socks", "running-apparel", "accessories"],
    "hiking-boots": ["socks", "trekking-poles", "backpacks"],
    "rain-jackets": ["base-layers", "accessories", "backpacks"],
    "insulated-jackets": ["base-layers", "accessories"],
    "base-layers": ["socks", "accessories"],
    "running-apparel": ["socks", "accessories"],
    "socks": ["accessories"],
    "backpacks": ["hydration-vests", "headlamps", "trekking-poles"],
    "hydration-vests": ["running-apparel", "socks"],
    "headlamps": ["accessories"],
    "tents": ["sleeping-bags", "headlamps"],
    "sleeping-bags": ["tents", "headlamps"],
    "trekking-poles": ["socks", "backpacks"],
    "accessories": ["socks"],
}
REGIONS: tuple[str, ...] = ("US-West", "US-Mountain", "US-Midwest", "US-South", "US-Northeast")
REGION_P = np.array(
    [
        [0.36, 0.22, 0.12, 0.14, 0.16],  # trail runners
        [0.26, 0.10, 0.18, 0.22, 0.24],
        [0.32, 0.22, 0.14, 0.16, 0.16],
        [0.26, 0.18, 0.18, 0.20, 0.18],
        [0.30, 0.10, 0.20, 0.12, 0.28],
    ]
)
AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")
AGE_P = np.array(
    [
        [0.12, 0.34, 0.30, 0.15, 0.07, 0.02],
        [0.14, 0.32, 0.28, 0.16, 0.07, 0.03],
        [0.06, 0.20, 0.26, 0.24, 0.16, 0.08],
        [0.10, 0.28, 0.28, 0.20, 0.10, 0.04],
        [0.07, 0.20, 0.24, 0.22, 0.17, 0.10],
    ]
)
FIRST_NAMES_F = (
    "Emma", "Olivia", "Ava", "Sophia", "Mia", "Amelia", "Harper", "Ella", "Grace", "Chloe", "Lily",
    "Zoe", "Nora", "Hannah", "Maya", "Sarah", "Laura", "Anna", "Julia", "Rosa", "Leah", "Ruby", "Ivy",
    "Claire", "Elena", "Priya", "Aisha", "Mei", "Sofia", "Lucia",
)
FIRST_NAMES_M = (
    "Liam", "Noah", "Oliver", "James", "Elijah", "Lucas", "Mason", "Ethan", "Logan", "Jacob", "Ben",
    "Sam", "Daniel", "Henry", "Owen", "Leo", "Jack", "Ryan", "Adam", "Omar", "Mateo", "Diego", "Arjun",
    "Kenji", "Wei", "Tom", "Max", "Felix", "Hugo", "Nathan",
)

# --- funnel and send-time effects --------------------------------------------------------------------
# Per channel: delivered | sent, opened | delivered (None: no open event), clicked | opened (or |
# delivered when there is no open), converted | clicked, unsubscribed | delivered, cost per send.
FUNNEL: dict[str, dict[str, float | None]] = {
    "email": {"deliver": 0.98, "open": 0.38, "click": 0.115, "convert": 0.11, "unsub": 0.002,
              "per_send": 0.0012, "fixed": 350.0},
    "sms": {"deliver": 0.97, "open": None, "click": 0.075, "convert": 0.13, "unsub": 0.003,
            "per_send": 0.0079, "fixed": 100.0},
    "push": {"deliver": 0.93, "open": 0.11, "click": 0.2, "convert": 0.12, "unsub": 0.001,
             "per_send": 0.0, "fixed": 150.0},
    "paid_social": {"deliver": 1.0, "open": None, "click": 0.016, "convert": 0.1, "unsub": 0.0,
                    "per_send": 0.045, "fixed": 0.0},
}
# Monday=0 ... Sunday=6: email converts best Tuesday/Thursday mornings, SMS in the evening.
DOW_EFFECT: dict[str, tuple[float, ...]] = {
    "email": (0.95, 1.15, 1.0, 1.22, 0.85, 0.78, 1.0),
    "sms": (0.9, 1.0, 1.0, 1.1, 1.05, 1.2, 1.1),
    "push": (0.95, 1.0, 1.0, 1.05, 1.05, 1.15, 1.2),
    "paid_social": (1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.1),
}
HOUR_PEAKS: dict[str, tuple[tuple[float, float, float], ...]] = {
    # (peak hour, width in hours, lift)
    "email": ((10.0, 1.6, 0.35), (19.5, 1.5, 0.2)),
    "sms": ((19.0, 1.8, 0.45), (12.0, 1.2, 0.15)),
    "push": ((20.0, 2.0, 0.4),),
    "paid_social": ((21.0, 2.5, 0.25),),
}
SEND_HOURS = (7, 9, 10, 12, 14, 17, 19, 20)
# fmt: on


def season_matrix() -> np.ndarray:
    """Seasonal demand multiplier per category and day of the window (plus a margin)."""
    days = np.arange(WINDOW_DAYS + 400)
    dates = START64.astype("datetime64[D]") + days
    months = dates.astype("datetime64[M]").astype(int) % 12 + 1
    dom = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    holiday = np.ones(days.shape)
    holiday[months == 11] = 1.35
    holiday[(months == 11) & (dom >= 22)] = 2.2  # Black Friday / Cyber Monday
    holiday[(months == 12) & (dom <= 20)] = 1.9
    holiday[(months == 12) & (dom > 20)] = 1.1
    holiday[months == 1] = 0.8
    holiday[months == 2] = 0.65
    s = np.empty((N_CAT, days.size))
    for i, c in enumerate(CATEGORIES):
        peak = np.isin(months, c.season_peak)
        s[i] = holiday * np.where(peak, 1.7, 0.85)
    return s


def hour_effect(channel: str, hour: np.ndarray) -> np.ndarray:
    """The send hour's multiplier on opens and conversions: a base of 0.8 plus the channel's peaks."""
    eff = np.full(hour.shape, 0.8)
    for peak, width, lift in HOUR_PEAKS[channel]:
        eff = eff + lift * np.exp(-0.5 * ((hour - peak) / width) ** 2)
    return eff


@dataclass(frozen=True)
class CampaignDef:
    """One past campaign of the demo brand (:data:`CAMPAIGN_PLAN`)."""

    campaign_id: str
    name: str
    channel: str
    start: date
    category: str | None
    audience: str  # all | affinity | lapsed | active | reach


CAMPAIGN_PLAN: tuple[tuple[str, str, str, str | None, str], ...] = (
    # date, channel, name, category, audience
    ("2024-09-10", "email", "Fall trail season", "trail-running-shoes", "affinity"),
    ("2024-10-01", "email", "Layer up for autumn", "base-layers", "affinity"),
    ("2024-10-15", "push", "Headlamp week", "headlamps", "all"),
    ("2024-11-05", "paid_social", "Black Friday prospecting", None, "reach"),
    ("2024-11-26", "email", "Black Friday early access", None, "all"),
    ("2024-11-29", "sms", "Black Friday: 20% off today", None, "all"),
    ("2024-12-10", "email", "Holiday gift guide", "accessories", "all"),
    ("2024-12-16", "push", "Last shipping day before the holidays", None, "all"),
    ("2025-01-07", "email", "New year, new miles", "road-running-shoes", "affinity"),
    ("2025-02-04", "sms", "Winter clearance: insulated jackets", "insulated-jackets", "affinity"),
    ("2025-03-11", "email", "Spring trail drop", "trail-running-shoes", "affinity"),
    ("2025-03-20", "paid_social", "Spring trail running", "trail-running-shoes", "reach"),
    ("2025-04-08", "email", "Rain-ready: shells for spring showers", "rain-jackets", "affinity"),
    ("2025-04-22", "sms", "Trail shoes: new colours in stock", "trail-running-shoes", "affinity"),
    ("2025-05-06", "email", "Hiking season starts here", "hiking-boots", "affinity"),
    ("2025-05-20", "paid_social", "Backpacks for every trail", "backpacks", "reach"),
    ("2025-06-03", "email", "We miss you: 15% to come back", None, "lapsed"),
    ("2025-06-12", "push", "Race vests for summer ultras", "hydration-vests", "all"),
    ("2025-06-24", "email", "Camp out: tents and sleeping bags", "tents", "affinity"),
    ("2025-07-15", "sms", "Summer sale", None, "active"),
    ("2025-08-12", "email", "Trekking poles for the high country", "trekking-poles", "affinity"),
    ("2025-09-09", "email", "Fall trail season", "trail-running-shoes", "affinity"),
    ("2025-10-07", "email", "Merino base layers are back", "base-layers", "affinity"),
    ("2025-10-21", "push", "Long nights: headlamps", "headlamps", "all"),
    ("2025-11-04", "paid_social", "Black Friday prospecting", None, "reach"),
    ("2025-11-25", "email", "Black Friday early access", None, "all"),
    ("2025-11-28", "sms", "Black Friday: 20% off today", None, "all"),
    ("2025-12-09", "email", "Holiday gift guide", "accessories", "all"),
    ("2025-12-15", "push", "Last shipping day before the holidays", None, "all"),
    ("2026-01-13", "email", "New year, new miles", "road-running-shoes", "affinity"),
    ("2026-02-10", "sms", "Winter clearance: insulated jackets", "insulated-jackets", "affinity"),
    ("2026-03-03", "email", "We miss you: trail runners come back", "trail-running-shoes", "lapsed"),
    ("2026-03-17", "email", "Spring trail drop", "trail-running-shoes", "affinity"),
    ("2026-04-14", "email", "Rain-ready: shells for spring showers", "rain-jackets", "affinity"),
    ("2026-04-28", "paid_social", "Spring trail running", "trail-running-shoes", "reach"),
    ("2026-05-12", "email", "Hiking season starts here", "hiking-boots", "affinity"),
    ("2026-06-09", "push", "Race vests for summer ultras", "hydration-vests", "all"),
    ("2026-06-23", "email", "Camp out: tents and sleeping bags", "tents", "affinity"),
    ("2026-07-14", "sms", "Summer sale", None, "active"),
    ("2026-08-11", "email", "Trekking poles for the high country", "trekking-poles", "affinity"),
    ("2026-09-08", "email", "Fall trail season", "trail-running-shoes", "affinity"),
    ("2026-10-06", "email", "Merino base layers are back", "base-layers", "affinity"),
)


def campaign_defs() -> list[CampaignDef]:
    """The demo brand's past campaigns (fixed, independent of the seed)."""
    return [
        CampaignDef(f"CMP{i + 1:03d}", name, ch, date.fromisoformat(d), cat, aud)
        for i, (d, ch, name, cat, aud) in enumerate(CAMPAIGN_PLAN)
    ]


# purchase rate: a customer's gap in a category is repurchase_days / (affinity x speed), where
# speed = RATE x intensity ** CADENCE_EXP; heavy buyers also add categories (BREADTH).
RATE = 2.3
CADENCE_EXP = 0.5
BREADTH = 0.2

# shopping hour of day (local): lunch and evening peaks
SHOP_HOURS = np.array(
    [
        1,
        0.6,
        0.4,
        0.3,
        0.3,
        0.5,
        1.2,
        2.2,
        3,
        3.6,
        4,
        4.4,
        5.2,
        5,
        4.4,
        4.2,
        4.2,
        4.6,
        5.4,
        6.4,
        7,
        6.4,
        4.4,
        2.2,
    ]
)


def campaign_category(cd: CampaignDef) -> int | None:
    return CAT_INDEX[cd.category] if cd.category else None


def sample_rows(rng: np.random.Generator, probs: np.ndarray, which: np.ndarray) -> np.ndarray:
    """For each i, draw a column index from the distribution ``probs[which[i]]`` (a row of a table
    above, such as ``REGION_P[persona]``, or any weights matrix)."""
    cdf = np.cumsum(probs, axis=1)
    cdf = cdf / cdf[:, -1:]
    u = rng.random(which.size)
    return np.minimum((u[:, None] > cdf[which]).sum(axis=1), probs.shape[1] - 1)
