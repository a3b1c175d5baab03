"""`afterview reply FILE|-`: read an employer's reply and record what it says, once confirmed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json
from afterview.core.errors import InvalidInput


def _read(file: str) -> bytes:
    from afterview.outreach.mailtext import MAX_BYTES

    if file == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    path = Path(file)
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except IsADirectoryError as e:
        raise InvalidInput(f"{file} is a folder; give the reply's .eml or text file, or - for standard input") from e
    except FileNotFoundError as e:
        raise InvalidInput(f"{file} does not exist; give the reply's .eml or text file, or - for standard input") from e
    except OSError as e:
        raise InvalidInput(f"cannot read {file}: {e.strerror}") from e


@app.command()
def reply(
    file: Annotated[str, typer.Argument(help="The reply: an .eml file, a text file, or - for standard input.")],
    json_: Annotated[bool, typer.Option("--json", help="Print what was understood as JSON; records nothing.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Record what was understood without asking.")] = False,
    app_id: Annotated[int | None, typer.Option("--app", help="The application it answers (default: found from the sender and thread).")] = None,
):
    """Read a reply the employer sent: its kind, the date it states, and what to record."""
    data = _read(file)
    candidate = _candidate()
    from afterview.outreach.replies import record, understand

    now = _now()
    understood = understand(candidate, data, now=now, app_id=app_id)
    for warning in understood.mail.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if json_:
        print_json(understood.as_json())
        return
    r = understood.reading
    sender = understood.mail.reply.from_address or "an unknown sender"
    typer.echo(f"A reply from {sender}: {r.kind}.")
    if r.evidence:
        typer.echo(f'  read from: "{r.evidence}"')
    if r.expect_on:
        typer.echo(f"  news expected by {r.expect_on:%a %Y-%m-%d}")
    elif r.kind == "timeline":
        typer.echo("  news will come, but no day was named")
    if r.returns_on:
        typer.echo(f"  back on {r.returns_on:%a %Y-%m-%d}")
    if r.failed_address:
        typer.echo(f"  failed address: {r.failed_address} ({r.reason})")
    if understood.application is None:
        typer.echo("No application matches the sender; give one with --app ID (see `afterview list`). Nothing recorded.")
        raise typer.Exit(1)
    app_ = understood.application
    typer.echo(f"Application {app_.pk}: {app_.role} at {app_.organization.name}.")
    wanted = [p for p in understood.proposed if p["what"] != "nothing"]
    if not wanted:
        for p in understood.proposed:
            typer.echo(f"  {p['text']}")
        typer.echo("Nothing to record.")
        return
    typer.echo("It would record:")
    for p in wanted:
        typer.echo(f"  - {p['text']}")
    if not yes:
        if not sys.stdin.isatty() or file == "-":
            typer.echo("Nothing recorded: run again with --yes to record it.")
            return
        if not typer.confirm("Record this?", default=True):
            typer.echo("Nothing recorded.")
            return
    done = record(candidate, understood, now=now)
    typer.echo(f"Recorded {len(done)} change{'s' if len(done) != 1 else ''}; `afterview why {app_.pk}` shows the plan.")
