"""Rendering: Markdown, JSON (the schema), self-contained HTML, Slack Block Kit within limits."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from copilot.faces.slack.blocks import SLACK_ACTIONS, SLACK_MAX_BLOCKS, plan_to_slack_blocks
from copilot.planner.plan_schema import CampaignPlan, CheckResult, Citation, CopyVariant


def _failing(plan: CampaignPlan) -> CampaignPlan:
    checks = [
        CheckResult(name="sms_length", status="fail", details="3 segments; the limit is 2.", target="sms.A"),
        CheckResult(
            name="email_subject", status="warn", details="Subject is 44 characters.", target="email.A"
        ),
        CheckResult(name="claims", status="pass", details="ok", target="email.B", repaired=True),
    ]
    return plan.model_copy(update={"checks": checks})


def test_markdown_has_every_section_and_marks_failures(sample_plan: CampaignPlan) -> None:
    md = sample_plan.to_markdown()
    for heading in (
        "## Audience",
        "## Channels and budget",
        "## Forecast",
        "## KPIs and lift measurement",
        "## Schedule",
        "## Copy (A/B)",
        "## Risks",
        "## Assumptions",
        "## Checks",
        "## Evidence",
    ):
        assert heading in md
    assert "$20,000" in md and "1,240" in md and "`P1003-aa11bb22cc`" in md
    assert "passed all checks" in md
    failing = _failing(sample_plan).to_markdown()
    assert "## ❌ Failed checks" in failing and "sms_length" in failing.split("## Audience")[0]
    assert "_(repaired)_" in failing


def test_json_round_trips_exactly(sample_plan: CampaignPlan) -> None:
    text = sample_plan.model_dump_json()
    again = CampaignPlan.model_validate_json(text)
    assert again.model_dump_json() == text
    data = json.loads(text)
    assert data["budget"]["total"]["source"] == "brief.budget"
    assert data["copy_variants"][0]["citations"][0]["fact_ids"] == ["P1003-aa11bb22cc"]
    assert "evidence" in data and "ledger" in data and "checks" in data


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def test_html_is_self_contained_with_inline_svg_charts(sample_plan: CampaignPlan) -> None:
    html = sample_plan.to_html()
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "link" not in parser.tags and "iframe" not in parser.tags
    assert not re.search(r"https?://", html), "no external URLs (scripts, styles, fonts, images)"
    assert "@import" not in html and "url(" not in html
    assert parser.tags.count("svg") == 4  # audience, budget, revenue range, conversions range
    assert "<style>" in html
    assert "Ridgeline Trail" in html and "$20,000" in html
    # figures show their evidence source on hover
    assert 'title="derived.revenue.email"' in html  # the email's revenue over its scheduled sends


def test_html_escapes_copy(sample_plan: CampaignPlan) -> None:
    evil = sample_plan.copy_variants[0].model_copy(update={"body": "<script>alert(1)</script> & more"})
    plan = sample_plan.model_copy(update={"copy_variants": [evil, *sample_plan.copy_variants[1:]]})
    html = plan.to_html()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def _texts(block: dict[str, object]) -> list[str]:
    out: list[str] = []
    text = block.get("text")
    if isinstance(text, dict):
        out.append(str(text["text"]))
    for key in ("fields", "elements"):
        for el in block.get(key, []) or []:  # type: ignore[attr-defined]
            if isinstance(el, dict) and isinstance(el.get("text"), str):
                out.append(el["text"])
            elif isinstance(el, dict) and isinstance(el.get("text"), dict):
                out.append(str(el["text"]["text"]))
    return out


def test_slack_blocks_within_limits_with_buttons(sample_plan: CampaignPlan) -> None:
    plan = _failing(sample_plan)
    blocks = plan_to_slack_blocks(plan)
    assert len(blocks) <= SLACK_MAX_BLOCKS
    assert blocks[0]["type"] == "header" and len(blocks[0]["text"]["text"]) <= 150
    for b in blocks:
        for t in _texts(b):
            assert len(t) <= 3000
        if "fields" in b:
            assert len(b["fields"]) <= 10
    flat = json.dumps(blocks)
    assert "Failed checks" in flat and "sms_length" in flat
    assert "P1003-aa11bb22cc" in flat  # citations
    actions = blocks[-1]
    assert actions["type"] == "actions"
    assert [e["action_id"] for e in actions["elements"]] == list(SLACK_ACTIONS.values())
    assert all(e["value"] == plan.plan_id for e in actions["elements"])


def test_slack_blocks_clip_huge_plans(sample_plan: CampaignPlan) -> None:
    long_body = "word " * 239
    many = [
        CopyVariant(
            channel=ch,
            variant=v,
            body=long_body,
            subject="s" if ch == "email" else None,
            citations=[Citation(claim="c" * 150, fact_ids=["P1003-aa11bb22cc"])] * 8,
        )
        for ch in ("email", "sms", "push", "paid_social")
        for v in ("A", "B")
    ]
    checks = [CheckResult(name=f"check{i}", status="fail", details="d" * 500, target="x") for i in range(30)]
    plan = sample_plan.model_copy(update={"copy_variants": many, "checks": checks, "name": "N" * 120})
    blocks = plan_to_slack_blocks(plan)
    assert len(blocks) <= SLACK_MAX_BLOCKS
    for b in blocks:
        for t in _texts(b):
            assert len(t) <= 3000
    assert blocks[-1]["type"] == "actions"
