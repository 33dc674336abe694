"""HTML to Markdown-ish text with the standard library: headings stay headings, list items bullets.

Used by ``copilot.knowledge.chunking.chunk_html``, which then chunks the result as Markdown. Split
out because an HTML parser is its own small state machine, unrelated to how chunks are cut.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar


class _HtmlToMarkdown(HTMLParser):
    """Strip tags to Markdown-ish text: headings stay headings, list items become bullets."""

    _SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "section",
            "article",
            "br",
            "tr",
            "table",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "header",
            "footer",
            "main",
            "aside",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "hr",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self.skip += 1
        elif m := re.fullmatch(r"h([1-6])", tag):
            self.out.append("\n\n" + "#" * int(m.group(1)) + " ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self._BLOCK:
            self.out.append("\n\n")
        elif tag in ("td", "th"):
            self.out.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data.strip()
        if self.skip:
            return
        self.out.append(re.sub(r"\s+", " ", data))


def html_to_markdown(html: str) -> tuple[str, str]:
    """``(markdown, <title>)`` of an HTML page, using only the standard library."""
    parser = _HtmlToMarkdown()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    lines = [ln.strip() for ln in text.splitlines()]
    md = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    md = re.sub(r"^(#{1,6})\s*$\n*", "", md, flags=re.MULTILINE)  # empty headings
    return md, parser.title
