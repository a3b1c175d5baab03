"""`afterview office init`, cohorts, advisers, invitations and the office's defaults.

Each command calls one service of `afterview.office` (admin_init, cohorts, invites,
defaults) and prints what it did."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from afterview.cli._out import JsonOption, echo
from afterview.cli.office import office

DaysOption = Annotated[int, typer.Option("--days", help="Days the invitation's link works.")]
CohortOption = Annotated[str, typer.Option("--cohort", help="The cohort's name (`afterview office cohort list`).")]
CohortsOption = Annotated[list[str], typer.Option("--cohort", help="A cohort's name; repeat for several.")]


def _ready():
    from afterview.cli._boot import setup_django

    setup_django()
    from afterview.cli._boot import now

    return now()


def _need_office():
    from afterview.core.errors import InvalidInput
    from afterview.office.mode import office as the_office

    found = the_office()
    if found is None:
        raise InvalidInput("this install is not an office yet; run `afterview office init --name NAME --admin EMAIL` first")
    return found


# -- init ----------------------------------------------------------------------------------------


@office.command("init")
def init(
    name: Annotated[str, typer.Option("--name", help="The office's name, e.g. 'Career Office, Law School'.")],
    admin: Annotated[str, typer.Option("--admin", help="The first office admin's e-mail address.")],
    days: DaysOption = 14,
):
    """Turn this install into a career office, with its first admin."""
    now = _ready()
    from afterview.office.admin_init import AlreadyAnOffice, start_office
    from afterview.office.invites import site_base

    try:
        started = start_office(name=name, admin_email=admin, now=now, base=site_base(), days=days)
    except AlreadyAnOffice as e:
        echo(f"afterview: {e}", err=True)
        raise typer.Exit(1) from e
    if started.on_sqlite:
        echo("afterview: this office runs on SQLite, which is for trying it; an office serves from PostgreSQL (docs/deployment.md)", err=True)
    echo(f"This install is now the office {started.office.name}; {started.admin.username} is its admin.")
    echo(f"The admin sets a password with this link (it works once, for {days} days):")
    echo(started.link)


# -- cohorts and advisers ------------------------------------------------------------------------

cohort_app = typer.Typer(help="The office's cohorts.", no_args_is_help=True)
office.add_typer(cohort_app, name="cohort")


@cohort_app.command("add")
def cohort_add(name: Annotated[str, typer.Argument(help="The cohort's name, e.g. 'JD 2027'.")]):
    """Add a cohort."""
    now = _ready()
    _need_office()
    from afterview.office.cohorts import add_cohort

    cohort = add_cohort(name, now)
    echo(f"Added the cohort {cohort.name}; invite its students with `afterview office invite --csv FILE`.")


@cohort_app.command("list")
def cohort_list(json_: JsonOption = False):
    """The cohorts, their advisers and how many students each has."""
    _ready()
    _need_office()
    from afterview.cli._boot import print_json
    from afterview.office.cohorts import cohorts

    rows = [
        {"name": c.name, "students": c.student_count, "advisers": [a.username for a in c.advisers.all()]}
        for c in cohorts()
    ]
    if json_:
        print_json(rows)
        return
    if not rows:
        echo("No cohorts yet; add one with `afterview office cohort add NAME`.")
    for row in rows:
        advisers = ", ".join(row["advisers"]) or "no adviser yet"
        echo(f"{row['name']}: {row['students']} student{'s' if row['students'] != 1 else ''}; {advisers}")


adviser_app = typer.Typer(help="The office's advisers.", no_args_is_help=True)
office.add_typer(adviser_app, name="adviser")


@adviser_app.command("invite")
def adviser_invite(
    email: Annotated[str, typer.Argument(help="The adviser's e-mail address.")],
    name: Annotated[str, typer.Option("--name", help="The adviser's name.")],
    cohort: CohortsOption,
    days: DaysOption = 14,
):
    """Invite an adviser and assign them cohorts."""
    now = _ready()
    _need_office()
    from afterview.office.cohorts import invite_adviser
    from afterview.office.invites import send

    invitation = invite_adviser(email, name=name, cohort_names=cohort, now=now, days=days)
    _report([send(invitation, now)], made=1)


@adviser_app.command("assign")
def adviser_assign(
    email: Annotated[str, typer.Argument(help="The adviser's e-mail address.")],
    cohort: CohortsOption,
):
    """Give an adviser more cohorts (the ones they have stay)."""
    _ready()
    _need_office()
    from afterview.office.cohorts import assign

    now_theirs = assign(email, cohort)
    echo(f"{email.strip().lower()} advises {', '.join(c.name for c in now_theirs)}.")


# -- invitations -----------------------------------------------------------------------------------


class _InviteGroup(TyperGroup):
    """`office invite EMAIL ...` invites one person; `office invite resend ID` and the other
    words are subcommands: a first word with an @ that names none is an address."""

    def resolve_command(self, ctx, args):
        if args and args[0] not in self.commands and "@" in args[0]:
            args = ["one", *args]
        return super().resolve_command(ctx, args)


invite_app = typer.Typer(
    cls=_InviteGroup,
    help="Invite students (one, or a CSV of name, e-mail, cohort); resend, revoke, record a bounce.",
    invoke_without_command=True,
)
office.add_typer(invite_app, name="invite")


def _report(sendings, *, made: int, skipped: int = 0) -> None:
    from afterview.office.invites import NO_RELAY

    sent = sum(1 for s in sendings if s.sent)
    line = f"Invited {made} {'person' if made == 1 else 'people'}"
    if skipped:
        line += f"; skipped {skipped} already in the office or invited"
    echo(line + f"; sent {sent}.")
    if made and not sendings or any(s.detail == NO_RELAY for s in sendings):
        echo(
            "Not sent: this install has no office mail relay (AFTERVIEW_SMTP_URL, docs/deployment.md); "
            "`afterview office invite send` sends them once it has one.",
            err=True,
        )
    for s in sendings:
        if not s.sent and s.detail != NO_RELAY:
            echo(f"invitation {s.invitation}: {s.detail}", err=True)


@invite_app.callback()
def invite(
    ctx: typer.Context,
    csv: Annotated[Path | None, typer.Option("--csv", help="A CSV file with a header row: name, e-mail, cohort.")] = None,
    days: DaysOption = 14,
):
    """Invite students from a CSV (`--csv FILE`), or one: `afterview office invite EMAIL --name N --cohort C`."""
    if ctx.invoked_subcommand is not None:
        return
    if csv is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(0)
    from afterview.core.errors import InvalidInput

    try:
        raw = csv.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {csv}: {e.strerror}; give the path of a CSV file") from e
    now = _ready()
    _need_office()
    from afterview.office.invites import apply_plan, check_days, parse_invitation_csv, plan_invitations, send_unsent

    check_days(days)
    plan = plan_invitations(parse_invitation_csv(raw), now)
    made = apply_plan(plan, invited_by=None, now=now, days=days)
    sendings = send_unsent(now, ids=[i.pk for i in made]) if made else []
    _report(sendings, made=len(made), skipped=len(plan.skipped))


@invite_app.command("one", hidden=True)
def invite_one(
    email: Annotated[str, typer.Argument(help="The student's e-mail address.")],
    name: Annotated[str, typer.Option("--name", help="The student's name.")],
    cohort: CohortOption,
    days: DaysOption = 14,
):
    """Invite one student."""
    now = _ready()
    _need_office()
    from afterview.office.invites import invite as make, send

    invitation = make(email, name=name, cohort=cohort, now=now, days=days)
    _report([send(invitation, now)], made=1)


@invite_app.command("send")
def invite_send():
    """Send every invitation not sent yet (after a relay was configured, say); each goes once."""
    now = _ready()
    _need_office()
    from afterview import office_mail
    from afterview.core.errors import InvalidInput
    from afterview.office.invites import NO_RELAY, send_unsent

    if not office_mail.configured():
        raise InvalidInput(NO_RELAY.removeprefix("not sent: ") + "; configure one, then send again")
    sendings = send_unsent(now)
    echo(f"Sent {sum(1 for s in sendings if s.sent)} invitation{'s' if len(sendings) != 1 else ''}.")
    for s in sendings:
        if not s.sent:
            echo(f"invitation {s.invitation}: {s.detail}", err=True)


@invite_app.command("resend")
def invite_resend(
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The invitation's number (`afterview office invitations`).")],
    days: DaysOption = 14,
):
    """Send an invitation again with a new link (the old one stops working)."""
    now = _ready()
    _need_office()
    from afterview.office.invites import resend

    outcome = resend(invitation_id, now, days=days)
    if not outcome.sent:
        from afterview.core.errors import Refused

        raise Refused(f"invitation {invitation_id} {outcome.detail}")
    echo(f"Sent invitation {invitation_id} again; its new link works for {days} days.")


@invite_app.command("revoke")
def invite_revoke(
    invitation_id: Annotated[int, typer.Argument(metavar="ID", help="The invitation's number (`afterview office invitations`).")],
):
    """Revoke an invitation: its link stops working."""
    now = _ready()
    _need_office()
    from afterview.office.invites import revoke

    invitation = revoke(invitation_id, now)
    echo(f"Revoked invitation {invitation.pk} to {invitation.email}.")


@invite_app.command("bounced")
def invite_bounced(file: Annotated[Path, typer.Argument(help="The bounce, saved as .eml.")]):
    """Record a bounce that came back for an invitation."""
    from afterview.core.errors import InvalidInput, NotFound

    try:
        data = file.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {file}: {e.strerror}; give the bounce saved as .eml") from e
    now = _ready()
    _need_office()
    from afterview.office.invites import record_bounce_mail

    found = record_bounce_mail(data, now)
    if found is None:
        raise NotFound("this bounce matches no open invitation that was sent; `afterview office invitations` lists them")
    echo(f"Invitation {found.pk} to {found.email} bounced: {found.problem.removeprefix('bounced: ')}")


@office.command("invitations")
def invitations_list(json_: JsonOption = False):
    """Every invitation and what became of it: not sent, sent, failed, bounced, expired, revoked, accepted."""
    now = _ready()
    _need_office()
    from afterview.cli._boot import print_json
    from afterview.office.invites import expiry_text, invitations

    rows = [
        {
            "id": i.pk,
            "email": i.email,
            "name": i.name,
            "role": i.role,
            "cohort": i.cohort.name if i.cohort_id else None,
            "state": str(state),
            "expires_at": i.expires_at.isoformat(),
            "times_sent": i.times_sent,
            "problem": i.problem,
        }
        for i, state in invitations(now)
    ]
    if json_:
        print_json(rows)
        return
    if not rows:
        echo("No invitations yet; `afterview office invite --csv FILE` invites a cohort.")
    for (i, state), row in zip(invitations(now), rows, strict=True):
        where = f", {row['cohort']}" if row["cohort"] else ""
        problem = f" — {i.problem}" if i.problem else ""
        echo(f"{i.pk:>5}  {state:<9} {i.email} ({i.get_role_display()}{where}), until {expiry_text(i)}{problem}")


# -- defaults ------------------------------------------------------------------------------------

defaults_app = typer.Typer(help="The office's playbook defaults and digest cadence for its students.", invoke_without_command=True)
office.add_typer(defaults_app, name="defaults")


@defaults_app.callback()
def defaults_show(ctx: typer.Context, json_: JsonOption = False):
    """The office's defaults: playbook values over the install's file (a student's own win), and the digest."""
    if ctx.invoked_subcommand is not None:
        return
    _ready()
    _need_office()
    from afterview.cli._boot import print_json
    from afterview.core.rules import SETTINGS
    from afterview.office.defaults import defaults
    from afterview.records.playbook_config import install_rules

    values, digest = defaults()
    install = install_rules().as_dict()
    if json_:
        print_json({"playbook": values, "digest": digest})
        return
    echo("The office's defaults for its students (a student's own values win; `afterview office defaults set KEY VALUE`):")
    for s in SETTINGS:
        if s.key in values:
            echo(f"  {s.key} = {values[s.key]}    (the install's: {install[s.key]})")
    if not values:
        echo("  no playbook values: students follow the install's playbook")
    echo(f"  digest = {digest}")


@defaults_app.command("set")
def defaults_set(
    key: Annotated[str, typer.Argument(help="A key `afterview playbook` lists, or digest.")],
    value: Annotated[str, typer.Argument(help="A whole number, a clock time such as 09:30, or for digest daily/weekly/off.")],
):
    """Set one of the office's defaults."""
    _ready()
    _need_office()
    from afterview.office.defaults import set_default

    stored = set_default(key, value)
    echo(f"{key} = {stored} is now the office's default for its students.")
    _say_stale()


@defaults_app.command("reset")
def defaults_reset(key: Annotated[str, typer.Argument(help="The key to take away.")]):
    """Take one of the office's defaults away: the install's value applies again."""
    _ready()
    _need_office()
    from afterview.office.defaults import reset_default

    reset_default(key)
    echo(f"{key} is no longer an office default; students follow the install's value.")
    _say_stale()


def _say_stale() -> None:
    from afterview.records.steptimes import stale_count

    waiting = stale_count()
    if waiting:
        echo(f"The worker makes the stored step times of {waiting} student{'s' if waiting != 1 else ''} again "
             "(`afterview worker --once` does it now).")
