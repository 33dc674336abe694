"""Planner test helpers: a hand-built plan whose figures trace into hand-built evidence, and
dynamic ScriptedChatModel replies for the copywriter (imported as ``planner.helpers``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from copilot.planner.assemble import derive, fig
from copilot.planner.checks import Sender, add_email_footer, add_sms_compliance
from copilot.planner.plan_schema import (
    KPI,
    Audience,
    BudgetLine,
    BudgetSplit,
    CampaignBrief,
    CampaignPlan,
    ChannelPlan,
    ChannelReach,
    Citation,
    CopyVariant,
    Evidence,
    EvidenceItem,
    FactRef,
    ForecastSummary,
    Holdout,
    ScheduledSend,
)

SENDER = Sender(
    brand_name="Northtrail Outfitters",
    sender_name="Northtrail Outfitters",
    sender_address="Northtrail Outfitters, 1200 Alder St, Portland, OR 97205",
)


def _channel_forecast(
    ch: str, sends: int, rate: float, conv: float, rev: float, cost: float
) -> dict[str, object]:
    return {
        "channel": ch,
        "reachable": sends + 20,
        "sends": sends,
        "conversion_rate": {"value": rate, "low": rate * 0.7, "high": rate * 1.3, "n": 4000},
        "expected_conversions": conv,
        "expected_conversions_low": conv * 0.7,
        "expected_conversions_high": conv * 1.3,
        "expected_revenue": rev,
        "expected_revenue_low": rev * 0.7,
        "expected_revenue_high": rev * 1.3,
        "cost": cost,
    }


def make_evidence() -> Evidence:
    ev = Evidence(as_of=date(2025, 1, 10))
    ev.items["segment_lookup"] = EvidenceItem(
        tool="segment_lookup",
        summary="filter: 1,240 customers",
        output={
            "segments": [
                {
                    "name": "filter",
                    "size": 1240,
                    "reachable": {"email": 1010, "sms": 430, "push": 300, "paid_social": 1240},
                    "definition": "Last order 180+ days ago, high-value tier, bought trail-running-shoes",
                }
            ],
            "total_customers": 2000,
        },
    )
    ev.items["forecast"] = EvidenceItem(
        tool="forecast",
        summary="email+sms",
        output={
            "per_channel": [
                _channel_forecast("email", 909, 0.021, 19.1, 2480.0, 9.09),
                _channel_forecast("sms", 387, 0.034, 13.2, 1710.0, 38.7),
            ],
            "total_conversions": 32.3,
            "total_conversions_low": 22.6,
            "total_conversions_high": 42.0,
            "total_revenue": 4190.0,
            "total_revenue_low": 2933.0,
            "total_revenue_high": 5447.0,
            "total_cost": 47.79,
            "incremental_conversions": 12.0,
            "incremental_conversions_low": 6.0,
            "incremental_conversions_high": 18.0,
            "expected_aov": 129.7,
            "holdout_size": 124,
            "horizon_days": 21,
        },
    )
    ev.items["channel_stats"] = EvidenceItem(
        tool="channel_stats",
        summary="2 channels",
        output={
            "channels": [
                {
                    "channel": "email",
                    "unsubscribe_rate": {"value": 0.004, "low": 0.003, "high": 0.005, "n": 9},
                },
                {"channel": "sms", "unsubscribe_rate": {"value": 0.008, "low": 0.006, "high": 0.01, "n": 9}},
            ],
        },
    )
    ev.facts = [
        FactRef(
            fact_id="P1003-aa11bb22cc",
            text="Ridgeline Trail has 5 mm lugs for mud and loose ground.",
            product_id="P1003",
            source="products/P1003.md",
        ),
        FactRef(
            fact_id="P1003-dd33ee44ff",
            text="Ridgeline Trail uses a Vibram Megagrip outsole that grips on wet rock.",
            product_id="P1003",
            source="products/P1003.md",
        ),
        FactRef(
            fact_id="P1010-0011223344",
            text="Cairn Sky drains quickly after stream crossings.",
            product_id="P1010",
            source="products/P1010.md",
        ),
    ]
    ev.catalog = {
        "P1003": {"name": "Ridgeline Trail", "category": "trail-running-shoes", "price": 129.95},
        "P1010": {"name": "Cairn Sky", "category": "trail-running-shoes", "price": 164.95},
    }
    ev.brief = {
        "budget": 20000.0,
        "text": "Win back lapsed high-value trail runners this spring, email and SMS, $20k",
    }
    return ev


def make_variants(sender: Sender = SENDER) -> list[CopyVariant]:
    c1 = Citation(claim="5 mm lugs for mud", fact_ids=["P1003-aa11bb22cc"])
    c2 = Citation(claim="grips on wet rock", fact_ids=["P1003-dd33ee44ff"])
    return [
        CopyVariant(
            channel="email",
            variant="A",
            angle="new grip",
            subject="Back on the trail this spring?",
            preheader="The Ridgeline Trail has 5 mm lugs for mud and loose ground.",
            body=add_email_footer("Meet the Ridgeline Trail with 5 mm lugs for mud. $129.95. Shop now.", sender),
            product_ids=["P1003"],
            citations=[c1],
        ),
        CopyVariant(
            channel="email",
            variant="B",
            angle="wet rock",
            subject="Grip that holds on wet rock",
            preheader="A Vibram Megagrip outsole that grips on wet rock, built for spring.",
            body=add_email_footer("The Ridgeline Trail grips on wet rock. Find your pair today.", sender),
            product_ids=["P1003"],
            citations=[c2],
        ),
        CopyVariant(
            channel="sms",
            variant="A",
            angle="lugs",
            body=add_sms_compliance("The Ridgeline Trail has 5 mm lugs for spring mud. Shop at nt.co/r", sender),
            product_ids=["P1003"],
            citations=[c1],
        ),
        CopyVariant(
            channel="sms",
            variant="B",
            angle="grip",
            body=add_sms_compliance("Grip on wet rock is back. See the Ridgeline Trail at nt.co/r", sender),
            product_ids=["P1003"],
            citations=[c2],
        ),
    ]


def make_plan(sender: Sender = SENDER) -> CampaignPlan:
    ev = make_evidence()
    seg = "segment_lookup.segments.0"
    brief = CampaignBrief(
        goal="Win back lapsed high-value trail runners this spring",
        objective="winback",
        category="trail-running-shoes",
        audience_traits=["lapsed", "high_value"],
        channels=["email", "sms"],
        budget=20000.0,
        start_date=date(2025, 3, 1),
        end_date=date(2025, 3, 21),
        text=str(ev.brief["text"]),
    )
    channels = []
    lines = []
    for ch, amount in (("email", 11836.93), ("sms", 8163.07)):
        p = f"forecast.per_channel.{ch}"
        b = derive(ev, f"budget.{ch}", amount, "share of expected revenue", [p], "money")
        share = derive(ev, f"budget_share.{ch}", round(amount / 20000, 6), "share", [p], "share")
        rev = fig(
            ev,
            f"{p}.expected_revenue",
            "money",
            low=f"{p}.expected_revenue_low",
            high=f"{p}.expected_revenue_high",
        )
        roi = derive(ev, f"roi.{ch}", round(rev.value / amount, 4), "revenue / budget", [p], "multiple")
        channels.append(
            ChannelPlan(
                channel=ch,
                role="lead" if ch == "email" else "reminder",
                audience=fig(ev, f"{p}.sends"),
                sends=2,
                conversion_rate=fig(
                    ev,
                    f"{p}.conversion_rate.value",
                    "rate",
                    low=f"{p}.conversion_rate.low",
                    high=f"{p}.conversion_rate.high",
                ),
                expected_conversions=fig(
                    ev,
                    f"{p}.expected_conversions",
                    low=f"{p}.expected_conversions_low",
                    high=f"{p}.expected_conversions_high",
                ),
                expected_revenue=rev,
                cost=fig(ev, f"{p}.cost", "money"),
                budget=b,
                roi=roi,
            )
        )
        lines.append(BudgetLine(channel=ch, amount=b, share=share))
    derive(ev, "holdout.share", 0.1, "fixed 10%", [], "share")
    roi_total = derive(ev, "roi.total", round(4190.0 / 20000, 4), "revenue / budget", [], "multiple")
    return CampaignPlan(
        plan_id="20250301-win-back-test01",
        created_at=datetime(2025, 2, 1, 9, 0, tzinfo=UTC),
        name="Win-back: trail running shoes (lapsed high-value), spring 2025",
        objective=brief.goal,
        brief=brief,
        start_date=date(2025, 3, 1),
        end_date=date(2025, 3, 21),
        audience=Audience(
            definition="Lapsed high-value trail runners",
            size=fig(ev, f"{seg}.size"),
            criteria={"min_recency_days": 180, "value_tier": "high"},
            reach=[
                ChannelReach(channel=c, reachable=fig(ev, f"{seg}.reachable.{c}"))
                for c in ("email", "sms", "push", "paid_social")
            ],
        ),
        holdout=Holdout(
            share=fig(ev, "derived.holdout.share", "share"),
            size=fig(ev, "forecast.holdout_size"),
            method="Fixed 10%.",
            lift_measurement="Treated minus holdout conversion rate.",
        ),
        channels=channels,
        schedule=[
            ScheduledSend(send_date=date(2025, 3, 4), channel="email", step="launch", send_hour=9),
            ScheduledSend(send_date=date(2025, 3, 6), channel="sms", step="reminder", send_hour=12),
            ScheduledSend(send_date=date(2025, 3, 11), channel="email", step="reminder", send_hour=9),
            ScheduledSend(send_date=date(2025, 3, 20), channel="sms", step="last chance", send_hour=12),
        ],
        budget=BudgetSplit(
            total=fig(ev, "brief.budget", "money"), lines=lines, rule="Proportional to revenue."
        ),
        forecast=ForecastSummary(
            conversions=fig(
                ev,
                "forecast.total_conversions",
                low="forecast.total_conversions_low",
                high="forecast.total_conversions_high",
            ),
            revenue=fig(
                ev,
                "forecast.total_revenue",
                "money",
                low="forecast.total_revenue_low",
                high="forecast.total_revenue_high",
            ),
            roi=roi_total,
            horizon_days=21,
            method="history",
        ),
        kpis=[KPI(name="Revenue", definition="Attributed revenue.", target=None)],
        featured_products=["P1003", "P1010"],
        risks=["Small audience."],
        assumptions=["Lapsed = 180+ days."],
        copy_variants=make_variants(sender),
        evidence=ev,
    )


# --------------------------------------------------------------------------------------------
# scripted copy: dynamic replies for ScriptedChatModel computed from the copy request
# --------------------------------------------------------------------------------------------


def request_facts(messages: list[Any]) -> dict[str, str]:
    """``{"F1": fact text, ...}`` from the copywriter's prompt."""
    text = "\n".join(str(getattr(m, "content", "")) for m in messages)
    return dict(re.findall(r"^(F\d+): (.+)$", text, re.MULTILINE))


def request_schema(kwargs: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = kwargs["response_format"]["json_schema"]["schema"]
    return schema


def draft_for(channel: str, variant: str, facts: dict[str, str], extra: str = "") -> dict[str, Any]:
    """The pieces the copywriter asks for, citing one fact. ``extra`` is inserted into the subject or
    question before its ``?`` (or appended to an invitation); it must keep the schema's patterns
    (letters, spaces, commas), e.g. ``", best ever"``."""
    aliases = sorted(facts, key=lambda a: int(a[1:]))
    alias = aliases[0 if variant == "A" else min(1, len(aliases) - 1)] if aliases else None
    cited = {"facts": [alias]} if alias else {}
    if channel == "email":
        return {
            "subject": "Back on the trail" + extra + "?",
            "preheader": "Ready for the trails ahead? See what is new for your next run.",
            "intro": "Ready for your next trail run?",
            "cta": "Shop now",
            **cited,
        }
    if channel == "sms":
        return {"text": "Back on the trail" + extra + "?", **cited}
    if channel == "push":
        return {"title": "Back on the trail?", "text": "See what is new" + extra, **cited}
    return {"headline": "Ready for the trail?", "text": "See what is new" + extra, **cited}


Reply = Callable[[list[Any], dict[str, Any]], dict[str, Any]]

#: A fact line of the rich copywriter's prompt: ``[fact:F1] (Ridgeline Trail) The Ridgeline Trail has ...``.
_RICH_FACT = re.compile(r"^\[fact:(F\d+)\] \(([^)]*)\) (.+)$", re.MULTILINE)


def rich_facts(messages: list[Any]) -> list[tuple[str, str, str]]:
    """``(alias, product name, fact sentence)`` of every fact line in a rich copy prompt."""
    text = "\n".join(str(getattr(m, "content", "")) for m in messages)
    return _RICH_FACT.findall(text)


def rich_draft_for(channel: str, facts: list[tuple[str, str, str]], extra: str = "") -> dict[str, Any]:
    """A rich draft (``copilot.planner.rich_copy``): whole sentences, the first fact cited inline.
    ``extra`` is inserted into the subject, title or headline before its ``?``."""
    alias, name, sentence = facts[0] if facts else ("", "", "")
    claim = [f"{sentence} [fact:{alias}]"] if alias else []
    if channel == "email":
        return {
            "subject": "Ready for your next run" + extra + "?",
            "preheader": "Explore what is new for your next trail run.",
            "body": ["Looking for your next pair?", *claim],
            "cta": f"Shop the {name}" if name else "Shop now",
        }
    if channel == "sms":
        return {"body": claim or ["Ready for your next run?"]}
    key = "title" if channel == "push" else "headline"
    return {key: "Ready for your next run" + extra + "?", "body": claim or ["Explore what is new."]}


def _is_rich(schema: dict[str, Any], key: str) -> bool:
    """True when the copy request's ``key`` is a rich draft (an object with ``body``), not two variants."""
    node = schema["properties"][key]
    if node.get("type") == "array":
        return False
    ref = str(node.get("$ref", "")).rsplit("/", 1)[-1]
    resolved = schema.get("$defs", {}).get(ref, node) if ref else node
    return "body" in resolved.get("properties", {})


def scripted_copy(extra: dict[str, str] | None = None) -> Reply:
    """A ScriptedChatModel script item answering the copy request for whatever channels it asks, in
    either copy strategy (constrained: two variants of questions and fact ids; rich: one draft of
    sentences citing the first fact, and the sentence repair).

    ``extra`` adds words to one variant (``{"email.A": ", best ever"}``) to make a check fail.
    """
    extra = extra or {}

    def reply(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        facts = request_facts(messages)
        schema = request_schema(kwargs)
        props = schema["properties"]
        out: dict[str, Any] = {}
        for key in props:
            rich = re.fullmatch(r"(email|sms|push|paid_social)_(\w+)_\d+", key)
            if rich:  # the rich strategy's sentence repair: the first fact's sentence, or drop a header
                found = rich_facts(messages)
                out[key] = f"{found[0][2]} [fact:{found[0][0]}]" if found and rich.group(2) == "body" else ""
            elif key in ("email", "sms", "push", "paid_social") and _is_rich(schema, key):
                out[key] = rich_draft_for(key, rich_facts(messages), extra.get(f"{key}.A", ""))
            elif "_" in key and key.rsplit("_", 1)[1] in ("A", "B"):  # a repair request: email_A ...
                ch, v = key.rsplit("_", 1)
                out[key] = draft_for(ch, v, facts, extra.get(f"{ch}.{v}", ""))
            else:
                out[key] = [draft_for(key, v, facts, extra.get(f"{key}.{v}", "")) for v in ("A", "B")]
        return out

    return reply
