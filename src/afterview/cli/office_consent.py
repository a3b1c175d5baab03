"""`afterview office consent [LEVEL]` and `afterview office audit`: the local
student's consent, and who looked at their details."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json
from afterview.cli._out import JsonOption
from afterview.cli.office import office


@office.command("consent")
def consent(
    level: Annotated[str | None, typer.Argument(help="nothing, counts or details; leave it out to see yours.", show_default=False)] = None,
):
    """What your advisers see: nothing, counts (the default) or details. Applies at once."""
    candidate = _candidate()
    from afterview.office import consent as c

    if level is None:
        typer.echo(c.consent_line(c.student_member(candidate)))
        return
    member = c.set_consent(candidate, level, now=_now())
    typer.echo(f"Saved. {c.consent_line(member)}")


@office.command("audit")
def audit(json_: JsonOption = False):
    """Who opened your details, and when (the latest first)."""
    candidate = _candidate()
    from afterview.cli._boot import zone_of
    from afterview.core.timing import time_text
    from afterview.office.adviser import audit_entries, audit_row

    entries = audit_entries(candidate)
    if json_:
        print_json([audit_row(e) for e in entries])
        return
    if not entries:
        typer.echo("Nobody has opened your details.")
        return
    zone = zone_of(candidate)
    for e in entries:
        typer.echo(f"{time_text(e.at, zone)}  {e.adviser_name}: {e.what}")
