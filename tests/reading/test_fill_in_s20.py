"""Set 15's half-filled templates, 公文-style requests and meeting minutes (README decisions 191, 190, 199), each tested in
other words than the dev cases."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import RfmSegment, leaves

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def listed(x: Reading) -> list[tuple[str, str]]:
    return [(n.affects, n.text) for n in x.not_applied]


def segments(x: Reading) -> list[RfmSegment]:
    return [c for c in leaves(x.audience) if isinstance(c, RfmSegment)] if x.audience is not None else []


# --- half-filled templates (decision 191) ---


def test_an_objective_left_as_a_prompt_is_listed_and_its_examples_never_read() -> None:
    x = r(
        "BRIEF FORM\nCampaign: Autumn Hike\nGoal: [choose one: retention / launch / seasonal]\n"
        "Segment: customers who bought hiking boots in the last year [which group? e.g. Loyal, At Risk]\n"
        "Channels: SMS\nDiscount: 15% off\nSpend: €X,XXX\nWhen: 4/6 – 4/19\nPrepared by: {{name}}"
    )
    assert x.objective is None
    assert segments(x) == []  # the example's Loyal / At Risk are no audience
    assert ("other", "Goal: [choose one: retention / launch / seasonal]") in listed(x)
    assert ("budget", "Spend: €X,XXX") in listed(x)
    assert x.budget is None
    assert x.window is not None and (x.window.start, x.window.end) == (date(2026, 4, 6), date(2026, 4, 19))
    assert len(x.not_applied) == 2  # the preparer's placeholder is no clause


def test_a_chinese_form_reads_what_was_filled_not_its_examples() -> None:
    x = r(
        "按表格填的：\n一、人群（例：重要价值客户）：近60天买过帐篷的客户\n二、渠道：短信\n三、优惠（例：满200减30）：八五折\n四、预算：XX万\n五、推广时间：【待补充】"
    )
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 15
    assert segments(x) == []
    assert ("budget", "预算：XX万") in listed(x)
    assert ("timing", "推广时间：【待补充】") in listed(x)
    assert x.budget is None and x.window is None


def test_a_field_still_pending_is_listed_with_its_field() -> None:
    x = r(
        "Filled the request form:\n• Who: Champions in the West\n• Channel: TBC\n• Offer: pending (legal review)\n• Budget: $1,800\n• Dates: June."
    )
    assert ("channel", "Channel: TBC") in listed(x)
    assert ("offer", "Offer: pending (legal review)") in listed(x)
    assert x.offer is None and x.budget is not None and x.budget.amount == 1800
    assert x.window is not None and (x.window.start, x.window.end) == (
        date(2026, 6, 1),
        date(2026, 6, 30),
    )  # a filled field


def test_placeholders_in_running_text_are_listed_by_their_own_names() -> None:
    x = r(
        "Hey {{first_name}}, please schedule an SMS to {{target_list}} offering 20% off tents, dates {{launch_window}}. Cheers, {{signature}}"
    )
    assert ("audience", "{{target_list}}") in listed(x)
    assert ("timing", "dates {{launch_window}}") in listed(x)
    assert len(x.not_applied) == 2  # the greeting's and the signature's placeholders are no clauses
    assert x.offer is not None and x.offer.value == 20 and x.channels.allowed == ["sms"]


def test_a_chinese_field_left_pending_without_a_colon() -> None:
    x = r("给沉睡客户发邮件，八折，预算待定，时间未定")
    assert ("budget", "预算待定") in listed(x)
    assert ("timing", "时间未定") in listed(x)


def test_a_question_with_a_placeholder_lists_it() -> None:
    x = r("If we email <SEGMENT> with free shipping next month, what revenue should we expect?")
    assert ("audience", "<SEGMENT>") in listed(x)
    assert x.audience is None


def test_a_size_is_no_placeholder() -> None:
    x = r("Email buyers of XXL jackets 10% off in April, budget $900.")
    assert x.budget is not None and x.budget.amount == 900
    assert not [n for n in x.not_applied if n.reason.startswith("left as a placeholder")]


# --- 公文-style requests (decision 190) ---


def test_an_official_request_reads_its_sections_not_its_formulas_or_sign_off() -> None:
    x = r(
        "关于开展帐篷换季促销的申请\n各位领导：\n一、背景：去年同期帐篷销量下滑两成，库存压力较大。\n二、活动对象：冠军客户。\n"
        "三、优惠政策：帐篷九折。\n四、活动时间：下周一起，为期十天。\n五、经费：2万元。\n当否，请审示。\n附件：方案明细\n电商运营部\n2026年3月2日"
    )
    assert x.window is not None and x.window.start == date(2026, 3, 9) and x.window.duration_days == 10
    assert x.budget is not None and x.budget.amount == 20000
    assert x.offer is not None and x.offer.value == 10
    assert x.not_applied == []  # the background, the formula, the attachment and the 落款 are no clauses


def test_a_due_date_for_the_approval_is_not_the_window() -> None:
    x = r(
        "关于会员日短信推送的请示\n一、推送对象：忠诚客户。\n二、推送时间：5月中旬。\n三、所需费用：8000元。\n请于3月10日前批复为盼。特此请示。"
    )
    assert x.window is not None and x.window.start.month == 5 and x.window.end.month == 5
    assert x.not_applied == []


def test_a_sign_off_on_one_line_gives_no_window() -> None:
    x = r("拟向忠诚客户发送邮件，赠送20元无门槛券，预算1万元。妥否，请批示。\n会员中心 2026年3月2日")
    assert x.window is None
    assert x.not_applied == []


# --- meeting minutes (decision 199) ---


def test_chinese_minutes_read_the_conclusions_only() -> None:
    x = r(
        "【月度例会纪要】时间：3月3日 10:30  参会：运营组\n讨论：有人想做全场八折，大家觉得太伤利润。\n"
        "结论：给忠诚客户发短信，帐篷九五折，预算8000元，3月20日开始，做十天。\n待办：@阿杰 周五前出文案。"
    )
    assert x.offer is not None and x.offer.value == 5  # 九五折, not the discussion's 八折
    assert x.window is not None and x.window.start == date(2026, 3, 20) and x.window.duration_days == 10
    assert x.budget is not None and x.budget.amount == 8000
    assert x.not_applied == []  # the meeting's time, the discussion and the action item are no clauses


def test_english_minutes_keep_the_discussion_as_context() -> None:
    x = r(
        "Recap of the retention sync (Mar 3)\nPresent: Omar, Jen\nDiscussion: Jen suggested free shipping on backpacks; too costly.\n"
        "Decisions: SMS to Loyal customers, 10% off, $1,500, April 6 – April 15.\nAction items: Omar to draft copy."
    )
    assert x.promoted.categories == []  # the backpacks were only discussed
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value == 10
    assert x.window is not None and x.window.start == date(2026, 4, 6)
    assert x.not_applied == []


def test_a_second_decided_campaign_and_open_points_are_listed_never_applied() -> None:
    x = r(
        "会议纪要（周二 市场例会）\n决议一：给冠军客户发邮件，登山杖八折，下周执行。\n决议二：5月另做一场帐篷清仓活动，细节再议。\n"
        "是否加短信，最后没定。"
    )
    assert x.channels.allowed == ["email"] and x.channels.excluded == []
    assert x.promoted.categories == ["trekking-poles"]
    assert x.window is not None and x.window.start == date(2026, 3, 9)
    assert [n.affects for n in x.not_applied] == ["other", "other"]
    assert any(n.text.startswith("决议二") for n in x.not_applied)


def test_an_open_holdout_is_listed_under_the_holdout() -> None:
    x = r(
        "Notes from today's call with the gear team: agreed to email Champions 15% off tents next week. TBD: whether to hold out a 10% control."
    )
    assert x.holdout is None
    assert [(n.affects, n.text) for n in x.not_applied] == [("holdout", "whether to hold out a 10% control")]
