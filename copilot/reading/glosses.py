"""The writer's own explanations (decisions 243, 244, 246, 247): no clauses, claimed before the rules read them, no entry.

- a definition the writer gives for a word they use: "a winback — which means getting lapsed people back", "(180 days,
  which is what we usually call lapsed)", "X, i.e. …", 复购就是让老客再买一次的意思, 召回的意思是… (the defined word is
  still read; its gloss adds no leaf: the same condition, one leaf);
- who relays the request ("CS here —", "Relaying from a store visit:", 客服同事反馈：, 客户想知道：; relaying.py) and a
  customer's story told before the ask ("a long-time customer said the zip broke twice", 216);
- the sender's own region ("From the Northeast regional mgr:", "Regional (West) —", 区域经理：), while a region named
  for the customers is read;
- 美区 / 美国站 / 独立站 / 跨境这边 as the market (every customer the workspace holds).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.relaying import RELAY_OPENING
from copilot.reading.text import Text

#: The start of the text or of a sentence (or a line, or after an opening bracket).
_AT = r"(?:^|(?<=[.!?。！？\n:：;；]))\s*"
_RELAY = re.compile(rf"{_AT}(?:(?:hi|hey|hello)\s*(?:team|all)?\s*[,!—–-]+\s*)?(?:{RELAY_OPENING})", re.IGNORECASE)

#: A customer's story before the ask: context (216), not an audience clause.
_STORY = re.compile(
    r"(?:^|(?<=[.!?。！？\n:：;；]))\s*(?:(?:an?|one|two|three|several|a few|some|a couple of)\s+(?:of our\s+)?)?(?:long-?time\s+|regular\s+|loyal\s+|repeat\s+)?"
    r"(?:customers?|shoppers?|buyers?|clients?)\s+(?:said|says|told us|complained|mentioned|reported|noticed|wrote that|emailed that)\b[^.!?\n]*[.!]?"
    r"|(?:^|(?<=[。！？\n：:]))\s*(?:有|好几个|几个|一位|一个)?(?:老)?(?:客户|顾客|买家)(?:反馈|说|投诉|抱怨|吐槽)[^。！？\n]*[。！]?",
    re.IGNORECASE)

#: A gloss of a word the writer uses: "— which means …", ", which is what we call …", "i.e. …" (no figure in it).
_GLOSS_EN = re.compile(
    r"\s*(?:[—–-]+|,)?\s*\b(?:which|that)\s+(?:means|is what we(?:'d)?\s+(?:usually\s+|normally\s+|typically\s+)?call|is (?:basically|just) (?:a\s+)?(?:fancy\s+)?(?:word|term) for)\s+[^.!?\n()—–;:]*"
    r"|\s*[(（]\s*(?:i\.e\.|ie|aka|a\.k\.a\.|meaning)\s+[^)）\n]{1,80}[)）]",
    re.IGNORECASE)
#: A look-back restated in brackets after the same look-back: "6 months (180 days, which is what we call lapsed)".
_RESTATED = re.compile(
    r"(?:(?<=days)|(?<=weeks)|(?<=months)|(?<=years)|(?<=mo)|(?<=mos)|(?<=天)|(?<=周)|(?<=月)|(?<=年))\s*[(（]\s*(?:~|about|around|approx\.?|roughly|i\.e\.|=)?\s*\d[\d,]*\s*(?:days?|weeks?|天|周)"
    r"\s*(?:[,，;；]\s*[^)）\n]{0,80})?[)）]", re.IGNORECASE)
#: Chinese: 复购就是…的意思, 召回的意思是…, 拉新指的是… (a short term, then its gloss).
_GLOSS_ZH = re.compile(r"(?<![\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z'‘’“”]{1,8}?(?:就是|即是|的意思是|指的是|是指)[^，。；;！!？?）)\n]{1,40}?的意思(?:哈|啦|啊)?"
                       r"|(?<![\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z'‘’“”]{1,8}?的意思(?:是|就是)[^，。；;！!？?）)\n]{1,40}")

#: The sender's region, told as who writes (247).
_SENDER_REGION = re.compile(
    r"(?:^|(?<=[.!?。！？\n]))\s*(?:from\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:regional|region|area|district)\s+(?:mgr|manager|lead|team|office|director)\b\s*[:：,—–-]*"
    r"|regional\s*[(（]\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*[)）]\s*[:：,—–-]+"
    r"|(?:[A-Z][\w-]*\s+){1,2}region(?:al)?\s+(?:mgr|manager|lead|team)(?:\s+here)?\s*[:：,—–-]+"
    r"|(?:NE|SE|NW|SW|[A-Z][\w-]*)\s+region\s*[:：]"
    r"|[\u4e00-\u9fff]{0,4}区域经理\s*[:：])", re.IGNORECASE)

#: The market (244, 171): 美区的老客, 美国站的客户, 跨境这边：, 独立站的.
_MARKET = re.compile(r"(?:我们)?(?:美区|美国区|美国站|北美站|美国市场)(?:独立站)?(?:的)?(?=[\u4e00-\u9fff]{0,3}(?:客|用户|顾客|买家|会员|人))|跨境(?:这边|团队|部门)\s*[:：，,]|独立站(?:的|上的)?(?=[\u4e00-\u9fff]{0,3}(?:客|用户|顾客|买家|会员))")

#: Who wrote the reviews asked about (买过的人都怎么评价…, "what do people who bought it say"): reviewers, no group.
_REVIEWERS = re.compile(r"(?:买过|用过|穿过|入手过?)(?:的|这款的|它的)(?:人|客户|顾客|朋友|用户)(?:都|一般|大多)?(?=(?:是)?(?:怎么|如何)?(?:评价|说|反馈|评论|打分))"
                        r"|\b(?:people|customers|buyers|shoppers|folks)\s+who\s+(?:bought|own|have|tried)\s+(?:it|them|one|the\s+[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3})\s+(?=(?:say|think|rate|review|like|feel)\b)",
                        re.IGNORECASE)


def claim_glosses(t: Text) -> None:
    """Claim the writer's explanations, relaying words, sender region and market (see the module docs); no entry."""
    for rx in (_RELAY, _SENDER_REGION, _STORY, _RESTATED, _GLOSS_EN, _GLOSS_ZH, _MARKET, _REVIEWERS):
        for m in rx.finditer(t.text):
            a, b = _stripped(t.text, m.start(), m.end())
            if rx is _GLOSS_EN and re.search(r"\d", m.group(0)):
                continue  # "…, which means the sale runs 22-25": a figure of the request, read by its rule
            if b > a and t.free(a, b):
                t.take(a, b)
                if rx in (_RELAY, _SENDER_REGION, _STORY):
                    t.background.append((a, b))  # their words name no aim ("a customer asked about a launch")


def _stripped(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n,，—–-":
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
