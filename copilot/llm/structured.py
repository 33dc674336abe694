"""Structured output: one validated pydantic object out of any chat model, with validation feedback.

:func:`structured_call` asks for one ``schema`` object the way the model supports it (OpenAI's
native structured outputs, or a ``json_schema`` response format that local and OpenAI-compatible
servers constrain generation with), validates the reply, feeds validation errors back for
``retries`` more tries, and records every call in a cost ledger. The JSON helpers
(:func:`extract_json_text`, :func:`json_schema_response_format`, :func:`content_text`) are shared
with the agent's drivers.

Split from the provider registry (``copilot.llm.providers`` re-exports everything here).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ValidationError

from copilot.errors import ModelError
from copilot.llm.chat_models import ModelCapabilities
from copilot.llm.ledger import CostLedger, LedgerCallback, PriceTable
from copilot.llm.model_errors import _as_model_error, _is_schema_rejection, is_provider_error
from copilot.llm.prompts import render_prompt
from copilot.llm.provider_registry import model_capabilities
from copilot.llm.schema import model_schema, schema_name

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)


def extract_json_text(text: str) -> str:
    """The JSON object in a reply: strips Markdown fences and text around the outermost braces."""
    m = _FENCE.match(text)
    if m:
        text = m.group(1)
    start, end = text.find("{"), text.rfind("}")
    if start != -1 and end > start:
        return text[start : end + 1]
    return text.strip()


def json_schema_response_format(
    schema: type[BaseModel] | dict[str, Any], name: str | None = None
) -> dict[str, Any]:
    """``response_format`` for a JSON-schema-constrained reply (bounded schema, not strict)."""
    if isinstance(schema, dict):
        body, fmt_name = schema, name or "Output"
    else:
        body, fmt_name = model_schema(schema), name or schema_name(schema)
    return {"type": "json_schema", "json_schema": {"name": fmt_name, "schema": body, "strict": False}}


def _validation_feedback(exc: ValidationError | ValueError) -> str:
    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors()[:8]:
            loc = ".".join(str(p) for p in err["loc"]) or "(root)"
            parts.append(f"- {loc}: {err['msg']}")
        return "\n".join(parts)
    return f"- {exc}"


def content_text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in content)


def structured_call(
    chat_model: BaseChatModel,
    messages: Sequence[BaseMessage],
    schema: type[M],
    *,
    ledger: CostLedger | None = None,
    prices: PriceTable | None = None,
    purpose: str = "structured",
    retries: int = 1,
) -> M:
    """Ask ``chat_model`` for one ``schema`` object and return it validated.

    * local / OpenAI-compatible models: ``response_format`` json_schema (the server constrains
      generation with the bounded schema);
    * OpenAI: native structured outputs (``response_format=<the pydantic class>``).

    The reply is validated with pydantic; on failure the validation errors are fed back and the
    model gets ``retries`` more tries, then :class:`ModelError`. Every call is recorded in
    ``ledger`` (tokens, time, cost).
    """
    caps = model_capabilities(chat_model)
    callback = LedgerCallback(
        ledger if ledger is not None else CostLedger(),
        prices,
        model=caps.model_name,
        purpose=purpose,
        free=caps.free,
    )
    asking = _Asking(chat_model, caps, callback, schema)
    convo = list(messages)
    last_error: ValidationError | ValueError | None = None
    for attempt in range(retries + 1):
        reply = asking.invoke(convo)
        if isinstance(reply, ValidationError):  # native structured output parsed the reply: invalid
            last_error = reply
            log.info("structured reply for %s failed validation (attempt %d)", schema.__name__, attempt + 1)
            convo = [*convo, _retry_message(schema, reply)]
            continue
        text = content_text(reply)
        try:
            return _parse_reply(reply, text, schema)
        except (ValidationError, ValueError) as exc:
            last_error = exc
            log.info("structured reply for %s failed validation (attempt %d)", schema.__name__, attempt + 1)
            convo = [*convo, AIMessage(content=text[:4000]), _retry_message(schema, exc)]
    assert last_error is not None
    raise ModelError(
        f"The model did not return a valid {schema.__name__} after {retries + 1} tries "
        f"({_validation_feedback(last_error).splitlines()[0].lstrip('- ')}).",
        hint="Try again, or choose a stronger model with COPILOT_MODEL.",
    )


@dataclass
class _Asking:
    """One model asked for one schema; the response format falls back from strict to a plain
    ``json_schema`` once, when the provider rejects the strict schema."""

    chat_model: BaseChatModel
    caps: ModelCapabilities
    callback: LedgerCallback
    schema: type[BaseModel]
    response_format: Any = None

    def __post_init__(self) -> None:
        native = self.caps.structured_output == "native"
        self.response_format = self.schema if native else json_schema_response_format(self.schema)

    def _invoke(self, convo: list[BaseMessage]) -> BaseMessage:
        return self.chat_model.invoke(
            convo, config={"callbacks": [self.callback]}, response_format=self.response_format
        )

    def invoke(self, convo: list[BaseMessage]) -> BaseMessage | ValidationError:
        """The reply, or the ValidationError of a natively parsed reply (the caller retries). A
        provider failure is raised as one :class:`ModelError` sentence; a bug propagates."""
        try:
            return self._invoke(convo)
        except ModelError:
            raise
        except ValidationError as exc:
            return exc
        except Exception as exc:
            if not self._rejected_strict_schema(exc):
                if is_provider_error(exc):
                    raise _as_model_error(exc, self.caps) from exc
                raise
        log.info(
            "strict structured output rejected for %s; retrying with a plain json_schema",
            self.schema.__name__,
        )
        self.response_format = json_schema_response_format(self.schema)
        try:
            return self._invoke(convo)
        except Exception as retry_exc:
            if is_provider_error(retry_exc):
                raise _as_model_error(retry_exc, self.caps) from retry_exc
            raise

    def _rejected_strict_schema(self, exc: Exception) -> bool:
        return (
            self.caps.structured_output == "native"
            and _is_schema_rejection(exc)
            and not isinstance(self.response_format, dict)
        )


def _retry_message(schema: type[BaseModel], exc: ValidationError | ValueError) -> HumanMessage:
    return HumanMessage(
        content=render_prompt(
            "structured_retry", schema_name=schema.__name__, errors=_validation_feedback(exc)
        )
    )


def _parse_reply(reply: BaseMessage, text: str, schema: type[M]) -> M:
    """The object a native parser put on the reply, or the reply's JSON validated against ``schema``."""
    parsed = reply.additional_kwargs.get("parsed") if isinstance(reply, AIMessage) else None
    if isinstance(parsed, schema):
        return parsed
    return schema.model_validate_json(extract_json_text(text))


def dumps_compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
