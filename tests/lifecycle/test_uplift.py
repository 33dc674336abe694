"""The uplift learner and the Qini coefficient on hand-made data."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.tools.uplift import TwoModelUplift, qini_coefficient, qini_curve


def test_qini_curve_by_hand() -> None:
    score = np.array([0.9, 0.8, 0.7, 0.6])
    treated = np.array([True, False, True, False])
    y = np.array([True, False, False, True])
    # top 1: 1 treated conversion, no holdout yet -> 1; top 2: 1 - 0*1/1 = 1; top 3: 1 - 0*2/1 = 1;
    # top 4: 1 - 1*2/2 = 0
    assert qini_curve(score, treated, y).tolist() == pytest.approx([0.0, 1.0, 1.0, 1.0, 0.0])
    # the diagonal ends at 0: mean gap = trapezoid area of the curve / 4 = (0.5 + 1 + 1 + 0.5) / 4
    assert qini_coefficient(score, treated, y) == pytest.approx(0.75)


def test_two_model_uplift_finds_the_persuadable_and_beats_random() -> None:
    rng = np.random.default_rng(1)
    n = 20_000
    x = rng.normal(size=(n, 2))
    treated = rng.random(n) < 0.5
    persuadable = x[:, 0] > 0.5  # only these respond to the campaign
    p = 0.1 + 0.05 * (x[:, 1] > 0) + np.where(treated & persuadable, 0.25, 0.0)
    y = rng.random(n) < p
    model = TwoModelUplift.fit(x, treated, y)
    score = model.predict(x)
    assert score[persuadable].mean() > score[~persuadable].mean() + 0.15
    assert qini_coefficient(score, treated, y) > qini_coefficient(rng.random(n), treated, y) + 100


def test_demo_campaigns_keep_randomised_holdouts_with_true_effects() -> None:
    from copilot.data.demo import campaign_defs
    from copilot.data.demo_campaigns import RANDOMISED_AUDIENCES
    from copilot.data.demo_generate import generate_tables

    tables = generate_tables(1500)
    arms, touches = tables["campaign_arms"], tables["touches"]
    defs = {cd.campaign_id: cd for cd in campaign_defs()}
    randomised = {cid for cid, cd in defs.items() if cd.audience in RANDOMISED_AUDIENCES}
    assert set(arms["campaign_id"]) == randomised  # affinity / lapsed / active campaigns have no holdout
    for cid, g in arms.groupby("campaign_id"):
        sent = set(touches.loc[touches["campaign_id"] == cid, "customer_id"])
        assert set(g.loc[g["arm"] == "treated", "customer_id"]) == sent  # the treated arm is who was sent
        held = set(g.loc[g["arm"] == "holdout", "customer_id"])
        assert held and not held & sent  # the holdout got nothing
        share = len(held) / len(g)
        expected = 0.08 if defs[str(cid)].audience == "all" else 0.70  # the coin: 92% / 30% sent
        assert abs(share - expected) < 0.06, (cid, share)
    effect = arms["true_effect"].to_numpy()
    assert (effect >= 0).all() and effect.std() > 0 and effect.max() < 0.2  # differ by customer, small
    # the holdout's effect is what they would have got: same distribution as the treated (randomised)
    t = arms["arm"] == "treated"
    assert abs(effect[t].mean() - effect[~t].mean()) < 0.5 * effect.mean() + 1e-3


def test_uplift_trains_from_past_holdouts_and_the_persuadable_condition_selects_its_top(deps) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    from copilot.tools.audience import audience_size, resolve_audience
    from copilot.tools.conditions import parse_condition
    from copilot.tools.describe import describe_condition
    from copilot.tools.schemas import AudienceCriteria
    from copilot.tools.uplift import UpliftQuery, uplift_estimate

    art = deps.artifacts.load("uplift")
    assert len(art.meta["campaigns"]) >= 10 and art.meta["rows"]["holdout"] >= 200
    scores = pd.read_parquet(deps.workspace.root / art.meta["tables"]["uplift_scores"])
    with deps.workspace.connect() as con:
        n = con.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    assert len(scores) == n and scores["uplift"].std() > 0

    cond = parse_condition({"kind": "top_uplift", "top_share": 0.1})
    picked = set(resolve_audience(deps, AudienceCriteria(where=cond)))
    assert len(picked) == -(-n // 10)
    ranked = scores.sort_values(["uplift", "customer_id"], ascending=[False, True])
    assert picked == set(ranked["customer_id"].head(len(picked)))  # exactly the highest estimated uplift
    assert audience_size(deps, AudienceCriteria(where=parse_condition({"kind": "top_uplift"}))) == -(-n // 5)
    within = parse_condition(
        {"kind": "and", "of": [{"kind": "consent", "channel": "sms"}, {"kind": "top_uplift", "top_n": 25}]}
    )
    assert audience_size(deps, AudienceCriteria(where=within)) == 25  # ranked among the SMS-reachable
    assert describe_condition(cond) == "top 10% most likely to be persuaded (uplift from past holdouts)"
    report = uplift_estimate(deps, UpliftQuery(top_share=0.1))
    assert report.top_customers == len(picked) and report.mean_uplift_top > report.mean_uplift_all
    assert report.condition == {"kind": "top_uplift", "top_share": 0.1}


def test_without_randomised_holdouts_uplift_is_not_trained_and_says_why(deps) -> None:  # type: ignore[no-untyped-def]
    from copilot.data.demo import CAMPAIGN_ARMS_FILE
    from copilot.tools.training import train_all

    (deps.workspace.root / CAMPAIGN_ARMS_FILE).unlink()
    report = train_all(deps)
    assert "randomised holdouts" in report.missing["uplift"]
    assert {"segments", "propensity", "recommender"} <= set(deps.artifacts.published())
