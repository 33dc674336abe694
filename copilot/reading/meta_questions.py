"""Questions about the data itself from someone new to it (README decision 225), beside the figure they ask for.

"is there a table of customers by region?", "Is 'spend' in the data before or after discounts?", "what's a 'Can't lose
them' customer?", "how is repeat rate calculated?", 数据里的“客户”包括没下过单的注册用户吗, 这个数字是按发送量还是送达量算的,
复购率是怎么算的: what a word, column, table or figure in the data is, or how it is computed. No tool answers these from the
brand's data: listed (other) with their words, and the figure asked beside them is still read (the segment a quoted name
gives is still the audience, so those words are said, not claimed).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

META_REASON = (
    "a question about the data itself (what a table, column or figure is, how it is computed): docs/reading.md and the "
    "data description answer it; copilot computes the figure asked beside it"
)
_END = r"[^?？。\n]{0,60}?[?？]"
#: claimed: the question's words name nothing to select
_META = re.compile(
    rf"\bis there (?:a|an|any) (?:table|list|column|field|report|view|dataset|breakdown)\b{_END}"
    rf"|\b(?:is|are) [\"'“‘][^\"'”’]{{1,30}}[\"'”’] (?:in (?:the|our) data )?(?:before or after|gross or net|including|excluding|counted)\b{_END}"
    rf"|\bhow (?:is|are|do you|does copilot) (?:the )?[\w' -]{{1,40}}? (?:computed|calculated|counted|measured|worked out)\b{_END}?"
    r"|(?:这个|这些)?(?:数字|数据|指标|比率|转化率)?(?:是)?按[^，。？?]{1,12}?还是[^，。？?]{1,12}?(?:算|计算|统计)的?(?:吗|呢)?"
    r"|[^，。？?：:\s]{1,12}?(?:是)?怎么(?:算|计算|统计)(?:出来)?的(?:吗|呢)?"
    r"|数据里(?:的)?[^，。？?]{1,30}?(?:包括|包含|算不算|含不含)[^，。？?]{0,24}?(?:吗|呢)",
    re.IGNORECASE,
)
#: said, not claimed: "what's a 'Can't lose them' customer?" (the segment is still the audience of what follows)
_NAMED = re.compile(
    r"\bwhat(?:'s|’s| is) an? [\"'“‘][^\"”’?\n]{1,30}?[\"'”’](?: (?:customer|segment|group|tier))?\s?[?？]",
    re.IGNORECASE,
)


def meta_not_applied(t: Text) -> list[NotApplied]:
    """A question about the data asked beside a figure: listed (other)."""
    out: list[NotApplied] = []
    for rx in (_META, _NAMED):
        for m in rx.finditer(t.text):
            rest = re.sub(r"[\s,，。.?？!！—:：;；、'\"“”-]", "", t.text[: m.start()] + t.text[m.end() :])
            if not t.free(m.start(), m.end()) or len(rest) < 8:
                continue  # the whole ask: nothing beside it to read
            span = t.take(m.start(), m.end()) if rx is _META else t.span(m.start(), m.end())
            out.append(NotApplied(text=m.group(0).strip(), span=span, affects="other", reason=META_REASON))
    return out
