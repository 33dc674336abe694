"""Numbers, money, percentages and durations in English and Chinese, each with where it was found.

Chinese numerals (两万, 八千五, 三十) are read with cn2an; amounts with separators ("20,000", "8 000",
"1.2m", "2万") and currency symbols or words (¥, 元, RMB, $, dollars, €, £) by the patterns below, and
the digits of an amount by price-parser (which knows decimal and thousands separators). English
number words ("twenty grand", "six months") reuse :func:`words_to_number`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import cn2an
from price_parser import Price

from copilot.reading import regex as re

_UNIT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "couple": 2, "few": 3, "several": 3,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_UNITS_RE = "|".join(sorted((w for w in _UNIT_WORDS if w not in ("a", "an", "couple", "few", "several")),
                            key=len, reverse=True))
_TENS_RE = "|".join(_TENS_WORDS)
_SMALL = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNITS_RE}))?|{_UNITS_RE})"
#: An English number in words: "twenty-five", "two hundred and fifty", "a" (only before a multiplier).
WORDS = rf"(?:(?:a\s+)?couple(?:\s+of)?\s+(?:hundred|thousand)(?![\w-])|(?<![\w-])an?\s+(?:hundred|thousand)(?:(?:\s+and)?\s+(?:hundred|thousand|{_SMALL})(?![\w-]))+|{_SMALL}\s+and\s+a\s+half\s+(?:thousand|hundred)(?![\w-])|{_SMALL}(?:(?:\s+and)?\s+(?:hundred|thousand|{_SMALL}))*)"
#: Digits with thousands separators ("20,000", "8 000", "1'000") or a decimal point.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?!\d)|\d+(?:\.\d+)?"
#: A Chinese numeral ("两万", "八千五百", "十五", "三").
ZH_NUM = r"[零〇一二两三四五六七八九十百千万亿]+"
#: Any number: digits, English words or Chinese numerals (a digit may carry 万/千: "2万", "1.5万").
NUMBER = rf"(?:{DIGITS})(?:\s?[万千亿](?:[1-9](?:(?<=万\d)千)?(?![\d.,%折天日月年周个次单件人千百]))?)?|{ZH_NUM}|{WORDS}"


def words_to_number(words: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"two hundred and fifty"`` -> 250, ``"a"`` -> 1; None if not a number."""
    total = 0
    current = 0
    seen = False
    words = re.sub(r"^a\s+couple(?:\s+of)?\b|^couple\s+of\b", "couple", words.lower().strip())  # "a couple (of) hundred"
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half\s+(thousand|hundred)", words)
    if half is not None:  # "two and a half thousand" = 2,500
        whole = words_to_number(half.group(1))
        return None if whole is None else (whole + 0.5) * (1000 if half.group(2) == "thousand" else 100)
    for w in re.split(r"[\s-]+", words):
        if w == "and" or not w:
            continue
        if w in _UNIT_WORDS:
            current += _UNIT_WORDS[w]
        elif w in _TENS_WORDS:
            current += _TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def to_number(raw: str) -> float | None:
    """A number written in digits (with separators or a 万/千 suffix), English words or Chinese numerals."""
    s = raw.strip()
    if not s:
        return None
    if s[0].isdigit():
        if (spoken := re.fullmatch(r"(\d+(?:\.\d+)?)\s?([万千])([1-9])(?:(?<=万\d)千)?", s)) is not None:  # 1万5 = 15,000, 3千5 = 3,500 (spoken)
            unit = 1e4 if spoken.group(2) == "万" else 1e3
            return float(spoken.group(1)) * unit + int(spoken.group(3)) * unit / 10
        mult = 1.0
        if s[-1] in "万千亿":
            mult = {"万": 1e4, "千": 1e3, "亿": 1e8}[s[-1]]
            s = s[:-1].strip()
        s = re.sub(r"[\s\u00a0\u202f']", "", s)
        price = Price.fromstring(s, decimal_separator=".")
        if price.amount is None:
            return None
        return float(price.amount * Decimal(str(mult)))
    if re.fullmatch(ZH_NUM, s):
        try:
            return float(cn2an.cn2an(s, "smart"))
        except ValueError:
            return None
    return words_to_number(s)


# --- money -------------------------------------------------------------------------------------

_MULTIPLIER = r"k(?![a-z])|mm(?![a-z])|m(?![a-z])|thousands?|millions?|grand|lakhs?|lacs?|crores?|万|千"  # not the K of "KRW" or the M of "MYR"
_MULT = {"k": 1e3, "thousand": 1e3, "thousands": 1e3, "millions": 1e6, "grand": 1e3, "千": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "万": 1e4,
         "w": 1e4, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7}  # 预算2w: w for 万, after 预算 only
_CURRENCY_CODE = (r"元?(?:新台币|台币)|元?(?:港币|港元)|新加坡元|新币|令吉|马币|林吉特|ringgit|myr|krw|won|sgd|twd|usd|eur|gbp|cny|rmb|jpy|cad|aud|hkd|(?:canadian|australian|hong kong|aussie|new zealand) dollars?|dollars?|euros?|nzd|zar|rand|inr|rupees?|rupiah|idr|pesos?|chf|swiss francs|"
                  r"蚊美金|蚊美元|港幣|(?:pounds?\s+)?sterling|pounds?|bucks|quid|yuan|yen|港币|港元|日元|日币|円|韩元|加元|加币|澳元|澳币|元|圆|块钱?|人民币|美元|美金|欧元|英镑|蚊")  # 蚊: Cantonese for a Hong Kong dollar
_CURRENCY_OF = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "美元": "USD", "美金": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "quid": "GBP", "英镑": "GBP",
    "¥": "CNY", "￥": "CNY", "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "圆": "CNY", "块": "CNY", "块钱": "CNY",
    "人民币": "CNY", "jpy": "JPY", "cad": "CAD", "aud": "AUD", "hkd": "HKD",
    "sterling": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", "yen": "JPY", "日元": "JPY", "日币": "JPY",
    "円": "JPY", "港币": "HKD", "港幣": "HKD", "港元": "HKD", "蚊": "HKD", "蚊美金": "USD", "蚊美元": "USD", "hk$": "HKD", "加元": "CAD", "加币": "CAD", "c$": "CAD", "ca$": "CAD",
    "canadian dollar": "CAD", "canadian dollars": "CAD", "澳元": "AUD", "澳币": "AUD", "a$": "AUD", "au$": "AUD",
    "australian dollar": "AUD", "australian dollars": "AUD", "aussie dollars": "AUD", "hong kong dollars": "HKD",
    "hong kong dollar": "HKD", "元港币": "HKD", "元港元": "HKD",
    "新台币": "TWD", "台币": "TWD", "元新台币": "TWD", "元台币": "TWD", "twd": "TWD", "nt$": "TWD",
    "新加坡元": "SGD", "新币": "SGD", "sgd": "SGD", "s$": "SGD",
    "rm": "MYR", "myr": "MYR", "ringgit": "MYR", "令吉": "MYR", "马币": "MYR", "林吉特": "MYR",
    "krw": "KRW", "won": "KRW", "韩元": "KRW", "₩": "KRW",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR", "印尼盾": "IDR", "₱": "PHP", "php": "PHP", "pesos": "PHP", "peso": "PHP", "比索": "PHP",
    "nz$": "NZD", "nzd": "NZD", "new zealand dollars": "NZD", "纽币": "NZD", "新西兰元": "NZD",
    "r": "ZAR", "zar": "ZAR", "rand": "ZAR", "南非兰特": "ZAR",
    "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR", "rupees": "INR", "rupee": "INR", "卢比": "INR",
    "chf": "CHF", "swiss francs": "CHF", "瑞士法郎": "CHF",
}  # fmt: skip
_SYMBOL = r"(?<![A-Za-z])(?:us|hk|ca|au|nz|nt|a|c|s)\$|[$€£¥￥₩₹₱]"

_MONEY_FORMS = [
    # "$20k", "€5k", "¥20,000", "USD 20,000", "RMB 2万", "人民币两万"
    rf"(?P<cur>{_SYMBOL}|\b(?:usd|eur|gbp|cny|rmb|cad|aud|hkd|jpy|sgd|twd|myr|krw)(?:\b|(?=\d))|(?<![A-Za-z])RM(?=\s?\d)|(?<![A-Za-z])Rp\.?(?=\s?\d)|\b(?:idr|php)(?=\s?\d)|₱|(?<![A-Za-z0-9])R(?=\s?\d{{1,3}}(?:[, ]\d{{3}})+(?!\d)|\s?\d+(?:\.\d+)?\s?[kKmM]\b)|(?<![A-Za-z])Rs\.?(?=\s?\d)|\b(?:nzd|zar|inr|chf)(?:\b|(?=\d))|人民币|港币|港元|新台币|台币|美元|欧元|英镑|日元|澳元|加元|新加坡元)\s?(?P<num>{NUMBER})\s?(?P<mult>{_MULTIPLIER})?(?![a-z])",
    # "20,000 USD", "5k euros", "两万元", "2万元", "20 grand", "twenty-five thousand dollars", "5 000 €"
    rf"(?P<num>{NUMBER})\s?(?P<mult>{_MULTIPLIER})?\s?(?P<cur>(?<![a-z])(?:{_CURRENCY_CODE})(?![a-z])|[€£$¥￥])",
    rf"(?P<num>{NUMBER}|(?:a\s+)?couple(?:\s+of)?)\s?(?P<mult>grand)\b",  # "a couple grand" = 2,000
    # "budget of 8 000", "budget: 12000", "budget is 15k", 预算20000, 预算两万
    rf"(?:\bbudget(?:_(?:usd|eur|gbp|cny|aud|cad|total))?\b\"?|预算|经费|(?:总)?(?:花费|费用|成本|投入)(?=\s*(?:控制在|限制在|不超过|不要超过|别超过|不能超过|上限|封顶|最多)))\s*(?:(?:of|is|=|:|：|at|around|about|roughly|approx\.?|approximately|up to|~|max(?:imum)?\.?|no more than|capped at|为|是|约|大约|大概|差不多|估计|暂定|初定|先定|先按|总共|一共|只有|小|将近|快|控制在|限制在|封顶|在|不超过|别超过|不要超过|不能超过|不得超过|不超|不高于|最多|上限|改成|改为|改到|调到|调整为|调整到|提高到|提到|降到|降低到|定为|定在|给|批了)\s*)*"
    rf"(?P<num>{NUMBER})\s?(?:个(?=\s?(?:w|万)))?\s?(?P<mult>{_MULTIPLIER}|w(?![a-z]))?\s?(?P<cur>(?<![a-z])(?:{_CURRENCY_CODE})(?![a-z])|(?<=w)(?:元|块)|[€£$¥￥])?",
    # 小两万的预算, 两万块的预算: the amount before the budget word
    rf"(?:小|将近|差不多)?(?P<num>{NUMBER})\s?(?P<mult>万|千|w)(?P<cur>块|元)?的?(?=预算)",
]
_MONEY_FORMS.append(rf"(?<![A-Za-z0-9_.])(?P<num>{DIGITS})\s?(?P<mult>w)\s?(?P<cur>元|块钱?|人民币)")  # 1.2w元: w for 万 before 元
_MONEY_FORMS.append(
    rf"(?<![A-Za-z0-9_$€£¥.,])(?P<num>{DIGITS})\s?(?P<mult>k|grand)(?![A-Za-z0-9_])(?!\s*(?:mm|cm|m|km|g|kg|lumens?|steps|feet|ft|customers|people|users|subscribers|members|"
    r"buyers|shoppers|contacts|orders|sends|messages|emails|texts|recipients|followers|impressions|views|clicks))(?P<cur>)"
)
_MONEY_FORMS.append(  # spoken: "keep it under two k", "like five k" (set 16 decision 200)
    r"(?<![A-Za-z-])(?P<num>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s(?P<mult>k)(?![A-Za-z0-9_'])(?P<cur>)")
_MONEY_FORMS.append(r"\b(?P<num>tenner|fiver)(?P<mult>)(?P<cur>)\b")  # "a tenner off": £10
_MONEY_FORMS.append(  # "…, don't spend more than 500", "keep spending under 800": the campaign's spend, a bare number
    rf"(?:\b(?:don'?t|do not|never|keep(?: the)?)\s+|\A|(?<=[,;:.!?]\s))spend(?:ing)?\s+(?:no more than|not more than|more than|over|"
    rf"under|up to|max(?:imum)?|at most|less than|below)\s*(?P<num>{DIGITS})\s?(?P<mult>{_MULTIPLIER})?(?P<cur>)(?![\w%])")
_MONEY = [re.compile(f, re.IGNORECASE) for f in _MONEY_FORMS]
_NOTES = {"tenner": 10.0, "fiver": 5.0}


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str | None
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    """Every money amount in ``text`` (longest match first at each place; no overlaps)."""
    found: list[Money] = []
    for pattern in _MONEY:
        for m in pattern.finditer(text):
            if any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
                continue
            num_raw = m.group("num")
            if (not re.search(r"\d|[零〇一二两三四五六七八九十百千万亿]", num_raw) and m.group("mult") is None
                    and not (m.groupdict().get("cur") or "").strip() and not (pattern is _MONEY[3] and re.search(r"thousand|million", num_raw, re.I))):
                continue
            value = _NOTES.get(num_raw.lower()) or to_number(num_raw)
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num_raw.strip()) and not m.group("mult"):
                value = float(num_raw.replace(".", ""))  # "6.000 €", "1.800 USD": a thousands separator (no price has 3 decimals)
            if value is None or value <= 0:
                continue
            mult = (m.group("mult") or "").lower()
            value *= _MULT.get(mult, 1.0)
            cur_raw = (m.groupdict().get("cur") or "").lower().strip()
            currency = "GBP" if num_raw.lower() in _NOTES else _CURRENCY_OF.get(cur_raw)
            if currency is None and (keyed := re.match(r"budget_(usd|eur|gbp|cny|aud|cad)\b", m.group(0), re.IGNORECASE)):
                currency = keyed.group(1).upper()  # {"budget_usd": 5000}: the key names the currency
            start = m.start("cur") if m.groupdict().get("cur") and m.start("cur") < m.start("num") else m.start("num")
            if pattern is _MONEY[3]:
                start = m.start()
            found.append(Money(value, currency, start, m.end()))
    found.sort(key=lambda x: x.start)
    return _ranges(text, found)


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|~|至|到)\s*$", re.IGNORECASE)


def _ranges(text: str, found: list[Money]) -> list[Money]:
    """"$4–5k", "4 to 5 thousand euros", 3-5万元: both ends share the currency and the multiplier."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _RANGE_SEP.match(text[a.end : b.start]) or b.start - a.end > 5:
            continue
        cur = a.currency or b.currency
        low = a.amount
        if b.amount >= 1000 and low < 1000 and b.amount / low >= 100:  # "$4–5k": 4 means 4k
            scale = 10 ** (len(str(int(b.amount))) - len(str(int(low))))
            low = low * scale if low * scale <= b.amount else low
        out[i] = Money(low, cur, a.start, a.end)
        out[i + 1] = Money(b.amount, cur, b.start, b.end)
    return out


# --- percentages -------------------------------------------------------------------------------

#: "15%", "15 percent", "15 per cent", 百分之十五
PERCENT = re.compile(rf"(?P<num>{DIGITS}|{WORDS})\s?(?:%|percent\b|per cent\b|pct\b)|百分之(?P<zh>{ZH_NUM}|\d+)", re.I)
#: 八折 = pay 80% = 20% off; 八五折 / 8.5折 = 15% off; 九折 = 10% off
ZHE = re.compile(r"(?<![黑十])(?P<num>[一二三四五六七八九]{1,2}|(?<![\d.])(?:[1-9]\d|\d(?:\.\d)?)(?![\d.]))\s?折")  # 黑五折扣, 双十一折扣: the occasion's numeral


def percent_value(m: re.Match[str]) -> float | None:
    raw = m.group("zh") if m.groupdict().get("zh") else m.group("num")
    return to_number(raw) if raw else None


def zhe_to_percent_off(raw: str) -> float | None:
    """八折 -> 20.0, 八五折 -> 15.0, 8.5折 -> 15.0, 九折 -> 10.0."""
    if raw[0].isdigit():
        pay = float(raw)
        pay = pay * 10 if pay < 10 else pay
    else:
        digits = [cn2an.cn2an(ch, "smart") for ch in raw]
        pay = float(digits[0] * 10 + (digits[1] if len(digits) > 1 else 0))
    if not 0 < pay < 100:
        return None
    return round(100 - pay, 2)


# --- durations ---------------------------------------------------------------------------------

_UNIT_DAYS = {
    "hour": 1 / 24, "hours": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "h": 1 / 24, "小时": 1 / 24, "个小时": 1 / 24,
    "day": 1, "days": 1, "d": 1, "天": 1, "日": 1,
    "week": 7, "weeks": 7, "wk": 7, "wks": 7, "周": 7, "星期": 7, "个星期": 7, "礼拜": 7, "个礼拜": 7,
    "month": 30, "months": 30, "mo": 30, "mos": 30, "个月": 30, "月": 30,
    "year": 365, "years": 365, "yr": 365, "yrs": 365, "年": 365,
    "quarter": 90, "quarters": 90, "个季度": 90, "季度": 90,
}  # fmt: skip
#: "6 months", "six months", "90 days", "a year", "三个月", "90天", "半年"
DURATION = re.compile(
    rf"(?P<num>{DIGITS}|{ZH_NUM}|{WORDS}|a|an|a couple of|a few|several)[\s-]?"
    r"(?P<unit>hours?|hrs?|(?<=\d)h|小时|个小时|days?|(?<=\d)d|weeks?|wks?|months?|mos?|years?|yrs?|quarters?|个星期|个礼拜|个季度|星期|礼拜|季度|个月|天|日|周|月|年)(?![a-z])"
    r"|(?P<half>半年|半个月|(?:a\s+)?half(?:\s+a\s+|-|\s+)year|six-month|(?:a\s+)?fortnight)",
    re.IGNORECASE,
)


def duration_days(m: re.Match[str]) -> int | None:
    if m.group("half"):
        return 15 if "个月" in m.group("half") else 14 if "fortnight" in m.group("half").lower() else 180
    raw = m.group("num").lower()
    raw = {"a couple of": "two", "a few": "three", "several": "three", "a": "one", "an": "one"}.get(raw, raw)
    n = to_number(raw)
    if n is None:
        return None
    unit = _UNIT_DAYS[m.group("unit").lower()]
    if unit < 1:  # "a 48-hour flash sale": whole days, at least one
        return max(1, math.ceil(n * unit - 1e-9))
    if unit == 30 and n >= 12 and n % 12 == 0:
        return int(n // 12 * 365)  # "12 months" is a year
    return round(n * unit)
