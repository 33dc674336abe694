"""``re`` for the reader, with a compile cache large enough for its patterns, and ASCII word boundaries.

The reader builds many patterns from its vocabulary (category words, product names, buyer nouns), some
2,900 distinct ones over a few hundred requests; ``re``'s own cache holds 512, so reading a request
recompiled about 2,000 patterns and cost ~0.3 s. The reader's modules import this module as ``re``:
the same functions and names, each pattern compiled once per process.

Patterns compile with ``re.ASCII``: word boundaries and word characters are Latin ones, so "发email给Loyal客户"
reads email and Loyal (with Unicode rules a Chinese character is a word character and hides them).
Chinese patterns spell their characters and need no word boundaries.
"""

from __future__ import annotations

import re as _re
from collections.abc import Iterator
from functools import lru_cache
from re import DOTALL, IGNORECASE, MULTILINE, I, Match, Pattern, S, escape
from typing import Any

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "I", "Match", "Pattern", "S", "compile", "escape", "findall",
           "finditer", "fullmatch", "match", "search", "split", "sub"]

_Pat = str | Pattern[str]


#: Words the reader's patterns spell one way that marketers also write another way, meaning the same:
#: 顾客 is 客户, and "shoppers", "people", "custs" or "clients" are "customers", in every pattern that names the customer.
_SAME_WORDS = ((_re.compile("客户"), "(?:客户|顾客)"),
               (_re.compile(r"(?<![\w|(])customers\?(?![\w|])"), "(?:customers?|shoppers?|people|custs?|clients?)"),
               (_re.compile(r"(?<![\w|(])customers(?![\w|?])"), "(?:customers|shoppers|people|custs|clients)"))


@lru_cache(maxsize=16384)
def _compiled(pattern: _Pat, flags: int) -> Pattern[str]:
    if isinstance(pattern, str):
        for word, alternatives in _SAME_WORDS:
            pattern = word.sub(alternatives, pattern)
    return _re.compile(pattern, flags | _re.ASCII)


def compile(pattern: _Pat, flags: int = 0) -> Pattern[str]:
    return _compiled(pattern, int(flags))


def search(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: _Pat, string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: _Pat, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def sub(pattern: _Pat, repl: object, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)  # type: ignore[call-overload]


def split(pattern: _Pat, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)
