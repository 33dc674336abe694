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
from copilot.tools.conditions import AllCustomers, Condition, Not, RfmSegment, Span

#: Words that exclude what follows, up to the end of the clause.
_LEAD = re.compile(
    r"\bexcl\.?(?=\s)|\bexc\.(?=\s)|\bnever\s+(?:anyone|anybody|people|customers)\s+who\b|"
    r"\bno(?=\s+(?:champions|loyal|potential loyalists|recent customers|promising|need attention|about to sleep|at risk|"
    r"can'?t lose them|hibernating|lost)\b)|\b(?:excluding|exclude|except(?:\s+for)?|suppress(?:ing)?(?:\s*:)?|skip(?:ping)?|leav(?:e|ing)\s+out|leave\s+off|other\s+than|minus|"
    r"without\s+anyone|but\s+not|(?<=everyone )but|(?<=everybody )but|(?<=anyone )but|(?:please\s+)?(?:don'?t|do\s+not|never)\s+(?:send|email|text|message|target|contact|"
    r"include|market\s+to)(?:\s+(?:anything|any\s+\w+|them|a\s+thing))?\s+(?:to|for)?|not\s+(?:to|for))\b"
    # "anyone who isn't in the Lost segment", "customers who aren't Champions", "everyone not in Lost or Hibernating"
    r"|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|(?<=who )not|(?<=one )not|(?<=ers )not)\s+(?:(?:in|part\s+of|among|one\s+of|members?\s+of)\s+)?(?:the\s+|our\s+|an?\s+)?"
    r"(?=(?:champions?|loyal|potential loyalists?|recent customers|promising|need attention|about to sleep|at risk|can'?t lose them|hibernating|lost)\b)"
    r"|除了|不包括|排除掉?|剔除|屏蔽掉?|不要发给|不发给|别发给|别碰|不要碰|不碰",
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
#: Chinese exclusion after its clause: "退订过邮箱的排出掉", "Lost客户除外", "买过帐篷的不要".
_ZH_AFTER = re.compile(r"的(?:人|客户|用户)?\s*(?:排除掉?|排出掉?|除外|不要|去掉|剔除掉?|不发|不算)|(?:排除掉|排出掉|除外|剔除掉)(?=[，,。；;]|$)")
_ZH_CLAUSE_START = re.compile(r"[，,。；;：:！？!?]")


def exclusion_scopes(text: str) -> list[tuple[int, int]]:
    """Character ranges of the request that an exclusion covers."""
    scopes: list[tuple[int, int]] = []
    for m in _LEAD.finditer(text):
        colon = re.match(r"\s*[:：]", text[m.end():])  # "Suppress: Lost.": the colon opens the scope
        end = _END.search(text, m.end() + (colon.end() if colon else 0))
        stop = end.start() if end else len(text)
        to = re.compile(r"\s+to\s+", re.IGNORECASE).search(text, m.end() + 1, stop) if m.group(0).lower().startswith("but") else None
        scopes.append((m.start(), to.start() if to else stop))  # "tents but not the Cascade Tent 3P | to Champions"
    for m in _ZH_AFTER.finditer(text):
        starts = [s.end() for s in _ZH_CLAUSE_START.finditer(text, 0, m.start())]
        scopes.append((starts[-1] if starts else 0, m.start()))
    return scopes


def _start(c: Condition) -> int | None:
    span = getattr(c, "span", None)
    return span.start if span is not None else None


def apply_exclusions(text: str, leaves: list[tuple[int, Condition]]) -> list[tuple[int, Condition]]:
    """Every condition read inside an exclusion becomes NOT that condition."""
    scopes = exclusion_scopes(text)
    if not scopes:
        return leaves
    out: list[tuple[int, Condition]] = []
    for pos, cond in leaves:
        at = _start(cond)
        at = pos if at is None else at
        inside = any(s <= at < e for s, e in scopes)
        out.append((pos, Not(of=cond) if inside and not isinstance(cond, (Not, AllCustomers)) else cond))
    return _one_excluded_segment_leaf(text, out)


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
