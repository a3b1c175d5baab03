"""`afterview office leave --yes` (the local candidate deletes their account and every
row of it) and `afterview office student delete EMAIL --yes` (the office deletes a student)."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli._boot import setup_django
from afterview.cli.office import office, student
from afterview.core.errors import InvalidInput

YesOption = Annotated[bool, typer.Option("--yes", help="Yes, delete: it cannot be undone.")]


@office.command("leave")
def leave(yes: YesOption = False):
    """Delete your account and every row of it (export first: `afterview export`)."""
    if not yes:
        raise InvalidInput("this deletes your account and every record in it for good; add --yes to go ahead")
    setup_django()
    from afterview.office.leaving import delete_account
    from afterview.records.models import Profile

    profile = Profile.objects.filter(is_local=True).select_related("user").first()
    if profile is None:
        typer.echo("Nothing to delete: this home has no candidate.")
        return
    count = delete_account(profile.user)
    typer.echo(f"Deleted your account and its {count} row{'s' if count != 1 else ''}.")


@student.command("delete")
def delete(email: Annotated[str, typer.Argument(help="The student's e-mail address.")], yes: YesOption = False):
    """Delete a student's account with every row (applications, notes, tokens, sessions, audit log)."""
    if not yes:
        raise InvalidInput(f"this deletes {email}'s account and every record in it for good; add --yes to go ahead")
    setup_django()
    from afterview.office.leaving import delete_student

    count = delete_student(email)
    typer.echo(f"Deleted {email.strip()} and {count} row{'s' if count != 1 else ''}.")
