"""Copy benchmark (issue #13): would a marketer ship the plans' copy?

Over 40 fresh briefs (not bench_planner's ten; the last 12 -- 30% -- are held out: reported, never
tuned on) it runs the plan workflow and measures, per split:

* variants with zero copy-linter findings (:mod:`copilot.planner.lint`; target 100%);
* A/B pairs that differ in their stated element and in nothing else (target 100%);
* distinct featured products across briefs;
* offers within the brief's cap (target 100%) and plans carrying an offer;
* claims (citations) per variant;
* readability of the English copy: Flesch reading ease (textstat), stated band 60-90 (plain English).

``--model fake`` answers every copy request with the planner tests' scripted copy (the one
ScriptedChatModel); ``--model local`` (or any COPILOT_MODEL spec) uses that model. ``--old PATH`` runs
the first ten briefs with an older checkout (a ``git worktree``) too and prints their copy side by side.
Results: ``benchmarks/results/copy.md`` and ``.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
HELD_OUT_FROM = 28  # briefs 29-40 are the held-out 30%
_RICH_REPAIR = re.compile(r"(email|sms|push|paid_social)_\w+_\d+")  # the rich strategy's sentence repair

BRIEFS: list[str] = [
    "Cross-sell socks to customers who bought trail running shoes, email and SMS, $5k",
    "Win back lapsed hiking boot buyers with email, $8k, no more than 10% off",
    "Clearance on insulated jackets for all customers, email and push, $6k",
    "Black Friday sale on backpacks for loyal customers, email, SMS and push, $15k",
    "Launch the new headlamps to customers who bought trail running shoes, email, $4k",
    "Retention campaign for high-value customers featuring base layers, email and SMS, $10k",
    "Win back lapsed customers who bought rain jackets, email only, $3k, full price only",
    "Seasonal spring campaign for trail running shoes to all customers, email and SMS, $12k",
    "Cross-sell hydration vests to customers who bought trail running shoes, email and push, $5k",
    "Re-engage at-risk buyers of running apparel, email and SMS, $7k, discount cap 15%",
    "Clearance of sleeping bags, email, $2k, no more than 25% off",
    "Launch campaign for tents to loyal customers, email and push, $9k",
    "Cross-sell trekking poles to customers who bought hiking boots, email, $3k",
    "Win back lapsed trail runners, email and SMS, $20k, 20% off",
    "Seasonal winter campaign for insulated jackets to high-value customers, email, $10k",
    "Retention email for loyal customers featuring socks, $2k",
    "Cross-sell base layers to customers who bought insulated jackets, email and SMS, $6k",
    "Clearance on road running shoes for all customers, email and push, $8k, cap discounts at 20%",
    "Launch the new rain jackets to all customers, email, SMS and push, $14k",
    "Win back lapsed backpack buyers, email, $4k",
    "Cross-sell headlamps to customers who bought tents, email and push, $3k",
    "Retention campaign for new customers featuring running apparel, email and SMS, $5k",
    "Seasonal summer campaign for hydration vests, email, $6k, free shipping",
    "Win back at-risk high-value customers with trail running shoes, email and SMS, $15k, up to 15% off",
    "Cross-sell accessories to customers who bought running apparel, email, $2k",
    "Launch campaign for hiking boots to customers who bought trekking poles, email and push, $7k",
    "Clearance on tents, email and SMS, $5k",
    "Retention campaign for all customers featuring sleeping bags, email, $3k",
    # held out (30%): reported only
    "Cross-sell socks to customers who bought hiking boots, email and SMS, $4k",
    "Win back lapsed buyers of base layers, email, $5k, no discounts",
    "Clearance of accessories for loyal customers, email and push, $3k, no more than 30% off",
    "Launch the new trekking poles to high-value customers, email, $6k",
    "Seasonal autumn campaign for rain jackets to all customers, email and SMS, $9k",
    "Cross-sell hydration vests to customers who bought running apparel, email, $3k",
    "Retention campaign for at-risk customers featuring road running shoes, email and SMS, $8k",
    "Win back lapsed headlamp buyers, email and push, $2k, 10% off",
    "Black Friday on sleeping bags and tents for all customers, email, $10k, cap 25%",
    "Launch insulated jackets to new customers, email and SMS, $5k",
    "Cross-sell trail running shoes to customers who bought socks, email, $4k",
    "Seasonal campaign for backpacks to loyal customers, email, SMS and push, $11k",
]


def _fake_model() -> Any:
    """The planner tests' scripted copy for every request (a brief-reading request gets a plain fill)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fakes import ScriptedChatModel  # type: ignore[import-not-found]
    from planner.helpers import request_schema, scripted_copy  # type: ignore[import-not-found]

    copy_reply = scripted_copy()

    def reply(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        props = request_schema(kwargs).get("properties", {})
        copy_keys = {"email", "sms", "push", "paid_social"}
        if all(k in copy_keys or k.rsplit("_", 1)[-1] in ("A", "B") or _RICH_REPAIR.fullmatch(k) for k in props):
            return _fit_facts(dict(copy_reply(messages, kwargs)), request_schema(kwargs))
        out: dict[str, Any] = {}
        for k, spec in props.items():
            enum = spec.get("enum") or (spec.get("items", {}) or {}).get("enum")
            if spec.get("type") == "array":
                out[k] = []
            elif enum:
                out[k] = "retention" if "retention" in enum else enum[0]
            else:
                out[k] = "customers"
        return out

    return ScriptedChatModel(script=[reply] * 400)


def _fit_facts(out: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The scripted drafts with fact ids the schema allows for their channel (the scripted helper picks
    the first fact for every channel; a push may be shown no fact that fits it)."""
    defs = schema.get("$defs", {})

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        ref = node.get("$ref") or (node.get("items") or {}).get("$ref")
        if ref:
            return dict(defs.get(str(ref).rsplit("/", 1)[-1], {}))
        return dict(node.get("items") or node) if node.get("type") == "array" else node

    for key, value in out.items():
        spec = resolve(schema.get("properties", {}).get(key, {}))
        facts = spec.get("properties", {}).get("facts")
        items = resolve((facts or {}).get("items") or {}) if facts else {}
        allowed = set(items.get("enum") or ([items["const"]] if "const" in items else []))  # one id: a const
        for draft in value if isinstance(value, list) else [value]:
            if not isinstance(draft, dict):  # the rich strategy's sentence repair: plain strings
                continue
            if not facts:
                draft.pop("facts", None)
            elif allowed:
                draft["facts"] = [a for a in draft.get("facts", []) if a in allowed] or [sorted(allowed)[0]]
    return out


def _ab_ok(a: Any, b: Any, element: str) -> bool:
    ea, eb = (a.draft or {}).get("elements") or {}, (b.draft or {}).get("elements") or {}
    if not ea or not eb or ea.get(element) == eb.get(element):
        return False
    # the tested element must be in the copy that ships (a repair may have removed it)
    shipped_a, shipped_b = " ".join(a.parts().values()), " ".join(b.parts().values())
    if (ea.get(element) and ea[element] not in shipped_a) or (eb.get(element) and eb[element] not in shipped_b):
        return False
    others = [k for k in ea if k != element]
    same_facts = (a.draft or {}).get("facts") == (b.draft or {}).get("facts")
    return all(ea.get(k) == eb.get(k) for k in others) and (same_facts or element == "proof")


def run_new(workspace: Path, model_spec: str, n: int, strategy: str = "auto", start: int = 0) -> list[dict[str, Any]]:
    from copilot.deps import Deps
    from copilot.planner.lint import creative_parts, lint_context, lint_plan_variant
    from copilot.planner.review import review_context
    from copilot.planner.workflow import run_plan
    from copilot.settings import load_settings

    os.environ["COPILOT_WORKSPACE"] = str(workspace)
    over: dict[str, Any] = {"copy_strategy": strategy}
    settings = load_settings(**over) if model_spec in ("fake", "") else load_settings(model=model_spec, **over)
    deps = Deps.from_settings(settings)
    model = _fake_model() if model_spec == "fake" else None
    sender = review_context(deps).sender
    rows: list[dict[str, Any]] = []
    for i, brief in list(enumerate(BRIEFS))[start : start + n]:
        t0 = time.perf_counter()
        try:
            plan = run_plan(deps, brief, chat_model=model).plan
        except Exception as exc:
            rows.append({"i": i + 1, "brief": brief, "held_out": i >= HELD_OUT_FROM,
                         "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        ctx = lint_context(plan, sender)
        variants = []
        for v in plan.copy_variants:
            findings = lint_plan_variant(v, plan, ctx)
            variants.append({
                "key": v.key, "text": " | ".join(creative_parts(v, ctx).values()), "claims": len(v.citations),
                "lint": [f"{f.rule}: {f.message}" for f in findings], "parts": v.parts(),
            })
        element = plan.ab_test.element if plan.ab_test else ""
        pairs = []
        for ch in {v.channel for v in plan.copy_variants}:
            a = next((v for v in plan.copy_variants if v.key == f"{ch}.A"), None)
            b = next((v for v in plan.copy_variants if v.key == f"{ch}.B"), None)
            if a and b:
                pairs.append(_ab_ok(a, b, element))
        cap = 0.0 if plan.brief.no_discount else plan.brief.discount_cap_pct
        depth = plan.offer.depth_pct if plan.offer else None
        rows.append({
            "i": i + 1, "brief": brief, "held_out": i >= HELD_OUT_FROM, "seconds": round(time.perf_counter() - t0, 1),
            "passed": plan.passed, "failed": [f"{c.name} {c.target}" for c in plan.failed_checks],
            "featured": [plan.evidence.catalog.get(p, {}).get("name", p) for p in plan.featured_products],
            "offer": plan.offer.line if plan.offer else None, "offer_depth": depth, "cap": cap,
            "ab_test": plan.ab_test.model_dump() if plan.ab_test else None, "ab_pairs_ok": pairs,
            "variants": variants, "copy_strategy": plan.copy_strategy, "llm_calls": plan.ledger.llm_calls,
            "removed": sum(len((v.draft or {}).get("removed", [])) for v in plan.copy_variants),
        })
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    import textstat

    ok = [r for r in rows if "error" not in r]
    variants = [v for r in ok for v in r["variants"]]
    pairs = [p for r in ok for p in r["ab_pairs_ok"]]
    capped = [r for r in ok if r["cap"] is not None and r["offer_depth"] is not None]
    texts = [v["text"] for v in variants if v["text"]]
    ease = [float(textstat.flesch_reading_ease(t)) for t in texts]
    products = {p for r in ok for p in r["featured"]}
    return {
        "plans": len(rows), "errors": len(rows) - len(ok), "plans_passed": sum(r["passed"] for r in ok),
        "variants": len(variants),
        "variants_lint_clean": round(sum(not v["lint"] for v in variants) / max(1, len(variants)), 3),
        "ab_pairs": len(pairs), "ab_pairs_differ_in_element_only": round(sum(pairs) / max(1, len(pairs)), 3),
        "distinct_featured_products": len(products),
        "featured_slots": sum(len(r["featured"]) for r in ok),
        "plans_with_offer": sum(r["offer"] is not None for r in ok),
        "offers_with_cap": len(capped),
        "offers_within_cap": round(sum(r["offer_depth"] <= r["cap"] + 1e-9 for r in capped) / max(1, len(capped)), 3),
        "claims_per_variant": round(sum(v["claims"] for v in variants) / max(1, len(variants)), 2),
        "flesch_median": round(sorted(ease)[len(ease) // 2], 1) if ease else None,
        "flesch_in_band_60_90": round(sum(60 <= e <= 90 for e in ease) / max(1, len(ease)), 3),
        "flesch_at_least_60": round(sum(e >= 60 for e in ease) / max(1, len(ease)), 3),
        "lint_rules_hit": sorted({f.split(":")[0] for v in variants for f in v["lint"]}),
        "llm_calls_per_plan": round(sum(r.get("llm_calls", 0) for r in ok) / max(1, len(ok)), 2),
        "rich_sentences_removed": sum(r.get("removed", 0) for r in ok),
    }


OLD_SCRIPT = r'''
import json, os, sys
sys.path.insert(0, sys.argv[3])
from fakes import ScriptedChatModel
from planner.helpers import scripted_copy, request_schema
from copilot.deps import Deps
from copilot.planner.workflow import run_plan
sys.path.insert(0, sys.argv[4])
from bench_copy import _fit_facts
copy_reply = scripted_copy()
def reply(messages, kwargs):
    props = request_schema(kwargs).get("properties", {})
    if all(k in {"email","sms","push","paid_social"} or k.rsplit("_",1)[-1] in ("A","B") for k in props):
        return _fit_facts(dict(copy_reply(messages, kwargs)), request_schema(kwargs))
    out = {}
    for k, spec in props.items():
        enum = spec.get("enum") or (spec.get("items", {}) or {}).get("enum")
        out[k] = [] if spec.get("type") == "array" else ("retention" if enum and "retention" in enum else (enum[0] if enum else "customers"))
    return out
deps = Deps.from_settings()
out = []
for brief in json.loads(sys.argv[1]):
    try:
        plan = run_plan(deps, brief, chat_model=ScriptedChatModel(script=[reply] * 10)).plan
        out.append({v.channel + "." + v.variant: v.parts() for v in plan.copy_variants})
    except Exception as exc:
        out.append({"error": f"{type(exc).__name__}: {exc}"[:200]})
open(sys.argv[2], "w").write(json.dumps(out))
'''


def run_old(old: Path, workspace: Path, briefs: list[str], tmp: Path) -> list[dict[str, Any]]:
    """The older checkout's copy for ``briefs`` (its own package tree, mapped like the installed one)."""
    pkg = tmp / "oldpkg"
    if not pkg.exists():
        pkg.mkdir(parents=True)
        subprocess.run(["cp", "-r", str(old / "copilot"), str(pkg / "copilot")], check=True)
        for name in ("tools", "knowledge", "prompts"):
            (pkg / "copilot" / name).symlink_to(old / name)
    out = tmp / "old.json"
    env = {**os.environ, "PYTHONPATH": str(pkg), "COPILOT_WORKSPACE": str(workspace)}
    subprocess.run([sys.executable, "-c", OLD_SCRIPT, json.dumps(briefs), str(out), str(old / "tests"),
                    str(Path(__file__).resolve().parent)],
                   env=env, cwd=str(tmp), check=False, timeout=3000)
    return json.loads(out.read_text()) if out.exists() else []


def _copy_block(parts: dict[str, str]) -> str:
    return "<br>".join(f"<b>{k}</b>: {v}".replace("\n", " ").replace("|", "/") for k, v in parts.items())


def to_markdown(summary: dict[str, Any], rows: list[dict[str, Any]], old: list[dict[str, Any]], meta: dict[str, Any],
                extra: list[str] | None = None) -> str:
    lines = ["# Copy benchmark (issue #13)", "", f"Model: {meta['model']}. Machine load: {meta['load']}. {meta['note']}", ""]
    lines += ["| metric | tuning (briefs 1-28) | held out (29-40) |", "|---|---|---|"]
    for k in summary["tuning"]:
        lines.append(f"| {k} | {summary['tuning'][k]} | {summary['held_out'].get(k)} |")
    lines += ["", "Readability band: Flesch reading ease 60-90 (plain English).", ""]
    lines += extra or []
    lines += [f"## Ten plans' copy, before ({meta.get('old_label', 'ed15cb0')}) and after", ""]
    for i, r in enumerate(rows[:10]):
        if "error" in r:
            continue
        lines += [f"### {r['i']}. {r['brief']}", "",
                  f"Featured: {', '.join(r['featured'])}. Offer: {r['offer'] or 'none'}. "
                  f"A/B: {(r['ab_test'] or {}).get('hypothesis', '')}", "", "| variant | before | after |", "|---|---|---|"]
        lines[-4] += f" Copy: {r.get('copy_strategy', '').split(':')[0] or 'constrained'}."
        before = old[i] if i < len(old) else {}
        for v in r["variants"]:
            b = before.get(v["key"]) if isinstance(before, dict) else None
            lines.append(f"| {v['key']} | {_copy_block(b) if b else before.get('error', '–') if isinstance(before, dict) else '–'} | {_copy_block(v['parts'])} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def _split_table(title: str, summary: dict[str, Any], note: str) -> list[str]:
    lines = [f"## {title}", "", note, "", "| metric | tuning (briefs 1-28) | held out (29-40) |", "|---|---|---|"]
    lines += [f"| {k} | {summary['tuning'].get(k)} | {summary['held_out'].get(k)} |" for k in summary["held_out"]]
    return [*lines, ""]


def _copy_samples(rows: list[dict[str, Any]], n: int) -> list[str]:
    lines: list[str] = []
    for r in [r for r in rows if "error" not in r][:n]:
        lines += [f"#### {r['i']}. {r['brief']}", "", f"Featured: {', '.join(r['featured'])}. Offer: {r['offer'] or 'none'}. "
                  f"A/B: {(r['ab_test'] or {}).get('hypothesis', '')} Passed: {r['passed']}.", "",
                  "| variant | copy | lint |", "|---|---|---|"]
        lines += [f"| {v['key']} | {_copy_block(v['parts'])} | {'; '.join(v['lint']) or '–'} |" for v in r["variants"]]
        lines.append("")
    for r in rows:
        if "error" in r:
            lines += [f"- brief {r['i']} failed: {r['error']}"]
    return lines


def compare(before: dict[str, Any], after: dict[str, Any], label: str) -> str:
    """A saved run (``after``, copy.json) against an earlier one (``before``): both runs' figures side by
    side, then the first ten briefs' copy before and after (tuning briefs: never held-out copy)."""
    lines = [f"Before: {label} (load {before['meta']['load']}). After: load {after['meta']['load']}.", "",
             "| metric | tuning before | tuning after | held out before | held out after |", "|---|---|---|---|---|"]
    for k in after["summary"]["tuning"]:
        row = [before["summary"][s].get(k) for s in ("tuning",)] + [after["summary"]["tuning"][k]]
        row += [before["summary"]["held_out"].get(k), after["summary"]["held_out"].get(k)]
        lines.append(f"| {k} | " + " | ".join(str(x) for x in row) + " |")
    if "rich" in before and "rich" in after:
        lines += ["", "Rich strategy (fake model), same briefs:", "",
                  "| metric | tuning before | tuning after | held out before | held out after |", "|---|---|---|---|---|"]
        for k in ("variants_lint_clean", "ab_pairs_differ_in_element_only", "plans_passed", "errors",
                  "rich_sentences_removed", "flesch_median"):
            b, a = before["rich"]["summary"], after["rich"]["summary"]
            lines.append(f"| {k} | {b['tuning'].get(k)} | {a['tuning'].get(k)} | {b['held_out'].get(k)} | "
                         f"{a['held_out'].get(k)} |")
    old = [{v["key"]: v["parts"] for v in r.get("variants", [])} or {"error": r.get("error", "")}
           for r in before["plans"][:10]]
    body = to_markdown(after["summary"], after["plans"], old, {**after["meta"], "old_label": label})
    copy_section = "## " + body.split("\n## ", 1)[1]  # the side-by-side copy, without the one-run table
    return "\n".join(lines) + "\n\n" + copy_section


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Copy benchmark (issue #13).")
    ap.add_argument("--workspace", type=Path, default=Path(os.environ.get("COPILOT_WORKSPACE", ".copilot")))
    ap.add_argument("--model", default="fake", help="'fake' (scripted copy) or a COPILOT_MODEL spec.")
    ap.add_argument("--strategy", default="auto", choices=["auto", "constrained", "rich"], help="copy_strategy")
    ap.add_argument("--limit", type=int, default=len(BRIEFS))
    ap.add_argument("--rich", action="store_true", help="Also run every brief with the rich strategy (fake model).")
    ap.add_argument("--local", type=int, default=0, help="Also run the first N held-out briefs with the local model.")
    ap.add_argument("--old", type=Path, default=None, help="An older checkout (git worktree) to compare with.")
    ap.add_argument("--old-label", default="ed15cb0", help="What the older checkout is (a commit).")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                    help="Only print two saved runs (copy.json) side by side; runs nothing.")
    args = ap.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text()) for p in args.compare)
        sys.stdout.write(compare(before, after, args.old_label))
        return 0
    t0 = time.perf_counter()
    rows = run_new(args.workspace, args.model, args.limit, args.strategy)
    old = run_old(args.old, args.workspace, BRIEFS[:10], Path("/tmp/bench_copy_old")) if args.old else []
    split = lambda rs: {  # noqa: E731
        "tuning": summarise([r for r in rs if not r.get("held_out")]),
        "held_out": summarise([r for r in rs if r.get("held_out")]),
    }
    summary = split(rows)
    extra: list[str] = []
    out: dict[str, Any] = {}
    if args.rich:
        rich = run_new(args.workspace, "fake", args.limit, "rich")
        out["rich"] = {"summary": split(rich), "plans": rich}
        extra += _split_table(
            "Rich strategy, same briefs (fake model)", out["rich"]["summary"],
            "copy_strategy = rich: the scripted model writes whole sentences citing the first fact inline "
            "([fact:F1]); every sentence is checked, failing ones repaired once, then removed. Measures the "
            "checks and the A/B composition of the rich path, not a capable model's prose.",
        )
        extra += ["### Three plans' rich copy", "", *_copy_samples(rich, 3)]
    if args.local:
        local = run_new(args.workspace, "local", args.local, "auto", start=HELD_OUT_FROM)
        out["local"] = {"summary": split(local), "plans": local}
        extra += _split_table(
            f"Embedded default model, {args.local} held-out briefs (29-{HELD_OUT_FROM + args.local})",
            out["local"]["summary"],
            "The real default local model (constrained strategy) on held-out briefs only: nothing was tuned on "
            "them. Every plan's copy follows.",
        )
        extra += _copy_samples(local, args.local)
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    meta = {"model": args.model, "load": " ".join(load), "old_label": args.old_label,
            "minutes": round((time.perf_counter() - t0) / 60, 1),
            "note": "fake = the planner tests' scripted copy (same drafts for every brief): measures what code makes "
                    "of a model's answer. Its openings are fixed lines ('Missed the trails this winter?', 'Ready for "
                    "muddy spring trails?') whatever the brief: the linter's occasion rule sends them to the repair "
                    "round and code's openings for the objective and send month replace them."}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "copy.json").write_text(json.dumps({"meta": meta, "summary": summary, "plans": rows, "old": old, **out},
                                                   indent=1, default=str))
    (args.out / "copy.md").write_text(to_markdown(summary, rows, old, meta, extra))
    sys.stdout.write(json.dumps({"summary": summary, **{k: v["summary"] for k, v in out.items()}}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
