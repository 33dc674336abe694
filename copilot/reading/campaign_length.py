"""How long a campaign runs, told as a length: "two weeks in April", "for 10 days", "over the next 3 weeks", 持续两周,
为期10天, "runs 10 days", "a fortnight-long sale", 做十天; never a look-back ("in the last 30 days"), a length of
context ("six weeks of season left", "a ticket older than 7 days") or a lapse ("lapsed customers, 90 days")."""

from __future__ import annotations

from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.days import Free
from copilot.reading.numbers import DURATION, duration_days

_CONTEXT_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:selling\s+)?(?:season|stock|inventory|cover|runway|supply)\b|(?:of\s+\w+\s+)?(?:left|remaining|to go)\b"
    r"|(?:old|overdue|late|past due)\b|(?:的)?(?:库存|存货|库龄))",
    re.IGNORECASE,
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:older|newer|younger|longer|more|less|fewer)\s+than\s*$|\b(?:aged|overdue by|open for|stock for)\s*$|超过\s*$",
    re.IGNORECASE,
)


def campaign_duration(
    text: str, today: date, free: Free, spans: list[tuple[int, int]], start: date | None
) -> tuple[int | None, tuple[int, int] | None, date | None]:
    """ "two weeks in April", "for 10 days", "over the next 3 weeks", 持续两周, 为期10天: (days, span, a start
    from tomorrow when the duration is "the next N" and nothing else dates the campaign)."""
    for m in DURATION.finditer(text):
        if not free(m.start(), m.end()) or any(not (m.end() <= s or m.start() >= e) for s, e in spans):
            continue
        before = text[max(0, m.start() - 24) : m.start()].lower()
        after = text[m.end() : m.end() + 24].lower()
        if re.search(r"(?:last|past|previous|in the|within|ago|since|最近|过去|近)\s*$", before):
            continue  # a look-back window: not the campaign's
        if (
            re.match(r"\s*(?:ago|before|prior|之前|以前|前|内|未|没)", after)
            or _CONTEXT_AFTER.match(after)
            or _CONTEXT_BEFORE.search(before)
        ):
            continue  # "six weeks of season left", "a ticket older than 7 days": context, not the campaign's length
        in_month = start is not None and re.search(
            r"(?:月|月份|april|may|june|july|august|september|october|november|december|january|february|march)\s*$",
            before,
            re.I,
        )
        coming = re.search(r"(?:next|coming|接下来|未来)\s*$", before)
        # a duration standing as its own clause of a brief: "推送+邮件，两周。", "Email only, two weeks."
        alone = bool(re.search(r"[,;:，；：、]\s*$", before) and re.match(r"\s*(?:[.。!！,，;；]|$)", after))
        is_campaign = bool(
            in_month
            or coming
            or alone
            or re.search(
                r"(?<![a-z])(?:for|over|lasting|lasts?|run(?:s|ning)?(?: it)?(?: for)?|ran|keep (?:it|them) (?:going|running|live|up|on)(?: for)?|go(?:es)? on for|a|an|"
                r"持续|为期|共|跑|连续|连(?:发|推|做|跑)|投放?|做|搞|推|开始做|开始搞|开始跑|开始发|开始|(?<=[周週天日号月一二三四五六])起(?:发|推|做)?)\s*(?:the\s+)?(?:next\s+)?$",
                before,
            )
            or re.match(
                r"\s*(?:[- ]long\b|in|during|of|in the run-up|campaign|sprint|push|window|promo|sale|burst|blitz|flight(?:ing)?|starting|from|beginning|"
                r"kicking off|commencing|活动|促销|内完成)",
                after,
            )
        )
        if not is_campaign:
            continue
        dur = duration_days(m)
        if dur is None or dur > 366:
            continue
        if (
            alone
            and not (in_month or coming)
            and (
                dur > 28
                or re.search(
                    r"(?:lapsed|inactive|dormant|no (?:orders?|purchases?)|not (?:ordered|bought|purchased)|since|没|未|沉睡|流失)[^.。!！?？]*$",
                    text[: m.start()],
                    re.I,
                )
            )
        ):
            continue  # "lapsed customers, 90 days": a look-back, not how long the campaign runs
        from_start = start if start is not None and _joined_to_start(text, spans, m.start()) else None
        return (
            dur,
            (m.start(), m.end()),
            (today + timedelta(days=1) if start is None and coming else from_start),
        )
    return None, None, None


#: the words between a start and the length that follows it: 下週起兩週, 下周一开始连续两周, "starting next week for two weeks"
_JOIN = re.compile(
    r"\s*(?:起|开始|起算)?\s*[,，]?\s*(?:连续|持续|为期|做|跑|推|发)?\s*$|\s*,?\s*(?:and\s+)?(?:(?:run(?:ning)?|go(?:ing)?|last(?:ing)?)\s+)?for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: a month or a season is a range of its own ("in April for two weeks" keeps April; the length is said within it)
_RANGE = re.compile(
    r"月(?![\d一二三四五六七八九十]+[日号])|季|\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|autumn|fall|winter|quarter|month)\b",
    re.IGNORECASE,
)


def _joined_to_start(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether the length at ``pos`` follows the window's start with only joining words between: "下週起兩週" runs two
    weeks from next Monday, not next week alone."""
    before = [(s, e) for s, e in spans if e <= pos]
    if not before:
        return False
    s, e = max(before, key=lambda x: x[1])
    return bool(_JOIN.fullmatch(text[e:pos])) and not _RANGE.search(text[s:e])
