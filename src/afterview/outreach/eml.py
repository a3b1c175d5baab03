"""The no-mailbox path: a note as an .eml file to send from the candidate's own mail program."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.core import steps
from afterview.core.errors import InvalidInput, NotFound
from afterview.outreach import smtp
from afterview.outreach.account import find_account
from afterview.outreach.outbox import compose_email, thread_headers
from afterview.records import models as m
from afterview.records.services import get_application

if TYPE_CHECKING:
    from afterview.outreach.notes import Note

__all__ = ["eml_bytes", "eml_path", "write_eml"]


def eml_path(path: Path, person: str | None) -> Path:
    """`path`, or for one of several notes `path` with the person's name added:
    notes.eml -> notes-miriam-castellanos.eml."""
    if person is None:
        return path
    slug = "-".join("".join(c if c.isalnum() else " " for c in person.casefold()).split()) or "note"
    return path.with_name(f"{path.stem}-{slug}{path.suffix or '.eml'}")


def eml_bytes(candidate, app_id: int, kind: str, *, person_key: str, note: Note, now: datetime) -> bytes:
    """The note as a standard .eml file the candidate opens in their mail program.

    Marked `X-Unsent: 1` so mail programs open it ready to send, and threaded
    under earlier notes to the same person. Nothing is recorded: once it is
    sent, `afterview touch APP thank-you-sent --person NAME` logs it (or the web's
    "I sent it myself").
    """
    from afterview.records.services import profile_of

    kind = steps.parse_kind(kind)
    app = get_application(candidate, app_id)
    try:
        contact = m.Contact.objects.for_owner(candidate).get(pk=int(person_key), organization=app.organization_id)
    except (m.Contact.DoesNotExist, ValueError) as e:
        raise NotFound(f"nobody with key {person_key!r} at {app.organization.name}") from e
    if not contact.email:
        raise InvalidInput(f"{contact.name} has no e-mail address on record; add it before writing the note")
    account = find_account(candidate)
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
    mail = compose_email(draft, (from_name, from_address), date=now, extra_headers={"X-Unsent": "1"})
    return smtp.serialize(mail)


def write_eml(candidate, app_id: int, kind: str, *, person_key: str, note: Note, path: Path, now: datetime) -> Path:
    """`eml_bytes` written to `path`; InvalidInput when it cannot be written."""
    data = eml_bytes(candidate, app_id, kind, person_key=person_key, note=note, now=now)
    try:
        path.write_bytes(data)
    except OSError as e:
        raise InvalidInput(f"cannot write {path}: {e.strerror}") from e
    return path
