"""Assemble BENCHMARKS.md from benchmarks/results/*.md (each script writes its own section).

Usage: ``python benchmarks/assemble.py`` -- headings are demoted one level under one title, in a
fixed order (tools, knowledge, llm, planner, agent, scale; any other result file after them).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
ORDER = ("tools", "knowledge", "llm", "planner", "agent", "scale")

HEADER = """# Benchmarks

Figures written by the scripts in `benchmarks/` (each writes `benchmarks/results/<name>.md` and
`.json`; `python benchmarks/assemble.py` rebuilds this file from them). All were measured on the
2-core, 24 GiB development machine, usually **while other jobs were running**: each section states
the load average during its run. Wall-clock times under load are pessimistic; CPU seconds are
given where the scripts measured them.
"""


def demote(text: str) -> str:
    return "\n".join("#" + line if line.startswith("#") else line for line in text.strip().splitlines())


def main() -> int:
    files = {p.stem: p for p in RESULTS.glob("*.md")}
    names = [n for n in ORDER if n in files] + sorted(set(files) - set(ORDER))
    parts = [HEADER.strip()] + [demote(files[n].read_text(encoding="utf-8")) for n in names]
    (ROOT / "BENCHMARKS.md").write_text("\n\n\n".join(parts) + "\n", encoding="utf-8")
    print(f"BENCHMARKS.md: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
