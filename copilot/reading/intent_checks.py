"""Checks on a question's intent that need more than its wording: what the question is about (a group, two
groups compared, categories compared, a product named as whose users) and asks no data answers.

Used by :func:`copilot.reading.intent.resolve_intent` after the wording rules
(:mod:`copilot.reading.intent_words`):

- **Not from the brand's data** (:func:`not_from_data`): how to use a tool ("How do I export a plan to PDF?",
  怎么把方案导出成Excel), a term's definition asked alone ("What is AOV?", 客单价是怎么算的, "what's the difference
  between a Champion and a Loyal customer?"), how copilot itself works ("how does your forecast work?") and
  writing no plan holds (a tweet, a translation): intent ``other`` (label conventions 71, 144, 183).
- **Size of a group** (:func:`size_intent`): "how big is …", "… size", 规模有多大 ask for the size of the group the
  reading found: a segment or value tier alone is ``segments`` ("How big is the Champions segment?"); a group
  told by conditions is ``count`` ("how big is the group of people who've ordered 3+ times …").
- **Groups compared** (:func:`compared_groups`): two segments, tiers or regions set side by side ("Do Loyal
  customers order more often than Potential loyalists?", Lost和Hibernating哪个人群更大) is ``segments`` when no
  channel is what is compared (decision 110).
- **Categories compared for a group** (:func:`compared_categories`): "Headlamps or sleeping bags: which do Loyal
  customers buy more?" is ``recommend`` (decision 126).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.reading import regex as re

if TYPE_CHECKING:
    from copilot.reading.schema import Intent, Reading

#: How to do something in a tool: an operation on an account, a plan file, a teammate, an integration.
_HOW_TO = re.compile(
    r"^\W*(?:how\s+(?:do|can|should|would)\s+(?:i|we|you|one)|how\s+to|is\s+there\s+a\s+way\s+to|where\s+(?:do|can)\s+(?:i|we))\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:export|connect|integrate|install|log\s*in|sign\s+(?:in|up)|invite|add\s+(?:a\s+|another\s+|my\s+)?(?:user|teammate|colleague|"
    r"member|seat|person)|reset|upload|import|download|delete|rename|share|change\s+(?:my|the)\s+(?:password|settings|language|plan'?s?\s+name)|"
    r"set\s+up\s+(?:my|an?|the)\s+(?:account|integration|workspace|sso|login)|link\s+(?:my|our|the)\b)"
    r"|^\W*(?:请问)?(?:怎么|如何|怎样)(?:才能)?(?:把|在|给)?[^，。？?]{0,14}?(?:导出|导入|连接|接入|登录|登陆|注册|邀请|添加(?:同事|成员|用户|账号)|"
    r"设置(?:自动化|账号|权限|密码)|下载|上传|删除|改密码|绑定)"
    r"|^\W*(?:请问)?(?:怎么|如何)(?:设置|搭建|配置)[^，。？?]{0,12}(?:自动|触发|提醒|流程)",
    re.IGNORECASE,
)
#: A term's definition or how a measure is computed, asked alone.
_DEFINITION_ALONE = re.compile(
    r"^\W*what(?:'s|’s| is| are| does| do)\s+(?:an?\s+|the\s+)?[\"'“‘]?[\w /&'’-]{1,30}?[\"'”’]?\s+(?:actually\s+|really\s+|exactly\s+)?(?:mean|stand\s+for)\W*$"
    r"|^\W*what(?:'s|’s| is)\s+(?:the\s+)?difference\s+between\b[^?]{1,60}\W*$"
    r"|^\W*(?:what(?:'s|’s| is| are)\s+(?:an?\s+)?|define\s+|meaning\s+of\s+)(?!our\b|your\b|the\b)(?:[A-Za-z][\w'’-]*|[\"'“‘][\w /&'’-]{1,30}[\"'”’])\W*$"
    r"|^\W*how\s+(?:is|are|do\s+you|does\s+copilot)\s+(?:an?\s+|the\s+)?[\w'’ -]{1,30}?\s+(?:defined|calculated|computed|worked\s+out)\W*$"
    r"|^[^，。？?；;,！!]{1,16}?(?:是什么意思|什么意思|指的是什么|是指什么|怎么定义|的定义是什么|(?:是)?(?:怎么|如何)(?:算|计算|定义|统计)(?:出来)?的)\W*$"
    r"|^\W*(?:什么(?:叫|是)(?!最|多少)[^，。？?；;,！!]{1,12}|[^，。？?；;,！!]{1,12}和[^，。？?；;,！!]{1,12}(?:有)?什么区别)\W*$",
    re.IGNORECASE,
)
#: How copilot's own answers are made ("how does your forecast work under the hood?").
_HOW_COPILOT_WORKS = re.compile(
    r"\bhow\s+(?:does|do)\s+(?:your|copilot'?s?|the\s+copilot)\s+[\w' -]{0,30}?(?:work|get\s+(?:calculated|computed|made))\b"
    r"|\bhow\s+(?:are|do|does)\s+(?:you|copilot)\s+(?:calculat|comput|estimat|work\s+out|come\s+up\s+with|predict)\w*"
    r"|(?:你们?|copilot)的?[\u4e00-\u9fff]{0,6}(?:是)?(?:怎么|如何)(?:算|做|预测|计算|工作)(?:出来)?的",
    re.IGNORECASE,
)
#: Writing no plan holds: a tweet, a social caption, a poem, a slogan, a translation.
_OTHER_WRITING = re.compile(
    r"\b(?:write|draft|compose|come up with|make|create|do|give)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:tweets?|instagram\s+(?:post|caption)s?|captions?|"
    r"social(?:\s+media)?\s+posts?|linkedin\s+posts?|blog\s+posts?|poems?|slogans?|taglines?|jokes?)\b|\btranslat\w+\b"
    r"|翻译|写(?:一)?(?:条|篇|个|首|段)?(?:微博|朋友圈文案|诗|口号|标语|段子)",
    re.IGNORECASE,
)


def not_from_data(text: str, reading: Reading) -> str | None:
    """Why a question asks nothing the brand's data answers (intent ``other``), or None. Two products compared
    ("What's the difference between the Cirrus Trail GTX and the Cirrus Trail GTX LT?") are product facts."""
    if _HOW_TO.search(text):
        return "how to use a tool"
    if _DEFINITION_ALONE.search(text) and not reading.promoted.product_ids:
        return "a definition asked alone"
    if _HOW_COPILOT_WORKS.search(text):
        return "how copilot works"
    if _OTHER_WRITING.search(text):
        return "writing no plan holds"
    return None


#: The size of a group asked for.
_SIZE = re.compile(
    r"\bhow\s+(?:big|large)\b|\bsize\b|\bsized?\s+of\b|规模|(?:人群|客群|群体|这群人|这批人)(?:有)?多大",
    re.IGNORECASE,
)
_GROUP_KINDS = ("rfm_segment", "value_tier")


def _leaf_kinds(reading: Reading) -> list[str]:
    from copilot.tools.conditions import leaves

    return [leaf.kind for leaf in leaves(reading.audience)] if reading.audience is not None else []


def size_intent(reading: Reading, text: str) -> Intent | None:
    """``segments`` or ``count`` for a question asking how big a group is (see the module docs), else None."""
    if not _SIZE.search(text) or reading.channels.allowed:
        return None
    kinds = _leaf_kinds(reading)
    if not kinds:
        return None
    return "segments" if all(k in _GROUP_KINDS for k in kinds) else "count"


#: Two groups set side by side: a comparative, "vs", "or", 比 / 相比 / 哪个 / 谁.
_COMPARED = re.compile(
    r"\b(?:than|vs\.?|versus|compared?\s+(?:to|with)|which\s+(?:one|group|is|are|has|have|does|do)|who\s+(?:is|are|has|have|spends?|buys?|orders?))\b"
    r"|比|相比|哪个|哪一个|谁|更(?:大|多|少|高|低|好)",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"\b(?:in\s+total|combined|altogether|together|either)\b|一共|总共|加起来|合计|或者", re.IGNORECASE
)


def compared_groups(reading: Reading, text: str) -> bool:
    """True when the question compares two or more segments, tiers or regions and no channel (decision 110)."""
    from copilot.tools.conditions import Or, Region, RfmSegment, ValueTier

    aud = reading.audience
    if aud is None or reading.channels.allowed or not _COMPARED.search(text) or _TOTAL.search(text):
        return False
    if isinstance(aud, (RfmSegment, Region)):
        names = aud.segments if isinstance(aud, RfmSegment) else aud.regions
        return len(names) >= 2
    return (
        isinstance(aud, Or)
        and len(aud.of) >= 2
        and all(isinstance(c, (RfmSegment, ValueTier, Region)) for c in aud.of)
    )


#: Which of two categories a group buys more of ("which do Loyal customers buy more?", 哪个更受冠军客户欢迎).
_BUYS_MORE = re.compile(
    r"\b(?:buys?|sells?|prefers?|likes?|orders?|wants?)\s+(?:\w+\s+)?more\b|\bmore\s+popular\b|\bsells?\s+better\b"
    r"|更受[^，。？?]{0,12}欢迎|卖得更(?:好|多)|买得更多|(?:买|卖)(?:的)?更多",
    re.IGNORECASE,
)


def compared_categories(reading: Reading, text: str) -> bool:
    """True when the question asks which of two or more categories sells more (to a group): decision 126."""
    return len(reading.promoted.categories) >= 2 and bool(_BUYS_MORE.search(text))


def names_product(reading: Reading) -> bool:
    """A product or category the question names, in what it is about or as whose buyers it asks about
    ("Osprey Ridge Pack 的用户反馈怎么样": the pack's users' feedback is about the pack)."""
    from copilot.tools.conditions import Bought, leaves

    if reading.promoted.product_ids or reading.promoted.categories:
        return True
    return reading.audience is not None and any(
        isinstance(c, Bought) and c.product_ids for c in leaves(reading.audience)
    )
