"""Copy-lint rules on one field's text (:mod:`copilot.planner.lint` lists them all): cut-off words
and sentences (English and Chinese), pasted fact or meta text, placeholders, shouting, stutter,
Chinese question forms and claims inside questions, and the copy's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.planner.lint_base import (
    _LETTER,
    ALLOWED_CAPS,
    DANGLING,
    ZH_TYPE_NOUNS,
    LintContext,
    LintFinding,
    detect_language,
)
from copilot.planner.zh import NOT_AFTER_WORD, NOT_BEFORE_WORD, ZH_CTA_VERBS, has_cjk

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
    # a product name cut short ("Saddle Trail GT?") is the product_name_cut rule (lint_names)
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


_ZH_NOUNS = "|".join(
    sorted({n for ns in ZH_TYPE_NOUNS.values() for n in ns if has_cjk(n)}, key=len, reverse=True)
)
#: "你最近买的帐篷或睡袋了吗？" (the embedded model's SMS question): a thing bought, asked about with no verb
#: of its own ("……用得怎么样？", "……还合用吗？" would have one).
_VERBLESS = re.compile(rf"(?:买|购买|入手|穿|用|选)的(?:{_ZH_NOUNS})(?:[或和与、](?:{_ZH_NOUNS}))*了?[吗呢][？?]")


def question_form(name: str, text: str) -> list[LintFinding]:
    m = _VERBLESS.search(text)
    if m is not None:
        why = "the question names a thing but asks nothing about it"
        return [LintFinding("question_form", name, m.group(0), why)]
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
    "适合",  # "……它们适合你探索新奇呢？" (a real-model push title): what a product suits is a claim
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


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def han_grams(text: str, n: int = 4) -> set[str]:
    """Every run of ``n`` Han characters in ``text`` (the unit Chinese wording is compared in)."""
    return {run[i : i + n] for run in _HAN_RUN.findall(text) for i in range(len(run) - n + 1)}


#: The fields of the model's own pieces (questions and invitations; "text" is the SMS question or the
#: push/social invitation, "intro" and "cta" the email's): code writes every claim, never the model.
MODEL_PIECES = frozenset(["subject", "preheader", "title", "headline", "text", "intro", "cta"])


def piece_claim(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """A Chinese piece of the model's that repeats a product fact's wording ("选购一个旅行锁定模式的头灯吧。",
    the fact being "带旅行锁定模式"): a claim in the model's words, unchecked, and in a proof-vs-detail test
    it puts arm B's detail into arm A (both arms share the model's pieces)."""
    if name not in MODEL_PIECES or not has_cjk(text):
        return []
    ids = ctx.copy_products or {p.product_id for p in ctx.products}
    facts = " ".join(ctx.product_facts.get(pid, "") for pid in ids)
    shared = sorted(han_grams(text) & han_grams(facts))
    if not shared:
        return []
    why = f"'{shared[0]}' is a product fact in the model's words"
    return [LintFinding("question_claim", name, text[-40:], why)]


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
