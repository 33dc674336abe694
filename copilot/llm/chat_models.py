"""The LangChain chat-model classes copilot builds, and the capabilities each one carries.

Every model speaks the OpenAI protocol (langchain-openai): :class:`OpenAIChatModel` for OpenAI,
:class:`CompatibleChatModel` for any OpenAI-compatible server, the embedded llama.cpp one included.
Both pass a reply cut off at ``max_tokens`` on as it is instead of raising, and the embedded model
generates one request at a time. Each carries its :class:`ModelCapabilities` (how copilot drives
tools and structured output on it), set by the provider that built it (``copilot.llm.providers``).

Split from the provider registry so the registry (specs, providers, settings) reads without the
LangChain subclassing, and so the classes can be used by a provider module on their own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_openai import ChatOpenAI
from langchain_openai.chat_models.base import BaseChatOpenAI
from pydantic import BaseModel, Field

from copilot.llm.local import GENERATION_LOCK

log = logging.getLogger(__name__)

ToolMode = Literal["native", "schema"]
StructuredMode = Literal["native", "json_schema"]


@dataclass(frozen=True)
class ModelCapabilities:
    """How to drive a model: tools natively or via a router schema; structured output natively
    (OpenAI strict structured outputs) or via a ``json_schema`` response format (llama.cpp, vLLM...)."""

    provider: str
    model_name: str
    tool_mode: ToolMode
    structured_output: StructuredMode
    free: bool  # local: cost 0 whatever the price table says


class _CopilotModelMixin(BaseModel):
    copilot_capabilities: ModelCapabilities | None = Field(default=None, exclude=True, repr=False)
    serialize_generation: bool = Field(default=False, exclude=True, repr=False)


def _generate_keeping_truncated(model: BaseChatOpenAI, generate: Callable[[], ChatResult]) -> ChatResult:
    """``generate()``, but a reply cut off at ``max_tokens`` is returned as it is.

    With a ``response_format`` the openai SDK raises ``LengthFinishReasonError`` instead of
    returning a reply whose ``finish_reason`` is ``"length"``. Callers handle a truncated reply
    themselves (validation feedback in ``copilot.llm.structured.structured_call``, the agent's repair step), so it
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
