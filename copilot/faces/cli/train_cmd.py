"""`copilot train` (fit every model, with a progress bar) and `copilot score` (batch propensity scores)."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from copilot.errors import UsageError
from copilot.faces.cli.context import WAIT_HELP, first_run, note, out, state, stderr_progress, writing

BACKENDS = ("duckdb", "spark")  # spark: copilot/scale (pip install 'copilot[spark]')


BACKEND_HELP = ("Data backend: 'duckdb' (embedded) or 'spark' (needs `pip install 'copilot\\[spark]'`; "
                "COPILOT_SPARK_MASTER / COPILOT_SPARK_REMOTE choose the cluster). "
                "Default: the data_backend setting (COPILOT_DATA_BACKEND or copilot.toml; 'duckdb' if unset).")


def resolve_backend(ctx: typer.Context, backend: str | None) -> str:
    """``--backend`` if given, else the ``data_backend`` setting; a clear usage error otherwise."""
    chosen = backend if backend is not None else state(ctx).deps().settings.data_backend
    if chosen not in BACKENDS:
        raise UsageError(f"Unknown backend '{chosen}'.",
                         hint=f"Use --backend {' or --backend '.join(BACKENDS)} (or set COPILOT_DATA_BACKEND, "
                              "`data_backend` in <workspace>/copilot.toml, to change the default).")
    return chosen


def train(
    ctx: typer.Context,
    backend: str | None = typer.Option(None, "--backend", help=BACKEND_HELP, show_default=False),
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
) -> None:
    """Fit RFM segments, behavioural clusters, the purchase-propensity model and the recommender.

    Writes versioned artifacts under <workspace>/models (switched live only when all succeed) and
    prints the holdout metrics. Builds the synthetic demo workspace first if there is no data.
    """
    backend = resolve_backend(ctx, backend)
    from copilot.firstrun import ensure_demo_data
    from copilot.tools.training import train_all

    deps = state(ctx).deps()
    with writing(deps, "copilot train", wait=wait):  # one writer at a time (copilot.lock)
        if not deps.workspace.exists():
            deps.workspace.refuse_demo_over_brand()  # before saying anything is built
            note(f"No data in {escape(str(deps.workspace.root))}: building the SYNTHETIC demo workspace.")
            with stderr_progress("demo data") as p:
                ensure_demo_data(deps.workspace, progress=p)
        from copilot.data.batches import outlier_warning

        if (warning := outlier_warning(deps.workspace)) is not None:
            note(f"[yellow]warning:[/] {escape(warning)}")
        with stderr_progress("training") as p:
            if backend == "spark":  # --- scale-out backend (copilot/scale): same training code, Spark features
                from copilot.scale.spark import train_spark

                report = train_spark(deps, progress=p)
            else:
                report = train_all(deps, progress=p)
    table = Table(title=f"Trained {report.version} (as of {report.as_of}, {report.customers:,} customers, "
                        f"{report.seconds:.1f}s)")
    for col in ("model", "seconds", "chosen", "holdout metrics"):
        table.add_column(col)
    for s in report.steps:
        table.add_row(s.name, f"{s.seconds:.1f}", escape(s.detail),
                      "\n".join(f"{k} {v:.3f}" for k, v in s.metrics.items()))
    out.print(table)
    for name, why in report.missing.items():
        note(f"[yellow]{name} model not trained:[/] {escape(why)} Its tools will say so; the other models are live.")


def score(
    ctx: typer.Context,
    backend: str | None = typer.Option(None, "--backend", help=BACKEND_HELP, show_default=False),
    wait: float = typer.Option(0.0, "--wait", min=0, help=WAIT_HELP),
) -> None:
    """Batch-score every customer's purchase propensity (any purchase and per category) with the
    current model; writes <workspace>/scores/propensity-<version>.parquet (customer_id, category,
    p, model_version). Builds the SYNTHETIC demo brand first if there is no data."""
    backend = resolve_backend(ctx, backend)
    deps = state(ctx).deps()
    first_run(deps)
    with writing(deps, "copilot score", wait=wait), stderr_progress("scoring") as p:
        if backend == "spark":  # --- scale-out backend: Spark SQL rows, the model applied by mapInPandas
            from copilot.scale.spark import score_spark

            report = score_spark(deps, progress=p)
            path, rows, version = report.path, report.rows, report.model_version
        else:
            from copilot.tools.training import score_customers

            file, rows, version = score_customers(deps, progress=p)
            path = str(file)
    out.print(f"Wrote {rows:,} scores (model {version}, {backend}) to {path}")


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("train")(train)
    app.command("score")(score)
