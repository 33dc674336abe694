"""Token counting (offline) and the cost ledger: the import path the rest of copilot uses.

The code lives in two modules, each about one thing:

* ``copilot.llm.token_count`` -- tiktoken with no network (:func:`ensure_tiktoken_offline`), the
  model's own tokenizer when one is registered (:func:`register_tokenizer`), :func:`count_tokens`;
* ``copilot.llm.ledger`` -- :class:`PriceTable`, :class:`CostLedger` and :class:`LedgerCallback`,
  and :func:`charging_to` / :func:`charge_enclosing`, which hand a nested scope's calls (a plan
  drafted inside a conversation) to the enclosing one so a conversation's ledger counts them too.

Importing from here keeps working; new code may import from either module directly.
"""

from __future__ import annotations

from copilot.llm.ledger import (
    CostLedger,
    LedgerCallback,
    LLMCall,
    PriceTable,
    _usage_from_result,
    charge_enclosing,
    charging_to,
    ledger_config,
)
from copilot.llm.token_count import (
    TIKTOKEN_BLOBS,
    count_message_tokens,
    count_tokens,
    encoding_name_for,
    ensure_tiktoken_offline,
    get_encoding,
    message_text,
    register_tokenizer,
    tiktoken_cache_key,
    unregister_tokenizer,
    user_cache_dir,
)

__all__ = [
    "TIKTOKEN_BLOBS",
    "CostLedger",
    "LLMCall",
    "LedgerCallback",
    "PriceTable",
    "_usage_from_result",
    "charge_enclosing",
    "charging_to",
    "count_message_tokens",
    "count_tokens",
    "encoding_name_for",
    "ensure_tiktoken_offline",
    "get_encoding",
    "ledger_config",
    "message_text",
    "register_tokenizer",
    "tiktoken_cache_key",
    "unregister_tokenizer",
    "user_cache_dir",
]
