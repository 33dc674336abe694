"""`copilot demo simulate-results PLAN_ID`: SYNTHETIC results for an approved demo plan (offline loop)."""

from __future__ import annotations

import json

import typer
from rich.markup import escape

from copilot.faces.cli.context import note, out, state

demo_app = typer.Typer(name="demo", help="The SYNTHETIC demo brand: simulate a campaign's results.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Attach ``copilot demo`` to the root app."""
    app.add_typer(demo_app, name="demo")


@demo_app.command("simulate-results")
def simulate_results_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="An approved plan of the demo workspace."),
    seed: int = typer.Option(0, "--seed", help="Seed of the true effects and the outcomes."),
    effects: str | None = typer.Option(
        None, "--effects",
        help='True effect per channel and variant in probability points, as JSON: {"email": {"A": 0.02, "B": 0.03}}.',
    ),
) -> None:
    """Write synthetic touches and orders for an approved demo plan from a known true effect per arm and
    import them with the normal importer. Refuses a workspace that holds a brand's own data."""
    from copilot.errors import UsageError
    from copilot.lifecycle import api

    parsed = None
    if effects:
        try:
            parsed = {str(k): {str(v): float(x) for v, x in d.items()} for k, d in json.loads(effects).items()}
        except (ValueError, AttributeError, TypeError) as exc:
            raise UsageError(f"--effects is not JSON of channel -> variant -> points ({exc}).",
                             hint='e.g. --effects \'{"email": {"A": 0.02, "B": 0.03}}\'') from exc
    truth = api.simulate(state(ctx).deps(), plan_id, seed=seed, effects=parsed)
    out.print(
        f"Simulated results for plan {escape(plan_id)} (SYNTHETIC, seed {truth.seed}): true lift "
        f"{truth.true_lift * 100:+.2f} pts conversion.", highlight=False, soft_wrap=True,
    )
    for ch, e in truth.effects.items():
        note(f"  {ch}: true effect A {e['A'] * 100:+.2f} pts, B {e['B'] * 100:+.2f} pts")
    note(f"Imported {len(truth.files)} files. Next: `copilot plans readout {plan_id}`, then `copilot train` "
         "(the new touches and orders make the models out of date; retrained, the next plans learn from them).")
