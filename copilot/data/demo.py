"""The demo workspace: a SYNTHETIC, seeded brand (Northtrail Outfitters) with coherent behaviour.

Everything here is generated -- no real customer is behind any row. The data is built to be
*useful* for the classical models, not random noise:

* customers have a persona (trail runner, road runner, hiker, camper, all-weather) that drives
  category affinities, so collaborative filtering and propensity models find real signal;
* each customer buys on a per-category renewal process (gamma-distributed gaps, so the cadence
  is regular) whose mean gap is the catalogue's ``repurchase_days`` divided by the customer's
  affinity and speed, warped by seasonality (the catalogue's ``season_peak`` months plus a
  November/December holiday peak). Speed grows with a gamma-distributed intensity (heavy buyers
  also buy outside their persona), which with churn and price tiers makes spend Pareto-shaped.
  To reach ~10 orders per customer, engaged buyers repurchase about twice as often as the
  nominal ``repurchase_days``; the ranking of categories by cadence is kept;
* many customers lapse (a churn time after which they stop buying), so the RFM "At risk" and
  "Hibernating" segments are well populated -- including lapsed high-value trail runners;
* past campaigns over email, SMS, push and paid social reach only consented customers (paid
  social needs none), with realistic funnel rates, weekday/hour effects on opens and
  conversions, unsubscribes that switch consent off, costs, and conversions that are real orders;
* reviews are composed from per-category theme phrases whose polarity follows the product's
  per-theme quality, so topic models and sentiment find themes that agree with the stars.

The time window is fixed (first order day 2024-09-01, last 2026-10-31) so results are
reproducible; the analytics as-of date is 2026-11-01. Same seed -> identical tables.

:func:`generate_tables` is the generator (also used in chunks by ``copilot.data.synth_large``);
:func:`build_demo_workspace` writes a demo workspace atomically.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.data.catalog import CATEGORIES, build_catalog
from copilot.data.contract import CONTRACT, LOAD_ORDER, create_schema
from copilot.workspace import Workspace

if TYPE_CHECKING:
    import duckdb

    from copilot.deps import Deps

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]

START = date(2024, 9, 1)
END = date(2026, 10, 31)  # the last possible order day
AS_OF = END + timedelta(days=1)
WINDOW_DAYS = (END - START).days + 1
_START64 = np.datetime64(START.isoformat(), "s")

CAT_SLUGS: list[str] = [c.slug for c in CATEGORIES]
N_CAT = len(CAT_SLUGS)
_CI = {s: i for i, s in enumerate(CAT_SLUGS)}

# --- personas -------------------------------------------------------------------------------------
PERSONAS: tuple[str, ...] = ("trail_runner", "road_runner", "hiker", "camper", "all_weather")
PERSONA_SHARE = np.array([0.22, 0.17, 0.27, 0.14, 0.20])
_AFFINITY: dict[str, dict[str, float]] = {
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
AFFINITY = np.array([[_AFFINITY[p].get(s, 0.0) for s in CAT_SLUGS] for p in PERSONAS])
# Add-on lines: complements of the anchor category (shoes -> socks...).
_COMPLEMENTS: dict[str, list[str]] = {
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
_REGION_P = np.array(
    [
        [0.36, 0.22, 0.12, 0.14, 0.16],  # trail runners
        [0.26, 0.10, 0.18, 0.22, 0.24],
        [0.32, 0.22, 0.14, 0.16, 0.16],
        [0.26, 0.18, 0.18, 0.20, 0.18],
        [0.30, 0.10, 0.20, 0.12, 0.28],
    ]
)
AGE_BANDS: tuple[str, ...] = ("18-24", "25-34", "35-44", "45-54", "55-64", "65+")
_AGE_P = np.array(
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
_FUNNEL: dict[str, dict[str, float | None]] = {
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
_DOW_EFFECT: dict[str, tuple[float, ...]] = {
    "email": (0.95, 1.15, 1.0, 1.22, 0.85, 0.78, 1.0),
    "sms": (0.9, 1.0, 1.0, 1.1, 1.05, 1.2, 1.1),
    "push": (0.95, 1.0, 1.0, 1.05, 1.05, 1.15, 1.2),
    "paid_social": (1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.1),
}
_HOUR_PEAKS: dict[str, tuple[tuple[float, float, float], ...]] = {
    # (peak hour, width in hours, lift)
    "email": ((10.0, 1.6, 0.35), (19.5, 1.5, 0.2)),
    "sms": ((19.0, 1.8, 0.45), (12.0, 1.2, 0.15)),
    "push": ((20.0, 2.0, 0.4),),
    "paid_social": ((21.0, 2.5, 0.25),),
}
_SEND_HOURS = (7, 9, 10, 12, 14, 17, 19, 20)


def _hour_effect(channel: str, hour: np.ndarray) -> np.ndarray:
    eff = np.full(hour.shape, 0.8)
    for peak, width, lift in _HOUR_PEAKS[channel]:
        eff = eff + lift * np.exp(-0.5 * ((hour - peak) / width) ** 2)
    return eff


@dataclass(frozen=True)
class CampaignDef:
    campaign_id: str
    name: str
    channel: str
    start: date
    category: str | None
    audience: str  # all | affinity | lapsed | active | reach


_CAMPAIGN_PLAN: tuple[tuple[str, str, str, str | None, str], ...] = (
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
        for i, (d, ch, name, cat, aud) in enumerate(_CAMPAIGN_PLAN)
    ]


def is_demo_workspace(ws: Workspace) -> bool:
    """True when ``ws`` holds the SYNTHETIC demo brand: every demo campaign under its id and name, and
    only ``@example.com`` customer emails (a brand's own data has neither)."""
    import duckdb

    from copilot.errors import CopilotError

    defs = {cd.campaign_id: cd.name for cd in campaign_defs()}
    try:
        with ws.connect() as con:
            rows = con.execute("SELECT campaign_id, name FROM campaigns WHERE campaign_id LIKE 'CMP%'").fetchall()
            real = con.execute(
                "SELECT COUNT(*) FROM customers WHERE email IS NOT NULL AND email NOT LIKE '%@example.com'"
            ).fetchone()
    except (duckdb.Error, CopilotError):  # no database or no such table: not the demo
        return False
    found = {str(r[0]): str(r[1]) for r in rows}
    return all(found.get(k) == v for k, v in defs.items()) and real is not None and int(real[0]) == 0


# --- review themes ---------------------------------------------------------------------------------
# Per category: theme -> (positive phrasings, negative phrasings). Reviews mention one to three
# themes; the polarity follows the product's quality on that theme, so themes correlate with stars.
_THEMES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "trail-running-shoes": {
        "grip": (("Amazing grip on wet rock and roots.", "The lugs bite into mud, grip is excellent."),
                 ("Grip on wet rock is poor, I slipped twice.", "Outsole feels slippery on wet roots.")),
        "fit": (("Fits true to size with a roomy toe box.", "Comfortable fit straight out of the box."),
                ("Runs narrow, my toes got squeezed.", "Runs narrow and small, had to size up.")),
        "protection": (("The toe bumper saved my toes on rocky descents.", "Great rock plate, no stone bruises."),
                       ("Toe bumper is too soft, I stubbed my toes.", "Thin under foot, felt every sharp rock.")),
        "durability": (("Still going strong after 500 miles.", "Durable upper, no tears after a season."),
                       ("Upper tore after 200 miles, disappointing.", "Lugs wore down fast, poor durability.")),
        "drainage": (("Drains quickly after stream crossings.", "Dries fast after river crossings."),
                     ("Stays soggy for hours after stream crossings.", "Holds water and feels heavy when wet.")),
    },
    "road-running-shoes": {
        "cushioning": (("Cushioning is soft and bouncy, great for long runs.", "Responsive foam, legs feel fresh."),
                       ("Cushioning went flat after a month.", "Harsh ride, my knees hurt after long runs.")),
        "fit": (("Fits true to size, comfortable heel lockdown.", "Perfect fit and very comfortable."),
                ("Runs narrow and gave me blisters.", "Heel slips and rubs, uncomfortable fit.")),
        "durability": (("Outsole is holding up great after 400 miles.", "Durable and still looks new."),
                       ("Outsole wore through quickly, poor durability.", "Mesh ripped near the toe after weeks.")),
        "weight": (("Light and fast, love them for tempo days.", "So light I forget I am wearing them."),
                   ("Heavy and clunky for a racing shoe.", "Feels heavy and sluggish at pace.")),
    },
    "hiking-boots": {
        "waterproofing": (("Stayed completely dry through bogs and creeks.", "Waterproof and reliable in rain."),
                          ("Leaked after a few hikes, wet socks every time.", "Not waterproof at all, feet got soaked.")),
        "comfort": (("Comfortable from day one, no break-in needed.", "Great ankle support on rough trails."),
                    ("Painful break-in, blisters on both heels.", "Stiff and uncomfortable even after weeks.")),
        "fit": (("Fits well with thick socks after sizing up.", "Roomy toe box, great fit."),
                ("Runs small, had to return for a bigger size.", "Too narrow across the forefoot.")),
        "durability": (("Tough leather, still solid after two seasons.", "Built to last, excellent quality."),
                       ("Sole started peeling after one season.", "Stitching came apart, poor quality.")),
    },
    "rain-jackets": {
        "waterproofing": (("Stayed dry in a downpour, totally waterproof.", "Kept me dry in hours of heavy rain."),
                          ("Wetted out in steady rain, disappointing.", "Leaked at the shoulders in a downpour.")),
        "hood": (("The hood fits well and stays put in wind.", "Great adjustable hood, works with a helmet."),
                 ("Hood too small and blows off in the wind.", "The hood is useless, too small to cinch.")),
        "breathability": (("Breathes well on steep climbs, pit zips help.", "Breathable, no clammy feeling."),
                          ("Not breathable, I was soaked in sweat inside.", "Clammy and hot on climbs.")),
        "packability": (("Packs small into its own pocket.", "Light and packable, always in my bag."),
                        ("Bulky and hard to pack.", "Does not pack down, heavy for a shell.")),
    },
    "insulated-jackets": {
        "warmth": (("Incredibly warm for its weight.", "Warm and cozy on freezing mornings."),
                   ("Not warm enough below freezing.", "Disappointing warmth, I was cold at camp.")),
        "fit": (("Fits great with room for a base layer.", "Flattering fit and comfortable."),
                ("Sleeves too short and tight across the chest.", "Boxy fit, runs large.")),
        "durability": (("Shell is tough, no rips after a season.", "Quality zips and stitching."),
                       ("Feathers leak out everywhere.", "Zip broke after a month, poor quality.")),
    },
    "base-layers": {
        "comfort": (("Soft next to skin, not itchy at all.", "Super comfortable merino, love it."),
                    ("Itchy and scratchy, could not wear it all day.", "Uncomfortable seams rub my shoulders.")),
        "odour": (("No odour even after several days on trail.", "Stays fresh for days, great merino."),
                  ("Smells bad after one run.", "Holds odour, disappointing for merino.")),
        "durability": (("Holding up well after many washes.", "Durable for merino, no holes."),
                       ("Holes appeared after a few washes.", "Shrank in the wash and pilled quickly.")),
    },
    "running-apparel": {
        "comfort": (("Light, comfortable and no chafing.", "Comfortable and breathable on hot runs."),
                    ("Chafes badly on long runs.", "Uncomfortable waistband digs in.")),
        "pockets": (("Phone pocket keeps my phone secure without bounce.", "Handy zip pocket, great design."),
                    ("Phone pocket is too small and bounces.", "Pockets are useless, keys fall out.")),
        "fit": (("True to size and flattering fit.", "Fits perfectly."),
                ("Runs small and tight.", "Sizing is off, way too short.")),
    },
    "socks": {
        "blisters": (("No blisters even on long runs.", "Blister free on a marathon, love them."),
                     ("Gave me blisters on the first run.", "Bunch up and cause blisters.")),
        "durability": (("Durable, no holes after months.", "Tough socks that last."),
                       ("Holes in the heel after a few weeks.", "Wore out quickly, poor durability.")),
        "cushioning": (("Nice cushioning under the heel and toe.", "Comfortable cushioning all day."),
                       ("Too thin, no cushioning.", "Cushioning flattens after a wash.")),
    },
    "backpacks": {
        "comfort": (("Carries comfortably, great hipbelt.", "Comfortable even fully loaded."),
                    ("Straps dig into my shoulders.", "Uncomfortable and sweaty back panel.")),
        "organisation": (("Great pockets and easy organisation.", "Love the hipbelt pockets."),
                         ("Pockets are awkward and too small.", "Poor organisation, hard to find things.")),
        "durability": (("Tough fabric, survived scrambling.", "Solid zips, excellent build quality."),
                       ("Zip broke on the second trip.", "Fabric tore on the first scramble.")),
    },
    "hydration-vests": {
        "bounce": (("Zero bounce even fully loaded.", "Bounce-free and comfortable on long runs."),
                   ("Bounces a lot when the flasks are full.", "Sloshes and bounces, annoying.")),
        "fit": (("Fits snug and comfortable.", "Great fit, easy to adjust on the move."),
                ("Chafes under the arms.", "Runs large, could not get it snug.")),
        "flasks": (("Soft flasks are easy to drink from.", "Great flasks, no leaks."),
                   ("Flasks leak and the valve is hard to use.", "Bite valve leaked after a week.")),
    },
    "headlamps": {
        "brightness": (("Very bright beam, lights up the whole trail.", "Excellent brightness for night runs."),
                       ("Too dim on the trail.", "Beam is weak and patchy.")),
        "battery": (("Battery lasts all night.", "Great battery life, charges fast over USB-C."),
                    ("Battery dies after an hour.", "Poor battery life, disappointing.")),
        "comfort": (("Comfortable strap, no bounce.", "Light and comfortable on my head."),
                    ("Strap slips and bounces.", "Uncomfortable pressure on the forehead.")),
    },
    "tents": {
        "weather": (("Stayed dry through a stormy night.", "Solid in strong wind and rain."),
                    ("Leaked at the seams in rain.", "Flapped all night in the wind, poor stability.")),
        "setup": (("Quick and easy to pitch.", "Easy setup, even in the dark."),
                  ("Confusing setup and fiddly clips.", "Hard to pitch alone.")),
        "space": (("Roomy inside with great vestibules.", "Plenty of space for two."),
                  ("Cramped for two people.", "Too small, the walls touch my face.")),
        "condensation": (("Very little condensation, good ventilation.", "Ventilates well, dry inside."),
                         ("Terrible condensation, everything got wet.", "Condensation dripping inside.")),
    },
    "sleeping-bags": {
        "warmth": (("Warm and cozy down to the rating.", "Kept me warm on frosty nights."),
                   ("Cold well above the temperature rating.", "Not warm enough, shivered all night.")),
        "packability": (("Compresses small in my pack.", "Light and packable."),
                        ("Bulky and heavy to carry.", "Does not compress well.")),
        "zip": (("Zip runs smoothly, no snagging.", "Great zip and draft collar."),
                ("Zip snags constantly.", "Zip broke on the first trip.")),
    },
    "trekking-poles": {
        "locks": (("Locks hold firm, no slipping.", "Lever locks are solid and easy to adjust."),
                  ("Locks slip under load.", "Poles collapse when I lean on them.")),
        "weight": (("Light and easy to carry.", "Lightweight, barely notice them."),
                   ("Heavier than expected.", "Too heavy for long days.")),
        "grip": (("Comfortable grips, great on long descents.", "Grips feel great in sweaty hands."),
                 ("Grips are hard and uncomfortable.", "Foam grips wore out quickly.")),
    },
    "accessories": {
        "quality": (("Great quality for the price.", "Well made and durable."),
                    ("Cheap quality, fell apart quickly.", "Poor quality stitching.")),
        "fit": (("Fits well and stays put.", "Comfortable and fits perfectly."),
                ("Too small and uncomfortable.", "Slips off constantly.")),
    },
}
_OPENERS: dict[int, tuple[str, ...]] = {
    5: ("Love it!", "Absolutely fantastic.", "Best purchase this year.", "Excellent, highly recommend."),
    4: ("Really good overall.", "Very happy with it.", "Great, with one small niggle.", "Solid choice."),
    3: ("It's okay.", "Mixed feelings.", "Decent but not great.", "Average."),
    2: ("Disappointed.", "Not what I hoped for.", "Meh, would not buy again.", "Below expectations."),
    1: ("Terrible, returning it.", "Awful.", "Very disappointed, waste of money.", "Do not buy."),
}


# --- the generator ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class GenParams:
    """Knobs of the synthetic generator. ``order_rate`` scales every customer's purchase rate."""

    seed: int = 7
    order_rate: float = 1.0
    review_rate: float = 0.075
    id_width: int = 6


@dataclass
class _Catalog:
    ids: np.ndarray
    cat: np.ndarray
    price: np.ndarray
    tier: np.ndarray
    gender: np.ndarray  # 0 men, 1 women, 2 unisex
    launch_day: np.ndarray
    popularity: np.ndarray
    theme_q: list[np.ndarray]  # per product: quality per theme of its category
    rows: list[dict[str, Any]]


def _catalog() -> _Catalog:
    prods = build_catalog()
    cat = np.array([_CI[p.category] for p in prods])
    price = np.array([p.price for p in prods])
    tier = np.zeros(len(prods), dtype=np.int64)
    for c in range(N_CAT):
        idx = np.flatnonzero(cat == c)
        ranks = price[idx].argsort().argsort()
        tier[idx] = (3 * ranks) // len(idx)
    gender = np.array([{"men": 0, "women": 1}.get(p.gender, 2) for p in prods])
    launch = np.array([(date.fromisoformat(p.launch_date) - START).days for p in prods])
    pop = np.array([min(p.popularity, 12.0) for p in prods])
    rng = np.random.default_rng(20240601)  # product qualities are fixed, like the catalogue
    theme_q = [rng.normal(0.35, 0.85, size=len(_THEMES[p.category])) for p in prods]
    return _Catalog(
        ids=np.array([p.product_id for p in prods], dtype=object), cat=cat, price=price, tier=tier,
        gender=gender, launch_day=launch, popularity=pop, theme_q=theme_q, rows=[p.as_row() for p in prods],
    )


def _season_matrix() -> np.ndarray:
    """Seasonal demand multiplier per category and day of the window (plus a margin)."""
    days = np.arange(WINDOW_DAYS + 400)
    dates = _START64.astype("datetime64[D]") + days
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


def _to_ts(days: np.ndarray) -> np.ndarray:
    return _START64 + np.round(days * 86400).astype("int64").astype("timedelta64[s]")


def _pick_products(rng: np.random.Generator, cat_ix: np.ndarray, tier: np.ndarray, gender: np.ndarray,
                   day: np.ndarray, cat: _Catalog) -> np.ndarray:
    """Choose a product per line: popularity x price-tier match x gender match within the category."""
    out = np.empty(cat_ix.size, dtype=np.int64)
    key = cat_ix * 6 + tier * 2 + gender
    order = np.argsort(key, kind="stable")
    ks, starts = np.unique(key[order], return_index=True)
    ends = np.append(starts[1:], order.size)
    tier_w = np.array([[1.0, 0.35, 0.1], [0.4, 1.0, 0.4], [0.1, 0.35, 1.0]])
    for k, s, e in zip(ks.tolist(), starts.tolist(), ends.tolist(), strict=True):
        c, t, g = k // 6, (k % 6) // 2, k % 2
        prods = np.flatnonzero(cat.cat == c)
        w = cat.popularity[prods] * tier_w[t, cat.tier[prods]]
        w = w * np.where((cat.gender[prods] == g) | (cat.gender[prods] == 2), 1.0, 0.05)
        rows = order[s:e]
        chosen = rng.choice(prods, size=rows.size, p=w / w.sum())
        # a product cannot sell before its launch: re-pick those among products already launched
        early = cat.launch_day[chosen] > day[rows]
        if early.any():
            ok = cat.launch_day[prods] <= 0
            w2 = np.where(ok, w, 0.0)
            chosen[early] = rng.choice(prods, size=int(early.sum()), p=w2 / w2.sum())
        out[rows] = chosen
    return out


def _sample_rows(rng: np.random.Generator, probs: np.ndarray, which: np.ndarray) -> np.ndarray:
    """For each i, draw a column index from the distribution ``probs[which[i]]``."""
    cdf = np.cumsum(probs, axis=1)
    cdf = cdf / cdf[:, -1:]
    u = rng.random(which.size)
    return np.minimum((u[:, None] > cdf[which]).sum(axis=1), probs.shape[1] - 1)


def generate_tables(
    n_customers: int,
    *,
    params: GenParams | None = None,
    chunk: int = 0,
    first_customer: int = 1,
    first_order: int = 1,
    first_review: int = 1,
    progress: Progress | None = None,
) -> dict[str, pd.DataFrame]:
    """Generate customers, orders, order_lines, touches and reviews for one chunk of customers.

    ``campaigns`` and ``products`` are global (see :func:`campaigns_frame`, :func:`products_frame`);
    touches carry the campaign ids. Chunks use independent random streams ``(seed, chunk)``, and
    id offsets so ids stay unique across chunks.
    """
    p = params or GenParams()
    rng = np.random.default_rng([p.seed, chunk])
    cat = _catalog()
    season = _season_matrix()
    prog = progress or (lambda _s, _f: None)
    n = n_customers
    W = float(WINDOW_DAYS)

    # --- customers ---------------------------------------------------------------------------------
    prog("customers", 0.0)
    persona = rng.choice(len(PERSONAS), size=n, p=PERSONA_SHARE)
    gender = (rng.random(n) < np.where(persona <= 1, 0.48, 0.45)).astype(np.int64)  # 1 = women
    intensity = np.minimum(rng.gamma(0.75, 1 / 0.75, size=n), 7.0)
    irank = intensity.argsort().argsort() / max(n - 1, 1)
    u = rng.random(n)
    tier = np.where(u < 0.38 - 0.25 * irank, 0, np.where(u < 0.8 - 0.1 * irank, 1, 2))
    existing = rng.random(n) < 0.3
    growth = (1 + 0.6 * np.arange(WINDOW_DAYS) / W) * season[:, :WINDOW_DAYS].mean(axis=0) ** 0.6
    g = growth[: WINDOW_DAYS - 7]
    signup_day = rng.choice(WINDOW_DAYS - 7, size=n, p=g / g.sum()).astype(float) + rng.random(n) * 0.99
    pre_days = rng.integers(30, 1300, size=n)
    signup_day = np.where(existing, -pre_days, signup_day)
    kind = rng.random(n)
    never = (~existing) & (kind < 0.05)  # newsletter sign-ups who never buy
    later = (~existing) & (kind >= 0.05) & (kind < 0.2)  # sign up, first order later
    act = np.where(existing, rng.uniform(0, 75, size=n), signup_day)
    act = np.where(later, signup_day + rng.exponential(45, size=n), act)
    # churn: short-lived, medium-lived and loyal customers; then a lapsed high-value trail cohort
    life_kind = rng.random(n)
    life_mean = np.where(life_kind < 0.33, 110.0, np.where(life_kind < 0.72, 420.0, 1e9))
    churn = act + rng.exponential(life_mean)
    hv_trail = (persona == 0) & (irank > 0.6) & (rng.random(n) < 0.4) & (act < W - 420)
    churn = np.where(hv_trail, rng.uniform(W - 420, W - 150, size=n), churn)
    end = np.where(never, -1.0, np.minimum(churn, W))

    z = rng.normal(size=n) + 0.6 * irank
    c_email = z > -0.25
    c_sms = rng.random(n) < np.where(c_email, 0.45, 0.12)
    c_push = rng.random(n) < np.where(c_sms, 0.45, np.where(c_email, 0.2, 0.08))
    region = _sample_rows(rng, _REGION_P, persona)
    age = _sample_rows(rng, _AGE_P, persona)
    names_f, names_m = np.array(FIRST_NAMES_F), np.array(FIRST_NAMES_M)
    first_name = np.where(gender == 1, names_f[rng.integers(0, len(names_f), n)],
                          names_m[rng.integers(0, len(names_m), n)])
    cnum = np.arange(first_customer, first_customer + n)
    cust_id = np.char.add("C", np.char.zfill(cnum.astype(str), p.id_width))

    # --- base purchases: per-category renewal processes --------------------------------------------
    prog("orders", 0.1)
    # Heavy buyers buy faster (dampened) and more broadly (categories outside their persona).
    breadth = _BREADTH * np.clip(intensity - 1.0, 0.0, None)
    base_aff = AFFINITY[persona]
    aff = base_aff * (0.6 + 0.8 * rng.random((n, N_CAT))) + np.where(base_aff == 0, breadth[:, None], 0.0)
    pc, pk = np.nonzero(aff > 0)
    rep = np.array([c.repurchase_days for c in CATEGORIES], dtype=float)
    speed = np.clip(intensity, 0.2, None) ** _CADENCE_EXP * _RATE * p.order_rate
    mean_int = rep[pk] / (speed[pc] * aff[pc, pk])
    t = act[pc] + (0.1 + rng.random(pc.size)) * mean_int
    t_end = end[pc]
    ev_c: list[np.ndarray] = []
    ev_k: list[np.ndarray] = []
    ev_t: list[np.ndarray] = []
    idx = np.flatnonzero(t < t_end)
    while idx.size:
        ev_c.append(pc[idx])
        ev_k.append(pk[idx])
        ev_t.append(t[idx])
        s = season[pk[idx], np.clip(t[idx], 0, season.shape[1] - 1).astype(np.int64)]
        t[idx] += rng.gamma(4.0, mean_int[idx] / 4.0) / s
        idx = idx[t[idx] < t_end[idx]]
    # acquisition orders: the first order on (or soon after) sign-up, category by affinity x season
    acq = np.flatnonzero((~never) & (act < end))
    a_day = np.clip(act[acq], 0, W - 1e-6)
    a_w = aff[acq] * season[:, a_day.astype(np.int64)].T
    a_k = _sample_rows(rng, a_w, np.arange(acq.size))
    o_c = np.concatenate([*ev_c, acq])
    o_k = np.concatenate([*ev_k, a_k])
    o_t = np.concatenate([*ev_t, a_day])
    o_src = np.concatenate([np.zeros(sum(a.size for a in ev_c), dtype=np.int64), np.ones(acq.size, np.int64)])

    # --- campaigns and touches -------------------------------------------------------------------
    prog("campaigns", 0.35)
    consent = {"email": c_email.copy(), "sms": c_sms.copy(), "push": c_push.copy()}
    base_order = np.lexsort((o_t, o_c))
    bc, bt = o_c[base_order], o_t[base_order]
    touch_parts: list[dict[str, np.ndarray]] = []
    conv_c: list[np.ndarray] = []
    conv_t: list[np.ndarray] = []
    conv_k: list[np.ndarray] = []
    conv_touch: list[np.ndarray] = []
    n_touch = 0
    for cd in campaign_defs():
        day0 = float((cd.start - START).days)
        eligible = signup_day < day0
        if cd.channel in consent:
            eligible &= consent[cd.channel]
        cix = _campaign_category(cd)
        # orders before the campaign, and the most recent one
        pos = np.searchsorted(bc * (4 * W) + bt, np.arange(n) * (4 * W) + day0)
        first = np.searchsorted(bc, np.arange(n))
        n_before = pos - first
        last_t = np.where(n_before > 0, bt[np.maximum(pos - 1, 0)], -1e9)
        if cd.audience == "all":
            pick = eligible & (rng.random(n) < 0.92)
        elif cd.audience == "affinity":
            a = aff[:, cix] if cix is not None else np.ones(n)
            pick = eligible & (rng.random(n) < 0.12 + 0.7 * np.minimum(a, 1.0))
        elif cd.audience == "lapsed":
            lapsed = (n_before >= 2) & (day0 - last_t > 120)
            if cix is not None:
                lapsed &= aff[:, cix] > 0.3
            pick = eligible & lapsed
        elif cd.audience == "active":
            pick = eligible & (day0 - last_t <= 180)
        else:  # paid social reach: a matched custom audience plus lookalikes
            pick = eligible & (rng.random(n) < 0.3)
        who = np.flatnonzero(pick)
        m = who.size
        if m == 0:
            continue
        f = _FUNNEL[cd.channel]
        slots_d = rng.choice(7, size=3, replace=False)
        slots_h = rng.choice(_SEND_HOURS, size=3, replace=False)
        sl = rng.integers(0, 3, size=m)
        send_day = day0 + slots_d[sl]
        hour = slots_h[sl].astype(float)
        sent = send_day + (hour + rng.random(m) * 0.5) / 24
        dow = (np.datetime64(cd.start.isoformat(), "D") + slots_d[sl].astype("timedelta64[D]")).astype(
            "datetime64[D]").astype(np.int64)
        dow = (dow + 3) % 7  # 1970-01-01 was a Thursday -> Monday = 0
        slot_eff = np.array(_DOW_EFFECT[cd.channel])[dow] * _hour_effect(cd.channel, hour)
        alive = np.where(sent < churn[who], 1.0, 0.3)
        a_cat = aff[who, cix] if cix is not None else aff[who].max(axis=1)
        eng = alive * (0.55 + 0.9 * irank[who]) * (0.6 + 0.6 * np.minimum(a_cat, 1.2))
        if cd.audience == "lapsed":
            eng = eng * 1.4  # win-back offer
        delivered = rng.random(m) < float(f["deliver"] or 0)
        open_p = f["open"]
        if open_p is not None:
            opened = delivered & (rng.random(m) < np.minimum(0.95, open_p * slot_eff * eng))
            clicked = opened & (rng.random(m) < np.minimum(0.9, float(f["click"] or 0) * eng))
        else:
            opened = np.zeros(m, dtype=bool)
            clicked = delivered & (rng.random(m) < np.minimum(0.9, float(f["click"] or 0) * slot_eff * eng))
        converted = clicked & (rng.random(m) < np.minimum(0.9, float(f["convert"] or 0) * slot_eff * eng))
        unsub = delivered & (rng.random(m) < float(f["unsub"] or 0))
        deliv_t = sent + rng.uniform(1, 120, m) / 86400
        open_t = deliv_t + rng.exponential(3.0, m) / 24
        click_base = open_t if open_p is not None else deliv_t
        click_t = click_base + rng.uniform(0.2, 30, m) / 1440
        conv_time = click_t + np.minimum(rng.exponential(0.6, m), 7.0)
        converted &= conv_time < W
        if cd.channel in consent:
            consent[cd.channel][who[unsub]] = False
        touch_parts.append({
            "campaign": np.full(m, cd.campaign_id, dtype=object), "c": who, "channel": np.full(m, cd.channel),
            "sent": sent, "delivered": np.where(delivered, deliv_t, np.nan),
            "opened": np.where(opened, open_t, np.nan), "clicked": np.where(clicked, click_t, np.nan),
            "converted": np.where(converted, conv_time, np.nan), "unsub": unsub,
        })
        cv = np.flatnonzero(converted)
        conv_c.append(who[cv])
        conv_t.append(conv_time[cv])
        if cix is not None:
            conv_k.append(np.where(rng.random(cv.size) < 0.75, cix, _sample_rows(rng, aff[who[cv]], np.arange(cv.size))))
        else:
            conv_k.append(_sample_rows(rng, aff[who[cv]] + 1e-9, np.arange(cv.size)))
        conv_touch.append(n_touch + cv)
        n_touch += m

    # --- all orders --------------------------------------------------------------------------------
    prog("order lines", 0.55)
    cc = np.concatenate(conv_c) if conv_c else np.zeros(0, np.int64)
    o_c = np.concatenate([o_c, cc])
    o_k = np.concatenate([o_k, np.concatenate(conv_k) if conv_k else np.zeros(0, np.int64)])
    o_src = np.concatenate([o_src, np.full(cc.size, 2)])
    # order time of day: base and acquisition orders get a shopping hour; conversions keep theirs
    hours = rng.choice(24, size=o_t.size, p=_SHOP_HOURS / _SHOP_HOURS.sum())
    secs = hours * 3600 + rng.integers(0, 3600, o_t.size)
    o_t = np.floor(o_t) + secs / 86400
    o_t = np.concatenate([o_t, np.concatenate(conv_t) if conv_t else np.zeros(0)])
    o_t = np.round(o_t * 86400) / 86400
    order = np.lexsort((o_c, o_t))
    o_c, o_k, o_t, o_src = o_c[order], o_k[order], o_t[order], o_src[order]
    inv = np.empty_like(order)
    inv[order] = np.arange(order.size)
    n_orders = o_c.size
    order_ids = np.char.add("O", np.char.zfill(np.arange(first_order, first_order + n_orders).astype(str), 8))

    # lines: the anchor category plus add-ons (complements or the customer's affinities)
    basket = rng.lognormal(-1.2, 0.6, size=n) * (0.7 + 0.6 * irank)
    n_add = np.minimum(rng.poisson(basket[o_c]), 3)
    l_o = np.concatenate([np.arange(n_orders), np.repeat(np.arange(n_orders), n_add)])
    comp = np.zeros((N_CAT, N_CAT))
    for s_, cs in _COMPLEMENTS.items():
        for c2 in cs:
            comp[_CI[s_], _CI[c2]] = 1.0
    add_o = l_o[n_orders:]
    use_comp = rng.random(add_o.size) < 0.55
    add_k = np.where(
        use_comp,
        _sample_rows(rng, comp, o_k[add_o]),
        _sample_rows(rng, aff[o_c[add_o]] + 1e-9, np.arange(add_o.size)),
    )
    l_k = np.concatenate([o_k, add_k])
    l_c = o_c[l_o]
    l_prod = _pick_products(rng, l_k, tier[l_c], gender[l_c], np.floor(o_t[l_o]), cat)
    lines = pd.DataFrame({"o": l_o, "prod": l_prod, "k": l_k})
    lines = lines.drop_duplicates(["o", "prod"]).sort_values(["o"], kind="stable")
    l_o = lines["o"].to_numpy()
    l_prod = lines["prod"].to_numpy()
    l_k = lines["k"].to_numpy()
    line_no = lines.groupby("o").cumcount().to_numpy() + 1
    qty = np.ones(l_o.size, dtype=np.int64)
    multi = np.isin(l_k, [_CI["socks"], _CI["accessories"]])
    qty[multi] = rng.choice([1, 2, 3], size=int(multi.sum()), p=[0.6, 0.3, 0.1])
    qty[~multi & (rng.random(l_o.size) < 0.02)] = 2
    # discounts: Black Friday week, January and July clearance, campaign conversion offers
    day = np.floor(o_t).astype(np.int64)
    dates = _START64.astype("datetime64[D]") + day
    month = dates.astype("datetime64[M]").astype(int) % 12 + 1
    dom = (dates - dates.astype("datetime64[M]")).astype(int) + 1
    bf = ((month == 11) & (dom >= 24)) | ((month == 12) & (dom <= 2))
    disc = np.zeros(n_orders)
    r = rng.random(n_orders)
    disc[bf & (r < 0.6)] = 0.2
    disc[np.isin(month, [1, 7]) & (r < 0.3)] = 0.15
    disc[o_src == 2] = np.maximum(disc[o_src == 2], 0.1)
    l_amount = np.round(cat.price[l_prod] * qty * (1 - disc[l_o]), 2)
    o_amount = np.round(np.bincount(l_o, weights=l_amount, minlength=n_orders), 2)

    # --- reviews ---------------------------------------------------------------------------------
    prog("reviews", 0.75)
    rev_day = np.floor(o_t[l_o]) + 5 + rng.gamma(2.0, 8.0, size=l_o.size)
    has_rev = (rng.random(l_o.size) < p.review_rate * (1 + 0.5 * (cat.price[l_prod] > 100))) & (rev_day < W)
    rv = np.flatnonzero(has_rev)
    reviews = _reviews(rng, cat, l_prod[rv], o_c[l_o[rv]], rev_day[rv], cust_id, first_review)

    # --- frames ----------------------------------------------------------------------------------
    prog("tables", 0.9)
    signup_dates = (_START64.astype("datetime64[D]") + np.floor(signup_day).astype(np.int64)).astype(
        "datetime64[s]")
    customers = pd.DataFrame({
        "customer_id": cust_id.astype(object),
        "signup_date": pd.to_datetime(signup_dates).date,
        "region": np.array(REGIONS, dtype=object)[region],
        "age_band": np.array(AGE_BANDS, dtype=object)[age],
        "consent_email": consent["email"],
        "consent_sms": consent["sms"],
        "consent_push": consent["push"],
        "email": np.char.add(np.char.lower(cust_id), "@example.com").astype(object),
        "phone": np.char.add("+1555", np.char.zfill(cnum.astype(str), 7)).astype(object),
        "first_name": first_name.astype(object),
    })
    orders = pd.DataFrame({
        "order_id": order_ids.astype(object),
        "customer_id": cust_id[o_c].astype(object),
        "order_ts": _to_ts(o_t),
        "amount": o_amount,
    })
    order_lines = pd.DataFrame({
        "order_id": order_ids[l_o].astype(object),
        "line_no": line_no.astype(np.int64),
        "product_id": cat.ids[l_prod],
        "quantity": qty,
        "amount": l_amount,
    })
    if touch_parts:
        tp = {k: np.concatenate([d[k] for d in touch_parts]) for k in touch_parts[0]}
    else:
        tp = {k: np.zeros(0) for k in ("campaign", "c", "channel", "sent", "delivered", "opened", "clicked",
                                        "converted", "unsub")}
    revenue = np.zeros(tp["c"].size)
    conv_rows = np.concatenate(conv_touch) if conv_touch else np.zeros(0, np.int64)
    conv_orders = inv[n_orders - conv_rows.size + np.arange(conv_rows.size)] if conv_rows.size else conv_rows
    revenue[conv_rows] = o_amount[conv_orders]

    def ts_or_null(x: np.ndarray) -> pd.Series:
        ok = ~np.isnan(x)
        s = np.full(x.shape, np.datetime64("NaT"), dtype="datetime64[s]")
        s[ok] = _to_ts(x[ok])
        return pd.Series(s)

    touches = pd.DataFrame({
        "campaign_id": tp["campaign"].astype(object),
        "customer_id": cust_id[tp["c"].astype(np.int64)].astype(object),
        "channel": tp["channel"].astype(object),
        "sent_ts": _to_ts(tp["sent"]),
        "delivered_ts": ts_or_null(tp["delivered"]),
        "opened_ts": ts_or_null(tp["opened"]),
        "clicked_ts": ts_or_null(tp["clicked"]),
        "converted_ts": ts_or_null(tp["converted"]),
        "revenue": revenue,
        "unsubscribed": tp["unsub"].astype(bool),
    })
    prog("tables", 1.0)
    return {
        "customers": customers, "orders": orders, "order_lines": order_lines,
        "touches": touches, "reviews": reviews,
    }


# purchase rate: a customer's gap in a category is repurchase_days / (affinity x speed), where
# speed = _RATE x intensity ** _CADENCE_EXP; heavy buyers also add categories (_BREADTH).
_RATE = 2.3
_CADENCE_EXP = 0.5
_BREADTH = 0.2

# shopping hour of day (local): lunch and evening peaks
_SHOP_HOURS = np.array(
    [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.2, 3, 3.6, 4, 4.4, 5.2, 5, 4.4, 4.2, 4.2, 4.6, 5.4, 6.4, 7, 6.4, 4.4, 2.2]
)


def _campaign_category(cd: CampaignDef) -> int | None:
    return _CI[cd.category] if cd.category else None


def _reviews(rng: np.random.Generator, cat: _Catalog, prod: np.ndarray, cust: np.ndarray, day: np.ndarray,
             cust_id: np.ndarray, first_review: int) -> pd.DataFrame:
    m = prod.size
    texts: list[str] = []
    ratings = np.empty(m, dtype=np.int64)
    n_themes = rng.choice([1, 2, 3], size=m, p=[0.35, 0.45, 0.2])
    noise = rng.normal(0, 0.75, size=(m, 3))
    u = rng.random((m, 6))
    rating_noise = rng.normal(0, 0.45, size=m)
    for i in range(m):
        pi = int(prod[i])
        themes = _THEMES[CATEGORIES[int(cat.cat[pi])].slug]
        names = list(themes)
        q = cat.theme_q[pi]
        k = min(int(n_themes[i]), len(names))
        start = int(u[i, 0] * len(names))
        chosen = [(start + j) % len(names) for j in range(k)]
        xs = [float(q[c] + noise[i, j]) for j, c in enumerate(chosen)]
        if u[i, 5] < 0.07:  # a bad experience: every mentioned theme disappointed
            xs = [-abs(x) - 0.6 for x in xs]
        latent = 4.1 + 1.5 * float(np.mean(xs)) + float(rating_noise[i])
        stars = int(np.clip(np.round(latent), 1, 5))
        ratings[i] = stars
        parts = [_OPENERS[stars][int(u[i, 1] * 4)]]
        for j, c in enumerate(chosen):
            pos, neg = themes[names[c]]
            opts = pos if xs[j] > 0 else neg
            parts.append(opts[int(u[i, 2 + j] * len(opts))])
        texts.append(" ".join(parts))
    rid = np.char.add("R", np.char.zfill(np.arange(first_review, first_review + m).astype(str), 7))
    rdates = _START64.astype("datetime64[D]") + np.floor(day).astype(np.int64)
    return pd.DataFrame({
        "review_id": rid.astype(object),
        "product_id": cat.ids[prod],
        "customer_id": cust_id[cust].astype(object),
        "rating": ratings,
        "review_date": pd.to_datetime(rdates.astype("datetime64[s]")).date,
        "text": np.array(texts, dtype=object),
    }).sort_values(["review_date", "review_id"], kind="stable").reset_index(drop=True)


def products_frame() -> pd.DataFrame:
    """The ``products`` table: the catalogue's rows."""
    return pd.DataFrame(_catalog().rows)


def campaigns_frame(sends: dict[str, int]) -> pd.DataFrame:
    """The ``campaigns`` table; ``sends`` (campaign id -> number of touches) sets each cost."""
    rows = []
    for cd in campaign_defs():
        f = _FUNNEL[cd.channel]
        m = sends.get(cd.campaign_id, 0)
        rows.append({
            "campaign_id": cd.campaign_id,
            "name": cd.name,
            "channel": cd.channel,
            "start_date": cd.start,
            "category": cd.category,
            "cost": round(float(f["fixed"] or 0) + float(f["per_send"] or 0) * m, 2),
        })
    return pd.DataFrame(rows)


# --- writing a workspace -------------------------------------------------------------------------------
class DemoSummary(BaseModel):
    """What ``build_demo_workspace`` wrote."""

    synthetic: bool = Field(True, description="Always true: the demo brand's data is generated.")
    seed: int
    n_customers: int
    rows: dict[str, int] = Field(description="Row count per table.")
    first_order_date: date
    last_order_date: date
    as_of_date: date = Field(description="The analytics as-of date: the day after the last possible order.")
    build_seconds: float

    def to_text(self) -> str:
        counts = ", ".join(f"{k} {v:,}" for k, v in self.rows.items())
        return (
            f"Demo workspace (SYNTHETIC data, seed {self.seed}): {counts}. Orders "
            f"{self.first_order_date} to {self.last_order_date}; as-of date {self.as_of_date}. "
            f"Built in {self.build_seconds:.1f} s."
        )


def reset_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Drop every table and view (the copied old database) and create the contract schema."""
    for name, kind in con.execute(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall():
        con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} IF EXISTS "{name}"')
    con.execute("DROP SCHEMA IF EXISTS _copilot CASCADE")  # the import batches of the replaced data
    create_schema(con)


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    """Insert a DataFrame into a contract table, columns in contract order."""
    cols = [c for c in CONTRACT[table].column_names if c in df.columns]
    view = df[cols]
    con.register("_frame", view)
    try:
        collist = ", ".join(f'"{c}"' for c in cols)
        con.execute(f'INSERT INTO "{table}" ({collist}) SELECT {collist} FROM _frame')
    finally:
        con.unregister("_frame")


def build_demo_workspace(
    workspace: Workspace,
    *,
    seed: int = 7,
    n_customers: int = 30_000,
    progress: Progress | None = None,
) -> DemoSummary:
    """Build the SYNTHETIC demo brand into ``workspace`` (replacing its tables) and return a summary.

    The database is rebuilt beside the live one and swapped in only on success, so a failure
    leaves the previous data intact. Same ``seed`` and ``n_customers`` -> identical tables.
    """
    if n_customers < 1:
        raise ValueError("n_customers must be positive")
    t0 = time.perf_counter()
    prog = progress or (lambda _s, _f: None)

    def sub(stage: str, frac: float) -> None:
        prog(stage, 0.85 * frac)

    width = max(6, len(str(n_customers)))
    tables = generate_tables(n_customers, params=GenParams(seed=seed, id_width=width), progress=sub)
    sends = tables["touches"]["campaign_id"].value_counts().to_dict()
    tables["products"] = products_frame()
    tables["campaigns"] = campaigns_frame({str(k): int(v) for k, v in sends.items()})
    with workspace.rebuild_database() as con:
        reset_schema(con)
        for i, name in enumerate(LOAD_ORDER):
            prog(f"writing {name}", 0.85 + 0.15 * i / len(LOAD_ORDER))
            insert_frame(con, name, tables[name])
    workspace.mark("demo", seed=seed, customers=n_customers)
    prog("done", 1.0)
    ts = tables["orders"]["order_ts"]
    summary = DemoSummary(
        seed=seed,
        n_customers=n_customers,
        rows={name: len(tables[name]) for name in LOAD_ORDER},
        first_order_date=ts.min().date(),
        last_order_date=ts.max().date(),
        as_of_date=AS_OF,
        build_seconds=round(time.perf_counter() - t0, 2),
    )
    log.info("%s", summary.to_text())
    return summary


def ensure_workspace(target: Deps | Workspace, progress: Progress | None = None) -> DemoSummary | None:
    """Build the demo workspace when ``target`` has no data yet; return its summary, or None if data exists.

    Used on the first run of a command that needs data (e.g. ``copilot train``); the one guarded step
    is :func:`copilot.firstrun.ensure_demo_data` (never in a folder that held a brand's data).
    """
    from copilot.firstrun import ensure_demo_data

    ws = target if isinstance(target, Workspace) else target.workspace
    if not ws.exists():
        ws.refuse_demo_over_brand()
        log.warning("No data in %s: building the SYNTHETIC demo workspace.", ws.root)
    return ensure_demo_data(ws, progress=progress)
