"""`afterview greet`: how notes greet an organization's people."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.core.errors import InvalidInput


@app.command()
def greet(
    application: Annotated[int, typer.Argument(help="The application's id (see `afterview list`).")],
    person: Annotated[str | None, typer.Argument(help="A contact's name, e.g. 'Miriam Castellanos'.")] = None,
    salutation: Annotated[
        str | None, typer.Argument(help="How to greet them: 'Ms. Castellanos', 'Dr. Okafor' or 'Miriam'.")
    ] = None,
    formal: Annotated[
        bool | None,
        typer.Option(
            "--formal/--first-names",
            help="Greet everyone at this organization formally (their salutation, else the full name), or by first name.",
        ),
    ] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Forget PERSON's salutation (greet by first name).")] = False,
):
    """Set how notes greet someone ("Dear Ms. Castellanos"), or a whole organization.

    afterview never guesses an honorific from a name: without a salutation, notes
    greet by first name (or by full name with --formal).
    """
    if person is None and formal is None:
        raise InvalidInput("name a person and a salutation, e.g. `afterview greet 1 'Miriam Castellanos' 'Ms. Castellanos'`, or give --formal")
    if person is not None and salutation is None and not clear:
        raise InvalidInput(f"say how to greet {person}, e.g. 'Ms. {person.split()[-1]}' or '{person.split()[0]}' (or --clear)")
    if clear and salutation is not None:
        raise InvalidInput("give a salutation or --clear, not both")
    candidate = _candidate()
    from afterview.records import services

    if formal is not None:
        org = services.set_formal_greetings(candidate, application, formal)
        how = "formally (their salutation, else the full name)" if formal else "by first name unless a salutation is set"
        typer.echo(f"Notes to {org.name} greet people {how}.")
    if person is not None:
        contact = services.set_salutation(candidate, application, person, "" if clear else salutation)
        shown = contact.salutation or contact.name.split()[0]
        typer.echo(f"Notes to {contact.name} begin \"Dear {shown},\".")
