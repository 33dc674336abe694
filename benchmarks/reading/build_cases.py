"""Write briefs.jsonl and questions.jsonl from the labelled cases in cases_briefs.py / cases_questions.py.

    python benchmarks/reading/build_cases.py

Ids follow list order (b001..., q001...): only ever append cases, never reorder. The split of a case
already in the jsonl files is kept; new cases are split with a fixed seed, stratified by (kind,
language) so each stratum keeps 30% heldout. Every label is validated as a Reading.
"""

from __future__ import annotations

import json
import random
import sys
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


def main() -> int:
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
