"""Spec talk in a brief (README decision 196): specs told for the copy are one entry, a spec that picks products is said.

"Key specs for copy: 214 g per pole, carbon shaft, flick-lock", "Spec sheet's final for the Glacier Trail GTX:
Gore-Tex membrane, 5 mm lugs, 310 g", "800-fill, 20D shell, 360 g — positioning: …", 主打卖点：800蓬、充绒量450g、
舒适温标-5℃: the product's facts and positioning for the copy are claimed and listed as one other entry (their
numbers are no budget, no audience, no material qualifier). A spec that selects products of a category ("our
tents under 1.5 kg", "jackets over 700-fill", 主推800蓬以上的款, 1.5公斤以内的帐篷) leaves the category promoted
and is listed as product: the catalogue holds no specs to narrow it by.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_UNIT = r"(?:-?fill|fp|g|kg|grams?|oz|lbs?|mm|cm|D|denier|L|litres?|liters?|mAh|°\s?[CF]|℃)"
_ZH_UNIT = r"(?:蓬|克|g|kg|公斤|毫米|mm|升|L|D|℃|°C|毫安)"
#: Words that introduce the product's specs or positioning; their content runs to the end of the sentence.
_CUE = re.compile(
    r"\b(?:key\s+|tech(?:nical)?\s+|product\s+)?(?:specs?(?:\s+sheet(?:'s)?)?|specifications|selling\s+points|usps?|"
    r"key\s+features|positioning|product\s+facts)\b(?:(?P<pre>[^:\n.]{0,60}?)\s*:|\s+(?:are|is)(?P<is>))\s*"
    r"|(?:主打|核心|产品|主要)?(?:卖点|参数|规格|定位|亮点)\s*(?:[：:]|是|为)\s*",
    re.IGNORECASE,
)
_END = re.compile(r"(?<!\d)[.!?](?=\s|$)|[。！？；;\n]|[，,](?=[^，,。；;\n]{1,8}[：:])")
_ITEM = rf"(?:(?:rated\s+to\s+|weighs\s+)?-?\d+(?:\.\d+)?\s?{_UNIT}(?![A-Za-z])(?:\s+[A-Za-z][\w-]*){{0,2}}|[\u4e00-\u9fff]{{0,6}}-?\d+(?:\.\d+)?\s*{_ZH_UNIT})"
#: Specs told without a cue: two or more in a list ("800-fill, 20D shell, 360 g"), with any positioning after them.
_LIST = re.compile(
    rf"(?:(?<=:\s)[A-Za-z][^,.;:\n]{{1,30}},\s*)?{_ITEM}(?:\s*(?:,|、|/|;|，)\s*(?:and\s+)?{_ITEM})+"
    r"(?P<pos>\s*(?:[—–]|\s-\s|[，,])\s*(?:positioning|定位)\s*[:：][^.。;；\n]*)?",
    re.IGNORECASE,
)
#: A spec that selects products: "tents under 1.5 kg", "over 700-fill", 800蓬以上, 1.5公斤以内.
_SELECTS = re.compile(
    r"\b(?:under|below|over|above|less\s+than|more\s+than|at\s+least|lighter\s+than|heavier\s+than|up\s+to|sub-?)\s*"
    rf"\d+(?:\.\d+)?\s?{_UNIT}(?![A-Za-z])|\b\d+(?:\.\d+)?\s?-?(?:fill|fp)\s+(?:and|or)\s+(?:up|above|higher|more)\b|\b\d+\+\s?-?(?:fill|fp)\b"
    r"|(?<=\b(?:our|the|all)\s)\d+(?:\.\d+)?\s?-?(?:fill|fp|L)(?=\s+[a-z])"
    rf"|(?:超过|高于|低于|不到|小于|大于|轻于)\d+(?:\.\d+)?\s*{_ZH_UNIT}"
    rf"|\d+(?:\.\d+)?\s*{_ZH_UNIT}\s*(?:及以上|及以下|以上|以下|以内|(?=的(?:款|款式|型号|产品|系列)))",
    re.IGNORECASE,
)
#: Who the positioning is about, said before it ("the Cirrus Hoody Pro is …"): left for the rules.
_SUBJECT = re.compile(r"[^'\"‘“,;:]{1,60}?\s+(?:is|are)\s+(?=['\"‘“]|(?:the|a|an|our)\s)", re.IGNORECASE)
_COPY_REASON = (
    "product specs and positioning for the copy: copilot writes the copy from the catalogue's product facts "
    "and does not take them from the request; check them in the copy"
)
#: (README decision 196; the demo catalogue does record fill power, weight and capacity per product: the reason says
#: that copilot does not select by them, never that the catalogue lacks them)
_SELECTS_REASON = (
    "copilot does not select the promoted products by a spec (fill power, weight, capacity), so the products are not "
    "narrowed by this; the whole category is promoted: name the products to promote only those"
)


def specs_not_applied(t: Text) -> list[NotApplied]:
    """Specs for the copy (one other entry each list) and specs that select products (product), claimed."""
    out: list[NotApplied] = []
    text = t.text
    _lists(t, out, positioned=True)  # "800-fill, 20D shell, 360 g — positioning: …": one entry
    for m in _CUE.finditer(text):
        stop = _END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if end <= m.end() or not t.free(m.start(), end):
            continue
        zh = m.group("pre") is None and m.group("is") is None
        start = m.start() if zh else m.end()  # 主打卖点：… is told with its label
        # "Spec sheet's final for the Glacier Trail GTX:": a product named before the colon is still read
        if m.group("pre") is not None:
            copy = re.fullmatch(r"\s*(?:(?:for|in)\s+(?:the\s+)?copy)?", m.group("pre"), re.I)
            t.take(m.start(), m.start("pre"))
            t.take(m.start("pre") if copy else m.end("pre"), m.end())
        elif not zh:  # "Selling points are …"
            t.take(m.start(), m.end())
        # "Positioning: the Cirrus Hoody Pro is 'the warmest…'": the product named is read
        subject = None if zh else _SUBJECT.match(text, start, end)
        if subject is not None:
            start = subject.end()
        out.append(
            NotApplied(
                text=text[start:end][:400], span=t.take(start, end), affects="other", reason=_COPY_REASON
            )
        )
    _lists(t, out, positioned=False)
    for m in _SELECTS.finditer(text):
        if t.free(m.start(), m.end()):
            out.append(
                NotApplied(
                    text=m.group(0),
                    span=t.take(m.start(), m.end()),
                    affects="product",
                    reason=_SELECTS_REASON,
                )
            )
    return out


def _lists(t: Text, out: list[NotApplied], *, positioned: bool) -> None:
    """Specs listed without a cue (with positioning after them, or any)."""
    for m in _LIST.finditer(t.text):
        if (m.group("pos") is not None or not positioned) and t.free(m.start(), m.end()):
            out.append(
                NotApplied(
                    text=m.group(0)[:400],
                    span=t.take(m.start(), m.end()),
                    affects="other",
                    reason=_COPY_REASON,
                )
            )
