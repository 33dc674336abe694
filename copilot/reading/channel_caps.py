"""A cap on one channel's spend ("at most $4k on paid social", "no more than $2k on SMS", "cap paid social at $1k",
"email spend max $500", 其中抖音投放不超过一万, 短信预算最多2000元): a budget split the plan does not hold, listed under
Not applied (budget), never a channel rule.

Read before the budget and the channels: the cap's words, its amount and the channel it names are claimed, so the
amount is no campaign budget ("cap paid social at $1k" had budgeted $1,000), the channel is not made the only one
("at most $4k on paid social" had planned paid social alone) and "no more than … on SMS" does not exclude SMS.
The channel is still the campaign's: when the request allows other channels ("rest on email"), the capped one is
allowed beside them (:func:`allow_capped`); when it allows none, copilot chooses the channels as for any brief.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.numbers import find_money
from copilot.reading.schema import Channel, Channels, NotApplied
from copilot.reading.text import Text, channel_of

_CH = (r"(?:e-?mails?|sms|texts?(?:\s+messages?)?|push(?:\s+notifications?)?|paid\s+social|social(?:\s+ads)?|meta(?:\s+ads)?|"
       r"facebook(?:\s+ads)?|instagram(?:\s+ads)?|tiktok(?:\s+ads)?|ads)")
_ZH_CH = r"(?:邮件|短信|推送|付费社交|信息流|抖音(?:信息流)?|小红书|朋友圈(?:广告)?|微信广告|广告)"
_WHAT = r"(?:\s+(?:spend|spending|budget|costs?))?"
_LIMIT = (r"(?:at\s+most|no\s+more\s+than|not\s+more\s+than|max(?:imum)?(?:\s+of)?|up\s+to|capped\s+at|cap(?:ped)?\s+of|"
          r"limited\s+to|under|less\s+than|below|<=|≤)")
#: "at most $4k on paid social", "no more than $2k for SMS": the limit before the amount, the channel after it.
_BEFORE_AMOUNT = re.compile(rf"{_LIMIT}\s*$", re.IGNORECASE)
_AFTER_AMOUNT = re.compile(rf"\s*(?:max(?:imum)?\s+)?(?:on|for|to|in|towards?)\s+(?:the\s+)?(?P<ch>{_CH})\b(?!\s+(?:subscribers|list|consent))",
                           re.IGNORECASE)
#: "cap paid social at $1k", "limit SMS spend to $500", "paid social capped at $3k", "email spend: max $800".
_CH_BEFORE = re.compile(
    rf"(?:\b(?:cap|limit|keep)\s+(?:the\s+)?(?P<ch1>{_CH}){_WHAT}\s+(?:at|to|under|below)"
    rf"|\b(?P<ch2>{_CH}){_WHAT}\s*(?:(?:is|should\s+be|stays?)\s+)?(?::\s*)?(?:capped\s+at|at\s+most|max(?:imum)?|no\s+more\s+than|up\s+to|limited\s+to|<=|≤))\s*$",
    re.IGNORECASE,
)
_ZH_NUM = r"(?:\d+(?:\.\d+)?\s*[万千wWkK]?|[一二两三四五六七八九十百千万]+)\s*(?:元|块|美元|美金|刀)?"
#: 其中抖音投放不超过一万, 短信预算最多2000元, 推送上限5千.
_ZH = re.compile(
    rf"(?:其中)?(?P<ch>{_ZH_CH})(?:投放|预算|花费|费用|部分|渠道)*\s*(?:的)?\s*"
    rf"(?:不超过|不要超过|别超过|不能超过|不得超过|不高于|最多|上限(?:为|是)?|封顶|控制在|限制在|限额)\s*{_ZH_NUM}(?:以内|以下)?"
)
REASON = ("copilot plans one total budget and divides it by each channel's expected return; a cap on one channel's "
          "spend is not applied and is no channel rule: set that channel's budget in the plan")


def channel_caps(t: Text) -> tuple[list[NotApplied], list[Channel]]:
    """Each cap on one channel's spend, claimed and listed (budget); the channels capped."""
    out: list[NotApplied] = []
    capped: list[Channel] = []
    text = t.text
    found: list[tuple[int, int, str]] = []
    for money in find_money(text):
        if not t.free(money.start, money.end):
            continue
        head = text[max(0, money.start - 40) : money.start]
        lim = _BEFORE_AMOUNT.search(head)
        after = _AFTER_AMOUNT.match(text, money.end)
        if lim is not None and after is not None:
            found.append((money.start - (len(head) - lim.start()), after.end(), after.group("ch")))
            continue
        ch = _CH_BEFORE.search(head)
        if ch is not None:
            found.append((money.start - (len(head) - ch.start()), money.end, ch.group("ch1") or ch.group("ch2")))
    for m in _ZH.finditer(text):
        found.append((m.start(), m.end(), m.group("ch")))
    for a, b, word in sorted(found):
        if not t.free(a, b):
            continue
        out.append(NotApplied(text=text[a:b], span=t.take(a, b), affects="budget", reason=REASON))
        channel = channel_of(word) or ("paid_social" if re.search(r"抖音|小红书|朋友圈|广告|信息流|meta|facebook|instagram|tiktok", word, re.I)
                                       else None)
        if channel is not None and channel not in capped:
            capped.append(channel)
    return out, capped


def allow_capped(channels: Channels, capped: list[Channel]) -> Channels:
    """"no more than $2k on SMS, rest on email": the capped channel is allowed beside the channels the request allows
    (never when none is allowed, nor when it is excluded)."""
    add = [c for c in capped if c not in channels.allowed and c not in channels.excluded]
    if not channels.allowed or not add or len(channels.allowed) + len(add) > 4:
        return channels
    return channels.model_copy(update={"allowed": [*channels.allowed, *add]})
