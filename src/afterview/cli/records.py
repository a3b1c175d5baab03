"""Commands that record what happened: init, interview, touch, expect, update,
list, show, export, import and demo."""

from __future__ import annotations

import sys
from datetime import UTC
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli import app
from afterview.cli._boot import local_candidate as _candidate
from afterview.cli._boot import now as _now
from afterview.cli._boot import print_json, setup_django
from afterview.cli._boot import zone_of as _zone_of
from afterview.cli._out import JsonOption, console, echo, local, plain, print_table, warn_about_zone
from afterview.core.errors import InvalidInput
from afterview.core.facts import TouchKind

TOUCH_KINDS = tuple(kind.value for kind in TouchKind)


def _missing(ctx: typer.Context, *options: str):
    """The usage error Typer gives for required options (required only without --from-invite),
    naming every one that is missing at once."""
    # Typer 0.28 bundles its own click: reach its exceptions through a class Typer exports.
    exceptions = sys.modules[typer.BadParameter.__mro__[1].__module__]
    quoted = [f"'{option}'" for option in options]
    hint = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return exceptions.MissingParameter(ctx=ctx, param_hint=hint, param_type="option" if len(quoted) == 1 else "options")


def _profile_zone() -> str | None:
    """The candidate's own zone, once `afterview init` (or the first-run page) set it up;
    None on a home that never said (its zone would be UTC only by default)."""
    candidate = _candidate()  # sets Django up first
    from afterview.records.services import profile_of

    profile = profile_of(candidate)
    return profile.tz if profile.display_name.strip() or profile.tz != "UTC" else None



@app.command()
def init(
    name: Annotated[str | None, typer.Option(help="Your name, as notes are signed.")] = None,
    email: Annotated[str | None, typer.Option(help="Your e-mail address.")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Your time zone, e.g. America/Chicago.")] = None,
):
    """Create the database and your candidate profile (safe to run again)."""
    from afterview.core.parse import parse_email, parse_name, parse_zone

    name = parse_name(name) if name is not None else None
    email = parse_email(email) if email is not None else None
    tz = parse_zone(tz) if tz is not None else None
    warn_about_zone(tz)
    setup_django()
    from afterview import env
    from afterview.records.services import init_local_candidate, profile_of

    user, created = init_local_candidate(name=name, email=email, tz=tz)
    profile = profile_of(user)
    state = "Created" if created else "Already set up:"
    echo(f"{state} afterview home at {env.home()} for {profile.display_name or 'you'} ({profile.tz}).")
    if not profile.display_name:
        typer.echo("Tip: `afterview init --name 'Your Name' --tz America/Chicago` signs your notes.")


interview_app = typer.Typer(help="Record interviews.", no_args_is_help=True)
app.add_typer(interview_app, name="interview")


@interview_app.command("add")
def interview_add(
    ctx: typer.Context,
    company: Annotated[str | None, typer.Option(help="The organization, e.g. 'Calloway & Pryce LLP'.")] = None,
    role: Annotated[str | None, typer.Option(help="The role, e.g. 'Summer Associate'.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Start, 'YYYY-MM-DD HH:MM' in --tz.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="End, 'YYYY-MM-DD HH:MM' in --tz.")] = None,
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz",
            help="Time zone of the interview, e.g. America/Chicago (default: yours, from `afterview init`; "
            "with --from-invite: for a time without one).",
        ),
    ] = None,
    interviewer: Annotated[
        list[str], typer.Option(help="'Name <address>' of an interviewer; repeat for each.")
    ] = [],  # noqa: B006 (Typer reads the default, never mutates it)
    hiring_contact: Annotated[
        str | None, typer.Option(help="'Name <address>' of the recruiter or HR contact.")
    ] = None,
    hiring_phone: Annotated[str | None, typer.Option(help="The hiring contact's phone number.")] = None,
    expect_by: Annotated[str | None, typer.Option(help="The decision date they gave, YYYY-MM-DD.")] = None,
    highlight: Annotated[
        list[str], typer.Option(help="'Interviewer Name=what stood out'; repeat for each.")
    ] = [],  # noqa: B006
    salutation: Annotated[
        list[str], typer.Option(help="'Full Name=Ms. Surname': how notes greet them (default: first name).")
    ] = [],  # noqa: B006
    formal: Annotated[
        bool | None, typer.Option("--formal/--first-names", help="Greet this organization's people formally.")
    ] = None,
    country: Annotated[str, typer.Option(help="Country whose public holidays apply (ISO code).")] = "US",
    application: Annotated[int | None, typer.Option(help="Add this round to an existing application.")] = None,
    from_invite: Annotated[
        Path | None,
        typer.Option("--from-invite", help="A calendar invite (.ics) or an e-mail carrying one: gives the time, zone and people."),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", help="With a cancelled invite: remove the interview it cancels.")] = False,
    json_: JsonOption = False,
):
    """Log an interview; prints the application's id."""
    from afterview.core.parse import (
        parse_country,
        parse_date,
        parse_local_datetime,
        parse_name,
        parse_named_address,
        parse_phone,
        parse_zone,
    )

    if from_invite is None:
        missing = [option for value, option in ((company, "--company"), (role, "--role"), (at, "--at"), (until, "--until")) if value is None]
        if tz is None:
            tz = _profile_zone()  # your own zone, as `afterview init --tz` set it
            if tz is None:
                missing.append("--tz")
        if missing:
            raise _missing(ctx, *missing)
    elif at is not None or until is not None:
        raise InvalidInput("--at/--until and --from-invite both give the time; use one of them")
    country_code = parse_country(country)
    highlights = {}
    for item in highlight:
        name, sep, text = item.partition("=")
        if not sep or not text.strip():
            raise InvalidInput(f"--highlight {item!r} needs the form 'Interviewer Name=what stood out'")
        highlights[parse_name(name, "interviewer's name")] = " ".join(text.split())
    from afterview.core.parse import parse_salutation

    salutations = {}
    for item in salutation:
        name, sep, text = item.partition("=")
        if not sep or not text.strip():
            raise InvalidInput(f"--salutation {item!r} needs the form 'Full Name=Ms. Surname'")
        salutations[parse_name(name, "name")] = parse_salutation(text)
    if from_invite is not None:
        candidate = _candidate()
        from afterview.cli.invite import from_invite as read_from_invite

        filled = read_from_invite(
            from_invite,
            candidate,
            fallback_tz=parse_zone(tz) if tz else _zone_of(candidate),
            company=company,
            role=role,
            interviewers=interviewer,
            hiring_contact=hiring_contact,
            yes=yes,
        )
        if isinstance(filled, str):  # a cancellation, handled
            typer.echo(filled)
            return
        if not json_:
            typer.echo(filled.summary())
        company, role, zone = filled.company, filled.role, filled.invite.tz
        warn_about_zone(zone)
        starts_at, ends_at = filled.invite.starts_at.astimezone(UTC), filled.invite.ends_at.astimezone(UTC)
        people, hiring = filled.interviewers, filled.hiring_contact
    else:
        zone = parse_zone(tz)
        warn_about_zone(zone)
        starts_at, ends_at = parse_local_datetime(at, zone), parse_local_datetime(until, zone)
        people = tuple(parse_named_address(p) for p in interviewer)
        hiring = parse_named_address(hiring_contact) if hiring_contact else None
    setup_django(migrate=False)
    from afterview.records.services import InterviewInput

    data = InterviewInput(
        company=parse_name(company, "company"),
        role=parse_name(role, "role"),
        starts_at=starts_at,
        ends_at=ends_at,
        tz=zone,
        interviewers=people,
        hiring_contact=hiring,
        hiring_phone=parse_phone(hiring_phone, country_code) if hiring_phone else "",
        expect_on=parse_date(expect_by) if expect_by else None,
        highlights=highlights,
        salutations=salutations,
        formal=formal,
        country=country_code,
        application_id=application,
    )
    candidate = _candidate()
    from afterview.records.services import add_interview

    result = add_interview(candidate, data, now=_now())
    if json_:
        print_json({"id": result.pk, "company": result.organization.name, "role": result.role})
        return
    people = len(data.interviewers)
    echo(
        f"{result.pk}: {result.role} at {result.organization.name} — interview "
        f"{local(data.starts_at, zone, '%Y-%m-%d %H:%M')}–{local(data.ends_at, zone, '%H:%M')} {zone}, "
        f"{people} interviewer{'s' if people != 1 else ''}"
    )


@app.command()
def touch(
    application: Annotated[int, typer.Argument(help="The application's id (see `afterview list`).")],
    kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(TOUCH_KINDS)}.")],
    person: Annotated[str | None, typer.Option(help="Who it was with (a contact's name).")] = None,
    at: Annotated[str | None, typer.Option(help="When, 'YYYY-MM-DD HH:MM' in your zone (default: now).")] = None,
    note: Annotated[str, typer.Option(help="A line about it.")] = "",
    expect_by: Annotated[str | None, typer.Option(help="A new decision date they gave, YYYY-MM-DD.")] = None,
):
    """Log an exchange with the organization: a note sent, a reply, a call, a decision."""
    from afterview.core.parse import parse_date, parse_local_datetime

    if kind not in TOUCH_KINDS:
        raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(TOUCH_KINDS)}")
    candidate = _candidate()
    zone = _zone_of(candidate)
    when = parse_local_datetime(at, zone) if at else _now()
    from afterview.records.services import NeedsPerson, add_touch

    def log(person):
        return add_touch(
            candidate,
            application,
            kind,
            at=when,
            person=person,
            note=note,
            expect_on=parse_date(expect_by) if expect_by else None,
        )

    try:
        logged = log(person)
    except NeedsPerson as e:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise  # a script: the message says to add --person
        logged = log(_ask_whom(e.choices))
    who = f" with {logged.contact.name}" if logged.contact else ""
    echo(f"Logged {kind}{who} on {local(logged.at, zone)} for application {application}.")
    for line in _after_touch_advice(candidate, application, logged):
        echo(line)


def _ask_whom(choices: tuple[str, ...]) -> str:
    """Ask on the terminal which interviewer a thank-you was for."""
    typer.echo("Whom was the thank-you for?")
    for number, name in enumerate(choices, 1):
        typer.echo(f"  {number}. {name}")
    while True:
        answer = typer.prompt(f"Number (1-{len(choices)})").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return choices[int(answer) - 1]
        typer.echo(f"Type a number from 1 to {len(choices)}.")


def _after_touch_advice(candidate, application: int, logged) -> list[str]:
    """What the log means for the plan: a warning when it fell inside the min-gap."""
    from afterview.records import advice

    return advice.after_touch(candidate, application, logged)


@app.command()
def expect(
    application: Annotated[int, typer.Argument(help="The application's id.")],
    date: Annotated[str, typer.Argument(help="The decision date you learned, YYYY-MM-DD.")],
):
    """Record a timeline you learned after the interview."""
    from afterview.core.parse import parse_date

    on = parse_date(date)
    candidate = _candidate()
    from afterview.records.services import set_expectation

    set_expectation(candidate, application, on, at=_now())
    typer.echo(f"Application {application}: a decision is now expected by {on:%a %Y-%m-%d}.")


update_app = typer.Typer(help="News worth telling them (a transcript, an award).", no_args_is_help=True)
app.add_typer(update_app, name="update")


@update_app.command("add")
def update_add(
    application: Annotated[int, typer.Argument(help="The application's id.")],
    text: Annotated[str, typer.Argument(help="What is new, e.g. 'Fall transcript: 3.9 GPA'.")],
):
    """Add an update; it rides along in the next follow-up."""
    candidate = _candidate()
    from afterview.records.services import add_update

    add_update(candidate, application, text, at=_now())
    typer.echo(f"Application {application}: the update will go with the next follow-up.")


@app.command("list")
def list_(json_: JsonOption = False):
    """Your applications and where each stands."""
    candidate = _candidate()
    from afterview.records.summary import application_summaries

    rows = application_summaries(candidate, _now())
    if json_:
        print_json(rows)
        return
    if not rows:
        typer.echo("No applications yet. Log one with `afterview interview add --help`.")
        return
    zone = _zone_of(candidate)
    print_table(
        ("id", "company", "role", "stage", "last interview", "next"),
        [
            (
                str(row["id"]),
                plain(row["company"]),
                plain(row["role"]),
                row["stage"],
                local(row["last_interview_at"], zone, "%Y-%m-%d") if row["last_interview_at"] else "—",
                plain(row["next"] or "—"),
            )
            for row in rows
        ],
    )
    for row in rows:
        if row["problem"]:
            echo(f"#{row['id']} {row['company']} cannot be planned: {row['problem']}")


@app.command()
def show(
    application: Annotated[int, typer.Argument(help="The application's id.")],
    json_: JsonOption = False,
):
    """Everything about one application, its touches in time order."""
    candidate = _candidate()
    from afterview.records.summary import application_report

    report = application_report(candidate, application, _now())
    if json_:
        print_json(report)
        return
    from rich.text import Text

    zone = _zone_of(candidate)
    out = console()
    heading = Text(plain(f"{report['id']}: {report['role']} at {report['company']}"), style="bold")
    out.print(heading + Text(f"  ({report['stage']})"))
    for label, key in (("Applied", "applied_on"), ("Location", "location"), ("Posting", "link")):
        if report.get(key):
            out.print(plain(f"{label}: {report[key]}"))
    if report["problem"]:
        out.print(plain(f"Cannot be planned: {report['problem']}"))
    hiring = report["hiring_contact"]
    out.print(plain(f"Hiring contact: {_person_line(hiring) if hiring else 'none recorded'}"))
    for interview in report["interviews"]:
        out.print(plain(
            f"Interview #{interview['id']} {local(interview['starts_at'], interview['tz'], '%a %Y-%m-%d %H:%M')}–"
            f"{local(interview['ends_at'], interview['tz'], '%H:%M')} {interview['tz']}; "
            f"decision expected: {interview['expect_on'] or 'not stated'}"
        ))
        for person in interview["interviewers"]:
            highlight = f" — {person['highlight']}" if person["highlight"] else ""
            out.print(plain(f"  • {_person_line(person)}{highlight}"))
    for expectation in report["expectations"]:
        out.print(plain(
            f"Expectation #{expectation['id']}, learned {local(expectation['learned_at'], zone, '%Y-%m-%d')}: decision by {expectation['on']}"
        ))
    out.print("Touches:" if report["touches"] else "Touches: none yet")
    for item in report["touches"]:
        who = f" — {item['person']}" if item["person"] else ""
        note = f": {item['note']}" if item["note"] else ""
        out.print(plain(f"  #{item['id']} {local(item['at'], zone)}  {item['kind']}{who}{note}"))
    if report.get("notes"):
        out.print("Notes:")
        for line in report["notes"].splitlines():
            out.print(plain(f"  {line}"))
    pending = [u for u in report["updates"] if not u["sent_at"]]
    if pending:
        out.print("Updates for the next follow-up:")
        for u in pending:
            out.print(plain(f"  • #{u['id']} {u['text']}"))
    if report["messages"]:
        out.print("Messages:")
        for msg in report["messages"]:
            out.print(plain(f"  #{msg['id']} {msg['kind']} to {msg['to']} — {msg['status']}"))


def _person_line(person: dict) -> str:
    parts = [f"#{person['id']} {person['name']}"]
    if person.get("email"):
        parts.append(f"<{person['email']}>")
    if person.get("phone"):
        from afterview.core.shown import format_phone

        parts.append(format_phone(person["phone"]))
    return " ".join(parts)


@app.command("export")
def export_(file: Annotated[Path, typer.Argument(help="Where to write the JSON backup ('-' for stdout).")]):
    """Write a complete JSON backup of your records."""
    candidate = _candidate()
    from afterview.records.exchange import dumps, export_document

    text = dumps(export_document(candidate))
    if str(file) == "-":
        sys.stdout.write(text)
        return
    try:
        from afterview.private import write_private

        write_private(file, text)
    except OSError as e:
        raise InvalidInput(f"cannot write {file}: {e.strerror}") from e
    typer.echo(f"Wrote {file}.")


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A JSON file `afterview export` wrote.")],
    replace: Annotated[bool, typer.Option(help="Replace the records already here.")] = False,
):
    """Load a backup; all or nothing."""
    setup_django()  # the exchange module holds the models
    from afterview.records.exchange import MAX_BYTES

    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file} is {file.stat().st_size // (1024 * 1024)} MB; an afterview export is far smaller")
        raw = file.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {file}: {e.strerror}") from e
    from afterview.records.exchange import import_document, read_document

    document = read_document(raw)
    candidate = _candidate()

    count = import_document(candidate, document, replace=replace)
    typer.echo(f"Imported {count} application(s) from {file}.")


@app.command()
def demo(
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Only set up and print the demo data.")] = False,
    port: Annotated[int, typer.Option(help="Port for the web app.")] = 8000,
):
    """Set up a separate demo home with a realistic candidate and show it."""
    from afterview.records.demo import prepare_demo_home

    home = prepare_demo_home()
    candidate = _candidate()
    from afterview.records.demo import seed

    made = seed(candidate, _now())
    typer.echo(f"Demo home: {home} (your own data is untouched)")
    for line in made:
        typer.echo(f"  {line}")
    typer.echo("")
    list_(json_=False)
    if not no_serve:
        from afterview.cli.web import run_server

        run_server(host="127.0.0.1", port=port)
