"""More from the session-18 probe audit, tested in other words: free shipping with its order minimum is the offer
(no unread clause), free returns are said, "metric ROAS" is the metric, a list of customers is refused, the size of
each segment is a segments question, a platform's livestream is no paid social, and 推出 a promotion is no launch."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_free_shipping_with_a_minimum() -> None:
    x = read("Spring tent sale, free shipping on orders over $60, email, $3k.", today=TODAY)
    assert x.offer is not None and x.offer.kind == "free_shipping" and x.not_applied == []


def test_free_returns_are_said() -> None:
    x = read("Win back lapsed runners with free exchanges and 10% off, email.", today=TODAY)
    assert [n.affects for n in x.not_applied] == ["offer"]
    assert x.offer is not None and x.offer.value == 10


def test_metric_named_after_metric() -> None:
    x = read("Fall boot push to hikers, email + paid social, $8k, metric ROAS.", today=TODAY)
    assert x.metric is not None and x.metric.name == "roi"


def test_a_list_of_customers_is_refused() -> None:
    assert read("Send me a list of shoppers who bought tents this year.", today=TODAY).intent == "refuse"


@pytest.mark.parametrize("text", ["What's the size of each segment?", "How many people are in every RFM segment?", "各个人群有多少人？"])
def test_the_size_of_each_segment(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.intent == "segments" and x.not_applied == []


def test_a_livestream_on_a_platform_is_no_paid_social() -> None:
    x = read("Promote our TikTok Live on Friday with a push to campers.", today=TODAY)
    assert x.channels.allowed == ["push"]
    assert [n.affects for n in x.not_applied] == ["channel"]


def test_rolling_out_a_promotion_is_no_launch() -> None:
    assert read("给忠诚客户推出满赠活动，满300送袜子，下周上线", today=TODAY).objective != "launch"
