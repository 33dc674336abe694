"""`copilot knowledge ingest/search/stats`: the product-facts knowledge base for humans."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.faces.cli.context import WAIT_HELP, err, note, out, state, writing
from copilot.knowledge.ingest import MAX_FILE_BYTES
from copilot.knowledge.store import ProgressFn

knowledge_app = typer.Typer(
    name="knowledge",
    help="The product-facts knowledge base: ingest documents, search facts, show what is stored.",
    no_args_is_help=True,
)

INGEST_HELP = "\n\n".join([
    "Chunk, embed (offline) and store documents as citable facts.",
    "PATHs are files or folders of Markdown, plain text, HTML, CSV or JSON. Without PATHs, the demo "
    "brand's documents (one per product, the brand-voice and compliance guides) and insights from the "
    "workspace's product reviews are ingested.",
    "Re-ingesting an unchanged file adds nothing; a changed file replaces its old facts; --prune also "
    "removes the facts of files that no longer exist. A file that cannot be read is reported and the "
    "rest of the batch still ingests (exit code 1 when any failed).",
    f"A file must be UTF-8 text (NUL or control bytes mean a binary file: refused) of at most "
    f"{MAX_FILE_BYTES // 2**20} MB (split bigger ones); big files are read with a progress bar. A fact that "
    "reads like an instruction to a model (\"ignore previous instructions...\") is flagged: `copilot "
    "knowledge stats` lists it and no search returns it.",
])


@contextmanager
def _progress(label: str) -> Iterator[ProgressFn]:
    """A rich progress bar on stderr driven by the library's ``progress(done, total, what)``."""
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=max(total, 1), description=f"{label}: {what}")

        yield update


def _no_store(deps: Deps) -> bool:
    """True when the workspace has no embedded knowledge base yet (and none is configured on a server)."""
    return not deps.settings.chroma_host and not deps.workspace.chroma_dir.exists()


@knowledge_app.command("ingest", help=INGEST_HELP)
def ingest(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(None, help="Files or folders (default: demo sources + reviews)."),
    prune: bool = typer.Option(False, "--prune", help="Also remove facts of files that no longer exist."),
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
) -> None:
    from copilot.knowledge.ingest import ingest_paths

    deps = state(ctx).deps()
    with writing(deps, "copilot knowledge ingest", wait=wait), _progress("ingest") as progress:
        report = ingest_paths(deps, list(paths) if paths else None, prune=prune, progress=progress)
    for path, reason in report.failed:
        err.print(f"[bold red]failed:[/] {escape(path)}: {escape(reason)}", highlight=False)
    out.print(
        f"{report.files} sources: [bold]{report.added}[/] facts added, {report.unchanged} unchanged, "
        f"{report.removed} removed ({report.updated} sources updated). "
        f"{report.chunks} facts in the knowledge base.",
        highlight=False,
    )
    if report.failed:
        raise typer.Exit(1)


@knowledge_app.command("search")
def search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="What to look up, e.g. 'waterproof trail shoe'."),
    k: int = typer.Option(5, "-k", "--top", min=1, max=20, help="How many facts."),
    product: str | None = typer.Option(None, "--product", help="Only facts about this product id."),
    category: str | None = typer.Option(None, "--category", help="Only facts in this category slug."),
) -> None:
    """Search the stored facts; shows each fact with the id to cite (read-only). Facts that read like
    instructions to a model are never shown as facts."""
    from copilot.knowledge.retrieval import search_product_facts
    from copilot.knowledge.schemas import FactQuery

    try:
        fq = FactQuery(query=query, k=k, product_id=product, category=category)
    except ValidationError as exc:
        raise UsageError(f"Invalid search: {exc.errors()[0]['msg']}.") from exc
    deps = state(ctx).deps()
    if _no_store(deps) or deps.knowledge.count() == 0:
        from copilot.errors import MissingArtifactError

        raise MissingArtifactError("The knowledge base is empty.", hint="Run `copilot knowledge ingest`.")
    results = search_product_facts(deps, fq)
    if results.withheld:
        note(f"[yellow]withheld:[/] {len(results.withheld)} matching fact(s) read like instructions to a model, "
             f"not product facts: {escape(', '.join(f.fact_id for f in results.withheld))} "
             "(`copilot knowledge stats` lists them).")
    if not results.facts:
        out.print(f"No facts found for {query!r}.", highlight=False)
        return
    table = Table(title=f"Facts for “{escape(query)}”", show_lines=False)
    id_width = max(len(f.fact_id) for f in results.facts)
    table.add_column("fact id", style="bold cyan", no_wrap=True, min_width=id_width)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("product", no_wrap=True)
    table.add_column("fact", ratio=3, overflow="fold")
    table.add_column("source", style="dim", ratio=1, overflow="fold")
    for f in results.facts:
        text = escape(f.text) + (f"\n[dim]phrasing:[/dim] {escape(f.phrasing)}" if f.phrasing else "")
        table.add_row(f.fact_id, f"{f.score:.2f}", f.product_id or "", text, escape(f.source))
    out.print(table)


@knowledge_app.command("stats")
def stats(
    ctx: typer.Context,
    by_file: bool = typer.Option(False, "--by-file", help="Also list every source file with its facts."),
) -> None:
    """How many facts are stored (first), then per source folder; --by-file lists every file; then the
    facts flagged as reading like instructions to a model (never returned by a search). Read-only."""
    deps = state(ctx).deps()
    if _no_store(deps):  # read-only: opening the embedded store would create it
        out.print(f"0 facts: no knowledge base at {escape(str(deps.workspace.chroma_dir))} yet. "
                  "Run `copilot knowledge ingest`.", highlight=False)
        return
    s = deps.knowledge.stats()
    out.print(f"{s.chunks} facts in '{s.collection}' at {escape(s.location)}", highlight=False)
    if not s.sources:
        out.print("Empty: run `copilot knowledge ingest`.")
        return
    table = Table(show_header=True)
    table.add_column("source", overflow="fold")
    table.add_column("facts", justify="right", no_wrap=True)
    groups = s.source_groups()
    for src, n in groups.items():
        table.add_row(escape(src), str(n))
    out.print(table)
    if by_file:
        files = Table(show_header=True, title=f"{len(s.sources)} sources, one row each")
        files.add_column("source file", overflow="fold")
        files.add_column("facts", justify="right", no_wrap=True)
        for src in sorted(s.sources):
            files.add_row(escape(src), str(s.sources[src]))
        out.print(files)
    if s.flagged:
        out.print(f"{len(s.flagged)} flagged fact(s) read like instructions to a model (withheld from every search):",
                  highlight=False)
        for fid, src, reason in s.flagged:
            out.print(f"  flagged {fid} ({src}): {reason}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.add_typer(knowledge_app)
