"""Audience rules for activity: engagement (opened, clicked, unsubscribed), consent, top by propensity,
sign-ups and recency (lapsed, "not ordered in 6 months", "ordered in the last 30 days")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.exclusion import exclusion_scopes
from copilot.reading.numbers import DURATION, NUMBER, duration_days
from copilot.reading.rules import Leaves, adder, negated, set_apart
from copilot.reading.schema import NotApplied
from copilot.reading.since import zh_days_since
from copilot.reading.text import (
    ZH_WINDOW_AFTER,
    Text,
    channel_of,
    window_after,
    zh_window_before,
)
from copilot.tools.conditions import (
    Condition,
    Engagement,
    Not,
    Or,
    Recency,
    SignedUp,
)


def engagement(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Engagement: "not clicked anything in 90 days", "opened an email in the last 30 days", "90天内未点击"."""
    text = t.text
    add = adder(leaves)
    eng = re.compile(
        r"(?P<neg>(?:have|has|who|that)?\s*(?:n[o']t|never|haven'?t|hasn'?t|didn'?t|don'?t|did not|do not|have not|has not|stopped)\s+)?"
        r"(?:ever\s+)?(?P<ev>clicked|opened|opening|clicking|engag(?:ed|ing)(?: with)?|read|interacted with|unsubscribed(?: from)?|responded to|"
        r"received|been sent|gotten|(?<=still )(?:open|opens|click|clicks|read|reads)|(?<=who )(?:open|opens|click|clicks|regularly open)|"
        r"(?<=n't )(?:open|click|engage)\b|(?<=not )(?:open|click|engage)\b|(?<=never )(?:open|click)s?\b|non-?(?:openers|clickers|engagers)\b)"
        r"(?P<obj>\s+(?:on\s+)?(?:at least one(?: of our)?|one or more(?: of our)?|any of our|one of our|anything|any(?:thing)?|a single|an?|our|one\b)?\s*(?P<lastn>(?:last|latest|past|recent)\s+\d+\s+)?"
        r"(?P<ch>e-?mails?|sms|texts?|push(?: notifications?)?|messages?|campaigns?|links?|ads?)?)?", re.I)
    _unengaged(t, add)
    _opened_not_clicked(t, add)
    _either_event(t, add)
    for m in eng.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        app = re.match(r"\s*(?:the|our)\s+app\b(?:\s+in\s+(?:the\s+)?(?:last\s+|past\s+)?\d+\s+\w+)?", text[m.end():], re.I)
        if app:  # "haven't opened the app in 30 days": app sessions are not in the data
            na.append(NotApplied(text=text[m.start() : m.end() + app.end()].strip(), span=t.take(m.start(), m.end() + app.end()),
                                 affects="audience", reason="the data has no app usage"))
            continue
        if _last_send(t, na, m):
            continue
        ev_word = m.group("ev").lower().removeprefix("non-").removeprefix("non")
        event: Literal["received", "opened", "clicked", "converted", "unsubscribed"] = (
            "clicked" if ev_word.startswith(("click", "engag", "interact", "respond")) else
            "unsubscribed" if ev_word.startswith("unsub") else
            "received" if ev_word.startswith(("receiv", "been sent", "gotten")) else "opened")
        ch = channel_of(m.group("ch") or "")
        if ch is None and re.search(r"\bone\s*$", m.group(0), re.I):  # "opted into email but never received one"
            named = list(re.finditer(r"\b(?:e-?mails?|sms|texts?|push)\b", text[max(0, m.start() - 60) : m.start()], re.I))
            ch = channel_of(named[-1].group(0)) if named else None
        days, end2 = window_after(t, m.end())
        if days is None:
            ago = re.match(r"\s*(?:over\s+|more than\s+|about\s+)?", text[m.end():])
            d = DURATION.match(text, m.end() + (ago.end() if ago else 0))
            if d and re.match(r"\s*ago\b", text[d.end():], re.I):
                days, end2 = duration_days(d), d.end() + re.match(r"\s*ago", text[d.end():], re.I).end()  # type: ignore[union-attr]
        people = re.search(r"\b(?:who|that|still|and|but)\s+(?:have\s+|has\s+)?$", text[max(0, m.start() - 14) : m.start()], re.I)
        if days is None and event != "unsubscribed" and not m.group("neg") and not (people and ch):
            continue  # "opened" alone is no condition; "folks who opened our emails" is (ever opened)
        if m.group("lastn"):  # "opened our last 3 emails": opens are counted by time, not by send
            na.append(NotApplied(text=m.group(0).strip(), span=t.span(m.start(), m.end()), affects="audience",
                                 reason="copilot reads opens and clicks in a time window, not over the last N sends; "
                                        "the audience is everyone who ever opened one"))
        cond: Condition = Engagement(event=event, channel=ch, within_days=days, span=t.take(m.start(), end2))
        non = m.group("ev").lower().startswith("non")  # "non-openers from the last 30 days"
        add(m.start(), Not(of=cond) if m.group("neg") or non or negated(text, m.start()) else cond)
    _no_events(t, add)
    # "gone 60+ days without being sent an email": not sent one within those days
    unsent = re.compile(r"(?:gone\s+)?(?P<d>\d+\s*\+?\s*(?:days?|weeks?|months?))\s+without\s+(?:being\s+)?(?:sent|receiving|getting)\s+"
                        r"(?:an?\s+|any\s+)?(?P<ch>e-?mails?|sms|texts?|push(?: notifications?)?)", re.I)
    for m in unsent.finditer(text):
        d = DURATION.search(m.group("d").replace("+", ""))
        if d and t.free(m.start(), m.end()):
            add(m.start(), Not(of=Engagement(event="received", channel=channel_of(m.group("ch")), within_days=duration_days(d),
                                             span=t.take(m.start(), m.end()))))
    zeng = re.compile(r"(?:(?:最近|近|过去)\s*)?(?P<d>半年|半个月|[\d一二两三四五六七八九十百]+\s*(?:天|周|个月|年|个星期|个礼拜))?\s*(?:内|里|以来)?\s*"
                      r"(?:在\s*[A-Za-z\u4e00-\u9fff]{1,6}?\s*(?:里|上|中|内)\s*)?(?:一次都|都|一直)?(?P<neg>未|没有?|从未|从来没有?|从没有?)?\s*(?:怎么|大|太|咋|再|有)?\s*"
                      r"(?P<ev>点击|点开|打开|互动|退订|取消订阅|点(?=过|了)|(?<=[没未大么太咋再])开(?=过)|开(?=过\s*(?:电子邮件|邮件|邮箱|电邮|EDM|edm|短信|推送|信))|(?i:open(?:ed)?|click(?:ed)?)(?=\s*过))(?!率)(?:了|过)*(?:任何)?(?:的)?"
                      r"(?P<ch>电子邮件|邮件|邮箱|电邮|EDM|edm|手机短信|短信|APP推送|App推送|app推送|推送|(?i:e-?mail|sms|push))?(?:消息|信息)?")
    for m in zeng.finditer(text):
        if not (m.group("d") or m.group("neg") or m.group("ev") in ("退订", "取消订阅") or (m.group("ch") and "过" in m.group(0))):
            continue  # "点击率" alone is a metric, not an audience
        if t.free(m.start(), m.end()):
            d = DURATION.search(m.group("d")) if m.group("d") else None
            zev = m.group("ev")
            zevent: Literal["opened", "clicked", "unsubscribed"] = (
                "opened" if zev.lower().startswith(("打开", "点开", "开", "open")) else
                "clicked" if zev.lower().startswith(("点击", "互动", "点", "click")) else "unsubscribed")
            zc: Condition = Engagement(event=zevent, channel=channel_of(m.group("ch") or ""),
                                       within_days=duration_days(d) if d else None, span=t.take(m.start(), m.end()))
            add(m.start(), Not(of=zc) if m.group("neg") else zc)


_OPENED_NOT_CLICKED = re.compile(r"\bopened(?:\s+(?:an?\s+|our\s+)?(?P<ch>e-?mails?|sms|texts?|push(?:es| notifications?)?))?\s+but\s+"
                                 r"(?:never|not|didn'?t|haven'?t|hasn'?t|did not|have not)\s+(?:ever\s+)?click(?:ed)?\b(?:\s+(?:on\s+)?(?:anything|any\s+links?|a\s+link|any|through|one|it|them)\b)?", re.IGNORECASE)


def _opened_not_clicked(t: Text, add: Callable[[int, Condition], None]) -> None:
    """"opened but never clicked in the last 45 days": both events in the window written after the second."""
    for m in _OPENED_NOT_CLICKED.finditer(t.text):
        if not t.free(m.start(), m.end()) or _LAST_SEND.match(t.text, m.end()):
            continue  # "opened but didn't click our last email": one send (_last_send lists it)
        days, end = window_after(t, m.end())
        ch = channel_of(m.group("ch") or "")
        span = t.take(m.start(), end)
        add(m.start(), Engagement(event="opened", channel=ch, within_days=days, span=span))
        add(m.start() + 1, Not(of=Engagement(event="clicked", channel=ch, within_days=days, span=span)))


_EITHER = re.compile(r"(?P<neg>(?:n[o']t|never|haven'?t|hasn'?t|didn'?t|don'?t|did not|do not|have not|has not)\s+(?:ever\s+)?)?"
                     r"\b(?P<a>opened|clicked|open|click)\s+(?:or|and/or|/)\s+(?P<b>opened|clicked|open|click)\b"
                     r"(?:\s+(?:on\s+)?(?:an?|any|anything|one of our|our)?\s*(?P<ch>e-?mails?|sms|texts?|push(?:es| notifications?)?)\b)?", re.IGNORECASE)


def _either_event(t: Text, add: Callable[[int, Condition], None]) -> None:
    """"opened or clicked an email in the last 90 days": either event in the window (not the second alone);
    "haven't opened or clicked one in 90 days": neither."""
    for m in _EITHER.finditer(t.text):
        if m.group("a")[:4].lower() == m.group("b")[:4].lower() or not t.free(m.start(), m.end()):
            continue
        days, end = window_after(t, m.end())
        people = re.search(r"\b(?:who|that|and|but)\s+(?:have\s+|has\s+)?$", t.text[max(0, m.start() - 14) : m.start()], re.I)
        if days is None and not m.group("neg") and not (people and m.group("ch")):
            continue  # "opened or clicked" alone is no condition
        ch, span = channel_of(m.group("ch") or ""), t.take(m.start(), end)
        both: list[Condition] = [Engagement(event=ev, channel=ch, within_days=days, span=span) for ev in ("opened", "clicked")]
        if m.group("neg") or negated(t.text, m.start()):
            for c in both:  # neither, as "no opens or clicks in 365 days"
                add(m.start(), Not(of=c))
        else:
            add(m.start(), Or(of=both))


def _no_events(t: Text, add: Callable[[int, Condition], None]) -> None:
    """"anyone with no opens or clicks in 365 days", "zero email clicks in 90d": neither event in that time."""
    text = t.text
    nouns = re.compile(r"\b(?:no|zero|0)\s+(?P<ch>e-?mail\s+|sms\s+|text\s+|push\s+)?(?P<a>opens?|clicks?|engagement)\b(?:\s*(?:or|and|/|nor)\s*(?P<b>opens?|clicks?)\b)?"
                       r"(?:\s+(?:on|from|with)\s+(?:our\s+|any\s+)?(?P<ch2>e-?mails?|sms|texts?|push(?: notifications?)?))?", re.I)
    for m in nouns.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        days, end2 = window_after(t, m.end())
        words = {w if w in ("", "engagement") else w.rstrip("s") + "s" for w in (m.group("a").lower(), (m.group("b") or "").lower())}
        events: list[Literal["opened", "clicked"]] = (["opened", "clicked"] if "engagement" in words or words >= {"opens", "clicks"}
                                                      else ["opened"] if "opens" in words else ["clicked"])
        ch = channel_of((m.group("ch") or m.group("ch2") or "").strip())
        span = t.take(m.start(), end2)
        for ev in events:
            add(m.start(), Not(of=Engagement(event=ev, channel=ch, within_days=days, span=span)))


_LAST_SEND = re.compile(r"\s+(?:on\s+)?(?:our|the|my|that)\s+(?:last|latest|most recent|previous|recent)\s+(?:e-?mail|newsletter|sms|text|push(?: notification)?|"
                        r"campaign|send|blast|drop)\b", re.IGNORECASE)
_BEFORE_SEND = re.compile(r"(?:opened|clicked|received|got)\s+(?:it\s+)?(?:but|and)\s+$", re.IGNORECASE)


def _last_send(t: Text, na: list[NotApplied], m: re.Match[str]) -> bool:
    """"opened but didn't click our last email": one send, which copilot cannot pick out (it reads opens and
    clicks in a time window); listed with the verb before it, never read as any open or click."""
    send = _LAST_SEND.match(t.text, m.end("ev"))
    if send is None:
        return False
    a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    before = _BEFORE_SEND.search(t.text[max(0, a - 24) : a])
    a -= len(before.group(0)) if before else 0
    if not t.free(a, send.end()):
        return False
    na.append(NotApplied(text=t.text[a : send.end()], span=t.take(a, send.end()), affects="audience",
                         reason="copilot reads opens and clicks in a time window, not per send; name the days instead"))
    return True


_UNENGAGED = re.compile(r"\b(?:un-?engaged|disengaged|non-?engaged|not engaged)\b(?:\s+(?:for\s+|in\s+|over\s+)?(?:the\s+)?(?:last\s+|past\s+)?"
                        r"(?P<d>\d+\s*\+?\s*(?:d|days?|weeks?|months?)\b))?|(?:不活跃|无互动)(?:(?:超过|了|已经|已)?\s*(?P<zd>[\d一二两三四五六七八九十半]+\s*(?:天|个月|周|年))(?:以上)?)?", re.IGNORECASE)


def _unengaged(t: Text, add: Callable[[int, Condition], None]) -> None:
    """"unengaged 90d": neither opened nor clicked in that time (convention 61). "Suppress unengaged 90d" keeps
    those who did: the exclusion of a negation is resolved here (the exclusion pass leaves negations alone)."""
    for m in _UNENGAGED.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        days, end = None, m.end()
        if m.group("d") or m.group("zd"):
            d = DURATION.search((m.group("d") or m.group("zd")).replace("+", ""))
            days = duration_days(d) if d else None
        else:
            days, end = window_after(t, m.end())
        if days is None and re.search(r"\b(?:no|zero)\s+(?:\w+\s+)?(?:opens|clicks|engagement)\b", t.text[m.end() : m.end() + 40], re.IGNORECASE):
            t.take(m.start(), m.end())  # "sunset the unengaged — anyone with no opens or clicks in 365 days": defined next
            continue
        span = t.take(m.start(), end)
        either = Or(of=[Engagement(event="opened", within_days=days, span=span), Engagement(event="clicked", within_days=days, span=span)])
        suppressed = any(s <= m.start() < e for s, e in exclusion_scopes(t.text))
        add(m.start(), Not(of=Not(of=either)) if suppressed else Not(of=either))


#: Tenure: "who've been with us 2+ years", "customers for over a year", "members for less than 6 months".
_TENURE = re.compile(
    rf"\b(?:(?:who\s*(?:'ve|have|has)|that\s+(?:have|has)|(?:have|has|'ve))\s+been\s+(?:with\s+us|(?:a\s+)?(?:customers?|members?)|shopping\s+with\s+us)"
    rf"|(?:customers|members)(?=\s+for\s))\s+(?:for\s+)?(?:(?:more than|over|at least|upwards of)\s+|(?P<less>less than|under|fewer than)\s+)?"
    rf"(?P<d>(?:{NUMBER}|a|an)\+?\s*(?:years?|yrs?|months?))(?:\s+or\s+(?:more|longer))?\+?", re.I)


def signed_up(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """New customers / sign-ups."""
    m: re.Match[str] | None = None
    text = t.text
    add = adder(leaves)
    sr = re.compile(r"(?:signed up|joined|registered|subscribed|new (?:sign-?ups|subscribers|members))\s*"
                    r"(?:in|within|during|over)\s+(?:the\s+)?(?:last|past)\s+", re.I)
    ago = re.compile(rf"(?:signed up|joined|registered|became (?:a )?(?:customer|member)s?)\s+(?:more than|over|at least|upwards of|(?P<less>less than|under|fewer than|no more than|not even))\s+"
                     rf"(?P<d>(?:{NUMBER}|a|an)\s+(?:days?|weeks?|months?|years?))\s+ago", re.I)
    for m in ago.finditer(text):  # joined more than a year ago: not signed up within that year ("less than a month ago": within it)
        d = DURATION.search(m.group("d").replace("a ", "1 ").replace("an ", "1 "))
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            joined = SignedUp(within_days=days, span=t.take(m.start(), m.end()))
            add(m.start(), joined if m.group("less") else Not(of=joined))
    for m in re.finditer(r"(?:signed up|joined|registered|subscribed(?!\s+(?:to|for)\b)|new (?:sign-?ups|subscribers|members))", text, re.I):
        if t.free(m.start(), m.end()):  # "signed up in the past month", "joined this year"
            days, end2 = window_after(t, m.end())
            if days:
                add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), end2)))
    for m in sr.finditer(text):
        if t.free(m.start(), m.end()):
            d = DURATION.match(text, m.end())
            if d:
                days = duration_days(d)
                if days:
                    add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), d.end())))
    for m in _TENURE.finditer(text):  # "customers who've been with us 2+ years": joined that long ago or more
        d = DURATION.search(re.sub(r"^(?:an?|one)\b", "1", m.group("d"), flags=re.I).replace("+", ""))
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            within = SignedUp(within_days=days, span=t.take(m.start(), m.end()))
            add(m.start(), within if m.group("less") else Not(of=within))
    zs = re.compile(r"(?:最近|近|过去)\s*(?P<d>[\d一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))\s*(?:内|里)?\s*(?:新)?注册的?"
                    r"|注册(?:后)?\s*(?P<d2>[\d一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))\s*(?:内|以内|之内)"
                    r"|(?:注册|入会|成为会员|加入会员)(?:时间)?(?:还|才|尚)?(?:未满|不满|没满|不到|没到|不足|少于|未超过|不超过|没超过)\s*(?P<d3>[\d一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))")
    for m in zs.finditer(text):
        d = DURATION.search(m.group("d") or m.group("d2") or m.group("d3"))  # 注册未满30天: within those days
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), m.end())))
    zold = re.compile(r"(?:注册|入会|成为会员)(?:时间)?(?:已经|已)?(?:满|超过|了)\s*(?P<d>[\d一二两三四五六七八九十半]+\s*(?:个月|年|天|周))(?:以上|多)?(?:了)?")
    for m in zold.finditer(text):  # 注册满一年的老会员: joined more than a year ago
        d = DURATION.search(m.group("d"))
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            add(m.start(), Not(of=SignedUp(within_days=days, span=t.take(m.start(), m.end()))))
    m = t.find(lx.NEW_CUSTOMER_WORDS)
    if m and any(isinstance(c, SignedUp) for _, c in leaves):
        t.take(m.start(), m.end())  # "最近60天注册的新客": one condition
        m = None
    if m and _GOAL_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
        t.take(m.start(), m.end())  # "goal is new customers", 目标是拉新客: what the send should bring, not who gets it
        m = None
    if m:
        days, end2 = window_after(t, m.end())
        add(m.start(), SignedUp(within_days=days or 30, span=t.take(m.start(), end2)))


_GOAL_BEFORE = re.compile(r"\b(?:goal|aim|objective|kpi|north star)s?\s*(?:is|are|was|:|=|-|–)?\s*(?:to\s+(?:get|win|bring in|acquire|drive|grow|add|attract)\s+)?"
                          r"(?:more\s+)?$|目标(?:是|为|：|:)?\s*(?:拉|获取|带来|吸引|增加)?\s*(?:更多)?$", re.IGNORECASE)


#: A period right before a lapsed phrase, without 最近/过去: "90天没下单", "（120天以上未购）".
_ZH_BARE_BEFORE = re.compile(r"(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))\s*(?:以上|多|都|内|里)?\s*$")


#: "lapsed customers like 6 months no order": an English window said before "no order"
_EN_BARE_BEFORE = re.compile(r"(?:\b(?:like|about|around|roughly|over|more than)\s+)?(?P<d>\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?\s*"
                             r"(?:days?|weeks?|months?|mos?|years?))\s+(?:(?:with|and)\s+)?$", re.IGNORECASE)
_AFTER_BROWSING = re.compile(r"(?:浏览|加购|收藏|看过|点击|browsed|viewed|added to (?:their )?cart|looked at|clicked)[^，。,.;；]*$", re.IGNORECASE)


_NO_ORDER_THIS_YEAR = re.compile(r"(?:但|但是|而)?(?:今年|本年度?)(?:以来)?(?:还|都|一直)?(?:没|未)(?:有)?(?:再)?(?:下过?单|购买过?|买过?(?:东西)?|复购|回购|消费过?)"
                                 r"|\b(?:(?:have|has)\s*n[o']?t|haven'?t|hasn'?t|not)\s+(?:ordered|bought|purchased|shopped)(?:\s+anything)?\s+"
                                 r"(?:yet\s+)?this\s+year\b", re.IGNORECASE)


def no_order_this_year(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """今年还没复购, "haven't ordered this year": no order since January 1 (before "never ordered" reads 没下过单)."""
    if t.today is None:
        return
    for m in _NO_ORDER_THIS_YEAR.finditer(t.text):
        if t.free(m.start(), m.end()):
            days = (t.today - t.today.replace(month=1, day=1)).days + 1
            adder(leaves)(m.start(), Recency(min_days=days, span=t.take(m.start(), m.end())))


def _engaged_just_before(leaves: Leaves, text: str, pos: int) -> int | None:
    """The window of an engagement read right before ``pos`` in the same clause ("点击过推送但没下单"), else None."""
    for _, c in leaves:
        if (isinstance(c, Engagement) and c.within_days and c.span is not None and 0 <= pos - c.span.end <= 12
                and re.fullmatch(r"[^，。,.;；]*", text[c.span.end : pos]) and not DURATION.search(text[c.span.end : pos])):
            return c.within_days
    return None


_BRACKETED_LAPSE = re.compile(r"[(（]\s*(?:no orders?\s+(?:in\s+)?|nothing\s+(?:in\s+)?|inactive\s+|over\s+|more than\s+|超过|已经?|有)?(?P<d>\d+\s*\+?\s*(?:d|days?|weeks?|months?|mos?)|半年|一年|[\d一二两三四五六七八九十]+\s*(?:天|个月|年))"
                              r"\s*(?:\+|以上|or more|and up)?\s*(?:都)?(?:没|未|没有)?(?:消费|下单|购买|买|下过单|来)?(?:过)?(?:了)?\s*[)）]", re.IGNORECASE)


#: "active customers", 活跃客户 with no window: ordered in the last 180 days (the complement of "lapsed", 180 days).
_ACTIVE_ALONE = re.compile(r"\bactive (?:buyers|customers|shoppers)\b|活跃(?=的?(?:客户|用户|顾客|会员|买家))", re.IGNORECASE)

#: 没有任何购买, 没有任何订单, 无任何消费: no purchase at all (任何 between the negation and the noun).
_ZH_NONE_AT_ALL = (r"(?:没有?|无|未有)(?:过)?任何(?:的)?(?:购买|订单|消费|下单)(?:记录)?",)


def recency(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Recency: lapsed / not ordered in N / ordered in the last N."""
    text = t.text
    add = adder(leaves)
    for words, is_lapsed in ((lx.NOT_ORDERED_WORDS, True), (_ZH_NONE_AT_ALL, True), (lx.ZH_NOT_ORDERED, True), (lx.LAPSED_WORDS, True),
                             (lx.ACTIVE_WORDS, False), (lx.ZH_ACTIVE, False)):
        for m in t.find_all(words):
            own = re.match(r"\s*(?:in|for|within|over|during)\s+(?:the\s+)?(?:last|past)?\s*\d", text[m.end() :], re.I)
            eng = _engaged_just_before(leaves, text, m.start()) if is_lapsed and not own and words is not lx.LAPSED_WORDS else None  # 沉睡客户: no borrowed days
            if eng is not None:
                if t.free(m.start(), m.end()):  # "clicked a push in the last month but didn't order": none in that window
                    add(m.start(), Recency(min_days=eng, span=t.take(m.start(), m.end())))
                continue
            if is_lapsed and _AFTER_BROWSING.search(text[max(0, m.start() - 16) : m.start()]) and not DURATION.search(
                    re.split(r"但|\bbut\b|[,，、]", text[max(0, m.start() - 12) : m.start()])[-1]):
                # ("点击过邮件、但120天没下单" is lapsed: a window of its own, after the "but")
                continue  # 浏览过帐篷但没买, "viewed the tent but didn't buy": not buying that, not a lapsed customer
            days, end2 = window_after(t, m.end())
            start = m.start()
            if days is None and not m.group(0).isascii():
                days, start = zh_window_before(t, m.start())
                bare = _ZH_BARE_BEFORE.search(text, 0, m.start()) if days is None and is_lapsed else None
                if bare and t.free(bare.start(), m.start()) and (bd := DURATION.search(bare.group("d"))):
                    days, start = duration_days(bd), bare.start()  # "90天没下单", "120天以上未购"
                if days is None and t.today is not None:  # 从一月份到现在都没下过单, 自双十一以来没买过
                    zs = zh_days_since(text[: m.start()], t.today)
                    if zs and m.start() - zs[2] <= 4 and t.free(zs[1], m.start()):
                        days, start = zs[0], zs[1]
                if days is None:
                    zw = ZH_WINDOW_AFTER.match(text, m.end())
                    if zw and (d := DURATION.search(zw.group("d"))):
                        days, end2 = duration_days(d), zw.end()
            if days is None and is_lapsed and m.group(0).isascii() and re.match(r"(?:no|without)\b", m.group(0), re.I) and (
                    eb := _EN_BARE_BEFORE.search(text[: m.start()])) and t.free(eb.start(), m.start()) and (bd := DURATION.search(eb.group("d"))):
                days, start = duration_days(bd), eb.start()  # "6 months no order"
            if days is None and m.group(0).isascii() and (zw := ZH_WINDOW_AFTER.match(text, m.end())) and (d := DURATION.search(zw.group("d"))):
                days, end2 = duration_days(d), zw.end()  # "lapsed超过90天": English word, Chinese window
            if days is None:
                m2 = re.match(r"\s*(?:(?:since|for|in|within|over)\s+)?(?:(?:the\s+)?(?:last|past)\s+)?(?:over\s+|more than\s+|at least\s+)?", text[end2:], re.I)
                rest = text[end2 + (m2.end() if m2 else 0):]
                plus = re.match(r"(\d+)\s*\+\s*(days?|d|weeks?|months?|years?)", rest, re.I)
                if plus:
                    d2 = DURATION.match(f"{plus.group(1)} {plus.group(2)}")
                    if d2:
                        days, end2 = duration_days(d2), end2 + (m2.end() if m2 else 0) + plus.end()
                else:
                    d2 = DURATION.match(text, end2 + (m2.end() if m2 else 0))
                    if d2:
                        days, end2 = duration_days(d2), d2.end()
                ago = re.match(r"\s*ago\b", text[end2:], re.I)
                if days is not None and ago:
                    end2 += ago.end()
            rng = re.match(r"\s*(?:for\s+)?(?:between\s+)?(\d+)\s*(?:-|–|to|and)\s*(\d+)\s*(days|weeks|months|years)", text[m.end():], re.I)
            if is_lapsed and rng and days is None:
                lo_d = DURATION.match(f"{rng.group(1)} {rng.group(3)}")
                hi_d = DURATION.match(f"{rng.group(2)} {rng.group(3)}")
                if lo_d and hi_d:
                    add(start, Recency(min_days=duration_days(lo_d), max_days=duration_days(hi_d),
                                       span=t.take(start, m.end() + rng.end())))
                    break
            if is_lapsed:
                if days is None and words is lx.NOT_ORDERED_WORDS:
                    continue
                if days is None and (said := _BRACKETED_LAPSE.search(text, m.end(), min(len(text), m.end() + 24))) is not None \
                        and t.free(said.start(), said.end()) and (bd := DURATION.search(said.group("d").replace("+", ""))):
                    days = duration_days(bd)  # "沉睡客户（半年以上）", "lapsed hikers (180d+)": the brackets say how long
                    t.take(said.start(), said.end())
                add(start, set_apart(text, start, Recency(min_days=days or 180, span=t.take(start, end2)), words is lx.LAPSED_WORDS))
            elif days is not None and t.free(start, end2):  # ("bought something | within 7 days of signing up": listed)
                add(start, Recency(max_days=days, span=t.take(start, end2)))
            else:
                continue  # "active customers who ordered in the last 30 days": a later one says when
            break
    for m in _ACTIVE_ALONE.finditer(text):  # "active customers" with no window of its own: the complement of "lapsed"
        if t.free(m.start(), m.end()) and not any(isinstance(c, Recency) for _, c in leaves):
            add(m.start(), Recency(max_days=180, span=t.take(m.start(), m.end())))
