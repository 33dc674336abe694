"""A request written as a table (header row of field names, rows of values) and form cells (session 16, from the
ninth labelled set's dev part, written here in other words). Each case was read wrongly before its fix."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.reading.table import header_rows
from copilot.tools.conditions import Bought

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_a_header_row_is_no_clause_and_its_kpi_column_names_the_metric() -> None:
    x = r("Campaign | Audience | Offer | KPI | Budget\nHeadlamp push | Champions | 10% off | revenue | $2,000")
    assert x.metric is not None and x.metric.name == "revenue"
    assert x.budget is not None and x.budget.amount == 2000
    assert not x.not_applied  # the header's "Offer" and "Budget" are field names, not clauses


def test_a_chinese_table_with_full_width_bars() -> None:
    x = r("活动｜人群｜目标｜预算\n睡袋促销｜忠诚客户｜转化｜8千元")
    assert x.metric is not None and x.metric.name == "conversions"
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (8000, "CNY")


def test_header_rows_need_a_row_of_values_below() -> None:
    assert header_rows("Name | Audience | Budget") == []
    assert len(header_rows("Name | Audience | Budget\nA | Champions | $1k")) == 1


def test_a_form_cells_window_after_a_comma() -> None:
    x = r("Audience: hiking-boot buyers, last 60 days | Channel: email | Offer: free shipping")
    assert isinstance(x.audience, Bought) and x.audience.within_days == 60 and not x.not_applied


def test_offer_none_in_a_form_is_no_discount() -> None:
    x = r("Audience: Loyal | Channel: email only | Offer: none | Product: headlamps")
    assert x.no_discount is not None and x.offer is None


def test_a_sale_in_phases_lists_the_first_phase_and_reads_its_channels() -> None:
    x = r("双十一节奏：预热期推送种草，正式期短信+邮件收割，人群：忠诚客户，预算5万元")
    assert [n.affects for n in x.not_applied] == ["timing"] and x.not_applied[0].text.startswith("预热期")
    assert set(x.channels.allowed) == {"push", "sms", "email"}


def test_a_topic_heading_before_a_colon_is_no_clause_but_an_audience_before_one_is() -> None:
    assert not r("会员等级运营：给忠诚客户发邮件推袜子，预算3千元").not_applied
    assert not r("Customer lifecycle team notes: email Loyal customers about socks, $500").not_applied
    assert r("Folks who left a review last month: email them 10% off socks").not_applied


def test_would_get_a_push_is_push_consent() -> None:
    from copilot.tools.conditions import And, Consent

    x = r("How many Loyal customers would get a push this weekend?")
    assert isinstance(x.audience, And) and any(isinstance(c, Consent) and c.channel == "push" for c in x.audience.of)
