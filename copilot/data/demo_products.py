"""The demo catalogue as arrays, and how an order line picks its product.

``copilot.data.catalog`` holds the products as records (shared with the knowledge base's
documents); the generator needs them as columns: category index, price tier within the category,
gender, launch day and popularity, plus each product's fixed quality per review theme. Split from the
generator so the product side (who buys which product of a category, never before its launch) reads
on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from copilot.data.catalog import build_catalog
from copilot.data.demo_brand import CAT_INDEX, N_CAT, START
from copilot.data.demo_reviews import theme_qualities


@dataclass
class ProductArrays:
    """The catalogue as columns (index = product position in ``build_catalog()``)."""

    ids: np.ndarray
    cat: np.ndarray
    price: np.ndarray
    tier: np.ndarray
    gender: np.ndarray  # 0 men, 1 women, 2 unisex
    launch_day: np.ndarray
    popularity: np.ndarray
    theme_q: list[np.ndarray]  # per product: quality per theme of its category
    rows: list[dict[str, Any]]


def product_arrays() -> ProductArrays:
    """The catalogue as columns; price tier 0/1/2 is the product's price third within its category."""
    prods = build_catalog()
    cat = np.array([CAT_INDEX[p.category] for p in prods])
    price = np.array([p.price for p in prods])
    tier = np.zeros(len(prods), dtype=np.int64)
    for c in range(N_CAT):
        idx = np.flatnonzero(cat == c)
        ranks = price[idx].argsort().argsort()
        tier[idx] = (3 * ranks) // len(idx)
    gender = np.array([{"men": 0, "women": 1}.get(p.gender, 2) for p in prods])
    launch = np.array([(date.fromisoformat(p.launch_date) - START).days for p in prods])
    pop = np.array([min(p.popularity, 12.0) for p in prods])
    return ProductArrays(
        ids=np.array([p.product_id for p in prods], dtype=object),
        cat=cat,
        price=price,
        tier=tier,
        gender=gender,
        launch_day=launch,
        popularity=pop,
        theme_q=theme_qualities(prods),
        rows=[p.as_row() for p in prods],
    )


def pick_products(
    rng: np.random.Generator,
    cat_ix: np.ndarray,
    tier: np.ndarray,
    gender: np.ndarray,
    day: np.ndarray,
    cat: ProductArrays,
) -> np.ndarray:
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


def products_frame() -> pd.DataFrame:
    """The ``products`` table: the catalogue's rows."""
    return pd.DataFrame(product_arrays().rows)
