"""Holdout sizing, budget split and schedule: the numbers code computes."""

from __future__ import annotations

import math
from datetime import date

import pytest

from copilot.planner.assemble import build_schedule, campaign_window, split_budget
from copilot.planner.holdout import design_holdout, minimum_detectable_lift, required_control_size
from copilot.planner.plan_schema import CampaignBrief


def test_required_size_matches_the_textbook_equal_split() -> None:
    # 5% -> 6% with equal groups, alpha .05 two-sided, power .8: about 8,160 per group
    n = required_control_size(0.05, 0.01, k=1.0)
    assert 8000 < n < 8300


def test_powered_holdout_uses_the_smallest_sufficient_share() -> None:
    d = design_holdout(1_000_000, 0.05, 0.01)
    assert d.powered and d.share == 0.05
    d2 = design_holdout(200_000, 0.05, 0.01)
    assert d2.powered and 0.05 <= d2.share <= 0.3
    assert d2.size >= (d2.required_control or 0)


def test_small_audience_falls_back_to_ten_percent_with_minimum() -> None:
    d = design_holdout(5000, 0.05, 0.01)
    assert not d.powered and d.share == 0.1 and d.size == 500
    assert "directional" in d.explanation
    tiny = design_holdout(300, 0.1, 0.05)
    assert tiny.size == 50  # minimum size beats 10% of 300
    assert math.isclose(tiny.mde, minimum_detectable_lift(0.1, 50, 250))
    assert design_holdout(0, 0.1, 0.05).size == 0


def test_the_detectable_lift_agrees_with_the_sizing_rule() -> None:
    # the quick-start plan said "cannot detect 1.02 points" and "detects 1.0 points or more" at once
    d = design_holdout(1149, 0.0062, 0.0102)
    assert not d.powered and d.mde > 0.0102
    assert f"{d.mde * 100:.2f} points" in d.explanation
    for n_c, n_t in ((115, 1034), (500, 4500), (5000, 45000)):
        mde = minimum_detectable_lift(0.02, n_c, n_t)
        assert required_control_size(0.02, mde, n_t / n_c) <= n_c * (1 + 1e-9)
        assert required_control_size(0.02, mde * 0.99, n_t / n_c) > n_c


def test_budget_split_proportional_with_floor_and_cap() -> None:
    s = split_budget({"email": 3000.0, "sms": 1000.0})
    assert s == pytest.approx({"email": 0.7, "sms": 0.3})  # 0.75 capped at 0.7
    s = split_budget({"email": 100.0, "sms": 1.0, "push": 50.0})
    assert s["sms"] == pytest.approx(0.1)
    assert sum(s.values()) == pytest.approx(1.0)
    assert all(0.1 - 1e-9 <= v <= 0.7 + 1e-9 for v in s.values())
    assert split_budget({"email": 0.0}) == {"email": 1.0}
    assert split_budget({"email": 0.0, "sms": 0.0}) == pytest.approx({"email": 0.5, "sms": 0.5})


def test_campaign_window_shortens_a_season_to_a_flight() -> None:
    brief = CampaignBrief(goal="g", start_date=date(2025, 3, 1), end_date=date(2025, 5, 31))
    start, end, notes = campaign_window(brief, date(2025, 1, 15))
    assert (start, end) == (date(2025, 3, 1), date(2025, 3, 21))
    assert notes and "3-week" in notes[0]
    short = CampaignBrief(goal="g", start_date=date(2025, 3, 1), end_date=date(2025, 3, 14))
    assert campaign_window(short, date(2025, 1, 15))[:2] == (date(2025, 3, 1), date(2025, 3, 14))


def test_schedule_stays_in_window_and_out_of_sms_quiet_hours() -> None:
    sched = build_schedule(["email", "sms"], date(2025, 3, 1), date(2025, 3, 21), {})
    assert {s.channel for s in sched} == {"email", "sms"}
    assert all(date(2025, 3, 1) <= s.send_date <= date(2025, 3, 21) for s in sched)
    assert [s.send_date for s in sched] == sorted(s.send_date for s in sched)
    assert all(8 <= (s.send_hour or 12) < 21 for s in sched if s.channel == "sms")
    assert sum(1 for s in sched if s.channel == "email") == 3


def test_an_sms_only_plan_launches_with_the_sms() -> None:
    sched = build_schedule(["sms"], date(2025, 3, 1), date(2025, 3, 21), {})
    assert sched[0].step == "launch" and "email" not in sched[0].audience_note
    both = build_schedule(["email", "sms"], date(2025, 3, 1), date(2025, 3, 21), {})
    assert next(s.step for s in both if s.channel == "sms") == "reminder"


def test_no_channel_sends_twice_within_two_days() -> None:
    """A 14-day window whose email launch waits for the best weekday (Sunday) had put the reminder and the last
    chance on the same Sunday; the reminder gives way to the last chance."""
    from itertools import pairwise

    from copilot.tools.schemas import ChannelStats

    def stats(channel: str, day: str) -> ChannelStats:  # only the best day and hour matter to the schedule
        return ChannelStats.model_construct(channel=channel, best_day=day, best_hour=12)

    start, end = date(2027, 10, 6), date(2027, 10, 19)  # Wednesday to Tuesday
    sched = build_schedule(["email", "push"], start, end, {"email": stats("email", "sunday"), "push": stats("push", "tuesday")})
    for channel in ("email", "push"):
        days = [s.send_date for s in sched if s.channel == channel]
        assert all((b - a).days >= 2 for a, b in pairwise(days)), (channel, days)
    email = [(s.send_date, s.step) for s in sched if s.channel == "email"]
    assert email[0] == (date(2027, 10, 10), "launch") and email[-1][1] == "last chance"
