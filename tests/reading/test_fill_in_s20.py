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
