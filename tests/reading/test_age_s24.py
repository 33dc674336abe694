"""Age in the audience (copilot.reading.age): a range read as an ``age`` leaf with the data's bands it uses, in
English and Chinese; vague ages and generations listed; gender listed, never dropped; without ages in the data
every age clause listed as before."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.catalogue import demo_catalogue
from copilot.reading.reasons_zh import reason_zh
from copilot.reading.schema import Reading
from copilot.tools.conditions import Age, Not, leaves

TODAY = date(2026, 3, 2)


def r(text: str, **kw: object) -> Reading:
    return read(text, today=TODAY, **kw)  # type: ignore[arg-type]


def ages(x: Reading) -> list[Age]:
    return [c for c in leaves(x.audience) if isinstance(c, Age)] if x.audience is not None else []


def listed(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "audience"]


@pytest.mark.parametrize(
    ("text", "lo", "hi", "bands", "words"),
    [
        ("Email shoppers aged 45-54 about trekking poles, 10% off.", 45, 54, ["45-54"], "aged 45-54"),
        ("Push the new headlamp to 25 to 34 year olds.", 25, 34, ["25-34"], "25 to 34 year olds"),
        ("Send our members under 40 a base-layer offer by SMS.", None, 39, ["18-24", "25-34"], "under 40"),
        ("Promote sleeping bags to customers older than 60.", 60, None, ["65+"], "older than 60"),
        ("Text runners in their 40s about trail shoes.", 40, 49, ["35-44", "45-54"], "in their 40s"),
        ("给45到54岁的会员推荐登山杖，邮件。", 45, 54, ["45-54"], "45到54岁的会员"),
        ("向35-44岁的客户推送头灯。", 35, 44, ["35-44"], "35-44岁的客户"),
        ("40岁以下的用户发短信推跑鞋。", None, 39, ["18-24", "25-34"], "40岁以下的用户"),
        ("给60岁以上的顾客发邮件推保暖夹克。", 60, None, ["65+"], "60岁以上的顾客"),
    ],
)
def test_an_age_range_is_read_with_its_bands(
    text: str, lo: int | None, hi: int | None, bands: list[str], words: str
) -> None:
    x = r(text)
    found = ages(x)
    assert len(found) == 1, (x.audience, x.not_applied)
    a = found[0]
    assert (a.min_age, a.max_age, a.bands) == (lo, hi, bands)
    assert a.span is not None and a.span.text == words
    assert not any("age" in n.reason for n in x.not_applied)


def test_a_band_partly_in_the_range_is_left_out_and_said() -> None:
    a = ages(r("Email customers younger than 40 about rain jackets."))[0]
    assert a.bands == ["18-24", "25-34"] and a.left_out == ["35-44"]


def test_an_age_joins_the_other_conditions_with_and() -> None:
    x = r("Champions aged 35-44 who bought a tent, email, $2k")
    assert x.audience is not None and x.audience.kind == "and"
    kinds = sorted(c.kind for c in leaves(x.audience))
    assert kinds == ["age", "bought", "rfm_segment"]


def test_an_excluded_age_is_a_not() -> None:
    x = r("Email Loyal customers, but not customers over 65, about boots.")
    assert x.audience is not None
    nots = [c for c in getattr(x.audience, "of", [x.audience]) if isinstance(c, Not)]
    assert nots and isinstance(nots[0].of, Age) and nots[0].of.min_age == 65


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Email men aged 25-34 about trail shoes.", "men"),
        ("Promote base layers to women over 45 by push.", "women"),
        ("给25-34岁的男性用户推送跑鞋。", "男性"),
        ("给女性用户（35到44岁）发邮件推冲锋衣。", "女性"),
    ],
)
def test_the_gender_beside_an_age_is_listed(text: str, gender: str) -> None:
    x = r(text)
    assert len(ages(x)) == 1
    assert gender in listed(x), x.not_applied


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Win back Gen X shoppers with 15% off.", "Gen X"),
        ("Promote running apparel to zoomers on push.", "zoomers"),
        ("给90后用户推送越野跑鞋。", "90后"),
        ("面向中老年客户推广保暖夹克。", "中老年客户"),
        ("给30岁左右的用户发邮件。", "30岁左右的用户"),
    ],
)
def test_a_vague_age_is_listed_not_guessed(text: str, words: str) -> None:
    x = r(text)
    assert not ages(x)
    assert words in listed(x), x.not_applied
    reason = next(n.reason for n in x.not_applied if n.text == words)
    assert "no age range" in reason and reason_zh(reason) is not None


def test_an_age_limit_of_a_review_stays_listed() -> None:
    x = r("Compliance: nobody under 18. Push Champions about headlamps.")
    assert not ages(x)
    assert any("age limit" in n.reason for n in x.not_applied)


def test_without_ages_in_the_data_every_age_clause_is_listed() -> None:
    no_ages = demo_catalogue()
    from dataclasses import replace

    x = r("Email men aged 35-54 who bought tents.", catalogue=replace(no_ages, age_bands=[]))
    assert not ages(x)
    assert sorted(listed(x)) == ["aged 35-54", "men"]
    assert any(n.reason == "the data has no age" for n in x.not_applied)
