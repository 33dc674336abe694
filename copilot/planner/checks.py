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

The checks live by kind: :mod:`copilot.planner.checks_limits` (channel limits, SMS encoding),
:mod:`copilot.planner.checks_compliance` (compliance lines, consent, brand voice) and
:mod:`copilot.planner.checks_claims` (claims, numbers, figures), :mod:`copilot.planner.checks_spend` (the
budget against the forecast revenue); this module holds the safe repair
that combines them, and every name stays importable from here.
"""

from __future__ import annotations

from copilot.planner.checks_claims import (
    allowed_numbers,
    check_claims,
    check_copy_numbers,
    check_plan_figures,
    numbers_in,
    zh_claim_problems,
    zh_claims,
)
from copilot.planner.checks_compliance import (
    SMS_STOP_LINE,
    UNSUBSCRIBE_LINE,
    ZH_SMS_STOP_LINE,
    ZH_UNSUBSCRIBE_LINE,
    Sender,
    add_email_footer,
    add_sms_compliance,
    check_brand_voice,
    check_compliance,
    check_consent,
    check_email_compliance,
    check_sms_compliance,
    email_footer,
    find_banned,
    sender_for,
)
from copilot.planner.checks_limits import (
    DEFAULT_CONFIG,
    GSM7_BASIC,
    GSM7_EXTENSION,
    CheckConfig,
    SmsInfo,
    check_email_preheader,
    check_email_subject,
    check_limits,
    check_push_length,
    check_sms_length,
    check_social_length,
    sms_info,
    to_gsm7,
    trim_to,
)
from copilot.planner.checks_spend import check_spend, recommended_spend
from copilot.planner.plan_schema import CopyVariant
from copilot.planner.zh import has_cjk

__all__ = [
    "DEFAULT_CONFIG",
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "SMS_STOP_LINE",
    "UNSUBSCRIBE_LINE",
    "ZH_SMS_STOP_LINE",
    "ZH_UNSUBSCRIBE_LINE",
    "CheckConfig",
    "Sender",
    "SmsInfo",
    "add_email_footer",
    "add_sms_compliance",
    "allowed_numbers",
    "check_brand_voice",
    "check_claims",
    "check_compliance",
    "check_consent",
    "check_copy_numbers",
    "check_email_compliance",
    "check_email_preheader",
    "check_email_subject",
    "check_limits",
    "check_plan_figures",
    "check_push_length",
    "check_sms_compliance",
    "check_sms_length",
    "check_social_length",
    "check_spend",
    "email_footer",
    "find_banned",
    "numbers_in",
    "recommended_spend",
    "safe_repair",
    "sender_for",
    "sms_info",
    "to_gsm7",
    "trim_to",
    "zh_claim_problems",
    "zh_claims",
]


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
