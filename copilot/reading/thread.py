"""An email or chat thread pasted as a request: only the newest message is the request.

Marketers paste replies with the earlier messages quoted under them ("> On Mon, Anna wrote:", "在 2026年2月27日，
李娜 写道：", "-----Original Message-----", "From: … Sent: …"). The quoted messages are history: what they asked
may have been changed by the newest one ("make it $6k", 预算改成3万元), so reading them would plan the old
request. :func:`quoted_from` finds where the history starts; the reader reads the newest message only (a
prefix of the text, so every span still points into the whole text the reading keeps). When the newest message only agrees with or amends
the history ("Fine by me. Just make it the Cascade Beam instead", 就按这个来), :func:`back_reference` names the
words that point at it, listed under Not applied: copilot plans what this message says.
"""

from __future__ import annotations

from copilot.reading import regex as re

#: The first line of quoted history.
_HISTORY = re.compile(
    r"(?m)^[ \t]*(?:>|＞)"                                                  # a quoted line
    r"|^[ \t]*On\b[^\n]{0,120}\bwrote:\s*$"                                   # On Mon, Mar 2, 2026 at 9:14 AM Anna wrote:
    r"|^[ \t]*(?:在|于)[^\n]{0,80}(?:写道|寫道)[：:]\s*$"                      # 在 2026年2月27日，李娜 写道：
    r"|^[ \t]*-{2,}\s*(?:Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件)\s*-{2,}"
    r"|^[ \t]*From:[^\n]{1,120}\n[ \t]*(?:Sent|Date):",                       # Outlook headers
    re.IGNORECASE)

#: Words in the newest message that refer to the quoted proposal.
_BACK = re.compile(
    r"\b(?:fine by me|works for me|lgtm|looks good to me|ok(?:ay)? with me|as proposed|as (?:you )?suggested(?: below)?|"
    r"go (?:ahead )?with (?:that|this|it)|same as (?:below|before))\b"
    r"|就按(?:这个|這個|你说的|你說的)来?|按(?:这个|這個)来|照(?:这个|這個)来?|按你说的办?"
    r"|(?:同意|赞同|認同|认同)(?:你的|您的|你們的|你们的)?(?:方案|提议|提議|建议|建議|安排)|(?:方案|提议)(?:没问题|可以)",
    re.IGNORECASE)


#: Where a signature or a mail footer starts: "Best, Jen Park, Senior CRM Manager, …, 415-555-0199", "-- Sent from
#: my iPhone", "This email and any attachments are confidential…": no part of the request (its phone numbers,
#: street addresses and cities were read as dates and places).
_SIGNATURE = re.compile(
    r"(?:(?<=[.!?。！？\n])|(?<=[.!?]\s))[ \t]*(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: again)?|thank you|cheers|br|"
    r"sincerely|warmly|all the best)[,!.]?[ \t]*(?:\n[ \t]*)?(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z.]+)){0,2}[ \t]*(?:[,|\n–—-]|$)"
    r"|(?m:^[ \t]*--[ \t]*$)|(?:^|(?<=\s))--[ \t]*sent from my\b|\bsent from my (?:iphone|ipad|android|phone|mobile|galaxy|pixel)\b"
    r"|\bthis (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: (?:to|with) it)?)? (?:is|are|may be) (?:strictly )?(?:confidential|privileged|intended)",
    re.IGNORECASE)


def quoted_from(text: str) -> int | None:
    """Where quoted history (or a signature or mail footer) starts, when a message stands before it; else None."""
    found = [m.start() for rx in (_HISTORY, _SIGNATURE) if (m := rx.search(text)) is not None and text[: m.start()].strip()]
    return min(found) if found else None


#: A quoted line that is a short question ("> Which product?", "> 预算多少？").
_QA_LINE = re.compile(r"(?m)^[ \t]*(?:>|＞)[ \t]*[^\n]{1,60}?[?？][ \t]*$")
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*(?:>|＞)")


def _answered_questions(text: str) -> list[tuple[int, int]]:
    """A colleague's questions quoted with the answers under them (set 13 decision 164): "> Which product?\nthe Larch
    Mid GTX 2\n> Budget?\n$1,500". Every quoted line is a short question and every one is answered."""
    qa = list(_QA_LINE.finditer(text))
    if len(qa) < 2 or len(qa) != len(_QUOTED_LINE.findall(text)):
        return []
    for m in qa:
        after = text[m.end():].lstrip("\n")
        if not after.strip() or _QUOTED_LINE.match(after):
            return []
    return [(m.start(), m.end()) for m in qa]


def newest(text: str) -> str:
    """``text`` up to its quoted history: the newest message (a prefix, so its spans are spans of ``text``). Quoted
    questions answered under them are blanked instead (same length): the answers are the request, and a value only a
    question names ("> Can we do 25%?" / "No — 15% max.") is not."""
    answered = _answered_questions(text)
    if answered:
        chars = list(text)
        for a, b in answered:
            chars[a:b] = " " * (b - a)
        return "".join(chars)
    text = _blank_headers(text)
    inline = _inline_quotes(text)
    if inline:
        chars = list(text)
        for a, b in inline:
            chars[a:b] = " " * (b - a)
        return "".join(chars)
    cut = quoted_from(text)
    return text if cut is None else text[:cut].rstrip()


#: Mail header lines at the top of a pasted message ("From: Priya", "To: Sam"): no clause of the request
#: (a subject line, "Re: 四月新品推广", may name the campaign and is read).
_HEADER = re.compile(r"(?m)^[ \t]*(?:from|to|cc|sent|date|发件人|收件人|抄送)[ \t]*[:：][^\n]*$",
                     re.IGNORECASE)
_HISTORY_HEAD = re.compile(r"(?m)^[ \t]*(?:On\b[^\n]{0,120}\bwrote:|(?:在|于)[^\n]{0,80}(?:写道|寫道)[：:]|-{2,}\s*(?:Original|Forwarded))",
                           re.IGNORECASE)


def _blank_headers(text: str) -> str:
    """The header lines that open a pasted message blanked (same length), when a message follows them."""
    chars = list(text)
    pos = 0
    for m in _HEADER.finditer(text):
        if text[pos:m.start()].strip():
            break
        chars[m.start():m.end()] = " " * (m.end() - m.start())
        pos = m.end()
    return "".join(chars) if text[pos:].strip() else text


def _inline_quotes(text: str) -> list[tuple[int, int]]:
    """A reply written under the lines it quotes ("> Sam wrote: repeat last year's blast?" / "No — let's go with a
    winback …"): the quoted lines, when the message's own words follow the last of them and no older message is
    pasted below."""
    quoted = list(_QUOTED_LINE.finditer(text))
    if not quoted or _HISTORY_HEAD.search(text):
        return []
    lines = [(m.start(), text.find("\n", m.start()) if "\n" in text[m.start():] else len(text)) for m in quoted]
    if not text[lines[-1][1]:].strip() or not text[: lines[0][0]].strip():
        return []
    return lines


def back_reference(newest_message: str) -> tuple[int, int] | None:
    """The words of a thread's newest message (what :func:`newest` returned when it cut a quote) that point at
    the quoted history ("Fine by me", 就按这个来)."""
    m = _BACK.search(newest_message)
    return (m.start(), m.end()) if m else None
