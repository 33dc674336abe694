"""A reading in words, for `copilot read`, plans and chat answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.tools.conditions import leaves
from copilot.tools.describe import describe_condition

if TYPE_CHECKING:
    from copilot.reading.schema import Reading
    from copilot.tools.conditions import Condition, Span


def _q(span: Span | None) -> str:
    return f' ← "{span.text}"' if span is not None and span.text else ""


def words_of(cond: Condition, sep: str = ", ", quote: str = '"{}"') -> str:
    """The words each audience condition came from, in the request's order: ← "lapsed", "trail runners" (Chinese
    plans: ← “最近半年”，“买过登山鞋” with ``sep="，", quote="“{}”"``)."""
    spans = sorted({(sp.start, sp.text) for c in leaves(cond) if (sp := getattr(c, "span", None)) is not None and sp.text})
    return (" ← " + sep.join(quote.format(text) for _, text in spans)) if spans else ""


def applied_lines(r: Reading) -> list[str]:
    """One line per applied value: what it became and the words it came from."""
    out: list[str] = []
    if r.objective:
        out.append(f"objective: {r.objective}{_q(r.objective_span)}")
    if r.audience is not None:
        out.append(f"audience: {describe_condition(r.audience)}{words_of(r.audience)}")
    if r.promoted.categories or r.promoted.product_ids:
        out.append("promoted: " + ", ".join(r.promoted.categories + r.promoted.product_ids) + _q(r.promoted.span))
    ch = r.channels
    if ch.allowed or ch.excluded:
        words = ", ".join(ch.allowed) + (" (only these)" if ch.only else "") + (" (all channels)" if ch.all_channels else "")
        if ch.excluded:
            words += ("; " if ch.allowed else "") + "excluded: " + ", ".join(ch.excluded)
        out.append(f"channels: {words}")
    if r.budget:
        out.append(f"budget: {r.budget.amount:,.0f} {r.budget.currency or '(currency not stated)'}{_q(r.budget.span)}")
    if r.window:
        w = r.window
        parts = []
        if w.start or w.end:
            parts.append(f"{w.start or '?'} to {w.end or '?'}")
        if w.duration_days:
            parts.append(f"{w.duration_days} days")
        if w.occasion:
            parts.append(w.occasion)
        out.append("when: " + ", ".join(parts) + _q(w.span))
    if r.period:
        out.append(f"period asked about: {r.period.start} to {r.period.end}{_q(r.period.span)}")
    if r.compare_period:
        out.append(f"compared with: {r.compare_period.start} to {r.compare_period.end}{_q(r.compare_period.span)}")
    if r.breakdown:
        out.append(f"broken down by: {r.breakdown.by}{_q(r.breakdown.span)}")
    if r.offer:
        o = r.offer
        value = "" if o.value is None else (f" {o.value:g}%" if o.kind == "percent_off" else f" {o.value:g} {o.currency or ''}".rstrip())
        least = "" if o.min_order is None else f" on orders of {o.min_order:g}{' ' + o.currency if o.currency else ''}+"
        out.append(f"offer: {o.kind}{value}{least}{_q(o.span)}")
    if r.discount_cap:
        out.append(f"discount cap: at most {r.discount_cap.max_percent:g}% off{_q(r.discount_cap.span)}")
    if r.no_discount:
        out.append(f"no discount{_q(r.no_discount.span)}")
    if r.ab_test:
        out.append(f"A/B test: {r.ab_test.element}{_q(r.ab_test.span)}")
    if r.holdout:
        out.append(f"holdout: {100 * r.holdout.share:g}%{_q(r.holdout.span)}")
    if r.metric:
        out.append(f"metric: {r.metric.name}{_q(r.metric.span)}")
    if r.top_n:
        out.append(f"top: {r.top_n}")
    return out


def not_applied_lines(r: Reading) -> list[str]:
    return [f'"{n.text}" ({n.affects}): {n.reason}' for n in r.not_applied]


def reading_markdown(r: Reading) -> str:
    lines = [f"**Read as** a {r.kind} ({r.language}), intent `{r.intent}`", ""]
    lines += [f"- {x}" for x in applied_lines(r)] or ["- nothing specific"]
    if r.not_applied:
        lines += ["", "**Not applied**", ""] + [f"- {x}" for x in not_applied_lines(r)]
    if r.model_notes:
        lines += ["", "**Read by the language model** (assumptions)", ""] + [f"- {x}" for x in r.model_notes]
    return "\n".join(lines) + "\n"
