"""`copilot init` and `copilot data import/contract/tables`: getting a brand's data into a workspace."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from copilot.data.contract import LOAD_ORDER, contract_markdown
from copilot.errors import UsageError
from copilot.faces.cli.context import err, first_run, out, state, stderr_progress
from copilot.workspace import Workspace, workspace_from_settings

data_app = typer.Typer(
    name="data",
    help="Import a brand's data, show the data contract, count rows.",
    no_args_is_help=True,
)

IMPORT_HELP = "\n\n".join([
    "Import CSV or Parquet FILEs into the workspace, validated against the data contract.",
    "The table comes from each file name (customers.csv, order_lines.parquet) or from --table. All files "
    "are one batch, loaded customers-first (so orders may refer to customers of the same batch) and "
    "all-or-nothing: if any row of any file breaks the contract, nothing is written and the error names "
    "the file, the row and the column. Rows are numbered as in a spreadsheet: in a CSV the header is row 1 "
    "and the first data row is row 2 (Parquet rows count from 1).",
    "Primary keys already in the workspace are rejected (imports append, never overwrite); --replace "
    "instead empties the batch's tables and loads the files as their new content. Columns outside the "
    "contract are ignored with a warning. An empty cell is a missing value.",
    "--example cdnow loads the real CDNOW purchase log (from the `lifetimes` package) as the workspace's "
    "whole data; it refuses to replace existing data without --force.",
])
INIT_HELP = "\n\n".join([
    "Create the workspace; with --demo, fill it with a seeded, synthetic demo brand.",
    "The demo has tens of thousands of customers, hundreds of thousands of orders over two years "
    "(2024-09-01 to 2026-10-31), past campaigns over email, SMS, push and paid social, and product "
    "reviews. All of it is generated: no real person is behind any row. An existing workspace's data "
    "is only replaced with --force.",
])


def _workspace(ctx: typer.Context) -> Workspace:
    return workspace_from_settings(state(ctx).settings())




def init(
    ctx: typer.Context,
    demo: bool = typer.Option(False, "--demo", help="Build the SYNTHETIC demo brand (Northtrail Outfitters)."),
    seed: int = typer.Option(7, "--seed", help="Random seed of the demo data; same seed, same data."),
    customers: int = typer.Option(30_000, "--customers", min=100, max=2_000_000,
                                  help="Number of demo customers (about 10 orders each)."),
    force: bool = typer.Option(False, "--force", help="Replace the data of an existing workspace."),
) -> None:
    """Create the workspace; with --demo, build the synthetic demo brand (see INIT_HELP)."""
    ws = _workspace(ctx)
    if not demo:
        ws.create()
        out.print(f"Workspace ready at {ws.root}.")
        if not ws.exists():
            out.print("Next: `copilot data import FILE...` for your data, or `copilot init --demo` for the demo brand.")
        return
    if ws.exists() and not force:
        raise UsageError(
            f"Workspace {ws.root} already has data; `init --demo` would replace all of it.",
            hint="Pass --force to replace it, or choose another folder with --workspace.",
        )
    from copilot.firstrun import build_demo

    done = build_demo(state(ctx).deps(), stage=stderr_progress, seed=seed, customers=customers, train=False)
    out.print(done.summary.to_text(), highlight=False)
    out.print(f"Product knowledge: {done.knowledge_chunks:,} facts indexed.", highlight=False)
    out.print(
        "The demo data is SYNTHETIC: generated customers, orders, campaigns and reviews of a fictional brand.",
        highlight=False,
    )
    out.print("Next: `copilot train` fits the models the tools use.", highlight=False)


@data_app.command("import", help=IMPORT_HELP)
def import_cmd(
    ctx: typer.Context,
    files: list[Path] | None = typer.Argument(None, help="CSV (.csv, .csv.gz, .tsv) or Parquet files."),
    table: str | None = typer.Option(None, "--table", "-t",
                                     help=f"Target table for every file: {', '.join(LOAD_ORDER)}."),
    replace: bool = typer.Option(False, "--replace", help="Empty the batch's tables first instead of appending."),
    example: str | None = typer.Option(None, "--example", help="Load a bundled real dataset instead: cdnow."),
    force: bool = typer.Option(False, "--force", help="With --example: replace a workspace's existing data."),
) -> None:
    ws = _workspace(ctx)
    if example is not None:
        if files:
            raise UsageError("Pass either FILEs or --example, not both.")
        from copilot.data.examples import import_example

        with stderr_progress(f"loading {example}") as update:
            report = import_example(ws, example, force=force, progress=update)
        out.print(report.to_text(), highlight=False)
        return
    if not files:
        raise UsageError("No files given.", hint="Usage: copilot data import FILE... (see --help).")
    from copilot.data.importer import import_files

    with stderr_progress("importing") as update:
        result = import_files(ws, list(files), table, mode="replace" if replace else "append", progress=update)
    for w in result.warnings:
        err.print(f"[yellow]warning:[/] {w}", highlight=False)
    out.print("\n".join(line for line in result.to_text().splitlines() if not line.startswith("warning:")),
              highlight=False)


@data_app.command("contract")
def contract_cmd() -> None:
    """Print the data contract (tables, columns, types, keys and rules) as Markdown."""
    out.print(contract_markdown(), markup=False, highlight=False)


@data_app.command("tables")
def tables_cmd(ctx: typer.Context) -> None:
    """Row counts of every contract table in the workspace (on a brand-new workspace, after building the
    SYNTHETIC demo brand)."""
    deps = state(ctx).deps()
    first_run(deps)
    ws = deps.workspace
    ws.require_data()
    with ws.connect() as con:
        counts = {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0]) for n in LOAD_ORDER}
    grid = Table("table", "rows", title=f"Workspace {ws.root}")
    for name, n in counts.items():
        grid.add_row(name, f"{n:,}")
    out.print(grid)


def register(app: typer.Typer) -> None:
    """Attach `copilot init` and the `copilot data` group to the root app."""
    app.command("init", help=INIT_HELP)(init)
    app.add_typer(data_app, name="data")
