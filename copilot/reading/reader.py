"""One reader for briefs and questions: text -> :class:`Reading`, in English and Chinese.

Code reads what it can with spans (``numbers``, ``dates``, ``lexicon``), claiming each span so a
later rule never reads the same words twice ("spent over $300" is a threshold, so it is never the
budget; "not ordered in 6 months" is an audience window, so it is never the campaign's). Words it
recognises but cannot apply (a product the catalogue lacks, data the workspace does not hold, a channel
copilot cannot plan) are listed under ``not_applied`` with the reason. With ``use_model`` the language
model is asked only for what code left open (see ``copilot.reading.model``).
"""

from __future__ import annotations

from datetime import date

from copilot.deps import Deps
from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.asks import not_a_campaign, timing_not_applied
from copilot.reading.audience import read_audience
from copilot.reading.budget_split import rate_over_window, read_total_budget
from copilot.reading.catalogue import Catalogue, catalogue_of
from copilot.reading.channel_caps import allow_capped
from copilot.reading.context import claim_context, claim_past_figures, said_elsewhere
from copilot.reading.corrections import claim_replaced, second_campaign
from copilot.reading.dates import find_window
from copilot.reading.definitions import definitions_not_applied
from copilot.reading.event_lead import lead_to_event
from copilot.reading.excluded_goods import excluded_goods
from copilot.reading.fill_in import fill_in_not_applied
from copilot.reading.finance import finance_not_applied, names_roi
from copilot.reading.horizon import horizon_only
from copilot.reading.intent import (
    EACH_SEGMENT,
    PROPOSED_SEND,
    asks_for_data,
    pii_words,
)
from copilot.reading.intent_words import read_intent
from copilot.reading.kind import Kind, decide_kind
from copilot.reading.leftover import REASON_UNREAD_WHO, back_references, unread_clauses
from copilot.reading.legal import legal_not_applied
from copilot.reading.minutes_notes import minutes_not_applied
from copilot.reading.no_field import joined_products, said_before_reading
from copilot.reading.objective import read_objective
from copilot.reading.offer_refused import drop_refused_offers
from copilot.reading.offer_terms import claim_offer_minimums, mechanics_not_applied, offer_not_applied
from copilot.reading.offer_test import offer_test
from copilot.reading.offers import read_holdout, read_offer, unsized_holdout
from copilot.reading.official_style import claim_official
from copilot.reading.options import options_not_applied
from copilot.reading.other_version import other_versions
from copilot.reading.period import COMPARED_REASON, PAST_WORDS, compared_periods, find_period
from copilot.reading.platform import platform_not_applied
from copilot.reading.promoted_rules import settle_promoted
from copilot.reading.purchase_condition import claim_terms
from copilot.reading.qualifiers import category_counts, question_qualifiers, settle_breakdown
from copilot.reading.relative import unread_qualifiers
from copilot.reading.schema import Intent, Metric, NotApplied, Offer, Reading, Window
from copilot.reading.specs import specs_not_applied
from copilot.reading.spelling import correct, restore_spans
from copilot.reading.start_alone import open_end
from copilot.reading.table import claim_headers
from copilot.reading.terms import (
    read_ab,
    read_channels,
    read_metric,
    read_promoted,
    read_top_n,
)
from copilot.reading.text import Text, channel_of, detect_language, without_opening
from copilot.reading.thread import back_reference, newest
from copilot.reading.tminus import journey_not_applied, schedule_not_applied
from copilot.reading.unheld_qualifiers import unheld_qualifiers
from copilot.reading.unknown_occasion import unknown_occasion
from copilot.reading.unsupported import unsupported_reason


def read(
    text: str,
    *,
    deps: Deps | None = None,
    today: date | None = None,
    kind: Kind | None = None,
    use_model: bool = False,
    catalogue: Catalogue | None = None,
) -> Reading:
    """Read ``text`` (a brief or a question). See the module docstring and docs/reading.md."""
    text = text.strip()
    if today is None:
        today = deps.clock().date() if deps is not None else date.today()
    cat = catalogue or catalogue_of(deps)
    typed = text
    text, typos = correct(text, cat)  # "lapsd custmers" is read as "lapsed customers"; spans go back to typed
    whole = text
    text = newest(text)  # a pasted thread: the newest message only (copilot.reading.thread)
    t = Text(text, today)
    language = detect_language(text)
    not_applied: list[NotApplied] = []
    kind = decide_kind(t, kind, not_applied)
    refuse = _personal_data_asked(t, kind)
    table_metric = claim_headers(t)  # a table's header row is no clause; its KPI column names the metric
    elsewhere = _timing_and_other_asks(t, kind, not_applied)
    finance = _set_aside(t, whole, kind, not_applied)
    if kind == "brief":
        claim_past_figures(t)  # "push CTR is down 20% WoW", 上周邮件打开率只有12%: the reason, not the plan
    capped = claim_terms(t, cat, not_applied)  # "50% off socks with any boot purchase", "at most $4k on paid social": said
    claim_offer_minimums(t)  # "RM30 off with min spend RM300": the offer's, not a spend threshold on people
    not_applied.extend(unheld_qualifiers(t))  # "except employees", "the top RFM segment", "clicked the tent email": listed
    audience, money_used = read_audience(t, cat, not_applied)
    not_applied.extend(mechanics_not_applied(t))  # trade-in, referral reward, donation, guardrail: said, not priced (nor a budget)
    budget = read_total_budget(t, money_used, not_applied)  # a daily rate, a split, a correction, "budget TBC": said
    tested = offer_test(t)  # "test 10% vs 15% off": both variants are the request's
    offer, cap, no_discount = read_offer(t)
    offer = offer or (tested[1] if tested else None)
    not_applied.extend(offer_not_applied(t, None if tested else offer))  # "double reward points", "max $40 off per order": said
    holdout = read_holdout(t)
    not_applied.extend(u for u in [unsized_holdout(t) if holdout is None else None] if u is not None)  # "Nice to have: a holdout"
    channels = allow_capped(read_channels(t, not_applied), capped)  # "no more than $2k on SMS, rest on email": SMS is used too
    excluded_goods(t, cat, not_applied)  # "20% off everything except headlamps": left out, never promoted
    other_versions(t, cat, not_applied)  # "the Alder Trail 3" where the catalogue has the Alder Trail 2: listed
    promoted = read_promoted(t, cat, not_applied)
    period = _period(t, today, not_applied) if kind == "question" else None
    window = _window(t, today, kind)
    budget = budget or rate_over_window(t, not_applied, window)  # "$50 a day" over 3/10-3/20
    not_applied.extend(u for u in [unknown_occasion(t, window) if kind == "brief" else None] if u is not None)  # 教师节: said
    promoted = settle_promoted(t, audience, promoted, kind, not_applied)  # top propensity, a cross-sell's target, goods the catalogue lacks
    ab = tested[0] if tested else read_ab(t)
    metric = table_metric or read_metric(t, kind)
    if metric is None and (floor := names_roi(finance)) is not None:  # ROI不低于3: judged on ROI
        metric = Metric(name="roi", span=floor.span)
    top_n = read_top_n(t)
    objective, objective_span = read_objective(
        t, audience, promoted, kind, any(n.affects == "product" for n in not_applied),
        frozenset(c for pid, _name, c in cat.products if pid in promoted.product_ids))
    if objective is None and window is not None and window.occasion is not None:  # (a question keeps it only for a plan)
        objective, objective_span = "seasonal", window.span  # 复活节前一周…, "the Ramadan send": the occasion names it
    _say_unread(t, not_applied, budget is not None, offer)

    intent: Intent = ("plan" if kind == "brief" else "refuse" if refuse else "other" if elsewhere is not None
                      else read_intent(without_opening(text)))
    reading = Reading(
        text=whole[:8000], kind=kind, language=language, intent=intent, today=today, objective=objective,
        objective_span=objective_span, audience=audience, promoted=promoted, channels=channels, budget=budget,
        window=window, period=period, offer=offer, discount_cap=cap, no_discount=no_discount, ab_test=ab,
        holdout=holdout, metric=metric, top_n=top_n, not_applied=_deduped(joined_products(t.text, not_applied))[:40],
    )
    if kind == "question":
        reading = settle_breakdown(_settle_question(reading, intent))  # 'by channel', 各品类, 'vs Q1 2025' (breakdown.py)
    reading = drop_refused_offers(_proposed_channel(reading))  # 买一送一不要做, 'no BOGO this time'
    if typos:
        reading = restore_spans(reading, typed, typos)
        object.__setattr__(reading, "text", typed[:8000])
    if use_model and deps is not None:
        from copilot.reading.model import fill_with_model

        reading = fill_with_model(deps, reading)
    return reading


def _set_aside(t: Text, whole: str, kind: Kind, not_applied: list[NotApplied]) -> list[NotApplied]:
    """Words that are no part of the campaign, claimed before the rules read them: a reply's pointer to the quoted
    thread ("Fine by me"), background figures, the marketplace's own mechanics, finance guardrails ("CAC under $18",
    毛利率不能低于40%: listed, the $18 no budget; returned, as an ROI floor names the metric) and a definition asked
    beside a figure ("what does RFM actually mean, and how many…")."""
    not_applied.extend(fill_in_not_applied(t))  # "Budget: $X,XXX", {{segment}}, 时间：待定; "[e.g. Champions]" is no clause
    claim_official(t)  # 公文: 妥否，请批示, 请于3月6日前批复为盼, 附件：…, the 落款 (department and date), 一、背景：…
    claim_replaced(t)  # "email… actually make it SMS": the email was taken back
    not_applied.extend(options_not_applied(t))  # "Option A: … Option B: … We recommend B": the chosen one is read
    not_applied.extend(specs_not_applied(t))  # "Key specs for copy: 214 g per pole", 800蓬以上的款: said
    legal_not_applied(t, not_applied)  # a compliance review: consent rules claimed, copy rules and age limits said
    not_applied.extend(second_campaign(t))  # "Two things: (1) …; (2) …": one campaign per request
    if len(t.text) < len(whole) and (back := back_reference(t.text)) is not None:  # a quote was cut
        not_applied.append(NotApplied(text=t.text[back[0]:back[1]], span=t.take(*back), affects="other", reason=_THREAD_REASON))
    not_applied.extend(claim_context(t))  # "sell-through is only 38%", "late deliveries on 900 orders": background
    not_applied.extend(said_elsewhere(t))  # 人群见附件, "Audience: per the deck": the attachment is not read
    for m in EACH_SEGMENT.finditer(t.text):  # "in each RFM segment": what a sizes question asks, no condition
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
    not_applied.extend(platform_not_applied(t))  # 满2件9折, 直通车, 百亿补贴: the marketplace's, not the plan's
    finance = finance_not_applied(t, question=kind == "question")
    not_applied.extend(finance)
    not_applied.extend([*definitions_not_applied(t), *question_qualifiers(t, read_intent(without_opening(t.text)))] if kind == "question" else [])  # a definition asked; "broken down by segment", "vs the 90-day average" (qualifiers.py)
    return finance


_THREAD_REASON = ("refers to the earlier messages quoted below it, which copilot does not read (they may have been "
                  "changed since); copilot plans what this message says: repeat here anything to keep")
def _personal_data_asked(t: Text, kind: Kind) -> bool:
    """A question asking for customers' personal data (or copilot's instructions); its words are claimed
    ("the email addresses of…" names no channel; 把冠军客户的手机号: the Champions are still read)."""
    refuse = t.find(lx.REFUSE_WORDS)
    if refuse is not None and kind == "question":
        pii = re.search(r"邮箱地址|邮箱|手机号|电话号码|电话|姓名|地址|联系方式", refuse.group(0))
        a, b = (refuse.start() + pii.start(), refuse.start() + pii.end()) if pii else (refuse.start(), refuse.end())
        t.take(a, b)
    if kind == "question" and (refuse is not None or asks_for_data(t.text)):
        for a, b in pii_words(t.text):  # "输出所有顾客的邮箱", 微信号: data asked for, not a channel
            if t.free(a, b):
                t.take(a, b)
    return refuse is not None


def _period(t: Text, today: date, not_applied: list[NotApplied]) -> Window | None:
    """A question's past period ("last month", 上个月), its words claimed so they are never the window; a second
    period compared with it ("Q1 compared to Q4") is said."""
    found = find_period(t.text, today, t.free)
    if found is not None and _PLANNED_SEND.search(t.text) and not PAST_WORDS.search(t.text[found[2][0] : found[2][1]]):
        found = None  # "the predicted ROI of a campaign in October": the send to come is in October (the window)
    window = Window(start=found[0], end=found[1], span=t.take(*found[2])) if found is not None else None
    for a, b in compared_periods(t.text, found[2] if found is not None else None, t.free):  # "Q1 compared to Q4", 环比
        not_applied.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects="timing", reason=COMPARED_REASON))
    return window


#: a question about a send being planned ("if we email them tomorrow, how many orders?", 明天发邮件预计转化多少): its day is the window
_PLANNED_SEND = re.compile(r"\b(?:if we|should we|would|will|expect(?:ed)?|forecast|predict(?:ed)?|projected|estimated|can we (?:do|run|send|get|set up))\b|预计|预测|预估|大概能|能带来|帮(?:我|忙)们?(?:做|策划|出|准备|设计|制定|规划|搞)", re.IGNORECASE)


def _window(t: Text, today: date, kind: Kind) -> Window | None:
    """The campaign window, its words claimed."""
    win = find_window(t.text, today, t.taken, near_days=kind == "brief" or bool(_PLANNED_SEND.search(t.text)))
    if win is None or horizon_only(t, kind, win.pieces):  # "most likely to buy tents next month": the horizon (horizon.py)
        return None
    for piece in win.pieces:
        t.take(*piece)
    start, end = lead_to_event(t.text, today, win.start, win.end, win.span) or (win.start, win.end)  # 直播前一天 (event_lead.py)
    return Window(start=start, end=open_end(t.text, start, end, win), duration_days=win.duration_days,
                  occasion=win.occasion, span=t.span(*win.span))


def _timing_and_other_asks(t: Text, kind: Kind, not_applied: list[NotApplied]) -> NotApplied | None:
    """A series or head start (said, never read as a window) and an ask nothing copilot does ("export the
    Champions segment to Klaviyo", 订会议室): listed in a brief; returned, as it makes a question's intent other."""
    not_applied.extend(minutes_not_applied(t))  # minutes: 时间/参会/讨论/待办 and @someone are no clauses; 决议二, open points: said
    # lookalikes, paydays, weather triggers, quiet hours and copy rules, UTM, frequency caps, unique codes (no_field.py)
    not_applied.extend(said_before_reading(t, kind))
    not_applied.extend(timing_not_applied(t))
    not_applied.extend(schedule_not_applied(t))
    not_applied.extend(journey_not_applied(t))  # 第1天发邮件，第4天没打开的补一条短信: one timing entry  # "T-7 teaser email, T0 push, T+3 SMS": one window, the sequence said
    elsewhere = not_a_campaign(t)
    if elsewhere is not None and kind == "brief":
        not_applied.append(elsewhere)
    return elsewhere


def _say_unread(t: Text, not_applied: list[NotApplied], has_budget: bool, offer: Offer | None = None) -> None:
    """Attributes read past, words pointing at an earlier turn, and clauses no rule read: said, not dropped."""
    text = t.text
    if offer is not None and offer.kind == "percent_off":  # "no — just the 10%": the offer said again
        for m in re.finditer(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s?%", text):
            if t.free(m.start(), m.end()) and float(m.group(1)) == offer.value:
                t.take(m.start(), m.end())
    for a, b in dict.fromkeys(t.modifiers):  # "bought a 1-person tent": the tents are read, the size is said
        not_applied.append(NotApplied(text=text[a:b], span=t.span(a, b), affects="audience",
                                      reason="copilot reads the category, not this attribute of the product"))
    for a, b, start, end in t.open_ends:  # "bought boots last fall": a look-back can start there, not stop
        not_applied.append(NotApplied(text=text[a:b].strip(), span=t.span(a, b), affects="audience",
                                      reason=f"read as from {start.isoformat()} to today; copilot's look-backs run to today, "
                                             f"so what happened after {end.isoformat()} counts too"))
    not_applied.extend([*back_references(t), *category_counts(t)])  # 买过两个以上背包: how many of a category, said
    for unread in unread_clauses(t, not_applied):
        # a number, period, negation or a clause about people no rule read: said, not dropped
        if unread.affects == "budget" and has_budget:
            unread = unread.model_copy(update={"affects": "audience"})  # a second amount: likely a threshold
        not_applied.append(unread)
    not_applied.extend(unread_qualifiers(t, not_applied))  # "给领了券没用的用户…": a who-clause no rule read


_PLACE = unsupported_reason("location beyond region")


def _settle_question(reading: Reading, intent: Intent) -> Reading:
    """The wording rules' intent checked against the reading (copilot/reading/intent.py), and what that
    intent changes: no objective for a question about figures, no people-clause for one that targets no one."""
    from copilot.reading.intent import resolve_intent

    resolved, _how = resolve_intent(reading)
    if resolved != intent:
        reading = reading.model_copy(update={"intent": resolved})
    if resolved in ("refuse", "other", "segments") and any(n.reason == REASON_UNREAD_WHO or (resolved != "segments" and n.reason == _PLACE)
                                                           for n in reading.not_applied):
        # it targets no one ("What's the weather like in Portland?": a place, not people to reach)
        kept = [n for n in reading.not_applied if n.reason != REASON_UNREAD_WHO and (resolved == "segments" or n.reason != _PLACE)]
        reading = reading.model_copy(update={"not_applied": kept})
    if resolved != "plan" and reading.objective is not None:
        # a question about a Black Friday send asks for figures; it sets no campaign objective
        reading = reading.model_copy(update={"objective": None, "objective_span": None})
    if resolved == "segments" and reading.channels.excluded and not reading.channels.allowed and re.search(
            r"^\W*(?:which|what|who)\b|哪", without_opening(reading.text), re.IGNORECASE):
        # "Which segment should we avoid texting?", 哪些人群最好别发推送: the channel is what the question is about (decision 125)
        ch = reading.channels.model_copy(update={"allowed": list(reading.channels.excluded), "excluded": []})
        reading = reading.model_copy(update={"channels": ch})
    if resolved == "propensity" and reading.audience is not None:
        reading = _predicate_not_audience(reading)
    if resolved in ("count", "forecast", "propensity"):
        reading = _buyers_among(reading)
    if reading.period is not None and resolved != "channel_performance" and reading.period.span is not None:
        said = NotApplied(text=reading.period.span.text, span=reading.period.span, affects="timing",
                          reason="copilot answers this from all of the data; the period is not applied")
        reading = reading.model_copy(update={"not_applied": [*reading.not_applied, said][:40]})
    return reading

def _predicate_not_audience(reading: Reading) -> Reading:
    """"How many Champions are likely to buy tents?": "likely to buy tents" (no number, no share) is what
    the question asks about the audience, not a top-20% filter on it; tents become the promoted category.
    ("Which customers are likely to buy tents?" asks for the likeliest: that filter stays.)"""
    from copilot.tools.conditions import And, TopPropensity

    def implicit(c: object) -> bool:
        return isinstance(c, TopPropensity) and c.top_n is None and c.top_share is None

    aud = reading.audience
    tops = [c for c in (aud.of if isinstance(aud, And) else [aud]) if implicit(c)]
    if not tops:
        return reading
    rest = [c for c in aud.of if not implicit(c)] if isinstance(aud, And) else []
    if not rest and not re.search(r"\bhow many\b|多少|几个|几位", reading.text, re.IGNORECASE):
        return reading  # "Which customers are likely to buy tents?" selects them: the filter stays
    audience = None if not rest else rest[0] if len(rest) == 1 else And(of=rest)
    promoted = reading.promoted
    top = tops[0]
    assert isinstance(top, TopPropensity)
    if not promoted.categories and not promoted.product_ids and top.category:
        promoted = promoted.model_copy(update={"categories": [top.category], "span": top.span})
    update: dict[str, object] = {"audience": audience, "promoted": promoted}
    if reading.window is None and top.horizon_days != 30 and top.span is not None:  # "in the next 60 days"
        from datetime import timedelta

        update["window"] = Window(start=reading.today + timedelta(days=1),
                                  end=reading.today + timedelta(days=top.horizon_days),
                                  duration_days=top.horizon_days, span=top.span)
    return reading.model_copy(update=update)


def _buyers_among(reading: Reading) -> Reading:
    """"How many hydration-vest buyers should we expect among customers who bought trail shoes?": the
    customers are the ones after "among"; the vests are what the question asks about (promoted), not a
    second purchase they already made."""
    from copilot.tools.conditions import And, Bought

    aud = reading.audience
    m = re.search(r"\b(?:expect(?:ed)?|predict(?:ed)?|forecast|likely|will|would|could)\b.{0,60}?\bamong\b", reading.text, re.IGNORECASE)
    if not isinstance(aud, And) or m is None or reading.promoted.categories or reading.promoted.product_ids:
        return reading
    among = m.end()
    before = [c for c in aud.of if isinstance(c, Bought) and c.span is not None and c.span.end <= among]
    after = [c for c in aud.of if (sp := getattr(c, "span", None)) is not None and sp.start >= among]
    if len(before) != 1 or not after:
        return reading
    asked = before[0]
    rest = [c for c in aud.of if c is not asked]
    promoted = reading.promoted.model_copy(update={"categories": list(asked.categories),
                                                   "product_ids": list(asked.product_ids), "span": asked.span})
    return reading.model_copy(update={"audience": rest[0] if len(rest) == 1 else And(of=rest), "promoted": promoted})


def _proposed_channel(reading: Reading) -> Reading:
    """"Can we text runners who bought apparel this spring? 12% off socks, under $1.8k": in a plan request the
    marketer proposes the channel (the plan keeps to consented customers anyway); "How many can we text?" asks
    about consent and keeps it in the audience."""
    from copilot.tools.conditions import And, Consent

    aud = reading.audience
    if reading.intent != "plan" or reading.channels.allowed or aud is None or re.search(
            r"\bhow many\b|\bnumber of\b|\bcount\b|多少|几个", reading.text, re.IGNORECASE):
        return reading
    parts = list(aud.of) if isinstance(aud, And) else [aud]
    asked = [c for c in parts if isinstance(c, Consent) and c.span is not None and PROPOSED_SEND.fullmatch(c.span.text)]
    if len(asked) != 1:
        return reading
    leaf = asked[0]
    channel = channel_of(leaf.span.text.split()[-1]) if leaf.span is not None else None
    if channel is None or leaf.span is None:
        return reading
    rest = [c for c in parts if c is not leaf]
    audience = None if not rest else rest[0] if len(rest) == 1 else And(of=rest)
    channels = reading.channels.model_copy(update={"allowed": [channel], "spans": [*reading.channels.spans, leaf.span]})
    return reading.model_copy(update={"audience": audience, "channels": channels})


def _deduped(items: list[NotApplied]) -> list[NotApplied]:
    """One entry per clause: "华南" beside "华南区" (the same words listed by two rules), or a clause listed twice."""
    out: list[NotApplied] = []
    for i, n in enumerate(items):
        same = [j for j, o in enumerate(items) if j != i and o.affects == n.affects and n.text.strip() in o.text and o.span is not None
                and n.span is not None and ((o.span.start <= n.span.start and n.span.end <= o.span.end) or o.reason == n.reason)]
        if any(len(items[j].text) > len(n.text) or j < i for j in same):
            continue  # a longer entry holds these words, or the same entry came first
        out.append(n)
    return out
