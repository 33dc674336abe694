"""The cost ledger: LLM calls, tokens in/out, wall time and cost per conversation, plan or turn.

* :class:`PriceTable` prices a call by model name (USD per 1,000 tokens; local models are free).
* :class:`CostLedger` keeps the calls of one scope; :class:`LedgerCallback` fills it from
  LangChain's ``usage_metadata`` (or counts tokens itself, marked ``estimated``, when a provider
  reports none).
* A scope nested in another -- a plan drafted inside a conversation -- keeps its own ledger and
  hands it to the enclosing scope with :func:`charge_enclosing` when done; the enclosing scope
  opens :func:`charging_to` around the work (the agent around each tool call, ``Session.plan``
  around the workflow), so the conversation's ledger counts the plan's calls too.

Split from token counting (``copilot.llm.token_count``); both are re-exported by
``copilot.llm.tokens``, the path the rest of copilot imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, LLMResult
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field

from copilot.llm.token_count import count_message_tokens, count_tokens

if TYPE_CHECKING:
    from copilot.settings import Settings


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
_ENCLOSING: ContextVar[Callable[[CostLedger], None] | None] = ContextVar(
    "copilot_enclosing_ledger", default=None
)


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
