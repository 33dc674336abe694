"""Checks of the plan against the request as written (the brief's reading), not only against itself.

A plan that passes its copy, numbers and compliance checks can still answer a different request. These
checks fail when: a clause that changes who, what or the offer was not applied (the plan says so and
needs review); the audience is not the one read; an excluded channel is planned, or a channel beyond an
"only"; the budget is not the stated one (a spend threshold is never a budget); the holdout is not the
one asked for; an offer or the copy goes deeper than the discount cap or discounts when the brief says
no discounts.
"""

from __future__ import annotations

import re
from typing import Literal

from copilot.planner.plan_schema import CampaignPlan, CheckResult
from copilot.tools.conditions import AllCustomers, And, without_spans
from copilot.tools.schemas import AudienceCriteria

_PCT_OFF = re.compile(r"(\d{1,2}(?:\.\d+)?)\s?(?:%|percent)\s?(?:off|discount)|((?<![\d.])(?:[1-9]\d|\d(?:\.\d)?)(?![\d.])|[一二三四五六七八九]{1,2})\s?折", re.I)  # 85折 is 15% off


def _res(name: str, status: Literal["pass", "warn", "fail"], details: str) -> CheckResult:
    return CheckResult(name=name, status=status, details=details[:600], target="request")


def check_request(plan: CampaignPlan) -> list[CheckResult]:
    reading = plan.brief.reading
    if reading is None:
        return []
    out: list[CheckResult] = []
    changes = reading.changes_request()
    if changes:
        out.append(_res("request_not_applied", "fail", "needs review: not applied — " + "; ".join(
            f'"{n.text}" ({n.reason})' for n in changes)))
    elif reading.not_applied:
        out.append(_res("request_not_applied", "warn", "not applied — " + "; ".join(
            f'"{n.text}" ({n.reason})' for n in reading.not_applied)))
    else:
        out.append(_res("request_not_applied", "pass", "Every clause of the brief was applied."))

    # audience: the tree read from the brief is the one the plan used (a win-back may add its category)
    if reading.audience is not None and not isinstance(reading.audience, AllCustomers):
        used = AudienceCriteria.model_validate(plan.audience.criteria).where if plan.audience.criteria else None
        want = without_spans(reading.audience)
        ok = used is not None and (
            without_spans(used) == want
            or (isinstance(used, And) and any(without_spans(c) == want for c in used.of))
            or (isinstance(used, And) and isinstance(reading.audience, And)
                and all(without_spans(c) in [without_spans(u) for u in used.of] for c in reading.audience.of))
        )
        out.append(_res("request_audience", "pass" if ok else "fail",
                        "The audience is the one the brief describes." if ok else
                        "The plan's audience is not the one the brief describes."))

    planned = [c.channel for c in plan.channels]
    ch = reading.channels
    bad = [c for c in planned if c in ch.excluded]
    beyond = [c for c in planned if ch.only and ch.allowed and c not in ch.allowed]
    if bad or beyond:
        out.append(_res("request_channels", "fail", "channels: " + ", ".join(
            [f"{c} is excluded by the brief" for c in bad] + [f"{c} is beyond the brief's only-channels" for c in beyond])))
    else:
        out.append(_res("request_channels", "pass", "Only channels the brief allows are planned."))

    if reading.budget is not None and plan.brief.budget is not None:
        if abs(plan.budget.total.value - plan.brief.budget) > 0.5 and abs(plan.brief.budget - reading.budget.amount) < 0.5:
            out.append(_res("request_budget", "fail",
                            f"budget: the plan spends {plan.budget.total.value:,.0f}, the brief says {reading.budget.amount:,.0f}."))
        else:
            out.append(_res("request_budget", "pass", "The budget is the brief's."))

    if reading.holdout is not None:
        share = plan.holdout.share.value
        ok = abs(share - reading.holdout.share) <= 0.005
        out.append(_res("request_holdout", "pass" if ok else "fail",
                        f"Holdout {100 * share:.1f}%" + (" as asked." if ok else f", the brief asks {100 * reading.holdout.share:g}%.")))

    asked, made = reading.offer, plan.offer
    if asked is not None and not reading.no_discount:  # the offer asked for is the one planned, not another
        kind = made.type if made is not None else None
        value = (made.depth_pct or made.amount or 0) if made is not None else 0
        if kind == asked.kind and (kind not in ("percent_off", "amount_off") or abs(value - (asked.value or 0)) < 0.01):
            out.append(_res("request_offer", "pass", f'The offer is the brief\'s ("{asked.span.text}").'))
        elif kind == asked.kind == "percent_off" and reading.discount_cap is not None:
            out.append(_res("request_offer", "pass", f"The offer was capped at the brief's {reading.discount_cap.max_percent:g}%."))
        else:
            out.append(_res("request_offer", "fail", f'offer: the brief asks "{asked.span.text}", the plan carries {kind or "no offer"}.'))

    cap = reading.discount_cap.max_percent if reading.discount_cap else (0.0 if reading.no_discount else None)
    if cap is not None:
        over: list[str] = []
        offer = getattr(plan, "offer", None)
        depth = getattr(offer, "percent_off", None) or getattr(offer, "depth_pct", None)
        if isinstance(depth, (int, float)) and depth > cap + 1e-9:
            over.append(f"the offer is {depth:g}% off")
        for v in plan.copy_variants:
            for text in (v.subject, v.preheader, v.title, v.headline, v.body):
                for m in _PCT_OFF.finditer(text or ""):
                    pct = _percent(m)
                    if pct is not None and pct > cap + 1e-9:
                        over.append(f"{v.key} says {m.group(0)!r}")
        limit = "no discount" if reading.no_discount and not reading.discount_cap else f"at most {cap:g}% off"
        out.append(_res("request_discount_cap", "fail" if over else "pass",
                        (f"discount cap ({limit}): " + "; ".join(over[:5])) if over else f"Offers and copy stay within {limit}."))
    return out


def _percent(m: re.Match[str]) -> float | None:
    if m.group(1):
        return float(m.group(1))
    from copilot.reading.numbers import zhe_to_percent_off

    return zhe_to_percent_off(m.group(2))
