"""Chat-model providers: ``local`` (embedded, default), ``openai``, ``openai-compatible``.

Everything is a LangChain chat model speaking the OpenAI protocol (langchain-openai), so the
agent and the planner never care which one they got. Choose with ``COPILOT_MODEL``::

    local                                   the embedded default (no key, no network)
    local:qwen2.5-coder-0.5b                another embedded model
    openai:gpt-4o-mini                      needs OPENAI_API_KEY
    openai-compatible:<model>               needs COPILOT_BASE_URL (+ COPILOT_API_KEY if the server wants one)
    openai-compatible:<model>?tools=native  the server's native tool calling is reliable (vLLM with a parser)
    local:qwen2.5-coder-0.5b?threads=1      generation threads of the embedded model (default: half the CPUs)

A spec may end in ``?tools=native|schema|auto``: how the agent drives tools (see
:func:`model_capabilities`). Settings are checked here, where they are used, and a missing one
gets one sentence saying how to fix it. ``COPILOT_ALLOW_MODEL_REQUESTS=0`` (set for every test not
marked ``llm``) makes :func:`make_chat_model` refuse to build a real model.

:func:`structured_call` is the one way to get a pydantic object out of any of these models.

This module is the import path the rest of copilot uses. It holds :func:`make_chat_model` and the
three built-in providers; the rest lives in modules about one thing each, re-exported here:

* ``copilot.llm.provider_registry`` -- :class:`ModelSpec`, :class:`ChatProvider`,
  :func:`register_provider`, :func:`model_capabilities`, :func:`require_allowed`;
* ``copilot.llm.chat_models`` -- the LangChain classes and :class:`ModelCapabilities`;
* ``copilot.llm.structured`` -- :func:`structured_call` and its JSON helpers;
* ``copilot.llm.model_errors`` -- a provider failure as one :class:`ModelError` sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

from copilot.errors import SettingsError
from copilot.llm.chat_models import (
    CompatibleChatModel,
    ModelCapabilities,
    OpenAIChatModel,
    StructuredMode,
    ToolMode,
)
from copilot.llm.local import DEFAULT_LOCAL_MODEL, LOCAL_MODELS, REPEAT_PENALTY
from copilot.llm.model_errors import as_model_error, is_provider_error
from copilot.llm.provider_registry import (
    ALLOW_ENV,
    Builder,
    ChatProvider,
    ModelRequestsBlocked,
    ModelSpec,
    capabilities_for_spec,
    chat_provider,
    describe_model,
    model_capabilities,
    model_requests_allowed,
    register_provider,
    require_allowed,
)
from copilot.llm.structured import (
    content_text,
    dumps_compact,
    extract_json_text,
    json_schema_response_format,
    structured_call,
)
from copilot.llm.token_count import ensure_tiktoken_offline

if TYPE_CHECKING:
    from copilot.settings import Settings
    from copilot.workspace import Workspace

__all__ = [
    "ALLOW_ENV",
    "DEFAULT_OPENAI_MODEL",
    "Builder",
    "ChatProvider",
    "CompatibleChatModel",
    "ModelCapabilities",
    "ModelRequestsBlocked",
    "ModelSpec",
    "OpenAIChatModel",
    "StructuredMode",
    "ToolMode",
    "as_model_error",
    "capabilities_for_spec",
    "chat_provider",
    "content_text",
    "describe_model",
    "dumps_compact",
    "extract_json_text",
    "is_provider_error",
    "json_schema_response_format",
    "make_chat_model",
    "model_capabilities",
    "model_requests_allowed",
    "register_provider",
    "require_allowed",
    "structured_call",
]

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


def make_chat_model(
    settings: Settings, workspace: Workspace | None = None, *, spec: str | None = None
) -> BaseChatModel:
    """The chat model named by ``spec`` (default ``settings.model``).

    Raises :class:`SettingsError` (one sentence + how to fix) for a bad spec, a missing OpenAI key
    or a missing base URL; :class:`ModelRequestsBlocked` when ``COPILOT_ALLOW_MODEL_REQUESTS=0``;
    :class:`MissingArtifactError`/:class:`ModelError` when the embedded weights are missing or bad.
    ``workspace`` is accepted for symmetry with other factories (the embedded weights live in the
    user cache, shared by all workspaces).
    """
    parsed = ModelSpec.parse(spec or settings.model)
    caps = capabilities_for_spec(parsed)
    common: dict[str, Any] = {
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "timeout": settings.llm_timeout_s,
        "max_retries": 1,
        "stream_usage": True,
        "copilot_capabilities": caps,
    }
    ensure_tiktoken_offline()  # langchain-openai counts tokens with tiktoken
    provider = chat_provider(parsed.provider)
    assert provider is not None  # ModelSpec.parse accepted it
    return provider.build(parsed, settings, common)


def _build_openai(parsed: ModelSpec, settings: Settings, common: dict[str, Any]) -> BaseChatModel:
    key = settings.require_openai_key()
    require_allowed(parsed)
    return OpenAIChatModel(model=parsed.name, api_key=key, **common)


def _build_compatible(parsed: ModelSpec, settings: Settings, common: dict[str, Any]) -> BaseChatModel:
    base_url = settings.require_base_url()
    require_allowed(parsed)
    api_key = settings.api_key or SecretStr("not-needed")
    extra = _extra_body(parsed.options)
    return CompatibleChatModel(
        model=parsed.name, base_url=base_url, api_key=api_key, extra_body=extra or None, **common
    )


def _check_local_name(name: str) -> None:
    if name not in LOCAL_MODELS:
        known = ", ".join(f"local:{n}" for n in LOCAL_MODELS)
        raise SettingsError(f"Unknown local model '{name}'.", hint=f"Set COPILOT_MODEL to one of: {known}.")


def _build_local(parsed: ModelSpec, settings: Settings, common: dict[str, Any]) -> BaseChatModel:
    require_allowed(parsed)
    from copilot.llm.local import get_local_server

    threads = int(parsed.options["threads"]) if parsed.options.get("threads", "").isdigit() else None
    server = get_local_server(parsed.name, n_ctx=settings.context_tokens, n_threads=threads)
    extra = {"repeat_penalty": REPEAT_PENALTY, "cache_prompt": True, **_extra_body(parsed.options)}
    return CompatibleChatModel(
        model=parsed.name,
        base_url=server.base_url,
        api_key=SecretStr("local"),
        extra_body=extra,
        serialize_generation=True,
        **common,
    )


# Neither embedded Qwen model emits native tool calls through llama.cpp's chat template, and many
# OpenAI-compatible servers lack reliable tool parsing: both use the router schema, which works
# everywhere JSON-schema output does.
register_provider(
    ChatProvider(
        "local",
        _build_local,
        "schema",
        "json_schema",
        default_model=DEFAULT_LOCAL_MODEL,
        free=True,
        check_name=_check_local_name,
    )
)
register_provider(
    ChatProvider("openai", _build_openai, "native", "native", default_model=DEFAULT_OPENAI_MODEL)
)
register_provider(
    ChatProvider(
        "openai-compatible",
        _build_compatible,
        "schema",
        "json_schema",
        aliases=("openai_compatible", "compatible"),
    )
)


def _extra_body(options: dict[str, str]) -> dict[str, Any]:
    """Sampling options from the spec query string (``?repeat_penalty=1.1&top_k=40``)."""
    out: dict[str, Any] = {}
    for key, value in options.items():
        if key in ("repeat_penalty", "top_p", "min_p", "presence_penalty", "frequency_penalty"):
            out[key] = float(value)
        elif key in ("top_k", "seed"):
            out[key] = int(value)
    return out
