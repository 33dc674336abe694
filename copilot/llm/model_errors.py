"""A model provider's failure as one sentence: which exceptions are provider errors, and their wording.

A failure of the provider (HTTP, connection, timeout, an API error, a reply stopped by the content
filter) becomes a :class:`~copilot.errors.ModelError` a user can act on, never echoing request
headers or keys; anything else is a bug and propagates unchanged. Used by
``copilot.llm.structured`` and the agent's drivers (``as_model_error``, ``is_provider_error``).
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from copilot.errors import ModelError
from copilot.llm.chat_models import ModelCapabilities
from copilot.llm.provider_registry import model_capabilities


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
