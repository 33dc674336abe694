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
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import parse_qsl

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_openai import ChatOpenAI
from langchain_openai.chat_models.base import BaseChatOpenAI
from pydantic import BaseModel, Field, SecretStr, ValidationError

from copilot.errors import ModelError, SettingsError
from copilot.llm.local import DEFAULT_LOCAL_MODEL, GENERATION_LOCK, LOCAL_MODELS, REPEAT_PENALTY
from copilot.llm.prompts import render_prompt
from copilot.llm.schema import model_schema, schema_name
from copilot.llm.tokens import CostLedger, LedgerCallback, PriceTable, ensure_tiktoken_offline

if TYPE_CHECKING:
    from copilot.settings import Settings
    from copilot.workspace import Workspace

log = logging.getLogger(__name__)

ToolMode = Literal["native", "schema"]
StructuredMode = Literal["native", "json_schema"]

ALLOW_ENV = "COPILOT_ALLOW_MODEL_REQUESTS"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


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


# --- capabilities ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelCapabilities:
    """How to drive a model: tools natively or via a router schema; structured output natively
    (OpenAI strict structured outputs) or via a ``json_schema`` response format (llama.cpp, vLLM...)."""

    provider: str
    model_name: str
    tool_mode: ToolMode
    structured_output: StructuredMode
    free: bool  # local: cost 0 whatever the price table says


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
        raise SettingsError(f"No chat-model provider named '{spec.provider}'.",
                            hint="Use 'local', 'openai:<model>' or 'openai-compatible:<model>'.")
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


# --- the chat-model classes --------------------------------------------------------------------
class _CopilotModelMixin(BaseModel):
    copilot_capabilities: ModelCapabilities | None = Field(default=None, exclude=True, repr=False)
    serialize_generation: bool = Field(default=False, exclude=True, repr=False)


def _generate_keeping_truncated(model: BaseChatOpenAI, generate: Callable[[], ChatResult]) -> ChatResult:
    """``generate()``, but a reply cut off at ``max_tokens`` is returned as it is.

    With a ``response_format`` the openai SDK raises ``LengthFinishReasonError`` instead of
    returning a reply whose ``finish_reason`` is ``"length"``. Callers handle a truncated reply
    themselves (validation feedback in :func:`structured_call`, the agent's repair step), so it
    is passed on rather than raised as an exception nobody translates.
    """
    import openai

    try:
        return generate()
    except openai.LengthFinishReasonError as exc:
        log.info("%s: the reply hit max_tokens; passing it on truncated", model.model_name)
        return model._create_chat_result(exc.completion)


def _stream_keeping_truncated(
    model: BaseChatOpenAI, chunks: Iterator[ChatGenerationChunk]
) -> Iterator[ChatGenerationChunk]:
    """The streamed counterpart of :func:`_generate_keeping_truncated`: the SDK raises when the
    final chunk says ``"length"``, after every content chunk has been yielded; end the stream there."""
    import openai

    try:
        yield from chunks
    except openai.LengthFinishReasonError as exc:
        log.info("%s: the streamed reply hit max_tokens; passing it on truncated", model.model_name)
        usage = exc.completion.usage
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                response_metadata={"finish_reason": "length"},
                usage_metadata=UsageMetadata(
                    input_tokens=usage.prompt_tokens,
                    output_tokens=usage.completion_tokens,
                    total_tokens=usage.total_tokens,
                )
                if usage is not None
                else None,
            ),
            generation_info={"finish_reason": "length"},
        )


class CompatibleChatModel(BaseChatOpenAI, _CopilotModelMixin):
    """An OpenAI-compatible server (the embedded llama.cpp one included).

    Sends ``max_tokens`` (not ``max_completion_tokens``, which older servers ignore). When
    ``serialize_generation`` is set (the embedded model), requests from this process run one at
    a time under :data:`copilot.llm.local.GENERATION_LOCK`. A reply cut off at ``max_tokens``
    is returned truncated, never raised (see :func:`_generate_keeping_truncated`).
    """

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        generate = partial(super()._generate, messages, stop=stop, run_manager=run_manager, **kwargs)
        if not self.serialize_generation:
            return _generate_keeping_truncated(self, generate)
        with GENERATION_LOCK:
            return _generate_keeping_truncated(self, generate)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        chunks = super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)
        if not self.serialize_generation:
            yield from _stream_keeping_truncated(self, chunks)
            return
        with GENERATION_LOCK:
            yield from _stream_keeping_truncated(self, chunks)


class OpenAIChatModel(ChatOpenAI, _CopilotModelMixin):
    """OpenAI itself (native tool calling and structured outputs). A reply cut off at
    ``max_tokens`` is returned truncated, never raised (see :func:`_generate_keeping_truncated`)."""

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        generate = partial(super()._generate, messages, stop=stop, run_manager=run_manager, **kwargs)
        return _generate_keeping_truncated(self, generate)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        chunks = super()._stream(messages, stop=stop, run_manager=run_manager, **kwargs)
        yield from _stream_keeping_truncated(self, chunks)


# --- resolution and construction --------------------------------------------------------------
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
register_provider(ChatProvider("local", _build_local, "schema", "json_schema", default_model=DEFAULT_LOCAL_MODEL,
                               free=True, check_name=_check_local_name))
register_provider(ChatProvider("openai", _build_openai, "native", "native", default_model=DEFAULT_OPENAI_MODEL))
register_provider(ChatProvider("openai-compatible", _build_compatible, "schema", "json_schema",
                               aliases=("openai_compatible", "compatible")))


def _extra_body(options: dict[str, str]) -> dict[str, Any]:
    """Sampling options from the spec query string (``?repeat_penalty=1.1&top_k=40``)."""
    out: dict[str, Any] = {}
    for key, value in options.items():
        if key in ("repeat_penalty", "top_p", "min_p", "presence_penalty", "frequency_penalty"):
            out[key] = float(value)
        elif key in ("top_k", "seed"):
            out[key] = int(value)
    return out


# --- structured output -------------------------------------------------------------------------
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
    response_format: Any = (
        schema if caps.structured_output == "native" else json_schema_response_format(schema)
    )
    convo = list(messages)
    last_error: ValidationError | ValueError | None = None
    for attempt in range(retries + 1):
        try:
            reply = chat_model.invoke(
                convo, config={"callbacks": [callback]}, response_format=response_format
            )
        except ModelError:
            raise
        except ValidationError as exc:  # native structured output parsed the reply and it was invalid
            last_error = exc
            log.info("structured reply for %s failed validation (attempt %d)", schema.__name__, attempt + 1)
            convo = [
                *convo,
                HumanMessage(
                    content=render_prompt(
                        "structured_retry", schema_name=schema.__name__, errors=_validation_feedback(exc)
                    )
                ),
            ]
            continue
        except Exception as exc:
            if (
                caps.structured_output == "native"
                and _is_schema_rejection(exc)
                and not isinstance(response_format, dict)
            ):
                log.info(
                    "strict structured output rejected for %s; retrying with a plain json_schema",
                    schema.__name__,
                )
                response_format = json_schema_response_format(schema)
                try:
                    reply = chat_model.invoke(
                        convo, config={"callbacks": [callback]}, response_format=response_format
                    )
                except Exception as retry_exc:
                    if is_provider_error(retry_exc):
                        raise _as_model_error(retry_exc, caps) from retry_exc
                    raise
            elif is_provider_error(exc):
                raise _as_model_error(exc, caps) from exc
            else:
                raise
        text = content_text(reply)
        try:
            parsed = reply.additional_kwargs.get("parsed") if isinstance(reply, AIMessage) else None
            if isinstance(parsed, schema):
                return parsed
            return schema.model_validate_json(extract_json_text(text))
        except (ValidationError, ValueError) as exc:
            last_error = exc
            log.info("structured reply for %s failed validation (attempt %d)", schema.__name__, attempt + 1)
            convo = [
                *convo,
                AIMessage(content=text[:4000]),
                HumanMessage(
                    content=render_prompt(
                        "structured_retry", schema_name=schema.__name__, errors=_validation_feedback(exc)
                    )
                ),
            ]
    assert last_error is not None
    raise ModelError(
        f"The model did not return a valid {schema.__name__} after {retries + 1} tries "
        f"({_validation_feedback(last_error).splitlines()[0].lstrip('- ')}).",
        hint="Try again, or choose a stronger model with COPILOT_MODEL.",
    )


def is_provider_error(exc: BaseException) -> bool:
    """True for failures of the model provider (HTTP, connection, timeout, API errors, any other
    ``openai.OpenAIError`` such as a reply stopped by the content filter) -- they become a
    :class:`ModelError` sentence. Anything else is a bug and propagates unchanged."""
    import httpx
    import openai

    return isinstance(exc, ModelError | openai.OpenAIError | httpx.HTTPError | ConnectionError | TimeoutError)


def _is_schema_rejection(exc: Exception) -> bool:
    """The strict schema was refused: by the SDK while converting it (ValueError/TypeError) or by
    the API (400 mentioning the schema). Rate limits, timeouts and auth errors are not."""
    import openai

    if isinstance(exc, openai.BadRequestError):
        return "schema" in str(exc).lower()
    return isinstance(exc, ValueError | TypeError) and not isinstance(exc, openai.APIError)


def _as_model_error(exc: Exception, caps: ModelCapabilities) -> ModelError:
    """Translate a provider exception into one sentence (never echoing request headers/keys)."""
    name = type(exc).__name__
    if isinstance(exc, ModelError):
        return exc
    try:
        import openai
    except ImportError:  # pragma: no cover
        openai = None  # type: ignore[assignment]
    if openai is not None and isinstance(exc, openai.APIConnectionError):
        return ModelError(
            f"Could not reach the {caps.provider} model server ({name}).",
            hint="Check COPILOT_BASE_URL / your network, or use COPILOT_MODEL=local.",
        )
    if openai is not None and isinstance(exc, openai.AuthenticationError):
        return ModelError(
            "The model provider rejected the API key.", hint="Check OPENAI_API_KEY / COPILOT_API_KEY."
        )
    if openai is not None and isinstance(exc, openai.APIError):
        return ModelError(f"The {caps.provider} model returned an error ({name}: {_short(str(exc))}).")
    return ModelError(f"The {caps.provider} model call failed ({name}: {_short(str(exc))}).")


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_model_error(exc: Exception, chat_model: BaseChatModel) -> ModelError:
    """Public wrapper: a provider exception as a :class:`ModelError` sentence."""
    return _as_model_error(exc, model_capabilities(chat_model))


def describe_model(chat_model: BaseChatModel) -> str:
    """E.g. ``local:qwen2.5-coder-1.5b (tools via schema)`` for status lines."""
    caps = model_capabilities(chat_model)
    return f"{caps.provider}:{caps.model_name} (tools via {caps.tool_mode})"


def dumps_compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
