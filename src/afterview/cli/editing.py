"""Commands that correct the record: `edit NOUN ID --field value`, `delete NOUN ID`
and `undo`. The ids are the ones `afterview show APPLICATION` prints."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import zone_of as _zone_of
from afterview.cli._out import echo, local
from afterview.core.errors import InvalidInput

edit_app = typer.Typer(help="Correct a record: an application, interview, contact, touch, update or expectation.", no_args_is_help=True)
delete_app = typer.Typer(help="Delete a record (`afterview undo` brings it back for 10 minutes).", no_args_is_help=True)
app.add_typer(edit_app, name="edit")
app.add_typer(delete_app, name="delete")

Id = Annotated[int, typer.Argument(help="Its id, as `afterview show APPLICATION` prints it.")]


def _done(change) -> None:
    zone = _zone_of(_candidate())
    echo(f"{change.summary[:1].upper()}{change.summary[1:]}.")
    echo(f"`afterview undo` puts it back until {local(change.until, zone, '%H:%M')}.")


# -- edit -------------------------------------------------------------------------------


@edit_app.command("application")
def edit_application(
    application: Annotated[int, typer.Argument(help="The application's id (see `afterview list`).")],
    company: Annotated[str | None, typer.Option(help="The organization's name.")] = None,
    role: Annotated[str | None, typer.Option(help="The role.")] = None,
    applied_on: Annotated[str | None, typer.Option(help="The day you applied, YYYY-MM-DD ('none' clears it).")] = None,
    hiring_contact: Annotated[
        str | None, typer.Option(help="'Name <address>' of the recruiter or HR person (a new or known contact).")
    ] = None,
    hiring_phone: Annotated[str | None, typer.Option(help="The hiring contact's phone number.")] = None,
):
    """Rename the company or role, set the day applied, or add the hiring contact.
    The stage follows from touches: log or delete the decision touch to change it."""
    candidate = _candidate()
    from afterview.records import editing

    _done(
        editing.edit_application(
            candidate,
            application,
            now=_now(),
            company=company,
            role=role,
            applied_on=applied_on,
            hiring_contact=hiring_contact,
            hiring_phone=hiring_phone,
        )
    )


@edit_app.command("interview")
def edit_interview(
    interview: Id,
    at: Annotated[str | None, typer.Option("--at", help="New start, 'YYYY-MM-DD HH:MM' in its zone (the length stays).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="New end, 'YYYY-MM-DD HH:MM' in its zone.")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Its time zone; alone, keeps the clock times and reads them in it.")] = None,
    expect_by: Annotated[str | None, typer.Option(help="The decision date they gave, YYYY-MM-DD ('none': not stated).")] = None,
    add_interviewer: Annotated[
        list[str], typer.Option(help="'Name <address>' (or a known contact's name) to add; repeat for each.")
    ] = [],  # noqa: B006 (Typer reads the default, never mutates it)
    remove_interviewer: Annotated[list[str], typer.Option(help="An interviewer's name to take off; repeat for each.")] = [],  # noqa: B006
    highlight: Annotated[list[str], typer.Option(help="'Interviewer Name=what stood out' ('Name=' clears it).")] = [],  # noqa: B006
):
    """Correct an interview's times, zone, decision date, interviewers or highlights."""
    candidate = _candidate()
    from afterview.records import editing

    highlights = {}
    for item in highlight:
        name, sep, text = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--highlight {item!r} needs the form 'Interviewer Name=what stood out'")
        highlights[name.strip()] = text
    _done(
        editing.edit_interview(
            candidate,
            interview,
            now=_now(),
            at=at,
            until=until,
            tz=tz,
            expect_by=expect_by,
            add_interviewers=add_interviewer,
            remove_interviewers=remove_interviewer,
            highlights=highlights,
        )
    )


@edit_app.command("contact")
def edit_contact(
    contact: Id,
    name: Annotated[str | None, typer.Option(help="Their name.")] = None,
    email: Annotated[str | None, typer.Option(help="Their e-mail address ('' clears it).")] = None,
    phone: Annotated[str | None, typer.Option(help="Their phone number ('' clears it).")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Their time zone ('' : the organization's).")] = None,
    hiring: Annotated[
        bool | None, typer.Option("--hiring/--not-hiring", help="Make them (or stop them being) the hiring contact.")
    ] = None,
    application: Annotated[int | None, typer.Option(help="With --hiring: of this application only.")] = None,
):
    """Correct a person's name, e-mail, phone or zone, or whether they are the hiring contact."""
    candidate = _candidate()
    from afterview.records import editing

    _done(
        editing.edit_contact(
            candidate, contact, now=_now(), name=name, email=email, phone=phone, tz=tz, hiring=hiring, application_id=application
        )
    )


@edit_app.command("touch")
def edit_touch(
    touch: Id,
    kind: Annotated[str | None, typer.Option(help="What it was (see `afterview touch --help`).")] = None,
    at: Annotated[str | None, typer.Option(help="When, 'YYYY-MM-DD HH:MM' in your zone.")] = None,
    person: Annotated[str | None, typer.Option(help="Who it was with ('' : nobody in particular).")] = None,
    note: Annotated[str | None, typer.Option(help="A line about it.")] = None,
    expect_by: Annotated[str | None, typer.Option(help="The decision date it gave, YYYY-MM-DD ('none' clears it).")] = None,
):
    """Correct a logged touch."""
    candidate = _candidate()
    from afterview.records import editing

    _done(
        editing.edit_touch(
            candidate, touch, now=_now(), zone=_zone_of(candidate), kind=kind, at=at, person=person, note=note, expect_by=expect_by
        )
    )


@edit_app.command("update")
def edit_update(update: Id, text: Annotated[str, typer.Argument(help="What it should say.")]):
    """Reword an update."""
    candidate = _candidate()
    from afterview.records import editing

    _done(editing.edit_update(candidate, update, text, now=_now()))


@edit_app.command("expectation")
def edit_expectation(expectation: Id, date: Annotated[str, typer.Argument(help="The decision date, YYYY-MM-DD.")]):
    """Correct a decision date learned after the interview."""
    candidate = _candidate()
    from afterview.records import editing

    _done(editing.edit_expectation(candidate, expectation, date, now=_now()))


# -- delete -----------------------------------------------------------------------------


def _delete(noun: str, pk: int) -> None:
    candidate = _candidate()
    from afterview.records import editing

    remove = getattr(editing, f"delete_{noun}")
    _done(remove(candidate, pk, now=_now()))


@delete_app.command("application")
def delete_application(application: Annotated[int, typer.Argument(help="The application's id.")]):
    """Delete an application with its interviews, touches, updates and notes."""
    _delete("application", application)


@delete_app.command("interview")
def delete_interview(interview: Id):
    """Delete an interview round (the people stay)."""
    _delete("interview", interview)


@delete_app.command("contact")
def delete_contact(contact: Id):
    """Delete a person (touches with them stay, with nobody named)."""
    _delete("contact", contact)


@delete_app.command("touch")
def delete_touch(touch: Id):
    """Delete a logged touch (deleting a decision reopens the plan)."""
    _delete("touch", touch)


@delete_app.command("update")
def delete_update(update: Id):
    """Delete an update."""
    _delete("update", update)


@delete_app.command("expectation")
def delete_expectation(expectation: Id):
    """Delete a decision date learned after the interview."""
    _delete("expectation", expectation)


# -- undo -------------------------------------------------------------------------------


@app.command()
def undo(list_: Annotated[bool, typer.Option("--list", help="Show what can be undone, latest first.")] = False):
    """Undo the last edit or delete (for 10 minutes after it)."""
    candidate = _candidate()
    from afterview.records import editing

    now = _now()
    zone = _zone_of(candidate)
    if list_:
        changes = editing.recent_changes(candidate, now)
        if not changes:
            typer.echo("Nothing to undo: edits and deletes can be undone for 10 minutes.")
        for change in changes:
            echo(f"{local(change.made_at, zone, '%H:%M')}  {change.summary} (until {local(change.until, zone, '%H:%M')})")
        return
    change = editing.undo(candidate, now)
    echo(f"Undid: {change.summary}.")
