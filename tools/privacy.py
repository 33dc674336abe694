"""Pseudonymous customer ids: what tools show instead of the brand's own customer ids.

``pseudonym(customer_id, salt)`` is ``"cus_" + 10 hex`` of HMAC-SHA256 keyed with a random
per-workspace salt (``models/salt``, created atomically once). Without the workspace the
pseudonym cannot be linked back to the customer; with it, :func:`resolve_customer` maps a
pseudonym back (tools accepting a customer accept the pseudonym).

PII columns of the data contract (email, phone, first name) and raw customer ids never appear
in a tool's output; ``tests/tools/test_privacy.py`` scans every tool's JSON for them.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import tempfile
from pathlib import Path

from copilot.workspace import Workspace

PSEUDONYM_RE = re.compile(r"^cus_[0-9a-f]{10}$")
SALT_FILE = "salt"


def pseudonym(customer_id: str, salt: bytes) -> str:
    """The pseudonym of ``customer_id`` under ``salt``: ``"cus_" + 10 hex`` (HMAC-SHA256)."""
    digest = hmac.new(salt, str(customer_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return "cus_" + digest[:10]


def looks_like_pseudonym(value: str) -> bool:
    return bool(PSEUDONYM_RE.match(value))


def workspace_salt(workspace: Workspace) -> bytes:
    """The workspace's salt, created once (atomically: concurrent callers agree on one salt)."""
    path = workspace.models_dir / SALT_FILE
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".salt.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32))
            fh.flush()
            os.fsync(fh.fileno())
        # link() fails if another process created the salt first: then theirs wins.
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def pseudonymize_many(customer_ids: list[str], salt: bytes) -> list[str]:
    """Pseudonyms of many ids (used at training time to store a lookup column)."""
    return [pseudonym(c, salt) for c in customer_ids]
