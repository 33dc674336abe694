"""Consent per channel: "SMS subscribers", "opted in to email", "can we text", 短信订阅用户, 能短信触达. Split out of
audience_activity.py."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.push_verb import pushes_goods
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, channel_of
from copilot.tools.conditions import Consent, Not


def consent(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Consent: "SMS subscribers", "opted in to email", "can we text", "短信订阅用户"."""
    text = t.text
    add = adder(leaves)
    consent_rx = re.compile(
        r"(?P<a>(?:sms|text|e-?mail|push)\s+(?:subscribers?|opt-?ins?(?:\s+list)?(?!\s+(?:rates?|%|numbers?|growth))|list|audience|contacts|consenters|subscribed customers|reach\b))"
        r"|(?P<b>(?:opted|signed up|subscribed|consented)[- ]?in(?:to| to| for)?\s+(?:receive\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c2>(?:opted|subscribed|signed up)\s+(?:to|for)\s+(?:our\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c>(?:can|could|(?<!early )(?<!late )(?<!mid )(?<!mid-)(?<!in )(?<!by )(?<!of )(?-i:may)|able to)\s+(?:we\s+|i\s+)?(?:still\s+|legally\s+)?(?:text|sms|e-?mail|push|reach (?:by|via|on) (?:sms|text|e-?mail|push)))"
        r"|(?P<d>reachable (?:by|via|on) (?:sms|text|e-?mail|push))"
        r"|(?P<get>(?:would|will|could|can)\s+(?:get|receive)\s+(?:a\s+|an\s+|the\s+)?(?:push(?: notification)?|sms|text|e-?mail))"
        r"|(?P<e>(?:sms|text|e-?mail|push)[- ](?:reachable|consent(?:ed)?|opted[- ]in|subscribed))"
        r"|(?P<w>with\s+(?:sms|text|e-?mail|push)\s+consent)"
        r"|(?P<f>(?:订阅了?|接收|可以发|能发|可发|同意接收|允许(?:接收|我们发|发送?给?他们)|可以收到?|能收到?|开通了?)\s*(?:营销)?(?:短信|邮件|推送|push|sms|EDM|edm)(?:的)?(?:用户|客户)?)"
        r"|(?P<h>(?:who\s+)?can\s+be\s+(?:e-?mailed|texted|reached\s+(?:by|via|on)\s+(?:sms|text|e-?mail|push)|"
        r"sent\s+(?:push(?: notifications)?|sms|texts?|e-?mails?)))"
        r"|(?P<g>(?:短信|邮件|EDM|edm|推送)(?:订阅)?(?:用户|客户|订阅者))"
        r"|(?P<zr>(?:能|可以|可)(?:被)?(?:用|通过)?(?:短信|邮件|推送|push|sms|EDM|edm)(?:触达|联系到?|覆盖到?|发到))"
        r"|(?P<za>(?:有|开通了?|已开通|已)(?:营销)?(?:短信|邮件|推送|push|sms|EDM|edm)(?:授权|权限|订阅|许可))"
        r"|(?P<r>(?:our\s+)?reach\s+(?:on|by|via|through)\s+(?:sms|texts?|e-?mail|push))"
        r"|(?P<on>(?:sms|texts?|e-?mails?|push(?: notifications?)?)\s+(?:turned|switched|enabled)\s*on|(?:sms|e-?mail|push)[- ]enabled)"
        r"|(?P<bare>(?:who(?:'s|'re|'ve| is| are| have)?\s+|all\s+)?opted[- ]in(?!\s*(?:to|for|into)\b)(?:\s+(?:customers|subscribers|members|contacts))?"
        r"|(?:only\s+)?(?:where|if|when)\s+(?:they(?:'ve| have)?\s+)?(?:consented|opted[- ]in)|with\s+(?:their\s+)?consent)",
        re.I)
    for m in consent_rx.finditer(text):
        if m.group("c") and re.search(r"push$", m.group(0), re.I) and pushes_goods(text, m.end(), cat):
            continue  # "can we push the Talus hiking boots": the verb promotes goods, no consent (push_verb.py)
        if t.free(m.start(), m.end()):
            ch = channel_of(m.group(0)) if m.group("bare") is None else _only_channel(text)
            if ch in ("email", "sms", "push"):
                # "customers who are NOT opted in to email": everyone without that consent
                neg = re.search(r"\b(?:not|never)\s+(?:yet\s+)?$|n't\s+(?:yet\s+)?$|(?:没|没有|未|还没|还没有|尚未|从未)\s*$",
                                text[max(0, m.start() - 12) : m.start()], re.I)
                leaf = Consent(channel=ch, span=t.take(m.start(), m.end()))
                add(m.start(), Not(of=leaf) if neg else leaf)


#: Consent said of one channel's sends ("…with an SMS fallback for those with SMS consent", 渠道邮件和短信（只发给有短信授权的）)
_LEG_ONLY = re.compile(r"\b(?:fallback|follow-?up|reminder|backup|leg|part|portion)\b[^.;!?\n]{0,30}\b(?:for|to)\s+(?:those|the ones|people|anyone|customers|subscribers)\s*(?:who\s+(?:have|gave)\s+|with\s+)?$"
                       r"|(?:渠道|短信|推送|邮件)[^。；！？\n]{0,12}[（(]\s*(?:只|仅)?(?:发给|发|推给)?(?:有)?$", re.IGNORECASE)
LEG_REASON = ("each channel reaches only the customers who consented to it, so the plan sends {ch} only to them; "
              "it is not a condition on the whole audience")


_LEG_CONSENT = re.compile(r"(?:(?:sms|text|e-?mail|push)\s+consent|consent(?:ed)?\s+(?:to|for)\s+(?:sms|texts?|e-?mails?|push)|"
                          r"(?:短信|邮件|推送|电子邮件)(?:授权|订阅)|(?:短信|邮件|推送)的?(?:订阅用户|订阅者))", re.IGNORECASE)


def leg_consents(t: Text, na: list[NotApplied]) -> None:
    """Consent said of one channel's sends ("…with an SMS fallback for those with SMS consent", 渠道邮件和短信（只发给有
    短信授权的）): said, and claimed before any consent rule reads it as a condition on the whole audience."""
    for m in _LEG_CONSENT.finditer(t.text):
        ch = channel_of(m.group(0))
        if ch in ("email", "sms", "push") and t.free(m.start(), m.end()) and _LEG_ONLY.search(t.text[max(0, m.start() - 60) : m.start()]):
            na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="channel", reason=LEG_REASON.format(ch=ch)))


def _only_channel(text: str) -> str | None:
    """The one messaging channel a request names ("email to everyone who's opted in": consent to email)."""
    named = {channel_of(m.group(0)) for m in re.finditer(r"\b(?:e-?mails?|sms|texts?|push)\b|邮件|短信|推送", text, re.I)}
    return named.pop() if len(named) == 1 else None
