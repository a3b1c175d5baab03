"""Commands of a deployment: `migrate`, `web` and `health` (docs/deployment.md)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import setup_django
from afterview.core.errors import InvalidInput, Refused

#: the highest `afterview web --workers` takes
MAX_WEB_WORKERS = 64


@app.command()
def migrate(
    check: Annotated[
        bool, typer.Option("--check", help="Apply nothing; exit 1 when a migration is not applied yet.")
    ] = False,
):
    """Apply the database's migrations, one process at a time (the step of an upgrade)."""
    setup_django(migrate=False)
    if check:
        from afterview.health import migrations

        found = migrations()
        if found["ok"]:
            typer.echo(f"The schema is up to date ({found['applied']} migrations).")
            return
        names = ", ".join(found["unapplied_names"])
        more = found["unapplied"] - len(found["unapplied_names"])
        typer.echo(f"{found['unapplied']} migrations are not applied: {names}{f' and {more} more' if more else ''}; run `afterview migrate`")
        raise typer.Exit(1)
    from afterview.records.bootstrap import migrate_all

    applied = migrate_all()
    if not applied:
        typer.echo("The schema is up to date; nothing to apply.")
        return
    typer.echo(f"Applied {len(applied)} migration{'s' if len(applied) != 1 else ''}: {', '.join(applied)}")


@app.command()
def web(
    host: Annotated[str, typer.Option(help="Address to listen on: where only the reverse proxy reaches it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help=f"Web server processes (default: one per CPU; at most {MAX_WEB_WORKERS}).")
    ] = None,
):
    """Serve the web app for a deployment, in the foreground: granian with several processes, behind a reverse proxy."""
    from afterview.web.server import granian_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterview.production")
    workers = (os.cpu_count() or 1) if workers is None else workers
    if not 1 <= workers <= MAX_WEB_WORKERS:
        raise InvalidInput(f"--workers {workers} is out of range; use 1 to {MAX_WEB_WORKERS}")
    if not 0 < port < 65536:
        raise InvalidInput(f"--port {port} is out of range; use 1 to 65535")
    # Checked here, in one line, rather than as a traceback in every granian worker.
    setup_django(migrate=False)
    from django.db import connections

    from afterview.health import migrations

    found = migrations()
    if not found["ok"]:
        raise Refused(found.get("error") or f"{found['unapplied']} migrations are not applied yet; run `afterview migrate` first")
    connections.close_all()
    # granian's own lines as JSON too (afterview.logs), on stderr beside Django's
    log_config = Path(__file__).resolve().parent.parent / "granian_logging.json"
    command = granian_command("granian", host, port, workers, log_level="warning", extra=("--log-config", str(log_config)))
    sys.stdout.flush()
    sys.stderr.flush()
    # granian takes this process's place: the process manager's stop signal reaches it directly.
    os.execv(sys.executable, command)


@app.command()
def health(
    web_only: Annotated[bool, typer.Option("--web", help="Leave the worker's heartbeat out (as /healthz/web does).")] = False,
):
    """Print what /healthz reports (database, migrations, worker heartbeat); exit 1 when unhealthy."""
    setup_django(migrate=False)
    from afterview.clock import now
    from afterview.health import report

    healthy, body = report(now(), with_worker=not web_only)
    typer.echo(json.dumps(body, indent=2))
    if not healthy:
        raise typer.Exit(1)
