"""The `copilot` command line. Each command group lives in its own small module."""
