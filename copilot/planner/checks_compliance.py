"""Compliance and brand-voice checks: the sender's compliance lines (CAN-SPAM footer, SMS STOP/HELP,
the Chinese 【brand】 signature and 回复TD退订), code that adds them, consent-based reach, and banned
phrases (with their Chinese equivalents). :mod:`copilot.planner.checks` re-exports every name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from copilot.planner.checks_limits import _res
from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant
from copilot.planner.zh import NOT_AFTER_WORD, NOT_BEFORE_WORD, has_cjk, is_chinese, zh_equivalents

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
