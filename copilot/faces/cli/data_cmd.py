"""`copilot init` and `copilot data import/contract/tables`: getting a brand's data into a workspace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from copilot.data.contract import TABLES, contract_markdown
from copilot.errors import UsageError
from copilot.faces.cli.context import WAIT_HELP, err, out, state, stderr_progress, writing
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
    "The optional customer_attributes table (customer_id + any columns: loyalty tier, birth year...) keeps "
    "every column of its file, typed from the values (--date-format and decimal commas apply); a column "
    "whose name or values look like PII (e-mail, phone, name, address) is refused: leave it out with "
    "--drop-column or keep a keyed hash with --hash-column. `copilot data tables` says what each table unlocks.",
    "Each import is a batch with an id: `copilot data history` lists them and `copilot data undo [BATCH]` "
    "reverts one. Rows dated more than 2 days after today (e.g. a test order dated 2099) are rejected with "
    "the file, row and column named, unless --allow-future; a few orders far beyond the rest, which would "
    "move the analytics as-of date, are named in a warning.",
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
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
) -> None:
    """Create the workspace; with --demo, build the synthetic demo brand (see INIT_HELP)."""
    ws = _workspace(ctx)
    if not demo:
        ws.create()
        out.print(f"Workspace ready at {ws.root}.")
        if not ws.exists():
            out.print("Next: `copilot data import FILE...` for your data, or `copilot init --demo` for the demo brand.")
        return
    if not force and (ws.exists() or (ws.kind() == "brand" and ws.db_path.exists())):
        holds = "holds a brand's data" if ws.kind() == "brand" else "has data"
        raise UsageError(
            f"Workspace {ws.root} already {holds}; `init --demo` would replace all of it.",
            hint="Choose another folder with --workspace, or pass --force to replace it.",
        )
    from copilot.firstrun import build_demo

    deps = state(ctx).deps()
    with writing(deps, "copilot init --demo", wait=wait):
        done = build_demo(deps, stage=stderr_progress, seed=seed, customers=customers, train=False)
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
                                     help=f"Target table for every file: {', '.join(TABLES)}."),
    replace: bool = typer.Option(False, "--replace", help="Empty the batch's tables first instead of appending."),
    example: str | None = typer.Option(None, "--example", help="Load a bundled real dataset instead: cdnow."),
    force: bool = typer.Option(False, "--force", help="With --example: replace a workspace's existing data."),
    allow_future: bool = typer.Option(False, "--allow-future",
                                      help="Accept rows dated more than 2 days after today."),
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
    mapping: str | None = typer.Option(
        None, "--map", help="Column mapping target=source,... (contract column = your export's column; "
                            "target='text' fills a constant). Kept in <workspace>/mappings/<table>.json and "
                            "reused by the next import of that table."),
    date_format: str | None = typer.Option(None, "--date-format",
                                           help="strftime format of the export's dates, e.g. '%d/%m/%Y'."),
    allow_empty: bool = typer.Option(False, "--allow-empty",
                                     help="With --replace: accept a file with no rows (empties the table)."),
    drop_column: list[str] | None = typer.Option(
        None, "--drop-column", help="Leave this column of the files out (repeatable, or comma-separated)."),
    hash_column: list[str] | None = typer.Option(
        None, "--hash-column", help="Keep only a keyed hash of this column (HMAC-SHA256 with the workspace's "
                                    "secret salt; repeatable): e.g. an e-mail kept as a join key in "
                                    "customer_attributes, where PII is refused."),
) -> None:
    from copilot.data.mapping import ImportOptions, parse_columns, parse_map

    ws = _workspace(ctx)
    hashed = parse_columns(",".join(hash_column or []))
    key = None
    if hashed:
        from copilot.tools.privacy import workspace_salt

        key = workspace_salt(ws)
    options = ImportOptions(mapping=parse_map(mapping) if mapping else {}, date_format=date_format,
                            allow_empty=allow_empty, drop_columns=parse_columns(",".join(drop_column or [])),
                            hash_columns=hashed, hash_key=key)
    deps = state(ctx).deps()
    with writing(deps, "copilot data import", wait=wait):
        _import(ws, files, table, replace, example, force, allow_future, deps.clock, options)


def _import(ws: Workspace, files: list[Path] | None, table: str | None, replace: bool, example: str | None,
            force: bool, allow_future: bool, clock: Callable[[], datetime], options: Any = None) -> None:
    if example is not None:
        if files:
            raise UsageError("Pass either FILEs or --example, not both.")
        from copilot.data.examples import import_example

        with stderr_progress(f"loading {example}") as update:
            report = import_example(ws, example, force=force, progress=update)
        ws.mark("brand", example=example)  # real data the user chose: never overwritten by the first-run demo
        out.print(report.to_text(), highlight=False)
        return
    if not files:
        raise UsageError("No files given.", hint="Usage: copilot data import FILE... (see --help).")
    from copilot.data.importer import import_files

    with stderr_progress("importing") as update:
        result = import_files(ws, list(files), table, mode="replace" if replace else "append", progress=update,
                              allow_future=allow_future, now=clock(), options=options)
    for w in result.warnings:
        err.print(f"[yellow]warning:[/] {w}", highlight=False)
    out.print("\n".join(line for line in result.to_text().splitlines() if not line.startswith("warning:")),
              highlight=False)


@data_app.command("contract")
def contract_cmd() -> None:
    """Print the data contract (tables, columns, types, keys and rules) as Markdown."""
    from copilot.data.mapping import unlocks_markdown

    out.print(contract_markdown() + "\n" + unlocks_markdown(), markup=False, highlight=False)


@data_app.command("history")
def history_cmd(ctx: typer.Context) -> None:
    """List the workspace's import batches, oldest first, with their ids (for `copilot data undo`)."""
    from copilot.data.batches import history

    ws = _workspace(ctx)
    records = history(ws)
    if not records:
        out.print(f"No imports recorded in {ws.root}.", highlight=False)
        return
    for r in records:
        out.print(r.line(), highlight=False, markup=False)


@data_app.command("undo")
def undo_cmd(
    ctx: typer.Context,
    batch: str | None = typer.Argument(None, help="The batch id from `copilot data history` (default: the latest)."),
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
) -> None:
    """Revert one import batch atomically: the rows it added go, the rows it replaced come back.
    Trained models become stale (run `copilot train`)."""
    from copilot.data.batches import undo_batch

    deps = state(ctx).deps()
    with writing(deps, "copilot data undo", wait=wait):
        report = undo_batch(deps.workspace, batch)
    out.print(report.to_text(), highlight=False, markup=False)


@data_app.command("tables")
def tables_cmd(ctx: typer.Context) -> None:
    """Row counts of every contract table in the workspace and what each optional one unlocks (read-only:
    never builds or changes data)."""
    from copilot.data.attributes import stored_types
    from copilot.data.mapping import UNLOCKS

    ws = _workspace(ctx)
    if not ws.db_path.exists():
        ws.refuse_demo_over_brand()
        ws.require_data()
    with ws.connect() as con:
        present = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        counts = {n: int(con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0]) if n in present else 0
                  for n in TABLES}
        attrs = stored_types(con)
    grid = Table("table", "rows", "unlocks", title=f"Workspace {ws.root}")
    for name, n in counts.items():
        unlocks = UNLOCKS.get(name, "")
        if name == "customer_attributes" and attrs:
            unlocks += f" (columns: {', '.join(f'{c} {t}' for c, t in attrs.items())})"
        grid.add_row(name, f"{n:,}", unlocks if n or name not in ("customers", "products", "orders", "order_lines")
                     else "required: " + unlocks)
    out.print(grid)


def register(app: typer.Typer) -> None:
    """Attach `copilot init` and the `copilot data` group to the root app."""
    app.command("init", help=INIT_HELP)(init)
    app.add_typer(data_app, name="data")
