"""Questions about the data from someone new to it (README decision 225), in other words than set 18's: the question about
a table, a column or how a figure is computed is listed (other), and the figure asked beside it is still read."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def _other(reading) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in reading.not_applied if n.affects == "other"]


def test_a_table_asked_for_is_listed_and_the_count_read() -> None:
    got = r(
        "New here: is there a list of customers by signup month? And how many Champions are in the South?"
    )
    assert any("is there a list" in w for w in _other(got))
    assert got.audience is not None and "South" in got.audience.model_dump_json()


def test_how_a_column_is_counted_is_listed_not_a_budget() -> None:
    got = r("Is 'revenue' in the data gross or net of returns? What was email revenue last month?")
    assert any("gross or net" in w for w in _other(got))
    assert not [n for n in got.not_applied if n.affects == "budget"]


def test_chinese_how_is_it_computed_is_listed() -> None:
    got = r("刚接手，想问下：上个月推送的点击率是多少？这个点击率是按送达量还是打开量算的？")
    assert any("还是" in w for w in _other(got))
    assert got.metric is not None and got.metric.name == "clicks"


def test_a_quoted_segment_asked_about_is_listed_and_still_the_audience() -> None:
    got = r("what's an 'About to sleep' customer? how many of them bought tents last year?")
    assert any("About to sleep" in w for w in _other(got))
    assert got.audience is not None and "About to sleep" in got.audience.model_dump_json()


def test_the_high_tier_is_the_high_value_tier() -> None:
    got = r("What's the average order value of the high tier over the last 90 days?")
    assert got.audience is not None and got.audience.kind == "value_tier"
