"""JSON-schema helpers for constrained generation.

Small local models loop on unbounded strings, so every schema sent as a grammar goes through
:func:`bounded_schema`: ``$ref`` s inlined (schemas get nested inside a router schema), titles
dropped (noise), and every string/array given a ``maxLength``/``maxItems`` when it has none.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

DEFAULT_MAX_STRING = 300
DEFAULT_MAX_ITEMS = 20

_NAME_RE = re.compile(r"[^a-zA-Z0-9_-]+")
_FIXED_FORMATS = ("date", "date-time", "time", "uuid")


def schema_name(model: type[BaseModel]) -> str:
    """A name accepted by OpenAI's ``json_schema.name`` (``^[a-zA-Z0-9_-]{1,64}$``)."""
    return _NAME_RE.sub("_", model.__name__)[:64] or "Output"


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace local ``$ref`` s (``#/$defs/X``) by the definitions; drop ``$defs``.

    Raises ValueError on recursive definitions (they cannot be inlined).
    """
    defs: dict[str, Any] = dict(schema.get("$defs", {}) or {})
    defs.update(schema.get("definitions", {}) or {})

    def resolve(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(("#/$defs/", "#/definitions/")):
                key = ref.rsplit("/", 1)[-1]
                if key in stack:
                    raise ValueError(f"recursive schema definition '{key}' cannot be inlined")
                if key not in defs:
                    raise ValueError(f"unknown schema reference {ref}")
                merged = {**copy.deepcopy(defs[key]), **{k: v for k, v in node.items() if k != "$ref"}}
                return resolve(merged, (*stack, key))
            return {k: resolve(v, stack) for k, v in node.items() if k not in ("$defs", "definitions")}
        if isinstance(node, list):
            return [resolve(v, stack) for v in node]
        return node

    out = resolve(schema, ())
    assert isinstance(out, dict)
    return out


def bounded_schema(
    schema: dict[str, Any],
    *,
    max_string: int = DEFAULT_MAX_STRING,
    max_items: int = DEFAULT_MAX_ITEMS,
    keep_titles: bool = False,
) -> dict[str, Any]:
    """A copy of ``schema`` with refs inlined, titles dropped and every string/array bounded."""

    def walk(node: Any, in_properties: bool = False) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        if in_properties:  # keys are property names, values are schemas
            return {k: walk(v) for k, v in node.items()}
        out: dict[str, Any] = {}
        for k, v in node.items():
            if k == "title" and not keep_titles and isinstance(v, str):
                continue
            if k in ("properties", "patternProperties"):
                out[k] = walk(v, in_properties=True)
            else:
                out[k] = walk(v)
        types = out.get("type")
        type_set = set(types) if isinstance(types, list) else {types}
        unbounded_string = not ({"maxLength", "enum", "const"} & out.keys())
        if "string" in type_set and unbounded_string and out.get("format") not in _FIXED_FORMATS:
            out["maxLength"] = max_string
        if "array" in type_set and "maxItems" not in out:
            out["maxItems"] = max_items
        return out

    result = walk(inline_refs(schema))
    assert isinstance(result, dict)
    return result


def model_schema(model: type[BaseModel], **kwargs: Any) -> dict[str, Any]:
    """The bounded, self-contained JSON schema of a pydantic model."""
    return bounded_schema(model.model_json_schema(), **kwargs)


def unbounded_fields(schema: dict[str, Any], path: str = "$") -> list[str]:
    """JSON paths of strings without ``maxLength`` and arrays without ``maxItems`` (a lint)."""
    found: list[str] = []
    schema = inline_refs(schema)

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")
            return
        if not isinstance(node, dict):
            return
        types = node.get("type")
        type_set = set(types) if isinstance(types, list) else {types}
        if "string" in type_set and not ({"maxLength", "enum", "const", "format"} & node.keys()):
            found.append(where)
        if "array" in type_set and "maxItems" not in node:
            found.append(where)
        for key, sub in (node.get("properties") or {}).items():
            walk(sub, f"{where}.{key}")
        for key in ("items", "anyOf", "oneOf", "allOf", "additionalProperties"):
            if key in node:
                walk(node[key], f"{where}.{key}")

    walk(schema, path)
    return found


VOCABULARY_KEY = "x-vocabulary"


def apply_vocabulary(schema: dict[str, Any], vocabulary: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """A copy of ``schema`` where every string marked ``{"x-vocabulary": name}`` becomes an
    ``enum`` of ``vocabulary[name]`` (length bounds dropped: the enum bounds it). Markers whose
    vocabulary is unknown or empty stay plain bounded strings. No marker survives: the result is
    standard JSON schema for any provider or grammar."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        out = {k: walk(v) for k, v in node.items() if k != VOCABULARY_KEY}
        names = list(dict.fromkeys(vocabulary.get(str(node.get(VOCABULARY_KEY)), ()))) if VOCABULARY_KEY in node else []
        if names and out.get("type") == "string":
            out = {k: v for k, v in out.items() if k not in ("maxLength", "minLength", "pattern")}
            out["enum"] = names
        return out

    result = walk(schema)
    assert isinstance(result, dict)
    return result
