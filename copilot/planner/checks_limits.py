"""Channel limits of copy: SMS encoding and segments (GSM-7 / UCS-2), email subject and preheader,
push and paid-social lengths, and the trim that keeps copy within them.

Where the limits come from is told in :mod:`copilot.planner.checks`, which re-exports every name.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from copilot.planner.plan_schema import CheckResult, CopyVariant
from copilot.planner.zh import has_cjk, text_width
from copilot.textfit import clip


@dataclass(frozen=True)
class CheckConfig:
    sms_max_segments: int = 2
    subject_max: int = 60
    subject_mobile: int = 35
    preheader_min: int = 40
    preheader_max: int = 100
    push_title_max: int = 50
    push_body_max: int = 150
    social_headline_max: int = 40
    social_body_max: int = 125
    email_body_max: int = 1200


DEFAULT_CONFIG = CheckConfig()

# --------------------------------------------------------------------------------------------
# SMS encoding
# --------------------------------------------------------------------------------------------

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")


class SmsInfo(BaseModel):
    encoding: Literal["GSM-7", "UCS-2"]
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int
    per_segment: int
    non_gsm: list[str]


def sms_info(text: str) -> SmsInfo:
    """Encoding, length in encoding units and segment count of an SMS body."""
    non_gsm = sorted({ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION})
    if not non_gsm:
        units = sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
        single, multi = 160, 153
        encoding: Literal["GSM-7", "UCS-2"] = "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
        encoding = "UCS-2"
    if units <= single:
        return SmsInfo(
            encoding=encoding, units=units, segments=1 if units else 0, per_segment=single, non_gsm=non_gsm
        )
    return SmsInfo(
        encoding=encoding, units=units, segments=math.ceil(units / multi), per_segment=multi, non_gsm=non_gsm
    )


_GSM_REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2022": "-",
    "\u00b7": "-",
    "\u2122": "",
    "\u00ae": "",
    "\u00a9": "",
}


def to_gsm7(text: str) -> str:
    """Replace typographic characters with GSM-7 equivalents and drop emoji and other symbols.

    A safe repair: it changes no words. Letters outside GSM-7 (é is in, ê is not) are reduced to
    their base letter.
    """
    out: list[str] = []
    for ch in text:
        if ch in GSM7_BASIC or ch in GSM7_EXTENSION:
            out.append(ch)
        elif ch in _GSM_REPLACEMENTS:
            out.append(_GSM_REPLACEMENTS[ch])
        else:
            base = unicodedata.normalize("NFKD", ch)
            kept = "".join(c for c in base if c in GSM7_BASIC)
            out.append(kept)  # emoji, variation selectors, ZWJ -> ""
    return re.sub(r"[ \t]{2,}", " ", "".join(out)).strip()


# --------------------------------------------------------------------------------------------
# Channel limits
# --------------------------------------------------------------------------------------------


def _res(name: str, status: Literal["pass", "warn", "fail"], details: str, target: str | None) -> CheckResult:
    return CheckResult(name=name, status=status, details=clip(details, 600), target=target)


def check_sms_length(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> CheckResult:
    """SMS segments: GSM-7 160/153, UCS-2 70/67; fail over ``sms_max_segments``."""
    info = sms_info(v.body)
    desc = f"{info.units} {info.encoding} characters = {info.segments} segment(s)"
    chinese = has_cjk(v.body)
    if chinese:
        desc += " (Chinese text is sent as UCS-2: 70 characters in one segment, 67 per part)"
    elif info.encoding == "UCS-2":
        shown = "".join(info.non_gsm[:5])
        desc += f" (non-GSM characters {shown!r} force UCS-2: 70/67 per segment)"
    if info.segments > config.sms_max_segments:
        return _res("sms_length", "fail", f"{desc}; the limit is {config.sms_max_segments}.", v.key)
    if info.encoding == "UCS-2" and not chinese:
        return _res("sms_length", "warn", f"{desc}; GSM-7 would be cheaper.", v.key)
    return _res("sms_length", "pass", desc + ".", v.key)


def _size(text: str) -> tuple[int, str]:
    """``(display width, how to say it)``: "12 characters", or for text with wide characters
    "18 characters (30 columns: a Chinese character counts 2)"."""
    w = text_width(text)
    if w == len(text):
        return w, f"{w} characters"
    return w, f"{len(text)} characters ({w} columns: a Chinese character counts 2)"


def check_email_subject(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> CheckResult:
    subject = v.subject or ""
    n, said = _size(subject)
    if n == 0:
        return _res("email_subject", "fail", "The email has no subject line.", v.key)
    if n > config.subject_max:
        return _res("email_subject", "fail", f"Subject is {said}; keep it ≤ {config.subject_max}.", v.key)
    if n > config.subject_mobile:
        return _res(
            "email_subject",
            "warn",
            f"Subject is {said}; mobile inboxes cut it near {config.subject_mobile}.",
            v.key,
        )
    return _res("email_subject", "pass", f"Subject is {said}.", v.key)


def check_email_preheader(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> CheckResult:
    n, said = _size(v.preheader or "")
    lo, hi = config.preheader_min, config.preheader_max
    if n < lo or n > hi:
        return _res("email_preheader", "fail", f"Preheader is {said}; it should be {lo}-{hi}.", v.key)
    return _res("email_preheader", "pass", f"Preheader is {said}.", v.key)


def check_push_length(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> CheckResult:
    t, b = text_width(v.title or ""), text_width(v.body)
    problems = []
    if t == 0:
        problems.append("the title is empty")
    if t > config.push_title_max:
        problems.append(f"the title is {t} characters (≤ {config.push_title_max})")
    if b > config.push_body_max:
        problems.append(f"the body is {b} characters (≤ {config.push_body_max})")
    if problems:
        return _res("push_length", "fail", "Push: " + "; ".join(problems) + ".", v.key)
    return _res("push_length", "pass", f"Push title {t} and body {b} characters.", v.key)


def check_social_length(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> CheckResult:
    h, b = text_width(v.headline or ""), text_width(v.body)
    problems = []
    if h > config.social_headline_max:
        problems.append(f"headline {h} characters (recommended ≤ {config.social_headline_max})")
    if b > config.social_body_max:
        problems.append(f"primary text {b} characters (recommended ≤ {config.social_body_max})")
    if problems:
        return _res("social_length", "warn", "Will be truncated: " + "; ".join(problems) + ".", v.key)
    return _res("social_length", "pass", f"Headline {h} and text {b} characters.", v.key)


def check_limits(v: CopyVariant, config: CheckConfig = DEFAULT_CONFIG) -> list[CheckResult]:
    """Every channel-limit check that applies to the variant's channel."""
    if v.channel == "sms":
        return [check_sms_length(v, config)]
    if v.channel == "email":
        out = [check_email_subject(v, config), check_email_preheader(v, config)]
        if text_width(v.body) > config.email_body_max:
            out.append(_res("email_body", "warn", f"Body is {_size(v.body)[1]}; keep emails short.", v.key))
        return out
    if v.channel == "push":
        return [check_push_length(v, config)]
    return [check_social_length(v, config)]


def trim_to(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` columns (:func:`~copilot.planner.zh.text_width`) at a word
    boundary -- for Chinese, after a sentence's end punctuation -- without an ellipsis."""
    text = " ".join(text.split())
    if text_width(text) <= limit:
        return text
    if has_cjk(text):
        n = 0
        while n < len(text) and text_width(text[: n + 1]) <= limit:
            n += 1
        head = text[:n]
        ends = [i for i, ch in enumerate(head) if ch in "。！？!?"]
        return head[: ends[-1] + 1] if ends else head
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut if cut else text[:limit]
