"""Prompts as files, loaded with importlib.resources."""
