"""What the command line, the web app and the worker do with the outbox.

Every public function takes the candidate (or a row that has one) and "now"
from the caller; none reads the clock. Whether a note may go out is never
decided here: `next_actions` in `afterview.core.playbook` says what is due and
when, and these functions only hold a message against that plan.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.db import IntegrityError, transaction
from django.db.models import Q

from afterview.core import facts as f
from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.core.parse import MAX_NOTE, parse_subject
from afterview.core.playbook import Action, ActionKind, next_actions
from afterview.core.timing import place_in_business_hours, zone
from afterview.outreach import imap, oauth, smtp, vault
from afterview.outreach.models import (
    ImapSecurity,
    InboundMail,
    MailAccount,
    MatchedBy,
    SmtpSecurity,
)
from afterview.records import models as m
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import application_facts, find_contact, get_application

log = logging.getLogger(__name__)

__all__ = [
    "AccountInput",
    "Note",
    "Probe",
    "SyncReport",
    "cancel_message",
    "confirm_message",
    "get_account",
    "hold_against_plan",
    "outbox",
    "read_note",
    "review_scheduled",
    "save_account",
    "schedule_message",
    "sync_replies",
    "test_account",
    "thread_headers",
    "write_eml",
]

#: What sending each kind of message records in the log.
TOUCH_OF = {
    m.MessageKind.THANK_YOU: m.TouchKind.THANK_YOU_SENT,
    m.MessageKind.FOLLOW_UP: m.TouchKind.FOLLOW_UP_SENT,
    m.MessageKind.NEXT_STEPS: m.TouchKind.NEXT_STEPS_SENT,
}

#: The playbook's actions a message of each kind carries out. A follow-up e-mail
#: may take the place of a suggested call: the same try, the same gap.
ACTIONS_OF = {
    m.MessageKind.THANK_YOU: frozenset({ActionKind.THANK_YOU}),
    m.MessageKind.FOLLOW_UP: frozenset({ActionKind.FOLLOW_UP, ActionKind.PHONE_CALL}),
    m.MessageKind.NEXT_STEPS: frozenset({ActionKind.ASK_NEXT_STEPS}),
}

#: Messages that have gone, may have gone, or will go: a second one would be a duplicate.
LIVE = (m.MessageStatus.SCHEDULED, m.MessageStatus.SENDING, m.MessageStatus.UNKNOWN)

#: Statuses `afterview outbox` lists by default.
OUTBOX = (
    m.MessageStatus.SCHEDULED,
    m.MessageStatus.SENDING,
    m.MessageStatus.UNKNOWN,
    m.MessageStatus.FAILED,
    m.MessageStatus.SENT,
    m.MessageStatus.CANCELLED,
)

MAX_SUBJECT = 300
MAX_BODY = MAX_NOTE
#: How late a plan may have moved and still count as the same moment.
SLACK = timedelta(minutes=1)
SYNC_LEASE = timedelta(minutes=5)
#: How far back the first look at an inbox reaches at most.
FIRST_SYNC_REACH = timedelta(days=180)


# -- the mailbox ---------------------------------------------------------------------


@dataclass(frozen=True)
class AccountInput:
    """A mailbox as `afterview mail setup` or the settings form gives it.

    A password of None keeps the one stored; "" removes it.
    """

    from_name: str
    from_address: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str = ""
    smtp_password: str | None = None
    imap_host: str = ""
    imap_port: int | None = None
    imap_security: str = ImapSecurity.TLS
    imap_user: str = ""
    imap_password: str | None = None
    imap_folder: str = "INBOX"
    sent_folder: str = ""
    copy_to_sent: bool = True
    #: Allows security "none" to a server on another machine (password and notes in clear).
    allow_insecure: bool = False
    #: the preset it came from (`afterview.core.providers`); blank: by hand
    provider: str = ""
    ca_file: str = ""
    #: blank: passwords; else an OAuth2 provider (`afterview.outreach.oauth.PROVIDERS`)
    oauth_provider: str = ""

    def __repr__(self):
        return f"AccountInput({self.from_address!r}, smtp={self.smtp_host}:{self.smtp_port})"

    def __post_init__(self):
        for name in ("from_name", "from_address", "smtp_host", "smtp_user", "imap_host", "imap_user", "imap_folder", "sent_folder"):
            value = getattr(self, name)
            if any(c in value for c in "\r\n\x00"):
                raise InvalidInput(f"--{name.replace('_', '-')} contains a line break; type it on one line")
        if self.smtp_security not in SmtpSecurity.values:
            raise InvalidInput(f"--smtp-security must be one of {', '.join(SmtpSecurity.values)}, not {self.smtp_security!r}")
        if self.imap_security not in ImapSecurity.values:
            raise InvalidInput(f"--imap-security must be one of {', '.join(ImapSecurity.values)}, not {self.imap_security!r}")
        if not self.smtp_host.strip():
            raise InvalidInput("--smtp-host is empty; give your provider's SMTP server, e.g. smtp.example.com")
        for name in ("smtp_port", "imap_port"):
            port = getattr(self, name)
            if port is not None and not 0 < port < 65536:
                raise InvalidInput(f"--{name.replace('_', '-')} must be from 1 to 65535, not {port}")
        if self.imap_host and not self.imap_user:
            raise InvalidInput("--imap-user is needed with --imap-host (usually your e-mail address)")
        if self.imap_host and self.imap_port is None:
            raise InvalidInput("--imap-port is needed with --imap-host (993 for tls, 143 for none)")
        for service, host, security in (("smtp", self.smtp_host, self.smtp_security), ("imap", self.imap_host, self.imap_security)):
            if host and security == "none" and not self.allow_insecure and not is_loopback(host):
                raise InvalidInput(
                    f"{service.upper()} security none sends your password and notes in clear to {host}; "
                    "it is for a server on this machine only: use "
                    f"{'starttls or tls' if service == 'smtp' else 'tls'}, or allow an unencrypted connection "
                    "explicitly (--allow-insecure)"
                )


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine: localhost, or a loopback address (127.0.0.0/8, ::1)."""
    import ipaddress

    name = host.strip().strip("[]").rstrip(".").casefold()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


#: What a stored password is bound to: change any of these and it must be given again,
#: so a password is never offered to a server it was not given for.
SMTP_ENDPOINT = ("smtp_host", "smtp_port", "smtp_security", "smtp_user")
IMAP_ENDPOINT = ("imap_host", "imap_port", "imap_security", "imap_user")


def _moved(account: MailAccount, data: AccountInput, fields: tuple[str, ...]) -> bool:
    return any(getattr(account, name) != getattr(data, name) for name in fields)


def save_account(candidate, data: AccountInput, *, now: datetime) -> MailAccount:
    """Create or update the candidate's mailbox; passwords are stored encrypted."""
    with transaction.atomic():
        account = MailAccount.objects.for_owner(candidate).select_for_update().first()
        if account is None:
            account = MailAccount(owner=candidate, created_at=now)
        # Tokens are for one provider, server and user: another one forgets them.
        signin_changed = (account.oauth_provider, account.smtp_host, account.smtp_user, account.imap_host, account.imap_user) != (
            data.oauth_provider,
            data.smtp_host,
            data.smtp_user,
            data.imap_host,
            data.imap_user,
        )
        inbox_changed = (account.imap_host, account.imap_user, account.imap_folder) != (
            data.imap_host,
            data.imap_user,
            data.imap_folder,
        )
        forget_smtp = account.pk is not None and _moved(account, data, SMTP_ENDPOINT)
        forget_imap = account.pk is not None and _moved(account, data, IMAP_ENDPOINT)
        if forget_smtp and data.smtp_user and data.smtp_password is None and account.smtp_password_token:
            raise InvalidInput(
                "the SMTP server, port, security or user changed, so the stored password is forgotten: "
                "enter the SMTP password again"
            )
        if forget_imap and data.imap_host and data.imap_password is None and account.imap_password_token:
            raise InvalidInput(
                "the IMAP server, port, security or user changed, so the stored password is forgotten: "
                "enter the IMAP password again"
            )
        if forget_smtp:
            account.smtp_password_token = ""
        if forget_imap:
            account.imap_password_token = ""
        for name in (
            "from_name",
            "from_address",
            "smtp_host",
            "smtp_port",
            "smtp_security",
            "smtp_user",
            "imap_host",
            "imap_port",
            "imap_security",
            "imap_user",
            "imap_folder",
            "sent_folder",
            "copy_to_sent",
            "provider",
            "ca_file",
            "oauth_provider",
        ):
            setattr(account, name, getattr(data, name))
        if signin_changed or not data.oauth_provider:
            _forget_tokens(account)
        if data.smtp_password is not None:
            account.smtp_password_token = vault.seal(data.smtp_password)
        if data.imap_password is not None:
            account.imap_password_token = vault.seal(data.imap_password)
        if not data.smtp_user:
            account.smtp_password_token = ""
        if not data.imap_host:
            account.imap_password_token = ""
        if inbox_changed:
            # Another mailbox: its UIDs mean nothing to the old bookmark.
            account.imap_uidvalidity = None
            account.imap_last_uid = 0
            account.sync_error = ""
        account.updated_at = now
        account.save()
    return account


def _forget_tokens(account: MailAccount) -> None:
    account.oauth_refresh_token = account.oauth_access_token = ""
    account.oauth_expires_at = None
    account.oauth_error = ""


def store_sign_in(candidate, token: oauth.Token, *, now: datetime) -> MailAccount:
    """Keep the tokens of a finished OAuth2 sign-in, sealed like the passwords."""
    with transaction.atomic():
        account = MailAccount.objects.for_owner(candidate).select_for_update().first()
        if account is None or not account.uses_oauth:
            raise NotFound("no mailbox signs in with OAuth2; run `afterview mail setup --provider ...` first")
        _keep_token(account, token, now)
        account.updated_at = now
        account.save()
    return account


def _keep_token(account: MailAccount, token: oauth.Token, now: datetime) -> None:
    account.oauth_refresh_token = vault.seal(token.refresh_token)
    account.oauth_access_token = vault.seal(token.access_token)
    account.oauth_expires_at = now + token.lifetime
    account.oauth_error = ""


#: An access token this close to its expiry is refreshed before use.
REFRESH_AHEAD = timedelta(minutes=5)


def access_token(account: MailAccount, *, now: datetime, fresh: bool = False) -> str:
    """A working access token for an OAuth2 mailbox, refreshed when it is about to
    expire (or `fresh` after the server refused it). Raises oauth.SignInAgain when the
    grant is gone (and marks the mailbox so), Refused when the sign-in server fails."""
    if account.needs_sign_in:
        raise oauth.SignInAgain()
    expires_at = account.oauth_expires_at
    if not fresh and account.oauth_access_token and expires_at and expires_at - REFRESH_AHEAD > now:
        return vault.open_secret(account.oauth_access_token)
    provider = oauth.load_provider(account.oauth_provider)
    try:
        token = oauth.refresh(provider, vault.open_secret(account.oauth_refresh_token))
    except oauth.SignInAgain as e:
        MailAccount.objects.filter(pk=account.pk).update(oauth_error=oauth.SIGN_IN_AGAIN, oauth_access_token="")
        account.oauth_error, account.oauth_access_token = oauth.SIGN_IN_AGAIN, ""
        log.warning("mailbox %s: %s", account.pk, e)
        raise
    _keep_token(account, token, now)
    MailAccount.objects.filter(pk=account.pk).update(
        oauth_refresh_token=account.oauth_refresh_token,
        oauth_access_token=account.oauth_access_token,
        oauth_expires_at=account.oauth_expires_at,
        oauth_error="",
    )
    return token.access_token


def sign_in_problem(candidate) -> str | None:
    """"sign in to your mailbox again" when the candidate's OAuth2 grant is gone, else None."""
    account = MailAccount.objects.for_owner(candidate).first()
    if account is not None and account.uses_oauth and account.needs_sign_in:
        return oauth.SIGN_IN_AGAIN
    return None


def find_account(candidate) -> MailAccount | None:
    return MailAccount.objects.for_owner(candidate).first()


def get_account(candidate) -> MailAccount:
    account = MailAccount.objects.for_owner(candidate).first()
    if account is None:
        raise NotFound(
            "no mailbox is set up; run `afterview mail setup`, or write the note to a file "
            "with `afterview draft ... --eml FILE` and send it yourself"
        )
    return account


def account_summary(account: MailAccount) -> dict:
    """The mailbox as the candidate may see it: everything but the passwords."""
    return {
        "from": str(account),
        "smtp": f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})",
        "smtp_user": account.smtp_user or None,
        "smtp_password": "stored, encrypted" if account.smtp_password_token else None,
        "imap": f"{account.imap_host}:{account.imap_port} ({account.imap_security})" if account.has_imap else None,
        "imap_user": account.imap_user or None,
        "imap_password": "stored, encrypted" if account.imap_password_token else None,
        "imap_folder": account.imap_folder if account.has_imap else None,
        "sent_folder": (account.sent_folder or "the server's \\Sent folder") if account.has_imap else None,
        "copy_to_sent": account.copy_to_sent if account.has_imap else None,
        "provider": account.provider or None,
        "ca_file": account.ca_file or None,
        "sign_in": (
            f"OAuth2 ({account.oauth_provider}, {account.oauth_mechanism})"
            + (f": {oauth.SIGN_IN_AGAIN} (`afterview mail signin`)" if account.needs_sign_in else ", signed in")
            if account.uses_oauth
            else "password"
        ),
        "synced_at": account.synced_at,
        "sync_error": account.sync_error or None,
    }


def _now(now: datetime | None) -> datetime:
    from afterview import clock

    return now or clock.now()


def smtp_server(account: MailAccount, *, now: datetime | None = None, fresh: bool = False) -> smtp.SmtpServer:
    token = access_token(account, now=_now(now), fresh=fresh) if account.uses_oauth else ""
    return smtp.SmtpServer(
        host=account.smtp_host,
        port=account.smtp_port,
        security=account.smtp_security,
        user=account.smtp_user,
        password="" if token else vault.open_secret(account.smtp_password_token),
        access_token=token,
        mechanism=account.oauth_mechanism,
        ca_file=account.ca_file,
    )


def send_mail(account: MailAccount, mail, *, now: datetime) -> None:
    """Hand `mail` to the SMTP server; an OAuth2 login the server refuses is tried once
    more with a refreshed token (a refused login happens before any data, so no duplicate)."""
    try:
        smtp.send(smtp_server(account, now=now), mail)
    except smtp.MailProblem as e:
        if not (account.uses_oauth and e.stage == "login"):
            raise
        smtp.send(smtp_server(account, now=now, fresh=True), mail)


def imap_server(account: MailAccount, *, now: datetime | None = None, fresh: bool = False) -> imap.ImapServer | None:
    if not account.has_imap:
        return None
    token = access_token(account, now=_now(now), fresh=fresh) if account.uses_oauth else ""
    return imap.ImapServer(
        access_token=token,
        mechanism=account.oauth_mechanism,
        ca_file=account.ca_file,
        host=account.imap_host,
        port=account.imap_port or 993,
        security=account.imap_security,
        user=account.imap_user,
        password=vault.open_secret(account.imap_password_token),
        folder=account.imap_folder,
        sent_folder=account.sent_folder,
    )


@dataclass(frozen=True)
class Probe:
    """The outcome of trying one server: `detail` says what worked or what failed."""

    service: str
    target: str
    ok: bool
    detail: str


def test_account(candidate) -> list[Probe]:
    """Connect to the SMTP and (when set up) IMAP server the way sending will."""
    account = get_account(candidate)
    results = []
    target = f"{account.smtp_host}:{account.smtp_port} ({account.smtp_security})"
    try:
        smtp.probe(smtp_server(account))
    except smtp.MailProblem as e:
        results.append(Probe("SMTP", target, False, str(e)))
    else:
        login = f"logged in as {account.smtp_user}" if account.smtp_user else "no login configured"
        results.append(Probe("SMTP", target, True, f"connected, {login}"))
    server = imap_server(account)
    if server is None:
        results.append(Probe("IMAP", "—", True, "not set up: replies will not be noticed, log them with `afterview touch`"))
        return results
    target = f"{server.host}:{server.port} ({server.security})"
    try:
        sent = imap.probe(server)
    except smtp.MailProblem as e:
        results.append(Probe("IMAP", target, False, str(e)))
    else:
        results.append(Probe("IMAP", target, True, f"logged in as {server.user}, {server.folder} opens, Sent folder is {sent!r}"))
    return results


# -- notes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Note:
    subject: str
    body: str


def default_subject(kind: str, facts: f.ApplicationFacts) -> str:
    return {
        m.MessageKind.THANK_YOU: f"Thank you: {facts.role} interview",
        m.MessageKind.FOLLOW_UP: f"Following up: {facts.role}",
        m.MessageKind.NEXT_STEPS: f"Next steps: {facts.role}",
    }[m.MessageKind(kind)]


def read_note(text: str, default: str) -> Note:
    """A note as a file or a draft holds it: an optional "Subject: ..." first line,
    then the body. Raises InvalidInput for an empty or oversized note."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    subject = default
    first, sep, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        subject = first.split(":", 1)[1].strip()
        text = rest.lstrip("\n") if sep else ""
    body = text.strip("\n")
    subject = parse_subject(subject)
    if not subject:
        raise InvalidInput("the Subject: line is empty; write one, or leave the line out for the default")
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(f"the subject is {len(subject)} characters long; keep it under {MAX_SUBJECT}")
    if not body.strip():
        raise InvalidInput("the note is empty")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"the note is {len(body)} characters long; a note that lands is far shorter")
    if "\x00" in body:
        raise InvalidInput("the note contains a NUL character; save it as plain text")
    return Note(subject=subject, body=body + "\n")


# -- holding a message against the plan ----------------------------------------------


def matching_action(actions: list[Action], kind: str, contact_key: str) -> Action | None:
    """The step of the plan a message of `kind` to `contact_key` carries out, or None."""
    wanted = ACTIONS_OF[m.MessageKind(kind)]
    found = [a for a in actions if a.kind in wanted and a.person_key == contact_key]
    return min(found, key=lambda a: a.due_at) if found else None


def _tz_of(contact: m.Contact, org: m.Organization) -> str:
    return contact.tz or org.tz or "UTC"


def _day(at: datetime, tz: str) -> str:
    local = at.astimezone(zone(tz))
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M} ({tz})"


def _why_not(message: m.Message, facts: f.ApplicationFacts, tz: str) -> str:
    """Why the plan has no step for this message any more, in the candidate's words."""
    since = message.created_at
    key = str(message.contact_id)
    name = message.contact.name
    later = [t for t in facts.touches if t.at >= since]
    for touch in reversed(later):
        if touch.kind in f.DECISIONS:
            return f"the application ended: {touch.kind} on {_day(touch.at, tz)}"
    for touch in reversed(later):
        if touch.kind is f.TouchKind.REPLY:
            who = (facts.person(touch.person_key).name if facts.person(touch.person_key) else "they")
            return f"{who} replied on {_day(touch.at, tz)}, so this {message.kind} is no longer called for"
    done = TOUCH_OF[m.MessageKind(message.kind)]
    for touch in reversed(later):
        if touch.kind == done and (touch.person_key in (key, None)):
            return f"a {touch.kind} to {name} was logged on {_day(touch.at, tz)}"
    return f"the playbook no longer plans a {message.kind} to {name}; `afterview why {message.application_id}` says why"


def hold_against_plan(message: m.Message, facts: f.ApplicationFacts, *, now: datetime, rules=None) -> str | None:
    """None when the plan still calls for `message` at its time; otherwise why not.

    The message's time is its `scheduled_at` (or `now`, once that has passed).
    A step the plan now puts later than that (a reply restarted the wait, the
    min-gap holds it) counts as no longer due: the candidate decides again.
    """
    rules = rules or candidate_rules(message.owner_id)
    org = message.application.organization
    tz = _tz_of(message.contact, org)
    if message.contact.is_bounced:
        return f"mail to {message.contact.email} bounced ({message.contact.bounce_reason}); find a working address first"
    action = matching_action(next_actions(facts, now, rules), message.kind, str(message.contact_id))
    if action is None:
        return _why_not(message, facts, tz)
    at = max(now, message.scheduled_at or now)
    starts_at = action.earliest_at or action.due_at
    if starts_at > at + SLACK:
        return f"no longer due at {_day(at, tz)}; the playbook now plans it for {_day(starts_at, tz)}: {action.reason}"
    return None


def review_scheduled(application_id: int, *, now: datetime, rules=None) -> list[tuple[m.Message, str]]:
    """Cancel the application's scheduled messages the plan no longer calls for."""
    waiting = list(
        m.Message.objects.filter(application=application_id, status=m.MessageStatus.SCHEDULED).select_related(
            "application__organization", "contact", "owner"
        )
    )
    if not waiting:
        return []
    owner = waiting[0].owner
    facts = application_facts(owner, application_id)
    cancelled = []
    for message in waiting:
        reason = hold_against_plan(message, facts, now=now, rules=rules)
        if reason is None:
            continue
        done = m.Message.objects.filter(pk=message.pk, status=m.MessageStatus.SCHEDULED).update(
            status=m.MessageStatus.CANCELLED, last_error=f"cancelled: {reason}", lease_until=None
        )
        if done:
            cancelled.append((message, reason))
    return cancelled


# -- scheduling ----------------------------------------------------------------------


def schedule_message(
    candidate,
    app_id: int,
    kind: str,
    *,
    contact: m.Contact,
    note: Note,
    now: datetime,
    at: datetime | None = None,
    send_now: bool = False,
    forced: bool = False,
    rules=None,
) -> m.Message:
    """Put an approved note in the outbox.

    Without `at` or `send_now` it goes at the playbook's time for that step,
    inside the recipient's business hours. Raises Refused when the plan has no
    such step, when `at` is before the plan allows it (the min-gap, or a
    follow-up before the promised date), or when the same note is already on
    its way; InvalidInput for a recipient without an address.
    """
    try:
        kind = m.MessageKind(kind)
    except ValueError as e:
        raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(m.MessageKind.values)}") from e
    if at is not None and send_now:
        raise InvalidInput("give either --at or --now, not both")
    rules = rules or candidate_rules(candidate)
    account = get_account(candidate)
    app = get_application(candidate, app_id)
    if contact.organization_id != app.organization_id or contact.owner_id != candidate.pk:
        raise InvalidInput(f"{contact.name} is not a contact at {app.organization.name}")
    if not contact.email:
        raise InvalidInput(f"{contact.name} has no e-mail address on record; add it before sending")
    if contact.is_bounced:
        raise Refused(
            f"mail to {contact.email} bounced ({contact.bounce_reason}); find a working address for {contact.name} first"
        )
    tz = _tz_of(contact, app.organization)
    facts = application_facts(candidate, app.pk)
    action = matching_action(next_actions(facts, now, rules), kind, str(contact.pk))
    if action is None:
        raise Refused(_no_step(facts, kind, contact, now, rules))
    earliest_at = action.earliest_at or action.due_at
    if send_now:
        when = now
    elif at is not None:
        when = at
    else:
        when = place_in_business_hours(
            max(earliest_at, now), tz, app.organization.country, rules.business_hours_start, rules.business_hours_end
        )
    if when + SLACK < earliest_at:
        held = " (the min-gap holds it)" if action.blocked_until else ""
        raise Refused(f"a {kind} to {contact.name} is not due before {_day(earliest_at, tz)}{held}: {action.reason}")
    with transaction.atomic():
        # Lock the application row so two `send`s of one note cannot both pass the check.
        m.Application.objects.select_for_update().filter(pk=app.pk).first()
        clash = (
            m.Message.objects.for_owner(candidate)
            .filter(application=app, contact=contact, kind=kind, status__in=LIVE)
            .order_by("id")
            .first()
        )
        if clash is not None:
            raise Refused(
                f"#{clash.pk}, a {kind} to {contact.name}, is already {clash.status}"
                + (f" for {_day(clash.scheduled_at, tz)}" if clash.scheduled_at else "")
                + f"; cancel it first with `afterview cancel {clash.pk}`"
            )
        return m.Message.objects.create(
            owner=candidate,
            application=app,
            contact=contact,
            kind=kind,
            subject=note.subject,
            body=note.body,
            status=m.MessageStatus.SCHEDULED,
            created_at=now,
            scheduled_at=when,
            message_id=smtp.make_message_id(account.from_address),
            forced=forced,
        )


def _no_step(facts: f.ApplicationFacts, kind: str, contact: m.Contact, now: datetime, rules) -> str:
    actions = next_actions(facts, now, rules)
    if not actions:
        return f"the plan for application {facts.key} has no steps left (a decision, or no interview yet); nothing to send"
    key = str(contact.pk)
    if kind in (m.MessageKind.FOLLOW_UP, m.MessageKind.NEXT_STEPS) and key != facts.hiring_contact_key:
        hiring = facts.person(facts.hiring_contact_key)
        whom = hiring.name if hiring else "the hiring contact (none is on record)"
        return f"a {kind} goes to {whom}, not to {contact.name}"
    planned = "; ".join(f"{a.kind}{' to ' + a.person if a.person else ''}" for a in actions[:4])
    return f"the playbook has no {kind} to {contact.name} now (planned: {planned}); `afterview why {facts.key}` explains"


def message_of(candidate, message_id: int) -> m.Message:
    try:
        return (
            m.Message.objects.for_owner(candidate)
            .select_related("application__organization", "contact")
            .get(pk=int(message_id))
        )
    except (m.Message.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no message #{message_id}; `afterview outbox` lists yours") from e


#: `sending` with no worker's lease: restored from a backup taken mid-send (or left by
#: an older import). No worker holds it, so it is settled like an `unknown` one.
_UNHELD = Q(status=m.MessageStatus.SENDING, lease_until__isnull=True)


def cancel_message(candidate, message_id: int) -> m.Message:
    """Cancel a message that is not leaving right now: not started, held for the
    candidate to confirm (`unknown`), or `sending` with no worker holding it.
    Refused while a worker is sending it."""
    message = message_of(candidate, message_id)
    done = m.Message.objects.filter(
        Q(
            status__in=(
                m.MessageStatus.DRAFT,
                m.MessageStatus.APPROVED,
                m.MessageStatus.SCHEDULED,
                m.MessageStatus.UNKNOWN,
            )
        )
        | _UNHELD,
        pk=message.pk,
    ).update(status=m.MessageStatus.CANCELLED, lease_until=None, last_error="cancelled by you")
    message.refresh_from_db()
    if not done:
        if message.status == m.MessageStatus.SENDING:
            raise Refused(f"#{message.pk} is being sent right now; it can no longer be stopped")
        if message.status == m.MessageStatus.CANCELLED:
            return message
        raise Refused(f"#{message.pk} is {message.status}; only a scheduled message can be cancelled")
    return message


def confirm_message(candidate, message_id: int, *, sent: bool, now: datetime) -> m.Message:
    """Settle a message in `unknown`: the candidate looked in their Sent folder.

    Sent: recorded as sent (and logged). Not sent: scheduled again for now.
    """
    message = message_of(candidate, message_id)
    unheld = message.status == m.MessageStatus.SENDING and message.lease_until is None
    if message.status != m.MessageStatus.UNKNOWN and not unheld:
        raise Refused(f"#{message.pk} is {message.status}; only a message in 'unknown' needs confirming")
    if sent:
        record_sent(message, at=now, note="you confirmed it left")
    else:
        m.Message.objects.filter(Q(status=m.MessageStatus.UNKNOWN) | _UNHELD, pk=message.pk).update(
            status=m.MessageStatus.SCHEDULED,
            scheduled_at=now,
            lease_until=None,
            last_error="you confirmed it did not leave; sending again",
        )
    message.refresh_from_db()
    return message


def outbox(candidate, *, statuses=OUTBOX) -> list[m.Message]:
    return list(
        m.Message.objects.for_owner(candidate)
        .filter(status__in=statuses)
        .select_related("application__organization", "contact")
        .order_by("scheduled_at", "id")
    )


# -- sending -------------------------------------------------------------------------


def thread_headers(message: m.Message) -> tuple[str, str]:
    """(In-Reply-To, References) for `message`: the earlier notes to the same
    person in this application, and their replies, oldest first."""
    earlier = list(
        m.Message.objects.filter(
            application=message.application_id,
            contact=message.contact_id,
            status=m.MessageStatus.SENT,
        )
        .exclude(pk=message.pk)
        .exclude(message_id="")
        .values_list("sent_at", "message_id")
    )
    replies = list(
        InboundMail.objects.filter(application=message.application_id, touch__contact=message.contact_id).values_list(
            "received_at", "message_id"
        )
    )
    chain = [mid for _, mid in sorted(earlier + replies, key=lambda pair: pair[0] or datetime.min.replace(tzinfo=UTC))]
    ids = smtp.clean_message_ids(" ".join(chain))[-smtp.MAX_REFERENCES :]
    if not ids:
        return "", ""
    return ids[-1], " ".join(ids)


def compose_email(message: m.Message, account: MailAccount, *, date: datetime, extra_headers=None):
    return smtp.build_email(
        from_name=account.from_name,
        from_address=account.from_address,
        to_name=message.contact.name,
        to_address=message.contact.email,
        subject=message.subject,
        body=message.body,
        message_id=message.message_id,
        date=date,
        in_reply_to=message.in_reply_to,
        references=message.references,
        extra_headers=extra_headers,
    )


def record_sent(message: m.Message, *, at: datetime, note: str = "") -> bool:
    """Mark `message` sent and log the touch, once. False when it was already settled."""
    with transaction.atomic():
        done = m.Message.objects.filter(
            pk=message.pk, status__in=(m.MessageStatus.SENDING, m.MessageStatus.UNKNOWN)
        ).update(status=m.MessageStatus.SENT, sent_at=at, lease_until=None, last_error=note)
        if not done:
            return False
        text = f"e-mail #{message.pk}: {message.subject}"
        if message.forced:
            text += " (sent despite checker errors)"
        m.Touch.objects.create(
            owner_id=message.owner_id,
            application_id=message.application_id,
            kind=TOUCH_OF[m.MessageKind(message.kind)],
            at=at,
            contact_id=message.contact_id,
            note=text,
        )
        if message.kind == m.MessageKind.FOLLOW_UP:
            m.Update.objects.filter(
                application=message.application_id, sent_at__isnull=True, added_at__lte=message.created_at
            ).update(sent_at=at)
    return True


# -- the no-mailbox path ---------------------------------------------------------------


def eml_path(path: Path, person: str | None) -> Path:
    """`path`, or for one of several notes `path` with the person's name added:
    notes.eml -> notes-miriam-castellanos.eml."""
    if person is None:
        return path
    slug = "-".join("".join(c if c.isalnum() else " " for c in person.casefold()).split()) or "note"
    return path.with_name(f"{path.stem}-{slug}{path.suffix or '.eml'}")


def write_eml(candidate, app_id: int, kind: str, *, person_key: str, note: Note, path: Path, now: datetime) -> Path:
    """Write the note as a standard .eml file the candidate opens in their mail program.

    Marked `X-Unsent: 1` so mail programs open it ready to send, and threaded
    under earlier notes to the same person. Nothing is recorded: once it is
    sent, `afterview touch APP thank-you-sent --person NAME` logs it.
    """
    from afterview.records.services import profile_of

    kind = m.MessageKind(kind)
    app = get_application(candidate, app_id)
    try:
        contact = m.Contact.objects.for_owner(candidate).get(pk=int(person_key), organization=app.organization_id)
    except (m.Contact.DoesNotExist, ValueError) as e:
        raise NotFound(f"nobody with key {person_key!r} at {app.organization.name}") from e
    if not contact.email:
        raise InvalidInput(f"{contact.name} has no e-mail address on record; add it before writing the note")
    account = MailAccount.objects.for_owner(candidate).first()
    if account is not None:
        from_name, from_address = account.from_name, account.from_address
    else:
        profile = profile_of(candidate)
        from_name, from_address = profile.display_name, profile.email
        if not from_address:
            raise InvalidInput("your e-mail address is not on record; run `afterview init --email you@example.com`")
    draft = m.Message(application=app, contact=contact, kind=kind, subject=note.subject, body=note.body)
    draft.message_id = smtp.make_message_id(from_address)
    draft.in_reply_to, draft.references = thread_headers(draft)
    mail = smtp.build_email(
        from_name=from_name,
        from_address=from_address,
        to_name=contact.name,
        to_address=contact.email,
        subject=note.subject,
        body=note.body,
        message_id=draft.message_id,
        date=now,
        in_reply_to=draft.in_reply_to,
        references=draft.references,
        extra_headers={"X-Unsent": "1"},
    )
    try:
        path.write_bytes(smtp.serialize(mail))
    except OSError as e:
        raise InvalidInput(f"cannot write {path}: {e.strerror}") from e
    return path


# -- replies -------------------------------------------------------------------------


@dataclass
class SyncReport:
    """What one look at the inbox found."""

    checked: int = 0
    replies: list[InboundMail] | None = None
    cancelled: list[tuple[m.Message, str]] | None = None
    #: auto-replies and bounces: never replies, their effects applied at once
    automatic: list[InboundMail] | None = None
    #: another worker was reading this inbox at the time
    busy: bool = False


def _first_look_on(account: MailAccount, now: datetime):
    starts = list(
        m.Interview.objects.filter(owner=account.owner_id).order_by("starts_at").values_list("starts_at", flat=True)[:1]
    )
    reach = now - FIRST_SYNC_REACH
    start = max(starts[0], reach) if starts else max(account.created_at, reach)
    return start.date() - timedelta(days=1)


def _application_for(org_id: int, owner_id: int, at: datetime) -> m.Application | None:
    """The organization's application whose latest interview had started by `at`."""
    interview = (
        m.Interview.objects.filter(owner=owner_id, application__organization=org_id, starts_at__lte=at)
        .select_related("application")
        .order_by("-starts_at", "-id")
        .first()
    )
    return interview.application if interview else None


def _match(account: MailAccount, item: imap.Incoming, contacts: list[m.Contact], orgs: list[m.Organization]):
    """(application, contact or None, how) for a reply, or None when it is not one."""
    sender = item.from_address
    by_address = {c.email.lower(): c for c in contacts if c.email}
    known = by_address.get(sender)
    if item.refers_to:
        ours = (
            m.Message.objects.filter(owner=account.owner_id, message_id__in=item.refers_to)
            .select_related("application", "contact")
            .order_by("-created_at")
            .first()
        )
        if ours is not None:
            contact = known if known is not None and known.organization_id == ours.application.organization_id else None
            return ours.application, contact, MatchedBy.THREAD
    if known is not None:
        app = _application_for(known.organization_id, account.owner_id, item.received_at)
        return (app, known, MatchedBy.ADDRESS) if app else None
    domain = sender.rpartition("@")[2]
    for org in orgs:
        if domain and domain in {d.lower().lstrip("@") for d in org.domains}:
            app = _application_for(org.pk, account.owner_id, item.received_at)
            return (app, None, MatchedBy.DOMAIN) if app else None
    return None


def _read(account: MailAccount, item: imap.Incoming, now: datetime):
    """(reading, mail) of an incoming message with its content, else (None, None).

    Never raises: an unreadable message is still matched and logged as today."""
    from afterview.core.replies import read_reply
    from afterview.outreach import mailtext

    if item.raw is None:
        return None, None
    try:
        mail = mailtext.parse_mail(item.raw, now=now)
        return read_reply(mail.reply, own_address=account.from_address), mail
    except InvalidInput as e:
        log.warning("message %s: not read (%s)", item.message_id, e)
    except Exception:  # noqa: BLE001 (one strange message must not stop the inbox being read)
        log.exception("message %s: the reader failed", item.message_id)
    return None, None


def _take_automatic(account: MailAccount, item: imap.Incoming, reading, mail, now: datetime) -> InboundMail | None:
    """An auto-reply or a bounce: never a reply touch; its effect is applied at once."""
    from afterview.outreach import replies

    refers = tuple(dict.fromkeys(item.refers_to + mail.refers_to))
    app, contact, message = replies.find_for(
        account.owner, from_address=item.from_address, refers_to=refers, failed_address=reading.failed_address, at=item.received_at
    )
    if app is None:
        return None
    received_at = min(item.received_at, now)
    latest = m.Interview.objects.filter(application=app).order_by("-starts_at").values_list("starts_at", flat=True).first()
    if latest is None or received_at < latest:
        return None
    how = MatchedBy.THREAD if message is not None else (MatchedBy.ADDRESS if contact is not None else MatchedBy.DOMAIN)
    inbound = InboundMail(
        owner_id=account.owner_id, account=account, message_id=item.message_id, uid=item.uid, received_at=received_at,
        from_address=item.from_address[:320], subject=item.subject, application=app, touch=None, matched_by=how,
        contact=contact, answers=message,
    )
    replies.store_reading(inbound, reading, mail.reply.text)
    try:
        with transaction.atomic():
            inbound.save()
            replies.apply_at_once(reading, app, contact, message, at=received_at)
    except IntegrityError:
        return None  # already counted
    return inbound


def _take(account: MailAccount, item: imap.Incoming, contacts, orgs, now: datetime) -> InboundMail | None:
    from afterview.core.replies import ReplyKind
    from afterview.outreach import replies

    if not item.from_address or item.from_address == account.from_address.lower():
        return None  # our own mail answers nothing
    reading, mail = _read(account, item, now)
    if reading is not None and reading.kind in (ReplyKind.AUTO_REPLY, ReplyKind.BOUNCE):
        return _take_automatic(account, item, reading, mail, now)
    if item.automatic:
        return None  # a mailing list, a notification: it answers nothing
    found = _match(account, item, contacts, orgs)
    if found is None:
        return None
    app, contact, how = found
    latest = m.Interview.objects.filter(application=app).order_by("-starts_at").values_list("starts_at", flat=True).first()
    received_at = min(item.received_at, now)
    if latest is None or received_at < latest:
        return None  # mail from before this round: not an answer to anything pending
    answers = None
    if item.refers_to:
        answers = m.Message.objects.filter(owner=account.owner_id, message_id__in=item.refers_to).order_by("-created_at").first()
    try:
        with transaction.atomic():
            # Counted once per candidate and Message-ID, whichever mailbox or backup it came through.
            m.SeenReply.objects.create(owner_id=account.owner_id, message_id=item.message_id)
            touch = m.Touch.objects.create(
                owner_id=account.owner_id,
                application=app,
                kind=m.TouchKind.REPLY,
                at=received_at,
                contact=contact,
                note=f"e-mail: {item.subject}"[:500] if item.subject else "e-mail",
            )
            inbound = InboundMail(
                owner_id=account.owner_id,
                account=account,
                message_id=item.message_id,
                uid=item.uid,
                received_at=received_at,
                from_address=item.from_address[:320],
                subject=item.subject,
                application=app,
                touch=touch,
                matched_by=how,
                contact=contact,
                answers=answers,
            )
            if reading is not None:
                replies.store_reading(inbound, reading, mail.reply.text)
            inbound.save()
            return inbound
    except IntegrityError:
        return None  # already counted (another worker, or a copy in the folder)


def _wants_body(account: MailAccount, contacts, orgs):
    """Which new messages are worth reading whole: anything that may be a reply, an auto-reply or a bounce."""
    own = account.from_address.lower()
    addresses = {c.email.lower() for c in contacts if c.email}
    domains = {d.lower().lstrip("@") for org in orgs for d in org.domains}

    def wanted(item: imap.Incoming) -> bool:
        sender = item.from_address
        if not sender or sender == own:
            return False
        return (
            item.automatic
            or bool(item.refers_to)
            or sender in addresses
            or sender.rpartition("@")[2] in domains
            or sender.startswith(("mailer-daemon@", "postmaster@"))
        )

    return wanted


def sync_replies(account: MailAccount, *, now: datetime, rules=None) -> SyncReport:
    """Read the inbox since the last UID seen; each reply becomes a `reply` touch and
    the application's scheduled messages are held against the plan again.

    Raises MailProblem when the server cannot be read (the error is also kept
    on the account for the candidate to see).
    """
    server = imap_server(account, now=now)
    if server is None:
        return SyncReport()
    claimed = (
        MailAccount.objects.filter(pk=account.pk)
        .filter(Q(sync_lease_until__isnull=True) | Q(sync_lease_until__lt=now))
        .update(sync_lease_until=now + SYNC_LEASE)
    )
    if not claimed:
        return SyncReport(busy=True)
    account.refresh_from_db()
    contacts = list(m.Contact.objects.filter(owner=account.owner_id))
    orgs = list(m.Organization.objects.filter(owner=account.owner_id))

    def fetch(server):
        return imap.fetch_new(
            server,
            uidvalidity=account.imap_uidvalidity,
            last_uid=account.imap_last_uid,
            since_on=_first_look_on(account, now),
            with_body=_wants_body(account, contacts, orgs),
        )

    try:
        try:
            validity, top, incoming = fetch(server)
        except smtp.MailProblem as e:
            if not (account.uses_oauth and e.stage == "login"):
                raise
            validity, top, incoming = fetch(imap_server(account, now=now, fresh=True))
    except (smtp.MailProblem, Refused) as e:
        MailAccount.objects.filter(pk=account.pk).update(sync_error=str(e), sync_lease_until=None)
        raise
    taken = [r for r in (_take(account, item, contacts, orgs, now) for item in incoming) if r is not None]
    replies = [r for r in taken if r.touch_id is not None]
    automatic = [r for r in taken if r.touch_id is None]
    cancelled = []
    for app_id in dict.fromkeys(r.application_id for r in taken):
        cancelled.extend(review_scheduled(app_id, now=now, rules=rules))
    MailAccount.objects.filter(pk=account.pk).update(
        imap_uidvalidity=validity, imap_last_uid=top, synced_at=now, sync_error="", sync_lease_until=None
    )
    return SyncReport(checked=len(incoming), replies=replies, cancelled=cancelled, automatic=automatic)


def find_contact_for(candidate, app: m.Application, kind: str, to: str | None, facts: f.ApplicationFacts, *, now, rules=None):
    """The recipient of a note: `to` by name, else whom the plan names for that kind.

    Raises InvalidInput when the plan names several people (thank-you notes to a
    panel) and `to` does not pick one; Refused when it names nobody.
    """
    if to:
        return find_contact(candidate, app, to)
    rules = rules or candidate_rules(candidate)
    wanted = ACTIONS_OF[m.MessageKind(kind)]
    keys = list(dict.fromkeys(a.person_key for a in next_actions(facts, now, rules) if a.kind in wanted and a.person_key))
    if not keys and kind != m.MessageKind.THANK_YOU and facts.hiring_contact_key:
        keys = [facts.hiring_contact_key]
    if not keys:
        raise Refused(f"the playbook has no {kind} due for application {facts.key}; `afterview why {facts.key}` explains")
    if len(keys) > 1:
        names = ", ".join(facts.person(k).name for k in keys if facts.person(k))
        raise InvalidInput(f"a {kind} is due to several people ({names}); pick one with --to NAME")
    return m.Contact.objects.get(pk=int(keys[0]), owner=candidate)


@dataclass(frozen=True)
class Sent:
    """What `send_note` did: the message in the outbox and the checker's report."""

    message: m.Message
    report: object


def _check(candidate, app: m.Application, kind: str, contact: m.Contact, facts: f.ApplicationFacts, body: str):
    from afterview.core.check import check_note
    from afterview.records.services import check_context

    return check_note(body, check_context(candidate, app.pk, str(contact.pk), str(kind), facts=facts))


def _errors_line(findings) -> str:
    shown = []
    for finding in findings[:3]:
        where = f" {finding.text!r}" if finding.text else ""
        shown.append(f"{finding.code}{where}: {finding.message}")
    more = f" and {len(findings) - 3} more" if len(findings) > 3 else ""
    return "; ".join(shown) + more


def draft_note(kind: str, facts: f.ApplicationFacts, contact: m.Contact, *, now: datetime | None = None) -> Note:
    """The composed draft of `kind` to `contact`, with the candidate's own templates first."""
    from afterview import env
    from afterview.core.compose import draft

    made = draft(str(kind), facts, str(contact.pk), template_dirs=[env.home() / "templates"], now=now)
    return Note(subject=made.subject, body=made.body if made.body.endswith("\n") else made.body + "\n")


def send_note(
    candidate,
    app_id: int,
    kind: str,
    *,
    now: datetime,
    to: str | None = None,
    text: str | None = None,
    at: datetime | None = None,
    send_now: bool = False,
    force: bool = False,
    rules=None,
) -> Sent:
    """Check a note (the given text, or the draft) and schedule it.

    Raises Refused when the checker finds errors and `force` is not given; with
    `force` the message records that it went out despite them.
    """
    try:
        kind = m.MessageKind(kind)
    except ValueError as e:
        raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(m.MessageKind.values)}") from e
    get_account(candidate)
    app = get_application(candidate, app_id)
    facts = application_facts(candidate, app.pk)
    contact = find_contact_for(candidate, app, kind, to, facts, now=now, rules=rules)
    if text is None:
        note = draft_note(kind, facts, contact, now=now)
    else:
        note = read_note(text, default_subject(kind, facts))
    report = _check(candidate, app, kind, contact, facts, note.body)
    errors = [x for x in report.findings if x.severity == "error"]
    if errors and not force:
        raise Refused(
            f"the note has {len(errors)} error{'s' if len(errors) != 1 else ''} "
            f"({_errors_line(errors)}); fix {'them' if len(errors) != 1 else 'it'}, or send anyway with --force"
        )
    message = schedule_message(
        candidate, app.pk, kind, contact=contact, note=note, now=now, at=at, send_now=send_now, forced=bool(errors), rules=rules
    )
    return Sent(message=message, report=report)
