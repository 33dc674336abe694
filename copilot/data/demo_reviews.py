"""Review text for the demo brand: per-category themes and the composer that writes each review.

Reviews mention one to three of their category's themes; whether a theme is praised or criticised
follows the product's fixed quality on that theme (:func:`theme_qualities`), and the stars follow
the same qualities, so topic models and sentiment find themes that agree with the ratings
(``copilot.knowledge.reviews`` mines them). Split from the generator because the phrasings are
~130 lines of data that read best on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from copilot.data.catalog import CATEGORIES, Product
from copilot.data.demo_brand import START64

# fmt: off
# Per category: theme -> (positive phrasings, negative phrasings). Reviews mention one to three
# themes; the polarity follows the product's quality on that theme, so themes correlate with stars.
THEMES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
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
OPENERS: dict[int, tuple[str, ...]] = {
    5: ("Love it!", "Absolutely fantastic.", "Best purchase this year.", "Excellent, highly recommend."),
    4: ("Really good overall.", "Very happy with it.", "Great, with one small niggle.", "Solid choice."),
    3: ("It's okay.", "Mixed feelings.", "Decent but not great.", "Average."),
    2: ("Disappointed.", "Not what I hoped for.", "Meh, would not buy again.", "Below expectations."),
    1: ("Terrible, returning it.", "Awful.", "Very disappointed, waste of money.", "Do not buy."),
}

# fmt: on


def theme_qualities(products: Sequence[Product]) -> list[np.ndarray]:
    """Per product, its quality on each theme of its category (fixed, like the catalogue: own seed)."""
    rng = np.random.default_rng(20240601)
    return [rng.normal(0.35, 0.85, size=len(THEMES[p.category])) for p in products]


def compose_reviews(
    rng: np.random.Generator,
    *,
    prod: np.ndarray,
    product_category: np.ndarray,
    theme_q: list[np.ndarray],
    product_ids: np.ndarray,
    customer_ids: np.ndarray,
    day: np.ndarray,
    first_review: int,
) -> pd.DataFrame:
    """The ``reviews`` table for reviewed lines: ``prod`` (product index per review), the reviewer's
    ``customer_ids`` and review ``day``s (days since the window start); ids from ``first_review``.

    ``product_category``, ``theme_q`` and ``product_ids`` are per product (the generator's arrays)."""
    m = prod.size
    texts: list[str] = []
    ratings = np.empty(m, dtype=np.int64)
    n_themes = rng.choice([1, 2, 3], size=m, p=[0.35, 0.45, 0.2])
    noise = rng.normal(0, 0.75, size=(m, 3))
    u = rng.random((m, 6))
    rating_noise = rng.normal(0, 0.45, size=m)
    for i in range(m):
        pi = int(prod[i])
        themes = THEMES[CATEGORIES[int(product_category[pi])].slug]
        names = list(themes)
        q = theme_q[pi]
        k = min(int(n_themes[i]), len(names))
        start = int(u[i, 0] * len(names))
        chosen = [(start + j) % len(names) for j in range(k)]
        xs = [float(q[c] + noise[i, j]) for j, c in enumerate(chosen)]
        if u[i, 5] < 0.07:  # a bad experience: every mentioned theme disappointed
            xs = [-abs(x) - 0.6 for x in xs]
        latent = 4.1 + 1.5 * float(np.mean(xs)) + float(rating_noise[i])
        stars = int(np.clip(np.round(latent), 1, 5))
        ratings[i] = stars
        parts = [OPENERS[stars][int(u[i, 1] * 4)]]
        for j, c in enumerate(chosen):
            pos, neg = themes[names[c]]
            opts = pos if xs[j] > 0 else neg
            parts.append(opts[int(u[i, 2 + j] * len(opts))])
        texts.append(" ".join(parts))
    rid = np.char.add("R", np.char.zfill(np.arange(first_review, first_review + m).astype(str), 7))
    rdates = START64.astype("datetime64[D]") + np.floor(day).astype(np.int64)
    return (
        pd.DataFrame(
            {
                "review_id": rid.astype(object),
                "product_id": product_ids[prod],
                "customer_id": customer_ids.astype(object),
                "rating": ratings,
                "review_date": pd.to_datetime(rdates.astype("datetime64[s]")).date,
                "text": np.array(texts, dtype=object),
            }
        )
        .sort_values(["review_date", "review_id"], kind="stable")
        .reset_index(drop=True)
    )
