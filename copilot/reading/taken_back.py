"""A group the writer takes back while typing: "we want to hit parents no wait we cant target parents just do everyone
who bought backpacks", "先发宝妈……不对，宝妈没法定向，就发给买过背包的人". The group is no clause (nothing to list: the
writer dropped it), so its words are claimed wherever they were said before the taking back, and the rest is read."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_TAKEN_BACK = re.compile(
    r"\b(?:no\s+wait|wait\s+no|scratch\s+that|never\s*mind|actually\s+no|on\s+second\s+thought|hmm\s+no|oh\s+wait)\b[\s,.;:!—–-]*"
    r"(?:we\s+|i\s+|you\s+)?(?:can'?t|cant|cannot|can\s+not|shouldn'?t|won'?t|don'?t|do\s+not)\s+(?:really\s+)?(?:target|reach|email|text|use|do|include)\s+"
    r"(?P<x>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}?)(?=\s+(?:just|so|instead|only|then)\b|\s*[,.;!—–-]|$)"
    r"|(?:不对|不行|算了)[，,\s]*(?P<zx>[\u4e00-\u9fff]{2,6}?)(?:没法|没办法|无法|不能)(?:定向|圈|选|筛)",
    re.IGNORECASE)


def taken_back(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Claim a group the writer took back, and its earlier mentions (see the module docs)."""
    for m in _TAKEN_BACK.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        group = m.group("x") or m.group("zx")
        for e in re.finditer(r"(?<![\w-])" + re.escape(group) + r"(?![\w-])" if group.isascii() else re.escape(group), t.text[: m.start()], re.IGNORECASE):
            if t.free(e.start(), e.end()):
                t.take(e.start(), e.end())
        t.take(m.start(), m.end())
