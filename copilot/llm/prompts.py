"""Prompt files: ``prompts/*.md`` shipped as package data (``copilot.prompts``), loaded with
importlib.resources and filled with ``{placeholders}``.

Only ``{identifier}`` placeholders are substituted, so JSON examples in a prompt (``{"name": ...}``)
need no escaping. A placeholder without a value is an error, not a silent blank.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

PROMPTS_PACKAGE = "copilot.prompts"
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@lru_cache(maxsize=64)
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>`` (``.md`` added when no suffix is given)."""
    filename = name if "." in name else f"{name}.md"
    try:
        return (resources.files(PROMPTS_PACKAGE) / filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"prompt file '{filename}' not found in {PROMPTS_PACKAGE}") from None


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def fill(template: str, **values: Any) -> str:
    """Substitute ``{identifier}`` placeholders; raises KeyError naming a missing one."""
    missing = placeholders(template) - values.keys()
    if missing:
        raise KeyError(f"prompt placeholders without a value: {', '.join(sorted(missing))}")
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template)


def render_prompt(name: str, **values: Any) -> str:
    """Load ``prompts/<name>.md`` and fill its placeholders."""
    return fill(load_prompt(name), **values).strip() + "\n"
