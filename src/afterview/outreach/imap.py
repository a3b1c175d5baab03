"""The candidate's mailbox over IMAP (`imapclient`): new mail in the inbox since
the last UID seen, and the Sent folder (to file our notes, and to find out
whether a note whose worker died had left)."""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from email import policy
from email.parser import BytesParser

from afterview.core.parse import without_controls
from afterview.outreach.smtp import (
    MailProblem,
    clean_message_ids,
    describe_problem,
    tls_context,
)

__all__ = ["ImapServer", "Incoming", "append_sent", "fetch_new", "has_message_id", "probe"]

TIMEOUT = 30.0
BATCH = 200
#: The most of one message read (a reply's text is at its start); the rest is never fetched.
MAX_BODY = 20 * 1024 * 1024
_ADDRESS = re.compile(r"[^@\s<>]+@[^@\s<>]+")
_FIELDS = "(MESSAGE-ID IN-REPLY-TO REFERENCES FROM SUBJECT DATE AUTO-SUBMITTED PRECEDENCE CONTENT-TYPE)"
_HEADERS = f"BODY[HEADER.FIELDS {_FIELDS}]".encode()
_FETCH = [f"BODY.PEEK[HEADER.FIELDS {_FIELDS}]", "INTERNALDATE"]


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    security: str  # "none" | "tls"
    user: str
    password: str = field(default="", repr=False)
    folder: str = "INBOX"
    #: blank: the folder marked \Sent, else "Sent"
    sent_folder: str = ""
    access_token: str = field(default="", repr=False)
    mechanism: str = "XOAUTH2"  # or "OAUTHBEARER"
    ca_file: str = ""


@dataclass(frozen=True)
class Incoming:
    """The headers of one inbox message that reply matching reads."""

    uid: int
    message_id: str
    #: msg-ids from In-Reply-To and References, parent last
    refers_to: tuple[str, ...]
    from_address: str
    subject: str
    #: when it was written (its Date header), else when the server got it
    received_at: datetime
    #: written by a machine: an out-of-office reply, a bounce, a mailing list
    automatic: bool = False
    #: the whole message (at most MAX_BODY bytes), when it was asked for
    raw: bytes | None = field(default=None, repr=False)


def _problem(error: BaseException) -> MailProblem:
    from imapclient.exceptions import LoginError

    if isinstance(error, LoginError):
        return MailProblem("login", f"refused: {_text(error)}", temporary=False)
    if isinstance(error, (imaplib.IMAP4.abort, socket.error, ssl.SSLError, TimeoutError)):
        return describe_problem(error)
    if isinstance(error, imaplib.IMAP4.error):
        return MailProblem("server", _text(error), temporary=True)
    return describe_problem(error)


def _text(error: BaseException) -> str:
    text = str(error)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return " ".join(text.split()) or type(error).__name__


def _connect(server: ImapServer, timeout: float | None):
    from imapclient import IMAPClient

    timeout = timeout or TIMEOUT
    use_tls = server.security == "tls"
    client = IMAPClient(
        server.host,
        port=server.port,
        ssl=use_tls,
        ssl_context=tls_context(server.ca_file) if use_tls else None,
        timeout=timeout,
    )
    # Aware datetimes for INTERNALDATE, not the machine's local time.
    client.normalise_times = False
    try:
        if server.access_token and server.mechanism.upper() == "OAUTHBEARER":
            client.oauthbearer_login(server.user, server.access_token)
        elif server.access_token:
            client.oauth2_login(server.user, server.access_token)
        else:
            client.login(server.user, server.password)
    except BaseException:
        _close(client)
        raise
    return client


def _close(client) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 (the connection is being dropped anyway)
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


class _Session:
    def __init__(self, server: ImapServer, timeout: float | None):
        self.server = server
        self.timeout = timeout

    def __enter__(self):
        try:
            self.client = _connect(self.server, self.timeout)
        except Exception as e:
            raise _problem(e) from e
        return self.client

    def __exit__(self, kind, error, tb):
        _close(self.client)
        if error is not None and not isinstance(error, MailProblem) and isinstance(error, Exception):
            raise _problem(error) from error
        return False


def _sent_folder(client, server: ImapServer) -> str:
    if server.sent_folder:
        return server.sent_folder
    from imapclient.imapclient import SENT

    try:
        found = client.find_special_folder(SENT)
    except Exception:  # noqa: BLE001 (servers without SPECIAL-USE or LIST-EXTENDED)
        found = None
    return found or "Sent"


def probe(server: ImapServer, timeout: float | None = None) -> str:
    """Log in and open the inbox folder read-only; returns the Sent folder's name.
    Raises MailProblem saying what failed."""
    with _Session(server, timeout) as client:
        try:
            client.select_folder(server.folder, readonly=True)
        except imaplib.IMAP4.error as e:
            raise MailProblem("folder", f"cannot open {server.folder!r}: {_text(e)}", temporary=False) from e
        return _sent_folder(client, server)


def has_message_id(server: ImapServer, message_id: str, timeout: float | None = None) -> bool:
    """Whether the Sent folder holds a message with this Message-ID."""
    with _Session(server, timeout) as client:
        client.select_folder(_sent_folder(client, server), readonly=True)
        return bool(client.search(["HEADER", "Message-ID", message_id]))


def append_sent(server: ImapServer, raw: bytes, when: datetime, timeout: float | None = None) -> None:
    """File a copy of a sent message in the Sent folder, marked as read."""
    with _Session(server, timeout) as client:
        client.append(_sent_folder(client, server), raw, flags=[b"\\Seen"], msg_time=when)


def _is_automatic(headers) -> bool:
    """Auto-Submitted (RFC 3834), bulk/list Precedence, or a delivery report: no person answered."""
    submitted = str(headers.get("Auto-Submitted", "")).strip().lower()
    precedence = str(headers.get("Precedence", "")).strip().lower()
    content_type = str(headers.get("Content-Type", "")).strip().lower()
    return (
        (submitted not in ("", "no"))
        or precedence in ("bulk", "junk", "list", "auto_reply")
        or content_type.startswith("multipart/report")
    )


def _written_at(headers) -> datetime | None:
    """When the sender wrote it (the Date header), or None when it gives no usable time."""
    try:
        value = headers.get("Date")
        written = getattr(value, "datetime", None)
    except (ValueError, TypeError, IndexError):
        return None
    if written is None or written.tzinfo is None:
        return None
    return written


def _parse(uid: int, data: dict) -> Incoming | None:
    raw = data.get(_HEADERS) or b""
    headers = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    try:
        sender = headers["From"]
        addresses = sender.addresses if sender is not None else ()
        from_address = addresses[0].addr_spec.lower() if addresses else ""
        if not _ADDRESS.fullmatch(from_address):
            from_address = ""
        message_ids = clean_message_ids(str(headers.get("Message-ID", "")))
        refers = clean_message_ids(str(headers.get("References", ""))) + clean_message_ids(
            str(headers.get("In-Reply-To", ""))
        )
        # Someone else wrote it: no ESC sequence or NUL goes on to a terminal or a header.
        subject = without_controls(" ".join(str(headers.get("Subject", "")).split()))
        automatic = _is_automatic(headers)
    except (ValueError, IndexError, TypeError, AttributeError):
        # A header the parser cannot make sense of: not something we can match.
        return None
    received_at = _written_at(headers) or data.get(b"INTERNALDATE")
    if not isinstance(received_at, datetime):
        return None
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=UTC)
    # A message without a Message-ID still needs a stable key to be counted once.
    message_id = message_ids[0] if message_ids else f"<uid-{uid}@no-message-id.invalid>"
    return Incoming(
        uid=uid,
        message_id=message_id,
        refers_to=tuple(dict.fromkeys(refers)),
        from_address=from_address,
        subject=subject[:300],
        received_at=received_at.astimezone(UTC),
        automatic=automatic,
    )


def _bodies(client, uids: list[int]) -> dict[int, bytes]:
    """The first MAX_BODY bytes of each message (a partial fetch: a huge one is never read whole)."""
    found: dict[int, bytes] = {}
    for start in range(0, len(uids), BATCH):
        for uid, data in client.fetch(uids[start : start + BATCH], [f"BODY.PEEK[]<0.{MAX_BODY}>"]).items():
            raw = next((v for k, v in data.items() if isinstance(k, bytes) and k.startswith(b"BODY[]")), None)
            if isinstance(raw, bytes):
                found[uid] = raw
    return found


def fetch_new(
    server: ImapServer,
    *,
    uidvalidity: int | None,
    last_uid: int,
    since_on: date,
    timeout: float | None = None,
    with_body: Callable[[Incoming], bool] | None = None,
) -> tuple[int, int, list[Incoming]]:
    """Messages in the inbox folder after `last_uid` (read-only: nothing is marked read).

    When the folder's UIDVALIDITY differs from `uidvalidity` (or on the first
    run) UIDs start over, and messages written since `since_on` (their Date
    header, as `received_at` is) are read instead. Returns (uidvalidity, the highest UID seen, the messages).
    The messages `with_body` picks also bring their content (`raw`).
    """
    with _Session(server, timeout) as client:
        status = client.select_folder(server.folder, readonly=True)
        current = int(status[b"UIDVALIDITY"])
        if uidvalidity != current or last_uid <= 0:
            uids = client.search(["SENTSINCE", since_on])
            last_uid = 0
        else:
            # "n:*" names the last message even when its UID is below n.
            uids = [u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        uids = sorted(uids)
        found: list[Incoming] = []
        for start in range(0, len(uids), BATCH):
            batch = uids[start : start + BATCH]
            for uid, data in sorted(client.fetch(batch, _FETCH).items()):
                parsed = _parse(uid, data)
                if parsed is not None:
                    found.append(parsed)
        if with_body is not None:
            wanted = [item.uid for item in found if with_body(item)]
            if wanted:
                bodies = _bodies(client, wanted)
                found = [replace(item, raw=bodies.get(item.uid)) if item.uid in bodies else item for item in found]
        return current, max([last_uid, *uids]), found
