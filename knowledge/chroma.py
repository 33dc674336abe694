"""Opening Chroma for copilot: the client (embedded or a server), and refusing collections that are not ours.

* :func:`open_client` uses ``chromadb.PersistentClient(workspace.chroma_dir)``, or
  ``chromadb.HttpClient(host, port)`` when ``settings.chroma_host`` is set (a ``chroma run``
  server). Telemetry is off.
* :func:`open_collection` gets or creates the collection with cosine distance and copilot's offline
  embedding function, and :func:`check_collection` refuses one created with any other embedding
  function, with none recorded, or with another distance: its vectors may come from any model and
  Chroma cannot change a collection's distance, so adopting it would silently return wrong neighbours.
* Chroma's own exceptions become one :class:`~copilot.errors.KnowledgeError` sentence with a hint.

Split from ``copilot.knowledge.store`` (the store's reads, writes and caches) so the rules about
which collection copilot accepts read on their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import chromadb
from chromadb.config import Settings as ChromaSettings

from copilot.errors import KnowledgeError
from copilot.knowledge.embeddings import EF_NAME

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from copilot.settings import Settings
    from copilot.workspace import Workspace


def sentence(exc: BaseException) -> str:
    """An exception's message as the end of a sentence (no trailing punctuation)."""
    return str(exc).strip().rstrip(".?! ") or type(exc).__name__


def chroma_settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def open_client(settings: Settings, workspace: Workspace) -> tuple[ClientAPI, str]:
    """The Chroma client for the workspace (embedded store, or the server in settings) and where it is."""
    try:
        if settings.chroma_host:
            client = chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings()
            )
            return client, f"http://{settings.chroma_host}:{settings.chroma_port}"
        workspace.chroma_dir.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(workspace.chroma_dir), settings=chroma_settings())
        return client, str(workspace.chroma_dir)
    except KnowledgeError:
        raise
    except Exception as exc:  # chromadb raises bare ValueError/ConnectionError subclasses
        where = (
            f"the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(workspace.chroma_dir)
        )
        raise KnowledgeError(
            f"Cannot open the knowledge base at {where}: {sentence(exc)}.",
            hint="Check COPILOT_CHROMA_HOST/COPILOT_CHROMA_PORT (unset them for the embedded store)."
            if settings.chroma_host
            else "Delete the folder and run `copilot knowledge ingest`.",
        ) from exc


def open_collection(client: ClientAPI, name: str, location: str, embedding_function: Any) -> Collection:
    """Get or create the collection ``name`` (cosine distance, copilot's embedding function), checked."""
    try:
        collection = client.get_or_create_collection(
            name,
            embedding_function=embedding_function,
            configuration={"hnsw": {"space": "cosine"}},
        )
    except ValueError as exc:
        raise KnowledgeError(
            f"The Chroma collection '{name}' at {location} cannot be used: {sentence(exc)}.",
            hint="Delete it or choose another one with COPILOT_CHROMA_COLLECTION.",
        ) from exc
    check_collection(collection, name, location)
    return collection


def check_collection(collection: Collection, name: str, location: str) -> None:
    """Refuse a collection whose vectors may not be ours (see the module docstring)."""
    config = collection.configuration_json or {}
    ef = config.get("embedding_function") or {}
    ef_name = ef.get("name")
    where = f"The Chroma collection '{name}' at {location}"
    fresh = (
        f"Set COPILOT_CHROMA_COLLECTION to a new name and run `copilot knowledge ingest` "
        f"(or delete the collection '{name}' if nothing else uses it)."
    )
    if ef_name is None:
        recorded = "Chroma's 'legacy' type" if ef.get("type") == "legacy" else "none"
        raise KnowledgeError(
            f"{where} records no embedding function ({recorded}): it was created by another client "
            "(e.g. langchain_chroma.Chroma or chromadb without an embedding function), so its vectors "
            f"may come from any model and copilot cannot use it with its offline '{EF_NAME}'.",
            hint=fresh,
        )
    if ef_name != EF_NAME:
        raise KnowledgeError(
            f"{where} was created with the embedding function '{ef_name}', not copilot's offline '{EF_NAME}'.",
            hint=fresh,
        )
    index = config.get("hnsw") or config.get("spann") or {}
    space = index.get("space")
    if space not in (None, "cosine"):
        raise KnowledgeError(
            f"{where} uses '{space}' distance; copilot's facts need cosine (Chroma cannot change it).",
            hint=fresh,
        )


def read_failed(location: str, exc: Exception) -> KnowledgeError:
    """A read Chroma could not serve, as one sentence.

    The embedded store is one process's: its in-memory vector index does not see vectors another
    process wrote (Chroma: "Error finding id"); a `chroma run` server serves many."""
    embedded = not location.startswith("http")
    return KnowledgeError(
        f"Cannot read the vectors of the knowledge base at {location}: {sentence(exc)}.",
        hint="The embedded store serves one process at a time: if another process (an ingest) "
        "changed it, restart this one; to share facts between processes, run a Chroma server "
        "and set COPILOT_CHROMA_HOST."
        if embedded
        else "Check the Chroma server, then run `copilot knowledge ingest`.",
    )


def max_batch(client: ClientAPI) -> int:
    """How many records one Chroma call may carry (1000 when the server does not say)."""
    try:
        return max(1, min(5000, int(client.get_max_batch_size())))
    except Exception:  # older servers do not expose it
        return 1000
