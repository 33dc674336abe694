"""A new chat-model provider is one module against copilot.llm.providers.ChatProvider plus one
entry in copilot.settings.MODEL_PROVIDERS."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import ScriptedChatModel

from copilot.errors import SettingsError
from copilot.llm.providers import make_chat_model, model_capabilities
from copilot.settings import MODEL_PROVIDERS, load_settings


def test_a_provider_module_and_one_settings_entry_make_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError):
        load_settings(tmp_path, model="scripted:hi")  # not a known provider yet
    monkeypatch.setitem(MODEL_PROVIDERS, "scripted", "fakes.scripted_provider")
    settings = load_settings(tmp_path, model="scripted:hi")
    caps = model_capabilities(settings.model)
    assert (caps.provider, caps.model_name, caps.tool_mode, caps.structured_output, caps.free) == (
        "scripted", "hi", "schema", "json_schema", True)
    assert model_capabilities("scripted").model_name == "hello"  # the provider's default model
    model = make_chat_model(settings)
    assert isinstance(model, ScriptedChatModel)
    assert model.invoke("anything").content.find("hi") >= 0
