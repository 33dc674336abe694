"""When a campaign sends: its window (the brief's, shortened to a 3-week flight when it spans a
season) and each channel's sends (launch, reminder, last chance) at the channel's best past day and
hour, SMS kept out of quiet hours.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from copilot.planner.plan_schema import CampaignBrief, Channel, ScheduledSend

if TYPE_CHECKING:
    from copilot.tools.schemas import ChannelStats

MAX_CAMPAIGN_DAYS = 42
DEFAULT_CAMPAIGN_DAYS = 21
QUIET_START, QUIET_END = 21, 8  # SMS quiet hours, recipient local time (compliance guide)

DEFAULT_HOUR: dict[str, int | None] = {"email": 9, "sms": 12, "push": 18, "paid_social": None}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _next_weekday(d: date, weekday: str | None, limit: date) -> date:
    if not weekday or weekday.lower() not in WEEKDAYS:
        return d
    target = WEEKDAYS.index(weekday.lower())
    shifted = d + timedelta(days=(target - d.weekday()) % 7)
    return shifted if shifted <= limit else d


def _send_hour(channel: str, stats: ChannelStats | None) -> tuple[int | None, str]:
    hour = stats.best_hour if stats is not None and stats.best_hour is not None else DEFAULT_HOUR.get(channel)
    note = "best hour in past sends" if stats is not None and stats.best_hour is not None else "default hour"
    if channel == "sms" and hour is not None and (hour >= QUIET_START or hour < QUIET_END):
        return 12, "noon: the best past hour falls in SMS quiet hours (21:00-08:00)"
    return hour, note


MIN_GAP_DAYS = 2
"""Two sends of one channel to the same people are at least this many days apart."""


def _spaced(steps: list[tuple[date, str, str]]) -> list[tuple[date, str, str]]:
    """The channel's steps in date order with no two closer than :data:`MIN_GAP_DAYS`: a reminder that would land on
    (or next to) the last chance gives way to it (a 14-day window whose launch waited for the best weekday had put
    an email reminder and the last chance on the same Sunday); any other crowded step is dropped."""
    out: list[tuple[date, str, str]] = []
    for d, step, note in sorted(steps, key=lambda s: s[0]):
        if out and (d - out[-1][0]).days < MIN_GAP_DAYS:
            if step == "last chance" and out[-1][1] == "reminder" and len(out) > 1:
                out[-1] = (d, step, note)
            continue
        out.append((d, step, note))
    return out


def build_schedule(
    channels: list[Channel], start: date, end: date, stats: dict[str, ChannelStats]
) -> list[ScheduledSend]:
    days = (end - start).days + 1
    out: list[ScheduledSend] = []
    for ch in channels:
        st = stats.get(ch)
        hour, why = _send_hour(ch, st)
        launch = _next_weekday(start, st.best_day if st else None, min(end, start + timedelta(days=6)))
        steps: list[tuple[date, str, str]] = []
        if ch == "email":
            steps.append((launch, "launch", "A/B split 50/50 of the treated audience"))
            if days >= 10:
                steps.append(
                    (launch + timedelta(days=7), "reminder", "non-openers and non-buyers; launch winner")
                )
            if days >= 14:
                steps.append((end - timedelta(days=2), "last chance", "non-buyers; launch winner"))
        elif ch == "sms":
            if "email" in channels:
                steps.append(
                    (min(end, launch + timedelta(days=2)), "reminder", "A/B split; non-buyers since the email")
                )
            else:  # no email before it: the SMS is the launch
                steps.append((launch, "launch", "A/B split 50/50 of the treated audience"))
            if days >= 7:
                steps.append((end - timedelta(days=1), "last chance", "non-buyers; winning variant"))
        elif ch == "push":
            steps.append((min(end, launch + timedelta(days=1)), "nudge", "A/B split; app users"))
            if days >= 10:
                steps.append(
                    (min(end, launch + timedelta(days=8)), "reminder", "non-buyers; winning variant")
                )
        else:
            steps.append((start, "flight start", "A/B creative test across the flight"))
            if days >= 14:
                steps.append(
                    (start + timedelta(days=days // 2), "creative refresh", "keep the winner, rotate copy")
                )
        for d, step, note in _spaced([(min(max(d, start), end), step, note) for d, step, note in steps]):
            when = f"; {hour:02d}:00 recipient local time ({why})" if hour is not None else ""
            out.append(
                ScheduledSend(
                    send_date=d, channel=ch, step=step, send_hour=hour, audience_note=(note + when)[:200]
                )
            )
    out.sort(key=lambda s: (s.send_date, s.channel))
    return out


def campaign_window(brief: CampaignBrief, today: date) -> tuple[date, date, list[str]]:
    """Start and end dates: the brief's window, shortened to a 3-week flight when it spans a season."""
    notes: list[str] = []
    start = brief.start_date or today + timedelta(days=7)
    end = brief.end_date
    if end is None:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
    if end < start:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
        notes.append("The end date was before the start; the campaign runs 21 days from the start.")
    if (end - start).days + 1 > MAX_CAMPAIGN_DAYS:
        window_end = end
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
        notes.append(
            f"The window {start:%b %-d}–{window_end:%b %-d} is long; the campaign runs a 3-week flight "
            f"{start:%b %-d}–{end:%b %-d} at its start, leaving room for a follow-up."
        )
    return start, end, notes
