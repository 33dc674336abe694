"""Copy-lint rule ``product_type`` for words that *imply* a product type without naming it: "Looking for
your next pair?" on a tent, "new laces" on a jacket, "500 lumens" on a backpack.

:mod:`copilot.planner.lint_products` catches a type noun of another category ("shoe" in copy for shorts).
Here each implying word lists the kinds of product it fits ("pair": footwear, socks, poles, gloves,
shorts …). A product's kind comes from the catalogue (:func:`kind_of`): the type noun its name carries
("Juniper Singlet"), else its category's slug and type nouns (:data:`copilot.planner.lint_base.TYPE_NOUNS`,
or the last word of another brand's category label: "sandals", "ski-goggles" are read the same way). A
word the products' own facts use is no contradiction ("a reservoir sleeve" on a hydration vest).

The products the copy is about are the context's ``copy_products``: the plan's featured products for a
piece shared by every variant, narrowed to a variant's own products by :func:`for_products`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from copilot.planner.lint_base import LintContext, LintFinding, Product

#: Kinds of product worn on the feet.
FOOTWEAR = ("shoe", "boot", "sandal", "trainer", "sneaker", "footwear", "slipper", "clog")
#: Kinds of product worn on the body.
WEAR = (
    "jacket",
    "layer",
    "apparel",
    "shirt",
    "tee",
    "top",
    "hood",
    "hoodie",
    "hoody",
    "short",
    "tight",
    "pant",
    "trouser",
    "legging",
    "vest",
    "parka",
    "fleece",
    "sweater",
    "coat",
    "shell",
    "clothing",
    "singlet",
    "jersey",
    "glove",
)
#: Kinds sold by the pair.
PAIRED = (
    *FOOTWEAR,
    "sock",
    "pole",
    "glove",
    "mitt",
    "sunglass",
    "goggle",
    "short",
    "tight",
    "pant",
    "trouser",
    "legging",
    "gaiter",
    "ski",
    "crampon",
    "spike",
    "liner",
)

_NOT_WORD_BEFORE, _NOT_WORD_AFTER = r"(?<![\w-])", r"(?![\w-])"

#: (pattern, the kinds of product it implies). English patterns are whole words; Chinese ones anywhere.
IMPLIED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # a pair as a thing ("your next pair", "a pair of"), not the verb ("pairs well with", "to pair with")
    (
        re.compile(
            rf"(?<!\bto ){_NOT_WORD_BEFORE}pairs?{_NOT_WORD_AFTER}"
            r"(?!\s+(?:well|nicely|perfectly|beautifully|easily|up|with)\b)",
            re.IGNORECASE,
        ),
        PAIRED,
    ),
    (
        re.compile(
            rf"{_NOT_WORD_BEFORE}(?:laces|lacing|outsoles?|midsoles?|insoles?|footbeds?|toe ?box(?:es)?|"
            rf"heel counters?|lugs){_NOT_WORD_AFTER}",
            re.IGNORECASE,
        ),
        FOOTWEAR,
    ),
    (
        re.compile(
            rf"{_NOT_WORD_BEFORE}(?:sleeves?|inseams?|waistbands?|cuffs){_NOT_WORD_AFTER}", re.IGNORECASE
        ),
        WEAR,
    ),
    (
        re.compile(rf"{_NOT_WORD_BEFORE}(?:vestibules?|guy ?lines?|pitch(?:es)? (?:it|in))", re.IGNORECASE),
        ("tent", "shelter", "tarp", "bivy"),
    ),
    (
        re.compile(rf"{_NOT_WORD_BEFORE}lumens?{_NOT_WORD_AFTER}", re.IGNORECASE),
        ("lamp", "light", "torch", "lantern"),
    ),
    (re.compile(r"[一这那下新]双|鞋带|鞋底"), (*FOOTWEAR, "sock", "glove", "跑鞋", "靴", "袜", "鞋", "手套")),
)


def kind_of(p: Product, ctx: LintContext) -> str:
    """What kind of product ``p`` is, lower-cased, where a kind is looked up: the type noun its name
    carries ("Juniper Singlet": a singlet, though its category, running apparel, also sells shorts), else
    its category's slug and type nouns."""
    nouns = [n.lower() for n in ctx.type_nouns.get(p.category, ())]
    name = p.name.lower()
    named = [n for n in nouns if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", name)]
    return " ".join(named) if named else " ".join([p.category.lower(), *nouns])


def implied_type(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """A word implying a kind of product none of the copy's products is ("pair" on a tent)."""
    products = [p for p in ctx.products if p.product_id in ctx.copy_products]
    if not products:
        return []
    kinds_text = [kind_of(p, ctx) for p in products]
    facts = " ".join(ctx.product_facts.get(p.product_id, "") for p in products)
    for pattern, kinds in IMPLIED:
        m = pattern.search(text)
        if m is None or any(k in t for k in kinds for t in kinds_text) or pattern.search(facts):
            continue
        what = ", ".join(sorted({p.category.replace("-", " ") for p in products}))
        return [
            LintFinding(
                "product_type", name, text, f'"{m.group(0)}" implies another product type than {what}'
            )
        ]
    return []


def for_products(ctx: LintContext, product_ids: Iterable[str]) -> LintContext:
    """``ctx`` about ``product_ids`` (unchanged when none of them is in the catalogue)."""
    ids = frozenset(product_ids) & {p.product_id for p in ctx.products}
    return replace(ctx, copy_products=ids) if ids else ctx
