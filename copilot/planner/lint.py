"""A copy linter: what a marketer would not ship, found by code.

Each rule looks at one variant (or an A/B pair) and returns :class:`LintFinding` s naming the rule,
the field and the offending text. The rules, and the examples they were written against (issue #13):

* ``truncated``: a word or sentence cut off by a length limit -- "…hiking and h?", "…for your?",
  "…blister-reduc?", "…a comfortable, cha?", "Saddle Trail GT?" when the product is Saddle Trail GTX;
* ``raw_fact``: fact, spec or meta text pasted into copy -- "Marketing copy may say:", "Waterproof: yes",
  ``Label: value`` lines ("Ember Trail Crew: blister-reducing fit."), bullet lists run into a sentence;
* ``ab_identical``: A and B identical or near-identical in the element they test;
* ``product_mismatch``: subject, button and body naming different products, or a cited fact about
  a product the variant never names;
* ``product_repeated``: a product named more than once in a short message (SMS, push, social);
* ``product_type``: the product type contradicted ("running shoe" in copy for a pair of shorts),
  from the catalogue category of the products the variant names;
* ``language``: copy not in the brief's language (CJK share of the letters);
* ``placeholder``: an unfilled template slot (``{name}``, ``[PRODUCT]``, ``{{first_name}}``);
* ``shouting``: ALL-CAPS words beyond brand and product names, or "!!";
* ``stutter``: a Chinese character four times in a row or a word three times over ("马上看看吧哦哦哦哦",
  "the the the"): what a small model writes when a grammar asks for more characters than it has words;
* ``question_form``: a Chinese A-not-A question (有没有, 是不是, 要不要 …) that also ends in 吗
  ("最近你有没有考虑买个背包吗？" asks twice), or stacked final particles ("发现了吗呢。");
* ``question_claim``: a Chinese question that describes the product ("我们的防震背心不仅非常舒适，而且
  非常实用……有没有试过呢？"): the model's words are questions and invitations only, and a claim
  wrapped in a question mark escapes the claims check (code writes the claims, from facts);
* ``occasion``: a season the plan does not send in ("Ready for muddy spring trails?" in December) or
  lapsed-customer framing outside a win-back ("Missed the trails this winter?" in a socks cross-sell):
  :mod:`copilot.planner.copy_occasion`.

Nothing here calls a model or a store: :func:`lint_context` takes what it needs from the plan.
Compliance text added by code (footer, STOP/HELP, the SMS brand prefix) is not linted.

**Chinese copy** gets the same rules, read the Chinese way: a sentence cut off is one that ends
without 。！？ (or the invitation that closes a push), ends on a particle that needs a continuation
(的, 和, 与 …) or on "，"; a label line is ``产品名：事实。`` with a full-width colon; shouting is ！！ or
Latin capitals inside Chinese (限时SALE); names and numbers are found with CJK characters as word
boundaries (``试试Alder Sky吧`` names Alder Sky). The compliance text stripped is the Chinese one
(【品牌】, 回复TD退订, the Chinese unsubscribe line).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from copilot.planner.copy_occasion import occasion_problems, window_seasons
from copilot.planner.models import CampaignPlan, CheckResult, CopyVariant
from copilot.planner.zh import (
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    ZH_CTA_VERBS,
    copy_language,
    has_cjk,
    zh_fact_phrase,
)
from copilot.planner.zh import cjk_share as cjk_share

if TYPE_CHECKING:
    from copilot.planner.checks import Sender

RULES = (
    "truncated",
    "raw_fact",
    "ab_identical",
    "product_mismatch",
    "product_repeated",
    "product_type",
    "language",
    "placeholder",
    "shouting",
    "stutter",
    "question_form",
    "question_claim",
    "occasion",
)

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
    vocabulary: frozenset[str] = frozenset()
    brand_words: frozenset[str] = frozenset()
    sender_brand: str = ""
    sms_opt_out: str = ""
    footer: str = ""
    type_nouns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(TYPE_NOUNS))
    product_facts: dict[str, str] = field(default_factory=dict)  # product_id -> its facts, lower-cased
    seasons: frozenset[str] = frozenset()  # seasons the copy may name (copy_occasion.window_seasons)
    objective: str = ""  # the brief's objective (lapsed framing only in a win-back or retention)


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
        vocabulary=_vocab(texts),
        brand_words=frozenset(caps),
        sender_brand=brand,
        sms_opt_out=sender.sms_opt_out if sender else "",
        footer=email_footer(sender) if sender else "",
        type_nouns=nouns,
        product_facts={pid: " ".join(t) for pid, t in facts_by.items()},
        seasons=window_seasons(plan.start_date, plan.end_date),
        objective=plan.brief.objective,
    )


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


# --------------------------------------------------------------------------------------------
# rules on one text
# --------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"([^.?!\n]*?)(?<![A-Za-z'-])([A-Za-z][A-Za-z'-]*)\s*([?.!]+)(?=\s|$)")


@lru_cache(maxsize=1)
def _common_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """English words by frequency (wordfreq ships its lists in the package)."""
    from wordfreq import top_n_list

    words = top_n_list("en", 60000)
    return frozenset(words), tuple(sorted(w for w in words if w.isalpha()))


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _cut_word(word: str, ctx: LintContext) -> str | None:
    """Why ``word`` (the last of a sentence) looks cut off, or None."""
    low = word.lower().strip("'-")
    if not low:
        return None
    if len(low) == 1 and low not in ("a", "i"):
        return "a one-letter word ends the sentence"
    if low in DANGLING:
        return f"the sentence ends on '{word}'"
    parts = [p for p in low.split("-") if p]
    last = parts[-1] if parts else low
    # a fragment of a word the facts or names use ("blister-reduc" of "blister-reducing")
    if (
        low not in ctx.vocabulary
        and any(v.startswith(low) and len(v) > len(low) for v in ctx.vocabulary)
        and (_zipf(last) < 3.0 or "-" in low)
    ):
        return f"'{word}' looks like a cut-off word"
    _common, ordered = _common_words()
    if "-" in low:
        if any(_zipf(p) < 2.0 and p not in ctx.vocabulary for p in parts):
            return f"'{word}' looks like a cut-off word"
        return None
    if low in ctx.vocabulary:
        return None
    z = _zipf(low)
    if z < 2.0:
        return f"'{word}' is not a word"
    if len(low) <= 5 and z < 4.0:
        # a rare short word that begins a far more common one ("cha" of "change", "chafe")
        import bisect

        i = bisect.bisect_left(ordered, low)
        while i < len(ordered) and ordered[i].startswith(low):
            cand = ordered[i]
            if cand != low and _zipf(cand) >= z + 1.0:
                return f"'{word}' looks like a cut-off word (of '{cand}'?)"
            i += 1
    return None


def truncation(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    out: list[LintFinding] = []
    # a product name cut short: "Saddle Trail GT?" for Saddle Trail GTX
    for p in ctx.products:
        words = p.name.split()
        heads = [
            " ".join([*words[: k - 1], words[k - 1][:cut]])
            for k in range(2, len(words) + 1)
            for cut in range(len(words[k - 1]) - 1, 0, -1)
        ]
        for head in heads:
            if re.search(rf"(?<!-){NOT_AFTER_WORD}{re.escape(head)}(?=[?.!,？。！，]|\s*$)", text):
                out.append(LintFinding("truncated", name, head, f"'{head}' cuts the product name {p.name}"))
                break
    for m in _SENTENCE_END.finditer(text):
        word = m.group(2)
        if re.search(r"\d\s*$", m.group(1)):  # a unit after a number ("weighs 70 g.")
            continue
        if any(word in p.name.split() for p in ctx.products) or word in ctx.brand_words:
            continue
        why = _cut_word(word, ctx)
        if why:
            snippet = (m.group(1) + m.group(2) + m.group(3)).strip()
            out.append(LintFinding("truncated", name, snippet[-60:], why))
    if re.search(r"(…|\.\.\.)\s*$", text) or re.search(r"[,，、]\s*[?.!？。！]", text):
        out.append(LintFinding("truncated", name, text[-40:], "the text stops mid-sentence"))
    elif has_cjk(text):
        out.extend(zh_truncation(name, text))
    return out


#: Characters a Chinese sentence cannot end on: a structural particle, a conjunction or a
#: preposition that needs what follows ("……适合在？", "……防水和。").
ZH_DANGLING = frozenset("的和与及或把被从向跟而并但让")
_ZH_END = "。！？!?"
_ZH_SENTENCES = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def zh_truncation(name: str, text: str) -> list[LintFinding]:
    """Chinese text cut off: a sentence ending on a particle that needs a continuation, or text that
    stops without 。！？ (an invitation -- a CTA verb first -- may close a line without one)."""
    out: list[LintFinding] = []
    for line in (ln.strip() for ln in text.split("\n")):
        if not line or not has_cjk(line):
            continue
        for m in _ZH_SENTENCES.finditer(line):
            sentence = m.group(0).strip()
            core = sentence.rstrip(_ZH_END + " ")
            if core and core[-1] in ZH_DANGLING and sentence != core:
                out.append(
                    LintFinding("truncated", name, sentence[-40:], f"the sentence ends on '{core[-1]}'")
                )
                return out
        last = _ZH_SENTENCES.findall(line)[-1].strip() if _ZH_SENTENCES.findall(line) else ""
        if last and not last.endswith(tuple(_ZH_END)) and not last.startswith(ZH_CTA_VERBS):
            why = (
                f"the sentence ends on '{last[-1]}'"
                if last[-1] in ZH_DANGLING
                else "the text stops mid-sentence"
            )
            out.append(LintFinding("truncated", name, last[-40:], why))
            return out
    return out


_META = re.compile(
    r"\b(marketing copy may say|allowed claims|may say:|product type:|list price:|size and fit:|"
    r"care and cleaning:|\(category:|reviewers mention|sentiment agrees)|"
    r"(文案可以说|允许的声明|产品类型[:：]|标价[:：]|尺码与版型[:：]|护理[:：]|评论者提到|（类别[:：])",
    re.IGNORECASE,
)
#: "Waterproof: yes", "Weight: 330 g", "Ember Trail Crew: blister-reducing fit." -- a label and a value
_KEY_VALUE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:-\s+)?([A-Z][\w'’ /-]{1,40}?):\s+(?=\S)", re.MULTILINE
)
_INLINE_BULLETS = re.compile(r"\S\s+-\s+\w[^-\n]*\s+-\s+\w")
_LINE_BULLET = re.compile(r"^\s*[-*•]\s+", re.MULTILINE)


#: "Alder Sky：防水。", "重量：330 g" -- a Chinese label and value (full-width or ASCII colon).
_ZH_KEY_VALUE = re.compile(
    r"(?:^|(?<=[。！？\n]))\s*(?:[-•]\s*)?([^\s：:。！？，\n][^：:。！？，\n]{0,23})[：:]\s*(?=\S)",
    re.MULTILINE,
)


def raw_fact(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    out: list[LintFinding] = []
    m = _META.search(text)
    if m:
        out.append(LintFinding("raw_fact", name, m.group(0), "fact or document meta text pasted into copy"))
    if has_cjk(text):
        for kv in _ZH_KEY_VALUE.finditer(text):
            label = kv.group(1).strip()
            out.append(
                LintFinding(
                    "raw_fact",
                    name,
                    text[kv.start() : kv.end() + 20].strip(),
                    f"'{label}：…' is a label and a value, not a sentence",
                )
            )
            break
    for kv in _KEY_VALUE.finditer(text):
        label = kv.group(1).strip()
        out.append(
            LintFinding(
                "raw_fact",
                name,
                text[kv.start() : kv.end() + 30].strip(),
                f"'{label}: …' is a label and a value, not a sentence",
            )
        )
        break
    if _INLINE_BULLETS.search(text):
        out.append(LintFinding("raw_fact", name, text[:80], "a bullet list run into a sentence"))
    elif name == "body" and _LINE_BULLET.search(text):
        out.append(LintFinding("raw_fact", name, text[:80], "a list of fact bullets instead of sentences"))
    return out


_PLACEHOLDER = re.compile(
    r"\{\{[^}]*\}\}|\{[A-Za-z_][\w .-]{0,40}\}|\[[A-Z][A-Z _-]{2,40}\]|<[a-z][a-z _-]{2,40}>|\bX{2,}%|\bTBD\b|\blorem ipsum\b",
    re.IGNORECASE,
)


def placeholders(name: str, text: str) -> list[LintFinding]:
    return [
        LintFinding("placeholder", name, m.group(0), "an unfilled placeholder")
        for m in _PLACEHOLDER.finditer(text)
    ][:1]


def shouting(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    out: list[LintFinding] = []
    if re.search(r"[!！]{2,}|[?？][!！]|[!！][?？]", text):
        out.append(LintFinding("shouting", name, text[-40:], "repeated exclamation marks"))
    caps = [
        w
        for w in re.findall(rf"{NOT_AFTER_WORD}[A-Z]{{3,}}{NOT_BEFORE_WORD}", text)
        if w not in ALLOWED_CAPS and w not in ctx.brand_words
    ]
    if caps:
        out.append(LintFinding("shouting", name, " ".join(caps[:3]), "words in capitals"))
    return out


_STUTTER = re.compile(r"([\u3400-\u9fff])\1{3,}|(?<![\w-])(\w+)(?:\s+\2){2,}(?![\w-])", re.IGNORECASE)


def stutter(name: str, text: str) -> list[LintFinding]:
    m = _STUTTER.search(text)
    if m is None:
        return []
    return [
        LintFinding("stutter", name, m.group(0)[:40], "the same character or word repeated over and over")
    ]


_A_NOT_A = re.compile(
    r"(有没有|是不是|要不要|想不想|能不能|会不会|好不好|对不对|可不可以|愿不愿意)[^。！？!?]*吗[？?]"
)
_STACKED = re.compile(r"[吗呢吧啊哦呀]{2,}[？?。！!]")


def question_form(name: str, text: str) -> list[LintFinding]:
    m = _A_NOT_A.search(text)
    if m is not None:
        return [
            LintFinding(
                "question_form", name, m.group(0)[-40:], f"'{m.group(1)}…吗？' asks the question twice"
            )
        ]
    m = _STACKED.search(text)
    if m is not None:
        return [LintFinding("question_form", name, m.group(0), "sentence-final particles stacked")]
    return []


#: Words that describe a product or sell it (quality, performance, newness): no Chinese question may
#: carry them. Code's own questions use none.
ZH_CLAIM_WORDS = (
    "舒适",
    "舒服",
    "实用",
    "轻便",
    "轻盈",
    "轻量",
    "防水",
    "防风",
    "防震",
    "减震",
    "缓震",
    "透气",
    "耐用",
    "耐磨",
    "保暖",
    "速干",
    "抓地",
    "专业",
    "品质",
    "性能",
    "科技",
    "完美",
    "最新",
    "新款",
    "新品",
    "上市",
    "上新",
    "爆款",
    "限量",
    "独家",
    "非常",
    "超级",
)
_ZH_QUESTION = re.compile(r"[^。！？!?\n]*[？?]")


def question_claim(name: str, text: str) -> list[LintFinding]:
    for m in _ZH_QUESTION.finditer(text):
        q = m.group(0)
        word = next((w for w in ZH_CLAIM_WORDS if w in q), None)
        if word is not None and has_cjk(q):
            return [
                LintFinding(
                    "question_claim",
                    name,
                    q.strip()[-40:],
                    f"'{word}' describes the product inside a question",
                )
            ]
    return []


def language(parts: dict[str, str], ctx: LintContext) -> list[LintFinding]:
    text = " ".join(parts.values())
    for p in ctx.products:  # product and brand names are not the copy's language
        text = text.replace(p.name, " ")
    if ctx.sender_brand:
        text = text.replace(ctx.sender_brand, " ")
    for w in ctx.brand_words:  # an offer code (COMEBACK15) or an all-caps name is no language
        text = re.sub(rf"{NOT_AFTER_WORD}{re.escape(w)}", " ", text)
    if ctx.language == "zh":  # units and ratings after a number (330 g, IPX4, UPF 50) are no language
        text = re.sub(r"\d[\d,.]*\s?[A-Za-z°/²]{1,8}\b|\b[A-Z]{2,4}\s?\d+", " ", text)
    if not _LETTER.search(text):
        return []
    got = detect_language(text)
    if got != ctx.language:
        want = {"en": "English", "zh": "Chinese"}.get(ctx.language, ctx.language)
        return [
            LintFinding("language", "copy", text[:60], f"the copy is not in the brief's language ({want})")
        ]
    return []


# --------------------------------------------------------------------------------------------
# rules on products
# --------------------------------------------------------------------------------------------


def _name_pattern(name: str) -> str:
    """A product name as a whole word; CJK characters around it are boundaries."""
    return rf"(?<!-){NOT_AFTER_WORD}{re.escape(name.lower())}(?!-){NOT_BEFORE_WORD}"


def _named(text: str, ctx: LintContext) -> list[Product]:
    low = text.lower()
    return [p for p in ctx.products if re.search(_name_pattern(p.name), low)]


def _cta_line(body: str) -> str:
    from copilot.planner.copywriter import CTA_VERBS

    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    for ln in reversed(lines):
        if any(ln.startswith(v) for v in (*CTA_VERBS, *ZH_CTA_VERBS)):
            return ln
    return ""


def products(
    v: CopyVariant, parts: dict[str, str], ctx: LintContext, cited: Sequence[str]
) -> list[LintFinding]:
    out: list[LintFinding] = []
    body = parts.get("body", "")
    cta = _cta_line(body) if v.channel == "email" else ""
    pieces = {k: t for k, t in parts.items() if k != "body"}
    if cta:
        pieces["button"] = cta
        pieces["body"] = body.replace(cta, " ")
    else:
        pieces["body"] = body
    named = {k: {p.product_id for p in _named(t, ctx)} for k, t in pieces.items()}
    heads = [k for k in ("subject", "title", "headline", "button") if named.get(k)]
    body_named = named.get("body", set())
    for k in heads:
        if body_named and not (named[k] & body_named):
            a = ", ".join(p.name for p in ctx.products if p.product_id in named[k])
            b = ", ".join(p.name for p in ctx.products if p.product_id in body_named)
            out.append(
                LintFinding("product_mismatch", k, pieces[k], f"names {a} while the body is about {b}")
            )
    for i, k in enumerate(heads):
        for k2 in heads[i + 1 :]:
            if not (named[k] & named[k2]):
                out.append(
                    LintFinding(
                        "product_mismatch", k2, pieces[k2], f"the {k} and the {k2} name different products"
                    )
                )
    all_named = set().union(*named.values()) if named else set()
    by_id = {p.product_id: p for p in ctx.products}
    stray = [pid for pid in dict.fromkeys(cited) if pid in by_id and pid not in all_named]
    if stray and all_named:
        out.append(
            LintFinding(
                "product_mismatch",
                "body",
                by_id[stray[0]].name,
                f"cites facts about {by_id[stray[0]].name}, which the copy does not name",
            )
        )
    if v.channel in SHORT_CHANNELS:
        text = " ".join(parts.values()).lower()
        for p in ctx.products:
            n = len(re.findall(_name_pattern(p.name), text))
            if n > 1:
                out.append(
                    LintFinding(
                        "product_repeated", "body", p.name, f"names {p.name} {n} times in one short message"
                    )
                )
    # product type: a type noun of a category none of the variant's products belongs to
    cats = {by_id[pid].category for pid in all_named | set(cited) if pid in by_id}
    if ctx.bought_category:
        cats.add(ctx.bought_category)
    if cats:
        text = " ".join(parts.values())
        for p in ctx.products:
            text = re.sub(re.escape(p.name), " ", text, flags=re.IGNORECASE)
        low = text.lower()
        allowed = {n for c in cats for n in ctx.type_nouns.get(c, ())}
        # a noun the products' own facts use ("front pole holders") is no contradiction
        facts_text = " ".join(ctx.product_facts.get(pid, "") for pid in all_named | set(cited))
        for cat, nouns in ctx.type_nouns.items():
            if cat in cats:
                continue
            for noun in nouns:
                if noun in allowed or re.search(_noun_pattern(noun), facts_text):
                    continue
                if re.search(_noun_pattern(noun), low):
                    what = ", ".join(sorted(cats))
                    out.append(
                        LintFinding(
                            "product_type", "copy", noun, f"calls it '{noun}' but the products are {what}"
                        )
                    )
                    return out
    return out


# --------------------------------------------------------------------------------------------
# A/B pairs
# --------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def similarity(a: str, b: str) -> float:
    """difflib ratio of two texts, lower-cased, punctuation ignored."""
    return difflib.SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def ab_pair(
    a: CopyVariant, b: CopyVariant, ctx: LintContext, element: str | None = None
) -> list[LintFinding]:
    """A and B must differ: in the ``element`` they test when one is stated (the variants' ``draft``
    holds it under ``elements``), else as a whole."""
    ea = (a.draft or {}).get("elements") or {}
    eb = (b.draft or {}).get("elements") or {}
    if element and (element in ea or element in eb):
        x, y = str(ea.get(element, "")), str(eb.get(element, ""))
        if (x or y) and (x == y or (x and y and similarity(x, y) >= NEAR_IDENTICAL)):
            return [
                LintFinding(
                    "ab_identical",
                    element,
                    y or x,
                    f"A and B have the same {element}: the test tests nothing",
                )
            ]
        return []
    ta = " ".join(creative_parts(a, ctx).values())
    tb = " ".join(creative_parts(b, ctx).values())
    if _norm(ta) == _norm(tb):
        return [LintFinding("ab_identical", "copy", tb[:60], "A and B are identical: the test tests nothing")]
    if similarity(ta, tb) >= NEAR_IDENTICAL:
        return [
            LintFinding("ab_identical", "copy", tb[:60], "A and B are near-identical: the test tests nothing")
        ]
    return []


# --------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------


def lint_text(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """The rules that need only one field's text."""
    return [
        *truncation(name, text, ctx),
        *raw_fact(name, text, ctx),
        *placeholders(name, text),
        *shouting(name, text, ctx),
        *stutter(name, text),
        *question_form(name, text),
        *question_claim(name, text),
        *occasion(name, text, ctx),
    ]


def occasion(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """A season the plan does not send in, or lapsed-customer framing outside a win-back
    (:mod:`copilot.planner.copy_occasion`)."""
    return [
        LintFinding("occasion", name, text, p)
        for p in occasion_problems(text, seasons=ctx.seasons, objective=ctx.objective)
    ]


def lint_variant(v: CopyVariant, ctx: LintContext, cited_products: Sequence[str] = ()) -> list[LintFinding]:
    """Every one-variant rule on ``v`` (its compliance text excluded)."""
    parts = creative_parts(v, ctx)
    out: list[LintFinding] = []
    for name, text in parts.items():
        out.extend(lint_text(name, text, ctx))
    out.extend(language(parts, ctx))
    out.extend(products(v, parts, ctx, cited_products))
    return out


def lint_plan_variant(v: CopyVariant, plan: CampaignPlan, ctx: LintContext) -> list[LintFinding]:
    """:func:`lint_variant` plus, for a B variant, the A/B rule against its A."""
    cited = [f.product_id for fid in v.fact_ids if (f := plan.evidence.fact(fid)) and f.product_id]
    out = lint_variant(v, ctx, cited)
    if v.variant == "B":
        a = next((x for x in plan.copy_variants if x.channel == v.channel and x.variant == "A"), None)
        if a is not None:
            test = getattr(plan, "ab_test", None)
            out.extend(ab_pair(a, v, ctx, getattr(test, "element", None)))
    return out


def check_lint(v: CopyVariant, plan: CampaignPlan, ctx: LintContext) -> CheckResult:
    """The linter as a plan check (``copy_lint``): fail with every finding, or pass."""
    findings = lint_plan_variant(v, plan, ctx)
    if findings:
        text = "; ".join(f"{f.rule} in {f.sentence()}" for f in findings[:6])
        return CheckResult(
            name="copy_lint",
            status="fail",
            target=v.key,
            details=f"Copy a marketer would not ship: {text}."[:600],
        )
    return CheckResult(
        name="copy_lint",
        status="pass",
        target=v.key,
        details="No truncated, raw, repeated or mismatched copy.",
    )
