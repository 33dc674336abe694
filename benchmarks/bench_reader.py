"""Request-reader benchmark: how well ``copilot.reading.read`` reads briefs and questions.

    python benchmarks/bench_reader.py                      # code only, both splits, writes results
    python benchmarks/bench_reader.py --split dev           # tuning run: dev split only, nothing written
    python benchmarks/bench_reader.py --split dev --show-failures 20
    python benchmarks/bench_reader.py --model               # code only AND with the default local model
    python benchmarks/bench_reader.py --against-expected    # sanity check of the scorer (must be 100%)

The labelled cases are ``benchmarks/reading/briefs.jsonl`` and ``questions.jsonl`` (labels follow
docs/reading.md). Each case's ``expected`` is a partial Reading (JSON shape, no spans); every one is
validated by building a :class:`copilot.reading.schema.Reading` from it before scoring.

Comparison, field by field: audience as condition trees with spans removed (nested and/or of the same
kind flattened, a one-child and/or unwrapped, RFM segments or regions joined by "or" merged into one
leaf, an "all customers" leaf inside an "and" dropped, order-insensitive inside and/or and inside lists of
segments, categories, products, regions and channels); money and percentages within 0.5%; dates exact;
a window's ``duration_days`` left null in the label also accepts the length of its own start..end range;
keys the label leaves out (a window's dates for an occasion, ``top_n``) are not compared.
``not_applied`` entries match by ``affects`` and overlapping words (Latin words, or Chinese character
bigrams); an unmatched entry on either side is a mismatch.

A **silent drop** is an expected field (or audience leaf, or not_applied entry) that the reading neither
applied (the field is empty / no leaf of that kind) nor listed under not_applied (with the field's
``affects`` or ``other``; for a not_applied entry, any entry sharing words with it).

Heldout failures are never printed: the heldout split is for reporting only.
Results: benchmarks/results/reading.md and reading.json (the mode that was not run is kept from the
previous file). Uses the workspace in COPILOT_WORKSPACE (default /work/ws-demo) for ``deps``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "reading"
RESULTS = ROOT / "benchmarks" / "results"
DEFAULT_WORKSPACE = "/work/ws-demo"

#: Fields compared, in report order (``top_n`` only where the label has it).
FIELDS = (
    "kind", "language", "intent", "objective", "audience", "promoted", "channels", "budget", "window",
    "offer", "discount_cap", "no_discount", "ab_test", "holdout", "metric", "top_n", "breakdown", "not_applied",
)  # fmt: skip
#: Fields compared only where the label has them (decision 240: ``breakdown`` since session 25).
WHERE_LABELLED = ("top_n", "breakdown")
#: The ``affects`` a not_applied entry names for each field (``other`` is accepted for any field).
FIELD_AFFECTS = {
    "objective": "other", "audience": "audience", "promoted": "product", "channels": "channel",
    "budget": "budget", "window": "timing", "offer": "offer", "discount_cap": "offer",
    "no_discount": "offer", "ab_test": "ab_test", "holdout": "holdout", "metric": "other",
}  # fmt: skip
UNORDERED_KEYS = {"segments", "categories", "product_ids", "regions", "allowed", "excluded"}
REL_TOL = 0.005


# --------------------------------------------------------------------------------------------- labels


def load_cases(paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    """Every labelled case (briefs then questions)."""
    cases: list[dict[str, Any]] = []
    for path in paths or (DATA / "briefs.jsonl", DATA / "questions.jsonl"):
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        cases.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise SystemExit(f"{path}:{n}: not valid JSON ({exc.msg}); fix that line.") from exc
    return cases


def _dummy_span(text: str) -> dict[str, Any]:
    return {"start": 0, "end": min(len(text), 1), "text": text[:1]}


def expected_reading(case: dict[str, Any]) -> Any:
    """Build a Reading from a case's label (dummy spans, ``text``, ``today``): raises if malformed."""
    from copilot.reading.schema import Reading

    exp = dict(case["expected"])
    text = case["text"]
    span = _dummy_span(text)
    data: dict[str, Any] = {"text": text, "today": case.get("today", "2026-03-02")}
    for key, value in exp.items():
        if key in ("budget", "window", "offer", "discount_cap", "ab_test", "holdout", "metric", "breakdown") and value:
            data[key] = {**value, "span": span}
        elif key == "no_discount":
            data[key] = {"span": span} if value else None
        elif key == "not_applied":
            data[key] = [{**na, "reason": na.get("reason", "labelled")} for na in value]
        else:
            data[key] = value
    return Reading.model_validate(data)


# ----------------------------------------------------------------------------------------- comparison


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if a == b:
            return True
        return abs(a - b) <= REL_TOL * max(abs(a), abs(b))
    return bool(a == b)


def _strip_spans(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip_spans(v) for k, v in obj.items() if k not in ("span", "spans") and v is not None}
    if isinstance(obj, list):
        return [_strip_spans(v) for v in obj]
    return obj


def normalise_tree(node: Any) -> Any:
    """A condition tree (plain data, spans removed) with nested same-kind and/or flattened and
    one-child and/or unwrapped."""
    if not isinstance(node, dict):
        return node
    kind = node.get("kind")
    if kind in ("and", "or"):
        children: list[Any] = []
        for child in node.get("of", []):
            c = normalise_tree(child)
            if isinstance(c, dict) and c.get("kind") == kind:
                children.extend(c["of"])
            else:
                children.append(c)
        if kind == "or":  # "Champions or Loyal" = one leaf with both segments; same for regions
            children = _merge_or_leaves(children)
        if kind == "and" and len(children) > 1:  # "everyone except Lost" = not(Lost), with or without "all"
            children = [c for c in children if c != {"kind": "all"}] or children[:1]
        if kind == "and" and any(isinstance(c, dict) and c.get("kind") == "recency" and not c.get("include_never") for c in children):
            # 半年没下单的老客: a last order N days ago is an order, so "at least one order" adds nothing
            children = [c for c in children if c != {"kind": "order_count", "min": 1}] or children[:1]
        if len(children) == 1:
            return children[0]
        return {"kind": kind, "of": children}
    if kind == "not":
        return {"kind": "not", "of": normalise_tree(node.get("of"))}
    return node


def _merge_or_leaves(children: list[Any]) -> list[Any]:
    """Under an ``or``, sibling rfm_segment leaves (and region leaves) become one leaf listing all."""
    out: list[Any] = []
    merged: dict[str, dict[str, Any]] = {}
    for child in children:
        kind = str(child.get("kind")) if isinstance(child, dict) else ""
        key = {"rfm_segment": "segments", "region": "regions"}.get(kind)
        if key is None:
            out.append(child)
        elif kind in merged:
            merged[kind][key] = merged[kind][key] + [v for v in child[key] if v not in merged[kind][key]]
        else:
            merged[kind] = {**child, key: list(child[key])}
            out.append(merged[kind])
    return out


def same(expected: Any, actual: Any, key: str | None = None) -> bool:
    """Deep equality: dicts by keys, lists order-insensitive for and/or children and UNORDERED_KEYS,
    numbers within 0.5%."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        if set(expected) != set(actual):
            return False
        return all(same(expected[k], actual[k], k) for k in expected)
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return False
        if key == "of" or key in UNORDERED_KEYS:
            return _match_all(expected, actual, lambda e, a: same(e, a))
        return all(same(e, a) for e, a in zip(expected, actual, strict=True))
    return _close(expected, actual)


def _match_all(expected: list[Any], actual: list[Any], eq: Callable[[Any, Any], bool]) -> bool:
    """A one-to-one matching of the two lists exists (backtracking; the lists are short)."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    for i, cand in enumerate(actual):
        if eq(head, cand) and _match_all(rest, actual[:i] + actual[i + 1 :], eq):
            return True
    return False


def canonical_audience(tree: Any) -> Any:
    """Plain data for a condition tree (model or dict): defaults filled, spans removed, normalised."""
    if tree is None:
        return None
    from copilot.tools.conditions import parse_condition, without_spans

    cond = parse_condition(tree) if isinstance(tree, dict) else tree
    return normalise_tree(without_spans(cond))


def tree_leaves(tree: Any) -> list[dict[str, Any]]:
    if not isinstance(tree, dict):
        return []
    if tree.get("kind") in ("and", "or"):
        return [leaf for c in tree["of"] for leaf in tree_leaves(c)]
    if tree.get("kind") == "not":
        return tree_leaves(tree["of"])
    return [tree]


_WORD = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_CJK = re.compile(r"[\u3400-\u9fff]+")
_STOP = {
    "the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "our", "we", "us", "by", "via",
    "who", "that", "is", "are", "be", "it", "no", "not", "any", "all", "at", "as", "from", "their",
    "them", "they", "have", "has", "do", "also", "too", "customers", "customer", "people", "please",
    "的", "了", "和", "或", "在", "给", "把", "对", "也", "是",
}  # fmt: skip


def words(text: str) -> set[str]:
    """Content words of a clause: lower-case Latin words, and Chinese character bigrams (single
    characters for a one-character run)."""
    lower = text.lower()
    out = {w for w in _WORD.findall(lower) if w not in _STOP}
    for run in _CJK.findall(lower):
        chars = [c for c in run if c not in _STOP]
        if len(run) == 1:
            out.update(chars)
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    # plural/singular agreement for English ("insole" vs "insoles")
    out |= {w[:-1] for w in out if w.endswith("s") and len(w) > 3}
    return out


def share_words(a: str, b: str) -> bool:
    """Two clauses share a content word; clauses made only of stop words ("for them") must overlap as text."""
    wa, wb = words(a), words(b)
    if wa and wb:
        return bool(wa & wb)
    la, lb = a.lower().strip(), b.lower().strip()
    return bool(la and lb) and (la in lb or lb in la)


def na_match(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return expected["affects"] == actual.get("affects") and share_words(expected["text"], actual.get("text", ""))


def _window_same(expected: dict[str, Any] | None, actual: dict[str, Any] | None) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    for key in ("start", "end", "duration_days", "occasion"):
        if key not in expected:
            continue  # the label does not decide this key (e.g. an occasion's dates)
        exp, act = expected[key], actual.get(key)
        if key == "duration_days" and exp is None and act is not None:
            s, e = expected.get("start"), expected.get("end")
            if s and e and act == (date.fromisoformat(e) - date.fromisoformat(s)).days + 1:
                continue
        if exp != act:
            return False
    return True


def _view(reading: Any) -> dict[str, Any]:
    """The reading as plain data, spans removed (audience canonical)."""
    data = reading.model_dump(mode="json")
    view = {k: _strip_spans(v) if isinstance(v, (dict, list)) else v for k, v in data.items()}
    view["audience"] = canonical_audience(reading.audience)
    view["no_discount"] = reading.no_discount is not None
    view["not_applied"] = [{"affects": n.affects, "text": n.text} for n in reading.not_applied]
    return view


def _is_set(name: str, value: Any) -> bool:
    """The field holds something (applied)."""
    if name == "promoted":
        return bool(value and (value.get("categories") or value.get("product_ids")))
    if name == "channels":
        return bool(value and (value.get("allowed") or value.get("excluded") or value.get("all_channels")))
    if name == "no_discount":
        return bool(value)
    return value is not None


@dataclass
class CaseResult:
    id: str
    split: str
    kind: str
    language: str
    fields: dict[str, bool] = field(default_factory=dict)
    diffs: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    drops: list[str] = field(default_factory=list)
    extra_not_applied: int = 0
    error: str | None = None
    seconds: float = 0.0

    @property
    def exact(self) -> bool:
        return self.error is None and all(self.fields.values())


def compare(case: dict[str, Any], reading: Any) -> CaseResult:
    """Compare a Reading with a case's label, field by field, and find silent drops."""
    exp_reading = expected_reading(case)
    label = case["expected"]
    exp = _view(exp_reading)
    act = _view(reading)
    res = CaseResult(case["id"], case["split"], label["kind"], label["language"])

    for name in FIELDS:
        if name in WHERE_LABELLED and name not in label:
            continue
        e, a = exp.get(name), act.get(name)
        if name == "not_applied":
            ok = _match_all(list(e or []), list(a or []), na_match)
            res.extra_not_applied = _extra_na(list(e or []), list(a or []))
        elif name == "window":
            ok = _window_same(label.get("window"), a)
        elif name in ("audience", "promoted", "channels", "budget", "offer", "discount_cap", "holdout",
                      "ab_test", "metric", "breakdown"):  # fmt: skip
            ok = (e is None and a is None) or (e is not None and a is not None and same(e, a))
        else:
            ok = _close(e, a) if isinstance(e, (int, float)) and not isinstance(e, bool) else e == a
        res.fields[name] = ok
        if not ok:
            res.diffs[name] = (e, a)

    res.drops = silent_drops(exp, act)
    return res


def _extra_na(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> int:
    left = list(expected)
    extra = 0
    for a in actual:
        hit = next((e for e in left if na_match(e, a)), None)
        if hit is None:
            extra += 1
        else:
            left.remove(hit)
    return extra


def silent_drops(exp: dict[str, Any], act: dict[str, Any]) -> list[str]:
    """Expected fields, audience leaves and not_applied entries that the reading neither applied nor
    listed under not_applied."""
    listed = {n["affects"] for n in act["not_applied"]}
    drops: list[str] = []
    for name, affects in FIELD_AFFECTS.items():
        if not _is_set(name, exp.get(name)):
            continue
        reported = affects in listed or "other" in listed
        if name == "audience" and _is_set(name, act.get(name)):
            have = [leaf["kind"] for leaf in tree_leaves(act["audience"])]
            for leaf in tree_leaves(exp["audience"]):
                if leaf["kind"] in have:
                    have.remove(leaf["kind"])
                elif not reported:
                    drops.append(f"audience.{leaf['kind']}")
        elif not _is_set(name, act.get(name)) and not reported:
            drops.append(name)
    for na in exp["not_applied"]:
        if not any(share_words(na["text"], a["text"]) for a in act["not_applied"]):
            drops.append(f"not_applied[{na['affects']}: {na['text']}]")
    return drops


# -------------------------------------------------------------------------------------------- running


def make_deps() -> Any:
    from copilot.deps import Deps
    from copilot.settings import load_settings

    workspace = Path(os.environ.get("COPILOT_WORKSPACE", DEFAULT_WORKSPACE))
    if not (workspace / "copilot.duckdb").exists():
        raise SystemExit(
            f"No demo workspace at {workspace}: set COPILOT_WORKSPACE to a built workspace "
            "(copilot init --demo) and run again."
        )
    return Deps.from_settings(load_settings(workspace=workspace))


def run_cases(
    cases: list[dict[str, Any]], reader: Callable[[dict[str, Any]], Any], progress: bool = True
) -> list[CaseResult]:
    results: list[CaseResult] = []
    for i, case in enumerate(cases, 1):
        t0 = time.perf_counter()
        try:
            reading = reader(case)
        except Exception as exc:  # a reader bug is a failed case, not a crashed benchmark
            res = CaseResult(
                case["id"], case["split"], case["expected"]["kind"], case["expected"]["language"]
            )
            res.error = f"{type(exc).__name__}: {exc}"[:300]
            res.fields = {f: False for f in FIELDS if f not in WHERE_LABELLED or f in case["expected"]}
            res.drops = ["(reader raised)"]
        else:
            res = compare(case, reading)
        res.seconds = time.perf_counter() - t0
        results.append(res)
        if progress and i % 25 == 0:
            print(f"  {i}/{len(cases)}", file=sys.stderr, flush=True)
    return results


def summarise(results: list[CaseResult]) -> dict[str, Any]:
    n = len(results)
    if not n:
        return {"cases": 0}
    per_field: dict[str, float] = {}
    for name in FIELDS:
        scored = [r.fields[name] for r in results if name in r.fields]
        if scored:
            per_field[name] = round(sum(scored) / len(scored), 4)
    return {
        "cases": n,
        "exact_match": round(sum(r.exact for r in results) / n, 4),
        "per_field": per_field,
        "min_field": min(per_field, key=lambda k: per_field[k]),
        "silent_drops": sum(len(r.drops) for r in results),
        "cases_with_silent_drops": sum(bool(r.drops) for r in results),
        "extra_not_applied": sum(r.extra_not_applied for r in results),
        "errors": sum(r.error is not None for r in results),
        "mean_seconds": round(sum(r.seconds for r in results) / n, 4),
    }


def groups(results: list[CaseResult]) -> dict[str, list[CaseResult]]:
    out: dict[str, list[CaseResult]] = {}
    for split in ("dev", "heldout"):
        rs = [r for r in results if r.split == split]
        if not rs:
            continue
        out[split] = rs
        for lang in ("en", "zh"):
            out[f"{split}/{lang}"] = [r for r in rs if r.language == lang]
        for kind in ("brief", "question"):
            out[f"{split}/{kind}"] = [r for r in rs if r.kind == kind]
    out["all"] = results
    return out


def table(summaries: dict[str, dict[str, Any]]) -> str:
    names = [k for k, s in summaries.items() if s.get("cases")]
    field_names = [f for f in FIELDS if any(f in summaries[k]["per_field"] for k in names)]
    head = "| | " + " | ".join(names) + " |"
    lines = [head, "|---" * (len(names) + 1) + "|"]

    def row(label: str, fn: Callable[[dict[str, Any]], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(fn(summaries[k]) for k in names) + " |")

    row("cases", lambda s: str(s["cases"]))
    row("**whole-reading exact**", lambda s: f"**{s['exact_match']:.1%}**")
    row("**silent drops** (cases)", lambda s: f"**{s['silent_drops']}** ({s['cases_with_silent_drops']})")
    row("extra not_applied", lambda s: str(s["extra_not_applied"]))
    row("reader errors", lambda s: str(s["errors"]))
    for f in field_names:
        lines.append(
            f"| {f} | "
            + " | ".join(
                f"{summaries[k]['per_field'][f]:.1%}" if f in summaries[k]["per_field"] else "-"
                for k in names
            )
            + " |"
        )
    row("mean s/case", lambda s: f"{s['mean_seconds']:.3f}")
    return "\n".join(lines)


def failures_text(results: list[CaseResult], cases: dict[str, dict[str, Any]], limit: int) -> str:
    """The first ``limit`` dev mismatches (never heldout)."""
    out: list[str] = []
    for r in results:
        if r.split != "dev" or (r.exact and not r.drops):
            continue
        if len(out) >= limit:
            break
        lines = [f"--- {r.id} [{r.language}] {cases[r.id]['text']}"]
        if r.error:
            lines.append(f"    reader raised: {r.error}")
        for name, (e, a) in r.diffs.items():
            lines.append(f"    {name}:\n      expected {json.dumps(e, ensure_ascii=False)}")
            lines.append(f"      got      {json.dumps(a, ensure_ascii=False)}")
        if r.drops:
            lines.append(f"    silent drops: {', '.join(r.drops)}")
        out.append("\n".join(lines))
    return "\n".join(out)


def load_reader(use_model: bool) -> Callable[[dict[str, Any]], Any]:
    try:
        from copilot.reading import read
    except ImportError as exc:
        raise SystemExit(
            f"copilot.reading has no `read` yet ({exc}); the reader must exist to score it."
        ) from exc
    deps = make_deps()

    def reader(case: dict[str, Any]) -> Any:
        return read(case["text"], deps=deps, today=date.fromisoformat(case.get("today", "2026-03-02")),
                    use_model=use_model)  # fmt: skip

    return reader


def reader_revision() -> str:
    """The commit the reader was measured at, and whether copilot/reading had uncommitted changes."""
    import subprocess

    def git(*args: str) -> str:
        try:
            out = subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=20, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return ""
        return out.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "copilot/reading", "tools/conditions.py")
    return f"{head} + uncommitted changes in copilot/reading" if dirty else head


def write_results(payload: dict[str, Any], markdown: str) -> None:
    from copilot.fsutil import atomic_write_text

    atomic_write_text(RESULTS / "reading.json", json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    atomic_write_text(RESULTS / "reading.md", markdown)


def render_markdown(payload: dict[str, Any]) -> str:
    parts = [
        "# Request reader",
        "",
        "`python benchmarks/bench_reader.py [--model]`: the labelled set in `benchmarks/reading/` "
        f"({payload['counts']['briefs']} briefs, {payload['counts']['questions']} questions, "
        f"{payload['counts']['zh']} in Chinese; 30% held out, never used for tuning), read by "
        "`copilot.reading.read` and compared field by field with the labels (docs/reading.md). "
        "A silent drop is an expected field, audience condition or Not-applied clause that the reading "
        "neither applied nor listed under Not applied.",
        "",
    ]
    for mode, title in (("code", "Code only (`use_model=False`)"), ("model", "With the default local model")):
        block = payload.get("modes", {}).get(mode)
        if not block:
            continue
        parts += [
            f"## {title}",
            "",
            f"Measured {block['measured_at']} (load average {block['load']}), reader at "
            f"{block.get('reader', 'unknown')}.",
            "",
        ]
        parts += [table(block["summaries"]), ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--model", action="store_true", help="also run with the default local model (slow)")
    ap.add_argument(
        "--show-failures", type=int, default=0, metavar="N", help="print the first N dev mismatches"
    )
    ap.add_argument("--against-expected", action="store_true", help="score the labels against themselves")
    ap.add_argument("--limit", type=int, default=0, help="only the first N cases of each file (smoke runs)")
    args = ap.parse_args(argv)

    cases = load_cases()
    for case in cases:  # every label must be a valid Reading before anything is scored
        try:
            expected_reading(case)
        except Exception as exc:
            raise SystemExit(f"Case {case.get('id')}: its expected reading is malformed: {exc}") from exc
    if args.limit:
        cases = [c for c in cases if int(c["id"][1:]) <= args.limit]
    if args.split != "all":
        cases = [c for c in cases if c["split"] == args.split]
    by_id = {c["id"]: c for c in cases}

    modes: list[tuple[str, Callable[[dict[str, Any]], Any]]] = []
    if args.against_expected:
        modes.append(("expected", expected_reading))
    else:
        modes.append(("code", load_reader(False)))
        if args.model:
            modes.append(("model", load_reader(True)))

    payload: dict[str, Any] = {"modes": {}}
    for mode, reader in modes:
        print(f"{mode}: reading {len(cases)} cases ...", file=sys.stderr, flush=True)
        results = run_cases(cases, reader)
        summaries = {k: summarise(v) for k, v in groups(results).items()}
        print(f"\n## {mode}\n")
        print(table(summaries))
        if args.show_failures:
            print(f"\nFirst {args.show_failures} dev mismatches:\n")
            print(failures_text(results, by_id, args.show_failures))
        payload["modes"][mode] = {
            "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
            "reader": reader_revision(),
            "summaries": summaries,
            "dev_failures": sorted(r.id for r in results if r.split == "dev" and (not r.exact or r.drops)),
        }

    if args.split != "all" or args.limit or args.against_expected:
        print("\n(results not written: only a full run writes benchmarks/results/reading.*)", file=sys.stderr)
        return 0
    previous = RESULTS / "reading.json"
    if previous.exists():
        old = json.loads(previous.read_text(encoding="utf-8"))
        for mode, block in old.get("modes", {}).items():
            payload["modes"].setdefault(mode, block)
    all_cases = load_cases()
    payload["counts"] = {
        "briefs": sum(c["expected"]["kind"] == "brief" for c in all_cases),
        "questions": sum(c["expected"]["kind"] == "question" for c in all_cases),
        "zh": sum(c["expected"]["language"] == "zh" for c in all_cases),
        "heldout": sum(c["split"] == "heldout" for c in all_cases),
    }
    write_results(payload, render_markdown(payload))
    print(f"\nwrote {RESULTS / 'reading.md'} and reading.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
