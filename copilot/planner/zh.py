"""Chinese copy: what code adds to copy for a Chinese brief, and how Chinese copy is measured.

The reader gives every brief a language (``brief.reading.language``: ``"en"`` or ``"zh"``); the copy
follows it (:func:`copy_language`). For ``"zh"`` the copywriter asks the model for Chinese openings
(grammar: :data:`ZH_PATTERNS`) and code writes every other piece in Chinese:

* **facts** (:mod:`copilot.knowledge.zh_facts`): a product fact becomes a Chinese sentence only through
  :func:`~copilot.knowledge.zh_facts.zh_fact_phrase`, a fixed rendering: of the fact's *structured* shape (a specification ``Label: value`` with its number kept
  as written, ``Waterproof: yes``, an N-year warranty, free returns within N days, true to size,
  UPF N), or of a feature through the table of Chinese phrasings (``templates/zh_phrasings.toml``,
  the demo brand's 70 features). A fact with no fixed rendering is not offered to a Chinese
  copywriter: code never translates a claim it cannot re-derive (the claims check re-renders every
  Chinese claim from its cited fact, :func:`copilot.planner.checks.zh_claim_problems`);
* **offer**: ``Save 15% with code X until March 21`` is ``使用优惠码 X 立享8.5折，3月21日截止。``
  (:func:`zhe`: N% off is (100 - N)/10 折, so 20% off = 8折, 15% off = 8.5折);
* **compliance**: SMS signed ``【品牌】`` and ended ``回复TD退订``; the email unsubscribe line in Chinese
  with the ``{unsubscribe_url}`` slot and the sender's postal address as stored
  (:meth:`copilot.planner.checks.Sender.for_language`);
* **banned words**: each English banned phrase of the guides also bans its Chinese equivalents
  (:data:`ZH_BANNED`), plus the absolute terms of China's Advertising Law (Art. 9: 最佳, 第一 ...).

**Widths.** Channel limits were set in Latin characters. A CJK character is full width: it takes
the room of two Latin ones in an inbox or on a lock screen, so limits are compared with the text's
display width (:func:`text_width`: East Asian wide and full-width characters count 2). A 60-column
subject is 30 Chinese characters (Gmail desktop shows about that many), a 35-column mobile subject
17; a preheader of 40-100 columns is 20-50 Chinese characters. English text is unchanged (width =
length). SMS is different: it is counted in encoding units (:func:`copilot.planner.checks.sms_info`,
UCS-2 for Chinese: 70 characters in one segment, 67 per part when concatenated).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING

# the facts' Chinese renderings live in copilot.knowledge.zh_facts (the agent uses them too); importable from here too
from copilot.knowledge.zh_facts import zh_claim_sentences as zh_claim_sentences
from copilot.knowledge.zh_facts import zh_fact_phrase as zh_fact_phrase
from copilot.knowledge.zh_facts import zh_feature_phrasings as zh_feature_phrasings
from copilot.knowledge.zh_facts import zh_review_proof as zh_review_proof
from copilot.knowledge.zh_facts import zh_sentence as zh_sentence
from copilot.knowledge.zh_facts import zh_sentence_forms as zh_sentence_forms

if TYPE_CHECKING:
    from copilot.planner.plan_schema import CampaignPlan, Offer

#: CJK letters (Chinese, Japanese kana, Korean), for language shares.
CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_CJK = re.compile(f"[{CJK_RANGES}]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
#: A word character that is not CJK: the word boundary of Latin names and numbers inside Chinese
#: text (``试试Alder Sky吧``: 试 and 吧 are ``\w`` for ``re``, but they do not continue the name).
LATIN_WORD = f"[^\\W{CJK_RANGES}]"
#: Lookarounds for "not inside a Latin word" that treat CJK characters as boundaries.
NOT_AFTER_WORD = f"(?<!{LATIN_WORD})"
NOT_BEFORE_WORD = f"(?!{LATIN_WORD})"

#: Han characters the model's Chinese pieces may use (the CJK Unified Ideographs block).
HAN = "\u4e00-\u9fff"


def cjk_share(text: str) -> float:
    """Share of the letters in ``text`` that are CJK (Chinese, Japanese kana, Korean)."""
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _CJK.match(ch)) / len(letters)


def is_chinese(text: str) -> bool:
    """True when CJK characters are at least a fifth of the letters (a CJK character carries a word
    or half of one, so mixed copy with Latin product names and units still reads as Chinese)."""
    return cjk_share(text) >= 0.2


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def text_width(text: str) -> int:
    """Display width: East Asian wide and full-width characters count 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def copy_language(plan: CampaignPlan) -> str:
    """The language copy is written in: the reader's (``brief.reading.language``), else detected
    from the brief's text."""
    reading = plan.brief.reading
    lang = reading.language if reading is not None else ""
    if lang:
        return lang
    return "zh" if is_chinese(plan.brief.text or plan.brief.goal) else "en"


# --------------------------------------------------------------------------------------------
# the model's pieces: grammar and instructions
# --------------------------------------------------------------------------------------------

#: Verbs that open a Chinese invitation (the CTA, push and social text, a preheader's second half).
ZH_CTA_VERBS = (
    "立即选购",
    "立即查看",
    "马上看看",
    "来看看",
    "选购",
    "探索",
    "查看",
    "发现",
    "看看",
    "逛逛",
    "了解",
    "挑选",
)
#: Particles a Chinese question ends on before its ``？`` (吗/呢): with one required, the grammar
#: yields a question, not a statement with a forced question mark. Not 吧: with it the embedded
#: model wrote imperatives with a question mark ("快来探索吧？").
ZH_QUESTION_ENDS = ("吗", "呢")
_HAN_TEXT = f"[{HAN}，、]"
_HAN_WORDS = f"[{HAN}]"


def zh_question_pattern(min_len: int, max_len: int) -> str:
    """One Chinese question of ``min_len``-``max_len`` characters: Han characters and ``，、``, a
    question particle (:data:`ZH_QUESTION_ENDS`) and ``？``. No Latin letters, digits or currency."""
    return f"{_HAN_TEXT}{{{max(1, min_len - 2)},{max_len - 2}}}({'|'.join(ZH_QUESTION_ENDS)})？"


def zh_invitation_pattern(min_len: int, max_len: int) -> str:
    """A Chinese call to action: a verb of :data:`ZH_CTA_VERBS` and ``min_len``-``max_len`` Han characters."""
    return f"({'|'.join(ZH_CTA_VERBS)}){_HAN_WORDS}{{{min_len},{max_len}}}"


def _zh_invitation_max(max_len: int, stop: bool) -> int:
    return max(len(v) for v in ZH_CTA_VERBS) + max_len + int(stop)


#: ``field -> (pattern, maxLength)`` in characters, as :data:`copilot.planner.copywriter.PATTERNS`.
#: Maxima sit at the checks' width limits (a Chinese character is 2 columns, :func:`text_width`):
#: subject 30 (60 columns), push title 25 (50), social headline 20 (40). The Chinese preheader is
#: the model's question (15-28 characters) and code's invitation (:func:`zh_preheader_tail`,
#: "来看看 <product>。"): the embedded model's own invitations read badly ("发现了吗呢。"), and the
#: whole stays 40-100 columns for a product name up to 30 characters.
ZH_PATTERNS: dict[str, tuple[str, int]] = {
    "subject": (f"^{zh_question_pattern(5, 30)}$", 30),
    "intro": (f"^{zh_question_pattern(6, 60)}$", 60),
    "text_question": (f"^{zh_question_pattern(5, 30)}$", 30),
    "title": (f"^{zh_question_pattern(5, 25)}$", 25),
    "headline": (f"^{zh_question_pattern(5, 20)}$", 20),
    "preheader": (f"^{zh_question_pattern(15, 28)}$", 28),
    "cta": (f"^{zh_invitation_pattern(0, 10)}$", _zh_invitation_max(10, False)),
    "text_invitation": (f"^{zh_invitation_pattern(2, 14)}(。)?$", _zh_invitation_max(14, True)),
}

ZH_DESCRIPTIONS = {
    "subject": "一个简短的中文问句。",
    "intro": "一个中文问句。",
    "text_question": "一个简短的中文问句。",
    "title": "一个简短的中文问句。",
    "headline": "一个简短的中文问句。",
    "preheader": "一个中文问句（15-28个字）。",
    "cta": "以“选购”“探索”等动词开头的行动号召。",
    "text_invitation": "以“选购”“探索”“看看”等动词开头的邀请。",
}

#: The channel fields as the Chinese prompt asks for them. No whole example sentence: a small model
#: copies an example verbatim (a first run sent "好久不见，最近还去徒步吗？", the example, as the subject),
#: so the hints are sentence frames ("最近……吗？") only.
ZH_CHANNEL_INSTRUCTIONS = {
    "email": 'email："subject"（一个问句，句式如“最近……吗？”“……呢？”，8-16个字），"preheader"（一个问句，'
    '15-28个字，和 subject 说法不同），"intro"（一个问句，不超过40个字，和 subject 说法不同），'
    '"facts"（1-3个编号），"cta"（如“立即选购”）。',
    "sms": 'sms："text"（一个问句，句式如“……了吗？”，8-20个字，和 email 的 subject 说法不同），"facts"（1个编号）。',
    "push": 'push："title"（一个问句，不超过14个字），"text"（以“选购”“探索”“看看”开头的邀请，'
    '不超过16个字），"facts"（1个编号）。',
    "paid_social": 'paid_social："headline"（一个问句，不超过14个字），"text"（以“选购”“探索”“看看”开头的邀请，'
    '不超过16个字），"facts"（1个编号）。',
}

#: The A/B angles by objective, as the Chinese prompt states them.
ZH_ANGLES: dict[str, tuple[str, str]] = {
    "winback": ("有什么新变化", "一个回来的理由"),
    "retention": ("产品带来的好处", "一个实用小贴士"),
    "acquisition": ("最突出的特点", "它适合什么样的人"),
    "cross_sell": ("让装备更齐全", "一个具体的好处"),
    "launch": ("有什么新东西", "它适合什么样的人"),
    "seasonal": ("为这个季节做好准备", "优惠或应季的好处"),
    "clearance": ("优惠本身", "好处加优惠"),
}
#: What the A/B test's variants are, in Chinese (the angle the prompt names).
ZH_TEST_ANGLES = {
    "with the offer": "带优惠",
    "without the offer": "不带优惠",
    "social proof (review rating)": "用户好评",
    "product detail": "产品细节",
    "benefit-led opening": "以好处开头",
    "urgency-led opening": "以紧迫感开头",
}

#: Code's own Chinese openings when the model's fail the linter after the repair round (by objective:
#: subject/SMS/push question, email intro), as :data:`copilot.planner.copywriter.OPENINGS`.
ZH_OPENINGS: dict[str, tuple[str, str]] = {
    "winback": ("好久不见，最近还去山里走走吗？", "是不是很久没有上山了呢？"),
    "retention": ("准备好下一次出发了吗？", "下一趟户外行程计划好了吗？"),
    "acquisition": ("第一次走上山野小径吗？", "想找一件跟得上你的装备吗？"),
    "cross_sell": ("装备还差一件吗？", "想让整套装备更称手吗？"),
    "launch": ("这一季的装备你看过了吗？", "想在山路上试试新装备吗？"),
    "seasonal": ("这个季节准备好了吗？", "这个季节打算去哪儿走走呢？"),
    "clearance": ("在找一份好价吗？", "要不要趁现在囤一件呢？"),
}
ZH_URGENCY_OPENING = "想在活动结束前入手吗？"  # not "即将结束" (ending soon): false on the first send


#: What each linter rule asks of the model's Chinese pieces, said in Chinese for the repair prompt (the
#: problems themselves are English: the embedded model gave the same pieces back unchanged).
ZH_REPAIR_HINTS = {
    "question_claim": "问句和邀请里不要描述产品、不要提产品卖点或功能（卖点由程序写）",
    "question_form": "问句要完整：有自己的动词，只问一次（如“最近买的睡袋用得怎么样呢？”）",
    "product_type": "不要提到这次推荐的产品之外的品类",
    "truncated": "每句话都要完整",
    "stutter": "不要重复同一个字或词",
    "jargon": "对顾客说话，不要用营销术语",
    "occasion": "不要提到活动时间以外的季节",
    "offer_language": "不要提折扣或优惠",
    "language": "只用简体中文",
    "shouting": "不要用感叹号连用或大写英文",
}


def zh_repair_hints(problems: list[str]) -> list[str]:
    """The Chinese hints (:data:`ZH_REPAIR_HINTS`) for the rules the problems name."""
    text = " ".join(problems)
    return [hint for rule, hint in ZH_REPAIR_HINTS.items() if f"{rule} in " in text]


def zh_preheader_tail(name: str) -> str:
    """The invitation code puts after the model's preheader question."""
    return f"来看看 {name}。" if name else "来看看为你挑选的装备。"


#: Code's preheader question when the model's fails the linter.
ZH_PREHEADER_FALLBACK = "这个季节，你的下一次出发计划好了吗？"


def zh_cta(name: str) -> str:
    """The email button: ``立即选购 Alder Sky``."""
    return f"立即选购 {name}" if name else "立即选购"


# --------------------------------------------------------------------------------------------
# dates and offers
# --------------------------------------------------------------------------------------------


def zh_date(d: date) -> str:
    """``3月21日``."""
    return f"{d.month}月{d.day}日"


def zhe(depth_pct: float) -> str:
    """A percent-off depth as 折: 20% off -> ``8折``, 15% off -> ``8.5折``, 12.5% off -> ``8.75折``.

    N折 means the customer pays N tenths of the price: 八折 = 80% of the price = 20% off. Written
    with a decimal point (8.5折, not 85折): both are common, and the decimal form cannot be misread
    as a single-digit 折 (5折 = 50% off) by a reader that takes one digit before 折."""
    pay = round((100.0 - depth_pct) / 10, 3)
    return f"{pay:g}折"


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZHE = re.compile(r"(\d+(?:\.\d+)?|[一二两三四五六七八九]{1,2})\s*折(?!叠|射|腾|返)")
_ZH_PCT_OFF = re.compile(
    r"(?:减|省|优惠|立减|直降)\s*(\d{1,2}(?:\.\d+)?)\s*%|(\d{1,2}(?:\.\d+)?)\s*%\s*(?:折扣|优惠)"
)


def zhe_depths_in(text: str) -> list[float]:
    """Percent-off depths a Chinese text offers: ``85折`` -> 15, ``八折`` -> 20, ``8.5折`` -> 15,
    ``立减20%`` -> 20. ``不打折`` is no offer."""
    out: list[float] = []
    for m in _ZHE.finditer(text):
        raw = m.group(1)
        if raw[0] in _CN_DIGITS:
            digits = [_CN_DIGITS[c] for c in raw]
            value = float(digits[0] * 10 + digits[1]) if len(digits) == 2 else float(digits[0] * 10)
        else:
            n = float(raw)
            value = n * 10 if n < 10 else n
        if 0 < value < 100:
            out.append(round(100.0 - value, 2))
    out.extend(float(m.group(1) or m.group(2)) for m in _ZH_PCT_OFF.finditer(text))
    return out


def zh_offer_line(offer: Offer) -> str:
    """The offer as Chinese copy says it: ``使用优惠码 COMEBACK15 立享8.5折，3月21日截止。``"""
    from copilot.planner.offer_minimum import zh_minimum

    end = zh_date(offer.expires)
    least = zh_minimum(offer, offer.words)  # 满400: the offer's minimum order, unless the brief's words say it
    if offer.type == "percent_off" and offer.depth_pct:
        return f"使用优惠码 {offer.code} {least}立享{zhe(offer.depth_pct)}，{end}截止。"
    if offer.type == "free_shipping":
        return f"使用优惠码 {offer.code} {least}享包邮，{end}截止。"
    if offer.words and offer.type in ("amount_off", "bogo"):
        return f"使用优惠码 {offer.code} {least}享{offer.words}，{end}截止。"  # 满300减40: the brief's words
    if offer.words:
        return f"使用优惠码 {offer.code} {least}领取礼品（{offer.words}），{end}截止。"
    return f"使用优惠码 {offer.code} {least}领取礼品，{end}截止。"


#: The shape of every offer line :func:`zh_offer_line` writes (the claims check knows it is no claim).
ZH_OFFER_LINE = re.compile(
    r"^使用优惠码 \S+ (?:满\d+(?:\.\d+)?元?)?(?:立享\d+(?:\.\d+)?折|享包邮|享[^，。]{1,60}|领取礼品(?:（[^）]{1,60}）)?)，\d{1,2}月\d{1,2}日截止。?$"
)


# --------------------------------------------------------------------------------------------
# banned words
# --------------------------------------------------------------------------------------------

#: Chinese equivalents of the English banned and avoided phrases of the brand guides (lower-case
#: keys). A phrase of the guides bans its equivalents too (:func:`zh_equivalents`).
ZH_BANNED: dict[str, tuple[str, ...]] = {
    "best ever": ("史上最好", "史上最佳", "有史以来最好"),
    "guaranteed": ("保证", "包您满意", "包你满意", "确保有效"),
    "guarantee": ("保证", "包您满意", "包你满意"),
    "miracle": ("奇迹", "神奇功效"),
    "cheapest": ("最便宜", "全网最低", "最低价"),
    "100% waterproof": ("100%防水", "100% 防水", "完全防水", "绝对防水"),
    "life-changing": ("改变人生", "改变一生"),
    "act now or miss out": ("错过不再", "机不可失", "过时不候"),
    "clinically proven": ("临床验证", "临床证明"),
    "prevents injury": ("预防受伤", "防止受伤", "避免受伤"),
    "prevents blisters": ("防止起泡", "预防水泡", "不起水泡"),
    "cures": ("治愈", "根治"),
    "heals": ("治愈", "疗愈"),
    "#1": ("第一名", "排名第一", "销量第一", "NO.1"),
    "risk-free": ("零风险", "无风险"),
    "lowest price ever": ("史上最低价", "历史最低价"),
    "once in a lifetime": ("千载难逢", "一生仅此一次"),
    # words to avoid (a warning, as in English)
    "cheap": ("便宜货", "廉价"),
    "insane": ("疯狂",),
    "epic": ("史诗级",),
    "crazy": ("疯狂", "炸裂"),
    "hack": ("神器",),
    "unbeatable": ("无敌", "无与伦比"),
    "revolutionary": ("革命性", "颠覆性"),
}
#: Absolute terms China's Advertising Law (Art. 9) bars from ads; banned in Chinese copy whenever
#: the guides ban absolute superlatives (any of them).
ZH_ABSOLUTES = ("最佳", "最好", "第一", "顶级", "极致", "绝对", "国家级", "史上", "全网最低", "万能")
_SUPERLATIVE_KEYS = frozenset(["best ever", "cheapest", "#1", "lowest price ever"])


def zh_equivalents(phrase: str) -> tuple[str, ...]:
    """The Chinese phrases ``phrase`` (an English banned or avoided phrase) stands for."""
    key = " ".join(phrase.lower().split())
    out = list(ZH_BANNED.get(key, ()))
    if key in _SUPERLATIVE_KEYS:
        out.extend(ZH_ABSOLUTES)
    return tuple(dict.fromkeys(out))
