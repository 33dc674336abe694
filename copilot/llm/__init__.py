"""The LLM layer: providers (:mod:`copilot.llm.providers` -- ``make_chat_model``, ``structured_call``),
the embedded model (:mod:`copilot.llm.local`), tokens and the cost ledger (:mod:`copilot.llm.tokens`),
schema helpers and prompt files."""
