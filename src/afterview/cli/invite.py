"""`afterview interview add --from-invite FILE`: the invite gives the time, the zone
and the people; the candidate is asked only for what it does not say (prompts in
a terminal, an error naming the option in a script)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import typer

from afterview.core.errors import InvalidInput
from afterview.core.invite import MAX_BYTES, CancelledInvite, Invite, read_invite
from afterview.core.parse import NamedAddress, parse_name, parse_named_address


def interactive() -> bool:
    """A person at a terminal can be asked; a script gets errors naming the option."""
    return sys.stdin.isatty() and sys.stderr.isatty()


@dataclass(frozen=True)
class FromInvite:
    invite: Invite
    company: str
    role: str
    interviewers: tuple[NamedAddress, ...]
    hiring_contact: NamedAddress | None

    def summary(self) -> str:
        invite = self.invite
        names = ", ".join(p.name for p in self.interviewers) or "nobody"
        hiring = f"; hiring contact {self.hiring_contact.name}" if self.hiring_contact else ""
        return (
            f"From the invite: {invite.starts_at:%a %Y-%m-%d %H:%M}–{invite.ends_at:%H:%M} {invite.tz}; "
            f"interviewers {names}{hiring}."
        )


def _read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as e:
        raise InvalidInput(f"cannot read {path}: {e.strerror}") from e


def _ask(label: str, option: str, why: str) -> str:
    if not interactive():
        raise InvalidInput(f"{why}; add {option}")
    while True:
        answer = typer.prompt(label, default="", show_default=False, err=True).strip()
        if answer:
            return answer


def _named(person, option: str) -> NamedAddress:
    if person.name:
        return NamedAddress(parse_name(person.name), person.email)
    if not interactive():
        raise InvalidInput(f"the invite gives no name for {person.email}; add {option} 'Full Name <{person.email}>'")
    name = typer.prompt(f"Name of {person.email}", err=True)
    return NamedAddress(parse_name(name), person.email)


def _cancel(candidate, cancelled: CancelledInvite, *, yes: bool) -> str:
    from datetime import UTC

    from afterview.records.invites import interviews_at, remove_interview

    invite = cancelled.invite
    logged = interviews_at(candidate, invite.starts_at.astimezone(UTC))
    when = f"{invite.starts_at:%a %Y-%m-%d %H:%M} ({invite.tz})"
    if not logged:
        raise InvalidInput(f"the invite cancels the meeting of {when}; no interview is logged then, so there is nothing to remove")
    if len(logged) > 1:
        ids = ", ".join(sorted({str(i.application_id) for i in logged}))
        raise InvalidInput(f"the invite cancels the meeting of {when}; applications {ids} each have an interview then — remove it on the web page")
    interview = logged[0]
    what = f"the interview of {when} for {interview.application.role} at {interview.application.organization.name} (application {interview.application_id})"
    if not yes:
        if not interactive():
            raise InvalidInput(f"the invite cancels {what}; run again with --yes to remove it")
        if not typer.confirm(f"The invite cancels {what}. Remove it?", default=False, err=True):
            return f"Kept {what}."
    remove_interview(candidate, interview.pk)
    return f"Removed {what}."


def _refuse_twice(candidate, invite: Invite, company: str, role: str) -> None:
    from datetime import UTC

    from afterview.records.invites import interviews_at

    for interview in interviews_at(candidate, invite.starts_at.astimezone(UTC)):
        app = interview.application
        if app.organization.name.casefold() == company.casefold() and app.role.casefold() == role.casefold():
            raise InvalidInput(
                f"this interview is already logged (application {app.pk}, {invite.starts_at:%a %Y-%m-%d %H:%M}); nothing was added"
            )


def from_invite(
    path: Path,
    candidate,
    *,
    fallback_tz: str,
    company: str | None,
    role: str | None,
    interviewers: list[str],
    hiring_contact: str | None,
    yes: bool,
) -> FromInvite | str:
    """What the invite and the options say together, or (for a cancellation) the line to print."""
    from afterview.records.invites import known_organization
    from afterview.records.services import profile_of

    own = profile_of(candidate).email
    try:
        invite = read_invite(_read_file(path), fallback_tz=fallback_tz, exclude=(own,) if own else ())
    except CancelledInvite as e:
        return _cancel(candidate, e, yes=yes)

    known = known_organization(candidate, invite) if not (company and role) else None
    if not company and known:
        company, role = known[0], role or known[1]
    company = parse_name(company or _ask("Company", "--company 'Name'", "the invite does not say which organization it is with"), "company")
    role = parse_name(role or _ask("Role", "--role 'Role'", "the invite does not say which role it is for"), "role")
    _refuse_twice(candidate, invite, company, role)

    if interviewers:
        people = tuple(parse_named_address(p) for p in interviewers)
    else:
        people = tuple(_named(p, "--interviewer") for p in invite.interviewers)
    if not people:
        if not interactive():
            raise InvalidInput(
                f"the invite lists no attendees besides you; add --interviewer 'Name <address>' for each interviewer"
            )
        typer.echo("The invite lists no attendees besides you.", err=True)
        asked = [_ask("Interviewer 'Name <address>'", "--interviewer", "no interviewer")]
        while True:
            more = typer.prompt("Another interviewer (blank: done)", default="", show_default=False, err=True).strip()
            if not more:
                break
            asked.append(more)
        people = tuple(parse_named_address(p) for p in asked)

    if hiring_contact:
        hiring = parse_named_address(hiring_contact)
    elif invite.hiring_contact is not None:
        hiring = _named(invite.hiring_contact, "--hiring-contact")
    elif interactive():
        answer = typer.prompt(
            "Hiring contact 'Name <address>' (the recruiter or HR person; blank: none yet)",
            default="", show_default=False, err=True,
        ).strip()
        hiring = parse_named_address(answer) if answer else None
    else:
        hiring = None
    return FromInvite(invite, company, role, people, hiring)
