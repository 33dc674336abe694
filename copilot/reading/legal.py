"""A legal or compliance review of a brief (README decision 194): the brief as the review changed it is read.

"Legal review … approved with changes: 1. SMS only to customers with SMS consent (TCPA). 2. Remove 'lowest prices
of the year' from the copy. 3. Offer drops from 30% to 20% off. 4. Exclude anyone in California.", 法务意见：文案中
不得出现“最轻”“第一”等极限词；短信末尾须加“拒收请回复R”；不得向未满18周岁用户发送. Claimed before the rules read:

- a consent rule for a channel ("SMS only to customers with SMS consent", 营销短信只能发给已授权的用户) is honoured by
  every plan: no clause (no consent leaf, no "only"); law names (TCPA, CAN-SPAM, GDPR) are no clauses;
- copy rules (a claim to remove or reword, an unsubscribe link or a physical address in every email, "Terms apply"
  next to the offer, 极限词, 拒收请回复R) are listed as other, one entry each;
- an age limit ("No one under 18", 未满18周岁) and residents of a place the data does not hold ("no EU residents")
  are listed audience;
- "Offer drops from 30% to 20% off": the 30% is claimed, so the 20% is the offer;
- a sign-off step ("Needs legal sign-off before send") and a personal-data export said not to be done
  (请勿把客户手机号导出给第三方) are no clauses.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.house_rules import CONTENT_REASON
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_CH = r"(?:marketing\s+)?(?:sms|texts?|e-?mails?|push(?:\s+notifications?)?|messages)"
_WHO = r"(?:customers|people|users|contacts|subscribers|those|anyone|recipients|folks|members)"
_CONSENTED = r"(?:consent(?:ed)?|opt(?:ed)?[- ]?ins?|opted[- ]in|subscribed|permission)"
_LAW = r"(?:TCPA|CAN-SPAM|GDPR|CCPA|CPRA|CASL|PECR|COPPA|PIPL|HIPAA)"
#: A consent rule for a channel: every plan honours it, so it is no clause.
_CONSENT_RULE = re.compile(
    rf"\b{_CH}\s+(?:only|solely|exclusively)\s+(?:to|for)\s+{_WHO}\s+(?:with|who(?:'ve|\s+have|\s+has)?|that\s+have)\s+"
    rf"[^.;\n]{{0,40}}?\b{_CONSENTED}\b(?:\s+to\s+{_CH})?"
    rf"|\bonly\s+(?:send\s+)?(?:{_CH}\s+)?(?:to\s+)?{_WHO}\s+(?:with|who(?:'ve|\s+have|\s+has)?|that\s+have)\s+"
    rf"(?:(?:given|explicit|express|prior|written|valid)\s+)*{_CONSENTED}\b(?:\s+to\s+{_CH})?"
    r"|(?:营销)?(?:短信|邮件|推送)(?:只能|仅能|仅限|只可以?|仅可)(?:发给|发送给|发送至|向|给|推送给)\s*"
    r"(?:已经?|事先)?(?:授权|同意接收|同意|订阅|开通)[^，。；;\n]{0,8}?(?:用户|客户|会员|人群|人)(?:发送)?"
    r"|(?:只能|仅能|仅|只)(?:向|给)(?:已经?|事先)?(?:授权|同意接收|同意|订阅)[^，。；;\n]{0,8}?(?:用户|客户|会员)(?:发送?|推送)(?:营销)?(?:短信|邮件|推送)?",
    re.IGNORECASE,
)
_LAW_NAME = re.compile(rf"\s*\(\s*{_LAW}\s*\)|\b{_LAW}\b")
_Q = r"(?:'[^'\n]{1,60}'|\"[^\"\n]{1,60}\"|‘[^’\n]{1,60}’|“[^”\n]{1,60}”)"
_WHERE = (
    r"(?:copy|subject(?:\s+lines?)?|e-?mails?|sms|texts?|creative|headlines?|banners?|body|ads?|push(?:es)?)"
)
#: Copy rules: each is one entry.
_COPY = re.compile(
    rf"\b(?:remove|drop|delete|cut|strike|take\s+out|lose)\s+(?:the\s+)?(?:(?:line|claim|phrase|words?|wording)\s+)?{_Q}"
    rf"(?:\s+(?:claim|line|phrase|language|wording|copy))?(?:\s+from\s+(?:the\s+|every\s+|all\s+)?{_WHERE})?"
    rf"|\b(?:claims?|phrases?|wording|words|lines|language|superlatives)\s+(?:like|such\s+as)\s+{_Q}[^.;\n]{{0,120}}"
    rf"|\b(?:say|use|write)\s+{_Q}\s+instead(?:\s+of\s+{_Q})?"
    rf"|\b(?:(?:the\s+)?{_WHERE}\s+)?(?:can'?t|cannot|can\s+not|must\s+not|mustn'?t|shouldn'?t|may\s+not|don'?t|do\s+not|never)\s+"
    rf"(?:say|use|mention|include|claim|call\s+(?:it|them))\s+{_Q}"
    rf"|\b(?:the\s+)?{_Q}\s+(?:(?:claim|line|phrase|language|wording)\s+)?(?:has|have|needs?)\s+to\s+(?:go|come\s+out|be\s+removed)"
    rf"|\b(?:an?\s+|the\s+|our\s+)?(?:unsubscribe|opt[- ]?out)\s+(?:link|line|footer|instructions?)"
    rf"(?:\s+(?:and|&|plus)\s+(?:an?\s+|the\s+|our\s+)?[\w ]{{1,30}}?)?\s+(?:in|on|at\s+the\s+(?:bottom|end)\s+of)\s+(?:every|each|all|the)\s+{_CH}"
    r"|\b(?:our\s+|the\s+|a\s+)?(?:physical|postal|mailing)\s+(?:mailing\s+)?address\s+(?:in|on|at\s+the\s+(?:bottom|end)\s+of)\s+(?:every|each|all|the)\s+\w+"
    rf"|\b(?:add|include|put|show|display)\s+(?:an?\s+|the\s+)?{_Q}(?:\s+(?:line|note|disclaimer))?"
    r"(?:\s+(?:next\s+to|beside|alongside|under|below|after|by)\s+[^.;,\n]{1,30})?"
    rf"|{_Q}\s+(?:next\s+to|beside|alongside|under(?:neath)?|below|right\s+after)\s+(?:the\s+|every\s+|each\s+|any\s+)?[^.;,\n]{{1,30}}"
    r"|\b(?:add|include|needs?|with)\s+(?:an?\s+|the\s+)?(?:legal\s+)?(?:disclaimer|fine\s+print|legal\s+line|terms\s+line)[^.;\n]{0,60}"
    r"|(?:文案|标题|内容|短信|邮件|推送)(?:中|里|内)?(?:均|都|一律)?(?:不得|严禁|禁止|不可|不能)(?:出现|使用|用|写)[^，。；;\n]{0,40}"
    r"|(?:不得|严禁|禁止|避免)(?:出现|使用)[^，。；;\n]{0,30}?(?:极限词|绝对化用语|违禁词|敏感词|字样|字眼|用语)"
    r"|(?:不得|严禁|禁止|避免|不要)(?:出现|使用|写)\s*(?:“[^”\n]{1,12}”\s*[、,，]?\s*){1,8}(?:等(?:词|字|字眼|用语|说法|表述)?)?"
    r"|\b(?:no|avoid|don'?t\s+use|do\s+not\s+use)\s+(?:superlatives|absolute\s+claims|unsubstantiated\s+claims)\b(?:\s*\([^)\n]{0,60}\))?"
    r"|(?:短信|邮件|推送|文案)?(?:末尾|结尾|开头|底部|落款)处?(?:须|需|必须|需要|要|应|均须)(?:加|添加|加上|附上?|注明|标注|带上?)[^，。；;\n]{0,30}"
    r"|(?:须|需|必须|应)(?:注明|标注|标明|加注)[^，。；;\n]{0,30}"
    r"|(?:短信|邮件|推送|文案)(?:内容)?(?:中|里)?(?:均|都)?(?:须|需|必须|务必|应)(?:带上?|加上?|包含|附上?)[^，。；;\n]{0,30}",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b(?:no(?:\s+(?:one|body|customers?|users?|people|contacts?|kids|sends\s+to\s+anyone))?|nobody|not\s+to\s+anyone|exclude\s+anyone)"
    r"\s+(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?\d{2}\b"
    r"|\b(?:(?:no|don'?t|do\s+not|never)\s+(?:sends?|e-?mails?|texts?|messages?|marketing|send|market|text|e-?mail)\s+to|nothing\s+to|"
    r"exclude|excluding|no)\s+(?:minors|children|kids|under[- ]\d{2}s)\b|\bunder[- ]\d{2}s\s+(?:excluded|out)\b|\b\d{2}\+\s+only\b|\badults\s+only\b"
    r"|\bmust\s+be\s+\d{2}\s*(?:\+|or\s+(?:over|older))|\b\d{2}\s+(?:and|or)\s+(?:over|older|up)\s+only\b"
    r"|(?:未满|不满|小于)\s*\d{2}\s*(?:周岁|岁)(?:的)?(?:用户|客户|会员|人群|人)?|未成年(?:人|用户|客户)|(?:1\d|2[01])\s*(?:周)?岁以下(?:的)?(?:用户|客户|会员|人)?"
    r"|(?:仅限|只限|只发给?|仅发给?)\s*(?:1\d|2[01])\s*(?:周)?岁(?:以上|及以上)(?:的)?(?:用户|客户|会员|成年人|人)?",
    re.IGNORECASE,
)
_AGE_AROUND = re.compile(r"(?:不得|不能|禁止|严禁|不要|切勿|请勿|勿|不)(?:向|给|对)\s*$")
#: An age limit (under 18, 18 or 21 and over): copilot holds at most an age band per customer, which cannot enforce it.
_AGE_REASON = "copilot holds no exact ages or birth dates, so an age limit cannot be applied; check it in your sending tool"
_PLACE = re.compile(
    r"\b(?:no|exclude|excluding|except|not\s+to|without|nothing\s+to)\s+(?:(?:marketing|sends?|messages?|e-?mails?|texts?)\s+to\s+)?"
    r"(?:anyone|people|customers|users|contacts|subscribers|one)?\s*"
    r"(?:(?:who\s+(?:live|are|reside)|living|based|located|resident)\s+)?(?:in\s+|from\s+)?(?:the\s+)?(?:EU|EEA|European\s+Union|Europe|UK|Quebec)\b"
    r"(?:\s+(?:residents?|customers|users|citizens|contacts|subscribers|based))?"
    r"|(?:不(?:得|要)?(?:向|给|发给?)|排除|除了)(?:欧盟|欧洲)(?:地区)?(?:的)?(?:用户|客户|居民)?",
    re.IGNORECASE,
)
_PLACE_REASON = "the data has no location beyond region"
_CHANGED_OFFER = re.compile(
    r"\b(?:(?:the\s+)?(?:offer|discount|deal|promo|promotion|markdown|it)\s+)?(?:drops|goes(?:\s+down)?|changes|moves|falls|comes\s+down|"
    r"is\s+(?:cut|reduced|lowered|changed|capped)|gets\s+cut|reduced|cut|lowered|down)\s+from\s+\d{1,2}(?:\.\d)?\s?%(?:\s+off)?\s+to(?=\s+\d)"
    r"|\b(?:change|cut|drop|reduce|lower|take)\s+(?:the\s+)?(?:offer|discount|deal|promo)\s+(?:down\s+)?from\s+\d{1,2}(?:\.\d)?\s?%(?:\s+off)?\s+to(?=\s+\d)"
    r"|(?:折扣|优惠|力度|活动力度)?(?:从|由)\s*(?:\d{1,2}(?:\.\d)?\s?%|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?折)(?:调整|改|降|下调|降低|调)(?:为|到|成|至)",
    re.IGNORECASE,
)
_NO_CLAUSE = re.compile(
    r"\b(?:needs?|requires?|pending|subject\s+to)\s+(?:a\s+)?(?:final\s+)?(?:legal|compliance)\s+(?:sign[- ]?off|approval|review)"
    r"(?:\s+before\s+(?:send(?:ing)?|launch|it\s+goes\s+out|going\s+live))?"
    r"|\b(?:don'?t|do\s+not|never|no)\s+(?:export|share|send|hand\s+over|upload)\s+(?:any\s+|the\s+|our\s+)?(?:customer\s+)?"
    r"(?:PII|personal\s+data|phone\s+numbers|e-?mail\s+addresses|data|lists?)\s+(?:to|with)\s+(?:any\s+|the\s+)?"
    r"(?:third[- ]part(?:y|ies)|agency|agencies|vendors?|partners?|outside)"
    r"|(?:请勿|切勿|不要|不得|禁止|严禁|别)(?:把|将)?[^，。；;\n]{0,8}(?:手机号|邮箱|个人信息|联系方式|用户数据|客户数据)[^，。；;\n]{0,4}(?:导出|提供|分享|外传|泄露)"
    r"(?:给|至)?(?:第三方|外部|代理商?|合作方)?"
    r"|(?:须|需)?(?:经)?法务(?:审核|审批|确认)(?:通过)?后(?:再|方可)?(?:发送|上线|执行|发布)",
    re.IGNORECASE,
)


def legal_not_applied(t: Text, not_applied: list[NotApplied]) -> None:
    """A compliance review's rules: consent rules, law names and sign-offs claimed; copy rules, age limits and places
    listed (added to ``not_applied``). A personal-data export said not to be done, which the kind's rule set aside as
    an ask for the data (请勿把客户手机号导出给第三方), is no clause: it is taken off the list."""
    not_applied[:] = [
        n for n in not_applied if not (n.affects == "other" and _NO_CLAUSE.fullmatch(n.text.strip(" .。")))
    ]
    out = not_applied
    for pattern in (_CONSENT_RULE, _NO_CLAUSE, _CHANGED_OFFER):
        for m in pattern.finditer(t.text):
            if t.free(m.start(), m.end()):
                t.take(m.start(), m.end())
    for m in _COPY.finditer(t.text):
        if t.free(m.start(), m.end()):
            words = m.group(0).strip(" ,，")
            out.append(
                NotApplied(
                    text=words[:400], span=t.take(m.start(), m.end()), affects="other", reason=CONTENT_REASON
                )
            )
    for pattern, reason in ((_AGE, _AGE_REASON), (_PLACE, _PLACE_REASON)):
        for m in pattern.finditer(t.text):
            if not t.free(m.start(), m.end()):
                continue
            span = t.take(m.start(), m.end())
            out.append(NotApplied(text=m.group(0).strip(), span=span, affects="audience", reason=reason))
            around = _AGE_AROUND.search(t.text, max(0, m.start() - 6), m.start())
            after = re.match(r"\s*(?:发送|推送|发)", t.text[m.end() :])
            if (
                around and after and t.free(around.start(), m.start())
            ):  # 不得向未满18周岁用户发送: the limit's own words
                t.take(around.start(), m.start())
                t.take(m.end(), m.end() + after.end())
    for m in _LAW_NAME.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
