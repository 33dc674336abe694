"""Writers south of the equator and currencies the reader did not know (issue #12, the fifteenth set's dev part;
decision 197), each tested in other words: their seasons, NZ$ / R / ₹ lakh / CHF, an occasion mentioned as context
before the one the run-up is told against, and a season named twice."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Melbourne store: summer sale on trail shoes, 20% off, email, A$3k.", "2026-12-01", "2027-02-28"),
    ("From the Johannesburg team — a winter push on down jackets, SMS, R40,000.", "2026-06-01", "2026-08-31"),
    ("悉尼这边冬季主推羽绒服，邮件，预算5000澳元。", "2026-06-01", "2026-08-31"),
    ("Spring launch for the new tents, email, $4k.", "2026-03-02", "2026-05-31"),  # no southern cue: the northern spring
])
def test_a_southern_writer_names_their_own_season(text: str, start: str, end: str) -> None:
    w = r(text).window
    assert w is not None and (w.start.isoformat(), w.end.isoformat()) == (start, end)


def test_when_a_season_starts_is_no_campaign_month() -> None:
    w = r("Our winter begins in June down here: winter campaign for hikers, email, A$2k.").window
    assert w is not None and (w.start.isoformat(), w.end.isoformat()) == ("2026-06-01", "2026-08-31")


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Email the Loyal segment, NZ$2,500, 10% off.", 2500, "NZD"),
    ("SMS to Champions, budget R18 000.", 18000, "ZAR"),
    ("Push to Loyal, budget ₹3 lakh.", 300000, "INR"),
    ("Email Champions, budget Rs 75,000.", 75000, "INR"),
    ("Email everyone, 4,000 CHF.", 4000, "CHF"),
])
def test_more_currencies(text: str, amount: float, currency: str) -> None:
    x = r(text)
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (amount, currency)
    assert not x.not_applied


def test_nz_before_a_dollar_sign_is_no_country() -> None:
    assert not r("Email campers, NZ$900.").not_applied


def test_the_occasion_the_run_up_is_told_against() -> None:
    w = r("Black Friday is huge for us, so: Champions, email, 20% off, $3k, the week before Black Friday.").window
    assert w is not None and w.occasion == "black_friday"
    assert (w.end - w.start).days == 6 and w.end.isoformat() == "2026-11-26"


def test_a_season_named_twice_is_not_listed() -> None:
    x = r("Summer is coming, so a summer campaign for campers: tents 15% off, email, $1k.")
    assert x.window is not None and x.window.start.isoformat() == "2026-06-01"
    assert not x.not_applied
