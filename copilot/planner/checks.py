"""Plan checks: pure functions from copy / plan / evidence to :class:`CheckResult` s, and safe repairs.

Every check returns results with ``status`` ``pass``, ``warn`` or ``fail`` and a sentence saying why.
Nothing here calls a model or a tool: the workflow gathers what a check needs (the claim report of
``check_claims``, the banned phrases of the brand voice guide) and passes it in, so each check is
unit-testable on its own.

Limits and where they come from (all configurable in :class:`CheckConfig`):

* **SMS** -- GSM 03.38: 160 GSM-7 characters in one segment, 153 per segment when concatenated
  (the UDH takes 7); any character outside GSM-7 (an emoji, a curly quote) switches the whole
  message to UCS-2: 70 characters, 67 per concatenated segment. Extension characters (``€ [ ] { } ~ ^ | \\``)
  take two GSM-7 septets. More than ``sms_max_segments`` (default 2) segments fails.
* **Chinese copy** -- limits below are display columns (:func:`copilot.planner.zh.text_width`: a CJK
  character counts 2, so a 60-column subject holds 30 Chinese characters); a Chinese SMS is UCS-2 by
  necessity (70 / 67 per part, and no "GSM-7 would be cheaper" warning); its compliance is the Chinese
  convention: signed ``【品牌】`` and ended ``回复TD退订`` (HELP is a US carrier rule for English SMS);
  the email unsubscribe line may be Chinese (退订). Banned phrases also ban their Chinese equivalents.
* **Email** -- subject ≤ 60 characters (Gmail desktop truncates around there), warn over 35 (mobile
  inboxes show ~30-40); preheader 40-100 characters (shorter lets body text leak into the preview,
  longer is cut off).
* **Push** -- title ≤ 50 and body ≤ 150 characters: conservative cross-platform limits (Android
  truncates titles around 50-65 characters in a collapsed notification; iOS shows ~150-180 characters
  of body on the lock screen). Assumed, not a standard.
* **Paid social** -- headline ≤ 40 and primary text ≤ 125 characters (Meta's recommended lengths
  before truncation): warnings only.
* **Compliance** -- email: an unsubscribe / opt-out line and the sender's name and postal address
  (CAN-SPAM); SMS: the brand name, "Reply STOP to opt out" and HELP (CTIA); only consented
  recipients: a channel's planned audience may not exceed its consent-based reachable count.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from copilot.planner.models import CampaignPlan, CheckResult, CopyVariant, Evidence
from copilot.planner.zh import (
    NOT_AFTER_WORD,
    NOT_BEFORE_WORD,
    ZH_CTA_VERBS,
    ZH_OFFER_LINE,
    has_cjk,
    is_chinese,
    text_width,
    zh_equivalents,
    zh_fact_phrase,
    zh_review_proof,
    zh_sentence_forms,
)

if TYPE_CHECKING:
    from copilot.knowledge.models import ClaimReport


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
    return CheckResult(name=name, status=status, details=details[:600], target=target)


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


# --------------------------------------------------------------------------------------------
# Compliance
# --------------------------------------------------------------------------------------------

_OPT_OUT = re.compile(
    r"\b(unsubscribe|opt[\s-]?out|manage (your )?preferences)\b|退订|取消订阅", re.IGNORECASE
)
_STOP = re.compile(r"\breply\s+stop\b", re.IGNORECASE)
_HELP = re.compile(r"\bhelp\b", re.IGNORECASE)
#: The Chinese SMS opt-out instruction (回复TD退订, 回T退订, 退订回T ...).
_ZH_STOP = re.compile(r"回复?\s*(?:TD|T|N|0)\s*退订|退订\s*回复?\s*(?:TD|T)", re.IGNORECASE)


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


SMS_STOP_LINE = "Reply STOP to opt out, HELP for help."
UNSUBSCRIBE_LINE = "You are receiving this because you opted in to our emails. Unsubscribe: {unsubscribe_url}"
#: The Chinese lines (China's SMS convention: a 【brand】 signature first, an opt-out keyword last).
ZH_SMS_STOP_LINE = "回复TD退订"
ZH_UNSUBSCRIBE_LINE = "您收到这封邮件，是因为您订阅了 {brand} 的邮件。退订：{{unsubscribe_url}}"


@dataclass(frozen=True)
class Sender:
    """Who sends and the required compliance lines (from the compliance guide; settings as fallback)."""

    brand_name: str
    sender_name: str
    sender_address: str  # postal address; may start with the sender name
    unsubscribe_text: str = UNSUBSCRIBE_LINE
    sms_opt_out: str = SMS_STOP_LINE
    language: str = "en"

    @property
    def identity_line(self) -> str:
        if _norm(self.sender_address).startswith(_norm(self.sender_name)):
            return self.sender_address
        return f"{self.sender_name}, {self.sender_address}"

    @property
    def sms_prefix(self) -> str:
        """What an SMS starts with: ``Brand: `` (English), ``【Brand】`` (Chinese)."""
        return f"【{self.brand_name}】" if self.language == "zh" else f"{self.brand_name}: "

    def for_language(self, language: str) -> Sender:
        """The sender with the compliance lines of ``language`` (``"zh"``: 回复TD退订 and a Chinese
        unsubscribe line keeping ``{unsubscribe_url}``; name and postal address as stored)."""
        if language == self.language or language not in ("en", "zh"):
            return self
        if language == "zh":
            return replace(
                self,
                unsubscribe_text=ZH_UNSUBSCRIBE_LINE.format(brand=self.brand_name),
                sms_opt_out=ZH_SMS_STOP_LINE,
                language="zh",
            )
        return replace(self, unsubscribe_text=UNSUBSCRIBE_LINE, sms_opt_out=SMS_STOP_LINE, language="en")


def sender_for(text: str, sender: Sender) -> Sender:
    """The sender whose compliance lines match ``text``'s language (Chinese copy gets Chinese lines)."""
    return sender.for_language("zh") if is_chinese(text) else sender


def check_email_compliance(v: CopyVariant, sender: Sender) -> CheckResult:
    body = _norm(v.body)
    missing = []
    if not _OPT_OUT.search(v.body):
        missing.append("an unsubscribe / opt-out line")
    if _norm(sender.sender_name) not in body:
        missing.append(f"the sender name ({sender.sender_name})")
    if _norm(sender.sender_address) not in body:
        missing.append("the sender's postal address")
    if missing:
        return _res("email_compliance", "fail", "Email lacks " + ", ".join(missing) + ".", v.key)
    return _res("email_compliance", "pass", "Opt-out line, sender name and postal address present.", v.key)


def check_sms_compliance(v: CopyVariant, sender: Sender) -> CheckResult:
    if is_chinese(v.body):
        return _check_zh_sms_compliance(v, sender)
    missing = []
    if _norm(sender.brand_name) not in _norm(v.body):
        missing.append(f"the brand name ({sender.brand_name})")
    if not _STOP.search(v.body):
        missing.append("'Reply STOP to opt out'")
    if not _HELP.search(v.body):
        missing.append("HELP")
    if missing:
        return _res("sms_compliance", "fail", "SMS lacks " + ", ".join(missing) + ".", v.key)
    return _res("sms_compliance", "pass", "Brand name, STOP and HELP present.", v.key)


def _check_zh_sms_compliance(v: CopyVariant, sender: Sender) -> CheckResult:
    """A Chinese SMS: signed 【brand】 at the start and an opt-out keyword (回复TD退订)."""
    missing = []
    signature = f"【{sender.brand_name}】"
    if not v.body.lstrip().startswith(signature):
        missing.append(f"the signature {signature} at the start")
    if not _ZH_STOP.search(v.body) and not _STOP.search(v.body):
        missing.append(f"the opt-out line ('{ZH_SMS_STOP_LINE}')")
    if missing:
        return _res("sms_compliance", "fail", "SMS lacks " + ", ".join(missing) + ".", v.key)
    return _res("sms_compliance", "pass", f"Signature {signature} and opt-out line present.", v.key)


def check_compliance(v: CopyVariant, sender: Sender) -> list[CheckResult]:
    if v.channel == "email":
        return [check_email_compliance(v, sender)]
    if v.channel == "sms":
        return [check_sms_compliance(v, sender)]
    return []


def email_footer(sender: Sender) -> str:
    """The unsubscribe line and the sender's identity and postal address, as code appends them."""
    return f"{sender.unsubscribe_text}\n{sender.identity_line}"


def add_email_footer(body: str, sender: Sender) -> str:
    """Append the opt-out line and sender identity (idempotent), in the body's language."""
    probe = CopyVariant(channel="email", variant="A", subject="x", body=body)
    if check_email_compliance(probe, sender).status == "pass":
        return body
    return body.rstrip() + "\n\n" + email_footer(sender_for(body, sender))


def add_sms_compliance(body: str, sender: Sender) -> str:
    """Prefix the brand name and append the opt-out line where missing (idempotent), in the body's
    language: ``Brand: … Reply STOP to opt out, HELP for help.`` or ``【Brand】… 回复TD退订``."""
    text = body.strip()
    if is_chinese(text):
        zh = sender.for_language("zh")
        signature = zh.sms_prefix
        if not text.startswith(signature):
            plain = f"{sender.brand_name}:"
            text = text[len(plain) :].lstrip() if text.startswith(plain) else text
            text = signature + text
        if not _ZH_STOP.search(text) and not _STOP.search(text):
            text = text.rstrip() + zh.sms_opt_out
        return text
    if _norm(sender.brand_name) not in _norm(text):
        text = f"{sender.brand_name}: {text}"
    if not _STOP.search(text) or not _HELP.search(text):
        text = text.rstrip() + " " + sender.sms_opt_out
    return text


def check_consent(plan: CampaignPlan) -> list[CheckResult]:
    """Only consented recipients: each consent channel's audience ≤ its consent-based reachable count."""
    out: list[CheckResult] = []
    for ch in plan.channels:
        reach = plan.audience.reachable(ch.channel)
        if ch.channel == "paid_social":
            out.append(
                _res(
                    "consent", "pass", "Paid social targets a matched audience; no opt-in needed.", ch.channel
                )
            )
            continue
        if reach is None:
            out.append(
                _res("consent", "fail", f"No consent-based reachable count for {ch.channel}.", ch.channel)
            )
        elif ch.audience.value > reach.value + 1e-9:
            out.append(
                _res(
                    "consent",
                    "fail",
                    f"{ch.channel} targets {ch.audience.value:,.0f} but only {reach.value:,.0f} consented.",
                    ch.channel,
                )
            )
        else:
            out.append(
                _res(
                    "consent",
                    "pass",
                    f"{ch.channel}: {ch.audience.value:,.0f} recipients, all within {reach.value:,.0f} consented.",
                    ch.channel,
                )
            )
    return out


# --------------------------------------------------------------------------------------------
# Brand voice
# --------------------------------------------------------------------------------------------


def _phrase_pattern(phrase: str) -> str:
    """Whole words for Latin phrases (CJK characters count as boundaries: ``保证best ever``);
    a Chinese phrase matches anywhere (Chinese has no spaces between words)."""
    words = r"\s*".join(re.escape(w) for w in phrase.split())
    if has_cjk(phrase):
        return words
    return NOT_AFTER_WORD + words.replace(r"\s*", r"\s+") + NOT_BEFORE_WORD


def find_banned(text: str, banned: Iterable[str]) -> list[str]:
    """Banned phrases present in ``text`` (case-insensitive, whole words): an English phrase also
    matches its Chinese equivalents (:func:`copilot.planner.zh.zh_equivalents`), reported as
    ``'guaranteed' (保证)``."""
    hits = []
    for phrase in banned:
        p = phrase.strip()
        if not p:
            continue
        if re.search(_phrase_pattern(p), text, re.IGNORECASE):
            hits.append(p)
            continue
        zh = next((z for z in zh_equivalents(p) if re.search(_phrase_pattern(z), text, re.IGNORECASE)), None)
        if zh is not None:
            hits.append(f"{p} ({zh})")
    return hits


def check_brand_voice(v: CopyVariant, banned: Sequence[str]) -> CheckResult:
    hits = find_banned(" \n".join(v.parts().values()), banned)
    if hits:
        quoted = ", ".join(repr(h) for h in hits)
        return _res("brand_voice", "fail", f"Uses banned phrase(s) {quoted}.", v.key)
    return _res("brand_voice", "pass", "No banned phrases.", v.key)


# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------


def check_claims(v: CopyVariant, report: ClaimReport, evidence: Evidence) -> CheckResult:
    """Every product claim in the copy is supported by a stored fact, and every cited fact id exists.

    ``report`` is ``copilot.knowledge.claims.check_claims`` run on the variant's text.
    """
    unknown = [f for f in v.fact_ids if evidence.fact(f) is None]
    # the claim checker reads English; Chinese sentences are judged by zh_claim_problems
    bad = [c.claim for c in report.unsupported if not has_cjk(c.claim)]
    bad += zh_claim_problems(v, evidence)
    problems = []
    if bad:
        problems.append("unsupported claim(s): " + "; ".join(repr(c[:120]) for c in bad[:4]))
    if unknown:
        problems.append("cites unknown fact id(s) " + ", ".join(unknown[:5]))
    if problems:
        return _res("claims", "fail", "Copy has " + " and ".join(problems) + ".", v.key)
    n = len([c for c in report.claims if not has_cjk(c.claim)]) + len(zh_claims(v))
    cited = len(v.fact_ids)
    return _res("claims", "pass", f"{n} claim(s) checked, all supported; {cited} fact(s) cited.", v.key)


_ZH_SENTENCE = re.compile(r"(?<=[。！？!?])\s*|\n+")
_ZH_COMPLIANCE = re.compile(r"退订|取消订阅|^您收到这封邮件|\{[a-z_]+\}|^【[^】]{1,40}】$")


def _zh_sentences(v: CopyVariant) -> list[str]:
    out: list[str] = []
    for text in v.parts().values():
        text = re.sub(r"^\s*【[^】]{1,40}】", "", text)  # the SMS signature
        out.extend(x.strip() for x in _ZH_SENTENCE.split(text) if x and x.strip() and has_cjk(x))
    return out


def _zh_non_claim(sentence: str) -> bool:
    """A question, an invitation (a CTA verb first), the offer line or compliance text."""
    s = sentence.strip()
    return (
        s.endswith(("？", "?"))
        or s.startswith(ZH_CTA_VERBS)
        or ZH_OFFER_LINE.match(s) is not None
        or _ZH_COMPLIANCE.search(s) is not None
    )


def zh_claims(v: CopyVariant) -> list[str]:
    """The Chinese sentences of ``v`` that make a claim (not a question, invitation, offer or compliance)."""
    return [s for s in _zh_sentences(v) if not _zh_non_claim(s)]


def zh_claim_problems(v: CopyVariant, evidence: Evidence) -> list[str]:
    """Chinese claims no cited fact renders: every Chinese claim sentence must be code's fixed
    rendering (:mod:`copilot.planner.zh`) of a fact the variant cites, re-derived here from the
    stored fact -- so a Chinese claim carries exactly what its English fact says, or fails."""
    renderings: set[str] = set()
    for fid in v.fact_ids:
        f = evidence.fact(fid)
        if f is None:
            continue
        name = str(evidence.catalog.get(f.product_id or "", {}).get("name", "")) if f.product_id else ""
        phrase = zh_fact_phrase(f.text)
        if phrase is not None:
            renderings |= zh_sentence_forms(name, phrase)
        proof = zh_review_proof(f.text)
        if proof is not None:
            renderings.add(proof)
    return [s for s in zh_claims(v) if s not in renderings]


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

#: A number: CJK characters around it are boundaries (``立享85折``, ``3月21日``), Latin letters are not
#: (``COMEBACK15`` is a code, not a number).
_NUMBER = re.compile(
    rf"(?<!\.){NOT_AFTER_WORD}([$€£¥])?\s?(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?\s*(k\b|%|percent\b)?",
    re.IGNORECASE,
)
_CITATION = re.compile(r"\[[^\]]{1,80}\]|\{[a-z_]+\}")


def numbers_in(text: str) -> list[tuple[str, float]]:
    """``(as written, value)`` for every number in ``text`` (``$129.95`` -> 129.95, ``20%`` -> 20, ``$5k`` -> 5000).

    Citation markers (``[F1]``) and template slots (``{unsubscribe_link}``) are ignored.
    """
    text = _CITATION.sub(" ", text)
    out: list[tuple[str, float]] = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).strip()
        value = float(m.group(2).replace(",", "") + (m.group(3) or ""))
        if (m.group(4) or "").lower() == "k":
            value *= 1000
        out.append((raw, value))
    return out


def allowed_numbers(texts: Iterable[str], values: Iterable[float] = ()) -> set[float]:
    """The set of numbers copy may use: those written in ``texts`` (brief, facts, product names,
    sender address, campaign dates) plus ``values`` (prices, the discount)."""
    allowed: set[float] = set()
    for t in texts:
        for _, v in numbers_in(t):
            allowed.add(round(v, 2))
    for v in values:
        allowed.add(round(float(v), 2))
    return allowed


def check_copy_numbers(v: CopyVariant, allowed: set[float], required_text: str = "") -> CheckResult:
    """Every number in the copy (a price, a discount, a count) appears in the evidence, the catalogue
    or the brief. ``required_text`` (the compliance footer) is exempt."""
    invented = []
    for name, text in v.parts().items():
        if required_text and name == "body":
            text = text.replace(required_text, " ")
        for raw, value in numbers_in(text):
            if round(value, 2) not in allowed:
                invented.append(raw)
    if invented:
        shown = ", ".join(repr(x) for x in dict.fromkeys(invented))
        return _res(
            "numbers", "fail", f"Number(s) {shown} are not in the evidence, catalogue or brief.", v.key
        )
    return _res("numbers", "pass", "Every number in the copy traces to evidence or the brief.", v.key)


def check_plan_figures(plan: CampaignPlan, *, rel_tol: float = 1e-6) -> CheckResult:
    """Every :class:`Figure` in the plan resolves to its evidence path and carries the same value."""
    problems: list[str] = []
    n = 0
    for where, fig in plan.figures():
        for path, value in fig.sources():
            n += 1
            try:
                found = plan.evidence.resolve(path)
            except KeyError:
                problems.append(f"{where}: source '{path}' not in evidence")
                continue
            try:
                ok = math.isclose(float(found), float(value), rel_tol=rel_tol, abs_tol=1e-9)
            except (TypeError, ValueError):
                problems.append(f"{where}: source '{path}' is not a number")
                continue
            if not ok:
                problems.append(f"{where}: {value:g} differs from evidence '{path}' = {float(found):g}")
    if problems:
        return _res(
            "figures",
            "fail",
            f"{len(problems)} of {n} figure(s) untraced: " + "; ".join(problems[:5]),
            "plan",
        )
    return _res("figures", "pass", f"All {n} figures trace to evidence.", "plan")


# --------------------------------------------------------------------------------------------
# Deterministic repairs
# --------------------------------------------------------------------------------------------


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


def safe_repair(
    v: CopyVariant, sender: Sender, config: CheckConfig = DEFAULT_CONFIG
) -> tuple[CopyVariant, list[str]]:
    """Fixes that change no meaning: compliance lines, GSM-7 transliteration, preheader trim.

    Returns the repaired variant and what was done (empty when nothing was needed).
    """
    done: list[str] = []
    upd: dict[str, str] = {}
    if v.channel == "email":
        body = add_email_footer(v.body, sender)
        if body != v.body:
            upd["body"] = body
            done.append("added the opt-out line and sender address")
        if v.preheader and len(v.preheader) > config.preheader_max:
            upd["preheader"] = trim_to(v.preheader, config.preheader_max)
            done.append(f"trimmed the preheader to {len(upd['preheader'])} characters")
    elif v.channel == "sms":
        body = v.body
        if sms_info(body).encoding == "UCS-2" and not has_cjk(body):  # Chinese needs UCS-2
            body = to_gsm7(body)
            if body != v.body:
                done.append("replaced non-GSM characters")
        fixed = add_sms_compliance(body, sender)
        if fixed != body:
            done.append("added the brand name and the opt-out line")
        if fixed != v.body:
            upd["body"] = fixed
    if not upd:
        return v, []
    return v.model_copy(update=upd), done
