"""The first load of a model whose tables the store's connection does not hold (the recommender) keeps what
was derived from the tables (issue #14: it dropped every per-version copy, rebuilt in seconds at 1M customers
by the next audience query); a new version of any model still drops it."""

from __future__ import annotations

import json
import shutil

from copilot.deps import Deps

NEW_VERSION = "29990101-000000"


def test_a_first_recommender_load_keeps_the_memos_and_a_new_version_drops_them(deps: Deps) -> None:
    store = deps.artifacts
    made: list[int] = []

    def value() -> int:
        made.append(1)
        return len(made)

    store.load("segments")
    assert store.memo("probe", value) == 1
    store.load("recommender")  # first load in this store
    assert store.memo("probe", value) == 1 and len(made) == 1
    version = store.published()["recommender"]
    shutil.copytree(store.root / "recommender" / version, store.root / "recommender" / NEW_VERSION)
    meta_path = store.root / "recommender" / NEW_VERSION / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps(meta | {"version": NEW_VERSION}), encoding="utf-8")
    store.publish("recommender", NEW_VERSION)
    assert store.load("recommender").version == NEW_VERSION
    assert store.memo("probe", value) == 2  # recomputed for the new version
