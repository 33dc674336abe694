"""Chinese typos in a request: a word typed with the wrong character of the same sound.

A Chinese marketer types with a pinyin input method, so the commonest slip is the right sound with
the wrong character: 短心 for 短信 (SMS), 帐蓬 for 帐篷 (tent), 登山仗 for 登山杖 (trekking poles),
冲锋依 for 冲锋衣 (rain jacket). A run of Chinese characters is read as a word of the reader's own
vocabulary (the Chinese words of its patterns: channels, categories, conditions) when

- it has the same toneless pinyin (``pypinyin``), character by character,
- it differs from that word in exactly one character, and in the first of a two-character word only when the
  typed pair is 100 times rarer and sounds the same with its tones (油件 is 邮件, 心品 is 新品; 有件 is not 邮件),
- it is not itself a word as common as that one: absent from ``wordfreq``'s Chinese list or at
  least 20 times rarer (帐蓬 is a rare variant of 帐篷; 事件 is a word of its own and is left alone),
- and its edge characters do not belong to words of their neighbours at least as common as the
  correction (in 红包优惠券, 包优 straddles 红包 and 优惠 and is not 包邮),
- and the typed character does not start a category word after a word that can name its kind (登山帐 is a
  mountaineering tent, 帐 short for 帐篷, not a slip for 登山杖; 用护 is still 用户).

Traditional characters are read as simplified first (OpenCC t2s: 郵件 is 邮件, 預算 is 预算; not the phrase
table tw2sp, which turns 核心 into 内核).

Every correction keeps the text's length, so a span of the corrected text is a span of the typed one.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from copilot.reading import regex as re
from copilot.reading.zh_day_unit import day_unit

#: Every module of the reader but the typo correctors themselves: their string constants are its vocabulary
#: (a module split or added keeps its words in it).
_SOURCES = tuple(sorted(f.name for f in resources.files("copilot.reading").iterdir()
                        if f.name.endswith(".py") and f.name not in ("__init__.py", "spelling.py", "spelling_zh.py", "regex.py")))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_MAX_LEN = 4
#: How much commoner the vocabulary word must be than a real word it would replace.
_RATIO = 20.0
#: A character pair rarer than this (zipf 2) is not taken for a word of its own.
_RARE = 1e-7


@lru_cache(maxsize=1)
def _vocabulary() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Toneless pinyin of each Chinese word of the reader's patterns (2-4 characters) -> those words."""
    from pypinyin import lazy_pinyin

    from copilot.reading.spelling import module_literals

    words: set[str] = set()
    for name in _SOURCES:
        for literal in module_literals(name):
            words.update(w for w in _CJK_RUN.findall(literal) if len(w) <= _MAX_LEN)
    index: dict[tuple[str, ...], list[str]] = {}
    for w in sorted(words):
        index.setdefault(tuple(lazy_pinyin(w)), []).append(w)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return frozenset(w for keys in _vocabulary().values() for w in keys)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("zh")


@lru_cache(maxsize=1)
def _category_heads() -> frozenset[str]:
    """The first characters of the Chinese category words (帐 of 帐篷, 睡 of 睡袋)."""
    from copilot.reading.lexicon import CATEGORY_WORDS

    return frozenset(w[0] for words in CATEGORY_WORDS.values() for p in words for w in _CJK_RUN.findall(p))


def _one_slip(typed: str, word: str) -> bool:
    diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (len(diff) == 1 and not (len(word) == 2 and diff[0] == 0 and not _same_tones(typed, word))
            and not (typed[diff[0]] in _category_heads() and _modifier(typed[: diff[0]])))


def _modifier(before: str) -> bool:
    """Whether the characters before a category's first character are a word that can name its kind (登山 of 登山帐, a
    mountaineering tent), so the character may be the category's short form; 用 of 用护 or 所有用 of 所有用护 is not."""
    return len(before) >= 2 and _frequencies().get(before, 0.0) > 0


def _same_tones(typed: str, word: str) -> bool:
    """油件 for 邮件, 心品 for 新品: a first-character slip is corrected only when the typed pair is no word at all and
    sounds exactly the same, tones too (有件 yǒu jiàn is not 邮件 yóu jiàn)."""
    from pypinyin import Style, pinyin

    freq = _frequencies()
    return (freq.get(typed, 0.0) * 100 <= freq.get(word, 0.0)
            and pinyin(typed, style=Style.TONE3) == pinyin(word, style=Style.TONE3))


def _fix(typed: str, before: str, after: str) -> str | None:
    """The vocabulary word ``typed`` (between the characters ``before`` and ``after``) is a slip for, or None."""
    from pypinyin import lazy_pinyin

    if typed in _known_words():
        return None
    candidates = [w for w in _vocabulary().get(tuple(lazy_pinyin(typed)), ()) if _one_slip(typed, w)]
    if len(candidates) != 1:
        return None
    word = candidates[0]
    freq = _frequencies()
    own, target = freq.get(typed, 0.0), freq.get(word, 0.0)
    if own and own * _RATIO > target:
        return None
    straddled = (before + typed[0], typed[-1] + after)
    # a pair rarer than zipf 2 (丈八 of 登山丈八五折) is no word the neighbours make when the correction is a word of our own
    return None if any(freq.get(pair, 0.0) >= max(target, _RARE) for pair in straddled if len(pair) == 2) else word


_CAPITAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")


#: Hong Kong (Cantonese) and Taiwan words, after t2s, as the mainland words the reader knows; each the same
#: length as what it replaces, longest first. Only words Mandarin does not use this way (唔, 嘅, 喺, 俾, 哋…).
_REGIONAL: tuple[tuple[str, str], ...] = (
    ("唔好", "不要"), ("唔使", "不用"), ("唔该", "谢谢"), ("净系", "仅仅"), ("而家", "现在"), ("几多", "多少"),
    ("边个", "哪个"), ("边啲", "哪些"), ("边类", "哪类"), ("边款", "哪款"), ("边种", "哪种"), ("钟意", "喜欢"), ("点样", "怎样"), ("落单", "下单"), ("落过单", "下过单"), ("短讯", "短信"), ("简讯", "短信"),
    ("推播", "推送"), ("行山", "登山"), ("背囊", "背包"), ("电邮", "邮件"), ("嘅", "的"), ("喺", "在"), ("俾", "给"), ("哋度", "们家"), ("哋", "们"), ("咗", "了"),
    ("今个礼拜", "这个礼拜"), ("今个星期", "这个星期"), ("今个月", "这个月"), ("旧年", "去年"),
    ("冇", "没"), ("啲", "些"), ("嗰", "那"), ("唔", "不"),
)


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s.json")


def simplified(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` in simplified characters and mainland words (OpenCC t2s: 郵件 -> 邮件, 預算 -> 预算), the same length, and the
    (start, end) of each changed run. A phrase whose simplified form has another length is converted
    character by character instead, so every position still holds."""
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)
    converted = converted.translate(_CAPITAL_NUMERALS)  # 叁万元整: the numerals of cheques and invoices
    for said, meant in _REGIONAL:  # Cantonese and Taiwan words read as the mainland ones (same length)
        converted = converted.replace(said, meant)
    converted = day_unit(converted)  # 最近60日 (Cantonese, Taiwan): 日 counts the days of a window
    changed = [i for i, (a, b) in enumerate(zip(text, converted, strict=True)) if a != b]
    runs: list[tuple[int, int]] = []
    for i in changed:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return converted, runs


#: units counted by a numeral (点, 天, 折 …): the numeral before one is never a typo
_COUNTED = frozenset("点點天折个個周週月年次件号號日分秒岁歲位名")


def correct_zh(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` in simplified characters with same-sound character slips corrected, and the (start, end) of
    each change."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text, []
    text, fixed = simplified(text)
    chars = list(text)
    for run in re.finditer(r"[\u4e00-\u9fff]+", text):
        i = run.start()
        while i < run.end() - 1:
            for n in range(min(_MAX_LEN, run.end() - i), 1, -1):  # the longest word first
                typed = text[i : i + n]
                if typed in _known_words():
                    i += n - 1
                    break
                if i == run.start() and text[i - 1 : i].isdigit():
                    continue  # "1000元但…": a unit after a number starts no word (元但 is not 元旦)
                if i + n == run.end() and text[i + n : i + n + 1].isdigit():
                    continue  # "再减10元": a word right before a number is an offer's verb (再减 is not 再见)
                if typed[-1] in "一二两三四五六七八九十" and text[i + n : i + n + 1] in _COUNTED:
                    continue  # "六点到七点": a numeral before its unit starts no word (到七 is not 到期)
                word = _fix(typed, text[i - 1 : i] if i > run.start() else "",
                            text[i + n : i + n + 1] if i + n < run.end() else "")
                if word is not None:
                    chars[i : i + n] = list(word)
                    fixed.append((i, i + n))
                    i += n - 1
                    break
            i += 1
    return "".join(chars), sorted(fixed)
