"""Provider resolution, one-sentence setting errors, blocked requests, secrets never shown."""

from __future__ import annotations

import logging
import socket

import pytest
from fakes import ScriptedChatModel

from copilot.errors import ModelError, SettingsError
from copilot.llm.providers import (
    CompatibleChatModel,
    ModelRequestsBlocked,
    ModelSpec,
    OpenAIChatModel,
    make_chat_model,
    model_capabilities,
)
from copilot.settings import load_settings

SECRET = "sk-test-THIS-MUST-NEVER-APPEAR-0123456789"


def one_sentence(text: str) -> bool:
    body = text.rstrip(".")
    return "." not in body.replace("e.g.", "").replace("2.5", "").replace("0.5", "").replace("1.5", "")


@pytest.mark.parametrize(
    ("spec", "provider", "name", "tools"),
    [
        ("local", "local", "qwen2.5-coder-1.5b", "schema"),
        ("local:qwen2.5-coder-0.5b", "local", "qwen2.5-coder-0.5b", "schema"),
        ("openai:gpt-4o-mini", "openai", "gpt-4o-mini", "native"),
        ("openai", "openai", "gpt-4o-mini", "native"),
        ("openai-compatible:llama3", "openai-compatible", "llama3", "schema"),
        ("openai-compatible:llama3?tools=native", "openai-compatible", "llama3", "native"),
        ("openai:gpt-4o?tools=schema", "openai", "gpt-4o", "schema"),
    ],
)
def test_spec_resolution(spec: str, provider: str, name: str, tools: str) -> None:
    parsed = ModelSpec.parse(spec)
    assert (parsed.provider, parsed.name) == (provider, name)
    caps = model_capabilities(spec)
    assert caps.tool_mode == tools
    assert caps.free is (provider == "local")
    assert caps.structured_output == ("native" if provider == "openai" else "json_schema")


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ("gemini:pro", "not a known model spec"),
        ("local:llama-70b", "Unknown local model 'llama-70b'"),
        ("openai-compatible:x?tools=maybe", "tools='maybe'"),
    ],
)
def test_bad_specs_get_one_sentence_and_a_fix(spec: str, needle: str) -> None:
    with pytest.raises(SettingsError) as info:
        ModelSpec.parse(spec)
    assert needle in info.value.message and info.value.hint
    assert info.value.exit_code == 2


def test_openai_without_key_says_how_to_fix(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    settings = load_settings(tmp_path, model="openai:gpt-4o-mini")
    with pytest.raises(SettingsError) as info:
        make_chat_model(settings, None)
    assert one_sentence(info.value.message)
    assert "OPENAI_API_KEY" in str(info.value) and "COPILOT_MODEL=local" in str(info.value)


def test_openai_compatible_without_base_url_says_how_to_fix(tmp_path) -> None:
    settings = load_settings(tmp_path, model="openai-compatible:llama3")
    with pytest.raises(SettingsError) as info:
        make_chat_model(settings, None)
    assert one_sentence(info.value.message)
    assert "COPILOT_BASE_URL" in str(info.value)


@pytest.mark.parametrize("spec", ["local", "local:qwen2.5-coder-0.5b", "openai-compatible:m"])
def test_real_models_are_refused_when_requests_are_blocked(tmp_path, spec: str) -> None:
    settings = load_settings(tmp_path, model=spec, base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ModelRequestsBlocked) as info:
        make_chat_model(settings, None)
    assert "COPILOT_ALLOW_MODEL_REQUESTS=0" in str(info.value)
    assert "ScriptedChatModel" in str(info.value)


def test_openai_model_is_built_without_showing_the_key(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("COPILOT_ALLOW_MODEL_REQUESTS", "1")  # building is not a request
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    caplog.set_level(logging.DEBUG)
    settings = load_settings(tmp_path, model="openai:gpt-4o-mini")
    model = make_chat_model(settings, None)
    assert isinstance(model, OpenAIChatModel)
    assert model_capabilities(model).tool_mode == "native"
    for text in (repr(settings), str(settings), settings.model_dump_json(), repr(model), str(model)):
        assert SECRET not in text
    assert "**********" in repr(settings)
    assert SECRET not in caplog.text


def test_failed_request_never_logs_the_key(tmp_path, monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    monkeypatch.setenv("COPILOT_ALLOW_MODEL_REQUESTS", "1")
    monkeypatch.setenv("COPILOT_API_KEY", SECRET)
    with socket.socket() as s:  # a loopback port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = load_settings(tmp_path, model="openai-compatible:m", base_url=f"http://127.0.0.1:{port}/v1")
    caplog.set_level(logging.DEBUG)
    model = make_chat_model(settings, None)
    assert isinstance(model, CompatibleChatModel)
    from langchain_core.messages import HumanMessage
    from pydantic import BaseModel

    from copilot.llm.providers import structured_call

    class Out(BaseModel):
        x: int

    with pytest.raises(ModelError) as info:
        structured_call(model, [HumanMessage(content="x?")], Out)
    assert "Could not reach" in str(info.value)
    assert SECRET not in caplog.text and SECRET not in str(info.value)


def test_capabilities_of_other_models() -> None:
    assert model_capabilities(ScriptedChatModel(script=[])).tool_mode == "schema"
    assert model_capabilities(ScriptedChatModel(script=[], tool_mode="native")).tool_mode == "native"


def test_spec_options_round_trip() -> None:
    spec = ModelSpec.parse("local:qwen2.5-coder-0.5b?threads=1&repeat_penalty=1.2")
    assert spec.options == {"threads": "1", "repeat_penalty": "1.2"}
    assert str(spec) == "local:qwen2.5-coder-0.5b?threads=1&repeat_penalty=1.2"
    assert str(ModelSpec.parse("openai-compatible:m?tools=native")) == "openai-compatible:m?tools=native"
