"""The candidate's mailbox: its settings (passwords sealed), OAuth2 tokens, and the
SMTP and IMAP servers built from it. Nothing here sends a note; `outbox` does."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.outreach import imap, oauth, smtp, vault
from afterview.outreach.models import ImapSecurity, MailAccount, SmtpSecurity

log = logging.getLogger(__name__)

__all__ = [
    "AccountInput",
    "Probe",
    "access_token",
    "account_summary",
    "find_account",
    "get_account",
    "imap_server",
    "is_loopback",
    "save_account",
    "send_mail",
    "sign_in_problem",
    "sign_in_problem_of",
    "sign_in_sql",
    "smtp_server",
    "store_sign_in",
    "test_account",
]


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


def sign_in_sql(candidate) -> tuple[list[str], list]:
    """The scalar subqueries `sign_in_problem` reads (the first mailbox's OAuth2 provider,
    error and refresh token) and their parameters, for a caller that reads them in a
    statement of its own (the agenda: with its fingerprint); `sign_in_problem_of` reads them."""
    from django.db import connection

    table = connection.ops.quote_name(MailAccount._meta.db_table)
    parts = [
        f"(SELECT {column} FROM {table} WHERE owner_id = %s ORDER BY id LIMIT 1)"
        for column in ("oauth_provider", "oauth_error", "oauth_refresh_token")
    ]
    return parts, [candidate.pk] * len(parts)


def sign_in_problem_of(provider, error, refresh_token) -> str | None:
    """`sign_in_problem` from the three columns `sign_in_sql` read (all None: no mailbox)."""
    if provider is None and error is None and refresh_token is None:
        return None
    account = MailAccount(oauth_provider=provider or "", oauth_error=error or "", oauth_refresh_token=refresh_token or "")
    if account.uses_oauth and account.needs_sign_in:
        return oauth.SIGN_IN_AGAIN
    return None


def sign_in_problem(candidate) -> str | None:
    """"sign in to your mailbox again" when the candidate's OAuth2 grant is gone, else None.

    Every page that shows it asks, so the three columns it needs come from one prepared
    statement (records/prepared.py) rather than a queryset built each time; the agenda
    reads them in its fingerprint's statement instead (`sign_in_sql`)."""
    from afterview.records import prepared

    parts, params = sign_in_sql(candidate)
    with prepared.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return sign_in_problem_of(*row)


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

