"""The real ``openai`` and ``openai-compatible`` providers over HTTP, against a local stub server.

Nothing is faked above the wire: the CLI builds its chat model with the real
``make_chat_model`` (langchain-openai's ChatOpenAI -> the openai SDK -> httpx), the real agent
loop runs the real tools on a trained demo workspace, and only the server at the other end of
the socket is scripted (``fakes.openai_stub.OpenAIStub``, on 127.0.0.1). Offline and quick: not
marked ``llm``; each test re-allows model requests itself, since they go to the stub only.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fakes.openai_stub import ChatRequest, OpenAIStub, StubReply, http_error, tool_call
from planner.conftest import planner_workspace_template  # noqa: F401 - a fixture, shared with the planner
from planner.helpers import scripted_copy
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli.main import app
from copilot.planner.plan_schema import CampaignPlan
from copilot.settings import load_settings
from copilot.workspace import Workspace

SECRET = "sk-test-OPENAI-STUB-KEY-0123456789abcdef"
COMPATIBLE_SECRET = "sk-test-COMPATIBLE-STUB-KEY-fedcba9876543210"
BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"
QUESTION = "How big is our best segment and how many of them can we email?"
ANSWER = "That segment is our most valuable group; most of them can be emailed."

runner = CliRunner()


def copilot(*args: str) -> Any:
    """Run `copilot ARGS` in-process; real exceptions (bugs) propagate with their traceback."""
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIStub]:
    """A started stub server, with model requests re-allowed (they only reach the stub) and no
    stray provider settings from the developer's environment."""
    monkeypatch.setenv("COPILOT_ALLOW_MODEL_REQUESTS", "1")
    for name in ("OPENAI_API_BASE", "OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_ORG_ID",
                 "OPENAI_ORGANIZATION", "OPENAI_PROXY", "COPILOT_BASE_URL", "COPILOT_API_KEY",
                 "COPILOT_MODEL", "LANGSMITH_GATEWAY_API_KEY",
                 # a proxy would route the loopback requests away from the stub
                 "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = OpenAIStub().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def use_openai(stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> OpenAIStub:
    """``COPILOT_MODEL=openai:gpt-4o-mini`` with the openai SDK's own ``OPENAI_BASE_URL`` at the stub."""
    monkeypatch.setenv("COPILOT_MODEL", "openai:gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    return stub


@pytest.fixture
def use_compatible(stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> OpenAIStub:
    """``COPILOT_MODEL=openai-compatible:stub-model`` with ``COPILOT_BASE_URL`` at the stub, on the
    agent path (the model chooses tools through the router schema), which these tests exercise; by
    default such a server gets the routed path (see the last test)."""
    monkeypatch.setenv("COPILOT_CHAT_PATH", "agent")
    monkeypatch.setenv("COPILOT_MODEL", "openai-compatible:stub-model")
    monkeypatch.setenv("COPILOT_BASE_URL", stub.base_url)
    monkeypatch.setenv("COPILOT_API_KEY", COMPATIBLE_SECRET)
    return stub


def assert_secret_kept(secret: str, stub: OpenAIStub, result: Any, caplog: pytest.LogCaptureFixture,
                       root: Path) -> None:
    """The key went out only as the bearer token: never to stdout/stderr/logs or the workspace."""
    assert stub.requests, "no request reached the stub"
    for req in stub.requests:
        assert req.authorization == f"Bearer {secret}"
        assert secret not in json.dumps(req.body)
    for where, text in (("stdout", result.stdout), ("stderr", result.stderr), ("logs", caplog.text)):
        assert secret not in text, f"the API key leaked to {where}"
    for path in root.rglob("*"):
        if path.is_file() and path.stat().st_size < 20_000_000:
            assert secret.encode() not in path.read_bytes(), f"the API key was written to {path}"


def error_sentence(stderr: str) -> str:
    """The one ``error: ...`` the CLI printed, with rich's line wrapping undone."""
    assert stderr.count("error:") == 1, stderr
    return " ".join(stderr.split("error:", 1)[1].split())


def enums_in(schema: Any) -> list[list[Any]]:
    """Every ``enum`` list anywhere in a JSON schema."""
    found: list[list[Any]] = []
    if isinstance(schema, dict):
        if isinstance(schema.get("enum"), list):
            found.append(schema["enum"])
        for value in schema.values():
            found += enums_in(value)
    elif isinstance(schema, list):
        for value in schema:
            found += enums_in(value)
    return found


def segment_enum(parameters: dict[str, Any]) -> list[str]:
    """The enum of segment names in segment_lookup's parameter schema (the filled x-vocabulary)."""
    segment = parameters["properties"]["segment"]
    enums = enums_in(segment)
    assert enums, f"segment is not an enum: {segment}"
    return [str(v) for v in enums[0]]


def workspace_segments(ws: Workspace) -> list[str]:
    from copilot.tools import schema_vocabulary

    return list(schema_vocabulary(Deps(settings=load_settings(ws.root), workspace=ws))["segments"])


def segment_summary(ws: Workspace, segment: str) -> str:
    """What the real segment_lookup says about ``segment`` (the line the CLI prints on stderr)."""
    from copilot.tools import segment_lookup
    from copilot.tools.schemas import SegmentQuery

    deps = Deps(settings=load_settings(ws.root), workspace=ws)
    return str(segment_lookup(deps, SegmentQuery(segment=segment)).summary())


# --------------------------------------------------------------------------------------------
# openai: native tool calls, streamed
# --------------------------------------------------------------------------------------------


def test_ask_with_openai_runs_the_tool_from_a_native_tool_call(
    trained_workspace: Workspace, use_openai: OpenAIStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    chosen: list[str] = []

    def call_first_segment(req: ChatRequest) -> StubReply:
        segments = segment_enum(req.tool("segment_lookup")["parameters"])
        chosen.append(segments[0])
        return tool_call("segment_lookup", _id="call_seg1", segment=segments[0])

    use_openai.add(call_first_segment, ANSWER)
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)

    assert result.exit_code == 0, result.stderr
    use_openai.assert_complete()
    assert result.stdout == ANSWER + "\n"
    # the real tool ran: its own summary of the segment is on stderr
    assert "✓ segment_lookup" in result.stderr
    assert segment_summary(trained_workspace, chosen[0]) in result.stderr

    first, second = use_openai.requests
    for req in (first, second):
        assert req.model == "gpt-4o-mini"
        assert req.stream and req.include_usage  # streamed, with usage for the cost ledger
        assert req.response_format is None  # native tools: no router schema
    # the tools went out in OpenAI's function format, with the workspace's segment names as an enum
    assert set(first.tool_names) >= {"segment_lookup", "score_propensity", "recommend_products",
                                     "channel_stats", "search_product_facts", "draft_campaign_plan"}
    for tool in first.tools:
        assert tool["type"] == "function"
        assert set(tool["function"]) >= {"name", "description", "parameters"}
        assert tool["function"]["parameters"]["type"] == "object"
        assert "x-vocabulary" not in json.dumps(tool)
    assert segment_enum(first.tool("segment_lookup")["parameters"]) == workspace_segments(trained_workspace)
    assert first.roles == ["system", "user"] and QUESTION in first.last_text

    # the second request replays the assistant's tool call and carries the result as a `tool` message
    assert second.roles == ["system", "user", "assistant", "tool"]
    assistant, tool_msg = second.messages[2], second.messages[3]
    assert assistant["tool_calls"][0]["id"] == "call_seg1"
    assert assistant["tool_calls"][0]["function"]["name"] == "segment_lookup"
    assert json.loads(assistant["tool_calls"][0]["function"]["arguments"]) == {"segment": chosen[0]}
    assert tool_msg["tool_call_id"] == "call_seg1"
    assert chosen[0] in tool_msg["content"] and '"size"' in tool_msg["content"]

    assert_secret_kept(SECRET, use_openai, result, caplog, trained_workspace.root)


def test_ask_with_openai_continues_the_conversation_over_http(
    trained_workspace: Workspace, use_openai: OpenAIStub
) -> None:
    """A second `ask -c ID` sends the stored turn (question, tool call, tool result, answer) back."""
    use_openai.add(tool_call("segment_lookup", _id="call_all"), ANSWER, "Yes: the same segment.")
    first = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)
    assert first.exit_code == 0, first.stderr
    conversation = first.stderr.rsplit("conversation ", 1)[1].split()[0]
    again = copilot("--workspace", str(trained_workspace.root), "ask", "-c", conversation, "Same one?")
    assert again.exit_code == 0, again.stderr
    assert again.stdout == "Yes: the same segment.\n"
    use_openai.assert_complete()
    third = use_openai.requests[2]
    assert third.roles == ["system", "user", "assistant", "tool", "assistant", "user"]
    assert third.messages[3]["tool_call_id"] == "call_all"
    assert third.messages[4]["content"] == ANSWER
    assert third.last_text == "Same one?"


# --------------------------------------------------------------------------------------------
# openai-compatible: the schema router (response_format json_schema), streamed
# --------------------------------------------------------------------------------------------


def router_branches(req: ChatRequest) -> dict[str, dict[str, Any]]:
    """``{tool name: its arguments schema}`` from the router schema of a request."""
    schema = req.json_schema
    assert schema is not None, f"no json_schema response_format in {req.response_format}"
    return {b["properties"]["name"]["const"]: b["properties"]["arguments"] for b in schema["anyOf"]}


def test_ask_with_an_openai_compatible_server_drives_tools_by_the_router_schema(
    trained_workspace: Workspace, use_compatible: OpenAIStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    chosen: list[str] = []

    def route_first_segment(req: ChatRequest) -> dict[str, Any]:
        segments = segment_enum(router_branches(req)["segment_lookup"])
        chosen.append(segments[0])
        return {"name": "segment_lookup", "arguments": {"segment": segments[0]}}

    use_compatible.add(route_first_segment, {"name": "final_answer", "arguments": {"answer": ANSWER}})
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)

    assert result.exit_code == 0, result.stderr
    use_compatible.assert_complete()
    assert result.stdout == ANSWER + "\n"  # streamed out of the JSON as it arrived
    assert segment_summary(trained_workspace, chosen[0]) in result.stderr

    first, second = use_compatible.requests
    for req in (first, second):
        assert req.model == "stub-model"
        assert req.stream and req.include_usage
        assert req.tools == [] and req.tool_choice is None  # no native tools
        fmt = req.response_format
        assert fmt is not None and fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "action"
    # one anyOf branch per tool, plus the final answer
    branches = router_branches(first)
    assert set(branches) == {"segment_lookup", "score_propensity", "recommend_products", "channel_stats",
                             "search_product_facts", "draft_campaign_plan", "sales_summary", "final_answer"}
    assert len(first.json_schema["anyOf"]) == len(branches)  # type: ignore[index]
    assert segment_enum(branches["segment_lookup"]) == workspace_segments(trained_workspace)
    assert "x-vocabulary" not in json.dumps(first.json_schema)
    # the tool result comes back as an observation from the user side (no `tool` role for these servers)
    assert "tool" not in second.roles
    assert json.loads(second.messages[-2]["content"]) == {
        "name": "segment_lookup", "arguments": {"segment": chosen[0]}
    }
    assert second.roles[-1] == "user" and chosen[0] in second.last_text and '"size"' in second.last_text

    assert_secret_kept(COMPATIBLE_SECRET, use_compatible, result, caplog, trained_workspace.root)


def test_ask_without_a_key_sends_a_placeholder_to_an_open_server(
    trained_workspace: Workspace, use_compatible: OpenAIStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COPILOT_API_KEY")
    use_compatible.add({"name": "final_answer", "arguments": {"answer": "Hello."}})
    result = copilot("--workspace", str(trained_workspace.root), "ask", "Hi")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Hello.\n"
    assert use_compatible.requests[0].authorization == "Bearer not-needed"


# --------------------------------------------------------------------------------------------
# provider errors: one sentence, exit 1, no traceback, no key
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("replies", "requests", "needles"),
    [
        pytest.param(
            [http_error(401, "Incorrect API key provided: sk-test-***def.", type="invalid_request_error",
                        code="invalid_api_key", retry=None)],
            1, ("The model provider rejected the API key.", "OPENAI_API_KEY"), id="401",
        ),
        pytest.param(
            # the provider retries once (max_retries=1), then reports the failure
            [http_error(500, "The server had an error", retry=None)] * 2,
            2, ("The openai model returned an error (", "The server had an error"), id="500",
        ),
    ],
)
def test_provider_errors_become_one_sentence_and_exit_1(
    trained_workspace: Workspace, use_openai: OpenAIStub, caplog: pytest.LogCaptureFixture,
    replies: list[StubReply], requests: int, needles: tuple[str, ...],
) -> None:
    caplog.set_level(logging.DEBUG)
    use_openai.add(*replies)
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)
    assert result.exit_code == 1
    use_openai.assert_complete()
    assert len(use_openai.requests) == requests
    assert result.stdout.strip() == ""
    sentence = error_sentence(result.stderr)
    assert all(n in sentence for n in needles), sentence
    assert "Traceback" not in result.stderr and "Traceback" not in caplog.text
    assert_secret_kept(SECRET, use_openai, result, caplog, trained_workspace.root)


def test_an_unreachable_compatible_server_is_one_sentence(
    trained_workspace: Workspace, use_compatible: OpenAIStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url = use_compatible.base_url
    use_compatible.stop()  # nobody listens on that port any more
    monkeypatch.setenv("COPILOT_BASE_URL", base_url)
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)
    assert result.exit_code == 1
    sentence = error_sentence(result.stderr)
    assert "Could not reach the openai-compatible model server" in sentence and "COPILOT_BASE_URL" in sentence
    assert "Traceback" not in result.stderr
    assert COMPATIBLE_SECRET not in result.stderr + result.stdout


# --------------------------------------------------------------------------------------------
# copilot plan: the copywriter's one structured call over HTTP
# --------------------------------------------------------------------------------------------


def copy_over_http(usage: dict[str, int]) -> Any:
    """The planner suite's scripted copy (``planner.helpers.scripted_copy``), answered over HTTP: it
    reads the fact list from the prompt and the channels from the request's JSON schema."""
    copy = scripted_copy()

    def reply(req: ChatRequest) -> StubReply:
        messages = [SimpleNamespace(content=m.get("content") or "") for m in req.messages]
        return StubReply(content=json.dumps(copy(messages, {"response_format": req.response_format})),
                         usage=usage)

    return reply


@pytest.mark.parametrize(
    ("provider", "strict", "model", "cost"),
    [
        # OpenAI: native structured outputs (the SDK's strict schema); priced by the default table
        pytest.param("use_openai", True, "openai:gpt-4o-mini", 1.2 * 0.00015 + 0.3 * 0.0006, id="openai"),
        # any other server: a plain json_schema response format; no price configured for it
        pytest.param("use_compatible", False, "openai-compatible:stub-model", 0.0, id="compatible"),
    ],
)
def test_plan_writes_its_copy_through_the_provider(
    planner_workspace_template: Workspace,  # noqa: F811
    tmp_path: Path, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture,
    provider: str, strict: bool, model: str, cost: float,
) -> None:
    caplog.set_level(logging.DEBUG)
    stub: OpenAIStub = request.getfixturevalue(provider)
    root = tmp_path / "ready"
    shutil.copytree(planner_workspace_template.root, root)
    stub.add(copy_over_http({"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500}))

    result = copilot("--workspace", str(root), "plan", BRIEF, "--format", "json")

    assert result.exit_code == 0, result.stderr
    stub.assert_complete()
    plan = CampaignPlan.model_validate_json(result.stdout)
    assert plan.passed and plan.model == model
    assert {v.channel for v in plan.copy_variants} == {"email", "sms"}
    # the ledger holds the server's reported usage, and the price table's cost
    assert (plan.ledger.llm_calls, plan.ledger.tokens_in, plan.ledger.tokens_out) == (1, 1200, 300)
    assert plan.ledger.cost_usd == pytest.approx(cost)

    (req,) = stub.requests
    assert not req.stream and req.tools == []
    fmt = req.response_format
    assert fmt is not None and fmt["type"] == "json_schema"
    assert bool(fmt["json_schema"].get("strict")) is strict
    assert {"email", "sms"} <= set(req.json_schema["properties"])  # type: ignore[index]
    secret = SECRET if provider == "use_openai" else COMPATIBLE_SECRET
    assert_secret_kept(secret, stub, result, caplog, root)


# --------------------------------------------------------------------------------------------
# replies cut off at max_tokens, and failures during a retry
# --------------------------------------------------------------------------------------------


def test_a_router_answer_cut_off_at_max_tokens_is_kept_not_a_crash(
    trained_workspace: Workspace, use_compatible: OpenAIStub
) -> None:
    """llama.cpp/vLLM end a reply that hit max_tokens with finish_reason "length"; the answer
    streamed so far is kept (marked "…") rather than asked for again or crashing."""
    use_compatible.add(StubReply(content='{"name": "final_answer", "arguments": {"answer": "Champions are the big',
                                 finish_reason="length"))
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)
    assert result.exit_code == 0, result.stderr
    use_compatible.assert_complete()
    assert result.stdout == "Champions are the big…\n"


def test_a_router_action_cut_off_at_max_tokens_is_repaired(
    trained_workspace: Workspace, use_compatible: OpenAIStub
) -> None:
    use_compatible.add(
        StubReply(content='{"name": "segment_lookup", "arguments": {"segm', finish_reason="length"),
        {"name": "final_answer", "arguments": {"answer": ANSWER}},
    )
    result = copilot("--workspace", str(trained_workspace.root), "ask", QUESTION)
    assert result.exit_code == 0, result.stderr
    use_compatible.assert_complete()
    assert result.stdout == ANSWER + "\n"
    assert "not valid JSON" in use_compatible.requests[1].last_text  # the repair prompt


@pytest.mark.parametrize("provider", [pytest.param("use_openai", id="openai"),
                                      pytest.param("use_compatible", id="compatible")])
def test_plan_copy_cut_off_at_max_tokens_is_retried_with_feedback(
    planner_workspace_template: Workspace,  # noqa: F811
    tmp_path: Path, request: pytest.FixtureRequest, provider: str,
) -> None:
    stub: OpenAIStub = request.getfixturevalue(provider)
    root = tmp_path / "ready"
    shutil.copytree(planner_workspace_template.root, root)
    usage = {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500}
    stub.add(StubReply(content='{"email": [{"subject": "Back on', finish_reason="length"), copy_over_http(usage))

    result = copilot("--workspace", str(root), "plan", BRIEF, "--format", "json")

    assert result.exit_code == 0, result.stderr
    stub.assert_complete()
    assert CampaignPlan.model_validate_json(result.stdout).passed
    assert "Your reply was not a valid" in stub.requests[1].last_text  # the validation feedback


def test_a_provider_error_while_retrying_structured_output_is_one_sentence(
    planner_workspace_template: Workspace,  # noqa: F811
    tmp_path: Path, use_openai: OpenAIStub,
) -> None:
    """OpenAI's native structured output: a reply that fails validation makes the provider retry
    with a plain json_schema; a server error on that retry is still one sentence, not a traceback."""
    root = tmp_path / "ready"
    shutil.copytree(planner_workspace_template.root, root)
    use_openai.add({"email": "not a list"}, http_error(500, "The server had an error"))
    result = copilot("--workspace", str(root), "plan", BRIEF)
    assert result.exit_code == 1
    use_openai.assert_complete()
    sentence = error_sentence(result.stderr)
    assert "The openai model returned an error (" in sentence and "The server had an error" in sentence
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_reply_stopped_by_the_content_filter_is_one_sentence(
    planner_workspace_template: Workspace,  # noqa: F811
    tmp_path: Path, use_openai: OpenAIStub,
) -> None:
    root = tmp_path / "ready"
    shutil.copytree(planner_workspace_template.root, root)
    use_openai.add(StubReply(content="", finish_reason="content_filter"))
    result = copilot("--workspace", str(root), "plan", BRIEF)
    assert result.exit_code == 1
    use_openai.assert_complete()
    assert "The openai model call failed (" in error_sentence(result.stderr)
    assert "content filter" in error_sentence(result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_compatible_server_gets_the_routed_path_by_default(
    trained_workspace: Workspace, stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``COPILOT_CHAT_PATH``, a small OpenAI-compatible server (router schema, no native
    tools) is driven like the embedded model: code reads the question and calls the tool, so a count
    question is answered from segment_lookup without the model choosing (or inventing) arguments."""
    monkeypatch.delenv("COPILOT_CHAT_PATH", raising=False)
    monkeypatch.setenv("COPILOT_MODEL", "openai-compatible:stub-model")
    monkeypatch.setenv("COPILOT_BASE_URL", stub.base_url)
    result = copilot("--workspace", str(trained_workspace.root), "ask", "How many customers can we email?")
    assert result.exit_code == 0, result.stderr
    assert "customers match" in result.stdout and "(segment_lookup)" in result.stdout
    assert "email" in result.stdout
    assert stub.requests == []  # the count needed no model call at all
    stub.assert_complete()
