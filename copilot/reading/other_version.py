"""A version the catalogue lacks of a product it has (decision 250): "the Alder Trail 3" where the catalogue holds the
Alder Trail 2, "Kestrel Pack 40 v2", 新款Alder Trail 3. No product is promoted from it (the version named is not
sold yet, or not by this store); it is listed (product) with the version the catalogue has, so the writer can
pick it or wait. Read before the promoted products, its words claimed.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_VERSIONED = re.compile(
    r"(?:\bthe\s+|\bour\s+|新款|新一代)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(?P<v>\d{1,2}|v\d{1,2}|[IVX]{1,4})(?![\w.%-])"
)


def other_versions(t: Text, cat: Catalogue, na: list[NotApplied]) -> None:
    """List (product) a named version the catalogue does not hold of a product line it does."""
    names = {name.lower(): (pid, name) for pid, name, _slug in cat.products}
    for m in _VERSIONED.finditer(t.text):
        said = f"{m.group('name')} {m.group('v')}"
        if said.lower() in names or not t.free(m.start(), m.end()):
            continue
        stem = m.group("name").lower() + " "
        held = [(pid, name) for key, (pid, name) in names.items()
                if key.startswith(stem) and re.fullmatch(r"(?:\d{1,2}|v\d{1,2}|[ivx]{1,4})", key[len(stem):])]
        if not held:
            continue
        have = ", ".join(f"the {name} ({pid})" for pid, name in held[:3])
        na.append(NotApplied(
            text=m.group(0), span=t.take(m.start(), m.end()), affects="product",
            reason=f"the catalogue has no {said}; it has {have}: name that one to promote it",
        ))
