"""The lifecycle through the REPL (slash commands as functions) and Slack (signed requests to a real Bolt
app, Web API captured by the local stub): every face calls the same lifecycle API."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from faces.slack_stub import SlackStub
from faces.test_slack import Bot, start_bot
from fakes import ScriptedChatModel
from lifecycle.conftest import draft, later
from planner.helpers import scripted_copy
from rich.console import Console

from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.faces.chat.commands import Chat, run_command
from copilot.faces.slack.listeners import conversation_id
from copilot.lifecycle import api
from copilot.lifecycle.activation import load_activation

CUSTOMER_ID = re.compile(r"\bC\d{6}\b")


def chat_for(deps: Deps, cid: str = "c-loop") -> tuple[Chat, io.StringIO]:
    buf = io.StringIO()
    return Chat(session=Session(deps, cid), console=Console(file=buf, width=200, color_system=None)), buf


def test_repl_plans_approve_and_readout(loop_deps: Deps) -> None:
    plan = draft(loop_deps)
    chat, buf = chat_for(loop_deps)
    run_command(chat, "/plans")
    assert plan.plan_id in buf.getvalue() and "draft" in buf.getvalue()
    with pytest.raises(UsageError, match="make a plan first"):
        run_command(chat, "/approve")
    if not plan.passed:
        pytest.skip("the scripted copy failed a check on this data")  # approval via the REPL never forces
    run_command(chat, f"/approve {plan.plan_id}")
    assert "Audience frozen" in buf.getvalue() and "Nothing has been sent" in buf.getvalue()
    act, _ = load_activation(loop_deps.workspace, plan.plan_id)
    assert act.audience > 0
    api.simulate(loop_deps, plan.plan_id, seed=2)
    chat_later, out = chat_for(later(loop_deps))
    chat_later.last_plan = plan
    run_command(chat_later, "/readout")  # the last plan by default
    text = out.getvalue()
    assert "Read-out:" in text and "Treated vs holdout" in text and "CUPED" in text
    assert not CUSTOMER_ID.search(text)


@pytest.fixture
def stub() -> Iterator[SlackStub]:
    s = SlackStub().start()
    yield s
    s.stop()


@pytest.fixture
def loop_bot(stub: SlackStub, loop_deps: Deps) -> Iterator[Bot]:
    deps = Deps(settings=loop_deps.settings, workspace=loop_deps.workspace, clock=loop_deps.clock,
                chat_model=ScriptedChatModel(script=[]))
    yield from start_bot(stub, deps, tiny_tools=False)


def test_slack_buttons_go_through_the_lifecycle_api(loop_bot: Bot, loop_deps: Deps) -> None:
    bot = loop_bot
    plan = draft(loop_deps)
    if not plan.passed:
        pytest.skip("the scripted copy failed a check on this data")
    # Approve: records who and when, freezes the audience, offers the Read out button
    bot.slack.press("copilot_plan_approve", plan.plan_id, channel="C0PLANS", message_ts="1700000100.000001",
                    thread_ts="1700000100.000001")
    bot.stub.wait_for(lambda _s: any("Audience frozen" in c.text for c in bot.posts("C0PLANS")), 60, "approval")
    note = next(c for c in bot.posts("C0PLANS") if "Audience frozen" in c.text)
    buttons = [e for b in note.blocks if b["type"] == "actions" for e in b["elements"]]
    assert buttons and buttons[0]["action_id"] == "copilot_plan_readout" and buttons[0]["value"] == plan.plan_id
    approved = api.show(loop_deps, plan.plan_id).approval
    assert approved is not None and approved.approver == "maria (slack:U0MARIA)"
    act, _ = load_activation(loop_deps.workspace, plan.plan_id)

    # Export: the plan files are uploaded; the audience files stay on the host (no contact details in Slack)
    bot.slack.press("copilot_plan_export", plan.plan_id, channel="C0PLANS", message_ts="1700000100.000001",
                    thread_ts="1700000100.000001")
    bot.stub.wait_for(lambda _s: any("exported for your email/SMS tool" in c.text for c in bot.posts("C0PLANS")),
                      60, "export")
    assert (loop_deps.workspace.plans_dir / plan.plan_id / "export" / "email.csv").exists()
    for upload in bot.stub.uploads.values():
        assert b"@example.com" not in upload and not CUSTOMER_ID.search(upload.decode())

    # Read out (before any results): one private sentence naming the import
    bot.slack.press("copilot_plan_readout", plan.plan_id, channel="C0PLANS", message_ts="1700000100.000001")
    eph = bot.stub.wait_calls("chat.postEphemeral", 1, timeout=60)[0]
    assert "orders" in eph.text and eph.params["user"] == "U0MARIA"

    # simulated results, then the Read out button posts the read-out blocks: aggregates only
    api.simulate(loop_deps, plan.plan_id, seed=4)
    bot.slack.press("copilot_plan_readout", plan.plan_id, channel="C0PLANS", message_ts="1700000100.000001",
                    thread_ts="1700000100.000001")
    bot.stub.wait_for(lambda _s: any(c.blocks and c.blocks[0]["type"] == "header" and "Read-out" in str(c.blocks)
                                     for c in bot.posts("C0PLANS")), 60, "read-out")
    post = next(c for c in bot.posts("C0PLANS") if c.blocks and "Read-out" in str(c.blocks))
    assert "Lift" in post.text and "95%" in post.text
    flat = str(post.blocks)
    assert "A/B" in flat and "Incremental revenue" in flat and not CUSTOMER_ID.search(flat)
    assert len(post.blocks) <= 50 and post.blocks[-1]["elements"][0]["action_id"] == "copilot_plan_readout"

    # Regenerate copy: charged to the thread's conversation ledger; the approval and frozen audience are voided
    bot.model.add(scripted_copy())
    bot.slack.press("copilot_plan_regenerate", plan.plan_id, channel="C0PLANS", message_ts="1700000200.000001",
                    thread_ts="1700000100.000001")
    bot.stub.wait_for(lambda _s: any("New copy" in c.text for c in bot.posts("C0PLANS")), 60, "new copy")
    bot.drain()
    assert api.show(loop_deps, plan.plan_id).approval is None
    assert not (loop_deps.workspace.plans_dir / plan.plan_id / "assignment.parquet").exists()
    cid = conversation_id("T0TEAM", "C0PLANS", "1700000100.000001")
    ledger = Session(loop_deps, cid).ledger
    assert ledger.llm_calls >= 1 and ledger.calls[0].purpose.startswith("plan.")
    assert act.audience > 0
