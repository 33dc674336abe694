"""Dependencies passed to every tool, the agent and the planner as one typed object.

Tests build their own ``Deps`` (a fixture workspace, a scripted chat model, a fixed clock)
instead of patching globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from copilot.settings import Settings, load_settings
from copilot.workspace import Workspace, workspace_from_settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from copilot.knowledge.store import KnowledgeBase
    from copilot.tools.artifacts import ArtifactStore


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Deps:
    settings: Settings
    workspace: Workspace
    clock: Callable[[], datetime] = _utcnow
    chat_model: BaseChatModel | None = None  # injected in tests; built from settings otherwise
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **kwargs: Any) -> Deps:
        settings = settings or load_settings()
        return cls(settings=settings, workspace=workspace_from_settings(settings), **kwargs)

    @property
    def artifacts(self) -> ArtifactStore:
        """Trained model artifacts, loaded once per Deps and checked for staleness."""
        if "artifacts" not in self._cache:
            from copilot.tools.artifacts import ArtifactStore

            self._cache["artifacts"] = ArtifactStore(self.workspace)
        store: ArtifactStore = self._cache["artifacts"]
        return store

    @property
    def knowledge(self) -> KnowledgeBase:
        """The product-facts vector store (embedded Chroma, or a Chroma server if configured)."""
        if "knowledge" not in self._cache:
            from copilot.knowledge.store import KnowledgeBase

            self._cache["knowledge"] = KnowledgeBase.open(self.settings, self.workspace)
        kb: KnowledgeBase = self._cache["knowledge"]
        return kb

    def get_chat_model(self) -> BaseChatModel:
        """The chat model from settings (local by default), built once."""
        if self.chat_model is None:
            from copilot.llm.providers import make_chat_model

            self.chat_model = make_chat_model(self.settings, self.workspace)
        return self.chat_model
