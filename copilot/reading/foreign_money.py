"""Money in a request stated in another currency than the store's, whose data every figure comes from: a budget
or a spend threshold is converted with ``fx_rates`` from the settings, or -- with no rate -- said (a ¥20,000 budget is
never planned as $20,000, and "消费满1000元" is never silently 1,000 USD)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.reading.schema import NotApplied, Reading
from copilot.tools.conditions import Spend, leaves

if TYPE_CHECKING:
    from copilot.deps import Deps


def foreign_budget(reading: Reading, deps: Deps) -> tuple[float | None, str, NotApplied | None] | None:
    """A budget stated in another currency than the store's (whose data every figure comes from):
    converted with ``fx_rates`` from the settings, or -- with no rate -- not applied and said so (a
    ¥20,000 budget is never planned as $20,000). None when the budget is in the store's currency."""
    b = reading.budget
    store = deps.settings.currency
    if b is None or b.currency is None or b.currency == store:
        return None
    rate = deps.settings.fx_rates.get(b.currency)
    shown = f"{b.amount:,.0f} {b.currency}"
    if rate:
        converted = round(b.amount * rate, 2)
        return (
            converted,
            (
                f"Budget {shown} converted at {rate:g} {store} per {b.currency} (setting fx_rates) = "
                f"{converted:,.0f} {store}, the currency of the store's data."
            ),
            None,
        )
    reason = (
        f"the budget is in {b.currency} and the store's data are in {store}; no exchange rate is set "
        f"(fx_rates.{b.currency} in copilot.toml), so the plan is not sized to it"
    )
    text = b.span.text if b.span else shown
    return (
        None,
        f"Budget {shown} not applied: {reason}.",
        NotApplied(text=text, span=b.span, affects="budget", reason=reason),
    )


def foreign_thresholds(reading: Reading, deps: Deps) -> list[tuple[str, NotApplied | None]]:
    """Each spend threshold of the audience stated in another currency: converted in place with ``fx_rates``
    (an assumption said), or -- with no rate -- kept as written in the store's currency and listed under Not
    applied (audience: the plan needs review)."""
    store = deps.settings.currency
    out: list[tuple[str, NotApplied | None]] = []
    for leaf in leaves(reading.audience) if reading.audience is not None else []:
        if not isinstance(leaf, Spend) or leaf.currency is None or leaf.currency == store:
            continue
        cur = leaf.currency
        rate = deps.settings.fx_rates.get(cur)
        shown = " to ".join(f"{v:,.0f} {cur}" for v in (leaf.min, leaf.max) if v is not None)
        if rate:
            for name in ("min", "max"):
                value = getattr(leaf, name)
                if value is not None:
                    object.__setattr__(leaf, name, round(value * rate, 2))
            object.__setattr__(leaf, "currency", store)
            out.append((f"Spend threshold {shown} converted at {rate:g} {store} per {cur} (setting fx_rates).", None))
            continue
        reason = (f"the spend threshold is in {cur} and the store's data are in {store}; no exchange rate is set "
                  f"(fx_rates.{cur} in copilot.toml), so it is applied as the same number of {store}")
        text = leaf.span.text if leaf.span else shown
        out.append((f"Spend threshold {shown}: {reason}.", NotApplied(text=text, span=leaf.span, affects="audience", reason=reason)))
    return out


def in_store_currency(reading: Reading, deps: Deps) -> Reading:
    """The reading a question is answered from: its spend thresholds in the store's currency (converted with
    ``fx_rates``) or, with no rate, listed under Not applied -- the answer never counts "消费超过500块" as 500 USD
    without saying so (the plan does the same through :func:`foreign_thresholds`)."""
    if reading.audience is None:
        return reading
    copy = reading.model_copy(deep=True)
    listed = [na for _, na in foreign_thresholds(copy, deps) if na is not None]
    if listed:
        copy.not_applied = [*copy.not_applied, *listed]
    return copy
