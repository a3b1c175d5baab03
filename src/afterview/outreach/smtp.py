"""Composing one e-mail safely and handing it to the candidate's SMTP server.

Header safety comes from the standard library's `email` package with the SMTP
policy: a CR or LF in any header value raises instead of starting a new header,
non-ASCII display names and subjects are RFC 2047 encoded, non-ASCII addresses
are sent with SMTPUTF8 (RFC 6531/6532) when the server offers it, and long
lines are folded (headers) or quoted-printable encoded (the body). The envelope
recipient is passed explicitly: no header ever adds a recipient.
"""

from __future__ import annotations

import functools
import re
import smtplib
import socket
import ssl
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from afterview.core.errors import AfterviewError, InvalidInput
from afterview.core.parse import MESSAGE_ID, parse_subject

__all__ = [
    "MailProblem",
    "SmtpServer",
    "build_email",
    "describe_problem",
    "envelope",
    "make_message_id",
    "probe",
    "send",
    "serialize",
]

TIMEOUT = 30.0
MSG_ID = MESSAGE_ID
_CRLF = re.compile(r"[\r\n]")
MAX_REFERENCES = 10


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    security: str  # "none" | "starttls" | "tls"
    user: str = ""
    password: str = field(default="", repr=False)
    #: an OAuth2 access token: log in with SASL `mechanism` instead of the password
    access_token: str = field(default="", repr=False)
    mechanism: str = "XOAUTH2"  # or "OAUTHBEARER"
    #: a CA bundle to trust instead of the system's (a self-hosted server); blank: the system's
    ca_file: str = ""


class MailProblem(AfterviewError):
    """A mail server said no, or could not be reached. `stage` names what failed
    ("DNS", "connection", "TLS", "login", "recipient", "server"); `temporary` says
    whether trying again later may help. An AfterviewError like any other: the
    command line prints it as one line."""

    def __init__(self, stage: str, detail: str, *, temporary: bool):
        super().__init__(f"{stage}: {detail}")
        self.stage = stage
        self.detail = detail
        self.temporary = temporary
        #: the message may have been accepted anyway (the connection broke during the data)
        self.ambiguous = False


# -- composing ---------------------------------------------------------------------


def _address(name: str, address: str, what: str) -> Address:
    if _CRLF.search(name) or _CRLF.search(address):
        raise InvalidInput(f"the {what} contains a line break; it cannot go into an e-mail header")
    local, sep, domain = address.rpartition("@")
    if not sep or not local or not domain or any(c.isspace() for c in address):
        raise InvalidInput(f"the {what} {address!r} is not an e-mail address")
    if local.isascii() and not domain.isascii():
        # An internationalized domain travels as IDNA; only a non-ASCII mailbox needs SMTPUTF8.
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as e:
            raise InvalidInput(f"the {what} {address!r} has a domain that cannot be encoded") from e
    try:
        return Address(display_name=name, username=local, domain=domain)
    except (ValueError, IndexError) as e:
        raise InvalidInput(f"the {what} {address!r} cannot go into an e-mail header: {e}") from e


def make_message_id(from_address: str) -> str:
    """A new, globally unique Message-ID on the sender's domain."""
    domain = from_address.rpartition("@")[2] or "afterview.invalid"
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = "afterview.invalid"
    return f"<{uuid.uuid4().hex}@{domain}>"


def clean_message_ids(value: str) -> list[str]:
    """The well-formed msg-ids in a header value, in order, without repeats."""
    seen: list[str] = []
    for found in MSG_ID.findall(value or ""):
        if found not in seen:
            seen.append(found)
    return seen


def build_email(
    *,
    from_name: str,
    from_address: str,
    to_name: str,
    to_address: str,
    subject: str,
    body: str,
    message_id: str,
    date: datetime,
    in_reply_to: str = "",
    references: str = "",
    extra_headers: dict[str, str] | None = None,
) -> EmailMessage:
    """One plain-text e-mail. Raises InvalidInput for anything that could not be
    put into a header as given (line breaks, malformed addresses or ids)."""
    if _CRLF.search(subject):
        raise InvalidInput("the subject contains a line break; keep it on one line")
    # A row stored before subjects were checked: refuse it here rather than mangle a header.
    subject = parse_subject(subject)
    if not subject.strip():
        raise InvalidInput("the subject is empty")
    if not MSG_ID.fullmatch(message_id or ""):
        raise InvalidInput(f"{message_id!r} is not a Message-ID")
    mail = EmailMessage(policy=policy.SMTP)
    mail["From"] = _address(from_name, from_address, "sender")
    mail["To"] = _address(to_name, to_address, "recipient")
    mail["Subject"] = subject.strip()
    mail["Date"] = format_datetime(date)
    mail["Message-ID"] = message_id
    parent = clean_message_ids(in_reply_to)
    chain = clean_message_ids(references)[-MAX_REFERENCES:]
    if parent:
        mail["In-Reply-To"] = parent[-1]
    if chain:
        mail["References"] = " ".join(chain)
    for name, value in (extra_headers or {}).items():
        mail[name] = value
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    plain = text.isascii() and all(len(line) <= 76 for line in text.split("\n"))
    mail.set_content(text, charset="utf-8", cte="7bit" if plain else "quoted-printable")
    return mail


def needs_smtputf8(mail: EmailMessage) -> bool:
    return any(not str(mail[h].addresses[0].addr_spec).isascii() for h in ("From", "To"))


def serialize(mail: EmailMessage) -> bytes:
    """The message as it goes on the wire (SMTPUTF8 form when an address needs it)."""
    chosen = policy.SMTPUTF8 if needs_smtputf8(mail) else policy.SMTP
    return mail.as_bytes(policy=chosen)


# -- talking to the server -----------------------------------------------------------


def describe_problem(error: BaseException) -> MailProblem:
    """A plain account of what went wrong, and whether to try again later."""
    if isinstance(error, MailProblem):
        return error
    if isinstance(error, socket.gaierror):
        return MailProblem("DNS", f"the host name does not resolve ({error.strerror or error})", temporary=True)
    if isinstance(error, ConnectionRefusedError):
        return MailProblem("connection", "refused (is the host and port right, and the server up?)", temporary=True)
    if isinstance(error, (TimeoutError, socket.timeout)):
        return MailProblem("connection", "timed out", temporary=True)
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailProblem("TLS", f"the server's certificate is not trusted ({error.verify_message})", temporary=False)
    if isinstance(error, ssl.SSLError):
        reason = error.reason or str(error)
        return MailProblem(
            "TLS", f"the handshake failed ({reason}); check the security setting and port", temporary=False
        )
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailProblem("login", f"refused: {_reply(error.smtp_code, error.smtp_error)}", temporary=False)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return MailProblem("server", str(error), temporary=False)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
        return MailProblem("recipient", f"refused: {_reply(code, text)}", temporary=400 <= code < 500)
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailProblem(
            "sender", f"refused: {_reply(error.smtp_code, error.smtp_error)}", temporary=400 <= error.smtp_code < 500
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return MailProblem(
            "server", _reply(error.smtp_code, error.smtp_error), temporary=not 500 <= error.smtp_code < 600
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailProblem("connection", f"the server hung up ({error})", temporary=True)
    if isinstance(error, OSError):
        return MailProblem("connection", error.strerror or str(error) or type(error).__name__, temporary=True)
    return MailProblem("server", str(error) or type(error).__name__, temporary=True)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(str(text).split())}"


@functools.cache
def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """The system's trusted CAs (or those in `ca_file`), verified host names; built once
    per file (loading the CAs is slow)."""
    if ca_file:
        try:
            return ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as e:
            raise MailProblem("TLS", f"the certificate authority file {ca_file} cannot be read ({e})", temporary=False) from e
    return ssl.create_default_context()


def sasl_response(mechanism: str, user: str, access_token: str, host: str, port: int) -> str:
    from afterview.outreach import oauth

    if mechanism.upper() == "OAUTHBEARER":
        return oauth.oauthbearer(user, access_token, host, port)
    return oauth.xoauth2(user, access_token)


def _oauth_login(client: smtplib.SMTP, server: SmtpServer) -> None:
    initial = sasl_response(server.mechanism, server.user, server.access_token, server.host, server.port)
    # On failure the server sends a 334 with a JSON error; the empty answer ends the exchange.
    client.auth(server.mechanism.upper(), lambda challenge=None: "" if challenge is not None else initial)


def _connect(server: SmtpServer, timeout: float | None) -> smtplib.SMTP:
    timeout = timeout or TIMEOUT
    if server.security == "tls":
        client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=tls_context(server.ca_file))
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=timeout)
    try:
        client.ehlo()
        if server.security == "starttls":
            if not client.has_extn("starttls"):
                raise MailProblem("TLS", "the server does not offer STARTTLS on this port", temporary=False)
            client.starttls(context=tls_context(server.ca_file))
            client.ehlo()
        if server.access_token:
            _oauth_login(client, server)
        elif server.user:
            client.login(server.user, server.password)
    except BaseException:
        _close(client)
        raise
    return client


def _close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def probe(server: SmtpServer, timeout: float | None = None) -> None:
    """Connect, secure and log in, then leave. Raises MailProblem saying what failed."""
    try:
        client = _connect(server, timeout)
    except Exception as e:
        raise describe_problem(e) from e
    _close(client)


def envelope(mail: EmailMessage) -> tuple[str, str]:
    """The (sender, recipient) of the SMTP envelope: the one From and the one To address."""
    senders, recipients = mail["From"].addresses, mail["To"].addresses
    if len(senders) != 1 or len(recipients) != 1:
        raise InvalidInput("an afterview note has exactly one sender and one recipient")
    return senders[0].addr_spec, recipients[0].addr_spec


def send(server: SmtpServer, mail: EmailMessage, timeout: float | None = None) -> None:
    """Hand `mail` to the server for its one To address alone. Raises MailProblem.

    When this returns the server has accepted the message. A MailProblem with
    `ambiguous` set means the connection broke after the message data went out
    and before the server answered: it may have been accepted, so it must not
    simply be sent again.
    """
    sender, recipient = envelope(mail)
    international = not (sender.isascii() and recipient.isascii())
    data_sent = False
    try:
        client = _connect(server, timeout)
        try:
            options = []
            if international:
                if not client.has_extn("smtputf8"):
                    raise MailProblem(
                        "server", "it does not accept internationalized addresses (no SMTPUTF8)", temporary=False
                    )
                options = ["SMTPUTF8", "BODY=8BITMIME"]
            code, reply = client.mail(sender, options)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, sender)
            code, reply = client.rcpt(recipient)
            if code not in (250, 251):
                raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
            data_sent = True
            client.data(serialize(mail))
        finally:
            _close(client)
    except smtplib.SMTPDataError as e:
        # The server answered the data with an error: it did not take the message.
        raise describe_problem(e) from e
    except Exception as e:
        problem = describe_problem(e)
        if data_sent:
            problem.ambiguous = True
        raise problem from e
