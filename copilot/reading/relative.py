"""Who-clauses no rule read: "customers who love trail races", 领了券没用的用户, 喜欢露营的会员.

A clause that qualifies the people of a request ("people who …", "…的用户") changes the audience. When not a
word of it was read by any rule, the reading would otherwise target everyone the rest of the sentence names,
silently. :mod:`copilot.reading.leftover` lists a clause only for a number, a period or a negation, or a clause
where nothing at all was read; this module lists the qualifier itself, even when the channel or the offer
of the same sentence was read ("给领了券没用的用户发短信提醒": 短信 is read, 领了券没用 is not). Words that
qualify no one (all, our, new, these) and qualifiers that are only a category or segment someone else read are
left alone: only a qualifier entirely unread, with substance, is listed.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.leftover import REASON_UNREAD_WHO
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_PEOPLE_EN = r"(?:customers|people|users|shoppers|members|subscribers|buyers|anyone|everyone|folks|those|clients|ones|fans|runners|hikers|campers)"
_EN = re.compile(
    rf"\b{_PEOPLE_EN}\s+(?P<q>(?:who|that|which)\s+(?:(?!(?:and|but|then)\s+(?:e-?mail|text|sms|push|send|give|offer|get)\b)[^,.;:!?()\n—–|])" + r"{3,80}?)"
    r"(?=\s*(?:[,.;:!?()\n—–|]|$)|\s+(?:and|but|then)\s+(?:e-?mail|text|sms|push|send|give|offer|get)\b|\s+(?:with|via|by|through)\s+(?:an?\s+|\d|e-?mail|sms|push))",
    re.IGNORECASE)
_ZH = re.compile(r"(?:^|(?<=[，,。；;：:\s|｜给对向把]))(?:针对|面向|圈一下|圈出|找出|筛选)?(?![给对向把])(?P<q>[\u4e00-\u9fffA-Za-z0-9]{2,14}?)的"
                 r"(?=(?:用户|客户|会员|顾客|买家|人群|人|老客|新客|粉丝|消费者))")
#: qualifiers that name no one in particular
_EMPTY = re.compile(r"^(?:所有|全部|全体|我们|咱们|咱家|我家|这些|那些|这批|那批|这部分|老|新|其他|剩下|相关|目标|潜在|优质|普通|重点|核心|主要|活跃|更多|"
                    r"分层|分群|细分|人群|哪个[\u4e00-\u9fff]{0,4}|哪些[\u4e00-\u9fff]{0,4}|什么[\u4e00-\u9fff]{0,4}|各个?[\u4e00-\u9fff]{0,4}|每个[\u4e00-\u9fff]{0,4}|不同[\u4e00-\u9fff]{0,4}|"
                    r"(?:who|that)\s+(?:are|is)\s+(?:our|the)\s+\w+|(?:who|that)\s+(?:would|will|might|may|could)\s+(?:like|love|enjoy|want|need)\b.*)$",
                    re.IGNORECASE)
_MIN_LATIN_WORDS = 3
_AUX = {"are", "is", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "not", "n't", "never", "ever",
        "still", "already", "just", "also", "the", "a", "an", "our", "their", "any", "to", "in", "of", "on", "for", "with"}


def unread_qualifiers(t: Text, existing: list[NotApplied]) -> list[NotApplied]:
    """A Not-applied entry for each who-clause of which no rule read a word (see the module docs)."""
    out: list[NotApplied] = []
    listed = [(n.span.start, n.span.end) for n in existing if n.span is not None]
    for rx in (_EN, _ZH):
        for m in rx.finditer(t.text):
            a, b = m.start("q"), _free_prefix_end(t, m.start("q"), m.end("q")) if rx is _EN else m.end("q")
            if rx is _ZH and not t.free(a, b):
                continue  # a Chinese qualifier counts only when no word of it was read
            words = t.text[a:b].strip()
            if b <= a or _EMPTY.match(words) or any(s < b and a < e for s, e in listed):
                continue
            if rx is _EN and len([w for w in re.findall(r"[A-Za-z']+", words)[1:] if w.lower() not in _AUX]) < _MIN_LATIN_WORDS - 1:
                continue  # "who are NOT …", "who have been …": the rest of the clause was read
            if rx is _ZH and len(re.findall(r"[\u4e00-\u9fff]", words)) < 2:
                continue
            out.append(NotApplied(text=words[:400], span=t.span(a, b), affects="audience", reason=REASON_UNREAD_WHO))
            listed.append((a, b))
    return out


def _free_prefix_end(t: Text, a: int, b: int) -> int:
    """Where the unread start of ``a``-``b`` ends: at the first word a rule read, without the joining words
    before it ("who love trail races about | the new vest": the vest was read)."""
    end = a
    while end < b and t.free(end, end + 1):
        end += 1
    if end < b:
        cut = re.search(r"(?:\s+(?:about|for|on|of|the|a|an|our|with|in|to|and|or|new|not|no|any|this|that|these|those))*\s*$", t.text[a:end], re.IGNORECASE)
        end = a + (cut.start() if cut else end - a)
    return end
