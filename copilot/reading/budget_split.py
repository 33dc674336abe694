"""A budget split across channels: "$2k email, $1k push", "paid social $4,000 + email $1,000", 邮件预算5000元，短信预算3000元，
推送2000元, "Channel mix: 70% email / 30% paid social" (set 12 decision 145).

The campaign's budget is the sum of the amounts, every channel named with an amount is allowed (the channel reader
reads the channel words, which stay free), and the split itself is listed under Not applied: copilot plans one total
and divides it by each channel's expected return. Reading only the first amount had planned a third of the money.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.numbers import DURATION, Money, duration_days, find_money
from copilot.reading.schema import Budget, NotApplied, Window
from copilot.reading.text import Text

_CH = r"(?:e-?mails?|sms|texts?|push(?:es)?|paid social|social(?: ads)?|meta ads|邮件|短信|推送|push|EDM|edm|付费社交|信息流)"
_GAP = r"[\s:：]*(?:budget|预算|经费|费用)?[\s:：]*(?:of|为|是|给|分|gets|takes|receives|=|→|->|at|with)?\s*"
_LINK = re.compile(r"\s*(?:,|，|、|;|；|\+|&|/|and|plus|和|以及|及)\s*", re.IGNORECASE)
SPLIT_REASON = ("copilot plans one total budget and divides it by each channel's expected return; this split per channel "
                "is not applied: adjust the plan's channel budgets")
_MIX = re.compile(r"\d{1,3}\s?%\s*(?:on\s+|to\s+|for\s+)?" + _CH + r"(?:\s*(?:/|,|，|、|\+|and)\s*\d{1,3}\s?%\s*(?:on\s+|to\s+|for\s+)?" + _CH + r")+",
                  re.IGNORECASE)


def _pair_at(text: str, money: Money) -> tuple[int, int] | None:
    """The span of a channel word right before or right after the amount ("$2k email", "email $1,000", 邮件预算5000元);
    an amount off ("email: $10 off, push: $5 off") is an offer, never a channel's budget."""
    if re.match(r"\s*(?:off|discount|coupon|voucher|credit|减|立减|优惠券?|券)\b", text[money.end :], re.IGNORECASE) or re.search(
            r"(?:满|减|\bsave|\bget)\s*$", text[max(0, money.start - 6) : money.start], re.IGNORECASE):
        return None
    before = re.search(_CH + _GAP + r"$", text[max(0, money.start - 24) : money.start], re.IGNORECASE)
    if before:
        return money.start - (len(text[max(0, money.start - 24) : money.start]) - before.start()), money.end
    after = re.match(r"\s*(?:on|for|to|in)?\s*" + _CH + r"(?!\s*(?:subscribers|list|consent))", text[money.end :], re.IGNORECASE)
    if after:
        return money.start, money.end + after.end()
    return None


def channel_split(t: Text) -> tuple[Budget, NotApplied] | None:
    """Two or more amounts each tied to a channel, joined by a comma, "+", "and" or 、: the sum and the split said."""
    text = t.text
    monies = [m for m in find_money(text) if t.free(m.start, m.end)]
    if re.search(r"预算|budget", text, re.IGNORECASE):  # "预算这么分：推送1万、短信5千": bare amounts after a channel
        for m in re.finditer(_CH + r"\s*(\d+(?:\.\d+)?)\s*([万千wWkK])(?![A-Za-z元块])", text, re.IGNORECASE):
            a = m.start(1)
            if t.free(a, m.end()) and not any(x.start <= a < x.end for x in monies):
                unit = 10000.0 if m.group(2) in "万wW" else 1000.0
                monies.append(Money(float(m.group(1)) * unit, None, a, m.end()))
        monies.sort(key=lambda x: x.start)
    best: list[tuple[Money, tuple[int, int]]] = []
    run: list[tuple[Money, tuple[int, int]]] = []
    for money in monies:
        pair = _pair_at(text, money)
        if pair is None:
            run = []
            continue
        if run and not (_LINK.fullmatch(text[run[-1][1][1] : pair[0]]) or re.fullmatch(r"\s*", text[run[-1][1][1] : pair[0]])):
            run = []
        run.append((money, pair))
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2 or len({money.currency for money, _ in best}) > 1:
        return None
    a, b = best[0][1][0], best[-1][1][1]
    total = sum(money.amount for money, _ in best)
    for money, _ in best:
        t.take(money.start, money.end)
    said = NotApplied(text=text[a:b], span=t.span(a, b), affects="budget", reason=SPLIT_REASON)
    return Budget(amount=total, currency=best[0][0].currency, span=t.span(a, b)), said


def channel_mix(t: Text) -> NotApplied | None:
    """"Channel mix: 70% email / 30% paid social": the shares are said (the channels are read), never an offer."""
    m = _MIX.search(t.text)
    if m is None or not t.free(m.start(), m.end()):
        return None
    for pct in re.finditer(r"\d{1,3}\s?%", m.group(0)):
        t.take(m.start() + pct.start(), m.start() + pct.end())
    return NotApplied(text=m.group(0), span=t.span(m.start(), m.end()), affects="budget", reason=SPLIT_REASON)


_PER = r"(?P<{}>day|week|wk|month|mo)"
_DAILY = re.compile(r"(?:(?P<zper>每天|每日|日均|日预算|一天|每周|每星期|每个?礼拜|周预算|一周|每个?月|月预算|一个月)\s*(?:预算)?\s*(?:投放?|花费?|烧|给)?\s*(?:预算)?\s*"
                    r"(?P<zm>[\d.,]+\s*[万千kKwW]?\s*(?:元|块|美元|美金|刀)?))"
                    r"|(?P<m>[$€£¥]\s?[\d.,]+\s*[kK]?|[\d.,]+\s*(?:[kK]\b|dollars|euros|pounds|usd|eur|gbp|bucks)|(?<=budget )[\d.,]+|(?<=budget is )[\d.,]+\s*[kK]?)\s*"
                    r"(?:/\s*" + _PER.format("per") + r"|(?:a|per|each|every)\s+" + _PER.format("per2") + r"|(?P<ly>daily|weekly|monthly))", re.IGNORECASE)
#: The days a rate runs: "for 20 days", "over 3 weeks", 投10天, 连续7天, 跑两周 (the length read by numbers.DURATION).
_DAYS = re.compile(r"(?:\b(?:for|over|across|running)|x|×|投放?|做|连续|持续|跑|共|为期)\s*(?=(?:\d|a\b|one|two|three|four|six|eight|[一二两三四五六七八九十]))", re.IGNORECASE)
DAILY_REASON = "copilot plans one total budget; the rate is not applied: the total is the rate times the length ({})"


def _rate_days(m: re.Match[str]) -> int:
    """The days one rate covers: a day, a week (7), a month (30)."""
    word = (m.group("per") or m.group("per2") or m.group("ly") or m.group("zper") or "").lower()
    return 7 if re.search(r"w|周|星期|礼拜", word) else 30 if re.search(r"mo|月", word) else 1


def daily_budget(t: Text) -> tuple[Budget | None, NotApplied] | None:
    """"$150/day for 20 days", 每天500元，投10天, 日预算300元，连续7天 (set 13 decision 174), "3k per week for 4 weeks",
    每周预算5千元，投4周: the rate times the length is the budget, the rate is listed. A rate with no length is listed
    and no budget (the reader totals it over a dated window)."""
    m = _DAILY.search(t.text)
    if m is None:
        return None
    raw = m.group("zm") or m.group("m")
    monies = find_money(raw) or find_money("预算" + raw)
    lengths = (DURATION.match(t.text, d.end()) for d in _DAYS.finditer(t.text))
    length = next((x for x in lengths if x is not None and re.search(r"day|week|month|天|周|星期|礼拜|月", x.group(0), re.IGNORECASE)), None)
    if monies and length is None and t.free(m.start(), m.end()):
        return _rate_alone(t, m, raw, monies[0])
    if not monies or length is None or not t.free(m.start(), m.end()):
        return None
    n = duration_days(length)
    if not n:
        return None
    money = monies[0]
    currency = money.currency or ("USD" if re.search(r"美金|美元|刀", raw) else "CNY" if re.search(r"[元块]", raw) else None)
    total = money.amount * n / _rate_days(m)
    span = t.take(m.start(), m.end())
    said = NotApplied(text=m.group(0), span=span, affects="budget", reason=DAILY_REASON.format(f"{n:g} days"))
    return Budget(amount=round(total, 2), currency=currency, span=span), said


RATE_ALONE_REASON = ("copilot plans one total budget: the total is the rate times the campaign's length, and the request "
                     "gives no length or dates; give the total, or the days it runs")


def _rate_alone(t: Text, m: re.Match[str], raw: str, money: Money) -> tuple[None, NotApplied]:
    """"$500 a day" with no days: never the total (it was read as a $500 budget); said, and totalled over the window's
    days when the request dates the campaign (:func:`rate_over_window`)."""
    span = t.take(m.start(), m.end())
    return None, NotApplied(text=m.group(0), span=span, affects="budget", reason=RATE_ALONE_REASON)


def rate_over_window(t: Text, not_applied: list[NotApplied], window: Window | None) -> Budget | None:
    """A rate with no length of its own, over a dated window ("$50 a day" for 3/10-3/20, decision 174): the rate times
    the window's days is the budget and the rate is listed with them; without dates it stays listed."""
    said = next((n for n in not_applied if n.reason == RATE_ALONE_REASON), None)
    if said is None or window is None:
        return None
    days = window.duration_days or ((window.end - window.start).days + 1 if window.start and window.end else None)
    m = _DAILY.search(said.text)
    monies = find_money((m.group("zm") or m.group("m")) if m else said.text) if days else []
    if not days or not monies or m is None:
        return None
    raw = m.group("zm") or m.group("m") or ""
    currency = monies[0].currency or ("USD" if re.search(r"美金|美元|刀", raw) else "CNY" if re.search(r"[元块]", raw) else None)
    not_applied[not_applied.index(said)] = said.model_copy(update={"reason": DAILY_REASON.format(f"{days:g} days")})
    return Budget(amount=round(monies[0].amount * days / _rate_days(m), 2), currency=currency, span=said.span)


_CORRECTION = re.compile(r"(?:\bactually\s*,?\s*(?:make\s+(?:it|that)|let'?s\s+(?:do|say)|go\s+with)|\bmake\s+(?:it|that)|\bchange\s+(?:it|that)\s+to|\bno\s*,?\s*wait\s*,?|"
                         r"改成|改为|砍到|砍成|不对[，,]?\s*(?:改成|是)?)\s*$", re.IGNORECASE)
#: A later amount told with a verb of change ("finance cut it to $3k", "it's been reduced to €4,500", 预算降到2万): a correction
#: only when the budget is what changed (its word, or "it"/"that", between the two amounts), never "the price dropped to $199".
_CHANGED_TO = re.compile(r"(?:\b(?:cut|reduced?|lowered|dropped|trimmed|slashed|raised|increased|bumped|upped|revised|changed)\s+(?:(?:it|that|this|the budget|our budget)\s+)?"
                         r"(?:down\s+|up\s+|back\s+)?to|降到|降为|减到|提到|提高到|调到|调整为|调整到)\s*$", re.IGNORECASE)


def corrected_budget(t: Text) -> Budget | None:
    """"Budget is 12,000 yuan … Actually make it USD 2,000", 预算先定3万，不对，2.5万元: the amount said last replaces the first."""
    monies = [m for m in find_money(t.text) if t.free(m.start, m.end)]
    for i, money in enumerate(monies):
        if i == 0:
            continue
        first = monies[i - 1]
        between = t.text[first.end : money.start]
        if not (_CORRECTION.search(t.text[max(0, money.start - 24) : money.start]) or (
                _CHANGED_TO.search(t.text[max(0, money.start - 24) : money.start])
                and re.search(r"budget|预算|经费|\b(?:it|that)\b", between, re.IGNORECASE))):
            continue
        if not re.search(r"budget|预算|spend|投入|经费|[$€£¥]|元|yuan|dollars", t.text[max(0, first.start - 30) : first.end + 8], re.IGNORECASE):
            continue
        t.take(first.start, first.end)
        return Budget(amount=money.amount, currency=money.currency or first.currency, span=t.take(money.start, money.end))
    return None


def read_total_budget(t: Text, money_used: set[int], not_applied: list[NotApplied]) -> Budget | None:
    """The campaign's budget: a daily rate times its days, a split across channels (the sum), a corrected amount, else
    the budget reader's; the parts and a budget named with no amount are listed in ``not_applied``."""
    from copilot.reading.coupon_cap import coupon_caps
    from copilot.reading.offers import budget_mention, read_budget

    not_applied.extend(coupon_caps(t))  # "no coupon worth more than $20", 优惠券不超过20元: the offer's, never the budget
    split = daily_budget(t) or channel_split(t)  # "$150/day for 20 days", "$2k email, $1k push": the total, the parts said
    if split is not None:
        budget: Budget | None = split[0]
        not_applied.append(split[1])
    else:
        budget = corrected_budget(t) or read_budget(t, money_used)  # "12,000 yuan … Actually make it USD 2,000"
    mix = channel_mix(t)  # "Channel mix: 70% email / 30% paid social"
    not_applied.extend([mix] if mix else [])
    mention = budget_mention(t) if budget is None else None  # "budget TBC": said
    not_applied.extend([mention] if mention is not None else [])
    return budget
