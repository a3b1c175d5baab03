"""A complete JSON backup of one candidate's records: export, and all-or-nothing import.

Rows refer to each other by references made from their order (`o1`, `c3`, …),
never by database ids, so export → import into an empty home → export gives the
same document.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

from django.db import transaction

from afterview.core.errors import InvalidInput
from afterview.core.steps import MessageStatus
from afterview.core.parse import (
    MAX_NOTE,
    check_day,
    parse_country,
    parse_email,
    parse_message_ids,
    parse_name,
    parse_phone,
    parse_zone,
)
from afterview.core.timing import iso
from afterview.records import models as m
from afterview.records.steptimes import written
from afterview.records.services import profile_of

FORMAT = "afterview-export"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024

_MESSAGE_FIELDS = ("subject", "body", "message_id", "in_reply_to", "references", "last_error")
#: Messages that may have left by the time the backup is loaded: they come back held.
_MAY_HAVE_LEFT = MessageStatus.LIVE
#: More attempts than any worker makes (it gives up after six).
MAX_ATTEMPTS = 100
MAX_UPDATE = 2000
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_DOMAIN_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}")


def _application_extras(app) -> dict[str, Any]:
    """The optional keys an application carries (what a spreadsheet row brought)."""
    return {"link": app.link, "location": app.location, "applied_on": iso(app.applied_on), "notes": app.notes}


def _read_application_extras(app_in: _Reader) -> dict[str, Any]:
    """The optional keys back; an older file without them gives blanks."""
    return {
        "link": app_in.str("link", required=False, limit=2000),
        "location": app_in.str("location", required=False, limit=200),
        "applied_on": app_in.day("applied_on"),
        "notes": app_in.str("notes", required=False),
    }


def export_document(candidate) -> dict[str, Any]:
    profile = profile_of(candidate)
    organizations = list(
        m.Organization.objects.for_owner(candidate).order_by("id").prefetch_related("contacts")
    )
    org_ref, contact_ref = {}, {}
    orgs_out = []
    for org in organizations:
        org_ref[org.pk] = f"o{len(org_ref) + 1}"
        contacts_out = []
        for contact in sorted(org.contacts.all(), key=lambda c: c.pk):
            contact_ref[contact.pk] = f"c{len(contact_ref) + 1}"
            contacts_out.append(
                {
                    "ref": contact_ref[contact.pk],
                    "name": contact.name,
                    "title": contact.title,
                    "email": contact.email,
                    "phone": contact.phone,
                    "tz": contact.tz,
                    "away_until": iso(contact.away_until),
                    "bounced_address": contact.bounced_address,
                    "bounced_at": iso(contact.bounced_at),
                    "bounce_reason": contact.bounce_reason,
                }
            )
        orgs_out.append(
            {
                "ref": org_ref[org.pk],
                "name": org.name,
                "aliases": list(org.aliases),
                "domains": list(org.domains),
                "country": org.country,
                "tz": org.tz,
                "created_at": iso(org.created_at),
                "contacts": contacts_out,
            }
        )
    apps = (
        m.Application.objects.for_owner(candidate)
        .order_by("id")
        .prefetch_related("interviews__panel", "touches", "updates", "expectations", "messages", "requests")
    )
    apps_out = []
    for app in apps:
        apps_out.append(
            {
                "organization": org_ref[app.organization_id],
                "role": app.role,
                "hiring_contact": contact_ref.get(app.hiring_contact_id),
                "created_at": iso(app.created_at),
                **_application_extras(app),
                "interviews": [
                    {
                        "starts_at": iso(i.starts_at),
                        "ends_at": iso(i.ends_at),
                        "tz": i.tz,
                        "expect_on": iso(i.expect_on),
                        "panel": [
                            {"contact": contact_ref[p.contact_id], "highlight": p.highlight}
                            for p in sorted(i.panel.all(), key=lambda p: p.pk)
                        ],
                    }
                    for i in sorted(app.interviews.all(), key=lambda i: (i.starts_at, i.pk))
                ],
                "touches": [
                    {
                        "kind": t.kind,
                        "at": iso(t.at),
                        "contact": contact_ref.get(t.contact_id),
                        "note": t.note,
                        "expect_on": iso(t.expect_on),
                    }
                    for t in sorted(app.touches.all(), key=lambda t: (t.at, t.pk))
                ],
                "updates": [
                    {"text": u.text, "added_at": iso(u.added_at), "sent_at": iso(u.sent_at)}
                    for u in sorted(app.updates.all(), key=lambda u: (u.added_at, u.pk))
                ],
                "expectations": [
                    {"on": iso(e.on), "learned_at": iso(e.learned_at)}
                    for e in sorted(app.expectations.all(), key=lambda e: (e.learned_at, e.pk))
                ],
                "requests": [
                    {"text": r.text, "asked_at": iso(r.asked_at), "contact": contact_ref.get(r.contact_id), "done_at": iso(r.done_at)}
                    for r in sorted(app.requests.all(), key=lambda r: (r.asked_at, r.pk))
                ],
                "messages": [
                    {
                        "contact": contact_ref[msg.contact_id],
                        "kind": msg.kind,
                        "status": msg.status,
                        "created_at": iso(msg.created_at),
                        "scheduled_at": iso(msg.scheduled_at),
                        "sent_at": iso(msg.sent_at),
                        "attempts": msg.attempts,
                        "forced": msg.forced,
                        **{name: getattr(msg, name) for name in _MESSAGE_FIELDS},
                    }
                    for msg in sorted(app.messages.all(), key=lambda x: (x.created_at, x.pk))
                ],
            }
        )
    document = {
        "format": FORMAT,
        "version": VERSION,
        "candidate": {"name": profile.display_name, "email": profile.email, "tz": profile.tz},
        "organizations": orgs_out,
        "applications": apps_out,
        "seen_replies": sorted(m.SeenReply.objects.for_owner(candidate).values_list("message_id", flat=True)),
    }
    # A student of a career office takes their place, consent and audit log too
    # (import leaves the key alone: the office, not a backup, says who is who).
    from afterview.office.leaving import office_part

    office = office_part(candidate)
    if office is not None:
        document["office"] = office
    return document


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def read_document(raw: bytes) -> dict[str, Any]:
    """Bytes of an export file -> its document; anything else is refused in one line."""
    if len(raw) > MAX_BYTES:
        raise InvalidInput(f"the file is {len(raw) // (1024 * 1024)} MB; an afterview export is far smaller")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InvalidInput("the file is not UTF-8 text; give the .json file `afterview export` wrote") from e
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        raise InvalidInput(f"the file is not valid JSON (line {e.lineno}, column {e.colno}): {e.msg}") from e
    except RecursionError as e:
        raise InvalidInput("the file nests lists or objects far deeper than an afterview export does") from e
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput("this is not an afterview export (no \"format\": \"afterview-export\")")
    if document.get("version") != VERSION:
        raise InvalidInput(
            f"this export has version {document.get('version')!r}; this afterview reads version {VERSION}"
        )
    return document


class _Reader:
    """Typed access to a document with errors that name the offending path."""

    def __init__(self, data: Any, path: str):
        self.data, self.path = data, path
        if not isinstance(data, dict):
            raise InvalidInput(f"{path}: expected an object")

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _fail(self, key: str, what: str):
        raise InvalidInput(f"{self._where(key)}: {what}")

    def parsed(self, key: str, parse, *args, required: bool = True, limit: int = 1000):
        """The field read by one of the parsers the command line and the forms use."""
        value = self.str(key, required=required, limit=limit)
        if not value:
            return ""
        try:
            return parse(value, *args)
        except InvalidInput as e:
            self._fail(key, str(e))

    def line(self, key: str, *, required: bool = True, limit: int = 300) -> str:
        """Text on one line (a header, a title): no line breaks or control characters."""
        value = self.str(key, required=required, limit=limit)
        if _CONTROL.search(value):
            self._fail(key, "contains a line break or control character")
        return value

    def str(self, key: str, *, required: bool = True, limit: int = 100_000) -> str:
        value = self.data.get(key, None if required else "")
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self._fail(key, "expected text")
        if required and not value.strip():
            self._fail(key, "is empty")
        if len(value) > limit:
            self._fail(key, f"is longer than {limit} characters")
        if "\x00" in value:
            self._fail(key, "contains a NUL character, which no text afterview keeps can hold")
        return value

    def when(self, key: str, *, required: bool = True) -> datetime | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self._fail(key, "is missing")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            self._fail(key, f"{value!r} is not an ISO 8601 time")
        if parsed.tzinfo is None:
            self._fail(key, f"{value!r} has no UTC offset")
        try:
            check_day(parsed.date(), "the time")
        except InvalidInput as e:
            self._fail(key, str(e))
        return parsed.astimezone(UTC)

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            day = date.fromisoformat(value)
        except (TypeError, ValueError):
            self._fail(key, f"{value!r} is not a date (YYYY-MM-DD)")
        try:
            return check_day(day)
        except InvalidInput as e:
            self._fail(key, str(e))

    def zone(self, key: str, *, required: bool = True) -> str:
        value = self.str(key, required=required)
        if not value:
            return ""
        try:
            return parse_zone(value)
        except InvalidInput:
            self._fail(key, f"unknown time zone {value!r}")

    def choice(self, key: str, choices) -> str:
        value = self.data.get(key)
        if value not in choices.values:
            self._fail(key, f"{value!r} is not one of {', '.join(choices.values)}")
        return value

    def ref(self, key: str, refs: dict, *, required: bool = True):
        value = self.data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or value not in refs:
            self._fail(key, f"refers to {value!r}, which the file does not define")
        return refs[value]

    def items(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self._fail(key, "expected a list")
        return [_Reader(item, f"{self._where(key)}[{n}]") for n, item in enumerate(value)]

    def strings(self, key: str, parse, *args) -> list[str]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._fail(key, "expected a list of text")
        out = []
        for n, item in enumerate(value):
            try:
                out.append(parse(item, *args))
            except InvalidInput as e:
                raise InvalidInput(f"{self._where(key)}[{n}]: {e}") from e
        return out

    def int(self, key: str, *, most: int) -> int:
        value = self.data.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= most:
            self._fail(key, f"expected a whole number from 0 to {most}")
        return value

    def bool(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self._fail(key, "expected true or false")
        return value


def _domain(value: str) -> str:
    domain = value.strip().lower().lstrip("@")
    if not _DOMAIN_RE.fullmatch(domain):
        raise InvalidInput(f"{value!r} is not an e-mail domain such as cp.example")
    return domain


def _references(value: str) -> str:
    return parse_message_ids(value, many=True)


def _update_text(value: str) -> str:
    text = value.strip()
    if len(text) > MAX_UPDATE:
        raise InvalidInput(f"the update is {len(text)} characters long; keep it under {MAX_UPDATE}")
    return text


def _owned_by(reader: _Reader, key: str, contact, org) -> None:
    if contact is not None and contact.organization_id != org.pk:
        reader._fail(key, f"refers to {contact.name}, who is a contact of {contact.organization.name}, not of {org.name}")


def _held(message: m.Message, was: str) -> str:
    return (
        f"restored from a backup while it was {was}: it may already have left. Look in your Sent folder, then run "
        f"`afterview confirm {message.pk} sent` or `afterview confirm {message.pk} not-sent`"
    )


def import_document(candidate, document: dict[str, Any], *, replace: bool = False) -> int:
    """Load a document for `candidate`; all or nothing. Returns the number of applications.

    Every field goes through the parsers the command line and the forms use; an
    error names its path in the file (`applications[3].touches[1].at: ...`).
    Messages that were scheduled, sending or unknown come back held (`unknown`)
    for the candidate to confirm: a restore never sends a note a second time.
    """
    root = _Reader(document, "")
    with transaction.atomic():
        existing = m.Application.objects.for_owner(candidate).count()
        if existing and not replace:
            raise InvalidInput(
                f"this home already has {existing} application(s); import into an empty home or pass --replace"
            )
        if replace:
            m.Application.objects.for_owner(candidate).delete()
            m.Organization.objects.for_owner(candidate).delete()

        who = _Reader(document.get("candidate", {}), "candidate")
        profile = profile_of(candidate)
        profile.display_name = who.parsed("name", parse_name, required=False)
        profile.email = who.parsed("email", parse_email, required=False)
        profile.tz = who.zone("tz", required=False) or "UTC"
        profile.save()

        orgs, contacts, names = {}, {}, {}
        for org_in in root.items("organizations"):
            ref = org_in.line("ref", limit=20)
            if ref in orgs:
                org_in._fail("ref", f"{ref!r} is defined twice")
            name = org_in.parsed("name", parse_name, "company")
            if name.casefold() in names:
                org_in._fail("name", f"{name!r} is also {names[name.casefold()]}; each organization appears once")
            names[name.casefold()] = f"{org_in.path}.name"
            country = org_in.parsed("country", parse_country)
            org = m.Organization.objects.create(
                owner=candidate,
                name=name,
                aliases=org_in.strings("aliases", parse_name, "alias"),
                domains=org_in.strings("domains", _domain),
                country=country,
                tz=org_in.zone("tz"),
                created_at=org_in.when("created_at"),
            )
            orgs[ref] = org
            for contact_in in org_in.items("contacts"):
                cref = contact_in.line("ref", limit=20)
                if cref in contacts:
                    contact_in._fail("ref", f"{cref!r} is defined twice")
                contacts[cref] = m.Contact.objects.create(
                    owner=candidate,
                    organization=org,
                    name=contact_in.parsed("name", parse_name),
                    title=contact_in.line("title", required=False, limit=200),
                    email=contact_in.parsed("email", parse_email, required=False),
                    phone=contact_in.parsed("phone", parse_phone, country, required=False),
                    tz=contact_in.zone("tz", required=False),
                    away_until=contact_in.day("away_until"),
                    bounced_address=contact_in.str("bounced_address", required=False, limit=320),
                    bounced_at=contact_in.when("bounced_at", required=False),
                    bounce_reason=contact_in.str("bounce_reason", required=False, limit=300),
                )

        apps = root.items("applications")
        for app_in in apps:
            org = app_in.ref("organization", orgs)
            hiring = app_in.ref("hiring_contact", contacts, required=False)
            _owned_by(app_in, "hiring_contact", hiring, org)
            app = m.Application.objects.create(
                owner=candidate,
                organization=org,
                role=app_in.parsed("role", parse_name, "role"),
                hiring_contact=hiring,
                created_at=app_in.when("created_at"),
                **_read_application_extras(app_in),
            )
            for i_in in app_in.items("interviews"):
                starts_at, ends_at = i_in.when("starts_at"), i_in.when("ends_at")
                if ends_at <= starts_at:
                    i_in._fail("ends_at", "is not after starts_at")
                interview = m.Interview.objects.create(
                    owner=candidate,
                    application=app,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    tz=i_in.zone("tz"),
                    expect_on=i_in.day("expect_on"),
                )
                on_panel = set()
                for p_in in i_in.items("panel"):
                    contact = p_in.ref("contact", contacts)
                    _owned_by(p_in, "contact", contact, org)
                    if contact.pk in on_panel:
                        p_in._fail("contact", f"{contact.name} is on this panel twice")
                    on_panel.add(contact.pk)
                    m.Interviewer.objects.create(
                        owner=candidate,
                        interview=interview,
                        contact=contact,
                        highlight=p_in.str("highlight", required=False, limit=1000),
                    )
            for t_in in app_in.items("touches"):
                contact = t_in.ref("contact", contacts, required=False)
                _owned_by(t_in, "contact", contact, org)
                m.Touch.objects.create(
                    owner=candidate,
                    application=app,
                    kind=t_in.choice("kind", m.TouchKind),
                    at=t_in.when("at"),
                    contact=contact,
                    note=t_in.str("note", required=False, limit=2000),
                    expect_on=t_in.day("expect_on"),
                )
            for u_in in app_in.items("updates"):
                m.Update.objects.create(
                    owner=candidate,
                    application=app,
                    text=u_in.parsed("text", _update_text, limit=MAX_UPDATE + 100),
                    added_at=u_in.when("added_at"),
                    sent_at=u_in.when("sent_at", required=False),
                )
            for e_in in app_in.items("expectations"):
                day = e_in.day("on")
                if day is None:
                    e_in._fail("on", "is missing")
                m.Expectation.objects.create(
                    owner=candidate, application=app, on=day, learned_at=e_in.when("learned_at")
                )
            for r_in in app_in.items("requests"):
                m.Request.objects.create(
                    owner=candidate,
                    application=app,
                    text=r_in.str("text", limit=300),
                    asked_at=r_in.when("asked_at"),
                    contact=r_in.ref("contact", contacts, required=False),
                    done_at=r_in.when("done_at", required=False),
                )
            for msg_in in app_in.items("messages"):
                contact = msg_in.ref("contact", contacts)
                _owned_by(msg_in, "contact", contact, org)
                status = msg_in.choice("status", m.MessageStatus)
                message = m.Message.objects.create(
                    owner=candidate,
                    application=app,
                    contact=contact,
                    kind=msg_in.choice("kind", m.MessageKind),
                    status=m.MessageStatus.UNKNOWN if status in _MAY_HAVE_LEFT else status,
                    created_at=msg_in.when("created_at"),
                    scheduled_at=msg_in.when("scheduled_at", required=False),
                    sent_at=msg_in.when("sent_at", required=False),
                    attempts=msg_in.int("attempts", most=MAX_ATTEMPTS),
                    forced=msg_in.bool("forced"),
                    subject=msg_in.line("subject", limit=300),
                    body=msg_in.str("body", required=False, limit=MAX_NOTE + 1),
                    message_id=msg_in.parsed("message_id", parse_message_ids, required=False, limit=300),
                    in_reply_to=msg_in.parsed("in_reply_to", parse_message_ids, required=False, limit=300),
                    references=msg_in.parsed("references", _references, required=False, limit=20_000),
                    last_error=msg_in.str("last_error", required=False, limit=5000),
                    restored=True,
                )
                if status in _MAY_HAVE_LEFT:
                    message.last_error = _held(message, status)
                    message.save(update_fields=["last_error"])

        seen = root.strings("seen_replies", parse_message_ids)
        m.SeenReply.objects.bulk_create(
            [m.SeenReply(owner=candidate, message_id=mid) for mid in dict.fromkeys(seen)], ignore_conflicts=True
        )
        written(candidate, None)
    return len(apps)
