"""The provider interface and registry: what ``COPILOT_MODEL`` names, and how copilot drives it.

* :class:`ModelSpec` parses ``COPILOT_MODEL`` (``<provider>:<model>[?options]``);
* :class:`ChatProvider` is what a provider module registers with :func:`register_provider` (its
  ``build``, how tools and structured output are driven, default model, aliases); the module is
  imported on first use of its name from ``copilot.settings.MODEL_PROVIDERS``;
* :func:`model_capabilities` says how to drive a spec or a built model;
* :func:`require_allowed` is the switch the test suite turns off (``COPILOT_ALLOW_MODEL_REQUESTS=0``).

The built-in providers (local, openai, openai-compatible) and :func:`make_chat_model` are in
``copilot.llm.providers``, which re-exports all of this. Split out so a provider module depends
on this small interface only.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl

from langchain_core.language_models import BaseChatModel
from langchain_openai import ChatOpenAI

from copilot.errors import ModelError, SettingsError
from copilot.llm.chat_models import ModelCapabilities, StructuredMode, ToolMode

if TYPE_CHECKING:
    from copilot.settings import Settings

ALLOW_ENV = "COPILOT_ALLOW_MODEL_REQUESTS"


class ModelRequestsBlocked(ModelError):
    """Real model requests are switched off in this process (the test suite does this)."""


# --- the spec string ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelSpec:
    """A parsed ``COPILOT_MODEL`` value."""

    provider: str  # a registered ChatProvider's name
    name: str
    tool_mode: Literal["native", "schema", "auto"] = "auto"
    options: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> ModelSpec:
        raw = (text or "").strip()
        base, _, query = raw.partition("?")
        options = dict(parse_qsl(query, keep_blank_values=True)) if query else {}
        provider, _, name = base.partition(":")
        provider = provider.strip().lower()
        name = name.strip()
        tool_mode = options.pop("tools", "auto").lower()
        if tool_mode not in ("native", "schema", "auto"):
            raise SettingsError(
                f"COPILOT_MODEL option tools={tool_mode!r} is not one of native, schema, auto.",
                hint="Use e.g. COPILOT_MODEL=openai-compatible:my-model?tools=schema.",
            )
        chosen = chat_provider(provider)
        if chosen is None:
            raise SettingsError(
                f"COPILOT_MODEL={raw!r} is not a known model spec.",
                hint="Use 'local', 'local:qwen2.5-coder-0.5b', 'openai:gpt-4o-mini' or 'openai-compatible:<model>'.",
            )
        name = name or chosen.default_model
        if chosen.check_name is not None:
            chosen.check_name(name)
        return cls(chosen.name, name, tool_mode, options)  # type: ignore[arg-type]

    def __str__(self) -> str:
        opts = {**self.options, **({"tools": self.tool_mode} if self.tool_mode != "auto" else {})}
        query = ("?" + "&".join(f"{k}={v}" for k, v in opts.items())) if opts else ""
        return f"{self.provider}:{self.name}{query}"


# --- the provider interface --------------------------------------------------------------------
#: ``build(spec, settings, common)`` returns the chat model; ``common`` holds the keyword arguments
#: every langchain chat model of copilot takes (temperature, max_tokens, timeout, max_retries,
#: stream_usage, copilot_capabilities). It raises SettingsError for a missing key or URL and calls
#: :func:`require_allowed` before anything that could reach a model.
Builder = Callable[[ModelSpec, "Settings", dict[str, Any]], BaseChatModel]


@dataclass(frozen=True)
class ChatProvider:
    """A chat-model provider, chosen by ``COPILOT_MODEL=<name>:<model>[?options]``.

    A new provider is one module that calls :func:`register_provider` with one of these, plus its
    name -> module entry in ``copilot.settings.MODEL_PROVIDERS`` (the module is imported when the
    name is first used). ``tool_mode``/``structured_output`` say how copilot drives it (see
    :class:`ModelCapabilities`); ``check_name`` refuses an unknown model name with a SettingsError."""

    name: str
    build: Builder
    tool_mode: ToolMode = "native"
    structured_output: StructuredMode = "native"
    default_model: str = "default"
    aliases: tuple[str, ...] = ()
    free: bool = False
    check_name: Callable[[str], None] | None = None


_PROVIDERS: dict[str, ChatProvider] = {}


def register_provider(provider: ChatProvider) -> ChatProvider:
    """Make ``provider`` (and its aliases) usable in ``COPILOT_MODEL``."""
    for key in (provider.name, *provider.aliases):
        _PROVIDERS[key] = provider
    return provider


def chat_provider(name: str) -> ChatProvider | None:
    """The provider registered as ``name``, importing its module (``MODEL_PROVIDERS``) on first use."""
    if name not in _PROVIDERS:
        from copilot.settings import MODEL_PROVIDERS

        module = MODEL_PROVIDERS.get(name)
        if module is not None:
            importlib.import_module(module)
    return _PROVIDERS.get(name)


def capabilities_for_spec(spec: ModelSpec) -> ModelCapabilities:
    provider = chat_provider(spec.provider)
    if provider is None:
        raise SettingsError(
            f"No chat-model provider named '{spec.provider}'.",
            hint="Use 'local', 'openai:<model>' or 'openai-compatible:<model>'.",
        )
    tool_mode = provider.tool_mode if spec.tool_mode == "auto" else spec.tool_mode
    return ModelCapabilities(spec.provider, spec.name, tool_mode, provider.structured_output, provider.free)


def model_capabilities(model: BaseChatModel | ModelSpec | str) -> ModelCapabilities:
    """Capabilities of a spec string, a parsed spec, or a built chat model.

    Chat models built by :func:`make_chat_model` carry their capabilities. Other models (the
    tests' ``ScriptedChatModel``) may declare ``tool_mode``/``structured_output`` attributes;
    otherwise a model with its own ``bind_tools`` is driven natively.
    """
    if isinstance(model, str):
        return capabilities_for_spec(ModelSpec.parse(model))
    if isinstance(model, ModelSpec):
        return capabilities_for_spec(model)
    caps = getattr(model, "copilot_capabilities", None)
    if isinstance(caps, ModelCapabilities):
        return caps
    name = str(getattr(model, "model_name", None) or getattr(model, "model", None) or type(model).__name__)
    declared_tools = getattr(model, "tool_mode", None)
    declared_structured = getattr(model, "structured_output", None)
    if declared_tools in ("native", "schema"):
        tool_mode: ToolMode = declared_tools
    else:
        tool_mode = "native" if type(model).bind_tools is not BaseChatModel.bind_tools else "schema"
    structured: StructuredMode = (
        declared_structured
        if declared_structured in ("native", "json_schema")
        else ("native" if isinstance(model, ChatOpenAI) else "json_schema")
    )
    return ModelCapabilities("custom", name, tool_mode, structured, bool(getattr(model, "free", False)))


def model_requests_allowed() -> bool:
    return os.environ.get(ALLOW_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def require_allowed(spec: ModelSpec) -> None:
    """Raise :class:`ModelRequestsBlocked` when real model requests are off (a provider's ``build``
    calls it before anything that could reach a model)."""
    if not model_requests_allowed():
        raise ModelRequestsBlocked(
            f"Real model requests are disabled in this process ({ALLOW_ENV}=0), so the '{spec}' model "
            "was not built.",
            hint="In tests inject tests.fakes.ScriptedChatModel via Deps(chat_model=...), or mark the test `llm`.",
        )


def describe_model(chat_model: BaseChatModel) -> str:
    """E.g. ``local:qwen2.5-coder-1.5b (tools via schema)`` for status lines."""
    caps = model_capabilities(chat_model)
    return f"{caps.provider}:{caps.model_name} (tools via {caps.tool_mode})"
