"""Audience conditions written as SQL, a spreadsheet filter, JSON or ``key: value`` lines (README decisions
77 and 84): "signup_date >= today - 30 AND total_orders = 1", "Recency (days) > 180, Frequency >= 3,
Monetary > 400", "spend_12m between 200 and 500", '"min_orders": 2', '"consent": "push"', "sms_opt_in = 1".

One audience rule of :mod:`copilot.reading.audience` (same signature as the others there), run first so the
prose rules do not read the numbers. A field is read by its name (recency / days since last order,
frequency / orders, monetary / spend / LTV, signup, opt-in or consent per channel); a suffix like ``_12m`` or
``_90d`` is the window. ``>`` on days or money is "at least N" (the data is whole days and rounded money);
``>`` on an order count is N+1. A field the data has no column for (an LTV bucket, a score, a flag) is
listed under Not applied, never dropped.
"""

from __future__ import annotations

from typing import Literal

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.conditions import Condition, Consent, OrderCount, Recency, SignedUp, Spend

_NUM = r"-?\d[\d,]*(?:\.\d+)?"
#: field (op) value, in SQL / spreadsheet / JSON / key: value form.
_COND = re.compile(
    r"(?P<field>\"?[A-Za-z][A-Za-z0-9_]*(?:\s*\((?:days|d|\$|usd|count)\))?\"?)\s*"
    r"(?:(?P<op>>=|<=|!=|==|=|>|<|≥|≤)\s*(?P<val>today\s*-\s*\d+|\"?[A-Za-z0-9_.$,-]+\"?)"
    r"|\s+between\s+(?P<lo>" + _NUM + r")\s+and\s+(?P<hi>" + _NUM + r")"
    r"|\s*:\s*(?P<jval>\"[^\"]{1,20}\"|" + _NUM + r"|true|false))",
    re.IGNORECASE)
_CHANNEL = {"email": "email", "e-mail": "email", "sms": "sms", "text": "sms", "push": "push"}


def _window(field: str) -> int | None:
    m = re.search(r"_(\d+)\s*(d|m|y|w)$", field)
    if not m:
        return None
    n = int(m.group(1))
    return n * {"d": 1, "w": 7, "m": 30, "y": 365}[m.group(2).lower()] if m.group(2).lower() != "m" or n % 12 else n // 12 * 365


def _number(raw: str) -> float | None:
    try:
        return float(raw.strip('"$ ').replace(",", ""))
    except ValueError:
        return None


def _condition(field: str, op: str, raw: str, lo: float | None, hi: float | None) -> Condition | Literal[False] | None:
    """The condition a field states; None when the field is not one copilot knows, False when it is but the value
    is not read."""
    f = field.lower().strip('"').replace(" ", "")
    days = _window(f)
    base = re.sub(r"_\d+\s*[dmyw]$", "", f)
    value = _number(raw) if raw else None
    if re.fullmatch(r"signup_?date|signed_?up(?:_at)?|created_?at|join(?:ed)?_?date|registration_?date", base):
        ago = re.match(r"today\s*-\s*(\d+)", raw or "", re.I)
        return SignedUp(within_days=int(ago.group(1))) if ago and op in (">=", ">", "≥") else False
    if re.fullmatch(r"recency(?:\(days\)|\(d\))?|days_?since_?last_?(?:order|purchase)|last_?order_?days", base):
        if value is None:
            return False
        return Recency(min_days=int(value)) if op in (">", ">=", "≥") else Recency(max_days=int(value)) if op in ("<", "<=", "≤") else False
    if re.fullmatch(r"frequency(?:\(count\))?|orders|total_?orders|order_?count|num_?orders|n_?orders|min_?orders|max_?orders", base):
        if base.startswith(("min_", "min")) and value is not None:
            return OrderCount(min=int(value), within_days=days)
        if base.startswith(("max_", "max")) and value is not None:
            return OrderCount(max=int(value), within_days=days)
        if lo is not None and hi is not None:
            return OrderCount(min=int(lo), max=int(hi), within_days=days)
        if value is None:
            return False
        n = int(value)
        bounds = {">": (n + 1, None), ">=": (n, None), "≥": (n, None), "<": (None, max(n - 1, 0)), "<=": (None, n), "≤": (None, n),
                  "=": (n, n), "==": (n, n)}.get(op)
        return OrderCount(min=bounds[0], max=bounds[1], within_days=days) if bounds else False
    if re.fullmatch(r"monetary(?:\(\$\)|\(usd\))?|spend|total_?spend|ltv|clv|lifetime_?value|revenue|min_?spend", base):
        cur = "USD" if "$" in (raw or "") else None  # "LTV > $500"
        if lo is not None and hi is not None:
            return Spend(min=lo, max=hi, within_days=days, currency=cur)
        if value is None:
            return False
        if op in (">", ">=", "≥", "") or base.startswith("min"):
            return Spend(min=value, within_days=days, currency=cur)
        return Spend(max=value, within_days=days, currency=cur) if op in ("<", "<=", "≤") else False
    opt = re.fullmatch(r"(email|e-mail|sms|text|push)_?(?:opt_?in|opted_?in|consent|subscribed)", base)
    if opt:
        yes = (raw or "").strip('"').lower() in ("1", "true", "yes", "y")
        return Consent(channel=_CHANNEL[opt.group(1)]) if yes else False
    if base == "consent":
        ch = _CHANNEL.get((raw or "").strip('"').lower())
        return Consent(channel=ch) if ch else False
    return None


def structured(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Conditions written as ``field op value`` (see the module docstring)."""
    for m in _COND.finditer(t.text):
        field = m.group("field")
        if not t.free(m.start(), m.end()) or (not re.search(r"[_(]|\"", field + (m.group("jval") or "")) and not re.fullmatch(
                r"(?i)recency|frequency|monetary|ltv|clv|orders|spend", field.strip('"'))):
            continue  # plain prose ("budget: $2k", "Target: Loyal") is the other rules'
        if re.search(r"\bby\s+(?:lifetime\s+|total\s+)?$", t.text[max(0, m.start() - 16) : m.start()], re.I) and m.group("jval") is not None:
            continue  # "the top 10% by lifetime spend: 20% off": a ranking's measure, then the offer, not a field
        if m.group("jval") is not None and re.search(r"\d\s*\+?\s*$", t.text[max(0, m.start() - 8) : m.start()]):
            continue  # "customers with 2+ orders: 10% off": a count said before the word, then the offer, not a field
        op = m.group("op") or ("" if m.group("jval") else "between")
        raw = (m.group("val") or m.group("jval") or "").rstrip(".,;")
        lo = float(m.group("lo").replace(",", "")) if m.group("lo") else None
        hi = float(m.group("hi").replace(",", "")) if m.group("hi") else None
        got = _condition(field, op, raw, lo, hi)
        if got is None:
            name = field.strip('"').lower()
            if re.search(r"bucket|score|tier|flag|decile|segment_?id|cohort|ltv_", name) and m.group("op"):
                na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience",
                                     reason=f"the data has no field '{field.strip(chr(34))}' copilot can filter on"))
            continue
        if got is False:
            na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience",
                                 reason="copilot read the field but not this value; edit the plan's audience"))
            continue
        span = t.take(m.start(), m.end())
        leaves.append((m.start(), got.model_copy(update={"span": span})))
