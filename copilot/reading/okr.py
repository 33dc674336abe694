"""OKRs pasted above a brief (README decision 219): the key results are targets, the quarter is a container.

"2026年第二季度OKR / O：提升高价值客户的复购 / KR1：高价值客户复购率从30%提升到36% / KR2：复购GMV达到80万元 / 对应动作：…",
"Our H1 OKR: KR2 — cut the share of Lost customers from 31% to 25%. Proposed campaign: …", 部门OKR里有一条：沉睡客户唤醒率提升到8%.
Each key result with a target is listed (other) with its words, never an audience, a budget or an offer; one with no target
is context; in a question a key result is the reason for asking (context). The OKR's heading and its quarter or half (Q2 OKR,
H1, 本季) are a container, never the window. The first key result's outcome word is the metric (复购率 = retention,
點擊率 = clicks, orders = conversions, revenue) unless the brief names its metric itself ("Primary metric: conversions").
The Objective line is left to the aim rules, and the campaign under the OKR ("对应动作：", "For that, …") is read as the brief.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import Metric, NotApplied
from copilot.reading.text import Text

_OKR = re.compile(r"\bOKRs?\b|(?-i:\bKR\s?\d?\b)|关键结果", re.IGNORECASE)
#: the OKR's heading: 2026年第二季度OKR, 本季OKR：, "Q2 marketing OKRs →", "Team OKR for the Northeast:", OKR复盘要用：
_HEADING = re.compile(
    r"(?:^|(?<=[\n。]))[ \t]*[^\n。:：.→]{0,24}?\bOKRs?(?![A-Za-z])[^\n。:：.→]{0,30}?(?:\s*[:：→]|[ \t]*(?=\n))",
    re.IGNORECASE,
)
_START = r"(?:^|(?<=[\n。;；:：>→])|(?<=[.:] ))[ \t]*(?:[-•*]\s*)?"
_KR_END = r"(?P<kr>[^\n。;；]+?)(?=\s*(?:[。;；\n]|\.\s|\.$|$))"
_KR = re.compile(
    rf"{_START}(?P<head>(?-i:KR)\s?\d?(?:\s+says)?\s*(?:[:：]|[—–-]+|\s)\s*|关键结果\s*\d?\s*[:：]\s*"
    rf"|\b(?:one of )?(?:our|the) KRs? (?:is|says)\s*[:：]?\s*){_KR_END}",
    re.IGNORECASE,
)
#: 部门OKR里有一条：沉睡客户唤醒率提升到8%
_KR_SAID = re.compile(
    rf"(?<=OKR)(?P<head>(?:里|中|里面)?(?:有一条|有一个|的一条)\s*[:：]?\s*){_KR_END}", re.IGNORECASE
)
_REASON = "a key result (a target the campaign serves): copilot plans the campaign and measures it; the target is not a plan field"
_NAMED_METRIC = re.compile(
    r"\b(?:primary|main|key|success)\s+(?:metric|kpi)\b|\bkpi\s*[:=]|考核指标|核心指标|主要指标",
    re.IGNORECASE,
)
_ACTION = re.compile(
    r"对应动作|动作[:：]|行动[:：]|行動[:：]|据此|為此|为此|\bask:|\bcampaign\b|\bfor that\b|\binitiative\b|\bplan:",
    re.IGNORECASE,
)
_OUTCOMES = (
    (
        "retention",
        r"复购率|復購率|回购率|留存率|repeat[- ](?:purchase |order )?rate|repurchase rate|retention",
    ),
    ("clicks", r"点击率|點擊率|点击|點擊|\bctr\b|click[- ]?through|\bclicks?\b"),
    ("revenue", r"\brevenue\b|\bsales\b|\bgmv\b|销售额|營收|营收|成交额"),
    ("conversions", r"\borders?\b|\bconversions?\b|订单|訂單|转化率|轉化率"),
)


def _key_results(t: Text) -> list[re.Match[str]]:
    if _OKR.search(t.text) is None:
        return []
    found = [*_KR.finditer(t.text), *_KR_SAID.finditer(t.text)]
    return sorted((m for m in found if m.group("kr").strip()), key=lambda m: m.start())


def okr_not_applied(t: Text, kind: str = "brief") -> list[NotApplied]:
    """Claim an OKR's heading and key results; list each key result with a target (in a brief)."""
    if _OKR.search(t.text) is None:
        return []
    out: list[NotApplied] = []
    for m in _key_results(t):
        a, b = m.start("head"), m.end("kr")
        if not t.free(a, b):
            continue
        span = t.take(a, b)
        if kind == "brief" and re.search(r"\d|[一二三四五六七八九十两][成倍]", m.group("kr")):
            out.append(NotApplied(text=m.group("kr").strip(), span=span, affects="other", reason=_REASON))
    for m in _HEADING.finditer(t.text):
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        b = next(
            (s for s, _ in sorted(t.taken) if a <= s < m.end()), m.end()
        )  # up to a key result claimed in it
        if a < b and t.free(a, b):
            t.take(a, b)
            t.background.append((a, b))
    return out


def okr_metric(t: Text) -> Metric | None:
    """The first key result's outcome word as the metric, for a campaign under an OKR that names no metric itself."""
    if _NAMED_METRIC.search(t.text) or not _ACTION.search(t.text):
        return None
    krs = _key_results(t)
    if not krs:
        return None
    kr = krs[0]
    found = [
        (m.start(), name, m)
        for name, rx in _OUTCOMES
        if (m := re.search(rx, t.text[kr.start("kr") : kr.end("kr")], re.IGNORECASE)) is not None
    ]
    if not found:
        return None
    at, name, m = min(found, key=lambda f: f[0])
    a = kr.start("kr") + at
    return Metric(name=name, span=t.span(a, a + len(m.group(0))))
