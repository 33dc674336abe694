"""Write copilot/reading/intent_model.npz: the intent classifier's weights, from the DEV split only.

    python benchmarks/reading/build_intent_model.py          # train on every dev case, write the weights
    python benchmarks/reading/build_intent_model.py --loso   # leave-one-set-out accuracy of the classifier alone

Training data: the dev questions with their labelled intent, the dev briefs as ``plan`` (weight 0.1:
there are many of them and a question is rarely a plan) and the generic phrasings of
:data:`copilot.reading.intent.EXAMPLES` (weight 1). Held-out cases are never read into the training
set. Logistic regression (scikit-learn, lbfgs: deterministic) over
:func:`copilot.reading.intent_model.features`; C and the brief weight were chosen on the
leave-one-set-out evaluation of the dev questions (each labeller's set held out in turn).
A second model, brief vs question, is trained on the dev briefs and questions
(:func:`copilot.reading.intent_model.kind_probabilities`). Weights are stored as float16 (< 1 MB).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from copilot.reading.intent import EXAMPLES
from copilot.reading.intent_model import WEIGHTS_FILE, features
from copilot.reading.text import without_opening

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "copilot" / "reading" / WEIGHTS_FILE
C = 30.0
BRIEF_WEIGHT = 0.1
#: The labellers' sets as question-id ranges (benchmarks/reading/README.md).
QUESTION_SETS = ((0, 162), (163, 227), (228, 287), (288, 352), (353, 394), (395, 446), (447, 499), (500, 543),
                 (544, 592), (593, 632), (633, 676), (677, 720), (721, 760), (761, 800), (801, 840), (841, 870),
                 (871, 910), (911, 950))  # fmt: skip


def question_set(case_id: str) -> int:
    n = int(case_id[1:])
    return next((i for i, (a, b) in enumerate(QUESTION_SETS, 1) if a <= n <= b), 0)


def training_rows() -> list[tuple[str, str, float, str]]:
    """(text, intent, weight, id) for every DEV case and every example phrasing."""
    rows: list[tuple[str, str, float, str]] = []
    for name, weight in (("questions", 1.0), ("briefs", BRIEF_WEIGHT)):
        with (HERE / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line) if line.strip() else None
                if case and case["split"] == "dev":
                    rows.append((without_opening(case["text"]), case["expected"]["intent"], weight, case["id"]))
    rows += [(text, intent, 1.0, "example") for intent, texts in EXAMPLES.items() for text in texts]
    return rows


def fit(rows: list[tuple[str, str, float, str]]) -> LogisticRegression:
    x = features([r[0] for r in rows])
    model = LogisticRegression(C=C, max_iter=5000)
    return model.fit(x, [r[1] for r in rows], sample_weight=[r[2] for r in rows])


def fit_kind(rows: list[tuple[str, str, float, str]]) -> LogisticRegression:
    """Brief vs question, trained on the dev cases (unweighted; the example phrasings are not cases)."""
    cases = [r for r in rows if r[3] != "example"]
    return LogisticRegression(C=C, max_iter=5000).fit(
        features([r[0] for r in cases]), ["brief" if r[3].startswith("b") else "question" for r in cases])


def weights(model: LogisticRegression, prefix: str = "") -> dict[str, np.ndarray]:
    """A fitted model's arrays as stored in the npz (float16), under ``prefix``."""
    return {f"{prefix}labels": np.array(model.classes_, dtype=str), f"{prefix}coef": model.coef_.astype(np.float16),
            f"{prefix}intercept": model.intercept_.astype(np.float16)}


def loso(rows: list[tuple[str, str, float, str]]) -> None:
    """Each set's dev questions scored by a model trained without that set (questions and briefs)."""
    for s in range(1, len(QUESTION_SETS) + 1):
        train = [r for r in rows if r[3] == "example" or question_set(r[3]) != s or r[3].startswith("b")]
        test = [r for r in rows if r[3].startswith("q") and question_set(r[3]) == s]
        pred = fit(train).predict(features([r[0] for r in test]))
        right = sum(p == r[1] for p, r in zip(pred, test, strict=True))
        sys.stdout.write(f"set {s}: {right}/{len(test)} dev questions\n")


def digest(rows: list[tuple[str, str, float, str]]) -> str:
    """A fingerprint of the training rows: the shipped weights record it, and a test checks it is current."""
    return hashlib.sha256(json.dumps(sorted(rows), ensure_ascii=False).encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out accuracy, write nothing")
    args = parser.parse_args(argv)
    rows = training_rows()
    if args.loso:
        loso(rows)
        return 0
    model = fit(rows)
    arrays = {**weights(model), **weights(fit_kind(rows), "kind_"), "rows_digest": np.array(digest(rows))}
    np.savez_compressed(OUT, allow_pickle=False, **arrays)
    sys.stdout.write(f"{OUT}: {len(rows)} rows, {len(model.classes_)} intents, {OUT.stat().st_size} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
