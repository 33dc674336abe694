"""Benchmark: the plan workflow vs a naive ReAct agent -- same briefs, same tools, same model, one run.

For each brief, both systems draft a campaign plan with the embedded model (one LLM call at a
time, sequentially):

* **workflow** -- ``copilot.planner.run_plan`` (code reads the brief, gathers evidence and
  assembles the numbers; the model writes only the copy; checks + one repair round).
* **react** -- the peer a developer would write: a hand-rolled ReAct prompt loop (Thought /
  Action / Action Input / Observation / Final Answer) over the same tool functions, told the same
  brand and compliance rules, asked for the same plan in Markdown. (LangChain's ``create_agent``
  needs native tool calls, which neither embedded Qwen model emits through llama.cpp, so a text
  ReAct loop is what works with this model.)

Measured per plan: LLM calls, tokens in/out, wall time, and whether the plan passes its checks.
The workflow's checks are the planner's own (``plan.passed``). The ReAct answer is free text, so
it is held to the checks that apply to text: it finished within the step limit, every number in
it appears in a tool observation or the brief, every product claim is supported by a stored
fact (``check_claims``), and no banned phrase is used.

Usage::

    python benchmarks/bench_planner.py [--workspace DIR] [--model local] [--limit N] [--systems workflow,react]

Writes ``benchmarks/results/planner.md`` and ``planner.json``. Slow: minutes per plan on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from react_baseline import act, ensure_workspace, ledger_for, message_text

from copilot.deps import Deps
from copilot.errors import CopilotError
from copilot.planner.checks import find_banned, numbers_in
from copilot.settings import load_settings
from copilot.workspace import open_workspace

RESULTS = Path(__file__).parent / "results"

#: Ten briefs across objectives (win-back, launch, clearance, cross-sell, seasonal, re-engagement,
#: welcome, loyalty), channels (email, SMS, push, paid social), budgets and dates, plus one vague brief.
BRIEFS = [
    "Win back lapsed high-value trail runners this spring, email and SMS, $20k",
    "Launch the new rain jackets next month to loyal customers, email and push, $15k",
    "Clear out insulated jackets over the next 2 weeks with 20% off, email only, $5,000",
    "Cross-sell socks to customers who bought hiking boots, in May, email and SMS, $3k",
    "Black Friday headlamp promotion for all customers, email, SMS and push, $10k",
    "Re-engage at-risk backpack buyers this summer by email, budget 8,000 USD",
    "Welcome new customers who bought road running shoes, email and push, $2k",
    "Promote trekking poles to high-value hikers this fall, email and paid social, $12k",
    "Merino base layers for winter to our VIPs, email only, $6k",
    "Plan something for our best customers",
]


@dataclass
class Row:
    system: str
    brief: str
    ok: bool = False  # produced a plan / final answer
    passed: bool = False
    llm_calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    tool_calls: int = 0
    failed: list[str] = field(default_factory=list)
    error: str = ""
    plan_id: str = ""
    load_after: float = 0.0  # 1-minute load average when the plan finished (cores are shared)
    step_limit: bool = False  # ReAct: hit the step limit and was asked for its answer
    reading: str = ""  # workflow: how the brief was read (objective, category, audience and its size)


# --------------------------------------------------------------------------------------------
# the workflow
# --------------------------------------------------------------------------------------------


def run_workflow(deps: Deps, brief: str) -> Row:
    from copilot.planner.workflow import run_plan

    row = Row("workflow", brief)
    t0 = time.perf_counter()
    try:
        result = run_plan(deps, brief, mode="oneshot")
    except CopilotError as exc:
        row.error = str(exc)[:300]
        row.seconds = round(time.perf_counter() - t0, 1)
        return row
    plan = result.plan
    row.seconds = round(time.perf_counter() - t0, 1)
    row.ok = True
    row.passed = plan.passed
    row.plan_id = plan.plan_id
    row.llm_calls = plan.ledger.llm_calls
    row.tokens_in = plan.ledger.tokens_in
    row.tokens_out = plan.ledger.tokens_out
    row.tool_calls = sum(t.tool_calls for t in plan.timings if t.step == "evidence")
    row.failed = sorted({f"{c.name}:{c.target}" for c in plan.failed_checks})
    b = plan.brief
    row.reading = (
        f"{b.objective} · {b.category or 'no category'} · {plan.audience.definition} "
        f"({plan.audience.size.value:,.0f}) · model read: "
        + (", ".join(c.purpose.removeprefix("plan.") for c in plan.ledger.calls) or "nothing")
    )
    return row


# --------------------------------------------------------------------------------------------
# the naive ReAct agent
# --------------------------------------------------------------------------------------------

REACT_SYSTEM = """You are a marketing analyst for {brand}. Draft a complete campaign plan for the brief:
audience and its size, channels, budget split, forecast (conversions and revenue), holdout group, KPIs,
and, under a heading "## Copy", A/B copy for each channel (email: subject, preheader, body; SMS: text;
push: title, body; paid social: headline, text) with the fact ids that each product claim rests on. Get every number from the tools; never invent numbers.
Never use these phrases: {banned}. Every email ends with "{unsubscribe}" and "{address}".
Every SMS starts with "{brand}:" and ends with "{stop}".

Tools:
{tools}

Answer in this format:
Thought: what to do next
Action: one tool name
Action Input: the tool arguments as one JSON object
Observation: (the tool result is inserted here)
... repeat Thought/Action/Action Input/Observation as needed ...
Thought: I have what I need.
Final Answer: the plan in Markdown"""

OBSERVATION_CHARS = 1200


def react_tools(deps: Deps) -> list[Any]:
    from copilot.agent.toolset import Tool
    from copilot.knowledge.retrieval import search_product_facts
    from copilot.tools import ALL_TOOLS
    from copilot.tools.forecast import forecast

    return [Tool.from_function(fn) for fn in [*ALL_TOOLS, forecast, search_product_facts]]


def copy_section(answer: str) -> str:
    """The copy part of a ReAct answer (from a heading that names copy on); the whole answer if none.

    Product claims are checked there: plan lines such as "Budget: $20,000" are no product claims."""
    m = re.search(r"^#+\s*.*\bcopy\b.*$", answer, re.IGNORECASE | re.MULTILINE)
    return answer[m.start() :] if m else answer


def run_react(deps: Deps, brief: str, *, max_steps: int = 6, max_tokens: int = 600) -> Row:
    from copilot.knowledge.claims import check_claims
    from copilot.knowledge.guides import load_brand_voice, load_compliance

    row = Row("react", brief)
    model = deps.get_chat_model().bind(max_tokens=max_tokens)
    ledger, callback = ledger_for(deps, model, "react")
    tools = {t.name: t for t in react_tools(deps)}
    voice, rules = load_brand_voice(deps.workspace), load_compliance(deps.workspace)
    banned = [*voice.banned_phrases, *rules.banned_claims]
    system = REACT_SYSTEM.format(
        brand=deps.settings.brand_name,
        banned=", ".join(banned),
        unsubscribe=rules.email.unsubscribe_text,
        address=rules.email.physical_address,
        stop=rules.sms.opt_out_text,
        tools="\n".join(t.signature_text(500) for t in tools.values()),
    )
    messages: list[BaseMessage] = [SystemMessage(content=system), HumanMessage(content=f"Brief: {brief}")]
    observations: list[str] = [brief, rules.email.physical_address, rules.email.unsubscribe_text]
    answer = ""
    t0 = time.perf_counter()
    try:
        for _ in range(max_steps):
            reply = model.invoke(messages, config={"callbacks": [callback]}, stop=["\nObservation:"])
            text = message_text(reply)
            messages.append(AIMessage(content=text))
            if "Final Answer:" in text:
                answer = text.split("Final Answer:", 1)[1].strip()
                break
            step = act(deps, tools, text, OBSERVATION_CHARS)
            if step.outcome is not None:
                row.tool_calls += 1
                observations.append(step.outcome.text)
            messages.append(HumanMessage(content=f"Observation: {step.observation}"))
        else:
            # the step limit: one last call for the answer with what it has (LangChain's
            # AgentExecutor early_stopping_method="generate")
            row.step_limit = True
            messages.append(HumanMessage(content="Step limit reached. Write the Final Answer now."))
            reply = model.invoke(messages, config={"callbacks": [callback]})
            text = message_text(reply)
            answer = text.split("Final Answer:", 1)[1].strip() if "Final Answer:" in text else text.strip()
    except CopilotError as exc:
        row.error = str(exc)[:300]
    except Exception as exc:  # the naive agent's failures (context overflow, server errors) are results here
        row.error = f"{type(exc).__name__}: {exc}"[:300]
    row.seconds = round(time.perf_counter() - t0, 1)
    row.llm_calls, row.tokens_in, row.tokens_out = ledger.llm_calls, ledger.tokens_in, ledger.tokens_out
    if not answer:
        row.failed.append("no final answer" if not row.error else "error")
        return row
    row.ok = True
    # the checks that apply to free text
    allowed = [v for o in observations for _, v in numbers_in(o)]
    untraced = [raw for raw, v in numbers_in(answer) if not any(_close(v, a) for a in allowed)]
    if untraced:
        row.failed.append(f"numbers ({len(untraced)} untraced, e.g. {', '.join(untraced[:3])})")
    report = check_claims(deps, copy_section(answer))
    if not report.all_supported:
        row.failed.append(f"claims ({len(report.unsupported)} unsupported)")
    hits = find_banned(answer, banned)
    if hits:
        row.failed.append("brand_voice (" + ", ".join(hits) + ")")
    row.passed = not row.failed
    return row


def _close(v: float, a: float) -> bool:
    """The same number, allowing the rounding a writer does (1% or the same integer)."""
    return abs(v - a) <= max(0.01 * abs(a), 0.0) or round(v) == round(a) != 0


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------


def summarize(rows: list[Row], system: str) -> dict[str, Any]:
    mine = [r for r in rows if r.system == system]
    if not mine:
        return {}

    def med(key: str) -> float:
        return float(statistics.median(getattr(r, key) for r in mine))

    return {
        "plans": len(mine),
        "finished": sum(r.ok for r in mine),
        "passed": sum(r.passed for r in mine),
        "pass_rate": round(sum(r.passed for r in mine) / len(mine), 3),
        "median_llm_calls": med("llm_calls"),
        "median_tokens_in": med("tokens_in"),
        "median_tokens_out": med("tokens_out"),
        "median_seconds": med("seconds"),
        "mean_seconds": round(statistics.fmean(r.seconds for r in mine), 1),
        "total_seconds": round(sum(r.seconds for r in mine), 1),
    }


def markdown(meta: dict[str, Any], rows: list[Row], summary: dict[str, dict[str, Any]]) -> str:
    out = ["# Planner benchmark: workflow vs naive ReAct agent", ""]
    out.append(
        f"Model `{meta['model']}` · {meta['briefs']} briefs · {meta['cpus']} CPUs · load average "
        f"{meta['load_before']} before, {meta['load_after']} after (cores shared with other work) · "
        f"{meta['started']} · {meta['python']}"
        + ("" if meta.get("complete", True) else " · **partial: run in progress or interrupted**")
    )
    out.append("")
    out.append(
        f"Workflow: max_tokens {meta.get('max_tokens')}. ReAct: at most {meta.get('react_max_steps')} tool steps "
        f"(then one call for the answer), max_tokens {meta.get('react_max_tokens')} per reply."
    )
    out.append("")
    out.append(
        "| system | plans | finished | passed all checks | median LLM calls | median tokens in | "
        "median tokens out | median wall time (s) | total (s) |"
    )
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for system, s in summary.items():
        if s:
            out.append(
                f"| {system} | {s['plans']} | {s['finished']} | {s['passed']} ({s['pass_rate']:.0%}) | "
                f"{s['median_llm_calls']:.0f} | {s['median_tokens_in']:,.0f} | {s['median_tokens_out']:,.0f} | "
                f"{s['median_seconds']:.1f} | {s['total_seconds']:.0f} |"
            )
    out.append("")
    out.append("## Per brief")
    out.append("")
    out.append(
        "| system | brief | passed | LLM calls | tokens in/out | seconds | load (1 min) | failed checks / error |"
    )
    out.append("|---|---|---|---:|---:|---:|---:|---|")
    for r in rows:
        why = "; ".join([*(f for f in r.failed if f != "error"), *([r.error] if r.error else [])])
        if r.step_limit:
            why = f"step limit reached; {why}" if why else "step limit reached"
        out.append(
            f"| {r.system} | {r.brief[:70]} | {'yes' if r.passed else 'no'} | {r.llm_calls} | "
            f"{r.tokens_in:,}/{r.tokens_out:,} | {r.seconds:.1f} | {r.load_after:.1f} | "
            f"{why[:160].replace('|', '/')} |"
        )
    out.append("")
    readings = [r for r in rows if r.reading]
    if readings:
        out.append("How the workflow read each brief (objective · promoted category · audience (size) · what the model was asked for):")
        out.append("")
        out.append("| brief | read as |")
        out.append("|---|---|")
        out.extend(f"| {r.brief[:70]} | {r.reading.replace('|', '/')} |" for r in readings)
        out.append("")
    out.append(
        "Checks: the workflow's plan must pass every planner check (channel limits, compliance, brand voice, "
        "claims, numbers, consent, figures traced) after its one repair round. The ReAct answer is free text and "
        "is held to the checks that apply to text: it produced an answer (after its step limit it is asked once "
        "for the answer, marked 'step limit reached'; a request that overflows the 4,096-token context is an "
        "error), every number in it is found in a tool observation, the brief or the compliance lines (1% "
        "rounding allowed), every product claim in its copy section is supported by a stored fact "
        "(`check_claims`), and no banned phrase is used."
    )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--workspace", type=Path, default=Path(os.environ.get("COPILOT_WORKSPACE", ".copilot")))
    ap.add_argument("--model", default=None, help="COPILOT_MODEL spec (default: the settings' model).")
    ap.add_argument("--limit", type=int, default=len(BRIEFS))
    ap.add_argument("--only", default="", help="Comma-separated 1-based brief numbers to run (e.g. 7,10).")
    ap.add_argument("--systems", default="workflow,react")
    ap.add_argument("--max-steps", type=int, default=6, help="ReAct: tool steps before it must answer.")
    ap.add_argument("--react-max-tokens", type=int, default=600, help="ReAct: max tokens per reply.")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument(
        "--resume",
        action="store_true",
        help="Keep the rows of an earlier partial run in --out; run the rest.",
    )
    args = ap.parse_args(argv)

    settings = load_settings(args.workspace, model=args.model)
    deps = Deps(settings=settings, workspace=open_workspace(settings.workspace))
    ensure_workspace(deps)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    briefs = BRIEFS[: args.limit]
    if args.only:
        briefs = [BRIEFS[int(i) - 1] for i in args.only.split(",") if i.strip()]
    from copilot.llm.providers import model_capabilities

    caps = model_capabilities(deps.get_chat_model())  # starts the embedded server before timing anything
    meta = {
        "model": f"{caps.provider}:{caps.model_name}",
        "max_tokens": settings.max_tokens,
        "react_max_steps": args.max_steps,
        "react_max_tokens": args.react_max_tokens,
        "briefs": len(briefs),
        "cpus": os.cpu_count(),
        "load_before": "/".join(f"{x:.2f}" for x in os.getloadavg()),
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": f"Python {platform.python_version()}",
    }
    rows: list[Row] = []
    if args.resume and (args.out / "planner.json").exists():
        earlier = json.loads((args.out / "planner.json").read_text(encoding="utf-8"))
        rows = [Row(**r) for r in earlier["rows"] if r["brief"] in briefs and r["system"] in systems]
        meta["load_before"] = earlier["meta"].get("load_before", meta["load_before"])
        meta["started"] = earlier["meta"].get("started", meta["started"]) + f" (resumed {meta['started']})"
    done = {(r.system, r.brief) for r in rows}

    def write(final: bool) -> dict[str, dict[str, Any]]:
        meta["load_after"] = "/".join(f"{x:.2f}" for x in os.getloadavg())
        meta["complete"] = final
        rows.sort(key=lambda r: (briefs.index(r.brief), systems.index(r.system)))
        summary = {s: summarize(rows, s) for s in systems}
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "planner.json").write_text(
            json.dumps({"meta": meta, "summary": summary, "rows": [asdict(r) for r in rows]}, indent=2)
            + "\n",
            encoding="utf-8",
        )
        (args.out / "planner.md").write_text(markdown(meta, rows, summary), encoding="utf-8")
        return summary

    for i, brief in enumerate(briefs, 1):
        for system in systems:
            if (system, brief) in done:
                continue
            print(f"[{i}/{len(briefs)}] {system}: {brief}", file=sys.stderr, flush=True)
            row = (
                run_workflow(deps, brief)
                if system == "workflow"
                else run_react(deps, brief, max_steps=args.max_steps, max_tokens=args.react_max_tokens)
            )
            row.load_after = round(os.getloadavg()[0], 2)
            rows.append(row)
            print(
                f"    passed={row.passed} calls={row.llm_calls} tokens={row.tokens_in}/{row.tokens_out} "
                f"{row.seconds:.1f}s load={row.load_after} {'; '.join(row.failed) or row.error}",
                file=sys.stderr,
                flush=True,
            )
            write(final=False)  # partial results survive an interrupted run
    summary = write(final=True)
    print(markdown(meta, rows, summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
