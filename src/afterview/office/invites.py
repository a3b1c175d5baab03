"""Inviting people into the office: one at a time or from a CSV of `name, e-mail, cohort`,
sent through the office's own mail, re-sent, revoked, expired and bounced.

Every sending mints a fresh token: the link of an earlier sending stops working, and
the token itself is never stored (only its digest, `invitations.digest`). A sending
is claimed first with a conditional UPDATE on the invitation's row (`times_sent`
as it was read): of several processes sending one batch, one alone wins each
invitation, and a process that dies after its claim leaves it sent once or not at
all, never twice. A failed sending records `problem`; re-sending is a person's choice.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F

from afterview.core.errors import InvalidInput, NotFound
from afterview.office.invitations import new_token
from afterview.office.models import Cohort, Invitation, Member, Role

__all__ = [
    "DEFAULT_DAYS",
    "InvitationState",
    "InviteRow",
    "Plan",
    "claim",
    "invite",
    "invitations",
    "join_link",
    "parse_invitation_csv",
    "plan_invitations",
    "record_bounce",
    "record_bounce_mail",
    "resend",
    "revoke",
    "send",
    "send_unsent",
    "site_base",
    "state_of",
]

#: how long an invitation's link works, unless the admin gives --days
DEFAULT_DAYS = 14
MAX_DAYS = 90
#: the most problems one import reports; the rest are counted
_SHOWN_PROBLEMS = 20


class InvitationState(enum.StrEnum):
    WAITING = "not sent"
    SENT = "sent"
    FAILED = "failed"
    BOUNCED = "bounced"
    EXPIRED = "expired"
    REVOKED = "revoked"
    ACCEPTED = "accepted"


def state_of(invitation: Invitation, now: datetime) -> InvitationState:
    """What became of an invitation, the latest thing first."""
    if invitation.accepted_at is not None:
        return InvitationState.ACCEPTED
    if invitation.revoked_at is not None:
        return InvitationState.REVOKED
    if invitation.bounced_at is not None:
        return InvitationState.BOUNCED
    if invitation.expires_at <= now:
        return InvitationState.EXPIRED
    if invitation.problem:
        return InvitationState.FAILED
    return InvitationState.SENT if invitation.times_sent else InvitationState.WAITING


def check_days(days: int) -> timedelta:
    if not 1 <= days <= MAX_DAYS:
        raise InvalidInput(f"an invitation lasts 1 to {MAX_DAYS} days, not {days}; e.g. --days {DEFAULT_DAYS}")
    return timedelta(days=days)


# -- the CSV ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InviteRow:
    line: int
    name: str
    email: str
    cohort: str


#: header spellings -> column
_HEADERS = {"name": "name", "fullname": "name", "email": "email", "emailaddress": "email", "mail": "email", "cohort": "cohort"}


def _header_key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class InvalidInvitations(InvalidInput):
    """Rows that cannot be invited; `problems` has one line per row."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = problems[:_SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        text = "\n".join(shown) + (f"\n(and {more} more problems)" if more else "")
        super().__init__(text)


def parse_invitation_csv(raw: bytes) -> list[InviteRow]:
    """The rows of an invitation CSV (a header row naming `name`, `e-mail`, `cohort`),
    each checked: a name, an e-mail address, a cohort's name, no address twice.

    Reads no database. Raises InvalidInput for a file that is not CSV, and
    `InvalidInvitations` (an InvalidInput) listing every bad row."""
    from afterview.core.parse import parse_email, parse_name
    from afterview.core.spreadsheet import decode, read_sheet

    sheet = read_sheet(decode(raw))
    where: dict[str, int] = {}
    for n, header in enumerate(sheet.headers):
        column = _HEADERS.get(_header_key(header))
        if column is not None and column not in where:
            where[column] = n
    missing = [c for c in ("name", "email", "cohort") if c not in where]
    if missing:
        shown = ", ".join("e-mail" if c == "email" else c for c in missing)
        raise InvalidInput(
            f"line {sheet.header_line}: the header row has no {shown} column; the first row names the columns: name, e-mail, cohort"
        )
    rows: list[InviteRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, cells in sheet.rows:
        name_text, email_text, cohort_text = (cells[where[c]].strip() for c in ("name", "email", "cohort"))
        try:
            name = parse_name(name_text, "name")
        except InvalidInput:
            problems.append(f'row {line}: the name "{_shown(name_text)}" is empty or not one line; fix it and import again')
            continue
        try:
            email = parse_email(email_text).lower() if "\x00" not in email_text else ""
            if not email:
                raise InvalidInput("NUL")
        except InvalidInput:
            problems.append(f'row {line}: "{_shown(email_text)}" is not an e-mail address; fix it and import again')
            continue
        try:
            cohort = parse_name(cohort_text, "cohort")
        except InvalidInput:
            problems.append(f"row {line}: {name} has no cohort (or not on one line); give one and import again")
            continue
        if email in seen:
            problems.append(f"row {line}: {email} is on row {seen[email]} too; keep one and import again")
            continue
        seen[email] = line
        rows.append(InviteRow(line, name, email, cohort))
    if problems:
        raise InvalidInvitations(problems)
    if not rows:
        raise InvalidInput("the file has a header row but nobody to invite; add one row per student")
    return rows


def _shown(text: str) -> str:
    from afterview.core.parse import without_controls

    text = without_controls(text)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class Plan:
    """What inviting a file's rows would do: nothing is written before `apply`."""

    new: list[InviteRow] = field(default_factory=list)
    #: rows whose address is already a member's or has an open invitation
    skipped: list[InviteRow] = field(default_factory=list)


def plan_invitations(rows: list[InviteRow], now: datetime) -> Plan:
    """Rows checked against the office. An unknown cohort is refused, never created:
    a typo would otherwise make a cohort of one (add cohorts first)."""
    names = {c.name.casefold(): c.name for c in Cohort.objects.all()}
    problems = []
    for row in rows:
        if row.cohort.casefold() not in names:
            problems.append(
                f'row {row.line}: there is no cohort "{row.cohort}"; add it with `afterview office cohort add "{row.cohort}"` '
                "(or on the Cohorts page), or fix the row, and import again"
            )
    if problems:
        raise InvalidInvitations(problems)
    taken = _taken({row.email for row in rows}, now)
    plan = Plan()
    for row in rows:
        (plan.skipped if row.email in taken else plan.new).append(
            InviteRow(row.line, row.name, row.email, names[row.cohort.casefold()])
        )
    return plan


def _taken(emails: set[str], now: datetime) -> set[str]:
    from django.contrib.auth import get_user_model

    lowered = {e.lower() for e in emails}
    members = set(
        e.lower() for e in Member.objects.filter(user__username__in=lowered).values_list("user__username", flat=True)
    )
    users = set(e.lower() for e in get_user_model().objects.filter(username__in=lowered).values_list("username", flat=True))
    open_ = set(
        e.lower()
        for e in Invitation.objects.filter(
            email__in=lowered, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
        ).values_list("email", flat=True)
    )
    return members | users | open_


@transaction.atomic
def apply_plan(plan: Plan, *, invited_by, now: datetime, days: int = DEFAULT_DAYS) -> list[Invitation]:
    """Make the plan's invitations (unsent), all or none."""
    lasting = check_days(days)
    cohorts = {c.name: c for c in Cohort.objects.filter(name__in={row.cohort for row in plan.new})}
    made = []
    for row in plan.new:
        made.append(_make(row.email, row.name, Role.STUDENT, cohorts[row.cohort], invited_by, now, lasting))
    return made


def _make(email, name, role, cohort, invited_by, now, lasting, user=None) -> Invitation:
    _, placeholder = new_token()  # no link works until the first sending mints one
    return Invitation.objects.create(
        email=email,
        name=name,
        role=role,
        cohort=cohort,
        digest=placeholder,
        invited_by=invited_by,
        created_at=now,
        expires_at=now + lasting,
        user=user,
    )


def cohort_named(name: str) -> Cohort:
    found = Cohort.objects.filter(name__iexact=name.strip()).first()
    if found is None:
        raise NotFound(f'there is no cohort "{name.strip()}"; `afterview office cohort list` shows them, `office cohort add` adds one')
    return found


@transaction.atomic
def invite(email: str, *, name: str, cohort: str | None, role: str = Role.STUDENT, invited_by=None, now: datetime, days: int = DEFAULT_DAYS, user=None) -> Invitation:
    """One invitation (unsent). InvalidInput for a bad address, or someone already
    in the office or already invited."""
    from afterview.core.parse import parse_email, parse_name

    address = parse_email(email).lower()
    shown_name = parse_name(name, "name")
    lasting = check_days(days)
    found = cohort_named(cohort) if cohort else None
    if role == Role.STUDENT and found is None:
        raise InvalidInput("a student joins a cohort; give --cohort NAME")
    if user is None and address in _taken({address}, now):
        raise InvalidInput(
            f"{address} is already in the office or has an open invitation; `afterview office invitations` lists them"
        )
    return _make(address, shown_name, role, found, invited_by, now, lasting, user=user)


# -- sending ----------------------------------------------------------------------------------


def site_base() -> str:
    """The address people open: where `afterview serve` said it listens, as
    `afterview link` reads it, or this machine's default."""
    from afterview.reminders.rounds import base_url as served_at
    from afterview.web.server import base_url

    return (served_at() or base_url("127.0.0.1", 8000)).rstrip("/")


def join_link(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/office/join/{token}"


def claim(invitation: Invitation, now: datetime, *, days: int | None = None) -> str | None:
    """Claim one sending of `invitation` as it was read: a fresh token whose digest
    replaces the old one, or None when another process claimed it first (or it
    changed). Re-sending moves the expiry on when `days` is given."""
    token, digest = new_token()
    changes = dict(digest=digest, last_sent_at=now, times_sent=F("times_sent") + 1, problem="", bounced_at=None)
    if days is not None:
        changes["expires_at"] = now + check_days(days)
    won = Invitation.objects.filter(
        pk=invitation.pk, times_sent=invitation.times_sent, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(**changes)
    return token if won == 1 else None


def _letter(invitation: Invitation, link: str, office_name: str) -> tuple[str, str]:
    from afterview.core.timing import time_text

    role = {Role.ADVISER: "an adviser", Role.ADMIN: "an administrator"}.get(invitation.role, "a student")
    cohort = f" in {invitation.cohort.name}" if invitation.cohort_id and invitation.role == Role.STUDENT else ""
    subject = f"{office_name} invites you to afterview"
    body = (
        f"Hello {invitation.name or invitation.email},\n\n"
        f"{office_name} uses afterview to help with what comes after an interview, and has invited you "
        f"to join as {role}{cohort}.\n\n"
        f"Open this link to choose your password and sign in (it works once, until {time_text(invitation.expires_at, 'UTC')} UTC):\n\n"
        f"{link}\n\n"
        "If you did not expect this, ignore it: nothing happens unless the link is opened.\n"
    )
    return subject, body


NO_RELAY = "not sent: this install has no office mail relay (AFTERVIEW_SMTP_URL, docs/deployment.md)"
_TAKEN = "not sent: it was sent, revoked or accepted meanwhile"


@dataclass(frozen=True)
class Sending:
    invitation: int
    sent: bool
    detail: str


def send(invitation: Invitation, now: datetime, *, base: str | None = None, days: int | None = None) -> Sending:
    """Claim and send one invitation through the office's mail. Without a relay nothing
    is claimed: the invitation waits for `send_unsent` once one is configured."""
    from afterview import office_mail
    from afterview.office.mode import office

    if not office_mail.configured():
        return Sending(invitation.pk, False, NO_RELAY)
    token = claim(invitation, now, days=days)
    if token is None:
        return Sending(invitation.pk, False, _TAKEN)
    invitation.refresh_from_db()
    home = office()
    subject, body = _letter(invitation, join_link(base or site_base(), token), home.name if home else "Your career office")
    ok, detail = office_mail.send(to_name=invitation.name, to_address=invitation.email, subject=subject, body=body)
    if not ok:
        Invitation.objects.filter(pk=invitation.pk).update(problem=detail[:500])
    return Sending(invitation.pk, ok, detail)


def send_unsent(now: datetime, *, base: str | None = None, ids=None) -> list[Sending]:
    """Send every open invitation never sent yet (or those of `ids`): each at most once,
    however many processes run this at the same time."""
    pending = Invitation.objects.filter(
        times_sent=0, accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
    ).select_related("cohort").order_by("pk")
    if ids is not None:
        pending = pending.filter(pk__in=list(ids))
    from afterview import office_mail

    if not office_mail.configured():
        return []
    base = base or site_base()
    results = []
    for invitation in pending:
        outcome = send(invitation, now, base=base)
        if outcome.sent or outcome.detail != _TAKEN:
            results.append(outcome)  # another process's are its own to report
    return results


def get(invitation_id) -> Invitation:
    try:
        return Invitation.objects.select_related("cohort").get(pk=int(invitation_id))
    except (Invitation.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"there is no invitation {invitation_id}; `afterview office invitations` lists them") from e


def resend(invitation_id, now: datetime, *, base: str | None = None, days: int = DEFAULT_DAYS) -> Sending:
    """Send again with a new link (the old one stops working), lasting `days` from now."""
    invitation = get(invitation_id)
    state = state_of(invitation, now)
    if state in (InvitationState.ACCEPTED, InvitationState.REVOKED):
        raise InvalidInput(f"invitation {invitation.pk} was {state}; invite {invitation.email} again instead")
    check_days(days)
    return send(invitation, now, base=base, days=days)


def revoke(invitation_id, now: datetime) -> Invitation:
    invitation = get(invitation_id)
    done = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    if not done:
        invitation.refresh_from_db()
        raise InvalidInput(f"invitation {invitation.pk} was {state_of(invitation, now)} already; nothing to revoke")
    invitation.refresh_from_db()
    return invitation


def invitations(now: datetime):
    """Every invitation, newest first, with its state."""
    return [(i, state_of(i, now)) for i in Invitation.objects.select_related("cohort")]


def expiry_text(invitation: Invitation, tz: str = "UTC") -> str:
    from afterview.core.timing import time_text

    return time_text(invitation.expires_at, tz) + (" UTC" if tz == "UTC" else "")


# -- bounces ------------------------------------------------------------------------------------


def record_bounce(address: str, reason: str, now: datetime) -> Invitation | None:
    """Mark the latest sent, still open invitation to `address` bounced; None when none matches."""
    found = (
        Invitation.objects.filter(
            email__iexact=address.strip(), times_sent__gt=0, accepted_at__isnull=True, revoked_at__isnull=True
        )
        .order_by("-last_sent_at", "-pk")
        .first()
    )
    if found is None:
        return None
    why = f"bounced: {reason or 'the address cannot be reached'}"[:500]
    Invitation.objects.filter(pk=found.pk).update(bounced_at=now, problem=why)
    found.refresh_from_db()
    return found


def record_bounce_mail(data: bytes, now: datetime) -> Invitation | None:
    """Read a bounce (.eml) with the reply reader and mark its invitation. InvalidInput
    when the mail is not a bounce or names no address; None when no invitation matches."""
    from afterview.core.replies import ReplyKind, read_reply
    from afterview.outreach.mailtext import parse_mail

    mail = parse_mail(data, now=now)
    reading = read_reply(mail.reply)
    if reading.kind != ReplyKind.BOUNCE:
        raise InvalidInput(f"this mail reads as {reading.kind.value}, not a bounce; give the delivery failure notice itself")
    if not reading.failed_address:
        raise InvalidInput("this bounce does not say which address failed; mark it by hand with `afterview office invite revoke ID`")
    return record_bounce(reading.failed_address, reading.reason, now)
