"""Session 20's probe of who and which channel (Chinese audiences, composition, counts in words, channels in Chinese
and code-switched text), each fix tested in other words than the probe case that showed it."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import without_spans

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def aud(x: Reading) -> object:
    return None if x.audience is None else without_spans(x.audience)


def test_every_channel_but_one_said_without_all_channels() -> None:
    x = r("给忠诚客户推登山杖，除了推送其余渠道都可以。")
    assert sorted(x.channels.allowed) == ["email", "paid_social", "sms"]
    assert x.channels.excluded == ["push"]
    y = r("Any channel works for us except push: Loyal customers, 10% off trekking poles.")
    assert sorted(y.channels.allowed) == ["email", "paid_social", "sms"]
    assert y.channels.excluded == ["push"]


def test_repeat_and_one_time_buyers_in_other_words() -> None:
    assert aud(r("有过复购的会员有多少？")) == {"kind": "order_count", "min": 2}
    assert aud(r("Send one-and-done shoppers a push about socks.")) == {
        "kind": "order_count",
        "min": 1,
        "max": 1,
    }
    assert aud(r("Email customers with 3 orders exactly.")) == {"kind": "order_count", "min": 3, "max": 3}


def test_no_order_in_a_window_is_a_lapse_not_never_ordered() -> None:
    assert aud(r("最近三个月一单都没下过的客户，发短信。")) == {
        "kind": "recency",
        "min_days": 90,
        "include_never": False,
    }
    assert aud(r("新注册7天内还没下单的用户，推送首单券。")) == {
        "kind": "and",
        "of": [{"kind": "signed_up", "within_days": 7}, {"kind": "order_count", "max": 0}],
    }


def test_spend_thresholds_told_in_words() -> None:
    assert aud(r("Customers whose lifetime spend under a thousand bucks: email 10% off.")) == {
        "kind": "spend",
        "max": 1000.0,
        "currency": "USD",
    }
    assert aud(r("累计消费未满300元的会员，发短信。")) == {"kind": "spend", "max": 300.0, "currency": "CNY"}


def test_half_a_year_without_engagement() -> None:
    assert aud(r("最近半年都没点过推送的客户有多少？")) == {
        "kind": "not",
        "of": {"kind": "engagement", "event": "clicked", "channel": "push", "within_days": 180},
    }


def test_segments_after_one_chinese_negation_are_one_excluded_leaf() -> None:
    assert aud(r("不要Lost和Hibernating客户，其他人发短信推袜子。")) == {
        "kind": "not",
        "of": {"kind": "rfm_segment", "segments": ["Lost", "Hibernating"]},
    }


def test_a_channel_left_out_does_not_exclude_the_group_after_it() -> None:
    x = r("Every channel except email for Loyal customers, free shipping on socks.")
    assert aud(x) == {"kind": "rfm_segment", "segments": ["Loyal"]}
    assert x.channels.excluded == ["email"]


def test_but_did_buy_is_a_purchase() -> None:
    assert aud(r("People who never bought socks but did buy hiking boots: email them.")) == {
        "kind": "and",
        "of": [
            {"kind": "not", "of": {"kind": "bought", "categories": ["socks"], "product_ids": []}},
            {"kind": "bought", "categories": ["hiking-boots"], "product_ids": []},
        ],
    }


def test_plus_and_yiji_join_two_groups() -> None:
    assert aud(r("Email Lost customers plus one-time buyers about the spring sale.")) == {
        "kind": "or",
        "of": [{"kind": "rfm_segment", "segments": ["Lost"]}, {"kind": "order_count", "min": 1, "max": 1}],
    }
    assert aud(r("流失客户以及冠军客户，都发一封邮件。")) == {
        "kind": "or",
        "of": [
            {"kind": "recency", "min_days": 180, "include_never": False},
            {"kind": "rfm_segment", "segments": ["Champions"]},
        ],
    }


def test_a_top_share_said_before_chinese_most_likely() -> None:
    assert aud(r("top 5% 最有可能购买睡袋的用户，发邮件。")) == {
        "kind": "top_propensity",
        "category": "sleeping-bags",
        "horizon_days": 30,
        "top_share": 0.05,
    }


def test_a_purchase_told_without_its_goods_is_the_goods_named_before() -> None:
    assert aud(r("买过头灯的用户，近60天刚买过的除外，发推送。")) == {
        "kind": "and",
        "of": [
            {"kind": "bought", "categories": ["headlamps"], "product_ids": []},
            {
                "kind": "not",
                "of": {"kind": "bought", "categories": ["headlamps"], "product_ids": [], "within_days": 60},
            },
        ],
    }
