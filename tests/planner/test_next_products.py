"""Past buyers of a category with nothing promoted are offered what goes with it, not more of it.

Seen (issue #12): "win back people who bought a tent in the last two years but haven't ordered in 6
months" featured two more tents and the hook asked "最近你买过帐篷了吗？". These briefs are about other
categories and wordings (English and Chinese); the plan is drafted by the planner on the trained demo
workspace with the scripted model.
"""

from __future__ import annotations

from typing import Any

import pytest
from fakes import ScriptedChatModel
from planner.helpers import scripted_copy
from planner.test_chinese_copy import scripted_zh_copy

from copilot.deps import Deps
from copilot.planner.next_products import complementary_categories, owned_category_repeats
from copilot.planner.workflow import run_plan


def _run(deps: Deps, text: str) -> tuple[Any, ScriptedChatModel]:
    # the scripted copy is about running: a repair round may ask again (the products, not the copy, are tested)
    copy = scripted_zh_copy() if any("\u4e00" <= ch <= "\u9fff" for ch in text) else scripted_copy()
    model = ScriptedChatModel(script=[copy] * 3)
    return run_plan(deps, text, chat_model=model).plan, model


def _plan(deps: Deps, text: str) -> Any:
    return _run(deps, text)[0]


def _categories(plan: Any) -> list[str]:
    return [str(plan.evidence.catalog[pid]["category"]) for pid in plan.featured_products]


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("Win back customers who bought hiking boots last year but haven't ordered in 6 months, email, $3k",
         "hiking-boots"),
        ("召回买过睡袋但半年没下单的客户，邮件，预算2万", "sleeping-bags"),
    ],
)
def test_a_winback_of_past_buyers_features_what_goes_with_their_category(
    plan_deps: Deps, text: str, owned: str
) -> None:
    plan, model = _run(plan_deps, text)
    assert plan.brief.bought_category == owned and plan.brief.category is None
    repeats, _ = owned_category_repeats(plan_deps, owned)
    assert not repeats  # the demo's boots and bags are rarely bought twice
    cats = _categories(plan)
    assert cats and owned not in cats, cats
    # the featured categories are the ones bought with theirs, best first
    assert cats[0] == complementary_categories(plan_deps, owned)[0][0]
    why = [a for a in plan.assumptions if a.startswith("Featured products:")]
    assert why and f"not more {owned.replace('-', ' ')}" in why[0] and "as often as other customers" in why[0]
    assert not any(a.startswith(("No product named", "No product or category named")) for a in plan.assumptions)
    # the plan is named for whom it is about, not "all products"
    single = {"hiking-boots": "hiking boot", "sleeping-bags": "sleeping bag"}[owned]
    assert plan.name.startswith(f"Win-back: {single} buyers"), plan.name
    if owned == "sleeping-bags":  # a Chinese brief's plan is rendered in Chinese
        assert "买过睡袋的客户" in plan.to_markdown()
    # the copywriter is told they own it already: no hook asking whether they bought one
    prompt = "\n".join(str(m.content) for m in model.requests[0].messages)
    assert f"they own {owned.replace('-', ' ')} already" in prompt


def test_a_promoted_category_is_kept_for_past_buyers_of_another(plan_deps: Deps) -> None:
    plan = _plan(plan_deps, "Win back lapsed hiking boot buyers with trekking poles, email, $2k")
    assert plan.brief.category == "trekking-poles"
    assert set(_categories(plan)) == {"trekking-poles"}
    assert not any(a.startswith("Featured products:") for a in plan.assumptions)


def test_a_category_people_buy_again_is_featured_again(plan_deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    import copilot.planner.next_products as nxt

    monkeypatch.setattr(nxt, "owned_category_repeats", lambda _d, _c: (True, "31% bought again"))
    plan = _plan(plan_deps, "Bring back lapsed customers who bought socks, email, $1k")
    assert plan.brief.bought_category == "socks" and set(_categories(plan)) == {"socks"}
    assert any(a.startswith("No product named: the plan features Socks") and "31% bought again" in a
               for a in plan.assumptions)


def test_repeat_purchase_comes_from_the_data_else_from_the_category_name(
    plan_deps: Deps, monkeypatch: pytest.MonkeyPatch
) -> None:
    rates = plan_deps.artifacts.load("recommender").meta["repurchase"]
    cat = next(iter(rates))
    repeats, basis = owned_category_repeats(plan_deps, cat)
    assert repeats == bool(rates[cat]["repeats"]) and "bought the same product again" in basis

    class NoModel:
        def load(self, _name: str) -> Any:
            from copilot.errors import MissingArtifactError

            raise MissingArtifactError("not trained")

    monkeypatch.setattr(Deps, "artifacts", property(lambda _self: NoModel()))
    assert owned_category_repeats(plan_deps, "energy-gels")[0]
    assert owned_category_repeats(plan_deps, "Trail Socks")[0]
    assert not owned_category_repeats(plan_deps, "camp-stoves")[0]


def test_why_these_products_reads_in_chinese() -> None:
    from copilot.planner.render_zh_text import zh_text

    note = ("Featured products: what customers who bought rain jackets also buy (insulated jackets 1.9x, backpacks "
            "1.7x as often as other customers; the recommender's pick of each for this audience), not more rain "
            "jackets: 9% of its buyers bought the same product again (a category is re-bought from 15%).")
    said = zh_text(note)
    assert said.startswith("主推商品：买过冲锋衣") or said.startswith("主推商品：买过雨衣"), said
    assert "1.9 倍" in said and "9% 的买家再次购买了同一商品" in said and "Featured" not in said
    again = zh_text("No product named: the plan features Socks, what this audience bought. People buy it again: "
                    "a consumable or wear item.")
    assert again == "需求未指定商品：方案主推袜子，即该人群买过的品类。该品类有复购：属于消耗品或易损耗品。"
