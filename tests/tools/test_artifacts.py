"""Artifacts: missing and stale models give a clear error; a failed training changes nothing;
publishing is all at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from copilot.data.importer import import_files
from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.settings import load_settings
from copilot.tools import training
from copilot.tools.artifacts import CURRENT_FILE, MANIFEST_FILE, MODELS, ArtifactStore, data_fingerprint
from copilot.tools.channels import channel_stats
from copilot.tools.schemas import ChannelQuery, SegmentQuery
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
    before = {n: deps.artifacts.current_version(n) for n in MODELS}  # every registered model

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    # fail after the segments artifact is written but before anything is published
    monkeypatch.setattr(training, "_train_propensity", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        training.train_all(deps)
    after = {n: deps.artifacts.current_version(n) for n in before}
    assert after == before
    _assert_only(trained_workspace, before)  # what the failed run wrote is gone
    assert segment_lookup(deps, SegmentQuery()).model_version == before["segments"]


def _new_deps(ws: Workspace) -> Deps:
    return Deps(settings=load_settings(ws.root), workspace=ws)


def _versioned_files(ws: Workspace) -> set[str]:
    return {f.name for d in (ws.features_dir, ws.scores_dir) if d.exists() for f in d.iterdir()}


def _assert_only(ws: Workspace, live: dict[str, str]) -> None:
    """Exactly the ``live`` versions are on disk and served; no other version's file remains."""
    store = ArtifactStore(ws)
    assert store.published() == live
    for name, version in live.items():
        assert store.versions(name) == [version], name
        assert store.load(name).version == version
    assert all(f.endswith(f"-{live['segments']}.parquet") for f in _versioned_files(ws)), _versioned_files(ws)


# --- stale detection: content, not only row counts and dates ------------------------------------


def test_reimported_customers_with_flipped_consent_make_models_stale(trained_workspace: Workspace,
                                                                     tmp_path: Path) -> None:
    """customers.csv re-imported with --replace: same rows, same dates, 50 consent flags flipped.
    The tools must refuse the old reachable counts rather than serve them."""
    deps = _new_deps(trained_workspace)
    before = {c.channel: c.reachable for c in channel_stats(deps, ChannelQuery()).channels}
    csv = tmp_path / "customers.csv"
    with trained_workspace.connect(read_only=True) as con:
        con.execute(
            "COPY (SELECT * REPLACE (CASE WHEN customer_id IN (SELECT customer_id FROM customers "
            "ORDER BY customer_id LIMIT 50) THEN NOT consent_email ELSE consent_email END AS consent_email) "
            f"FROM customers ORDER BY customer_id) TO '{csv}' (HEADER)")
    import_files(trained_workspace, [csv], mode="replace")

    _, now = data_fingerprint(trained_workspace)
    trained = ArtifactStore(trained_workspace, allow_stale=True).load("segments").meta["table_stats"]
    for table, stats in trained.items():  # the row counts and latest dates did not move
        assert {k: v for k, v in stats.items() if k != "checksum"} == \
            {k: v for k, v in now[table].items() if k != "checksum"}, table
    assert now["customers"]["checksum"] != trained["customers"]["checksum"]
    assert {t: s["checksum"] for t, s in now.items() if t != "customers"} == \
        {t: s["checksum"] for t, s in trained.items() if t != "customers"}

    # the same process (fingerprint memoised and cached on disk before the import) and a fresh one
    for d in (deps, _new_deps(trained_workspace)):
        with pytest.raises(MissingArtifactError, match=r"trained on older data \(customers changed\).*copilot train"):
            channel_stats(d, ChannelQuery())
    relaxed = ArtifactStore(trained_workspace, allow_stale=True)
    assert relaxed.load("segments").version == deps.artifacts.current_version("segments")
    assert before["email"] > 0


def test_an_in_place_update_is_detected_despite_the_fingerprint_cache(trained_workspace: Workspace) -> None:
    deps = _new_deps(trained_workspace)
    segment_lookup(deps, SegmentQuery())  # fingerprint computed and cached
    assert (trained_workspace.cache_dir / "data_fingerprint.json").exists()
    with trained_workspace.connect(read_only=False) as con:
        con.execute("UPDATE products SET name = name || ' v2' WHERE product_id = (SELECT min(product_id) FROM products)")
    for d in (deps, _new_deps(trained_workspace)):
        with pytest.raises(MissingArtifactError, match=r"\(products changed\)"):
            segment_lookup(d, SegmentQuery())


# --- publishing: one atomic step -----------------------------------------------------------------


def _crash_at_publish(monkeypatch: pytest.MonkeyPatch, ws: Workspace, old: dict[str, str]) -> list[dict[str, str]]:
    """Make the manifest's os.replace fail like a power cut; record what a reader saw just before."""
    real = os.replace
    seen: list[dict[str, str]] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).name == MANIFEST_FILE:
            reader = ArtifactStore(ws)  # another process's view, with every new model folder complete on disk
            seen.append({n: reader.load(n).version for n in MODELS})
            assert all(len(reader.versions(n)) == 2 for n in MODELS)
            raise OSError("power cut while publishing")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_a_crash_while_publishing_leaves_every_previous_model_live(trained_workspace: Workspace,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    deps = _new_deps(trained_workspace)
    old = deps.artifacts.published()
    assert set(old) == set(MODELS) and len(set(old.values())) == 1
    seen = _crash_at_publish(monkeypatch, trained_workspace, old)
    with pytest.raises(OSError, match="power cut"):
        training.train_all(deps)
    monkeypatch.undo()
    assert seen == [old]  # during the publish: the previous versions, all three
    _assert_only(trained_workspace, old)  # after: the same, and the failed run's folders and files are gone
    assert segment_lookup(deps, SegmentQuery()).model_version == old["segments"]
    assert channel_stats(deps, ChannelQuery()).channels


def test_leftovers_of_a_killed_run_go_with_the_next_publish(trained_workspace: Workspace,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed outright cleans nothing up; its folders stay invisible, and the next
    successful training removes them and publishes all three models at once."""
    deps = _new_deps(trained_workspace)
    old = deps.artifacts.published()
    _crash_at_publish(monkeypatch, trained_workspace, old)
    monkeypatch.setattr(training, "_discard", lambda *_a: None)  # killed: no clean-up ran
    with pytest.raises(OSError, match="power cut"):
        training.train_all(deps)
    monkeypatch.undo()
    store = ArtifactStore(trained_workspace)
    leftover = [v for v in store.versions("segments") if v != old["segments"]]
    assert len(leftover) == 1 and store.published() == old

    report = training.train_all(deps)
    new = dict.fromkeys(MODELS, report.version)
    assert store.published() == new
    manifest = json.loads((trained_workspace.models_dir / MANIFEST_FILE).read_text())
    assert manifest == {"versions": new, "previous": old}
    for name in MODELS:  # the live and the previous version are kept; the killed run's is gone
        assert store.versions(name) == sorted([old[name], report.version]), name
    assert not any(leftover[0] in f for f in _versioned_files(trained_workspace))
    assert segment_lookup(deps, SegmentQuery()).model_version == report.version


def test_per_model_current_pointers_of_older_workspaces_are_read(trained_workspace: Workspace) -> None:
    models = trained_workspace.models_dir
    live = ArtifactStore(trained_workspace).published()
    (models / MANIFEST_FILE).unlink()  # the layout before the manifest: one CURRENT per model
    for name, version in live.items():
        (models / name / CURRENT_FILE).write_text(version + "\n")
    store = ArtifactStore(trained_workspace)
    assert store.published() == live
    assert segment_lookup(_new_deps(trained_workspace), SegmentQuery()).model_version == live["segments"]
    store.publish_all({"segments": live["segments"]})  # the next publish writes the manifest
    assert json.loads((models / MANIFEST_FILE).read_text())["versions"] == live
    assert not any((models / name / CURRENT_FILE).exists() for name in MODELS)
