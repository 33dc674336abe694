"""The real embedded model (marked ``llm``: slow, minutes).

Part of the default test run: pyproject's pytest ``addopts`` deselect no marker, so plain ``pytest``
(the README's test command and ``.ci/run``) runs these tests; the ``llm`` marker only lets them make
real model requests (tests/conftest.py blocks them for every other test). Skip them locally with
``pytest -m "not llm"``.

* the 0.5B model, built by ``make_chat_model``, answers a question by calling a real tool
  through the router schema;
* the same embedded llama.cpp server addressed as an ``openai-compatible`` provider by base URL.
"""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field

from copilot.agent.drivers import SchemaRouterDriver
from copilot.agent.events import ToolCallFinished, ToolCallStarted, TurnFinished
from copilot.agent.loop import Agent
from copilot.agent.toolset import Tool
from copilot.deps import Deps
from copilot.llm.local import get_local_server
from copilot.llm.providers import CompatibleChatModel, make_chat_model, model_capabilities, structured_call
from copilot.llm.tokens import CostLedger
from copilot.settings import load_settings

pytestmark = pytest.mark.llm

SMALL = "qwen2.5-coder-0.5b"


def test_embedded_model_answers_by_calling_a_real_tool(deps: Deps) -> None:
    from copilot.tools import ALL_TOOLS

    settings = deps.settings.model_copy(
        update={"model": f"local:{SMALL}", "temperature": 0.0, "max_tokens": 400}
    )
    deps = Deps(settings=settings, workspace=deps.workspace, clock=deps.clock)
    model = make_chat_model(settings, deps.workspace)
    assert isinstance(model, CompatibleChatModel) and model_capabilities(model).tool_mode == "schema"
    tools = [Tool.from_function(fn) for fn in ALL_TOOLS if fn.__name__ == "segment_lookup"]
    agent = Agent(deps, tools, model, max_steps=4)
    assert isinstance(agent.driver, SchemaRouterDriver)

    events = list(agent.run_turn("llm-1", "How many customers are in the Champions segment?"))

    started = [e for e in events if isinstance(e, ToolCallStarted)]
    finished = [e for e in events if isinstance(e, ToolCallFinished)]
    end = events[-1]
    assert started and started[0].tool == "segment_lookup"
    assert any(f.ok for f in finished), finished  # the tool really ran on the workspace
    assert isinstance(end, TurnFinished) and end.stopped == "answer" and end.answer.strip()
    assert end.ledger.llm_calls >= 2 and end.ledger.tokens_out > 0 and end.ledger.cost_usd == 0


class Subject(BaseModel):
    subject: str = Field(..., max_length=60, description="An email subject line.")
    emoji: bool


def test_embedded_server_as_an_openai_compatible_provider(tmp_path) -> None:
    server = get_local_server(SMALL)
    assert server.base_url.startswith("http://127.0.0.1:")
    settings = load_settings(
        tmp_path,
        model=f"openai-compatible:{SMALL}",
        base_url=server.base_url,
        temperature=0.0,
        max_tokens=120,
    )
    model = make_chat_model(settings, None)
    assert isinstance(model, CompatibleChatModel)
    assert not model.serialize_generation  # a remote server: no process-wide lock
    caps = model_capabilities(model)
    assert (caps.provider, caps.tool_mode, caps.structured_output, caps.free) == (
        "openai-compatible",
        "schema",
        "json_schema",
        False,
    )
    ledger = CostLedger()
    out = structured_call(
        model,
        [
            SystemMessage(content="You write email subject lines for an outdoor gear shop."),
            HumanMessage(content="A subject line for a spring sale on trail running shoes."),
        ],
        Subject,
        ledger=ledger,
    )
    assert 0 < len(out.subject) <= 60
    assert ledger.llm_calls >= 1 and ledger.tokens_in > 0 and not ledger.calls[0].estimated

    text = "".join(str(c.content) for c in model.stream("Say hello in three words."))
    assert text.strip()
    assert server.count_tokens("hello world") == 2
