"""Check and cross marks beside channels in pasted notes ("✅ email ✅ push ❌ SMS", 短信✅ 推送✅ 邮件❌): a cross leaves
the channel out. A note puts its marks either before each channel or after it; the first mark beside a channel
says which (set 17, decision 211)."""

from __future__ import annotations

from copilot.reading import regex as re

_CROSS = "❌🚫✖✗⛔"
_ANY = "✅✔☑" + _CROSS  # (🙅 leads words of its own, 🙅不要短信: read by the words)
_CHANNEL = r"(?:e-?mails?|sms|texts?|push|paid social|邮件|短信|推送|电子邮件)"
_BEFORE = re.compile(rf"[{_ANY}]\ufe0f?\s*{_CHANNEL}", re.IGNORECASE)
_AFTER = re.compile(rf"{_CHANNEL}\s*[{_ANY}]", re.IGNORECASE)


def crossed_out(text: str, start: int, end: int) -> re.Match[str] | None:
    """The cross mark on its note's side of the channel word at ``start:end``, if it has one."""
    before, after = _BEFORE.search(text), _AFTER.search(text)
    if before is None and after is None:
        return None
    marks_after = after is not None and (before is None or after.start() < before.start())
    if marks_after:
        return re.match(rf"\s*[{_CROSS}]", text[end : end + 3])
    return re.search(rf"[{_CROSS}]\ufe0f?\s*$", text[max(0, start - 3) : start])
