"""The campaign's aim (objective): a word that names it, else a cross-sell read from the audience and the promoted
products. Split out of terms.py."""

from __future__ import annotations

from typing import Literal

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.occasions import past_occasion_at
from copilot.reading.schema import Objective, Promoted
from copilot.reading.text import Text, pat
from copilot.tools.conditions import And, Bought, Condition, Not, Or, Span

Kind = Literal["brief", "question"]


def read_objective(t: Text, audience: Condition | None, promoted: Promoted, kind: Kind,
                   lacks_product: bool = False, product_categories: frozenset[str] = frozenset()) -> tuple[Objective | None, Span | None]:
    """The campaign's aim: a word that names it, else "promote X to buyers of another category" is a cross-sell
    (``product_categories``: the categories of the promoted products, so a trail shoe promoted to trail-shoe
    buyers is not a cross-sell)."""
    best: tuple[int, Objective, re.Match[str]] | None = None
    seasonal: tuple[int, Objective, re.Match[str]] | None = None
    who = [(sp.start, sp.end) for c in tree_leaves(audience) if (sp := getattr(c, "span", None)) is not None]
    described: tuple[int, Objective, re.Match[str]] | None = None  # an aim word inside who: used only if no other
    for obj, words in lx.OBJECTIVE_WORDS:
        for p in words:
            for m in re.finditer(pat(p), t.text[: t.second_from], re.IGNORECASE):  # not the second campaign's aim
                if any(a <= m.start() < b for a, b in t.background):
                    continue  # "Project: Q2 Retention": a property of the task, not the campaign's aim
                if obj == "seasonal":  # an occasion is the type only when no other aim is named
                    if re.search(r"\b(?:since|after|following)\s+(?:the\s+)?$|以来\s*$|自\s*$|从\s*$", t.text[max(0, m.start() - 10) : m.start()], re.I) or (
                            re.match(r"(?:节)?(?:之|以)?后(?!天)", t.text[m.end() : m.end() + 3])) or (
                            past_occasion_at(t.text, m.start(), m.end())):
                        continue  # "haven't bought since Black Friday", "the week after Mother's Day", 清明后: no occasion campaign
                    if seasonal is None or m.start() < seasonal[0]:
                        seasonal = (m.start(), obj, m)  # type: ignore[assignment]
                elif any(a <= m.start() < b for a, b in who):  # "customers who never made a second order — win them back"
                    if described is None or m.start() < described[0]:
                        described = (m.start(), obj, m)  # type: ignore[assignment]
                elif best is None or m.start() < best[0]:
                    best = (m.start(), obj, m)  # type: ignore[assignment]
                break
    if best is not None and seasonal is not None and (best[1] == "retention" or (
            best[1] == "launch" and re.fullmatch(r"early access|抢先(?:购|看|体验)?", best[2].group(0), re.I))):
        # "For Thanksgiving — thank-you email to our Champions", "Black Friday early access for VIPs": the occasion
        best = seasonal  # names the campaign
    best = best or seasonal or described
    if best is None:  # (a question's aim is kept only when it asks for a plan: reader.py)
        new = re.search(r"(?<![\w-])(?:our |the |a )?(?:all-)?new\s+(?!customers|clients|custs|folks|sign|subscribers|members|year|buyers|shoppers|users|people|campaign|reminder|flow|plan|brief|"
                        r"idea|e-?mail|send|push|promo|blast|series|thing|request|ask|version of (?:the|this) (?:plan|brief))", t.text, re.I)
        if new and not _not_a_product(t.text, new.start(), new.end()) and (
                promoted.categories or promoted.product_ids or _names_product_after(t.text, new.end())):
            return "launch", t.span(new.start(), new.end())
    if best is not None:
        m = best[2]
        return best[1], t.span(m.start(), m.end())
    if kind != "brief":
        return None, None
    leaves = tree_leaves(audience)
    bought = [c for c in leaves if isinstance(c, Bought) and not any(isinstance(n, Not) and n.of is c for n in leaves)]
    if bought and (promoted.categories or promoted.product_ids or lacks_product) and not (
            set(promoted.categories) | product_categories) & {s for b in bought for s in b.categories}:
        return "cross_sell", None
    return None, None


#: "new" said of the writer, a colleague, a tool or a programme ("I'm the new marketing intern", "our new website"): no
#: product launched
_NEW_OTHER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:intern|hires?|starters?|joiners?|manager|colleagues?|team(?:mate)?s?|boss|job|role|analyst|"
                        r"marketer|guy|girl|person|here|to (?:this|the|copilot)|website|site|app|system|tool|process|policy|account|"
                        r"program(?:me)?|scheme|initiative|service|store|shop|location|office|warehouse|agency|partner)\b", re.IGNORECASE)


def _not_a_product(text: str, start: int, end: int) -> bool:
    """Whether the "new" at ``start``-``end`` names no new product: a person, a tool or a programme after it, or the new
    goods of a trade-in ("bring back your old boots, get $30 off new hiking boots", 以旧换新)."""
    old = re.search(r"\bold\b|旧", text[max(0, start - 80) : start], re.IGNORECASE)
    return bool(_NEW_OTHER.match(text, end) or old)


def _names_product_after(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*[\w-]+", text[pos:]))


def tree_leaves(c: Condition | None) -> list[Condition]:
    if c is None:
        return []
    if isinstance(c, (And, Or)):
        return [x for y in c.of for x in tree_leaves(y)]
    if isinstance(c, Not):
        return [c, *tree_leaves(c.of)]
    return [c]
