"""Client/server: a real `chroma run` server on 127.0.0.1, used through chromadb.HttpClient."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.knowledge.ingest import ingest_paths
from copilot.knowledge.retrieval import search_facts
from copilot.knowledge.schemas import FactQuery
from copilot.knowledge.store import KnowledgeBase
from copilot.settings import load_settings
from copilot.workspace import open_workspace

pytestmark = pytest.mark.chroma_server

DOCS = {
    "boot.md": "---\nproduct_id: B1\nname: Crag Boot\ncategory: boots\n---\n# Crag Boot\n\n## Features\n"
               "- waterproof membrane keeps feet dry\n- resoleable construction\n\n## Price\nList price: $210.00.\n",
    "jacket.md": "---\nproduct_id: J1\nname: Gale Shell\ncategory: jackets\n---\n# Gale Shell\n\n## Features\n"
                 "- pit zips for venting\n- helmet-compatible hood\n",
    "notes.txt": "Free returns within 60 days.\n\nDesigned in Portland, Oregon.",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chroma_exe() -> str:
    exe = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if exe is None:
        pytest.fail("the `chroma` CLI (chromadb) is not installed")
    return exe


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [_chroma_exe(), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server")],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:  # wait for the heartbeat, bounded
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("chroma run did not answer its heartbeat within 120 s")
                time.sleep(0.2)  # poll interval while waiting for a state, not a fixed wait
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.close()


def test_http_client_behaves_like_the_embedded_store(chroma_server: int, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")

    embedded_ws = open_workspace(tmp_path / "embedded")
    embedded = KnowledgeBase.open(load_settings(embedded_ws.root), embedded_ws)
    server_ws = open_workspace(tmp_path / "client")
    settings = load_settings(server_ws.root, chroma_host="127.0.0.1", chroma_port=chroma_server)
    remote = KnowledgeBase.open(settings, server_ws)
    assert remote.location == f"http://127.0.0.1:{chroma_server}"
    assert not server_ws.chroma_dir.exists()  # nothing stored locally

    r1 = ingest_paths(embedded, [docs])
    r2 = ingest_paths(remote, [docs])
    assert (r1.added, r1.chunks) == (r2.added, r2.chunks) == (5, 5)
    assert ingest_paths(remote, [docs]).added == 0  # stable ids over HTTP too
    assert sorted(embedded.ids()) == sorted(remote.ids())

    for q in ("boot that keeps feet dry", "jacket with vents", "how long do I have to return it"):
        a = search_facts(embedded, FactQuery(query=q, k=3))
        b = search_facts(remote, FactQuery(query=q, k=3))
        assert [f.fact_id for f in a.facts] == [f.fact_id for f in b.facts]
        assert [f.score for f in a.facts] == pytest.approx([f.score for f in b.facts], abs=1e-3)

    remote.delete(["missing-id"])
    assert remote.stats().chunks == 5
    reopened = KnowledgeBase.open(settings, server_ws)  # a new client finds the same collection
    assert reopened.count() == 5
    cfg = reopened.collection.configuration_json["embedding_function"]
    assert cfg["name"] == "copilot-minilm-int8"


WRITER = r"""
import sys
from pathlib import Path
from copilot.knowledge.ingest import ingest_paths
from copilot.knowledge.store import KnowledgeBase
from copilot.settings import load_settings
from copilot.workspace import open_workspace
ws = open_workspace(sys.argv[1])
doc = Path(sys.argv[3])
doc.write_text(doc.read_text(encoding="utf-8").replace("1,900 g", "1,650 g"), encoding="utf-8")
kb = KnowledgeBase.open(load_settings(ws.root, chroma_host="127.0.0.1", chroma_port=int(sys.argv[2])), ws)
report = ingest_paths(kb, [doc])
print(report.added, report.removed, report.chunks)
"""


def test_a_running_process_sees_another_process_change_a_fact(chroma_server: int, tmp_path: Path) -> None:
    """Two processes on one `chroma run` server: a fact changed by the second (same chunk count)
    is what the first, long-running one returns next -- not its cached old text."""
    doc = tmp_path / "tent.md"
    doc.write_text("---\nproduct_id: T9\nname: Hut Tent\ncategory: tents\n---\n# Hut Tent\n\n"
                   "## Specifications\nWeight: 1,900 g.\n\n## Price\nList price: $299.00.\n", encoding="utf-8")
    ws = open_workspace(tmp_path / "client")
    running = KnowledgeBase.open(load_settings(ws.root, chroma_host="127.0.0.1", chroma_port=chroma_server), ws)
    ingest_paths(running, [doc])
    query = FactQuery(query="How heavy is the Hut Tent?", k=1)
    assert "1,900 g" in search_facts(running, query).facts[0].text  # snapshot + keyword index cached
    n = running.count()
    proc = subprocess.run([sys.executable, "-c", WRITER, str(ws.root), str(chroma_server), str(doc)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split()[-3:] == ["1", "1", str(n)]  # one fact replaced, same chunk count
    assert running.count() == n and running.version == 1  # neither the count nor our own writes moved
    assert "1,650 g" in search_facts(running, query).facts[0].text
    assert all("1,900" not in c.text for c in running.all_chunks())
