"""No purchase of it since a purchase told how long ago ("bought tents over a year ago and haven't bought one since",
"sock buyers from 4+ months ago who haven't rebought since", 一年前买过睡袋、之后没再买过) is what "ago" already says: one
leaf pair, never a never-bought leaf that empties the audience; a nearer window said with it (近两年购买过冲锋衣但近一年
未再购买, 最近三个月没再复购) is none within that window (dev b1168 b611's class)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Bought, Not

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def shape(x: Reading) -> list[tuple[bool, tuple[str, ...], int | None]]:
    """(negated, categories, within_days) of every purchase leaf."""
    assert x.audience is not None
    return _walk(x.audience, False)


def _walk(c: object, neg: bool) -> list[tuple[bool, tuple[str, ...], int | None]]:
    if isinstance(c, Bought):
        return [(neg, tuple(c.categories), c.within_days)]
    if isinstance(c, Not):
        return _walk(c.of, not neg)
    kids = getattr(c, "of", None)
    return [n for k in kids for n in _walk(k, neg)] if isinstance(kids, list) else []


def test_english_since_after_ago_adds_nothing() -> None:
    for text, cat, days in (("Customers who bought tents over a year ago and haven't bought one since, email", "tents", 365),
                            ("Email anyone who bought a headlamp 6+ months ago who hasn't repurchased since.", "headlamps", 180),
                            ("Email tent buyers from over a year ago, 10% off", "tents", 365)):
        got = shape(r(text))
        assert (True, (cat,), None) not in got, text
        assert (True, (cat,), days) in got and any(not neg and c == (cat,) for neg, c, _ in got), text


def test_chinese_none_since() -> None:
    got = shape(r("一年前买过睡袋、之后没再买过的客户发短信"))
    assert (True, ("sleeping-bags",), None) not in got and (True, ("sleeping-bags",), 365) in got
    got = shape(r("两年内买过登山鞋、最近半年没有再买的会员，推送"))
    assert (False, ("hiking-boots",), 730) in got and (True, ("hiking-boots",), 180) in got
    got = shape(r("买过帐篷的客户，最近三个月没再复购的，发邮件"))
    assert (True, ("tents",), 90) in got


def test_another_category_since_stays_its_own() -> None:
    got = shape(r("Champions who bought boots over a year ago and haven't bought socks since, email"))
    assert any(neg and c == ("socks",) for neg, c, _ in got)
    assert not any(not neg and c == ("socks",) for neg, c, _ in got)


def test_same_goods_named_again_since() -> None:
    for text, cat, days in (("Email people who bought a tent 2 years ago and haven't bought a tent since", "tents", 730),
                            ("How many customers bought headlamps more than a year ago and never bought headlamps since?", "headlamps", 365)):
        got = shape(r(text))
        assert (True, (cat,), None) not in got and (True, (cat,), days) in got, text
