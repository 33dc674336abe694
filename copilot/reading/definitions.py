"""A definition asked beside a figure ("Sorry, new here — what does RFM actually mean, and how many are Champions?",
什么叫沉睡客户…有多少, "what's the difference between uplift and propensity? Also, who are the top 200…"), and a
question about acquisition cost or margin ("what CAC should we expect"): no tool answers these from the brand's data,
so the words are listed under Not applied (other) and claimed; the figure asked beside them is still read (label
conventions 177 and 183).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.meta_questions import meta_not_applied
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

DEFINITION_REASON = ("copilot answers from the brand's data; what a term means is in docs/reading.md and the "
                     "segment descriptions, not a figure it computes")
COST_REASON = "copilot does not model acquisition cost or margin; it forecasts orders, revenue and ROI from the plan"

_DEFINITION = re.compile(
    r"\bwhat(?:'s|’s| is| are| does| do)\s+(?:an?\s+|the\s+)?[\"'“‘]?[\w /&-]{1,30}?[\"'”’]?\s+(?:actually\s+|really\s+|exactly\s+)?(?:mean|stand for)\b"
    r"|\bwhat(?:'s|’s| is) the difference between\s+[^?.;,\n]{1,50}"
    r"|\bhow (?:is|do you|does copilot) (?:define|defines?)\s+[^?.;,\n]{1,30}|\bhow is\s+[^?.;,\n]{1,30}?\s+defined\b"
    r"|什么(?:叫|是)(?!最|多少)[^，。？?；;,！!]{1,12}?(?=[，。？?；;,！!]|$)|[^，。？?；;,！!\s]{1,12}?(?:是什么意思|什么意思|指的是什么|怎么定义|的定义是什么)"
    r"|[A-Za-z]{2,8}就是[^，。？?；;,！!]{1,8}的意思吧?",
    re.IGNORECASE)
#: "what exactly counts as 'At risk'": the term asked about is the group counted too (segment_exact.py reads it as
#: the words, not the quoted segment name), so the question is said and only its lead words are claimed
COUNTS_AS = re.compile(
    r"\bwhat(?:'s|’s| is| are| does| do)?\s+(?:actually\s+|really\s+|exactly\s+)?(?:counts?|qualif(?:y|ies))\s+as\s+(?:an?\s+)?"
    r"[\"'“‘][^\"'”’\n]{1,30}[\"'”’]", re.IGNORECASE)
_COST_ASKED = re.compile(
    r"\bwhat (?:CAC|CPA|cost per (?:acquisition|new customer)|(?:gross |contribution )?margin)\s+(?:should|would|will|could|can|do|does|did|might)\b[^?.;,\n]{0,30}"
    r"|\bhow much (?:would|will|does|did) (?:it|each|a) (?:new )?customer cost(?: to acquire)?\b|(?:获客成本|毛利)(?:大概)?(?:是)?多少|毛利还能覆盖吗",
    re.IGNORECASE)


def definitions_not_applied(t: Text) -> list[NotApplied]:
    """A definition (or a cost) asked when the text asks for something else too; nothing when it is the whole ask."""
    out: list[NotApplied] = []
    for rx, reason in ((_DEFINITION, DEFINITION_REASON), (_COST_ASKED, COST_REASON)):
        for m in rx.finditer(t.text):
            rest = re.sub(r"[\s,，。.?？!！—:：;；、'\"“”-]", "", t.text[: m.start()] + t.text[m.end() :])
            if not t.free(m.start(), m.end()) or len(rest) + len(re.findall(r"[\u4e00-\u9fff]", rest)) < 8:
                continue
            # 什么叫沉睡客户…有多少: the group named is still the audience, so Chinese words are said, not claimed
            span = t.span(m.start(), m.end()) if re.search(r"[\u4e00-\u9fff]", m.group(0)) else t.take(m.start(), m.end())
            out.append(NotApplied(text=m.group(0).strip(), span=span, affects="other", reason=reason))
    for m in COUNTS_AS.finditer(t.text):
        lead = m.group(0).rstrip(m.group(0)[-1])
        cut = max(lead.rfind(q) for q in "\"'“‘")
        if t.free(m.start(), m.start() + cut):
            t.take(m.start(), m.start() + cut)
            out.append(NotApplied(text=m.group(0).strip(), span=t.span(m.start(), m.end()), affects="other", reason=DEFINITION_REASON))
    return [*out, *meta_not_applied(t)]  # "is there a table of customers by region?", 按发送量还是送达量算的 (meta_questions.py)
