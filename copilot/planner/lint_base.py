"""The copy linter's context and vocabulary: the finding type, the catalogue's products, the brief's
language and the words copy may use, and the variant's creative text without compliance text.

The rules live in :mod:`copilot.planner.lint_wording` (one field's text) and
:mod:`copilot.planner.lint_products` (what a variant names, A/B pairs); :mod:`copilot.planner.lint`
runs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from copilot.planner.copy_occasion import window_seasons
from copilot.planner.plan_schema import CampaignPlan, CopyVariant
from copilot.planner.zh import cjk_share, copy_language, has_cjk, zh_fact_phrase

if TYPE_CHECKING:
    from copilot.planner.checks import Sender

#: Messages short enough that naming the product twice reads as a label, not a sentence.
SHORT_CHANNELS = {"sms", "push", "paid_social"}
#: A/B elements whose similarity ratio reaches this are "the same" (difflib ratio, lower-cased).
NEAR_IDENTICAL = 0.9
#: A sentence cannot end on these words (a determiner, a possessive or a conjunction).
DANGLING = frozenset(
    ["the", "a", "an", "your", "our", "my", "their", "his", "her", "its", "and", "or", "but", "nor"]
)
#: Upper-case words that are not shouting.
ALLOWED_CAPS = frozenset(
    [
        "STOP",
        "HELP",
        "SMS",
        "USD",
        "EUR",
        "GBP",
        "GTX",
        "UV",
        "USA",
        "UK",
        "US",
        "OK",
        "FAQ",
        "XL",
        "XS",
        "XXL",
    ]
)

#: Type nouns by catalogue category (the demo brand's; other categories use their label's last word).
TYPE_NOUNS: dict[str, tuple[str, ...]] = {
    "trail-running-shoes": ("shoe", "shoes", "sneaker", "sneakers", "trainer", "trainers"),
    "road-running-shoes": ("shoe", "shoes", "sneaker", "sneakers", "trainer", "trainers"),
    "hiking-boots": ("boot", "boots"),
    "rain-jackets": ("jacket", "jackets", "shell", "shells", "raincoat"),
    "insulated-jackets": ("jacket", "jackets", "puffy", "parka", "parkas", "vest", "vests"),
    "base-layers": ("base layer", "base layers"),
    "running-apparel": ("shorts", "tee", "tees", "tights", "singlet", "singlets"),
    "socks": ("sock", "socks"),
    "backpacks": ("backpack", "backpacks", "daypack", "daypacks"),
    "hydration-vests": ("vest", "vests", "hydration vest"),
    "headlamps": ("headlamp", "headlamps"),
    "tents": ("tent", "tents"),
    "sleeping-bags": ("sleeping bag", "sleeping bags", "quilt", "quilts"),
    "trekking-poles": ("pole", "poles"),
    "accessories": ("gaiters", "cap", "beanie", "gloves", "sunglasses"),
}


#: Chinese type nouns by catalogue category (merged into :data:`TYPE_NOUNS`): "背囊" in copy for a
#: hydration vest is the model describing a product it was not given. No bare 鞋/包: they are parts
#: of other words (鞋带, 鞋口, 腰包).
ZH_TYPE_NOUNS: dict[str, tuple[str, ...]] = {
    "trail-running-shoes": ("跑鞋", "越野跑鞋", "运动鞋"),
    "road-running-shoes": ("跑鞋", "路跑鞋", "运动鞋"),
    "hiking-boots": ("登山靴", "徒步鞋", "靴子"),
    "rain-jackets": ("冲锋衣", "雨衣", "夹克", "外套"),
    "insulated-jackets": ("羽绒服", "棉服", "夹克", "外套", "马甲"),
    "base-layers": ("排汗内衣", "打底衫", "保暖内衣"),
    "running-apparel": ("短裤", "跑步短裤", "紧身裤", "T恤", "背心"),
    "socks": ("袜子", "跑步袜", "徒步袜"),
    "backpacks": ("背包", "背囊", "双肩包"),
    "hydration-vests": ("水袋背心", "跑步背心", "背心"),
    "headlamps": ("头灯",),
    "tents": ("帐篷",),
    "sleeping-bags": ("睡袋",),
    "trekking-poles": ("登山杖", "徒步杖"),
    "accessories": ("帽子", "手套", "墨镜", "绑腿"),
}
for _cat, _nouns in ZH_TYPE_NOUNS.items():
    TYPE_NOUNS[_cat] = (*TYPE_NOUNS.get(_cat, ()), *_nouns)


def _noun_pattern(noun: str) -> str:
    """A type noun as a whole word (a Chinese noun: anywhere, Chinese has no spaces)."""
    return re.escape(noun) if has_cjk(noun) else rf"(?<![\w-]){re.escape(noun)}(?![\w-])"


@dataclass(frozen=True)
class LintFinding:
    """One problem a marketer would see: the rule, the field, the text and what is wrong."""

    rule: str
    field: str
    text: str
    message: str

    def sentence(self) -> str:
        return f"{self.field}: {self.message} ({self.text[:80]!r})"


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    category: str


@dataclass(frozen=True)
class LintContext:
    """What the rules need besides the copy: the catalogue's products, the brief's language and
    past-purchase category, the words the copy may legitimately use (facts, names, brief)."""

    products: tuple[Product, ...] = ()
    language: str = "en"
    bought_category: str | None = None
    #: every category the audience bought (the brief's reading: "买过露营装备" is tents and sleeping bags)
    bought_categories: frozenset[str] = frozenset()
    vocabulary: frozenset[str] = frozenset()
    brand_words: frozenset[str] = frozenset()
    sender_brand: str = ""
    sms_opt_out: str = ""
    footer: str = ""
    type_nouns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(TYPE_NOUNS))
    product_facts: dict[str, str] = field(default_factory=dict)  # product_id -> its facts, lower-cased
    seasons: frozenset[str] = frozenset()  # seasons the copy may name (copy_occasion.window_seasons)
    objective: str = ""  # the brief's objective (lapsed framing only in a win-back or retention)
    #: the A/B arms whose copy carries the plan's offer ("A", "B"); empty: the plan has no offer; None:
    #: unknown (a context built by hand), and the ``offer_language`` rule is off
    offer_arms: frozenset[str] | None = None
    #: whether running words fit the plan (its brief, bought category or featured products are about
    #: running); None: unknown (a context built by hand), and the ``activity`` rule is off
    running_ok: bool | None = None
    #: the products the copy is about (the plan's featured products; a variant's own products in
    #: :func:`copilot.planner.lint.lint_variant`); empty: unknown, and words implying a product type are
    #: not checked (:mod:`copilot.planner.lint_types`)
    copy_products: frozenset[str] = frozenset()


# --------------------------------------------------------------------------------------------
# language
# --------------------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def detect_language(text: str) -> str:
    """``"zh"`` when CJK characters are at least a fifth of the letters (CJK packs a word in one or two
    characters), else ``"en"``."""
    return "zh" if cjk_share(text) >= 0.2 else "en"


def brief_language(plan: CampaignPlan) -> str:
    """The brief's language: the reader's (``brief.reading.language``) when the brief carries one,
    else detected from the brief's text."""
    return copy_language(plan)


# --------------------------------------------------------------------------------------------
# context
# --------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _vocab(texts: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for t in texts:
        for w in _WORDS.findall(t):
            out.add(w.lower())
            out.update(p.lower() for p in w.split("-") if p)
    return frozenset(out)


def lint_context(plan: CampaignPlan, sender: Sender | None = None) -> LintContext:
    """The linter's context for ``plan``: its catalogue, facts, brief language and sender."""
    from copilot.planner.checks import email_footer

    products = tuple(
        Product(pid, str(p.get("name", pid)), str(p.get("category", "")))
        for pid, p in plan.evidence.catalog.items()
        if p.get("name")
    )
    texts = [f.text for f in plan.evidence.facts] + [p.name for p in products]
    texts += [plan.brief.text, plan.brief.goal]
    language = brief_language(plan)
    if sender is not None:
        sender = sender.for_language(language)
    brand = sender.brand_name if sender else ""
    caps = {w for t in [*texts, brand] for w in re.findall(r"\b[A-Z]{2,}\b", t)}
    if plan.offer is not None:
        caps |= set(re.findall(r"\b[A-Z]{2,}\w*\b", plan.offer.code))  # the offer code is no shouting
    facts_by: dict[str, list[str]] = {}
    for f in plan.evidence.facts:
        if f.product_id:
            facts_by.setdefault(f.product_id, []).append(f.text.lower())
            zh = zh_fact_phrase(f.text) if language == "zh" else None
            if zh is not None:  # the Chinese rendering copy carries
                facts_by[f.product_id].append(zh[0])
    nouns = dict(TYPE_NOUNS)
    for p in products:
        if p.category and p.category not in nouns:
            last = p.category.replace("-", " ").split()[-1]
            nouns[p.category] = (last, last.rstrip("s")) if last.endswith("s") else (last, last + "s")
    return LintContext(
        products=products,
        language=language,
        bought_category=plan.brief.bought_category,
        bought_categories=_bought(plan),
        vocabulary=_vocab(texts),
        brand_words=frozenset(caps),
        sender_brand=brand,
        sms_opt_out=sender.sms_opt_out if sender else "",
        footer=email_footer(sender) if sender else "",
        type_nouns=nouns,
        product_facts={pid: " ".join(t) for pid, t in facts_by.items()},
        seasons=window_seasons(plan.start_date, plan.end_date),
        objective=plan.brief.objective,
        offer_arms=plan_offer_arms(plan),
        running_ok=bool(RUNNING.search(" ".join(_plan_subjects(plan)))),
        copy_products=frozenset(plan.featured_products),
    )


def _bought(plan: CampaignPlan) -> frozenset[str]:
    """The categories the audience bought: the reading's purchase conditions (the brief keeps the first)."""
    from copilot.planner.brief_audience import bought_categories

    reading = plan.brief.reading
    cats = bought_categories(reading.audience) if reading is not None else []
    return frozenset([*cats, *([plan.brief.bought_category] if plan.brief.bought_category else [])])


#: Running words: copy may use them only for a plan about running ("Ready for your next trail run?" on a
#: sleeping-bag clearance is copy about another product). A fit ("runs large", "runs true to size" in a
#: jacket's reviews) is no running.
RUNNING = re.compile(
    r"(?<![\w-])(run|runs|running|runner|runners|jog|jogging)(?![\w-])"
    r"(?!\s+(?:large|small|big|true|narrow|wide|long|short|warm|cold|hot|slim|tight|loose)\b)",
    re.IGNORECASE,
)


def _plan_subjects(plan: CampaignPlan) -> list[str]:
    """What the plan is about: the brief, its categories and the featured products' names, categories
    and facts."""
    b = plan.brief
    out = [b.text, b.goal or "", b.category or "", b.bought_category or "", b.audience or ""]
    for pid in plan.featured_products:
        row = plan.evidence.catalog.get(pid, {})
        out += [str(row.get("name", "")), str(row.get("category", "")).replace("-", " ")]
        out += [f.text for f in plan.evidence.facts if f.product_id == pid]
    return out


def offer_arms(has_offer: bool, element: str | None) -> frozenset[str]:
    """The arms whose copy carries the offer: none without one, only A when the test is with vs without
    the offer (:data:`copilot.planner.copy_facts.AB_TESTS`), else both."""
    if not has_offer:
        return frozenset()
    return frozenset({"A"}) if element == "offer" else frozenset({"A", "B"})


def plan_offer_arms(plan: CampaignPlan) -> frozenset[str]:
    """:func:`offer_arms` of ``plan``: an offer with a copy line, or the brief's offer, and its A/B test."""
    has_offer = bool((plan.offer is not None and plan.offer.line) or plan.brief.offer)
    return offer_arms(has_offer, plan.ab_test.element if plan.ab_test is not None else None)


def creative_parts(v: CopyVariant, ctx: LintContext) -> dict[str, str]:
    """The variant's fields without code-owned compliance text (footer, SMS prefix, STOP/HELP)."""
    out: dict[str, str] = {}
    for name, text in v.parts().items():
        if name == "body":
            if ctx.footer:
                text = text.replace(ctx.footer, "")
            if ctx.sms_opt_out:
                text = text.replace(ctx.sms_opt_out, "")
            if ctx.sender_brand and v.channel == "sms":
                text = re.sub(
                    rf"^\s*(?:{re.escape(ctx.sender_brand)}:|【{re.escape(ctx.sender_brand)}】)\s*", "", text
                )
            text = text.strip()
        if text:
            out[name] = text
    return out
