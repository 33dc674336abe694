"""Generate the demo brand's product documents (``knowledge/sources/products/<id>.md``) from the catalogue.

The documents are committed; this script regenerates them so product ids, names and prices always
agree with :func:`copilot.data.catalog.build_catalog` (a test checks they are up to date)::

    python -m copilot.knowledge.build_sources            # rewrite knowledge/sources/products/
    python -m copilot.knowledge.build_sources --check    # exit 1 if any file is stale

Each fact sits under its own heading so the chunker turns it into one small citable fact.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from copilot.data.catalog import Product, build_catalog
from copilot.fsutil import atomic_write_text

SOURCES_DIR = Path(__file__).parent / "sources"
PRODUCTS_DIR = SOURCES_DIR / "products"
BRAND = "Northtrail Outfitters"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# attribute key -> (label, formatter)
_SPEC_LABELS: dict[str, tuple[str, str]] = {
    "weight_g": ("Weight", "{:,} g"),
    "drop_mm": ("Heel-to-toe drop", "{} mm"),
    "waterproof_mm": ("Waterproof rating", "{:,} mm hydrostatic head"),
    "breathability_g_m2": ("Breathability", "{:,} g/m²/24h"),
    "fill_power": ("Down fill power", "{}-fill"),
    "volume_l": ("Volume", "{} litres"),
    "lumens": ("Maximum brightness", "{:,} lumens"),
    "ip_rating": ("Water resistance", "{}"),
    "sleeps": ("Sleeps", "{} people"),
    "temp_rating_f": ("Temperature rating", "{} °F"),
}


def format_price(price: float) -> str:
    return f"${price:,.2f}"


def _spec_lines(p: Product) -> list[str]:
    lines = []
    for key, (label, fmt) in _SPEC_LABELS.items():
        if key not in p.attributes:
            continue
        value: Any = p.attributes[key]
        if key == "fill_power" and not value:
            lines.append(f"- {label}: none (synthetic insulation)")
            continue
        if key == "sleeps" and value == 1:
            lines.append(f"- {label}: 1 person")
            continue
        lines.append(f"- {label}: {fmt.format(value)}")
    # Only a positive waterproof fact: a "Waterproof: no" line would be the nearest match for every
    # "waterproof ..." search (embeddings read negation poorly), ahead of the products that are.
    if p.attributes.get("waterproof"):
        lines.append("- Waterproof: yes")
    else:
        lines.append("- Rain protection: none")
    return lines


_SINGULAR = {
    "socks": "pair of socks",
    "trekking-poles": "pair of trekking poles",
    "accessories": "accessory",
    "running-apparel": "running apparel piece",
}


def _singular(p: Product) -> str:
    return _SINGULAR.get(p.category, p.category_label.lower().removesuffix("s"))


def render_product_markdown(p: Product, *, brand: str = BRAND) -> str:
    """The Markdown document of one product (front-matter + one heading per fact group)."""
    who = {"men": "men's", "women": "women's"}.get(p.gender, "unisex")
    year, month = p.launch_date.split("-")[:2]
    warranty = f"{p.warranty_years}-year warranty against manufacturing defects."
    parts = [
        "---",
        f"product_id: {p.product_id}",
        f"name: {p.name}",
        f"category: {p.category}",
        f"price: {p.price:.2f}",
        "currency: USD",
        "split_sections: Features, Specifications",
        "---",
        f"# {p.name} ({p.product_id})",
        "",
        "## Overview",
        f"Product type: a {who} {_singular(p)} from {brand}"
        f" (category: {p.category}), launched in {MONTHS[int(month) - 1]} {year}.",
        "",
        "## Price",
        f"List price: {format_price(p.price)} (USD).",
        "",
        "## Materials",
        "Made with " + "; ".join(p.materials) + ".",
        "",
        "## Features",
        *(f"- {f}" for f in p.features),
        "",
        "## Specifications",
        *_spec_lines(p),
        "",
        "## Sizing",
        f"Size and fit: {p.sizing}",
        "",
        "## Care",
        f"Care and cleaning: {p.care}",
        "",
        "## Warranty",
        warranty,
        "",
        "## Allowed claims",
        "Marketing copy may say:",
        *(f"- {c}" for c in p.allowed_claims),
        "",
    ]
    return "\n".join(parts)


def write_product_documents(products: Iterable[Product], out_dir: Path = PRODUCTS_DIR) -> list[Path]:
    """Write one document per product; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for p in products:
        path = out_dir / f"{p.product_id}.md"
        text = render_product_markdown(p)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write_text(path, text)
        paths.append(path)
    return paths


def stale_documents(out_dir: Path = PRODUCTS_DIR) -> list[str]:
    """Names of product documents that are missing, differ from the catalogue, or are extra."""
    products = build_catalog()
    expected = {f"{p.product_id}.md": render_product_markdown(p) for p in products}
    stale = [n for n, text in expected.items()
             if not (out_dir / n).exists() or (out_dir / n).read_text(encoding="utf-8") != text]
    extra = [p.name for p in out_dir.glob("*.md") if p.name not in expected] if out_dir.exists() else []
    return sorted(stale + extra)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_documents()
        if stale:
            sys.stderr.write(f"{len(stale)} stale product documents, e.g. {stale[0]}\n")
            return 1
        return 0
    products = build_catalog()
    for extra in PRODUCTS_DIR.glob("*.md"):
        if extra.stem not in {p.product_id for p in products}:
            extra.unlink()
    write_product_documents(products)
    sys.stderr.write(f"wrote {len(products)} product documents to {PRODUCTS_DIR}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
