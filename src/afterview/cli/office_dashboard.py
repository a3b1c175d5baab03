"""`afterview office student deactivate EMAIL`: the office keeps only a student's
anonymous share of the dashboard's figures (office/dashboard_deactivate.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli._boot import now as _now
from afterview.cli._boot import setup_django
from afterview.cli.office import student


@student.command("deactivate")
def deactivate(
    email: Annotated[str, typer.Argument(help="The student's e-mail address.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask to confirm.")] = False,
):
    """Delete a student's records and close their account, keeping only their anonymous
    share of the dashboard's figures."""
    setup_django()
    from afterview.office.dashboard_deactivate import deactivate_student, find_student

    member = find_student(email)
    if not yes:
        typer.confirm(f"Delete every record of {email} and close the account?", abort=True)
    done = deactivate_student(member, now=_now())
    typer.echo(
        f"Deactivated {email} ({done.cohort}): {done.deleted} rows deleted, "
        f"{done.kept} anonymous counts kept for the dashboard."
    )
