"""A group named only for a perk beside an audience said outright: "Audience for the main wave is everyone with email
consent … (3) early access for Champions 48 hours before everyone else", "人群：近一年下过单的会员 … 冠军客户可提前抢先购".
The early-access group is a second wave for other people, not a condition on the audience the brief names: its words
are listed (affects audience) and claimed, so the segment is not ANDed into the main audience. Without an audience
said outright ("early access for Champions to the new tent, email"), the group is the audience and nothing is done."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

#: The brief's own audience statement: "Audience: …", "Audience for the main wave is …", "Target audience = …", 人群：…
_AUDIENCE_SAID = re.compile(r"\b(?:target\s+)?audience\b[^.;:\n]{0,40}?(?:\bis\b|\bare\b|\bwill be\b|[:=])|(?:目标)?(?:人群|受众|对象)(?:是|为|[:：])",
                            re.IGNORECASE)
_PERK = re.compile(
    r"\b(?:early|first|exclusive|priority|vip)\s+(?:access|dibs|shopping window)\s+(?:for|to)\s+(?:our\s+|the\s+|all\s+)?(?P<g>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}?)"
    r"(?=\s*(?:[,.;:()]|\d|\b(?:before|ahead|on|at|from|to|of|with|starts?|begins?|opens?|only)\b|$))"
    r"|\b(?P<g2>[A-Z][\w' -]{1,30}?)\s+(?:get|gets|getting)\s+(?:early|first|exclusive|priority)\s+access\b"
    r"|(?P<g3>[\u4e00-\u9fff]{2,8}?)(?:可以|可|能|享)?(?:提前[\d一二两三四五六七八九十]*\s*(?:小时|天)?\s*(?:优先|抢先)?|优先|抢先)(?:购买|抢购|购|下单|体验|访问)",
    re.IGNORECASE)
REASON = ("an early-access wave for this group is a second send to other people; the plan reaches the audience the brief "
          "names: plan the early access as its own campaign")


def perk_groups(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Early access for a group beside an audience said outright: listed and claimed (see the module docs)."""
    said = _AUDIENCE_SAID.search(t.text)
    if said is None:
        return
    sentence_end = re.compile(r"[.;。；\n]").search(t.text, said.end())
    own = (said.start(), sentence_end.start() if sentence_end else len(t.text))
    for m in _PERK.finditer(t.text):
        g = next(x for x in ("g", "g2", "g3") if m.group(x))
        same = m.group(g).strip().lower() in t.text[own[0] : own[1]].lower()  # "Audience: Loyal customers … early access for Loyal customers"
        if same or own[0] <= m.start() < own[1] or not t.free(m.start(g), m.end(g)):
            continue  # the perk inside the audience statement ("Audience: Champions, with early access") is its audience
        # (a head start inside it, 提前24小时, may have been listed under timing already)
        na.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="audience", reason=REASON))
