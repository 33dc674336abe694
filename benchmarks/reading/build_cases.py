"""Write briefs.jsonl and questions.jsonl from the labelled cases in cases_briefs.py / cases_questions.py.

    python benchmarks/reading/build_cases.py
    python benchmarks/reading/build_cases.py --coverage   # print the README's coverage table from the jsonl

Ids follow list order (b001..., q001...): only ever append cases, never reorder. The split of a case
already in the jsonl files is kept; new cases are split with a fixed seed, stratified by (kind,
language) so each stratum keeps 30% heldout. Every label is validated as a Reading.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))

SEED = 20260302
HELDOUT_SHARE = 0.3


def _existing_splits(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    return {c["id"]: c["split"] for c in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if c}


def assign_splits(cases: list[dict[str, Any]], previous: dict[str, str]) -> None:
    """Keep earlier splits; split new cases per (kind, language) stratum towards 30% heldout."""
    strata: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in cases:
        strata.setdefault((c["expected"]["kind"], c["expected"]["language"]), []).append(c)
    for key, members in sorted(strata.items()):
        old = [c for c in members if c["id"] in previous]
        new = [c for c in members if c["id"] not in previous]
        for c in old:
            c["split"] = previous[c["id"]]
        have = sum(c["split"] == "heldout" for c in old)
        want = max(0, min(len(new), round(HELDOUT_SHARE * len(members)) - have))
        rng = random.Random(f"{SEED}:{key[0]}:{key[1]}:{len(old)}")
        chosen = {c["id"] for c in rng.sample(new, want)}
        for c in new:
            c["split"] = "heldout" if c["id"] in chosen else "dev"


#: Row order of the README's coverage table; features not listed follow, in order of first appearance.
COVERAGE_ORDER = [
    "briefs", "briefs heldout", "questions", "questions heldout",
    "objective winback", "objective launch", "objective cross_sell", "objective seasonal", "objective clearance",
    "objective none", "objective acquisition", "objective retention",
    "intent count", "intent channel_performance", "intent segments", "intent propensity", "intent recommend",
    "intent product_facts", "intent reviews", "intent forecast", "intent refuse", "intent plan", "intent other",
    "audience: and of 2+ conditions", "audience leaf: recency", "audience leaf: spend", "audience leaf: bought",
    "audience leaf: rfm_segment", "audience leaf: consent", "audience leaf: not engagement", "audience leaf: region",
    "audience none", "audience leaf: order_count", "audience leaf: signed_up", "audience leaf: top_propensity",
    "audience leaf: not bought", "audience leaf: value_tier", "audience leaf: all", "audience leaf: engagement",
    "audience: or (two audiences)", "audience leaf: not rfm_segment", "audience leaf: not region",
    "audience leaf: not consent", "audience leaf: not signed_up", "channels: allowed", "channels: only",
    "budget USD", "discount cap", "promoted product by name", "window: dates", "window: duration",
    "with a note (decision or ambiguity)", "promoted category", "channels: all channels", "window: occasion",
    "metric", "offer free_shipping", "offer percent_off", "not applied: product", "A/B test", "holdout",
    "budget with no currency", "channels: excluded", "budget EUR", "not applied: channel", "not applied: audience",
    "offer gift", "no discount", "offer amount_off", "budget GBP", "offer bogo", "not applied: offer", "budget CNY",
]  # fmt: skip


def _leaf_names(cond: dict[str, Any], negated: bool = False) -> list[str]:
    if cond["kind"] in ("and", "or"):
        return [n for c in cond["of"] for n in _leaf_names(c, negated)]
    if cond["kind"] == "not":
        return _leaf_names(cond["of"], True)
    return [("not " if negated else "") + cond["kind"]]


def case_features(case: dict[str, Any]) -> list[str]:
    """The coverage features of one case; a feature listed twice (not-applied entries) counts twice."""
    e = case["expected"]
    held = case["split"] == "heldout"
    f = ["briefs"] + (["briefs heldout"] if held else []) if e["kind"] == "brief" else ["questions"]
    if e["kind"] == "question":
        f += ["questions heldout"] if held else []
        f.append(f"intent {e['intent']}")
    else:
        f.append(f"objective {e['objective'] or 'none'}")
    aud = e["audience"]
    if aud is None:
        f.append("audience none")
    else:
        if aud["kind"] == "and" and len(aud["of"]) >= 2:
            f.append("audience: and of 2+ conditions")
        if aud["kind"] == "or":
            f.append("audience: or (two audiences)")
        f += [f"audience leaf: {n}" for n in sorted(set(_leaf_names(aud)))]
    ch = e["channels"]
    f += ["channels: allowed"] if ch["allowed"] and not ch["all_channels"] else []
    f += ["channels: only"] if ch["only"] else []
    f += ["channels: all channels"] if ch["all_channels"] else []
    f += ["channels: excluded"] if ch["excluded"] else []
    if e["budget"]:
        cur = e["budget"]["currency"]
        f.append(f"budget {cur}" if cur else "budget with no currency")
    f += ["discount cap"] if e["discount_cap"] else []
    f += ["promoted product by name"] if e["promoted"]["product_ids"] else []
    f += ["promoted category"] if e["promoted"]["categories"] else []
    w = e["window"] or {}
    f += ["window: dates"] if w.get("start") else []
    f += ["window: duration"] if w.get("duration_days") else []
    f += ["window: occasion"] if w.get("occasion") else []
    f += ["with a note (decision or ambiguity)"] if case.get("note") else []
    f += ["metric"] if e["metric"] else []
    f += [f"offer {e['offer']['kind']}"] if e["offer"] else []
    f += [f"not applied: {n['affects']}" for n in e["not_applied"]]
    f += ["A/B test"] if e["ab_test"] else []
    f += ["holdout"] if e["holdout"] else []
    f += ["no discount"] if e["no_discount"] else []
    return f


def coverage_table() -> str:
    """The README's coverage table (cases with each feature, by language) from the jsonl files."""
    counts: dict[str, Counter[str]] = {"en": Counter(), "zh": Counter()}
    order = list(COVERAGE_ORDER)
    for name in ("briefs.jsonl", "questions.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            for feat in case_features(case):
                counts[case["expected"]["language"]][feat] += 1
                if feat not in order:
                    order.append(feat)
    rows = ["| feature | en | zh | total |", "|---|---|---|---|"]
    for feat in order:
        en, zh = counts["en"][feat], counts["zh"][feat]
        if en or zh:
            rows.append(f"| {feat} | {en} | {zh} | {en + zh} |")
    return "\n".join(rows)


def main() -> int:
    if "--coverage" in sys.argv[1:]:
        sys.stdout.write(coverage_table() + "\n")
        return 0
    from bench_reader import expected_reading
    from cases_briefs import CASES as BRIEFS
    from cases_questions import CASES as QUESTIONS

    for prefix, cases, name in (("b", BRIEFS, "briefs.jsonl"), ("q", QUESTIONS, "questions.jsonl")):
        out = HERE / name
        rows = []
        for i, case in enumerate(cases, 1):
            rows.append({"id": f"{prefix}{i:03d}", "split": "", **case})
        assign_splits(rows, _existing_splits(out))
        texts: set[str] = set()
        for row in rows:
            if row["text"] in texts:
                raise SystemExit(f"{row['id']}: duplicate text {row['text']!r}")
            texts.add(row["text"])
            expected_reading(row)  # raises on a malformed label
        ordered = [
            {k: r[k] for k in ("id", "split", "today", "text", "expected", "note") if k in r} for r in rows
        ]
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ordered), encoding="utf-8")
        zh = sum(r["expected"]["language"] == "zh" for r in rows)
        held = sum(r["split"] == "heldout" for r in rows)
        print(f"{name}: {len(rows)} cases, {zh} zh, {held} heldout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
