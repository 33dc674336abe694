"""Helpers to write the reader's labelled cases compactly (used by build_cases.py).

A label is a partial Reading in JSON (docs/reading.md conventions); these helpers only shorten the
writing: ``B(text, ...)`` is a brief, ``Q(text, intent, ...)`` a question.
"""

from __future__ import annotations

import re
from typing import Any

RUN = ["road-running-shoes", "trail-running-shoes"]  # "running shoes" covers both
TRAIL_GEAR = ["trail-running-shoes", "hydration-vests"]  # "trail gear"
ALL_CH = ["email", "sms", "push", "paid_social"]
AT_RISK = ["At risk", "Can't lose them"]  # "about to churn", "at risk", 即将流失

ALL: dict[str, Any] = {"kind": "all"}


def seg(*names: str) -> dict[str, Any]:
    return {"kind": "rfm_segment", "segments": list(names)}


def tier(t: str = "high") -> dict[str, Any]:
    return {"kind": "value_tier", "tier": t}


def rec(min: int | None = None, max: int | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": "recency"}
    if min is not None:
        d["min_days"] = min
    if max is not None:
        d["max_days"] = max
    return d


def oc(min: int | None = None, max: int | None = None, within: int | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": "order_count"}
    for k, v in (("min", min), ("max", max), ("within_days", within)):
        if v is not None:
            d[k] = v
    return d


def spend(min: float | None = None, max: float | None = None, within: int | None = None,
          cur: str | None = None) -> dict[str, Any]:  # fmt: skip
    d: dict[str, Any] = {"kind": "spend"}
    for k, v in (("min", min), ("max", max), ("within_days", within), ("currency", cur)):
        if v is not None:
            d[k] = v
    return d


def bought(*cats: str | list[str], within: int | None = None, pids: tuple[str, ...] = ()) -> dict[str, Any]:
    flat: list[str] = []
    for c in cats:
        flat.extend(c if isinstance(c, list) else [c])
    d: dict[str, Any] = {"kind": "bought", "categories": flat, "product_ids": list(pids)}
    if within is not None:
        d["within_days"] = within
    return d


def region(*r: str) -> dict[str, Any]:
    return {"kind": "region", "regions": list(r)}


def consent(ch: str) -> dict[str, Any]:
    return {"kind": "consent", "channel": ch}


def eng(event: str, ch: str | None = None, within: int | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": "engagement", "event": event, "channel": ch}
    if within is not None:
        d["within_days"] = within
    return d


def signed(days: int) -> dict[str, Any]:
    return {"kind": "signed_up", "within_days": days}


def topp(
    cat: str | None = None, h: int = 30, n: int | None = None, share: float | None = None
) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": "top_propensity", "category": cat, "horizon_days": h}
    if n is not None:
        d["top_n"] = n
    if share is not None:
        d["top_share"] = share
    return d


def upl(n: int | None = None, share: float | None = None) -> dict[str, Any]:
    """top_uplift ("the persuadables"); size only when the request states it."""
    d: dict[str, Any] = {"kind": "top_uplift"}
    if n is not None:
        d["top_n"] = n
    if share is not None:
        d["top_share"] = share
    return d


def AND(*xs: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "and", "of": list(xs)}


def OR(*xs: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "or", "of": list(xs)}


def NOT(x: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "not", "of": x}


def money(amount: float, cur: str | None) -> dict[str, Any]:
    return {"amount": amount, "currency": cur}


def usd(a: float) -> dict[str, Any]:
    return money(a, "USD")


def cny(a: float) -> dict[str, Any]:
    return money(a, "CNY")


def eur(a: float) -> dict[str, Any]:
    return money(a, "EUR")


def gbp(a: float) -> dict[str, Any]:
    return money(a, "GBP")


def win(start: str | None = None, end: str | None = None, dur: int | None = None,
        occ: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A window. For an occasion alone, pass only ``occ`` (and ``dur``): docs/reading.md names the
    occasion but does not fix its dates, so start/end are left out of the label (not compared)."""
    if occ is not None and start is None and end is None:
        return {"duration_days": dur, "occasion": occ}
    return {"start": start, "end": end, "duration_days": dur, "occasion": occ}


MONTHS = {
    "apr": ("2026-04-01", "2026-04-30"), "may": ("2026-05-01", "2026-05-31"),
    "jun": ("2026-06-01", "2026-06-30"), "jul": ("2026-07-01", "2026-07-31"),
    "aug": ("2026-08-01", "2026-08-31"), "sep": ("2026-09-01", "2026-09-30"),
    "oct": ("2026-10-01", "2026-10-31"), "nov": ("2026-11-01", "2026-11-30"),
    "dec": ("2026-12-01", "2026-12-31"), "jan": ("2027-01-01", "2027-01-31"),
    "feb": ("2027-02-01", "2027-02-28"),
    "summer": ("2026-06-01", "2026-08-31"), "autumn": ("2026-09-01", "2026-11-30"),
    "winter": ("2026-12-01", "2027-02-28"),
}  # fmt: skip


def month(name: str, dur: int | None = None) -> dict[str, Any]:
    s, e = MONTHS[name]
    return win(s, e, dur)


def pct(v: float) -> dict[str, Any]:
    return {"kind": "percent_off", "value": v, "currency": None}


def amt(v: float, cur: str | None = None) -> dict[str, Any]:
    return {"kind": "amount_off", "value": v, "currency": cur}


FREESHIP: dict[str, Any] = {"kind": "free_shipping", "value": None, "currency": None}
GIFT: dict[str, Any] = {"kind": "gift", "value": None, "currency": None}
BOGO: dict[str, Any] = {"kind": "bogo", "value": None, "currency": None}

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str:
    """zh when the text is mostly Chinese (more CJK characters than Latin words)."""
    return "zh" if len(_CJK.findall(text)) > len(_LATIN_WORD.findall(text)) else "en"


def _expected(kind: str, text: str, intent: str, kw: dict[str, Any]) -> dict[str, Any]:
    allch = kw.pop("allch", False)
    ch = kw.pop("ch", "")
    allowed = ALL_CH if allch else [c for c in ch.split(",") if c]
    exp: dict[str, Any] = {
        "kind": kind,
        "language": kw.pop("lang", None) or detect_language(text),
        "intent": intent,
        "objective": kw.pop("obj", None),
        "audience": kw.pop("aud", None),
        "promoted": {"categories": list(kw.pop("cats", [])), "product_ids": list(kw.pop("pids", []))},
        "channels": {
            "allowed": allowed,
            "excluded": [c for c in kw.pop("ex", "").split(",") if c],
            "all_channels": bool(allch),
            "only": bool(kw.pop("only", False)),
        },
        "budget": kw.pop("budget", None),
        "window": kw.pop("win", None),
        "offer": kw.pop("offer", None),
        "discount_cap": None,
        "no_discount": bool(kw.pop("nodisc", False)),
        "ab_test": None,
        "holdout": None,
        "metric": None,
        "not_applied": [],
    }
    cap = kw.pop("cap", None)
    if cap is not None:
        exp["discount_cap"] = {"max_percent": cap}
    ab = kw.pop("ab", None)
    if ab:
        exp["ab_test"] = {"element": ab}
    hold = kw.pop("hold", None)
    if hold is not None:
        exp["holdout"] = {"share": hold}
    metric = kw.pop("metric", None)
    if metric:
        exp["metric"] = {"name": metric}
    for affects, words in kw.pop("na", []):
        if words.lower() not in text.lower():
            raise ValueError(f"not_applied text {words!r} is not in the request: {text!r}")
        exp["not_applied"].append({"affects": affects, "text": words})
    if "top_n" in kw:
        top_n = kw.pop("top_n")
        if top_n is not ...:  # Ellipsis: the label does not decide top_n (not compared)
            exp["top_n"] = top_n
    if "bd" in kw:  # decision 240: what a question's figures are broken down by (compared only where labelled)
        exp["breakdown"] = {"by": kw.pop("bd")}
    return exp


def _case(kind: str, text: str, intent: str, kw: dict[str, Any]) -> dict[str, Any]:
    note = kw.pop("note", None)
    today = kw.pop("today", "2026-03-02")
    exp = _expected(kind, text, intent, kw)
    if kw:
        raise TypeError(f"unknown label keys {sorted(kw)} in {text!r}")
    case: dict[str, Any] = {"today": today, "text": text, "expected": exp}
    if note:
        case["note"] = note
    return case


def B(text: str, **kw: Any) -> dict[str, Any]:
    """A campaign brief (intent plan)."""
    return _case("brief", text, "plan", kw)


def Q(text: str, intent: str, **kw: Any) -> dict[str, Any]:
    """A chat question with its intent."""
    kw.setdefault("top_n", None)
    return _case("question", text, intent, kw)
