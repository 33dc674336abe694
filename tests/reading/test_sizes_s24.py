"""Session 24, from the end-user probe's class "sizes" (/work/notes/probe_s23c.md, eb06), in words of their own: a
top share or count of customers ranked by a predicted or modelled propensity, in English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import TopPropensity

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "share", "n", "category"),
    [
        ("Push the top 5% of shoppers by modelled purchase probability for tents, 10% off", 0.05, None, "tents"),
        ("Email the top 1500 customers by predicted propensity to buy headlamps", None, 1500, "headlamps"),
        ("按预测购买概率排名前10%的客户发邮件，推帐篷", 0.1, None, None),
        ("购买倾向得分前300名的会员，发短信推头灯", None, 300, None),
    ],
)
def test_a_top_by_predicted_propensity(text: str, share: float | None, n: int | None, category: str | None) -> None:
    r = read(text, today=TODAY)
    assert isinstance(r.audience, TopPropensity), r.audience
    assert (r.audience.top_share, r.audience.top_n) == (share, n)
    if category is not None:
        assert r.audience.category == category
    assert not any("could not read" in x.reason for x in r.not_applied)
