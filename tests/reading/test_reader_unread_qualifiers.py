"""A who-clause no rule read is listed, even when the channel or offer of its sentence was read (session 17,
copilot/reading/relative.py; probes written for this round). Before, "customers who love trail races" targeted
every customer silently, and so did 喜欢露营的会员."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.leftover import REASON_UNREAD_WHO

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "listed"), [
    ("Email customers who love trail races about the new vest, 10% off.", "who love trail races"),
    ("SMS members who joined our running club, free shipping.", "who joined our running club"),
])
def test_an_unread_who_clause_is_listed(text: str, listed: str) -> None:
    x = read(text, today=TODAY)
    assert [(n.text, n.reason) for n in x.not_applied if n.affects == "audience"] == [(listed, REASON_UNREAD_WHO)]


@pytest.mark.parametrize(("text", "listed"), [
    ("给参加过跑团活动的会员发邮件推帐篷", "参加过跑团活动的会员"),
    ("SMS members who attended the trail meetup, free shipping.", "who attended the trail meetup"),
])
def test_an_attendance_clause_is_listed_as_data_the_workspace_lacks(text: str, listed: str) -> None:
    x = read(text, today=TODAY)
    assert [(n.text, n.reason) for n in x.not_applied if n.affects == "audience"] == [(listed, "the data has no event attendance")]


@pytest.mark.parametrize("text", [
    "Email customers who bought a tent in the last 90 days, 10% off.",
    "Reach customers who are NOT opted in to email — paid social only. $2,200.",
    "给所有的用户发邮件",
    "给近30天注册的新用户发短信",
    "哪个地区的客户对短信响应最好？",
    "Email customers who might like the new tent.",
])
def test_a_read_or_empty_qualifier_is_not_listed(text: str) -> None:
    assert [n.text for n in read(text, today=TODAY).not_applied if n.affects == "audience"] == []


@pytest.mark.parametrize(("text", "categories"), [
    ("推荐头灯给露营的人", ["tents", "sleeping-bags"]),
    ("给喜欢露营的会员发邮件推帐篷", ["tents", "sleeping-bags"]),
    ("给爱爬山的客户推登山杖", ["hiking-boots"]),
])
def test_people_told_by_their_activity_in_chinese(text: str, categories: list[str]) -> None:
    x = read(text, today=TODAY)
    assert x.audience is not None and getattr(x.audience, "categories", None) == categories
