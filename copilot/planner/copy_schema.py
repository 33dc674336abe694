"""The grammar of the constrained copy strategy: what the small model may write, as a bounded JSON schema.

Every free-text field has a regex ``pattern`` that the server turns into grammar (llama.cpp) and pydantic
re-validates (questions and invitations only: no digits, no sentence end inside); fact ids are an enum per
channel. Split from :mod:`copilot.planner.copywriter`, which composes the variants from the answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.planner.plan_schema import Channel
from copilot.planner.zh import ZH_DESCRIPTIONS, ZH_PATTERNS

#: Verbs that open an invitation. The claim checker reads a sentence of at most ten words that
#: starts with one of them as a call to action, not a product claim (tests/planner/test_copywriter.py
#: checks every verb against :func:`copilot.knowledge.claims.is_non_claim`).
CTA_VERBS = (
    "Shop",
    "Discover",
    "Explore",
    "See",
    "Find",
    "Browse",
    "Visit",
    "Grab",
    "Try",
    "Gear up",
    "Check out",
)

#: Words that open a question. With a real question word first, a small model writes a question
#: rather than a statement cut off by a forced ``?``.
QUESTION_STARTS = (
    "Ready",
    "Back",
    "Missing",
    "Missed",
    "Miss",
    "Want",
    "Need",
    "Looking",
    "Time",
    "Craving",
    "Planning",
    "Heading",
    "Still",
    "Got",
    "How",
    "What",
    "Where",
    "When",
    "Why",
    "Which",
    "Who",
    "Is",
    "Are",
    "Do",
    "Does",
    "Did",
    "Can",
    "Could",
    "Will",
    "Would",
    "Have",
)

_LETTERS = "[A-Za-z' ,-]"  # a question's characters: no digits, no sentence end inside
_WORD = "[A-Za-z',-]"  # one word of an invitation


def question_pattern(min_len: int, max_len: int) -> str:
    """One question of ``min_len`` to ``max_len`` characters: a question word (:data:`QUESTION_STARTS`),
    letters, spaces, commas, apostrophes and hyphens, and a final ``?``."""
    longest, shortest = max(map(len, QUESTION_STARTS)), min(map(len, QUESTION_STARTS))
    lo, hi = max(0, min_len - shortest - 2), max_len - longest - 2
    return rf"({'|'.join(QUESTION_STARTS)})[ ,]{_LETTERS}{{{lo},{hi}}}\?"


def invitation_pattern(min_words: int, max_words: int, word_max: int, word_min: int = 1) -> str:
    """A call-to-action verb and ``min_words``-``max_words`` more words of ``word_min``-``word_max``
    characters."""
    verbs = "|".join(CTA_VERBS)
    return rf"({verbs})( {_WORD}{{{word_min},{word_max}}}){{{min_words},{max_words}}}"


def _anchored(body: str, end: str = "") -> str:
    return f"^{body}{end}$"


def _invitation_max(max_words: int, word_max: int, stop: bool) -> int:
    return max(len(v) for v in CTA_VERBS) + max_words * (word_max + 1) + int(stop)


#: ``field -> (pattern, maxLength)``: the grammar of every piece the model writes. The maxLength
#: is the longest string the pattern allows, so pydantic never rejects what the grammar produced.
PATTERNS: dict[str, tuple[str, int]] = {
    # the maxima sit above what the prompt asks for (and at the checks' hard limits), so the grammar
    # never forces a "?" into the middle of a word ("…hiking and h?"): a model that runs long is caught
    # by the length checks and rewritten, never cut off
    "subject": (_anchored(question_pattern(10, 60)), 60),
    "intro": (_anchored(question_pattern(12, 140)), 140),
    "text_question": (_anchored(question_pattern(12, 100)), 100),
    "title": (_anchored(question_pattern(10, 50)), 50),
    "headline": (_anchored(question_pattern(10, 40)), 40),
    # preheader: question (23-54) + space + invitation (verb + 4-8 words: >= 3 + 4 x 3 + 1), so
    # always >= 40 characters (llama.cpp ignores minLength next to a pattern: the bound must be in
    # the pattern); an over-long one (> 100) is trimmed at a word by the safe repair
    "preheader": (
        _anchored(question_pattern(23, 70) + " " + invitation_pattern(4, 8, 12, word_min=2), r"\."),
        70 + 1 + _invitation_max(8, 12, True),
    ),
    "cta": (_anchored(invitation_pattern(1, 8, 12)), _invitation_max(8, 12, False)),
    "text_invitation": (_anchored(invitation_pattern(1, 8, 10), r"\.?"), _invitation_max(8, 10, True)),
}

#: How many facts one variant may feature, by channel.
MAX_FACTS = {"email": 3, "sms": 1, "push": 1, "paid_social": 1}
#: The longest fact line a channel can carry next to the model's words and the offer: a push body
#: is at most 150 characters, an SMS 2 segments (306 GSM-7) with the brand prefix and STOP/HELP;
#: paid social only warns over 125. Longer facts are left out of that channel's fact-id enum.
FACT_MAX_CHARS = {
    "email": 220,
    "sms": 150,
    "push": 150 - PATTERNS["text_invitation"][1] - 1,
    "paid_social": 120,
}
#: The same for a Chinese fact sentence, in characters: a Chinese SMS is UCS-2 (2 segments = 134
#: characters) and carries the 【brand】 signature, the model's question, the offer and 回复TD退订.
ZH_FACT_MAX_CHARS = {"email": 80, "sms": 36, "push": 40, "paid_social": 40}
#: Rough output tokens per variant (worst case), to batch channels under ``settings.max_tokens``.
TOKENS_PER_VARIANT = {"email": 110, "sms": 35, "push": 45, "paid_social": 45}

CHANNEL_INSTRUCTIONS = {
    "email": 'email: "subject" (a question such as "Ready for ...?", under 35 characters), "preheader" (a '
    "question, then an invitation that starts with Shop, Explore, See or Discover; 45-90 characters), "
    '"intro" (one question, under 100 characters), "facts" (1-3 ids), "cta" (e.g. "Shop the <product name>").',
    "sms": 'sms: "text" (a question such as "Missing the trails?", under 50 characters), "facts" (1 id).',
    "push": 'push: "title" (a question, under 35 characters), "text" (an invitation that starts with Shop, '
    'Explore, See or Discover, under 50 characters), "facts" (1 id).',
    "paid_social": 'paid_social: "headline" (a question, under 35 characters), "text" (an invitation that starts '
    'with Shop, Explore, See or Discover, under 50 characters), "facts" (1 id).',
}
EXAMPLE = (
    'Example email variant for another brand (style only): {"subject": "Ready for muddy miles?", '
    '"preheader": "Missed your favorite muddy loop? See what is new for the season.", '
    '"intro": "Missed the trails this winter?", "facts": ["F1", "F2"], "cta": "Shop trail shoes"}'
)

ANGLES: dict[str, tuple[str, str]] = {
    "winback": ("what is new", "a reason to come back"),
    "retention": ("the product's benefit", "a practical tip"),
    "acquisition": ("the standout feature", "who it is built for"),
    "cross_sell": ("completes their kit", "one concrete benefit"),
    "launch": ("what is new", "who it is built for"),
    "seasonal": ("ready for the season", "the offer or a timely benefit"),
    "clearance": ("the offer", "a benefit plus the offer"),
}


def _literal(values: Sequence[str]) -> Any:
    return cast(Any, Literal)[tuple(values)]


#: The pieces the model writes per channel: ``field -> kind`` (a key of :data:`PATTERNS`).
TEXT_FIELDS: dict[str, dict[str, str]] = {
    "email": {"subject": "subject", "preheader": "preheader", "intro": "intro"},
    "sms": {"text": "text_question"},
    "push": {"title": "title", "text": "text_invitation"},
    "paid_social": {"headline": "headline", "text": "text_invitation"},
}


def _piece(kind: str, description: str, language: str = "en") -> tuple[type[str], Any]:
    pattern, max_len = (ZH_PATTERNS if language == "zh" else PATTERNS)[kind]
    if language == "zh":
        description = ZH_DESCRIPTIONS[kind]
    return (str, Field(..., pattern=pattern, max_length=max_len, description=description))


_DESCRIPTIONS = {
    "subject": "A short question.",
    "intro": "One question.",
    "text_question": "A short question.",
    "title": "A short question.",
    "headline": "A short question.",
    "preheader": "A question, then an invitation starting with a verb such as Shop or Explore.",
    "cta": "A call to action starting with a verb such as Shop or Explore.",
    "text_invitation": "An invitation starting with a verb such as Shop or Explore.",
}


def draft_model(channel: str, aliases: Sequence[str], language: str = "en") -> type[BaseModel]:
    """The schema of one variant's copy for ``channel`` (fact ids limited to ``aliases``).

    Every text field is pattern-constrained (see :data:`PATTERNS`, for Chinese
    :data:`~copilot.planner.zh.ZH_PATTERNS`); the model features 1 to ``MAX_FACTS[channel]`` facts by id.
    """
    fields: dict[str, Any] = {
        name: _piece(kind, _DESCRIPTIONS[kind], language) for name, kind in TEXT_FIELDS[channel].items()
    }
    if aliases:
        facts_type: Any = list[_literal(aliases)]  # type: ignore[misc]
        fields["facts"] = (facts_type, Field(..., min_length=1, max_length=MAX_FACTS[channel]))
    if channel == "email":
        fields["cta"] = _piece("cta", _DESCRIPTIONS["cta"], language)
    name = {"email": "EmailCopy", "sms": "SmsCopy", "push": "PushCopy", "paid_social": "SocialCopy"}[channel]
    model: type[BaseModel] = create_model(name, __config__=ConfigDict(extra="forbid"), **fields)
    return model


Aliases = Sequence[str] | Mapping[str, Sequence[str]]


def _channel_aliases(aliases: Aliases, channel: str) -> Sequence[str]:
    return aliases.get(channel, ()) if isinstance(aliases, Mapping) else aliases


def copy_schema(channels: Sequence[str], aliases: Aliases, language: str = "en") -> type[BaseModel]:
    """``{channel: [variant A, variant B]}`` for every channel in ``channels``; ``aliases`` are the
    fact ids the model may pick, for all channels or per channel."""
    fields: dict[str, Any] = {}
    for ch in channels:
        draft: Any = draft_model(ch, _channel_aliases(aliases, ch), language)
        fields[ch] = (list[draft], Field(..., min_length=2, max_length=2))
    model: type[BaseModel] = create_model("CampaignCopy", __config__=ConfigDict(extra="forbid"), **fields)
    return model


def repair_schema(keys: Sequence[str], aliases: Aliases, language: str = "en") -> type[BaseModel]:
    """``{"email_A": {...}, "sms_B": {...}}``: one rewritten piece per failing variant."""
    fields: dict[str, Any] = {
        key.replace(".", "_"): (
            draft_model(key.split(".")[0], _channel_aliases(aliases, key.split(".")[0]), language),
            Field(...),
        )
        for key in keys
    }
    model: type[BaseModel] = create_model("CopyRewrite", __config__=ConfigDict(extra="forbid"), **fields)
    return model


def batches(channels: Sequence[Channel], max_tokens: int) -> list[list[Channel]]:
    """Group channels so each call's expected answer fits in ``max_tokens`` (one call when possible)."""
    budget = int(max_tokens * 0.85)
    out: list[list[Channel]] = []
    cur: list[Channel] = []
    used = 0
    for ch in channels:
        need = 2 * TOKENS_PER_VARIANT[ch]
        if cur and used + need > budget:
            out.append(cur)
            cur, used = [], 0
        cur.append(ch)
        used += need
    if cur:
        out.append(cur)
    return out
