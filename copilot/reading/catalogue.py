"""What the reader may name: the workspace's categories, products, segments and regions.

Read once per workspace (memoised on the Deps); without a workspace, the demo brand's catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copilot.deps import Deps
from copilot.reading import regex as re


@dataclass(frozen=True)
class Catalogue:
    categories: list[tuple[str, str]]  # (slug, label)
    products: list[tuple[str, str, str]]  # (id, name, category slug)
    regions: list[str] = field(default_factory=list)
    currency: str = "USD"
    age_bands: list[str] = field(default_factory=list)  # customers.age_band's values; none: the data has no age
    genders: dict[str, str] = field(default_factory=dict)  # product id -> who it is made for (men, women, unisex); none: not kept

    @property
    def slugs(self) -> set[str]:
        return {s for s, _ in self.categories}

    def product_category(self, product_id: str) -> str | None:
        for pid, _, cat in self.products:
            if pid == product_id:
                return cat
        return None


def _demo() -> Catalogue:
    from copilot.data.catalog import CATEGORIES, build_catalog
    from copilot.data.demo import REGIONS
    from copilot.data.demo_brand import AGE_BANDS

    return Catalogue(
        categories=[(c.slug, c.label) for c in CATEGORIES],
        products=[(p.product_id, p.name, p.category) for p in build_catalog()],
        regions=list(REGIONS),
        age_bands=list(AGE_BANDS),
        genders={p.product_id: p.gender for p in build_catalog()},
    )


_DEMO: Catalogue | None = None


def demo_catalogue() -> Catalogue:
    global _DEMO
    if _DEMO is None:
        _DEMO = _demo()
    return _DEMO


def catalogue_of(deps: Deps | None) -> Catalogue:
    """The workspace's catalogue (the demo's when there is no workspace or no data yet)."""
    if deps is None:
        return demo_catalogue()
    cached = deps._cache.get("reading.catalogue")
    if isinstance(cached, Catalogue):
        return cached
    try:
        if not deps.workspace.db_path.exists():
            return demo_catalogue()
        from copilot.data.catalog import CATEGORIES

        labels = {c.slug: c.label for c in CATEGORIES}
        with deps.workspace.connect() as con:
            rows = con.execute("SELECT product_id, name, category, attributes FROM products").fetchall()
            prods = [(str(a), str(b), str(c)) for a, b, c, _ in rows]
            genders = _genders(rows)
            regions = [str(r[0]) for r in con.execute(
                "SELECT DISTINCT region FROM customers WHERE region IS NOT NULL ORDER BY 1").fetchall()]
            try:  # an optional column: absent or empty, the data has no age
                ages = [str(r[0]) for r in con.execute(
                    "SELECT DISTINCT age_band FROM customers WHERE age_band IS NOT NULL ORDER BY 1").fetchall()]
            except Exception:
                ages = []
    except Exception:
        return demo_catalogue()
    slugs = sorted({p[2] for p in prods})
    cat = Catalogue(
        categories=[(s, labels.get(s, re.sub(r"[-_]+", " ", s))) for s in slugs],
        products=prods,
        regions=regions,
        currency=getattr(deps.settings, "currency", "USD") or "USD",
        age_bands=ages,
        genders=genders,
    )
    deps._cache["reading.catalogue"] = cat
    return cat


def _genders(rows: list[tuple[object, ...]]) -> dict[str, str]:
    """Each product's gender from its attributes (JSON); none when the catalogue does not keep one."""
    import json

    out: dict[str, str] = {}
    for row in rows:
        try:
            attrs = json.loads(str(row[3])) if row[3] else {}
        except ValueError:
            continue
        if isinstance(attrs, dict) and isinstance(attrs.get("gender"), str):
            out[str(row[0])] = attrs["gender"].lower()
    return out
