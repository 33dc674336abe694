"""The demo brand's product catalogue: Northtrail Outfitters, an outdoor and running-gear store.

SYNTHETIC. Deterministic: the same seed gives the same catalogue, so the demo workspace
(``copilot.data.demo``) and the knowledge base's product documents (``knowledge/sources``)
always agree on product ids, names, prices and attributes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

CATALOG_SEED = 20240601


@dataclass(frozen=True)
class CategorySpec:
    slug: str
    label: str
    noun: list[str]
    price: tuple[int, int]
    count: int
    materials: list[str]
    features: list[str]
    care: str
    warranty_years: int
    sizing: str
    season_peak: list[int]  # months with the highest demand (1-12)
    repurchase_days: int  # typical days between purchases in the category
    attrs: dict[str, list[Any]] = field(default_factory=dict)


CATEGORIES: list[CategorySpec] = [
    CategorySpec(
        "trail-running-shoes", "Trail running shoes", ["Trail", "Trail GTX", "Ultra", "Sky", "Fell"],
        (110, 185), 28,
        ["engineered mesh upper", "recycled polyester mesh", "Vibram Megagrip outsole", "TrailGrip rubber outsole",
         "EVA midsole", "nitrogen-infused foam midsole", "rock plate"],
        ["5 mm lugs for mud and loose ground", "4 mm lugs for mixed terrain", "gusseted tongue keeps debris out",
         "protective toe bumper", "quick-lace system", "wide toe box", "grips on wet rock",
         "drains quickly after stream crossings"],
        "Remove insoles, rinse off mud with cold water and air dry away from direct heat.", 1,
        "True to size; half sizes 6-14. Wide fit available in selected sizes.", [3, 4, 5, 9, 10], 180,
        {"drop_mm": [4, 6, 8], "weight_g": [250, 270, 290, 310, 330], "waterproof": [False, False, True]},
    ),
    CategorySpec(
        "road-running-shoes", "Road running shoes", ["Road", "Tempo", "Daily", "Glide", "Pace"],
        (100, 175), 24,
        ["knit upper", "engineered mesh upper", "supercritical foam midsole", "carbon-infused plate",
         "blown rubber outsole"],
        ["responsive cushioning for daily miles", "reflective details for low light", "breathable upper",
         "stable heel counter", "rocker geometry for smooth transitions"],
        "Hand wash with mild soap; air dry. Do not machine wash.", 1,
        "True to size; half sizes 5-14.", [1, 3, 4, 9], 200,
        {"drop_mm": [6, 8, 10], "weight_g": [220, 240, 260, 280], "waterproof": [False]},
    ),
    CategorySpec(
        "hiking-boots", "Hiking boots", ["Mid GTX", "Trek", "Ridge Boot", "Backcountry", "Approach"],
        (140, 260), 20,
        ["full-grain leather upper", "nubuck leather upper", "Gore-Tex waterproof membrane",
         "Vibram outsole", "TPU shank", "PU midsole"],
        ["waterproof membrane keeps feet dry", "ankle support for rough trails", "resoleable construction",
         "padded collar", "lace hooks for a locked-in fit"],
        "Brush off dirt, clean with water, let dry naturally and treat leather with wax twice a season.", 2,
        "Runs half a size small; order half a size up for thick socks.", [4, 5, 6, 9], 540,
        {"weight_g": [520, 580, 640, 720], "waterproof": [True, True, False]},
    ),
    CategorySpec(
        "rain-jackets", "Rain jackets", ["Shell", "Rain Jacket", "Storm Shell", "Stretch Shell", "Pac Jacket"],
        (90, 320), 22,
        ["2.5-layer nylon ripstop", "3-layer recycled nylon", "PFC-free DWR finish", "fully taped seams"],
        ["fully taped seams", "helmet-compatible hood", "pit zips for venting", "packs into its own pocket",
         "adjustable cuffs and hem", "two-way front zip"],
        "Machine wash cold, tumble dry low to reactivate the DWR. No fabric softener.", 2,
        "Regular fit with room for a mid layer; XS-XXL.", [3, 4, 10, 11], 720,
        {"waterproof_mm": [10000, 20000, 28000], "breathability_g_m2": [10000, 15000, 25000],
         "weight_g": [210, 280, 340, 420], "waterproof": [True]},
    ),
    CategorySpec(
        "insulated-jackets", "Insulated jackets", ["Down Jacket", "Puffy", "Hoody", "Belay Parka", "Vest"],
        (120, 380), 20,
        ["800-fill responsibly sourced down", "650-fill responsibly sourced down", "synthetic PrimaLoft insulation",
         "recycled nylon shell"],
        ["warm for its weight", "packs small", "insulates when damp (synthetic models)", "adjustable hood",
         "zippered hand pockets"],
        "Machine wash cold on gentle with down wash; tumble dry low with dryer balls.", 2,
        "Regular fit; XS-XXL.", [10, 11, 12, 1], 900,
        {"fill_power": [650, 800, 0], "weight_g": [290, 360, 450, 600], "waterproof": [False]},
    ),
    CategorySpec(
        "base-layers", "Base layers", ["Merino Crew", "Merino Zip", "Base Tee", "Tight", "Hoody"],
        (45, 120), 22,
        ["150 gsm merino wool", "200 gsm merino wool", "250 gsm merino wool", "merino-nylon core-spun blend"],
        ["naturally odour resistant", "soft next to skin", "regulates temperature", "flatlock seams"],
        "Machine wash cold on wool cycle; lay flat to dry.", 1,
        "Slim, next-to-skin fit; XS-XXL.", [10, 11, 12, 1, 2], 300,
        {"weight_g": [140, 180, 220], "waterproof": [False]},
    ),
    CategorySpec(
        "running-apparel", "Running apparel", ["Run Short", "Run Tee", "Tight", "Singlet", "Wind Jacket"],
        (35, 140), 26,
        ["recycled polyester knit", "lightweight ripstop", "quick-dry stretch woven"],
        ["reflective details for low light", "zippered phone pocket", "quick-drying fabric",
         "chafe-free flat seams", "built-in liner"],
        "Machine wash cold; line dry.", 1,
        "Athletic fit; XS-XXL.", [3, 4, 5, 6, 7], 150,
        {"weight_g": [90, 120, 160], "waterproof": [False]},
    ),
    CategorySpec(
        "socks", "Socks", ["Run Sock", "Hike Sock", "Trail Crew", "No-Show", "Mountaineer"],
        (16, 32), 16,
        ["merino wool blend", "recycled nylon", "Coolmax polyester blend"],
        ["cushioned heel and toe", "seamless toe", "arch support band", "blister-reducing fit"],
        "Machine wash warm inside out; tumble dry low.", 3,
        "S 4-6.5, M 7-9.5, L 10-12.5, XL 13-15.", [9, 10, 11, 12], 120,
        {"weight_g": [40, 60, 80], "waterproof": [False]},
    ),
    CategorySpec(
        "backpacks", "Backpacks", ["Daypack", "Pack", "Summit Pack", "Travel Pack", "Ultralight Pack"],
        (70, 280), 20,
        ["210D ripstop nylon", "recycled 420D nylon", "aluminium stay frame", "Dyneema-reinforced panels"],
        ["ventilated back panel", "hydration sleeve", "hipbelt pockets", "rain cover included",
         "ice-axe and pole loops"],
        "Spot clean with mild soap and water; air dry unzipped.", 3,
        "Adjustable torso fits 16-21 inches.", [5, 6, 7, 8], 900,
        {"volume_l": [18, 24, 28, 38, 45, 65], "weight_g": [520, 780, 1100, 1500], "waterproof": [False]},
    ),
    CategorySpec(
        "hydration-vests", "Hydration vests", ["Race Vest", "Run Vest", "Ultra Vest", "Hydration Vest"],
        (80, 175), 14,
        ["stretch mesh", "recycled nylon", "soft flask", "bite valve"],
        ["two 500 ml soft flasks included", "bounce-free fit", "front pole holders", "whistle on sternum strap"],
        "Hand wash; rinse flasks with warm water and air dry.", 2,
        "XS-XL; measure chest circumference.", [4, 5, 6, 7, 8], 700,
        {"volume_l": [5, 8, 12], "weight_g": [150, 190, 240], "waterproof": [False]},
    ),
    CategorySpec(
        "headlamps", "Headlamps", ["Headlamp", "Trail Lamp", "Beam", "Night Runner"],
        (30, 140), 14,
        ["rechargeable lithium-ion battery", "aluminium housing", "polycarbonate lens"],
        ["red light mode preserves night vision", "USB-C rechargeable", "lock mode for travel",
         "reactive brightness"],
        "Wipe clean; charge every three months in storage.", 3,
        "One size; adjustable strap.", [10, 11, 12, 1], 900,
        {"lumens": [300, 500, 900, 1200], "ip_rating": ["IPX4", "IPX7"], "weight_g": [70, 90, 120],
         "waterproof": [False]},
    ),
    CategorySpec(
        "tents", "Tents", ["Tent 1P", "Tent 2P", "Tent 3P", "Bivy", "Trekking Tent"],
        (180, 620), 16,
        ["15D silnylon fly", "DAC aluminium poles", "1200 mm PU-coated floor", "no-see-um mesh"],
        ["freestanding design", "two doors and two vestibules", "pitches fly-first in rain",
         "colour-coded clips"],
        "Dry fully before storing; clean with water only.", 5,
        "Sleeps as named; floor dimensions on the spec sheet.", [4, 5, 6, 7], 1500,
        {"weight_g": [980, 1400, 1900, 2600], "sleeps": [1, 2, 3], "waterproof": [True]},
    ),
    CategorySpec(
        "sleeping-bags", "Sleeping bags", ["Bag 20", "Bag 35", "Quilt", "Bag 0"],
        (150, 480), 14,
        ["800-fill responsibly sourced down", "650-fill responsibly sourced down", "synthetic insulation",
         "20D nylon shell"],
        ["draft collar", "full-length zip", "compression sack included", "water-resistant shell"],
        "Store loose in the cotton storage sack; wash with down-specific wash.", 5,
        "Regular fits up to 6 ft, long up to 6 ft 6 in.", [5, 6, 7, 8], 1500,
        {"temp_rating_f": [0, 20, 35], "weight_g": [680, 900, 1250], "waterproof": [False]},
    ),
    CategorySpec(
        "trekking-poles", "Trekking poles", ["Carbon Poles", "Alloy Poles", "Z-Poles", "Trek Poles"],
        (60, 190), 12,
        ["carbon fibre shafts", "7075 aluminium shafts", "EVA foam grips", "tungsten carbide tips"],
        ["fold to 38 cm", "lever-lock length adjustment", "interchangeable baskets",
         "extended grip for steep climbs"],
        "Dry and separate sections after wet use.", 3,
        "Adjustable 100-130 cm.", [5, 6, 7, 8, 9], 1500,
        {"weight_g": [290, 360, 480], "waterproof": [False]},
    ),
    CategorySpec(
        "accessories", "Accessories", ["Gaiters", "Run Cap", "Beanie", "Liner Gloves", "Buff", "Sunglasses"],
        (15, 90), 30,
        ["recycled polyester", "merino wool", "polycarbonate lenses", "stretch softshell"],
        ["UPF 50 sun protection", "touchscreen-compatible fingertips", "reflective logo",
         "keeps trail debris out of shoes"],
        "Machine wash cold; air dry.", 1,
        "One size or S/M and L/XL.", [6, 7, 11, 12], 240,
        {"weight_g": [30, 50, 80], "waterproof": [False]},
    ),
]

NAME_PREFIXES = [
    "Ridgeline", "Summit", "Cascade", "Alder", "Basalt", "Tamarack", "Switchback", "Granite", "Fernwood",
    "Kestrel", "Talus", "Scree", "Cirrus", "Nimbus", "Larch", "Juniper", "Coyote", "Ember", "Glacier",
    "Sierra", "Cairn", "Moraine", "Osprey Ridge", "Wildfern", "Highline", "Timberline", "Saddle", "Col",
]

# Claims the brand permits for every product; product-specific allowed claims come from features.
GENERIC_ALLOWED_CLAIMS = ["free returns within 60 days", "designed in Portland, Oregon"]


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    category: str
    category_label: str
    price: float
    gender: str
    materials: list[str]
    features: list[str]
    attributes: dict[str, Any]
    sizing: str
    care: str
    warranty_years: int
    allowed_claims: list[str]
    launch_date: str
    popularity: float

    def as_row(self) -> dict[str, Any]:
        """The row for the ``products`` table of the data contract."""
        import json

        attrs = {
            **self.attributes,
            "gender": self.gender,
            "materials": self.materials,
            "features": self.features,
            "warranty_years": self.warranty_years,
        }
        return {
            "product_id": self.product_id,
            "name": self.name,
            "category": self.category,
            "price": self.price,
            "attributes": json.dumps(attrs, sort_keys=True),
        }


def build_catalog(seed: int = CATALOG_SEED) -> list[Product]:
    """Return the demo catalogue (~300 products), identical for the same seed."""
    rng = random.Random(seed)
    products: list[Product] = []
    used_names: set[str] = set()
    pid = 1000
    for cat in CATEGORIES:
        for i in range(cat.count):
            pid += 1
            for _ in range(50):
                name = f"{rng.choice(NAME_PREFIXES)} {rng.choice(cat.noun)}"
                if i % 4 == 3:
                    name += f" {rng.choice(['2', '3', 'Pro', 'LT', 'SE'])}"
                if name not in used_names:
                    break
            used_names.add(name)
            lo, hi = cat.price
            price = round(rng.uniform(lo, hi) / 5) * 5 - 0.05
            attrs = {k: rng.choice(v) for k, v in cat.attrs.items()}
            if "GTX" in name or "Shell" in name or "Rain" in name:
                attrs["waterproof"] = True
            mats = sorted(rng.sample(cat.materials, k=min(len(cat.materials), rng.randint(2, 3))))
            feats = sorted(rng.sample(cat.features, k=min(len(cat.features), rng.randint(2, 4))))
            # keep each product coherent: one outsole, one midsole, no waterproof claims on non-waterproof gear
            for part in ("outsole", "midsole", "upper", "fill", "shafts"):
                hits = [m for m in mats if part in m]
                mats = [m for m in mats if part not in m] + hits[:1]
            if not attrs.get("waterproof"):
                mats = [m for m in mats if "waterproof" not in m.lower() and "gore-tex" not in m.lower()]
                feats = [f for f in feats if "waterproof" not in f.lower()]
            mats, feats = sorted(mats), sorted(feats)
            if attrs.get("waterproof") and cat.slug in {"trail-running-shoes", "hiking-boots"}:
                mats = sorted({*mats, "Gore-Tex waterproof membrane"})
                feats = sorted({*feats, "waterproof membrane keeps feet dry"})
            gender = rng.choice(["men", "women", "unisex"]) if cat.slug not in {
                "headlamps", "tents", "trekking-poles", "backpacks"} else "unisex"
            allowed = [*feats, *GENERIC_ALLOWED_CLAIMS]
            if cat.warranty_years >= 2:
                allowed.append(f"{cat.warranty_years}-year warranty")
            year = rng.choice([2022, 2023, 2024])
            products.append(
                Product(
                    product_id=f"P{pid}",
                    name=name,
                    category=cat.slug,
                    category_label=cat.label,
                    price=float(price),
                    gender=gender,
                    materials=mats,
                    features=feats,
                    attributes=attrs,
                    sizing=cat.sizing,
                    care=cat.care,
                    warranty_years=cat.warranty_years,
                    allowed_claims=allowed,
                    launch_date=f"{year}-{rng.randint(1, 12):02d}-01",
                    popularity=rng.paretovariate(1.3),
                )
            )
    return products


def category_spec(slug: str) -> CategorySpec:
    for c in CATEGORIES:
        if c.slug == slug:
            return c
    raise KeyError(slug)
