"""A chat-model provider module as a new provider would write it, for tests/llm/test_provider_registry.py:
``COPILOT_MODEL=scripted:<answer>`` builds THE scripted fake model answering ``<answer>``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copilot.llm.providers import ChatProvider, ModelSpec, register_provider
from fakes.scripted_model import ScriptedChatModel, final

if TYPE_CHECKING:
    from copilot.settings import Settings


def build(spec: ModelSpec, settings: Settings, common: dict[str, Any]) -> ScriptedChatModel:
    return ScriptedChatModel(script=[final(spec.name)])


register_provider(ChatProvider("scripted", build, "schema", "json_schema", default_model="hello", free=True))
