"""The campaign's offer: when the plan carries one, how deep, and the check that keeps it within the brief.

An offer is made when the brief names one ("20% off") or the objective calls for one (win-back,
clearance, seasonal sale: :func:`offer_objective`; a brief that calls its campaign seasonal -- "Seasonal
spring campaign for trail shoes", 换季 -- and names no other campaign type is a seasonal sale) and the
brief does not rule discounts out (``no_discount``: "no discounts", "full price only"). Its depth is
the brief's, else a default per objective, never above the brief's cap (``discount_cap_pct``) nor the
product margin when the data has product cost (``attributes.cost``); without cost data the margin is
stated as an assumption. The code is a placeholder for the marketer to create in the store; the offer
expires at the campaign's end. :func:`check_offer` fails an offer, or copy, above the cap or against a
no-discount brief.

The offer's ``line`` is the sentence copy carries, in the copy's language
(:func:`copilot.planner.zh.copy_language`): ``Save 15% with code COMEBACK15 until March 21.`` or
``使用优惠码 COMEBACK15 立享8.5折，3月21日截止。`` (15% off = 8.5折; :func:`copilot.planner.zh.zhe`).
Copy's own percentages are read in both: "15% off", "save 20 percent", "八折", "85折", "立减20%".
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from copilot.planner.offer_minimum import carry_minimum, check_minimum_in_copy
from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant, Offer
from copilot.planner.zh import copy_language, zh_offer_line, zhe_depths_in

if TYPE_CHECKING:
    from copilot.deps import Deps

#: Default depth by objective when the brief names no offer (a common e-commerce starting point).
DEFAULT_DEPTH = {"winback": 15.0, "clearance": 30.0, "seasonal": 20.0}
#: Words in a brief that call for a sale even when the objective is another.
_SALE_WORDS = re.compile(r"\b(black friday|cyber monday|sale|promo(tion)?|discount|deal)\b", re.IGNORECASE)
#: A brief calling its campaign seasonal (the reader's objective stays unset: "seasonal" names no occasion).
_SEASONAL = re.compile(r"\bseasonal\b|\bend[- ]of[- ]season\b|换季|季末|应季", re.IGNORECASE)
#: The margin an offer leaves at least, of the list price, when cost is known.
MIN_MARGIN_PCT = 10.0
CODE_PREFIX = {"winback": "COMEBACK", "clearance": "CLEAR", "seasonal": "SEASON"}
_PERCENT = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)


def offer_objective(plan: CampaignPlan) -> str | None:
    """The campaign type that calls for an offer (a key of :data:`DEFAULT_DEPTH`), or None: the brief's
    objective when it is one; "seasonal" for sale words ("Black Friday", "sale") or a campaign the brief
    calls seasonal when it names no other type (the reader left the objective unset, the planner's
    default "retention" stands)."""
    b = plan.brief
    if b.objective in DEFAULT_DEPTH:
        return b.objective
    unstated = (b.reading is None or b.reading.objective is None) and b.objective == "retention"
    if _SALE_WORDS.search(b.text) or (unstated and _SEASONAL.search(b.text)):
        return "seasonal"
    return None


def wants_offer(plan: CampaignPlan) -> bool:
    b = plan.brief
    if b.no_discount:
        return False
    return bool(b.offer or b.discount_pct) or offer_objective(plan) is not None


def product_margins(deps: Deps, product_ids: list[str]) -> dict[str, float]:
    """``product_id -> margin %`` of list price where the products' attributes carry a ``cost``."""
    if not product_ids:
        return {}
    out: dict[str, float] = {}
    with deps.workspace.connect() as con:
        rows = con.execute(
            "SELECT product_id, price, attributes FROM products WHERE product_id IN "
            f"({', '.join('?' for _ in product_ids)})",
            product_ids,
        ).fetchall()
    for pid, price, attrs in rows:
        try:
            data = json.loads(attrs) if isinstance(attrs, str) else (attrs or {})
        except ValueError:
            continue
        cost = data.get("cost") if isinstance(data, dict) else None
        if isinstance(cost, int | float) and price and float(price) > 0:
            out[str(pid)] = 100.0 * (float(price) - float(cost)) / float(price)
    return out


def make_offer(plan: CampaignPlan, margins: dict[str, float] | None = None) -> tuple[Offer | None, list[str]]:
    """The plan's offer and the assumptions it adds (none when no offer is called for)."""
    b = plan.brief
    notes: list[str] = []
    if not wants_offer(plan):
        if b.no_discount and (b.offer or offer_objective(plan)):
            notes.append("No offer: the brief rules out discounts.")
        return None, notes
    if (asked := _brief_offer(plan)) is not None:
        return asked, notes
    depth = b.discount_pct
    reason = f"The brief's offer ({b.offer})." if b.offer else ""
    if depth is None and b.offer:
        m = _PERCENT.search(b.offer)
        depth = float(m.group(1)) if m else None
    read_kind = b.reading.offer.kind if b.reading is not None and b.reading.offer is not None else None
    if depth is None and b.offer and (read_kind == "free_shipping" or re.search(r"free (shipping|delivery)|包邮|免运费", b.offer, re.IGNORECASE)):
        return (
            _in_language(plan, Offer(
                type="free_shipping", code=_code(plan, None), expires=plan.end_date, reason=reason,
                margin_note="Free shipping: its cost is not in the data; set it against the budget.",
                line=f"Free shipping with code {_code(plan, None)} until {_day(plan)}.")),
            notes,
        )
    if depth is None:
        obj = offer_objective(plan) or "seasonal"
        depth = DEFAULT_DEPTH[obj]
        reason = f"A {obj.replace('_', '-')} campaign usually carries an offer; {depth:g}% is a starting depth."
        notes.append(f"Offer of {depth:g}% off assumed for a {obj.replace('_', '-')} campaign: change it in the brief.")
    if b.discount_cap_pct is not None and depth > b.discount_cap_pct:
        notes.append(f"The offer was capped at the brief's {b.discount_cap_pct:g}% (was {depth:g}%).")
        reason = (f"{reason} Capped at the brief's {b.discount_cap_pct:g}% (was {depth:g}%).").strip()
        depth = b.discount_cap_pct
    margins = margins or {}
    featured = [m for pid, m in margins.items() if pid in plan.featured_products]
    if featured:
        room = min(featured) - MIN_MARGIN_PCT
        if depth > room:
            notes.append(f"The offer was limited to {max(0.0, room):.0f}% to keep a {MIN_MARGIN_PCT:g}% margin on every featured product.")
            depth = max(0.0, float(int(room)))
        margin_note = f"Leaves at least {min(featured) - depth:.0f}% margin on the featured products (cost from the catalogue)."
    else:
        margin_note = (
            "The data has no product cost: the margin left after the discount is an assumption "
            "(check it against the product margins before sending)."
        )
    if depth <= 0:
        notes.append("No offer: no discount fits the cap and margin.")
        return None, notes
    code = _code(plan, depth)
    return (
        _in_language(plan, Offer(
            type="percent_off", depth_pct=depth, code=code, expires=plan.end_date, reason=reason[:300],
            margin_note=margin_note[:300], line=f"Save {depth:g}% with code {code} until {_day(plan)}.")),
        notes,
    )


#: the code's stem for an offer the brief names by kind
_KIND_CODE = {"gift": "GIFT", "bogo": "BOGO"}


def _brief_offer(plan: CampaignPlan) -> Offer | None:
    """The brief's own offer when it is an amount off (满300减40, "$30 off orders over $150"), a gift or a
    buy-one-get-one: the plan carries it as written, never a percentage of its own in its place."""
    reading = plan.brief.reading
    o = reading.offer if reading is not None else None
    if o is None or o.kind not in ("amount_off", "gift", "bogo"):
        return None
    words = re.sub(r"^(?:with|plus|and)\s+", "", o.span.text.strip(" ,.;，。；"), flags=re.IGNORECASE)[:120]
    amount = o.value if o.kind == "amount_off" else None
    code = _code(plan, amount, _KIND_CODE.get(o.kind))
    margin_note = ("An amount off: its depth depends on the basket; check it against the product margins before sending."
                   if o.kind == "amount_off" else
                   "The gift's cost is not in the data; set it against the budget." if o.kind == "gift" else
                   "Buy one, get one: the second item's cost is not in the data; check it against the margins.")
    offer = Offer(type=o.kind, amount=amount, currency=o.currency, words=words, code=code, expires=plan.end_date,
                  reason=f"The brief's offer ({words}).", margin_note=margin_note,
                  line=f"{words[:1].upper()}{words[1:]} with code {code} until {_day(plan)}."[:160])
    return _in_language(plan, offer)


def _in_language(plan: CampaignPlan, offer: Offer) -> Offer:
    """The offer with its copy line in the copy's language (English as made) and the brief's minimum order."""
    offer = carry_minimum(plan, offer)  # "15% off orders over $75": the line says "on orders of $75+" (offer_minimum)
    if copy_language(plan) == "zh":
        return offer.model_copy(update={"line": zh_offer_line(offer)})
    return offer


def _day(plan: CampaignPlan) -> str:
    return f"{plan.end_date:%B} {plan.end_date.day}"


def _code(plan: CampaignPlan, depth: float | None, stem: str | None = None) -> str:
    """The code the brief dictates ("15% off, code BACK15"), else one made from the campaign type and depth
    (or the amount off; ``stem`` for a gift or a buy-one-get-one)."""
    reading = plan.brief.reading
    if reading is not None and reading.offer is not None and reading.offer.code:
        return reading.offer.code
    if stem is not None:
        return stem
    prefix = CODE_PREFIX.get(offer_objective(plan) or plan.brief.objective, "SAVE")
    return f"{prefix}{int(depth)}" if depth is not None else "FREESHIP"


_OFFERED = re.compile(
    r"\b(?:save|take|get|enjoy|extra|up to)\s+(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)|(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)\s+off\b",
    re.IGNORECASE,
)


def offer_depths_in(text: str) -> list[float]:
    """Percentages copy offers ("15% off", "save 20 percent", "85折" = 15, "八折" = 20); "100% merino"
    is no offer."""
    return [float(m.group(1) or m.group(2)) for m in _OFFERED.finditer(text)] + zhe_depths_in(text)


def check_offer(plan: CampaignPlan, variants: list[CopyVariant] | None = None) -> list[CheckResult]:
    """The offer and every variant's percentages within the brief's cap; no offer when the brief
    rules discounts out. One result for the plan's offer, one per variant that breaks the cap."""
    b = plan.brief
    out: list[CheckResult] = []
    cap = 0.0 if b.no_discount else b.discount_cap_pct
    o = plan.offer
    if o is not None and cap is not None and (o.depth_pct or 0) > cap + 1e-9:
        out.append(CheckResult(name="offer", status="fail", target="offer",
                               details=f"offer: {o.depth_pct:g}% off is above the brief's cap of {cap:g}%."))
    elif o is not None and b.no_discount:
        out.append(CheckResult(name="offer", status="fail", target="offer",
                               details="offer: the brief rules out discounts, yet the plan carries an offer."))
    else:
        what = f"{o.depth_pct:g}% off" if o and o.depth_pct else (o.words or o.type.replace("_", " ") if o else "no offer")
        cap_s = f" within the cap of {cap:g}%" if cap is not None and o else ""
        out.append(CheckResult(name="offer", status="pass", target="offer", details=f"offer: {what}{cap_s}."))
    for v in variants if variants is not None else plan.copy_variants:
        text = " ".join(v.parts().values())
        over = [d for d in offer_depths_in(text) if cap is not None and d > cap + 1e-9]
        if over:
            out.append(CheckResult(name="offer", status="fail", target=v.key,
                                   details=f"Copy offers {over[0]:g}% off; the brief caps discounts at {cap:g}%."))
    out.extend(check_minimum_in_copy(plan, variants))  # the offer said without its minimum order, or with another
    return out


def with_offer(deps: Deps, plan: CampaignPlan) -> CampaignPlan:
    """``plan`` with its offer (:func:`make_offer`, priced against margin where the catalogue has cost)
    and the assumptions the offer adds; a plan that already carries an offer is returned as is."""
    if plan.offer is not None:
        return plan
    offer, notes = make_offer(plan, product_margins(deps, list(plan.featured_products)))
    if offer is not None and offer.margin_note and "assumption" in offer.margin_note:
        notes.append(offer.margin_note)
    assumptions = [*plan.assumptions, *(n[:300] for n in notes if n not in plan.assumptions)][:20]
    return plan.model_copy(update={"offer": offer, "assumptions": assumptions})
