"""A request written twice, in English and in Chinese (README decision 223): one value where both halves say the same.

"$5,000 / 预算5000美元", "预算 Budget：1.2万元 / ¥12,000", "12% off … 88折", "Winback SMS … $2,200 … 中文：…预算2200美元": the same
amount or the same discount said in both languages is one value. In a request with both a Chinese and an English part,
every repeat of an amount or a discount already said is claimed (the one beside 预算 / "budget" is kept for the rules), so it
is neither a second budget, an audience threshold nor an unread clause.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.text import Text

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"\b[A-Za-z]{2,}\b")
_MONEY = re.compile(
    r"(?P<cur>[$¥￥€£])\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<m>[kK万千])?(?![\d])"
    r"|(?P<n2>\d[\d,]*(?:\.\d+)?)\s?(?P<m2>[kK万千])?\s?(?:元|美元|美金|块|dollars|usd|rmb|cny)",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"(?P<p>\d{1,2})\s?%\s?(?:off|discount)\b|(?P<z>\d{1,2}|[一二三四五六七八九])折", re.IGNORECASE
)
_BUDGET_BEFORE = re.compile(r"(?:预算|budget|总预算)\s*(?:[:：]|is|of)?\s*$", re.IGNORECASE)
_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_MULT = {"k": 1000.0, "K": 1000.0, "千": 1000.0, "万": 10000.0}


def _bilingual(text: str) -> bool:
    return len(_CJK.findall(text)) >= 8 and len(_LATIN_WORD.findall(text)) >= 5


def _amount(m: re.Match[str]) -> float:
    n = float((m.group("n") or m.group("n2")).replace(",", ""))
    return n * _MULT.get(m.group("m") or m.group("m2") or "", 1.0)


def _percent(m: re.Match[str]) -> float:
    if m.group("p"):
        return float(m.group("p"))
    z = m.group("z")
    tenths = float(_DIGIT[z]) * 10 if z in _DIGIT else float(z) * (10 if len(z) == 1 else 1)
    return 100 - tenths


def claim_repeats(t: Text) -> None:
    """Claim each amount and discount a bilingual request says a second time."""
    if not _bilingual(t.text):
        return
    for rx, value in ((_MONEY, _amount), (_PERCENT, _percent)):
        groups: dict[float, list[re.Match[str]]] = {}
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                groups.setdefault(value(m), []).append(m)
        for said in groups.values():
            if len(said) < 2:
                continue
            kept = next(
                (m for m in said if _BUDGET_BEFORE.search(t.text[max(0, m.start() - 12) : m.start()])),
                said[0],
            )
            for m in said:
                if m is not kept:
                    t.take(m.start(), m.end())
