"""MMR re-ranking: the numpy function, and the retrieval option on a small real store."""

from __future__ import annotations

import numpy as np

from copilot.knowledge.chunking import DocMeta, make_chunk
from copilot.knowledge.retrieval import DEFAULT_CONFIG, RetrievalConfig, mmr_order, search_facts
from copilot.knowledge.schemas import FactQuery
from copilot.knowledge.store import KnowledgeBase


def _unit(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float64)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_lambda_one_is_the_relevance_order() -> None:
    v = _unit([1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1])
    assert mmr_order(v, np.array([0.9, 0.8, 0.5, 0.1]), 4, 1.0) == [0, 1, 2, 3]


def test_a_duplicate_is_demoted_below_a_different_fact() -> None:
    v = _unit([1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1])
    relevance = np.array([1.0, 0.9, 0.8, 0.0])  # min-max scaled: 1, 0.9, 0.8, 0
    # second pick: the duplicate scores 0.7*0.9 - 0.3*1 = 0.33, the different fact 0.7*0.8 - 0 = 0.56
    assert mmr_order(v, relevance, 4, 0.7) == [0, 2, 1, 3]
    assert mmr_order(v, relevance, 2, 0.7) == [0, 2]
    assert mmr_order(v, relevance, 4, 0.95) == [0, 1, 2, 3]  # mostly relevance: the duplicate stays


def test_edge_cases() -> None:
    v = _unit([1, 0], [0, 1])
    assert mmr_order(v, np.array([0.3, 0.3]), 5, 0.7) == [0, 1]  # k > n; equal relevance: rank order
    assert mmr_order(v[:0], np.array([]), 3, 0.7) == []
    assert mmr_order(v, np.array([0.3, 0.9]), 0, 0.7) == []


def test_mmr_option_diversifies_identical_facts(kb: KnowledgeBase) -> None:
    chunks = []
    for pid, name in (("S1", "Alpha Shoe"), ("S2", "Beta Shoe"), ("S3", "Gamma Shoe")):
        meta = DocMeta(f"products/{pid}.md", f"{name} ({pid})", pid, "shoes", name, "file")
        chunks += [make_chunk(meta, "Features", "waterproof membrane keeps feet dry"),
                   make_chunk(meta, "Price", "List price: $120.00 (USD).")]
    jacket = DocMeta("products/J1.md", "Storm Shell (J1)", "J1", "jackets", "Storm Shell", "file")
    chunks.append(make_chunk(jacket, "Features", "fully taped seams keep the rain out"))
    kb.upsert(chunks)
    query = FactQuery(query="waterproof membrane keeps feet dry", k=3)
    plain = search_facts(kb, query)
    assert DEFAULT_CONFIG.mmr is False
    assert [f.text.endswith("waterproof membrane keeps feet dry") for f in plain.facts] == [True] * 3
    diverse = search_facts(kb, query, RetrievalConfig(mmr=True, mmr_lambda=0.5))
    assert diverse.facts[0].fact_id == plain.facts[0].fact_id  # the best fact stays first
    assert len({f.fact_id for f in diverse.facts}) == 3
    assert sum(f.text.endswith("waterproof membrane keeps feet dry") for f in diverse.facts) < 3
