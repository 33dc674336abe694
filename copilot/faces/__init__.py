"""The faces: thin adapters (CLI, terminal chat, Slack) over the one core in copilot.core."""
