"""Questions in forms the wording rules had not met: how new writers ask without a question mark or question word.

Found by a probe of 164 questions from writers the reader had never seen (session 21); each form is a family:

- **Casual spellings** (:func:`casual`): texting English ("wats the avg order valu", "hw many ppl", "whch channel",
  "what r ppl saying abt") and Cantonese function words (幾多 = 多少, 邊個 = 哪个, 係咪 = 是不是, 有冇 = 有没有, 畀 = 给) are
  read as the standard words when deciding kind and intent (the rest of the reading keeps the text as typed).
- **A request for information** (:func:`asks_information`): a polite imperative whose verb asks to be told something
  ("Kindly share the count of…", "Please revert with the open rate…", "Request you to let me know which segment…",
  "Kindly confirm whether…", "Please teach me the number of…"); a note that starts with the measure asked for ("revenue
  groupby rfm segment, last 90d", "unsub rate sms, trailing 30d", "n custs w/ push consent in West", "top 10 xsell items
  for…"); Chinese asks with no 吗 or 什么: A-not-A (防滑不防滑), X还是Y (涨了还是跌了), a closing 没 (有变化没), 谁, a verb of
  looking something up or telling (看下, 报一下, 列一下, 整理下, 跟我说说), a measure compared with a period (复购率同比去年).
  None of them when the text carries an offer or a budget: a brief ("Please send Champions 10% off") stays a brief.
"""

from __future__ import annotations

from copilot.reading import regex as re

#: Texting English -> the word meant (whole words, case-insensitive). Words of four letters or more are written with
#: groups ("w(?:h)?ats") so that they do not join the English typo corrector's vocabulary (spelling.py reads every
#: string constant of the reader): there "revnue" must stay a typo for revenue.
_TEXTING = (
    (r"w(?:h)?ats", "what's"),
    (r"wat|wut", "what"),
    (r"hw", "how"),
    (r"ho(?:w)s", "how's"),
    (r"wh(?:o)s", "who's"),
    (r"wi(?:c)h|wh(?:c)h", "which"),
    (r"sh(?:u|l)d", "should"),
    (r"cud", "could"),
    (r"wud", "would"),
    (r"r", "are"),
    (r"u", "you"),
    (r"ur", "your"),
    (r"ppl", "people"),
    (r"abt", "about"),
    (r"rec(?:c)?o(?:m)?m?e(?:n)?d", "recommend"),
    (r"val(?:u)", "value"),
)
_TEXTING_WORD = [(re.compile(rf"\b(?:{typed})\b", re.IGNORECASE), word) for typed, word in _TEXTING]
#: Cantonese function words (traditional and simplified) -> Mandarin. Longest first.
_CANTONESE = (
    ("幾多", "多少"),
    ("几多", "多少"),
    ("邊個", "哪个"),
    ("边个", "哪个"),
    ("邊啲", "哪些"),
    ("边啲", "哪些"),
    ("邊度", "哪里"),
    ("边度", "哪里"),
    ("係咪", "是不是"),
    ("系咪", "是不是"),
    ("有冇", "有没有"),
    ("點樣", "怎样"),
    ("点样", "怎样"),
    ("大機會", "大几率"),
    ("大机会", "大几率"),
    ("我哋", "我们"),
    ("佢哋", "他们"),
    ("冇", "没"),
    ("嘅", "的"),
    ("畀", "给"),
    ("咩", "什么"),
    ("啲", "些"),
    ("睇", "看"),
    ("唔", "不"),
)


def casual(text: str) -> str:
    """``text`` with texting-English words and Cantonese function words written as the standard words."""
    out = text
    for typed, word in _TEXTING_WORD:
        out = typed.sub(word, out)
    for yue, mandarin in _CANTONESE:
        out = out.replace(yue, mandarin)
    return out


#: An offer, a budget or a send to customers: the marks of a brief, which no form below overrules.
_BRIEF_MARK = re.compile(
    r"[$€£¥]\s?\d|\d\s?%|\b\d+(?:\.\d+)?\s?k\b|\b(?:off|free shipping|budget|bogo)\b|折|满\d+减|立减|包邮|免邮|预算|\d+\s*(?:元|块|万)"
    r"|\b(?:e-?mail|text|sms|push)\s+(?:them|our|the|all|every|to)\b|(?:给|向|对)[^，。？?]{1,20}(?:发|推送|投放)",
    re.IGNORECASE,
)
_POLITE = r"(?:(?:kindly|please|pls|plz|request(?:ing)?\s+you\s+to|i\s+request\s+you\s+to|could\s+you|can\s+you|would\s+you)\s+)*"
_INFO_VERB = (
    r"(?:share|give\s+(?:me|us|the)|send\s+(?:me|us)|tell|teach\s+(?:me|us)|let\s+(?:me|us)\s+know|confirm|check|verify|provide|"
    r"revert\s+(?:back\s+)?with|fetch|look\s+up|report|estimate|calculate|advise)"
)
_ASKED = (
    r"(?:whether|if|which|what|who|how|count|number|numbers|figures?|stats|rates?|revenue|sales|aov|roi|roas|ctr|orders|"
    r"conversions?|size|share|breakdown|reviews?|feedback|ratings?|products?|items)"
)
_INFO_REQUEST = re.compile(rf"^\W*{_POLITE}{_INFO_VERB}\b[^.!?]{{0,60}}?\b{_ASKED}\b", re.IGNORECASE)
#: A note that starts with the measure it asks for.
_MEASURE_NOTE = re.compile(
    r"^\W*(?:(?:need|want|pull|grab|get me|send me|give me)\s+(?:the\s+|our\s+)?)?(?:(?:n|#|no\.?\s+of)\s+(?:customers|people|buyers|members|users|subscribers)\b"
    r"|(?:counts?|revenue|sales|gmv|ctrs?|cvr|aov|roi|roas|ltv|(?:open|click|unsub(?:scribe)?|conversion|repeat|churn|retention|response)\s+rates?)"
    r"(?=\s*(?:,|:|\(|\+|&|and\b|by\b|per\b|groupby\b|group\s+by\b|for\b|of\b|in\b|e-?mail\b|sms\b|push\b|paid\b|last\b|this\b|trailing\b|\w+\s+vs\b))"
    r"|top\s+\d+\s+(?:[\w-]+\s+){0,2}(?:items|products|skus|things|picks|ideas|sellers|categories)\b)",
    re.IGNORECASE,
)
#: A note ending with the comparison it asks for ("email click rate month over month", "push revenue YoY").
_COMPARED_NOTE = re.compile(r"\b(?:mom|yoy|wow|qoq|(?:month|year|week|quarter)[- ]over[- ](?:month|year|week|quarter))\W*$", re.IGNORECASE)
#: Chinese asks with no 吗 or 什么.
_ZH_ASK = re.compile(
    r"([\u4e00-\u9fff]{1,2})不\1|(?:[了的多少高低好差涨跌升降大小快慢]|呢)还是|[\u4e00-\u9fff]没有?[？?。！!~～]*$|谁"
    r"|(?:看|查|报|列|算|统计|整理|对比|比较|汇总|盘点|梳理|介绍)(?:一)?下(?![单周月午旬半班次个])|说说|讲讲|聊聊|跟我说|告诉我"
    r"|(?:同比|环比|去年同期)[^，。？?]{0,8}$|^[^，。？?]{0,30}(?:率|价|额|数|GMV|ROI)[^，。？?]{0,6}(?:同比|环比)"
)


#: Asked whatever the text carries: a forecast figure asked for ("Please give the projected revenue if we … 10% discount"),
#: a conditional whose consequence is a question ("if we do free shipping …, whats the revenue look like"), a follow-up
#: ("same question but for Loyal").
_ALWAYS = re.compile(
    rf"^\W*{_POLITE}{_INFO_VERB}\b[^.!?]{{0,30}}?\b(?:projected|expected|estimated|forecast(?:ed)?|predicted)\b"
    r"|^\W*(?:and\s+)?if\s+we\b[^.!?]{3,100}?\b(?:what(?:'s| is| are| would| will)|how (?:many|much))\b[^.!?]*$"
    r"|^\W*same\s+(?:question|thing|numbers?|again)\b",
    re.IGNORECASE,
)


def asks_information(text: str) -> bool:
    """True when ``text`` (its greeting set aside) asks to be told something in one of the forms above."""
    standard = casual(text)
    if _ALWAYS.search(standard):
        return True
    if _BRIEF_MARK.search(text):
        return False
    return bool(
        _INFO_REQUEST.search(standard)
        or _MEASURE_NOTE.search(standard)
        or _COMPARED_NOTE.search(standard)
        or (re.search(r"[\u4e00-\u9fff]", standard) and _ZH_ASK.search(standard))
    )
