"""Two silent losses of probe s24x: 没买过 before a kind of sock (跑步袜, 运动袜) is 'never bought socks' like 没买过袜子
(it had read 'bought socks'), and "set up push for …" / "schedule push for …" name the push channel ("push the
tent to campers" is still the verb)."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import Bought, Not

TODAY = date(2026, 4, 20)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def never_socks(x: Reading) -> bool:
    def walk(c: object, neg: bool) -> bool:
        if isinstance(c, Not):
            return walk(c.of, not neg)
        if isinstance(c, Bought):
            return neg and c.categories == ["socks"]
        return any(walk(k, neg) for k in getattr(c, "of", []) or [])

    return x.audience is not None and walk(x.audience, False)


def test_never_bought_running_socks() -> None:
    assert never_socks(r("给过去三个月买过跑鞋、但没买过跑步袜的客户发短信"))


def test_never_bought_sport_socks() -> None:
    assert never_socks(r("给没有买过运动袜的客户发邮件"))


def test_set_up_push_is_the_channel() -> None:
    x = r("pls set up push for hibernating customers, 10% off backpacks")
    assert x.channels.allowed == ["push"]


def test_schedule_push_is_the_channel() -> None:
    x = r("schedule push for loyal customers about the new tents")
    assert x.channels.allowed == ["push"]


def test_push_as_a_verb_is_no_channel() -> None:
    x = r("email champions and push the new tents to them")
    assert "push" not in x.channels.allowed
