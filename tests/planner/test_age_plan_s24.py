"""A plan whose audience has an age (the ``age`` leaf): planned end to end on the fixture workspace, its audience
counted from the data's age bands, and rendered as Markdown (English and Chinese), HTML and Slack blocks naming
the bands used and the bands left out."""

from __future__ import annotations

import json

from fakes import ScriptedChatModel
from planner.helpers import scripted_copy
from planner.test_chinese_copy import scripted_zh_copy

from copilot.deps import Deps
from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.planner.workflow import run_plan
from copilot.reading.render import applied_lines
from copilot.tools.audience import audience_size
from copilot.tools.conditions import Age, leaves
from copilot.tools.schemas import AudienceCriteria


def _plan(deps: Deps, brief: str, zh: bool = False):  # type: ignore[no-untyped-def]
    copy = scripted_zh_copy if zh else scripted_copy
    return run_plan(deps, brief, chat_model=ScriptedChatModel(script=[copy(), copy()])).plan


def test_an_english_plan_with_an_age_names_its_bands(plan_deps: Deps) -> None:
    plan = _plan(
        plan_deps, "Cross-sell socks to men under 30 who bought trail running shoes, email, 10% off, $2k"
    )
    criteria = AudienceCriteria.model_validate(plan.audience.criteria)
    assert criteria.where is not None
    ages = [c for c in leaves(criteria.where) if isinstance(c, Age)]
    assert len(ages) == 1 and ages[0].max_age == 29 and ages[0].bands == ["18-24"]
    assert plan.audience.size.value == audience_size(plan_deps, criteria) > 0
    md = plan.to_markdown()
    assert "18-24" in md and "25-34" in md  # the band used and the band left out
    assert "men" in md  # the gender, listed as not applied
    assert "18-24" in plan.to_html()
    slack = json.dumps(plan_to_slack_blocks(plan), ensure_ascii=False)
    assert "18-24" in slack


def test_a_chinese_plan_with_an_age_names_its_bands(plan_deps: Deps) -> None:
    plan = _plan(plan_deps, "召回50岁以上、半年没下单的客户，发邮件推保暖夹克，九折，预算3000元", zh=True)
    criteria = AudienceCriteria.model_validate(plan.audience.criteria)
    assert criteria.where is not None and any(isinstance(c, Age) for c in leaves(criteria.where))
    md = plan.to_markdown()
    assert "年龄50岁及以上" in md and "55-64" in md and "45-54" in md, md.split("\n")[:40]
    slack = json.dumps(plan_to_slack_blocks(plan), ensure_ascii=False)
    assert "55-64" in slack


def test_the_reading_lines_name_the_bands() -> None:
    from copilot.reading import read

    lines = "\n".join(applied_lines(read("Push hikers aged 35-54 about poles.")))
    assert "aged 35–54: age bands 35-44, 45-54" in lines and '"aged 35-54"' in lines


def test_without_ages_in_the_data_the_age_is_listed_not_an_empty_audience(plan_deps: Deps) -> None:
    """Customer data without age bands: the reading lists the age ("the data has no age"), the rest is read."""
    from copilot.reading import read

    with plan_deps.workspace.connect(read_only=False) as con:
        con.execute("UPDATE customers SET age_band = NULL")  # customer data without age bands
    brief = "Cross-sell socks to customers aged 35-54 who bought trail running shoes, email, 10% off, $2k"
    reading = read(brief, deps=plan_deps)
    assert reading.audience is not None and not any(isinstance(c, Age) for c in leaves(reading.audience))
    assert [(n.text, n.reason) for n in reading.not_applied] == [("aged 35-54", "the data has no age")]
