"""Planner test helpers: a sample plan assembled by the real code (:func:`assemble_plan`) from tool
outputs written as the tools return them, and dynamic ScriptedChatModel replies for the copywriter
(imported as ``planner.helpers``).

Only the inputs are written by hand: the brief, each tool's report (validated by its schema), the
product facts and the copy (standing in for the model's). Every figure, the budget split, the
schedule, the holdout and the KPIs come from the planner's assembly, so the sample cannot drift from
what ``copilot plan`` builds. The follow-up response is measured at zero, so a channel's scheduled
sends convert as one send and its figures read as the tools' (cost still counts every send).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from copilot.planner.assemble import assemble_plan
from copilot.planner.checks import Sender, add_email_footer, add_sms_compliance
from copilot.planner.evidence import EvidenceBundle, evidence_item, record_holdout
from copilot.planner.featured import featured_products
from copilot.planner.holdout import design_holdout
from copilot.planner.plan_schema import CampaignBrief, CampaignPlan, Citation, CopyVariant, Evidence, FactRef
from copilot.tools.schemas import (
    AudienceCriteria,
    ChannelReport,
    Forecast,
    PropensityReport,
    Recommendations,
    SegmentReport,
)

SENDER = Sender(
    brand_name="Northtrail Outfitters",
    sender_name="Northtrail Outfitters",
    sender_address="Northtrail Outfitters, 1200 Alder St, Portland, OR 97205",
)
AS_OF = date(2025, 1, 10)
TEXT = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"
CRITERIA = AudienceCriteria(min_recency_days=180, value_tier="high")
WHO = {"audience": "lapsed high-value", "audience_size": 1240}
MODEL = {"as_of": AS_OF, "model_version": "test"}


def _ranged(v: float, n: int | None = None) -> dict[str, float]:
    """A value with a ±30% range (a Rate when ``n`` is given)."""
    return {"value": v, "low": v * 0.7, "high": v * 1.3} | ({"n": n} if n is not None else {})


def _channel_forecast(ch: str, sends: int, rate: float, conv: float, rev: float, cost: float) -> dict[str, Any]:
    """One channel's forecast for one send per recipient (``cost`` for one send to all of them)."""
    return {
        "channel": ch,
        "reachable": sends + 20,
        "sends": sends,
        "conversion_rate": _ranged(rate, 4000),
        "rate_basis": f"past {ch} win-back campaigns",
        **{f"expected_conversions{k}": conv * m for k, m in (("", 1), ("_low", 0.7), ("_high", 1.3))},
        **{f"expected_revenue{k}": rev * m for k, m in (("", 1), ("_low", 0.7), ("_high", 1.3))},
        "cost": cost,
        "follow_up": {"value": 0.0, "low": 0.0, "high": 0.0},
        "follow_up_basis": f"{ch}: later sends converted no one in the brand's repeat sends",
    }


def _channel_stats(ch: str, unsubscribe: float, hour: int) -> dict[str, Any]:
    rate = _ranged(0.02, 4000)
    return {
        "channel": ch, "campaigns": 6, "sends": 4000, "delivered": 3900, "delivery_rate": rate,
        "open_rate": None, "click_rate": rate, "conversion_rate": rate, "conversions": 80, "revenue": 10400.0,
        "revenue_per_send": None, "unsubscribe_rate": {"value": unsubscribe, "low": unsubscribe * 0.75,
        "high": unsubscribe * 1.25, "n": 9}, "best_day": "tuesday", "best_hour": hour,
        "best_time_note": "test history", "reachable": 1010, "cost_per_send": None, "note": None,
    }


def _product(pid: str, name: str, price: float) -> dict[str, Any]:
    return {"product_id": pid, "name": name, "category": "trail-running-shoes", "price": price, "score": 1.0,
            "reason": "bought by 12% of similar customers"}


def _fact(fact_id: str, text: str) -> FactRef:
    pid = fact_id.split("-")[0]
    return FactRef(fact_id=fact_id, text=text, product_id=pid, source=f"products/{pid}.md")


def make_bundle() -> EvidenceBundle:
    """The tools' reports for the sample brief, recorded in the evidence as the planner records them."""
    segments = SegmentReport.model_validate({
        "segments": [{
            "name": "filter", "kind": "filter", "size": 1240, "share": 0.62, "revenue": 310000.0,
            "revenue_share": 0.7, "avg_order_value": 129.7, "median_recency_days": 240.0, "avg_frequency": 2.4,
            "top_categories": ["trail-running-shoes"],
            "reachable": {"email": 1010, "sms": 430, "push": 300, "paid_social": 1240},
            "definition": "Last order 180+ days ago, high-value tier, bought trail-running-shoes",
        }],
        "total_customers": 2000, **MODEL,
    })
    fc = Forecast.model_validate({
        **WHO, "category": "trail-running-shoes", "horizon_days": 21,
        "per_channel": [
            _channel_forecast("email", 909, 0.021, 19.1, 2480.0, 3.03),
            _channel_forecast("sms", 387, 0.034, 13.2, 1710.0, 19.35),
        ],
        "total_conversions": 32.3, "total_conversions_low": 22.6, "total_conversions_high": 42.0,
        "total_revenue": 4190.0, "total_revenue_low": 2933.0, "total_revenue_high": 5447.0, "total_cost": 22.38,
        "incremental_conversions": 12.0, "incremental_conversions_low": 6.0, "incremental_conversions_high": 18.0,
        "expected_aov": 129.7, "propensity_lift": 1.4, "holdout_size": 124,
        "assumptions": ["email: one send per recipient.", "sms: one send per recipient."], **MODEL,
    })
    chan = ChannelReport.model_validate({
        "channels": [_channel_stats("email", 0.004, 9), _channel_stats("sms", 0.008, 12)],
        "audience": "lapsed high-value", "audience_size": 1240, "since": None, "until": None, "as_of": AS_OF,
    })
    prop = PropensityReport.model_validate({
        **WHO, "category": "trail-running-shoes", "horizon_days": 21, "expected_buyers": 62.0,
        "expected_buyers_low": 50.0, "expected_buyers_high": 74.0, "mean_probability": 0.05, "ci_low": 0.04,
        "ci_high": 0.06, "base_rate": 0.036, "lift": 1.4, "tiers": [], "drivers": [], "model_kind": "logistic",
        "holdout_auc": 0.71, "calibration_error": 0.02, "brier": 0.04, "trained_horizon_days": 30, **MODEL,
    })
    recs = Recommendations.model_validate({
        "items": [_product("P1003", "Ridgeline Trail", 129.95), _product("P1010", "Cairn Sky", 164.95)],
        "method": "als", "for_customer": None, **WHO, "model_version": "test",
    })
    brief = sample_brief()
    ev = Evidence(as_of=AS_OF, brief={"budget": brief.budget, "text": TEXT})
    for tool, query, report in (
        ("segment_lookup", {"audience": CRITERIA.model_dump(exclude_none=True)}, segments),
        ("score_propensity", {}, prop),
        ("recommend_products", {}, recs),
        ("channel_stats", {"channels": ["email", "sms"]}, chan),
        ("forecast", {"channels": ["email", "sms"]}, fc),
    ):
        ev.items[tool] = evidence_item(tool, query, report, report.summary())
    lift = fc.incremental_conversions / (1240 - fc.holdout_size)  # per treated customer, as the planner
    design = design_holdout(1240, prop.mean_probability, lift)
    record_holdout(ev, design, round(design.size / 1240, 6), lift)
    featured = featured_products(brief, recs)
    ev.catalog = {i.product_id: {"name": i.name, "category": i.category, "price": i.price} for i in recs.items}
    ev.facts = [
        _fact("P1003-aa11bb22cc", "Ridgeline Trail has 5 mm lugs for mud and loose ground."),
        _fact("P1003-dd33ee44ff", "Ridgeline Trail uses a Vibram Megagrip outsole that grips on wet rock."),
        _fact("P1010-0011223344", "Cairn Sky drains quickly after stream crossings."),
    ]
    return EvidenceBundle(
        criteria=CRITERIA, segment=segments.segments[0], segments=segments, propensity=prop,
        recommendations=recs, channel_report=chan, forecast=fc, holdout=design, facts=[],
        channels=["email", "sms"], evidence=ev, featured=featured, risks=["Small audience."],
        assumptions=["Lapsed = 180+ days."],
    )


def sample_brief() -> CampaignBrief:
    return CampaignBrief(
        goal="Win back lapsed high-value trail runners this spring",
        objective="winback",
        category="trail-running-shoes",
        audience_traits=["lapsed", "high_value"],
        channels=["email", "sms"],
        budget=20000.0,
        start_date=date(2025, 3, 1),
        end_date=date(2025, 3, 21),
        text=TEXT,
    )


def make_variants(sender: Sender = SENDER) -> list[CopyVariant]:
    c1 = Citation(claim="5 mm lugs for mud", fact_ids=["P1003-aa11bb22cc"])
    c2 = Citation(claim="grips on wet rock", fact_ids=["P1003-dd33ee44ff"])
    email = "Meet the Ridgeline Trail with 5 mm lugs for mud. $129.95. Shop now."
    return [
        CopyVariant(
            channel="email", variant="A", angle="new grip", subject="Back on the trail this spring?",
            preheader="The Ridgeline Trail has 5 mm lugs for mud and loose ground.",
            body=add_email_footer(email, sender), product_ids=["P1003"], citations=[c1],
        ),
        CopyVariant(
            channel="email", variant="B", angle="wet rock", subject="Grip that holds on wet rock",
            preheader="A Vibram Megagrip outsole that grips on wet rock, built for spring.",
            body=add_email_footer("The Ridgeline Trail grips on wet rock. Find your pair today.", sender),
            product_ids=["P1003"], citations=[c2],
        ),
        CopyVariant(
            channel="sms", variant="A", angle="lugs", product_ids=["P1003"], citations=[c1],
            body=add_sms_compliance("The Ridgeline Trail has 5 mm lugs for spring mud. Shop at nt.co/r", sender),
        ),
        CopyVariant(
            channel="sms", variant="B", angle="grip", product_ids=["P1003"], citations=[c2],
            body=add_sms_compliance("Grip on wet rock is back. See the Ridgeline Trail at nt.co/r", sender),
        ),
    ]


def make_plan(sender: Sender = SENDER) -> CampaignPlan:
    """The sample plan: :func:`make_bundle` assembled by the planner, with :func:`make_variants` as its copy."""
    plan = assemble_plan(
        sample_brief(),
        make_bundle(),
        plan_id="20250301-win-back-test01",
        now=datetime(2025, 2, 1, 9, 0, tzinfo=UTC),
        start=date(2025, 3, 1),
        end=date(2025, 3, 21),
    )
    return plan.model_copy(update={"copy_variants": make_variants(sender)})


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
