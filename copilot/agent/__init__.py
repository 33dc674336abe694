"""The tool-calling agent: one loop (:mod:`copilot.agent.loop`), two drivers
(:mod:`copilot.agent.drivers`), tools from typed functions (:mod:`copilot.agent.toolset`),
SQLite memory (:mod:`copilot.agent.memory`) and streaming events (:mod:`copilot.agent.events`).
The faces use :class:`copilot.core.Session` rather than these modules directly."""
