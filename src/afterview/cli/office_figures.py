"""`afterview office rebuild`: recompute the stored step times and report drift."""

from __future__ import annotations

import typer

from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json, setup_django
from afterview.cli._out import JsonOption
from afterview.cli.office import office


@office.command("rebuild")
def rebuild(
    check: bool = typer.Option(False, "--check", help="Only report the rows that drifted; rewrite nothing."),
    json_: JsonOption = False,
):
    """Recompute every application's stored step times (the office figures), report the
    rows that differ from a full recomputation, and rewrite them. Run it after editing
    the install's playbook.toml, and from cron (e.g. nightly) to catch drift."""
    setup_django()
    from afterview.records.steptimes import rebuild as run

    report = run(_now(), fix=not check)
    if json_:
        print_json(
            {
                "owners": report.owners,
                "applications": report.applications,
                "rows": report.rows,
                "missing": report.missing,
                "extra": report.extra,
                "changed": report.changed,
                "fixed": report.fixed and report.drifted > 0,
                "examples": [
                    {"owner": o, "application": a, "step": k, "what": w} for o, a, k, w in report.examples
                ],
            }
        )
        raise typer.Exit(1 if check and report.drifted else 0)
    typer.echo(
        f"{report.rows} step(s) of {report.applications} application(s) of {report.owners} candidate(s) recomputed."
    )
    if not report.drifted:
        typer.echo("No drift: the stored step times equal a full recomputation.")
        return
    typer.echo(
        f"Drift: {report.missing} missing, {report.extra} no longer planned, {report.changed} changed"
        + (" (rewritten)." if report.fixed else " (nothing rewritten: --check).")
    )
    for owner, app, key, what in report.examples:
        typer.echo(f"  candidate {owner}, application {app}, {key}: {what}")
    if check:
        raise typer.Exit(1)
