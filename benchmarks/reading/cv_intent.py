"""Leave-one-set-out cross-validation of how the reader reads ``kind`` and ``intent`` for a NEW writer.

    python benchmarks/reading/cv_intent.py            # all fourteen sets, writes benchmarks/results/cv_intent.json
    python benchmarks/reading/cv_intent.py --sets 8 9 # only these sets, nothing written

The dev split only (the held-out split is never read). The labelled cases were written by fourteen labellers,
each a set of ids (benchmarks/reading/README.md). For each set in turn the n-gram models of
:mod:`copilot.reading.intent_model` are refitted with the builder's own functions
(``benchmarks/reading/build_intent_model.py``) from the dev rows of the other sets (and the generic
example phrasings), swapped in for the shipped weights in this process only (nothing is written), and
that set's dev cases are read by the whole reader and scored with the reading benchmark's comparison.
The figure says how the model part generalises to a writer it never saw. The hand-written rules were
tuned on every dev set, so for them it is optimistic: the held-out split stays the honest test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import bench_reader  # noqa: E402
import build_intent_model as builder  # noqa: E402

from copilot.reading import intent_model  # noqa: E402

OUT = HERE.parent / "results" / "cv_intent.json"
#: The labellers' sets: the first id number of sets 2..15 (briefs, questions).
_STARTS = {
    "b": (263, 358, 438, 535, 606, 678, 753, 813, 873, 932, 994, 1054, 1109, 1164),
    "q": (163, 228, 288, 353, 395, 447, 500, 544, 593, 633, 677, 721, 761, 801),
}
SETS = list(range(1, len(_STARTS["b"]) + 2))


def labeller_set(case_id: str) -> int:
    """Which labeller's set (1-15) a case id belongs to."""
    n = int(case_id[1:])
    return 1 + sum(n >= start for start in _STARTS[case_id[0]])


def swap_in(rows: list[tuple[str, str, float, str]]) -> None:
    """Fit both models on ``rows`` and make :mod:`copilot.reading.intent_model` use them (this process only)."""
    data = {**builder.weights(builder.fit(rows)), **builder.weights(builder.fit_kind(rows), "kind_")}
    fitted = {prefix: intent_model.unpack(data, prefix) for prefix in ("", "kind_")}
    intent_model._weights = fitted.__getitem__  # type: ignore[assignment]


def score(results: list[Any]) -> dict[str, Any]:
    n = len(results)

    def share(ok: int) -> dict[str, Any]:
        return {"right": ok, "of": n, "pct": round(100 * ok / n, 1) if n else None}

    return {"kind": share(sum(r.fields.get("kind", False) for r in results)),
            "intent": share(sum(r.fields.get("intent", False) for r in results)),
            "exact": share(sum(r.exact for r in results)),
            "kind_wrong": [r.id for r in results if not r.fields.get("kind", False)],
            "intent_wrong": [r.id for r in results if not r.fields.get("intent", False)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="*", default=SETS, help="sets to hold out in turn")
    args = parser.parse_args(argv)
    cases = [c for c in bench_reader.load_cases() if c["split"] == "dev"]
    rows = builder.training_rows()
    reader = bench_reader.load_reader(use_model=False)
    t0, per_set, every = time.perf_counter(), {}, []
    for s in args.sets:
        swap_in([r for r in rows if r[3] == "example" or labeller_set(r[3]) != s])
        held = [c for c in cases if labeller_set(c["id"]) == s]
        results = bench_reader.run_cases(held, reader, progress=False)
        every += results
        per_set[str(s)] = score(results)
        f = per_set[str(s)]
        sys.stdout.write(f"set {s:2}: {f['kind']['of']:4} cases  kind {f['kind']['pct']:5}%  intent {f['intent']['pct']:5}%  "
                         f"exact {f['exact']['pct']:5}%  kind wrong {f['kind_wrong']}  intent wrong {f['intent_wrong']}\n")
    overall = score(every)
    sys.stdout.write(f"all   : {overall['kind']['of']:4} cases  kind {overall['kind']['pct']}%  intent {overall['intent']['pct']}%  "
                     f"exact {overall['exact']['pct']}%  ({time.perf_counter() - t0:.0f} s, load {os.getloadavg()[0]:.2f})\n")
    if sorted(args.sets) == SETS:
        report = {"what": "leave-one-set-out over the dev split: n-gram models refitted without the set, whole reader scored",
                  "when": datetime.now(UTC).isoformat(timespec="seconds"), "revision": bench_reader.reader_revision(),
                  "note": "the hand-written rules were tuned on every dev set: optimistic for them",
                  "overall": overall, "sets": per_set}
        OUT.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        sys.stdout.write(f"wrote {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
