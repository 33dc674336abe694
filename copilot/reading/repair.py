"""Repair and care services offered in a brief (README decision 224's repair/trade-in briefs), and phrases banned from copy.

"invite … to our free resole service", 免费换底服务, "free repair clinic", "a free tune-up": a service copilot cannot price or
plan is listed (offer), never a gift or a discount. "Keep the copy calm — no 'last chance'", 文案里别写"最后一天": a phrase the
copy must not use is a copy rule: listed (other), never an exclusion.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_SERVICE = re.compile(
    r"\bfree (?:boot |shoe |gear |tent |jacket )?(?:resole|resoling|repair|repairs|re-?waterproofing|tune-?ups?|fittings?|"
    r"cleaning|servicing)(?: (?:service|clinic|day|event|station))?\b"
    r"|免费(?:换底|维修|修补|保养|清洗|防水处理)(?:服务)?",
    re.IGNORECASE,
)
_BANNED = re.compile(
    r"(?<![\w])no [\"'‘“][^\"’”\n]{2,30}?[\"'’”](?=\s*(?:[.,;)]|$|\n|in the copy|anywhere))"
    r"|(?:文案|标题)(?:里|中)?(?:别|不要|不能|不许)(?:写|用|出现)[\"“「『][^\"”」』\n]{1,20}[\"”」』]",
    re.IGNORECASE,
)
_SERVICE_REASON = (
    "a repair or care service is no offer copilot can price or plan; it is kept as said for the copy"
)
_BANNED_REASON = (
    "a phrase the copy must not use: copilot does not write the copy; keep it in the creative brief"
)


def repair_not_applied(t: Text) -> list[NotApplied]:
    """List a service offered and a phrase banned from the copy."""
    out: list[NotApplied] = []
    for rx, affects, reason in ((_SERVICE, "offer", _SERVICE_REASON), (_BANNED, "other", _BANNED_REASON)):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                span = t.take(m.start(), m.end())
                out.append(NotApplied(text=m.group(0), span=span, affects=affects, reason=reason))
    return out
