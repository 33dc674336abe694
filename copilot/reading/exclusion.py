"""Exclusions that reach over a whole clause: "excluding anyone who bought a tent in the last year",
"Skip anyone who opened an email in the last week; everyone else …", "don't send anything to
Hibernating or Lost. Everyone else …", "退订过邮箱的排除掉".

The audience rules read each clause's conditions (a purchase, an engagement, a segment) without looking
far back for a word that excludes them; this pass finds where an exclusion starts and ends and wraps
every condition read inside it in NOT. A condition its own rule already negated is left alone.
"""

from __future__ import annotations

from itertools import pairwise

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.send_exclusions import SEND_RULE_AHEAD
from copilot.reading.text import Text
from copilot.tools.conditions import AllCustomers, And, Condition, Consent, Not, RfmSegment, Span

#: Words that exclude what follows, up to the end of the clause.
_LEAD = re.compile(
    r"\bexcl\.?(?=\s)|\bexc\.(?=\s)|\bnever\s+(?:anyone|anybody|people|customers)\s+who\b|"
    r"\bno\s+(?:sends?|e-?mails?|texts?|sms|messages?|marketing|push(?:es)?)\s+to\b(?=\s+(?:anyone|anybody|people|customers|those)\b)|"
    r"\bno(?=\s+(?:champions|loyal|potential loyalists|recent customers|promising|need attention|about to sleep|at risk|"
    r"can'?t lose them|hibernating|lost)\b)|\b(?:excluding|exclude|except(?:\s+for)?|suppress(?:ing)?(?:\s*:)?|skip(?:ping)?|leav(?:e|ing)\s+out|leave\s+off|other\s+than|minus|"
    r"without\s+anyone|but\s+not|(?<=everyone )but|(?<=everybody )but|(?<=anyone )but|(?:please\s+)?(?!" + SEND_RULE_AHEAD + r")(?:don'?t|do\s+not|never)\s+(?:send|email|text|message|target|contact|"
    r"include|market\s+to)(?:\s+(?:anything|any\s+\w+|them|a\s+thing))?\s+(?:to|for)?|not\s+(?:to|for))\b"
    # "anyone who isn't in the Lost segment", "customers who aren't Champions", "everyone not in Lost or Hibernating"
    r"|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|(?<=who )not|(?<=one )not|(?<=ers )not)\s+(?:(?:in|part\s+of|among|one\s+of|members?\s+of)\s+)?(?:the\s+|our\s+|an?\s+)?"
    r"(?=(?:champions?|loyal|potential loyalists?|recent customers|promising|need attention|about to sleep|at risk|can'?t lose them|hibernating|lost)\b"
    r"|(?:high|mid|medium|low)[- ]?(?:value|spend(?:ing|ers)?)\b)"  # "who are not in the high-value tier" (probe s26, class 4)
    r"|\bnon-?goals?\s*:|非目标[：:]|(?m:^)\s*(?:[-*•]\s*)?(?:not|exclusions?|suppress(?:ion)?|don'?t send to)\s*(?:—|–|-|:)(?=\s)|不要(?=新客|新用户|新会员|老客|[^，。；,;]{0,6}(?:客户|用户|会员|人群))"
    r"|(?:不要|别要|不发|不给)(?=\s*(?:champions|loyal|potential loyalists|promising|need attention|about to sleep|at risk|can'?t lose them|hibernating|lost)\b)"
    r"|除了|不包括|排除掉?|剔除|屏蔽掉?|不要发给|不发给|别发给|别碰|不要碰|不碰"
    r"|(?:不含|不包含)(?=[^，。；,;\n]{1,14}?(?:的人|的客户|的用户|的会员|的顾客))"  # ¹ 不含已退订邮件的人 (decision 249)
    # 不要给最近30天买过羽绒服的人发, 别给上周下过单的客户推送: whom not to send to, up to the verb
    r"|(?:不要|別|别|不用|不能|请勿|請勿|勿)給?给?(?=[^，。；,;！!？?]{2,30}?(?:的人|的客户|的客戶|的用户|的用戶|的会员|的會員|的顾客|的顧客)(?:再)?(?:发|發|推|投|触达|觸達))"
    # 别投给去年买过帐篷的用户, 不要推给近30天买过X的人 (probe s26, class 10): the verb before whom, the same NOT
    r"|(?:不要|別|别|不用|不能|请勿|請勿|勿)(?:再)?(?:投放|投|推送|推|发送|發送|发|發|触达|觸達)(?:給|给)(?=[^，。；,;！!？?]{2,30}?(?:的人|的客户|的客戶|的用户|的用戶|的会员|的會員|的顾客|的顧客))"
    # 别打扰已经流失的人, 不要骚扰近7天下过单的客户, 避开…的会员: whom to leave alone, the same NOT
    r"|(?:(?:不要|別|别|不用|请勿|請勿|勿|不)(?:再)?(?:去)?(?:打扰|打擾|骚扰|騷擾|打搅|打攪)|避开|避開)(?=[^，。；,;！!？?]{1,30}?(?:的人|的客户|的客戶|的用户|的用戶|的会员|的會員|的顾客|的顧客|客户|用户|会员))",
    re.IGNORECASE,
)
#: Where an exclusion ends: the end of the sentence or clause (a comma: only where a condition starts matters,
#: so "don't send to Hibernating, Lost or At risk" is one segment condition inside), or the words that turn to
#: the rest.
_END = re.compile(
    r"(?<!\bexcl)(?<!\bexc)[.;!?。；！？—,，：:]|\s[-–]\s|,?\s*(?:and\s+|but\s+)?(?:everyone|everybody|anyone|all)\s+else\b|"
    r"\b(?:then|but)\b|\band\s+(?:then\s+)?(?:e-?mail|text|send|sms|push|target|reach|message|contact)\b|其余|其他人|剩下的",
    re.IGNORECASE,
)
#: The end of a tier or segment named after "is not in": what "not" covers.
_TIER_END = re.compile(r"[\w\s-]{0,40}?\b(?:tiers?|segments?|groups?|buckets?)\b", re.IGNORECASE)
#: Chinese exclusion after its clause: "退订过邮箱的排出掉", "Lost客户除外", "买过帐篷的不要".
_ZH_AFTER = re.compile(r"的(?:人|客户|用户)?\s*(?:排除掉?|排出掉?|除外|不要|去掉|剔除掉?|不发|不算)|(?:排除掉|排出掉|除外|剔除掉)(?=[，,。；;]|$)"
                       r"|(?:以外|之外)(?=的|[、，,]|都|全部|所有|其他|其余|地区|区域|州)")  # 美国西部以外的客户: everyone but the West
_ZH_CLAUSE_START = re.compile(r"[，,。；;：:！？!?]")


def exclusion_scopes(text: str) -> list[tuple[int, int]]:
    """Character ranges of the request that an exclusion covers."""
    scopes: list[tuple[int, int]] = []
    for m in _LEAD.finditer(text):
        colon = re.match(r"\s*[:：]", text[m.end():])  # "Suppress: Lost.": the colon opens the scope
        end = _END.search(text, m.end() + (colon.end() if colon else 0))
        stop = end.start() if end else len(text)
        if re.match(r"non-?goals?|非目标", m.group(0), re.IGNORECASE):  # "Non-goals: SMS, deep discounts, the Lost segment."
            line_end = re.compile(r"[.;]\s|[。；]|\n(?!\s*[-*•])|$").search(text, m.end())
            stop = line_end.start() if line_end else len(text)
        to = re.compile(r"\s+to\s+", re.IGNORECASE).search(text, m.end() + 1, stop) if m.group(0).lower().startswith("but") else None
        channel = _CHANNEL_LEFT_OUT.match(text, m.end())
        if channel and not (colon or re.match(r"non-?goals?|非目标", m.group(0), re.IGNORECASE)):
            stop = min(stop, channel.end())  # "all channels except push for the At risk crowd": a channel left out, not the group
        tier = _TIER_END.match(text, m.end()) if re.match(r"is|are|(?:who|one|ers)?\s*not|aren|isn", m.group(0), re.IGNORECASE) else None
        if tier:  # "customers who are not in the high-value tier ordered last month": the tier only (probe s26, class 4)
            stop = min(stop, tier.end())
        scopes.append((m.start(), to.start() if to else stop))  # "tents but not the Cascade Tent 3P | to Champions"
    for m in _ZH_AFTER.finditer(text):
        starts = [s.end() for s in _ZH_CLAUSE_START.finditer(text, 0, m.start())]
        if m.group(0) in ("以外", "之外") and "除" in text[starts[-1] if starts else 0 : m.start()]:
            continue  # 除了…以外: the lead word's scope already
        scopes.append((starts[-1] if starts else 0, m.start()))
    return scopes


#: Channels right after an exclusion word: what it leaves out ("except push for …", 除了短信).
_CHANNEL_LEFT_OUT = re.compile(
    r"\s*(?:(?:the\s+)?(?:e-?mails?|sms|texts?|texting|push(?:\s+notifications?)?|paid\s+social|social(?:\s+ads)?|邮件|短信|推送|付费社交|社媒广告)"
    r"(?:\s*(?:,|or|and|/|和|或|、)\s*)?)+(?=\s|[,，。.;；:：]|$|[^\w\s])", re.IGNORECASE)


def _start(c: Condition) -> int | None:
    span = getattr(c, "span", None)
    return span.start if span is not None else None


#: An exclusion said after the group it excludes (probe audit, session 18): "Customers who haven't opened in 120 days —
#: suppress them from the email", "… should be excluded", 超过两年没有购买的客户，不要打扰他们, 不活跃超过60天的用户，排除掉.
_TRAILING = re.compile(
    r"(?:\s*[—–]\s*|\s+-\s+|\s*[,;:]\s*|\s+)(?:so\s+|and\s+)?(?:please\s+)?(?:exclude|suppress|remove|skip|drop|leave out|take out|filter out|"
    r"don'?t (?:send to|contact|include|target))\s+(?:them|those(?:\s+(?:people|customers|folks))?|these(?:\s+(?:people|customers))?|that group)\b"
    r"(?!\s+(?:who|that|which|whose|with)\b)"  # "but exclude those who bought poles": the clause after is excluded, not the group before
    r"|\s+(?:should|must|need to|needs to|are to|have to)\s+be\s+(?:excluded|suppressed|left out|removed|skipped|filtered out)\b"
    r"|\s*[，,]\s*(?:不要|别|不|请勿|勿)(?:再)?(?:打扰|发给|碰|联系|触达|发)(?:他们|她们|这些人|这批人|这部分人|这部分)"
    r"|\s*[，,]\s*(?:排除掉?|剔除掉?|去掉|屏蔽掉?)(?=\s*[，,。；;]|$)"
    r"|(?:(?<=的)|(?<=的人)|(?<=的客)|(?<=的客户)|(?<=的用户)|(?<=的顾客)|(?<=的会员))\s*(?:就|都)?(?:不要|别|不用)(?:再)?(?:发|给|打扰|推|触达)(?:了)?(?=\s*[，,。；;]|$)",  # 最近一个月已经买过的就不要发了
    re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.;!?。；！？\n]")


def _trailing_scopes(text: str) -> list[tuple[int, int]]:
    """The sentence (English) or clause (Chinese) before a trailing exclusion."""
    scopes = []
    for m in _TRAILING.finditer(text):
        if re.search(r"\b(?:then|afterwards?|after that)\s*[,;:—–-]?\s*$", text[max(0, m.start() - 16) : m.start()], re.IGNORECASE):
            continue  # "… email with 20% off, then suppress them": after the send (house_rules), not who gets it
        zh = bool(re.search(r"[\u4e00-\u9fff]", m.group(0)))
        breaks = _ZH_CLAUSE_START if zh else _SENTENCE_START
        starts = [b.end() for b in breaks.finditer(text, 0, m.start())]
        scopes.append((starts[-1] if starts else 0, m.start()))
    return scopes


def apply_exclusions(text: str, leaves: list[tuple[int, Condition]]) -> list[tuple[int, Condition]]:
    """Every condition read inside an exclusion becomes NOT that condition (one its own rule negated is left
    alone, except after a trailing exclusion: "people who haven't opened — suppress them" keeps those who did)."""
    scopes = exclusion_scopes(text)
    trailing = _trailing_scopes(text)
    if not scopes and not trailing:
        return leaves
    out: list[tuple[int, Condition]] = []
    groups: dict[tuple[int, int], list[tuple[int, Condition]]] = {}
    for pos, cond in leaves:
        at = _start(cond)
        at = pos if at is None else at
        scope = next(((s, e) for s, e in trailing if s <= at < e), None)
        if scope is not None and not isinstance(cond, AllCustomers):
            groups.setdefault(scope, []).append((pos, cond))
            continue
        inside = any(s <= at < e for s, e in scopes)
        if inside and isinstance(cond, Not) and isinstance(cond.of, Consent):
            out.append((pos, cond.of))  # "skip anyone without email consent": those with it are sent to
            continue
        out.append((pos, Not(of=cond) if inside and not isinstance(cond, (Not, AllCustomers)) else cond))
    for group in groups.values():  # the group excluded as a whole: not (A and B), never (not A) and (not B)
        pos, cond = group[0]
        if len(group) == 1:
            out.append((pos, cond.of if isinstance(cond, Not) else Not(of=cond)))
        else:
            out.append((pos, Not(of=And(of=[c for _, c in group]))))
    return _one_excluded_segment_leaf(text, sorted(out, key=lambda x: x[0]))


def trailing_exclusion_words(text: str) -> list[tuple[int, int]]:
    """Where the trailing exclusions' own words are, to be claimed ("— exclude them", "，不要打扰他们")."""
    return [(m.start(), m.end()) for rx in (_TRAILING, _ANSWERED) for m in rx.finditer(text)]


#: A doubt the writer answers yes by repeating the exclusion (set 18 decision 224): "Should we exclude the West? I think
#: yes so excluding West", 要不要排除流失客户？我觉得要，排除流失客户. The question's words are read; the answer's are claimed.
_ANSWERED = re.compile(
    r"(?<=[?？])\s*(?:(?:i\s+think|i'?d\s+say|i\s+guess|probably|honestly)\s+)?(?:yes|yeah|yep|yup)\b[,.!]?\s*(?:so\s+|then\s+|and\s+)?"
    r"(?:(?:i'?m|we'?re|i'?ll|we'?ll|let'?s)\s+)?(?:exclud(?:e|ing)|skip(?:ping)?|leav(?:e|ing)\s+out|drop(?:ping)?)\s+(?:the\s+)?[\w-]+(?:\s+(?:region|segment))?"
    r"|(?<=[?？])\s*(?:我觉得|我想|应该)?(?:要|是的|对)[，,]?\s*(?:那就|就)?(?:排除|去掉|剔除)(?:掉)?[\u4e00-\u9fff]{1,6}?(?=[，,。.！!]|$)",
    re.IGNORECASE)


def _one_excluded_segment_leaf(text: str, leaves: list[tuple[int, Condition]]) -> list[tuple[int, Condition]]:
    """"except Lost and Hibernating": not in either segment, one leaf (as "Champions and Loyal" is one)."""
    nots = sorted(((p, c) for p, c in leaves if isinstance(c, Not) and isinstance(c.of, RfmSegment) and c.of.span),
                  key=lambda x: x[0])
    segs = [c.of for _, c in nots if isinstance(c, Not) and isinstance(c.of, RfmSegment) and c.of.span]
    spans = [s.span for s in segs if s.span]
    if len(spans) < 2 or not all(_LISTED.fullmatch(text[a.end : b.start]) for a, b in pairwise(spans)):
        return leaves
    names = list(dict.fromkeys(name for s in segs for name in s.segments))
    span = Span(start=spans[0].start, end=spans[-1].end, text=text[spans[0].start : spans[-1].end][:400])
    kept = [(p, c) for p, c in leaves if not any(c is n for _, n in nots)]
    return [*kept, (nots[0][0], Not(of=RfmSegment(segments=names, span=span)))]


_LISTED = re.compile(r"[\s,]*(?:and|or|nor|&|/|\+|、|和|或)?[\s,]*(?:the\s+)?", re.IGNORECASE)


#: A region kept as the control of a geo test: "keep US-West as the control region", "hold out the South as our
#: control market", "US-Mountain is the control geo" (the region's words are {r}).
_GEO_CONTROL = (r"\b(?:keep(?:ing)?|hold(?:ing)?\s+out|hold(?:ing)?\s+back|us(?:e|ing)|leav(?:e|ing)|set(?:ting)?\s+aside|reserv(?:e|ing))\s+(?:the\s+)?{r}"
                r"(?:\s+region)?\s+(?:as|for)\s+(?:the\s+|a\s+|our\s+)?(?:geo\s+)?(?:control|hold-?out)\b(?:\s+(?:region|group|market|geo|cell))?"
                r"|\b(?:the\s+)?{r}(?:\s+region)?\s+(?:is|will be|stays?|as)\s+(?:the\s+|a\s+|our\s+)?(?:geo\s+)?(?:control|hold-?out)\s+(?:region|market|geo|cell|group)\b"
                r"|\b(?:control|hold-?out)\s+(?:region|market|geo)\s*(?:[:=]|is|will be)\s*(?:the\s+)?{r}\b")
_GEO_REASON = ("a region kept as the control (a geo holdout) is not sent to; copilot holds out a share of the audience, "
               "not a region: the region stays in the audience unless you exclude it")


def geo_holdout(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"keep US-Mountain as the control region": listed as a holdout not applied, never read as the audience's region."""
    for region in cat.regions:
        words = rf"(?:{re.escape(region)}|{re.escape(region.split('-')[-1])}(?:ern)?)"
        for m in re.finditer(_GEO_CONTROL.replace("{r}", words), t.text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                na.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="holdout", reason=_GEO_REASON))
