"""Half-filled templates (set 15 decision 191): placeholders, prompts and examples, claimed before any rule reads them.

A marketer pastes a brief form with some fields still blank: "Budget: $X,XXX", "Channel: [CHANNEL]", "Timing: <insert
dates>", "Offer: TBD (waiting on finance)", {{segment}}, 时间：待定, 预算：XX万, 推广产品：【待补充】. A field the reading
holds left as a placeholder is listed under Not applied with that field's affects (the label, or the placeholder's own
name: "for {{segment}}" is the audience); a placeholder in a field no reading holds (campaign name, Owner, {{first_name}},
{{sender}}) is no clause. The form's prompts and examples ("[who is this for? e.g. Champions]", 人群（例：冠军客户/沉睡客户）,
（例：八折）) are never applied: claimed as nothing. An objective left as a prompt ("Objective: [pick one: win back /
launch / clearance]") is listed other. Filled fields are read by the rules as usual.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import Affects, NotApplied
from copilot.reading.text import Text

#: field labels and the reading's field each one fills; None: a field no reading holds (a placeholder there is no clause)
_LABELS: tuple[tuple[str, Affects | None], ...] = (
    (r"budget|spend|total spend|cost|预算|经费|费用|所需费用|经费预算|活动预算", "budget"),
    (
        r"audience|segments?|target(?:\s+audience)?|who|recipients|customers|人群|受众|目标人群|目标客户|客群|活动对象|推送对象|对象",
        "audience",
    ),
    (r"channels?|channel\(s\)|channel mix|渠道|推广渠道|推广方式|触达方式|发送渠道", "channel"),
    (
        r"timing|dates?|when|schedule|window|flight|send date|launch date|start date|时间|日期|排期|档期|活动时间|推广时间|上线时间",
        "timing",
    ),
    (r"offer|discount|promo(?:tion)?|incentive|优惠|力度|折扣|优惠力度|优惠政策|活动内容|权益", "offer"),
    (r"products?|hero product|featured products?|sku|推广产品|主推产品|主推款|产品|商品|单品", "product"),
    (
        r"objective|goal|aim|campaign type|type|kpi|success metric|metric|目标|活动目标|目的|类型|考核指标",
        "other",
    ),
    (
        r"campaign name|name|owner|requested by|requester|author|sender|from|subject|title|approver|contact|活动名称|名称|负责人|提交人|对接人|申请人|标题",
        None,
    ),
)
_LABEL = "|".join(p for p, _ in _LABELS)

#: a placeholder standing for a value: {{segment}}, [CHANNEL], <insert dates>, $X,XXX, XX万, 【待补充】
_SLOT = (
    r"\{\{\s*[^{}\n]{1,40}?\s*\}\}"
    r"|\[(?-i:[A-Z][A-Z0-9_/&-]*(?: [A-Z0-9_/&-]+){0,2})\]"  # [CHANNEL], [BRAND NAME]; "[NO PAID SOCIAL THIS TIME]" is a comment
    r"|\[(?:insert|add|enter|fill(?: in)?|your|tbd|tbc)\b[^\]\n]{0,40}\]"
    r"|<\s*(?:insert|add|enter|fill(?: in)?|your)\b[^>\n]{0,40}>|<(?-i:[A-Z][A-Z0-9 _/&-]{1,30})>"
    r"|【\s*(?:待补充|待定|待填写?|待确认|请填写?|填写|补充|XX+|xx+)[^】\n]{0,10}】"
    r"|(?:[$€£¥]|NZ\$|A\$|C\$|US\$)\s?(?-i:X[X,.]*)(?:[kKmM]\b)?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?-i:X{2,}|x{2,})(?:\s*(?:[万千元块%]|k\b|K\b))?(?![A-Za-z])"
    r"|(?<![A-Za-z])(?-i:X{1,2})\s?%|_{3,}|\?{3,}"
)
#: a value said not to be there yet: TBD, "to be confirmed", 待定 (a field only: "Offer: TBD (waiting on finance)")
_PENDING = (
    r"(?:TBD|TBC|TBA|tbd|tbc|tba|to be (?:confirmed|decided|determined|announced)|not (?:yet )?(?:set|decided|final)|pending|n/?a|N/?A"
    r"|待定|待补充|待确认|待填写?|未定|暂无|还没定|没定)"
)
_TRAIL = r"(?:\s*[(（][^)）\n]{0,50}[)）])?"
_SEP = r"\s*(?:[(（][^)）\n]{0,40}[)）])?\s*(?:[:：=]|[-–—](?=\s))\s*"
_FIELD_START = (
    r"(?:^|(?<=[\n•·|;；,，.。!?]))[ \t]*(?:[-*•]\s*|\d{1,2}[.、)]\s*|[一二三四五六七八九十]+、\s*)?"
)

_FIELD_SLOT = re.compile(
    rf"{_FIELD_START}(?P<label>{_LABEL})(?:{_SEP}(?P<slot>{_SLOT}|{_PENDING}(?![\w\u4e00-\u9fff]))"
    rf"|(?:\s+|(?<=[\u4e00-\u9fff])(?=[待未暂还没【]))(?P<slot2>{_SLOT}|TBD|TBC|TBA|待定|待补充|待确认|未定|还没定))(?P<trail>{_TRAIL})",
    re.IGNORECASE,
)
_BARE_SLOT = re.compile(_SLOT)

#: a prompt or an example in the form: "[who is this for? e.g. Champions]", "[pick one: a / b / c]", 【例：…】
_PROMPT = re.compile(
    r"\[[^\]\n]{0,80}?(?:\be\.?g\.?|\bfor example\b|\bpick one\b|\bchoose\b|\bselect\b|\bone of\b|\?|例|比如|如：)[^\]\n]{0,80}\]"
    r"|【[^】\n]{0,40}?(?:例|比如|如：|选填|必填|请填写?)[^】\n]{0,40}】",
    re.IGNORECASE,
)
#: an example beside a field's label: 人群（例：冠军客户/沉睡客户）：, "Audience (e.g. Champions):"
_LABEL_EXAMPLE = re.compile(
    r"(?<=[\w\u4e00-\u9fff)])\s*[（(]\s*(?:例|例如|比如|如|示例|e\.?g\.?|for example|i\.e\.)\s*[:：,，]?[^)）\n]{0,60}[)）](?=\s*[:：])",
    re.IGNORECASE,
)
_FIELD_PROMPT = re.compile(
    rf"{_FIELD_START}(?P<label>{_LABEL})\s*[:：]\s*(?P<prompt>{_PROMPT.pattern})\s*(?=$|\n|[.;；。])",
    re.IGNORECASE,
)

#: a placeholder's own name when no label comes before it: {{segment}}, [CHANNEL], <insert dates>
_NAMES: tuple[tuple[str, Affects | None], ...] = (
    (r"(?<![A-Za-z])(?:segments?|audiences?|target|cohort|list)(?![A-Za-z])|人群|受众", "audience"),
    (r"(?<![A-Za-z])(?:budget|spend|amount)(?![A-Za-z])|预算", "budget"),
    (r"(?<![A-Za-z])channels?(?![A-Za-z])|渠道", "channel"),
    (r"(?<![A-Za-z])(?:dates?|timing|start|end|when)(?![A-Za-z])|时间|日期", "timing"),
    (r"(?<![A-Za-z])(?:offer|discount|promo)(?![A-Za-z])|优惠|折扣", "offer"),
    (r"(?<![A-Za-z])(?:products?|sku|item)(?![A-Za-z])|产品|商品", "product"),
)

REASON = "left as a placeholder in the template: fill it in and copilot will read it"
_PROMPT_REASON = "left as the template's prompt: say which and copilot will read it"


def _affects_of_label(label: str) -> Affects | None:
    for p, affects in _LABELS:
        if re.fullmatch(p, label.strip(), re.IGNORECASE):
            return affects
    return None


def _affects_of_slot(slot: str) -> Affects | None:
    for p, affects in _NAMES:
        if re.search(p, slot, re.IGNORECASE):
            return affects
    return None


def fill_in_not_applied(t: Text) -> list[NotApplied]:
    """List the template's fields left as placeholders with their field; claim its prompts and examples as nothing."""
    out: list[NotApplied] = []
    for m in _FIELD_PROMPT.finditer(t.text):  # "Objective: [pick one: win back / launch / clearance]"
        if t.free(m.start("label"), m.end()):
            affects = _affects_of_label(m.group("label"))
            span = t.take(m.start("label"), m.end())
            t.background.append((m.start("label"), m.end()))  # its choices name no aim
            if affects is not None:
                out.append(NotApplied(text=span.text, span=span, affects=affects, reason=_PROMPT_REASON))
    for m in _FIELD_SLOT.finditer(t.text):  # "Budget: $X,XXX", "Timing: <insert dates>", 时间：待定
        if t.free(m.start("label"), m.end()):
            affects = _affects_of_label(m.group("label"))
            if (
                affects == "other"
                and (named := _affects_of_slot(m.group("slot") or m.group("slot2"))) is not None
            ):
                affects = named
            span = t.take(m.start("label"), m.end())
            if affects is not None:
                out.append(NotApplied(text=span.text.strip(), span=span, affects=affects, reason=REASON))
    for m in _BARE_SLOT.finditer(
        t.text
    ):  # "for {{segment}}", "send [CHANNEL] to Champions", "Hi {{first_name}}"
        if t.free(m.start(), m.end()):
            affects = _affects_of_slot(m.group(0))
            span = t.take(m.start(), m.end())
            if affects is not None:
                out.append(NotApplied(text=span.text, span=span, affects=affects, reason=REASON))
    for rx in (
        _PROMPT,
        _LABEL_EXAMPLE,
    ):  # "[who is this for? e.g. Champions]", 人群（例：冠军客户/沉睡客户）: never applied
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                t.take(m.start(), m.end())
                t.background.append((m.start(), m.end()))  # "[e.g. a win-back]" names no aim either
    return out
