"""A request written as a table: a header row of field names and rows of values, cells split by "|" or "｜"
("Name | Audience | KPI | Budget | Dates" over "Spring Hiker Reactivation | hikers, no order in 120d+ | conversions |
$3,500 | …", 活动名称｜人群｜KPI｜预算｜日期).

The values are read by the ordinary rules where they stand; this module claims the header row (field names are
no clause: "Offer" in a header offers nothing) and reads what only the header gives a meaning: a KPI column's
bare metric word ("conversions", GMV).
"""

from __future__ import annotations

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.okr import okr_metric
from copilot.reading.schema import Metric
from copilot.reading.text import Text

_SEP = re.compile(r"[|｜]")
_HEADER_CELL = re.compile(r"\s*[A-Za-z][A-Za-z /&()#'-]{0,24}\s*|\s*[\u4e00-\u9fffA-Za-z/（）()]{1,8}\s*")
_KPI = re.compile(r"\s*(?:kpi|goal|metric|success metric|objective kpi|target metric|目标|指标|核心指标|考核指标)\s*", re.IGNORECASE)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SEP.finditer(line):
        out.append((offset + start, offset + m.start()))
        start = m.end()
    out.append((offset + start, offset + len(line)))
    return out


def header_rows(text: str) -> list[tuple[tuple[int, int], list[str], list[list[tuple[int, int]]]]]:
    """Each table: (header row span, field names, the value rows' cell spans)."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    tables = []
    for i, (start, line) in enumerate(lines):
        cells = _cells(line, start)
        if len(cells) < 3 or re.search(r"\d", line) or not all(_HEADER_CELL.fullmatch(text[a:b]) for a, b in cells):
            continue
        rows = []
        for vstart, vline in lines[i + 1 :]:
            vcells = _cells(vline, vstart)
            if len(vcells) != len(cells):
                break
            rows.append(vcells)
        if rows:
            tables.append(((start, start + len(line)), [text[a:b].strip() for a, b in cells], rows))
    return tables


def claim_headers(t: Text) -> Metric | None:
    """Claim every table's header row; the metric a KPI column names, if any."""
    metric = None
    for (a, b), names, rows in header_rows(t.text):
        t.take(a, b)
        for col, name in enumerate(names):
            if not _KPI.fullmatch(name) or metric is not None:
                continue
            for row in rows:
                ca, cb = row[col]
                cell = t.text[ca:cb].strip()
                for metric_name, words in lx.METRIC_WORDS.items():
                    if cell and any(re.fullmatch(w, cell, re.IGNORECASE) for w in words):
                        at = t.text.index(cell, ca)
                        metric = Metric(name=metric_name, span=t.take(at, at + len(cell)))
                        break
                if metric is not None:
                    break
    return metric or okr_metric(t)  # a campaign under an OKR: its first key result's outcome (okr.py)
