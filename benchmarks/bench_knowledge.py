"""Knowledge-base benchmark: ingest speed, query latency at 10k chunks, memory, retrieval quality.

    python benchmarks/bench_knowledge.py [--chunks 10000] [--queries 200] [--out benchmarks/results]
    python benchmarks/bench_knowledge.py --quality-only [--workspace DIR]   # step 3's retrieval part only

1. Builds the small demo workspace (2,000 customers, for its reviews) and ingests the demo knowledge
   (298 product documents, 2 guides, review insights) into a fresh embedded Chroma store:
   ingest time per 1,000 chunks (and per 1,000 embedded texts; identical texts embed once).
2. Raw embedding throughput (texts/s) of the offline int8 MiniLM model.
3. Evaluation set: recall@1, recall@5, MRR for vector-only, hybrid without name boosting, hybrid,
   and hybrid + MMR re-ranking (three lambdas); precision and distinct products in the top 5 of the
   category questions. Claim checker accuracy on the calibration sample and on held-out products.
   ``--quality-only`` runs just this retrieval evaluation (on a fresh demo store, or on the already
   ingested workspace ``--workspace DIR``) and replaces only the ``eval`` figures of knowledge.json;
   every other figure is kept and knowledge.md is re-rendered from the merged file.
4. Adds generated product documents (catalogue clones with new ids, names and prices) until the
   store holds >= --chunks chunks; query latency p50/p95 of ``search_facts`` (hybrid) and of the
   plain vector query at that size.
5. Peak RSS. Writes benchmarks/results/knowledge.md and knowledge.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from copilot.data.catalog import build_catalog
from copilot.data.demo import build_demo_workspace
from copilot.knowledge.build_sources import render_product_markdown
from copilot.knowledge.chunking import chunk_markdown
from copilot.knowledge.claims import check_claims_in
from copilot.knowledge.embeddings import embed_texts
from copilot.knowledge.evaluation import build_claim_set, build_eval_set, evaluate, evaluate_claims
from copilot.knowledge.ingest import SHIPPED, ingest_paths
from copilot.knowledge.retrieval import RetrievalConfig, search_facts
from copilot.knowledge.schemas import FactQuery
from copilot.knowledge.store import KnowledgeBase
from copilot.settings import load_settings
from copilot.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def synthetic_products(start_id: int, n: int, seed: int = 11) -> list[Any]:
    """Catalogue clones with new ids, names and prices (the same category vocabulary)."""
    rng = random.Random(seed)
    base = build_catalog()
    out = []
    for i in range(n):
        p = base[i % len(base)]
        out.append(dataclasses.replace(
            p,
            product_id=f"S{start_id + i}",
            name=f"{p.name} Edition {i // len(base) + 1}-{i % 97}",
            price=round(p.price * rng.uniform(0.8, 1.2) / 5) * 5 - 0.05,
            features=sorted(rng.sample(p.features, k=max(1, len(p.features) - 1))),
        ))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--render", action="store_true", help="only rewrite knowledge.md from knowledge.json")
    ap.add_argument("--quality-only", action="store_true",
                    help="only the retrieval evaluation; merge its figures into knowledge.json")
    ap.add_argument("--workspace", type=Path, default=None,
                    help="with --quality-only: an existing demo workspace whose knowledge is ingested")
    args = ap.parse_args(argv)
    if args.render:
        write(json.loads((args.out / "knowledge.json").read_text(encoding="utf-8")), args.out)
        return 0
    if args.quality_only:
        return quality_only(args.out, args.workspace)
    res: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "load_start": load(),
                                       "python": sys.version.split()[0]}}
    tmp = Path(tempfile.mkdtemp(prefix="bench_knowledge_"))
    ws = open_workspace(tmp / "ws")
    build_demo_workspace(ws, seed=7, n_customers=2_000)
    kb = KnowledgeBase.open(load_settings(ws.root), ws)

    # 1. ingest the demo knowledge
    t0 = time.perf_counter()
    report = ingest_paths(kb, None, workspace=ws)
    ingest_s = time.perf_counter() - t0
    unique = len({c.vector_text for c in _source_chunks(ws)})
    res["ingest"] = {
        "chunks": report.added, "unique_embedded_texts": unique, "seconds": round(ingest_s, 1),
        "s_per_1000_chunks": round(1000 * ingest_s / max(1, report.added), 1),
        "s_per_1000_embedded_texts": round(1000 * ingest_s / max(1, unique), 1),
    }
    t0 = time.perf_counter()
    again = ingest_paths(kb, None, workspace=ws)
    res["ingest"]["reingest_unchanged_s"] = round(time.perf_counter() - t0, 1)
    assert again.added == 0
    print("ingest", res["ingest"], flush=True)

    # 2. raw embedding throughput
    texts = [c.text for c in kb.all_chunks()[:512]]
    t0 = time.perf_counter()
    embed_texts(texts, cache=False)
    emb_s = time.perf_counter() - t0
    res["embedding"] = {"texts": len(texts), "ms_per_text": round(1000 * emb_s / len(texts), 1),
                        "texts_per_s": round(len(texts) / emb_s, 1)}
    print("embedding", res["embedding"], flush=True)

    # 3. quality at demo size
    questions = build_eval_set()
    res["eval"] = retrieval_quality(kb, questions)

    def check(text: str, pids: list[str]) -> tuple[bool, list[str]]:
        r = check_claims_in(kb, text, pids)
        return r.all_supported and bool(r.claims), [i for c in r.claims for i in c.fact_ids]

    def section_of(fid: str) -> str:
        return kb.get_by_ids([fid])[0].section

    claims: dict[str, Any] = {}
    for name, cases in (("calibration (every 10th product)", build_claim_set(10, 0)),
                        ("held-out (every 10th, offset 5)", build_claim_set(10, 5))):
        t0 = time.perf_counter()
        cm = evaluate_claims(check, cases, section_of)
        claims[name] = {**cm.model_dump(exclude={"errors"}), "errors": cm.errors[:10],
                        "ms_per_claim": round(1000 * (time.perf_counter() - t0) / len(cases))}
        print("claims", name, claims[name], flush=True)
    res["claims"] = claims

    # 4. grow to >= args.chunks and measure query latency
    start = kb.count()
    n_extra = 0
    t0 = time.perf_counter()
    added = 0
    while kb.count() < args.chunks:
        batch = synthetic_products(9000 + n_extra, 300)
        n_extra += len(batch)
        chunks = [c for p in batch for c in chunk_markdown(render_product_markdown(p),
                                                            f"synthetic/{p.product_id}.md", kind=SHIPPED)]
        added += kb.upsert(chunks)
    grow_s = time.perf_counter() - t0
    res["scale"] = {"chunks": kb.count(), "demo_chunks": start, "synthetic_products": n_extra,
                    "synthetic_chunks": added, "synthetic_ingest_s": round(grow_s, 1)}
    rng = random.Random(3)
    qs = [q.question for q in questions]
    sample = [rng.choice(qs) for _ in range(args.queries)]
    search_facts(kb, FactQuery(query="warm up", k=5))  # build the keyword / name indexes once
    hybrid_ms, vector_ms = [], []
    for q in sample:
        t = time.perf_counter()
        search_facts(kb, FactQuery(query=q, k=5))
        hybrid_ms.append(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        kb.query_text(q, 5)
        vector_ms.append(1000 * (time.perf_counter() - t))
    res["scale"].update({
        "queries": len(sample),
        "hybrid_p50_ms": round(percentile(hybrid_ms, 50), 1), "hybrid_p95_ms": round(percentile(hybrid_ms, 95), 1),
        "vector_p50_ms": round(percentile(vector_ms, 50), 1), "vector_p95_ms": round(percentile(vector_ms, 95), 1),
    })
    m10k = evaluate(lambda q: search_facts(kb, q), questions)
    res["scale"]["eval_at_scale"] = {"recall_at_1": m10k.recall_at_1, "recall_at_5": m10k.recall_at_5,
                                     "mrr": m10k.mrr}
    print("scale", res["scale"], flush=True)
    res["memory"] = {"peak_rss_mb": round(rss_mb(), 1)}
    res["machine"]["load_end"] = load()
    write(res, args.out)
    return 0


QUALITY_CONFIGS: tuple[tuple[str, RetrievalConfig], ...] = (
    ("vector", RetrievalConfig(mode="vector")),
    ("hybrid, no name boost", RetrievalConfig(name_boost=False)),
    ("hybrid (default)", RetrievalConfig()),
    ("hybrid + MMR, lambda 0.5", RetrievalConfig(mmr=True, mmr_lambda=0.5)),
    ("hybrid + MMR, lambda 0.7", RetrievalConfig(mmr=True, mmr_lambda=0.7)),
    ("hybrid + MMR, lambda 0.9", RetrievalConfig(mmr=True, mmr_lambda=0.9)),
)


def retrieval_quality(kb: KnowledgeBase, questions: list[Any]) -> dict[str, Any]:
    """Recall@1/@5 and MRR (plus the per-kind top-5 figures) of every retrieval configuration."""
    quality: dict[str, Any] = {}
    for name, cfg in QUALITY_CONFIGS:
        m = evaluate(lambda q, cfg=cfg: search_facts(kb, q, cfg), questions)
        quality[name] = {"recall_at_1": m.recall_at_1, "recall_at_5": m.recall_at_5, "mrr": m.mrr,
                         "by_kind": m.by_kind, "misses": m.misses[:10]}
        print("eval", name, m.recall_at_1, m.recall_at_5, m.mrr, flush=True)
    return {"questions": len(questions), "configs": quality}


def quality_only(out: Path, workspace: Path | None) -> int:
    """Step 3's retrieval evaluation alone; only the ``eval`` figures of knowledge.json change."""
    if workspace is not None:
        ws = open_workspace(workspace)
    else:
        ws = open_workspace(Path(tempfile.mkdtemp(prefix="bench_knowledge_")) / "ws")
        build_demo_workspace(ws, seed=7, n_customers=2_000)
    kb = KnowledgeBase.open(load_settings(ws.root), ws)
    if kb.count() == 0:
        ingest_paths(kb, None, workspace=ws)
    path = out / "knowledge.json"
    res = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    res["eval"] = retrieval_quality(kb, build_eval_set())
    if {"ingest", "embedding", "scale", "claims", "memory", "machine"} <= set(res):
        write(res, out)
    else:  # no full run to merge with: keep the figures, the Markdown needs a full run
        out.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def _category_top5(m: dict[str, Any], key: str) -> str:
    value = m.get("by_kind", {}).get("category", {}).get(key)
    return "–" if value is None else str(value)


def _source_chunks(ws: Any) -> list[Any]:
    """The chunks the demo ingest stores (to count the distinct texts it embeds)."""
    from copilot.knowledge.ingest import shipped_sources
    from copilot.knowledge.reviews import review_chunks

    return [c for s in shipped_sources() for c in s.load()] + (review_chunks(ws) or [])


def write(res: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "knowledge.json").write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    ing, emb, sc, ev = res["ingest"], res["embedding"], res["scale"], res["eval"]
    lines = [
        "# Knowledge base benchmark",
        "",
        f"Machine: {res['machine']['cpus']} CPUs shared with other jobs; load average (1/5/15 min) "
        f"{res['machine']['load_start']} at start, {res['machine']['load_end']} at the end. "
        "Timings under this load are pessimistic; compare runs on the same machine only.",
        "",
        "## Ingest (offline int8 MiniLM embeddings, embedded Chroma)",
        "",
        "| demo chunks | distinct embedded texts | seconds | s / 1,000 chunks | s / 1,000 embedded texts |"
        " re-ingest unchanged (s) |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {ing['chunks']:,} | {ing['unique_embedded_texts']:,} | {ing['seconds']} | "
        f"{ing['s_per_1000_chunks']} | {ing['s_per_1000_embedded_texts']} | {ing['reingest_unchanged_s']} |",
        "",
        f"Raw embedding (cache off): {emb['ms_per_text']} ms per text ({emb['texts_per_s']} texts/s, batches "
        "of 32, 2 intra-op threads). Identical embedded texts (a category's care line, a shared feature) "
        "are embedded once, so the demo's chunks need far fewer model calls than chunks; the ingest time "
        "is dominated by the model (Chroma's upserts took about 10% in a profile).",
        "",
        "Chunking: product documents split their Features and Specifications into one fact per bullet "
        "(front-matter `split_sections`), so a claim cites exactly one feature or spec; other sections "
        "are one fact each. Splitting every list as well (allowed claims, the guides' word lists) gave "
        "6,213 demo chunks instead of ~4,500 (about 40% more to store and search); not adopted, and its "
        "retrieval quality was not measured with the final retriever.",
        "",
        f"## Query latency at {sc['chunks']:,} chunks",
        "",
        f"{sc['demo_chunks']:,} demo chunks + {sc['synthetic_chunks']:,} chunks of {sc['synthetic_products']:,} "
        f"generated product documents (ingested in {sc['synthetic_ingest_s']} s); {sc['queries']} queries "
        "from the evaluation set, k=5.",
        "",
        "| search | p50 ms | p95 ms |",
        "|---|---:|---:|",
        f"| hybrid `search_facts` (embed + 2-4 ranked lists + fusion) | {sc['hybrid_p50_ms']} | {sc['hybrid_p95_ms']} |",
        f"| vector only (embed + exact cosine over the cached vectors) | {sc['vector_p50_ms']} | "
        f"{sc['vector_p95_ms']} |",
        "",
        "Vector search is exact up to 100,000 chunks (one matrix product over vectors read once per store "
        "version): Chroma's HNSW index missed facts among clusters of identical vectors (a feature many "
        "products share) during this benchmark, e.g. 'socks with a seamless toe' returned 'wide toe box'. "
        "Chroma stays the store (embedded or `chroma run`) and answers larger stores.",
        "",
        f"Quality at this size (hybrid): recall@1 {sc['eval_at_scale']['recall_at_1']}, "
        f"recall@5 {sc['eval_at_scale']['recall_at_5']}, MRR {sc['eval_at_scale']['mrr']} -- a stress "
        "test: the generated products are clones named after the demo products ('Alder Sky Edition 1-0'), "
        "so every named query also matches a dozen near-namesakes. Their embedded texts repeat the "
        "demo's, so most of their vectors come from the per-process embedding cache.",
        "",
        f"Peak RSS of the benchmark process: {res['memory']['peak_rss_mb']} MB.",
        "",
        f"## Retrieval quality ({ev['questions']} questions, demo store)",
        "",
        "| retrieval | recall@1 | recall@5 | MRR | category: precision@5 | category: distinct products in top 5 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, m in ev["configs"].items():
        lines.append(f"| {name} | {m['recall_at_1']} | {m['recall_at_5']} | {m['mrr']} | "
                     f"{_category_top5(m, 'precision_at_5')} | {_category_top5(m, 'distinct_products_at_5')} |")
    lines += [
        "",
        "Vector-only is poor by design: product facts are embedded *without* the product name (names such "
        "as 'Alder Sky' / 'Alder Sky 2' are near-identical to the model and drowned the fact), so the "
        "hybrid retriever finds the product by exact name or id and ranks its facts by meaning, fused "
        "(RRF) with BM25 keywords. An earlier variant that embedded names reached recall@1 0.79 / "
        "recall@5 0.95 vector-only and 0.82 / 0.98 hybrid.",
        "",
        *_mmr_note(ev),
        "## Claim checker",
        "",
        "| claim set | cases | accuracy | true claims supported | false claims rejected | right fact cited | ms / claim |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, c in res["claims"].items():
        lines.append(f"| {name} | {c['cases']} | {c['accuracy']} | {c['true_supported']} | "
                     f"{c['false_rejected']} | {c['right_fact']} | {c['ms_per_claim']} |")
    lines += [
        "",
        "False claims: wrong prices, weights and warranties, features of other categories, a true feature "
        "joined to a foreign one, 'waterproof' for gear that is not, banned phrases, invented claims.",
        "",
    ]
    (out / "knowledge.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _mmr_note(ev: dict[str, Any]) -> list[str]:
    """The MMR paragraph (only when the evaluation has MMR figures)."""
    configs = ev["configs"]
    base = configs.get("hybrid (default)")
    mmr = configs.get("hybrid + MMR, lambda 0.7")
    if base is None or mmr is None:
        return []
    moved = round((mmr["recall_at_5"] - base["recall_at_5"]) * ev["questions"])
    return [
        "MMR (maximal marginal relevance, `RetrievalConfig(mmr=True)`) re-ranks the 20 best fused "
        "candidates by `lambda * relevance - (1 - lambda) * max cosine to the facts already chosen` "
        "(relevance: the fused score, min-max scaled). At lambda 0.7: recall@1 "
        f"{base['recall_at_1']} -> {mmr['recall_at_1']}, recall@5 {base['recall_at_5']} -> "
        f"{mmr['recall_at_5']} ({moved:+d} of {ev['questions']} questions in the top 5), MRR {base['mrr']} "
        f"-> {mmr['mrr']}, with lambda picked on this same set; on the category questions precision@5 "
        f"{_category_top5(base, 'precision_at_5')} -> {_category_top5(mmr, 'precision_at_5')} and distinct "
        f"products in the top 5 {_category_top5(base, 'distinct_products_at_5')} -> "
        f"{_category_top5(mmr, 'distinct_products_at_5')}. A shared fact ('waterproof membrane keeps "
        "feet dry') has the same vector in every product (names are not embedded), so the fused top 5 "
        "already lists different products, and MMR swaps some of them for other facts, not other "
        "products. Not adopted: hybrid stays the default, MMR stays an option.",
        "",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
