"""An agency's or a colleague's options: the chosen one is read, the others are listed (README decision 192).

"Option A: 25% off boots, email + SMS, $12k. Option B: free shipping on poles, email + push, $6k. We recommend
Option B", "Two ways we could play it: (1) …; (2) … Your call", "Good: … Better: … Best: … We'd go Better",
方案一：…；方案二：…我们倾向方案二, 你们给的两个方案：A是…，B是…。决定用B. Each option runs from its marker to the
next marker (the last one to the end of its sentence). The option the message chooses or recommends is left for
the rules to read; every other option is claimed and listed under Not applied (other) with its words, so no value
of it (a channel, a budget, an offer, an audience) mixes into the plan. With none chosen ("Your call", 你们定) the
first option is read. Words outside the options ("Budget either way is $4,000") are read as usual.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

#: (No string here spells the word "opt(?:ion)" whole: a pattern's words join the typo corrector's vocabulary, and
#: "optin" would be read as it.)
_N = r"[A-Da-d]|[1-4]|one|two|three|four"
#: "Option A:", "Route 2 —", "Plan B (recommended):", 方案一：, 方案B是, 选项2：
_NAMED = re.compile(
    rf"\b(?:opt(?:ion)s?|routes?|ideas?|approach(?:es)?|plans?|proposals?|concepts?|scenarios?|directions?)\s+(?P<n>{_N})\b"
    r"(?:\s*\((?:(?P<rec>recommended|our pick|preferred|rec'?d?)|[^()\n]{1,20})\))?\s*(?:[:：)]|[—–]|\s-\s|\n"
    r"|\s+(?:is|would\s+be|=)\s+(?!(?:our|the|my)\s+(?:pick|choice|recommendation|favou?rite|winner|preference)\b)"
    r"(?!(?:recommended|preferred|best|better|cheaper|cheapest|stronger|safer)\b))"
    r"|(?:方案|选项|思路|玩法|打法|提案|方向)\s*(?P<zn>[一二三四1-4A-Da-d])(?P<zr>\s*[（(]推荐[)）])?\s*(?:[：:]|是|为|——|\n)"
    r"|第(?P<zo>[一二三四])(?:种|个|套)(?:方案|玩法|打法|思路|选项)?\s*[：:]|(?<![A-Za-z])(?P<zl>[A-D一二三四])\s*方案\s*[：:]",
    re.IGNORECASE,
)
#: Tiers, told in order: "Good: … Better: … Best: …", 基础版：…进阶版：…
_TIERS = (
    ("good", "better", "best"),
    ("basic", "standard", "premium"),
    ("low", "mid", "high"),
    ("基础版", "进阶版", "豪华版"),
    ("低配", "中配", "高配"),
)
_TIER = re.compile(
    r"(?<![A-Za-z])(?P<t>good|better|best|basic|standard|premium|low|mid|high)\s*(?:[:：]|[—–]\s)"
    r"|(?P<zt>基础版|进阶版|豪华版|低配|中配|高配)\s*[：:]",
    re.IGNORECASE,
)
#: Numbered or lettered options, read only after words that offer options ("two ways we could…", 两个方案).
_CUE = re.compile(
    r"\b(?:two|three|four|2|3|4|a couple of|a few|several)\s+(?:\w+\s+){0,2}?(?:ways(?=\s+(?:we|you|i)\s+(?:could|might|can)\b|"
    r"\s+to\s+(?:play|go|do|run|approach|tackle|handle)\b|\s+of\s+(?:doing|playing|running))|opt(?:ion)s|routes|ideas|approaches|directions|"
    r"choices|plays|paths|concepts|proposals|alternatives|scenarios)\b|\b(?:opt(?:ion)s|alternatives)\s*[:：]"
    r"|(?:两|三|四|几|2|3|4)\s*(?:个|种|套|版)\s*(?:方案|思路|玩法|打法|选项|提案|方向)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    r"(?<![\w(])\((?P<n>[1-4a-d])\)\s*|(?<![\w(.])(?P<p>[1-4a-d])\)\s+|(?P<c>[①②③④])\s*"
    r"|(?:^|(?<=\n)|(?<=[:：;]\s)|(?<=[.]\s))(?P<d>[1-4])\.\s+|(?<![\u4e00-\u9fff])(?P<z>[一二三四])、",
    re.IGNORECASE,
)
_LETTER = re.compile(r"(?<![A-Za-z0-9])(?P<n>[A-D])\s*(?:是|为|[：:]|[)）]|\s[—–-]\s)")

_VERB = (
    r"(?:(?:we|i)(?:'d|\s+would|\s+will|'ll)?\s+(?:strongly\s+|still\s+|probably\s+)?(?:recommend|suggest|prefer|go(?:\s+with|\s+for)?|"
    r"pick|choose|lean(?:\s+towards?)?|fav(?:ou|o)r|vote(?:\s+for)?|back|opt\s+for|run\s+with|like)"
    r"|(?:we|i)\s+chose|(?:we|i)(?:'re|\s+are|'m|\s+am)\s+going\s+with|(?:let'?s|lets)\s+(?:go(?:\s+with|\s+for)?|do|run(?:\s+with)?|pick|use)"
    r"|(?:our|my)\s+(?:pick|recommendation|preference|choice|vote)\s*(?:is|would be|[:：])|decided on|(?:recommended|preferred)\s*[:：]"
    r"|(?:we|i)?(?:'re|\s+are|'m|\s+am)?\s*(?:happy|fine|ok|okay|good)\s+with|approved?\s*:?|sign(?:ed)?\s+off\s+on)"
)
_CHOICE = re.compile(
    rf"(?:\b{_VERB}|(?:^|(?<=[.!?]\s)|(?<=\n))(?:recommend(?:ing)?|suggest(?:ing)?|prefer|go(?:ing)?\s+with|pick))"
    r"\s+(?:(?:the\s+)?(?:opt(?:ion)|route|idea|approach|plan|proposal|concept|version|tier)\s+)?\(?#?"
    r"(?P<n>[A-D]|[1-4]|one|two|three|four|first|second|third|good|better|best|basic|standard|premium|low|mid|high)\b\)?"
    r"|\b(?:opt(?:ion)|route|plan|proposal|idea)\s+(?P<n2>[A-D]|[1-4])(?:\s+(?:it\s+is|is\s+(?:our|my|the)\s+(?:pick|choice|recommendation|favou?rite|preference))\b"
    r"|,?\s+please\b|\s+works\s+(?:best|for\s+(?:us|me)))"
    r"|(?:倾向(?:于)?|推荐|建议(?:采用|用|选|走)?|决定(?:用|选|采用|走)?|就(?:用|选|定|走)|选(?:择|定)?|采用|偏向|定了?|用|走)\s*"
    r"(?:方案|选项|第)?\s*(?P<zn>[一二三四1-4A-Da-d])(?:个|种|套)?(?:方案)?(?![\d万千元折%.])"
    r"|(?:方案|选项)\s*(?P<zn2>[一二三四1-4A-D])\s*(?:更好|最好|更合适|最合适)"
    r"|(?:倾向(?:于)?|推荐|建议|决定|就|选(?:择|定)?了?|采用|定了?|用|走)\s*(?P<zt>基础版|进阶版|豪华版|低配|中配|高配)",
    re.IGNORECASE,
)

#: An option chosen by pointing at a pitch this message does not hold ("Let's go with option 2" over a quoted thread).
_POINTER = re.compile(
    rf"(?:\b{_VERB}|(?:^|(?<=[.!?]\s)|(?<=\n))(?:go(?:ing)?\s+with|pick))\s+(?:the\s+)?(?:opt(?:ion)|route|plan|proposal|idea|concept|version)\s+"
    r"(?:[A-D]|[1-4]|one|two|three)\b(?:\s+(?:from|in|of)\s+(?:the|your|their)\s+(?:deck|pitch|proposal|email|thread))?"
    r"|(?:就用|决定用|选|用|倾向|按|走)(?:方案|选项)\s*[一二三四1-4A-D](?:吧|就行|就好)?|(?:方案|选项)\s*[一二三四1-4A-D](?:吧|就行|就好|可以)",
    re.IGNORECASE,
)
_POINTER_REASON = (
    "chooses an alternative told in an earlier message or a deck, which copilot does not read (it may have changed "
    "since); copilot plans what this message says: repeat here what that alternative holds"
)
#: Variants of a test are both the request's ("A/B test two subject lines — Option A: …, Option B: …"): no options.
_TEST = re.compile(
    r"\bA/B\b|\bAB\s+test|\bsplit[- ]test|\bvariants?\b|\btest(?:ing)?\s+(?:both|these|the\s+two|two|2|them)\b"
    r"|A/?B测试|对比测试|测试(?:两|2)|(?:两|2)个版本",
    re.IGNORECASE,
)
_INDEX = {
    "a": 1,
    "1": 1,
    "one": 1,
    "first": 1,
    "一": 1,
    "①": 1,
    "b": 2,
    "2": 2,
    "two": 2,
    "second": 2,
    "二": 2,
    "②": 2,
    "c": 3,
    "3": 3,
    "three": 3,
    "third": 3,
    "三": 3,
    "③": 3,
    "d": 4,
    "4": 4,
    "four": 4,
    "四": 4,
    "④": 4,
}
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s|$)|[。！？]|\n")
_STRIP = " \t\n,，;；.。:：、—–-*#"
_REASON_CHOSEN = (
    "an alternative the message did not choose (it chose {label}): copilot plans the chosen one only; "
    "ask again with this one to plan it instead"
)
_REASON_FIRST = (
    "one of the alternatives offered, none chosen: copilot plans the first one ({label}); "
    "ask again with this one to plan it instead"
)


def _markers(t: Text) -> tuple[list[tuple[int, int, int, bool]], tuple[str, ...] | None]:
    """The option markers (start, end, index, marked recommended) of one family, told in order, and its tiers."""
    text = t.text
    named = [
        (
            m.start(),
            m.end(),
            _INDEX.get(
                next(g for g in (m.group("n"), m.group("zn"), m.group("zo"), m.group("zl")) if g).lower(), 0
            ),
            bool(m.group("rec") or m.group("zr")),
        )
        for m in _NAMED.finditer(text)
    ]
    if len(_run(named)) >= 2:
        return _run(named), None
    for tiers in _TIERS:
        found = [
            (m.start(), m.end(), tiers.index((m.group("t") or m.group("zt")).lower()) + 1, False)
            for m in _TIER.finditer(text)
            if (m.group("t") or m.group("zt")).lower() in tiers
        ]
        if len(_run(found)) >= 2:
            return _run(found), tiers
    cue = _CUE.search(text)
    if cue is None:
        return [], None
    for pattern in (_NUMBERED, _LETTER):
        found = []
        for m in pattern.finditer(text, cue.end()):
            label = next(g for g in m.groups() if g)
            found.append((m.start(), m.end(), _INDEX.get(label.lower(), 0), False))
        if len(_run(found)) >= 2:
            return _run(found), None
    return [], None


def _run(found: list[tuple[int, int, int, bool]]) -> list[tuple[int, int, int, bool]]:
    """The markers 1, 2, 3… in order from the first option 1 (a later "Option B:" that repeats one is no marker)."""
    run: list[tuple[int, int, int, bool]] = []
    for marker in found:
        if marker[2] == len(run) + 1:
            run.append(marker)
    return run


def _extents(t: Text, markers: list[tuple[int, int, int, bool]]) -> list[tuple[int, int]]:
    """Each option's words: up to the next marker; the last one to the end of its sentence (or its block)."""
    text = t.text
    spans = []
    for i, (a, b, _n, _rec) in enumerate(markers):
        if i + 1 < len(markers):
            end = markers[i + 1][0]
        elif text[b - 1] == "\n" or re.match(r"[ \t]*\n", text[b:]):  # "Option C:\n- …\n- …": the block
            block = re.compile(r"\n\s*\n").search(text, b)
            end = block.start() if block else len(text)
        else:
            stop = _SENTENCE_END.search(text, b)
            end = stop.start() if stop else len(text)
        while end > a and text[end - 1] in _STRIP:
            end -= 1
        spans.append((a, end))
    return spans


def options_not_applied(t: Text) -> list[NotApplied]:
    """The options the message did not choose, claimed and listed; the chosen option's marker and the choice claimed."""
    if _TEST.search(t.text):
        return []
    markers, tiers = _markers(t)
    if not markers:
        return [
            NotApplied(
                text=m.group(0), span=t.take(m.start(), m.end()), affects="other", reason=_POINTER_REASON
            )
            for m in _POINTER.finditer(t.text)
            if t.free(m.start(), m.end())
        ]
    if not all(t.free(a, b) for a, b, _n, _r in markers):
        return []
    spans = _extents(t, markers)
    chosen, choice = _chosen(t, markers, spans, tiers)
    if choice is not None:
        spans[-1] = (spans[-1][0], min(spans[-1][1], choice[0]))
        t.take(*choice)
    out = []
    for (a, b), (ma, mb, n, _rec) in zip(spans, markers, strict=True):
        if n == (chosen or 1):
            t.take(ma, mb)  # "Option B:" is no clause; its words are read
            continue
        label = t.text[markers[(chosen or 1) - 1][0] : markers[(chosen or 1) - 1][1]].strip(_STRIP)
        reason = (_REASON_CHOSEN if chosen else _REASON_FIRST).format(label=label[:40])
        out.append(NotApplied(text=t.text[a:b][:400], span=t.take(a, b), affects="other", reason=reason))
        t.background.append((a, b))  # no aim is read in an option not chosen ("Option C: a launch email …")
    return out


def _chosen(
    t: Text,
    markers: list[tuple[int, int, int, bool]],
    spans: list[tuple[int, int]],
    tiers: tuple[str, ...] | None,
) -> tuple[int | None, tuple[int, int] | None]:
    """The option the message chooses ("We recommend Option B", 决定用B, "Plan B (recommended):") and the choice's words."""
    for _a, _b, n, rec in markers:
        if rec:
            return n, None
    for m in _CHOICE.finditer(t.text):
        if any(a <= m.start() < b for a, b in spans[:-1]) or not t.free(m.start(), m.end()):
            continue
        last = spans[-1]
        if last[0] <= m.start() < last[1] and _SENTENCE_END.search(t.text, markers[-1][1], m.start()) is None:
            continue  # inside the last option's own sentence
        label = next(
            g for g in (m.group("n"), m.group("n2"), m.group("zn"), m.group("zn2"), m.group("zt")) if g
        )
        low = label.lower()
        picked = tiers.index(low) + 1 if tiers is not None and low in tiers else _INDEX.get(low)
        if picked is not None and picked <= len(markers):
            return picked, (m.start(), m.end())
    return None, None
