"""Artifacts: missing and stale models give a clear error; a failed training changes nothing."""

from __future__ import annotations

import pytest

from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.settings import load_settings
from copilot.tools import training
from copilot.tools.artifacts import ArtifactStore
from copilot.tools.models import SegmentQuery
from copilot.tools.segments import segment_lookup
from copilot.workspace import Workspace


def test_untrained_workspace_says_how_to_fix(small_workspace: Workspace) -> None:
    deps = Deps(settings=load_settings(small_workspace.root), workspace=small_workspace)
    with pytest.raises(MissingArtifactError, match=r"not trained.*Run `copilot train`") as info:
        segment_lookup(deps, SegmentQuery())
    assert info.value.exit_code == 3


def test_metadata_is_complete(deps: Deps) -> None:
    for name in ("segments", "propensity", "recommender"):
        art = deps.artifacts.load(name)
        for key in ("version", "trained_at", "as_of", "data_fingerprint", "libraries", "metrics"):
            assert key in art.meta, (name, key)
        assert art.meta["as_of"] == "2026-11-01"  # the data's date, not the wall clock
    assert deps.artifacts.load("propensity").meta["metrics"]["logistic"]["macro_auc"] > 0.5
    assert deps.artifacts.load("propensity").meta["metrics"]["hist_gradient_boosting"]["macro_auc"] > 0.5


def test_new_data_makes_models_stale(trained_workspace: Workspace) -> None:
    with trained_workspace.connect(read_only=False) as con:
        con.execute("INSERT INTO orders SELECT 'O-new', customer_id, TIMESTAMP '2026-10-31 12:00:00', 10 "
                    "FROM customers ORDER BY customer_id LIMIT 1")
    deps = Deps(settings=load_settings(trained_workspace.root), workspace=trained_workspace)
    with pytest.raises(MissingArtifactError, match=r"trained on older data \(orders \d+ -> \d+ rows\).*copilot train"):
        segment_lookup(deps, SegmentQuery())
    relaxed = ArtifactStore(trained_workspace, allow_stale=True)
    assert relaxed.load("segments").version == deps.artifacts.current_version("segments")


def test_failed_training_keeps_the_previous_models(trained_workspace: Workspace,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    deps = Deps(settings=load_settings(trained_workspace.root), workspace=trained_workspace)
    before = {n: deps.artifacts.current_version(n) for n in ("segments", "propensity", "recommender")}

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    # fail after the segments artifact is written but before anything is published
    monkeypatch.setattr(training, "_train_propensity", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        training.train_all(deps)
    after = {n: deps.artifacts.current_version(n) for n in before}
    assert after == before
    assert len(deps.artifacts.versions("segments")) == 2  # the new one is on disk, not live
    assert segment_lookup(deps, SegmentQuery()).model_version == before["segments"]
