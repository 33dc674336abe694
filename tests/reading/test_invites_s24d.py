"""A calendar invite pasted whole (README decision 218), in other words than set 18's: the title, time, guests and
links are the meeting's, only the description is read; the meeting a question's figure is for is no clause."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def test_outlook_invite_time_and_location_are_no_clauses() -> None:
    got = r(
        "Outlook: 'Spring winback review' — Tuesday, March 10 · 11:00 – 11:30am. Description: email Lost customers "
        "a 15% off code, $3,000, March 23 to April 5. Location: Room 4B. Organizer: Dana Lee"
    )
    assert got.window is not None and got.window.start == date(2026, 3, 23)
    assert not [n for n in got.not_applied if n.affects == "timing"]
    assert got.channels.allowed == ["email"]
    assert not [n for n in got.not_applied if "Room" in n.text or "Dana" in n.text]


def test_chinese_invite_title_names_no_aim_and_its_hour_is_no_timing() -> None:
    got = r(
        "钉钉日程：双十二 复购 例会（每周三 15:00）\n说明：给买过帐篷的客户发短信推睡袋，预算3000元，3月20日到3月31日。\n参会人：小王、小李"
    )
    assert got.objective is None or got.objective_span is None or "例会" not in got.objective_span.text
    assert not [n for n in got.not_applied if n.affects == "timing"]
    assert got.window is not None and got.window.start == date(2026, 3, 20) and got.window.occasion is None
    assert got.channels.allowed == ["sms"]


def test_meeting_a_question_is_for_is_no_window() -> None:
    got = r("Before Friday's budget meeting: how much revenue did email bring in last month?")
    assert got.window is None
    zh = r("明天要开会，帮我看下上个月短信带来了多少订单？")
    assert zh.window is None
