"""The Slack face's plan buttons: Approve, Export, Regenerate copy and Read out, mixed into
:class:`~copilot.faces.slack.listeners.SlackCopilot`. Each press goes through the lifecycle API only
(:mod:`copilot.lifecycle.api`); a failure is one private sentence to the person who pressed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from slack_sdk import WebClient

from copilot.agent.memory import ConversationStore
from copilot.deps import Deps
from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.faces.slack.progress import ThrottledMessage
from copilot.faces.slack.readout_blocks import readout_button, readout_to_slack_blocks
from copilot.faces.slack.text import clip
from copilot.faces.slack.work import TurnQueue
from copilot.lifecycle import api as lifecycle
from copilot.llm.tokens import CostLedger
from copilot.planner.plan_schema import CampaignPlan

log = logging.getLogger(__name__)

WAITING = ":hourglass: Waiting for another request to finish…"


def conversation_id(team: str | None, channel: str, thread_ts: str) -> str:
    """One conversation per Slack thread: ``slack:<team>:<channel>:<thread ts>``."""
    return f"slack:{team or '-'}:{channel}:{thread_ts}"


def plan_text(plan: CampaignPlan) -> str:
    """The notification text that goes with a plan's blocks."""
    return clip(plan.summary(), 3000)


class _Host(Protocol):
    """What the buttons use of the listeners' state."""

    deps: Deps
    turns: TurnQueue

    def _report(self, what: str, exc: BaseException) -> str: ...

    def _message(self, client: WebClient, channel: str, ts: str) -> ThrottledMessage: ...

    def _conversations(self) -> ConversationStore: ...

    def post_readout(
        self, client: WebClient, channel: str, thread_ts: str | None, plan_id: str, user: str
    ) -> None: ...


class PlanButtons:
    """The plan buttons' listeners (see the module docstring)."""

    @staticmethod
    def _where(body: dict[str, Any]) -> tuple[str, str, str]:
        """(channel, message ts, thread ts) of the message whose button was pressed."""
        channel = body["channel"]["id"] if body.get("channel") else body["container"]["channel_id"]
        message = body.get("message") or {}
        ts = message.get("ts") or body["container"]["message_ts"]
        return channel, ts, message.get("thread_ts") or ts

    def _plan_action(
        self: _Host, what: str, body: dict[str, Any], client: WebClient, fn: Callable[[str], None]
    ) -> None:
        """Run ``fn(plan_id)`` for a button press; a failure is one private sentence to the presser."""
        channel, _, _ = PlanButtons._where(body)
        user = body["user"]["id"]
        plan_id = (body.get("actions") or [{}])[0].get("value", "")
        try:
            fn(plan_id)
        except Exception as exc:
            sentence = self._report(f"{what} of plan {plan_id!r}", exc)
            client.chat_postEphemeral(channel=channel, user=user, text=f":warning: {sentence}")

    def on_approve(self: _Host, body: dict[str, Any], client: WebClient) -> None:
        channel, ts, thread_ts = PlanButtons._where(body)
        user = body["user"]
        approver = f"{user.get('username') or user.get('name') or user['id']} (slack:{user['id']})"

        def run(plan_id: str) -> None:
            approved = lifecycle.approve(self.deps, plan_id, approver)
            plan, act = approved.plan, approved.activation
            client.chat_update(
                channel=channel, ts=ts, text=plan_text(plan), blocks=plan_to_slack_blocks(plan)
            )
            when = plan.approval.approved_at if plan.approval else self.deps.clock()
            client.chat_postMessage(
                channel=channel,
                thread_ts=thread_ts,
                text=(
                    f":white_check_mark: Plan `{plan_id}` approved by <@{user['id']}> at {when:%Y-%m-%d %H:%M %Z}. "
                    f"Audience frozen: {act.audience:,} customers ({act.treated:,} treated, {act.holdout:,} holdout). "
                    "Nothing has been sent: the approval is recorded on the saved plan."
                ),
                blocks=[
                    {
                        "type": "section",
                        "text": {
                            "type": "mrkdwn",
                            "text": (
                                f":white_check_mark: Plan `{plan_id}` approved by <@{user['id']}> at "
                                f"{when:%Y-%m-%d %H:%M %Z}. Audience frozen: {act.audience:,} customers ({act.treated:,} "
                                f"treated, {act.holdout:,} holdout). Nothing has been sent: the approval is recorded on "
                                "the saved plan. Export the audience with Export; read out the lift after the campaign."
                            ),
                        },
                    },
                    {"type": "actions", "elements": [readout_button(plan_id)]},
                ],
            )

        PlanButtons._plan_action(self, "approval", body, client, run)

    def on_export(self: _Host, body: dict[str, Any], client: WebClient) -> None:
        channel, _, thread_ts = PlanButtons._where(body)

        def run(plan_id: str) -> None:
            plan = lifecycle.show(self.deps, plan_id)
            client.files_upload_v2(
                channel=channel,
                thread_ts=thread_ts,
                initial_comment=f"Plan `{plan_id}` as Markdown and JSON.",
                file_uploads=[
                    {
                        "content": plan.to_markdown(),
                        "filename": f"{plan_id}.md",
                        "title": f"{plan.name} (Markdown)",
                    },
                    {
                        "content": plan.model_dump_json(indent=2),
                        "filename": f"{plan_id}.json",
                        "title": f"{plan.name} (JSON)",
                    },
                ],
            )

            if (
                plan.approval is not None
            ):  # the audience files stay in the workspace: contact details never go to Slack
                report = lifecycle.export(self.deps, plan_id)
                counts = ", ".join(f"{f.channel} {f.customers:,}" for f in report.files)
                client.chat_postMessage(
                    channel=channel,
                    thread_ts=thread_ts,
                    text=(
                        f":outbox_tray: Audience of plan `{plan_id}` exported for your email/SMS tool ({counts}; "
                        f"consent checked again now) to `{report.folder}` on the copilot host."
                    ),
                )

        PlanButtons._plan_action(self, "export", body, client, run)

    def on_regenerate(self: _Host, body: dict[str, Any], client: WebClient) -> None:
        channel, ts, thread_ts = PlanButtons._where(body)
        plan_id = (body.get("actions") or [{}])[0].get("value", "")
        key = f"plan:{plan_id}"
        msg = self._message(client, channel, ts)
        if self.turns.would_wait(key):
            msg.update(WAITING)

        cid = conversation_id((body.get("team") or {}).get("id"), channel, thread_ts)

        def charge(ledger: CostLedger) -> None:  # the thread's conversation pays for the new copy
            self._conversations().record_calls(cid, ledger.calls)

        def run(plan_id: str) -> None:
            plan = lifecycle.regenerate(self.deps, plan_id, ledger_sink=charge)
            msg.finish(plan_text(plan), blocks=plan_to_slack_blocks(plan))
            client.chat_postMessage(
                channel=channel,
                thread_ts=thread_ts,
                text=f":recycle: New copy for plan `{plan.plan_id}`. {plan_text(plan)}",
            )

        self.turns.submit(key, lambda: PlanButtons._plan_action(self, "copy regeneration", body, client, run))

    # --- read-outs -----------------------------------------------------------------------------
    def post_readout(
        self: _Host, client: WebClient, channel: str, thread_ts: str | None, plan_id: str, user: str
    ) -> None:
        """Post a plan's read-out (aggregates only); a failure is one private sentence to ``user``."""
        try:
            readout = lifecycle.readout(self.deps, plan_id)
        except Exception as exc:  # the boundary: one sentence to the person, detail to the log
            sentence = self._report(f"read-out of plan {plan_id!r}", exc)
            client.chat_postEphemeral(channel=channel, user=user, text=f":warning: {sentence}")
            return
        kwargs: dict[str, Any] = {"thread_ts": thread_ts} if thread_ts else {}
        client.chat_postMessage(
            channel=channel,
            text=clip(readout.headline(), 3000),
            blocks=readout_to_slack_blocks(readout),
            **kwargs,
        )

    def on_readout(self: _Host, body: dict[str, Any], client: WebClient) -> None:
        channel, _, thread_ts = PlanButtons._where(body)
        plan_id = (body.get("actions") or [{}])[0].get("value", "")
        self.post_readout(client, channel, thread_ts, plan_id, body["user"]["id"])
