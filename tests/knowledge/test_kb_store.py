"""Vector-store contract tests: empty store per test, upsert by id never duplicates, deletes are idempotent."""

from __future__ import annotations

import json
import subprocess
import sys

import chromadb
import pytest

from copilot.errors import KnowledgeError
from copilot.knowledge.chunking import Chunk, DocMeta, make_chunk
from copilot.knowledge.store import KnowledgeBase, chroma_settings, where_filter
from copilot.settings import load_settings
from copilot.workspace import Workspace


def _chunks() -> list[Chunk]:
    a = DocMeta("products/P1.md", "Alpha Shoe (P1)", "P1", "shoes", "Alpha Shoe", "file")
    b = DocMeta("products/P2.md", "Beta Jacket (P2)", "P2", "jackets", "Beta Jacket", "file")
    return [
        make_chunk(a, "Price", "List price: $120.00 (USD)."),
        make_chunk(a, "Features", "grips on wet rock"),
        make_chunk(b, "Features", "fully taped seams keep rain out"),
        make_chunk(b, "Care", "Machine wash cold."),
    ]


def test_each_test_gets_an_empty_store(kb: KnowledgeBase) -> None:
    assert kb.count() == 0
    assert kb.stats().chunks == 0 and kb.stats().sources == {}
    assert kb.query_text("anything", 5) == []


def test_upsert_by_id_never_duplicates(kb: KnowledgeBase) -> None:
    chunks = _chunks()
    kb.upsert(chunks)
    kb.upsert(chunks)
    kb.upsert(chunks[:2] + chunks[:2])  # duplicates inside one batch too
    assert kb.count() == len(chunks)
    assert sorted(kb.ids()) == sorted(c.chunk_id for c in chunks)


def test_ids_are_stable_and_content_addressed() -> None:
    a = _chunks()
    b = _chunks()
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    meta = DocMeta("products/P1.md", "Alpha Shoe (P1)", "P1")
    assert make_chunk(meta, "Price", "List price: $121.00 (USD).").chunk_id != a[0].chunk_id
    assert a[0].chunk_id.startswith("P1-")


def test_delete_missing_id_is_a_noop(kb: KnowledgeBase) -> None:
    chunks = _chunks()
    kb.upsert(chunks)
    kb.delete(["no-such-id"])
    kb.delete([])
    assert kb.count() == len(chunks)
    kb.delete([chunks[0].chunk_id, chunks[0].chunk_id, "no-such-id"])
    kb.delete([chunks[0].chunk_id])
    assert kb.count() == len(chunks) - 1


def test_get_by_ids_keeps_order_and_skips_unknown(kb: KnowledgeBase) -> None:
    chunks = _chunks()
    kb.upsert(chunks)
    got = kb.get_by_ids([chunks[2].chunk_id, "nope", chunks[0].chunk_id])
    assert [g.chunk_id for g in got] == [chunks[2].chunk_id, chunks[0].chunk_id]
    assert got[0].text == chunks[2].text and got[0].metadata["product_id"] == "P2"
    assert got[0].metadata["content_hash"] == chunks[2].content_hash


def test_query_ranks_by_cosine_and_filters(kb: KnowledgeBase) -> None:
    kb.upsert(_chunks())
    hits = kb.query_text("a shell that keeps the rain out", 4)
    assert hits[0].chunk.section == "Features" and hits[0].chunk.product_id == "P2"
    assert all(-1.0 <= h.similarity <= 1.0 for h in hits)
    assert [h.similarity for h in hits] == sorted((h.similarity for h in hits), reverse=True)
    only = kb.query_text("price", 4, where=where_filter(product_id="P1"))
    assert {h.chunk.product_id for h in only} == {"P1"}
    both = kb.query_text("price", 4, where=where_filter(product_id="P1", category="jackets"))
    assert both == []


def test_stats_count_first_then_per_source(kb: KnowledgeBase) -> None:
    kb.upsert(_chunks())
    s = kb.stats()
    assert next(iter(s.model_dump())) == "chunks" and s.chunks == 4
    assert s.sources == {"products/P1.md": 2, "products/P2.md": 2}
    assert s.source_groups() == {"products/": 4}


def test_reopening_the_persistent_store_finds_everything(empty_ws: Workspace) -> None:
    settings = load_settings(empty_ws.root)
    kb = KnowledgeBase.open(settings, empty_ws)
    chunks = _chunks()
    kb.upsert(chunks)
    code = (
        "import json,sys\n"
        "from copilot.knowledge.store import KnowledgeBase\n"
        "from copilot.settings import load_settings\n"
        "from copilot.workspace import open_workspace\n"
        "ws=open_workspace(sys.argv[1]); kb=KnowledgeBase.open(load_settings(ws.root), ws)\n"
        "hit=kb.query_text('taped seams', 1)[0]\n"
        "print(json.dumps({'n': kb.count(), 'ids': sorted(kb.ids()), 'top': hit.chunk.chunk_id}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(empty_ws.root)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["n"] == 4 and got["ids"] == sorted(c.chunk_id for c in chunks)
    assert got["top"] == chunks[2].chunk_id


def test_refuses_a_collection_made_with_another_embedding_function(empty_ws: Workspace) -> None:
    from chromadb.utils.embedding_functions import DefaultEmbeddingFunction

    client = chromadb.PersistentClient(path=str(empty_ws.chroma_dir), settings=chroma_settings())
    # creating it with Chroma's default function records "default" (nothing is embedded, so no download)
    client.create_collection("product_facts", embedding_function=DefaultEmbeddingFunction())  # type: ignore[arg-type]
    with pytest.raises(KnowledgeError, match="embedding function"):
        KnowledgeBase.open(load_settings(empty_ws.root), empty_ws)


def test_exact_search_agrees_with_chroma_and_unknown_filters_fall_back(kb: KnowledgeBase) -> None:
    from copilot.knowledge.embeddings import embed_texts

    chunks = _chunks()
    kb.upsert(chunks)
    q = embed_texts(["rain jacket seams"])[0]
    exact = kb.query(q, 4)
    res = kb.collection.query(query_embeddings=[q.tolist()], n_results=4, include=["distances"])
    assert [h.chunk.chunk_id for h in exact] == res["ids"][0]
    assert [h.similarity for h in exact] == pytest.approx([1 - d for d in res["distances"][0]], abs=1e-4)
    other = kb.query(q, 4, where={"product_id": {"$ne": "P1"}})  # not handled exactly: Chroma answers
    assert {h.chunk.product_id for h in other} == {"P2"}


class _LegacyFunction:
    """An embedding function in Chroma's pre-1.0 style: no name, no config (recorded as 'legacy')."""

    def __call__(self, input: list[str]) -> list[list[float]]:  # Chroma's parameter name
        return [[0.0] * 384 for _ in input]


def _foreign_collection(path: str, how: str) -> int:
    """Create 'product_facts' the way another client would; return how many records it holds."""
    client = chromadb.PersistentClient(path=path, settings=chroma_settings())
    if how == "langchain":
        from langchain_chroma import Chroma

        from copilot.knowledge.embeddings import MiniLMEmbeddings

        store = Chroma(client=client, collection_name="product_facts", embedding_function=MiniLMEmbeddings())
        store.add_texts(["A waterproof rain jacket with pit zips."], ids=["lc-1"])
    else:
        ef = None if how == "none" else _LegacyFunction()
        col = client.create_collection("product_facts", embedding_function=ef)  # type: ignore[arg-type]
        col.add(ids=["x-1"], embeddings=[[0.1] * 384], documents=["someone else's fact"])
    col = client.get_collection("product_facts", embedding_function=None)  # type: ignore[arg-type]
    return int(col.count())


@pytest.mark.parametrize("how", ["none", "langchain", "legacy"])
def test_refuses_a_collection_that_records_no_embedding_function(empty_ws: Workspace, how: str) -> None:
    n = _foreign_collection(str(empty_ws.chroma_dir), how)
    client = chromadb.PersistentClient(path=str(empty_ws.chroma_dir), settings=chroma_settings())
    recorded = client.get_collection("product_facts", embedding_function=None).configuration_json  # type: ignore[arg-type]
    assert (recorded.get("embedding_function") or {}).get("name") is None  # what Chroma records for these
    with pytest.raises(KnowledgeError) as info:
        KnowledgeBase.open(load_settings(empty_ws.root), empty_ws)
    err = info.value
    assert "'product_facts'" in err.message and str(empty_ws.chroma_dir) in err.message
    assert "no embedding function" in err.message
    assert err.hint is not None and "COPILOT_CHROMA_COLLECTION" in err.hint
    assert "copilot knowledge ingest" in err.hint
    # refused, not adopted: the collection and its records are left as they were
    again = client.get_collection("product_facts", embedding_function=None)  # type: ignore[arg-type]
    assert again.count() == n and (again.configuration_json.get("embedding_function") or {}).get("name") is None
    # the fix the hint gives works: a new collection name in the same store
    fresh = KnowledgeBase.open(load_settings(empty_ws.root, chroma_collection="product_facts_v2"), empty_ws)
    fresh.upsert(_chunks())
    assert fresh.count() == 4


def test_refuses_a_collection_with_another_distance(empty_ws: Workspace) -> None:
    from copilot.knowledge.embeddings import MiniLMEmbeddingFunction

    client = chromadb.PersistentClient(path=str(empty_ws.chroma_dir), settings=chroma_settings())
    client.create_collection("product_facts", embedding_function=MiniLMEmbeddingFunction(),  # type: ignore[arg-type]
                             configuration={"hnsw": {"space": "l2"}})
    with pytest.raises(KnowledgeError, match="'l2' distance"):
        KnowledgeBase.open(load_settings(empty_ws.root), empty_ws)


def _tent(path: object, weight: str) -> None:
    from pathlib import Path

    Path(str(path)).write_text(
        "---\nproduct_id: T9\nname: Hut Tent\ncategory: tents\n---\n# Hut Tent\n\n## Specifications\n"
        f"Weight: {weight}.\n\n## Price\nList price: $299.00.\n", encoding="utf-8")


def _weight_fact(kb: KnowledgeBase) -> str:
    from copilot.knowledge.retrieval import search_facts
    from copilot.knowledge.schemas import FactQuery

    res = search_facts(kb, FactQuery(query="How heavy is the Hut Tent?", k=1))
    return res.facts[0].text


def test_every_write_stamps_a_new_generation_and_keeps_other_metadata(kb: KnowledgeBase) -> None:
    from copilot.knowledge.store import GENERATION_KEY

    kb.collection.modify(metadata={"owner": "marketing"})
    before = kb.generation()
    kb.upsert(_chunks())
    after = kb.generation()
    meta = kb.client.get_collection(kb.collection_name).metadata or {}
    assert meta["owner"] == "marketing" and meta[GENERATION_KEY] == after[1] != before[1]
    kb.delete(["no-such-id"])  # a delete stamps too (even one that removes nothing)
    assert kb.generation()[1] != after[1]


def test_a_second_instance_sees_a_changed_fact_with_the_same_chunk_count(empty_ws: Workspace, tmp_path: object) -> None:
    from pathlib import Path

    from copilot.knowledge.ingest import ingest_paths

    doc = Path(str(tmp_path)) / "tent.md"
    _tent(doc, "1,900 g")
    settings = load_settings(empty_ws.root)
    first = KnowledgeBase.open(settings, empty_ws)  # e.g. a long-running chat or Slack process
    second = KnowledgeBase.open(settings, empty_ws)  # another client on the same store
    ingest_paths(first, [doc])
    assert "1,900 g" in _weight_fact(first)  # the snapshot and the keyword index are now cached
    n = first.count()
    _tent(doc, "1,700 g")
    report = ingest_paths(second, [doc])
    assert (report.added, report.removed) == (1, 1) and first.count() == n  # same chunk count
    assert "1,700 g" in _weight_fact(first)
    assert all("1,900" not in c.text for c in first.all_chunks())


WRITER = r"""
import sys
from pathlib import Path
from copilot.knowledge.ingest import ingest_paths
from copilot.knowledge.store import KnowledgeBase
from copilot.settings import load_settings
from copilot.workspace import open_workspace
ws = open_workspace(sys.argv[1])
doc = Path(sys.argv[2])
doc.write_text(doc.read_text(encoding="utf-8").replace("1,900 g", "1,650 g"), encoding="utf-8")
report = ingest_paths(KnowledgeBase.open(load_settings(ws.root), ws), [doc])
print(report.added, report.removed, report.chunks)
"""


def test_another_process_writing_the_embedded_store_is_noticed(empty_ws: Workspace, tmp_path: object) -> None:
    """The embedded store is one process's (a shared server is the multi-process path, tested in
    test_kb_server.py). Another process's write is still noticed through the generation stamp: the
    running process re-reads, and either sees the new fact or, where embedded Chroma's in-memory
    vector index cannot see the other process's vectors, says what to do -- never old facts."""
    from pathlib import Path

    from copilot.knowledge.ingest import ingest_paths

    doc = Path(str(tmp_path)) / "tent.md"
    _tent(doc, "1,900 g")
    running = KnowledgeBase.open(load_settings(empty_ws.root), empty_ws)
    ingest_paths(running, [doc])
    assert "1,900 g" in _weight_fact(running)
    n = running.count()
    proc = subprocess.run([sys.executable, "-c", WRITER, str(empty_ws.root), str(doc)], capture_output=True,
                          text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split()[-3:] == ["1", "1", str(n)]  # one fact replaced, same chunk count
    try:
        fact = _weight_fact(running)
    except KnowledgeError as exc:
        assert exc.hint is not None and "restart" in exc.hint and "COPILOT_CHROMA_HOST" in exc.hint
    else:
        assert "1,650 g" in fact
