"""Correcting the record: edit and delete applications, interviews, contacts,
touches, updates and expectations, and undo the last change for ten minutes.

Every function takes the candidate first and only sees that candidate's rows (another
candidate's id is `NotFound`, like a missing one). Each edit or delete is one
transaction that also writes a `Change`: the rows as they were and the rows it
made, which `undo` puts back. Changes older than `UNDO_WINDOW` are purged by the
next edit, delete, undo or list of changes (`purge`), so what was deleted is gone
for good ten minutes later.

Values are checked by the parsers creation uses (`afterview.core.parse`) and the
date rules in `records.services` (no decision expected before the interview, no
touch before the application began). An application's stage is never edited: it
follows from its touches, so an outcome changes by logging or deleting its
decision touch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core import serializers
from django.db import IntegrityError, models, transaction

from afterview.core.errors import InvalidInput, NotFound, Refused
from afterview.core.parse import (
    NamedAddress,
    parse_date,
    parse_email,
    parse_local_datetime,
    parse_name,
    parse_named_address,
    parse_phone,
    parse_zone,
)
from afterview.core.steps import MessageStatus
from afterview.records import models as m
from afterview.records import services as s
from afterview.records.steptimes import written

__all__ = [
    "UNDO_WINDOW",
    "ChangeView",
    "NothingToChange",
    "delete_application",
    "delete_contact",
    "delete_expectation",
    "delete_interview",
    "delete_touch",
    "delete_update",
    "edit_application",
    "edit_contact",
    "edit_expectation",
    "edit_interview",
    "edit_touch",
    "edit_update",
    "latest_change",
    "purge",
    "records_of",
    "recent_changes",
    "undo",
]

class NothingToChange(InvalidInput):
    """An edit that gives only the values already recorded."""


#: how long an edit or a delete can be undone; then its old values are purged
UNDO_WINDOW = timedelta(minutes=10)

#: notes on their way out (or maybe out): an application with one is not deleted (cancel it first)
_LEAVING = MessageStatus.ON_ITS_WAY

#: "none" (or an empty value) clears an optional date
_CLEAR = ("", "none", "-")


@dataclass(frozen=True)
class ChangeView:
    """A change that can still be undone, as the CLI and the banner show it."""

    id: int
    summary: str
    made_at: datetime
    application_id: int | None
    until: datetime


def _view(change: m.Change) -> ChangeView:
    return ChangeView(change.pk, change.summary, change.made_at, change.application_id, change.made_at + UNDO_WINDOW)


# -- the change log --------------------------------------------------------------------


@dataclass
class _Recorder:
    candidate: object
    #: what it did, in words; may be made more precise inside the change
    summary: str
    change: m.Change | None = None
    before: list = field(default_factory=list)
    created: list = field(default_factory=list)
    seen: set = field(default_factory=set)
    applications: set = field(default_factory=set)

    def keep(self, *rows: models.Model) -> None:
        """Remember `rows` as they are now (call before changing or deleting them)."""
        for row in rows:
            key = (row._meta.label_lower, row.pk)
            if row.pk is None or key in self.seen:
                continue
            self.seen.add(key)
            # Read afresh: an instance in hand may already carry the new values.
            self.before.append(type(row)._base_manager.get(pk=row.pk))

    def made(self, *rows: models.Model) -> None:
        for row in rows:
            self.created.append([row._meta.label_lower, row.pk])
            self.seen.add((row._meta.label_lower, row.pk))


@contextmanager
def _change(candidate, summary: str, *, now: datetime, application_id: int | None):
    """One edit or delete: a transaction that logs what to put back, then re-plans."""
    with transaction.atomic():
        purge(candidate, now)
        recorder = _Recorder(candidate, summary)
        yield recorder
        recorder.change = m.Change.objects.create(
            owner=candidate,
            made_at=now,
            summary=recorder.summary[:300],
            application_id=application_id,
            before=serializers.serialize("json", recorder.before),
            created=recorder.created,
        )
        changed = {i for i in recorder.applications | {application_id} if i}
        written(candidate, changed or None, now)
    _replan(candidate, recorder.applications | ({application_id} if application_id else set()))


def _replan(candidate, application_ids: Iterable[int | None]) -> None:
    """Tell this process's plan cache which applications changed.

    Other processes see the change through the cache's row fingerprint, which
    counts the change log."""
    from afterview.records.kept import forget

    ids = {i for i in application_ids if i}
    if not ids:
        forget(candidate)
    for app_id in ids:
        forget(candidate, app_id)


def purge(candidate, now: datetime) -> int:
    """Let go of the old values of changes older than UNDO_WINDOW; returns how many."""
    deleted, _ = m.Change.objects.for_owner(candidate).filter(made_at__lt=now - UNDO_WINDOW).delete()
    return deleted


def recent_changes(candidate, now: datetime) -> list[ChangeView]:
    """The changes that can still be undone, the latest first."""
    purge(candidate, now)
    return [_view(c) for c in m.Change.objects.for_owner(candidate).order_by("-made_at", "-id")]


def latest_change(candidate, now: datetime, *, application_id: int | None = None) -> ChangeView | None:
    """The change `undo` would undo now (None: nothing to undo); with `application_id`,
    only when that change is about that application (for its page's banner)."""
    changes = m.Change.objects.for_owner(candidate).filter(made_at__gte=now - UNDO_WINDOW).order_by("-made_at", "-id")
    latest = changes.first()
    if latest is None or (application_id is not None and latest.application_id != int(application_id)):
        return None
    return _view(latest)


@transaction.atomic
def undo(candidate, now: datetime, change_id: int | None = None) -> ChangeView:
    """Put back what the latest change (or `change_id`, which must be the latest) changed.

    Raises NotFound when there is nothing to undo (or it is over ten minutes old),
    Refused when `change_id` is not the latest change."""
    purge(candidate, now)
    changes = m.Change.objects.for_owner(candidate).select_for_update().order_by("-made_at", "-id")
    latest = changes.first()
    if latest is None:
        raise NotFound("nothing to undo: edits and deletes can be undone for 10 minutes")
    if change_id is not None and latest.pk != int(change_id):
        if not changes.filter(pk=change_id).exists():
            raise NotFound(f"change {change_id} can no longer be undone (after 10 minutes its old values are gone)")
        raise Refused(f"a later change comes first: undo “{latest.summary}” before this one")
    view = _view(latest)
    touched = {latest.application_id}
    for label, pk in latest.created:
        model = _model(label)
        row = model._base_manager.filter(pk=pk, owner=candidate).first()
        if row is not None:
            touched |= _applications_of(row)
            row.delete()
    try:
        for restored in serializers.deserialize("json", latest.before):
            if getattr(restored.object, "owner_id", candidate.pk) != candidate.pk:
                raise NotFound("that change belongs to someone else")
            restored.save()
            touched |= _applications_of(restored.object)
    except IntegrityError as e:
        raise Refused(f"cannot undo “{latest.summary}”: the record has changed since ({e})") from e
    latest.delete()
    written(candidate, {i for i in touched if i} or None, now)
    transaction.on_commit(lambda: _replan(candidate, touched))
    return view


def _model(label: str):
    from django.apps import apps

    return apps.get_model(label)


def _applications_of(row) -> set:
    """The applications whose plan a row feeds."""
    if isinstance(row, m.Application):
        return {row.pk}
    if isinstance(row, m.Interviewer):
        return {m.Interview.objects.filter(pk=row.interview_id).values_list("application_id", flat=True).first()}
    if isinstance(row, m.Contact):
        return set(m.Application.objects.filter(organization=row.organization_id).values_list("pk", flat=True))
    if isinstance(row, m.Organization):
        return set(m.Application.objects.filter(organization=row.pk).values_list("pk", flat=True))
    return {getattr(row, "application_id", None)}


def _delete(recorder: _Recorder, row: models.Model) -> None:
    """Delete `row` with everything that goes with it, keeping all of it for undo."""
    from django.contrib.admin.utils import NestedObjects

    collector = NestedObjects(using=row._state.db or "default")
    collector.collect([row])
    if collector.protected:
        raise Refused(f"{row} is still needed by {len(collector.protected)} other record(s)")
    for model, rows in collector.data.items():
        if model is not m.StepTime:  # derived rows: remade after the change and after an undo
            recorder.keep(*rows)
    # Rows that only lose a reference (a touch whose contact goes) are kept as they were.
    for (_field, _value), groups in collector.field_updates.items():
        for group in groups:
            recorder.keep(*(row for row in group if not isinstance(row, m.StepTime)))
    row.delete()


# -- lookups --------------------------------------------------------------------------


def _get(model, candidate, pk, noun: str, hint: str):
    try:
        return model.objects.for_owner(candidate).get(pk=int(pk))
    except (model.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no {noun} {pk}; {hint}") from e


def _touch(candidate, pk) -> m.Touch:
    return _get(m.Touch, candidate, pk, "touch", "`afterview show APPLICATION` lists them with their ids")


def _interview(candidate, pk) -> m.Interview:
    return _get(m.Interview, candidate, pk, "interview", "`afterview show APPLICATION` lists them with their ids")


def _contact(candidate, pk) -> m.Contact:
    return _get(m.Contact, candidate, pk, "contact", "`afterview show APPLICATION` lists people with their ids")


def _update(candidate, pk) -> m.Update:
    return _get(m.Update, candidate, pk, "update", "`afterview show APPLICATION` lists them with their ids")


def _expectation(candidate, pk) -> m.Expectation:
    return _get(m.Expectation, candidate, pk, "expectation", "`afterview show APPLICATION` lists them with their ids")


def records_of(candidate, app_id: int) -> m.Application:
    """One application with every row the correction forms show, loaded at once."""
    from django.db.models import Prefetch

    try:
        return (
            m.Application.objects.for_owner(candidate)
            .select_related("organization", "hiring_contact")
            .prefetch_related(
                Prefetch("interviews", queryset=m.Interview.objects.prefetch_related(
                    Prefetch("panel", queryset=m.Interviewer.objects.select_related("contact"))
                )),
                "organization__contacts",
                Prefetch("touches", queryset=m.Touch.objects.select_related("contact")),
                "updates",
                "expectations",
            )
            .get(pk=int(app_id))
        )
    except (m.Application.DoesNotExist, ValueError, TypeError) as e:
        raise NotFound(f"no application {app_id}; `afterview list` shows yours") from e


def _optional_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return None if value.strip().casefold() in _CLEAR else parse_date(value)


# -- applications -----------------------------------------------------------------------


def edit_application(
    candidate,
    app_id: int,
    *,
    now: datetime,
    company: str | None = None,
    role: str | None = None,
    applied_on: str | date | None = None,
    hiring_contact: str | NamedAddress | None = None,
    hiring_phone: str | None = None,
) -> ChangeView:
    """Rename the company or the role, set the day applied ("none" clears it), or name the
    hiring contact ('Name <address>': an existing contact of the organization by name or
    address, else a new one). The stage is not edited: log or delete the decision touch."""
    app = s.get_application(candidate, app_id)
    org = app.organization
    new_company = parse_name(company, "company") if company is not None else None
    new_role = parse_name(role, "role") if role is not None else None
    person = parse_named_address(hiring_contact) if isinstance(hiring_contact, str) else hiring_contact
    phone = parse_phone(hiring_phone, org.country) if hiring_phone else None
    if phone and person is None and app.hiring_contact_id is None:
        raise InvalidInput("--hiring-phone needs a hiring contact; add --hiring-contact 'Name <address>'")
    said = []
    with _change(candidate, f"edited application {app.pk}", now=now, application_id=app.pk) as change:
        if new_company is not None and new_company != org.name:
            if m.Organization.objects.for_owner(candidate).filter(name__iexact=new_company).exclude(pk=org.pk).exists():
                raise InvalidInput(f"another organization is already called {new_company!r}; pick a different name")
            change.keep(org)
            said.append(f"company {org.name} → {new_company}")
            org.name = new_company
            org.save(update_fields=["name"])
            change.applications |= _applications_of(org)
        if new_role is not None and new_role != app.role:
            change.keep(app)
            said.append(f"role → {new_role}")
            app.role = new_role
        if applied_on is not None:
            day = _optional_date(applied_on)
            if day != app.applied_on:
                change.keep(app)
                said.append(f"applied on → {day.isoformat() if day else 'not known'}")
                app.applied_on = day
        if person is not None:
            known = list(m.Contact.objects.for_owner(candidate).filter(organization=org))
            before = {c.pk for c in known}
            for contact in known:
                change.keep(contact)
            hiring = s._contact_for(candidate, org, person, known)
            if hiring.pk not in before:
                change.made(hiring)
            if hiring.pk != app.hiring_contact_id:
                change.keep(app)
                app.hiring_contact = hiring
                said.append(f"hiring contact → {hiring.name}")
        if phone:
            hiring = app.hiring_contact or m.Contact.objects.get(pk=app.hiring_contact_id)
            change.keep(hiring)
            hiring.phone = phone
            hiring.save(update_fields=["phone"])
            said.append(f"{hiring.name}'s phone → {phone}")
        if not said:
            raise NothingToChange("nothing to change; give --company, --role, --applied-on or --hiring-contact")
        app.save()
        change.summary = f"edited application {app.pk} ({'; '.join(said)})"
    return _view(change.change)


def delete_application(candidate, app_id: int, *, now: datetime) -> ChangeView:
    """Delete an application with its interviews, touches, updates and notes (undo brings
    them back). One with a note approved, scheduled or sending is kept: cancel it first."""
    app = s.get_application(candidate, app_id)
    leaving = m.Message.objects.for_owner(candidate).filter(application=app, status__in=_LEAVING).first()
    if leaving is not None:
        raise Refused(
            f"application {app.pk} has note #{leaving.pk} {leaving.status}; cancel it first (`afterview cancel {leaving.pk}`)"
        )
    summary = f"deleted application {app.pk} ({app.role} at {app.organization.name})"
    with _change(candidate, summary, now=now, application_id=app.pk) as change:
        _delete(change, app)
    return _view(change.change)


# -- interviews --------------------------------------------------------------------------


def edit_interview(
    candidate,
    interview_id: int,
    *,
    now: datetime,
    at: str | None = None,
    until: str | None = None,
    tz: str | None = None,
    expect_by: str | date | None = None,
    add_interviewers: Sequence[str | NamedAddress] = (),
    remove_interviewers: Sequence[str] = (),
    highlights: dict[str, str] | None = None,
) -> ChangeView:
    """Change an interview's times ('YYYY-MM-DD HH:MM' in its zone, or `tz` when given;
    a new zone alone keeps the wall-clock times and reads them in it), its stated
    decision date ("none": not stated), its panel (a name or 'Name <address>' to add;
    a name to remove) and the highlight of each interviewer (name -> text; "" clears)."""
    interview = _interview(candidate, interview_id)
    app = interview.application
    zone = parse_zone(tz) if tz is not None else interview.tz
    old = ZoneInfo(interview.tz)

    def local(value: datetime) -> str:
        try:
            return value.astimezone(old).replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
        except OverflowError as e:  # planted past the calendar's ends
            raise InvalidInput("its stored times are out of range; give both --at and --until") from e

    starts_at = parse_local_datetime(at if at is not None else local(interview.starts_at), zone)
    ends_at = parse_local_datetime(until if until is not None else local(interview.ends_at), zone)
    if at is not None and until is None and tz is None:
        ends_at = starts_at + (interview.ends_at - interview.starts_at)  # moved: it lasts as long as before
    if ends_at <= starts_at:
        raise InvalidInput("the interview must end after it starts; check --until")
    expect_on = interview.expect_on if expect_by is None else _optional_date(expect_by)
    if expect_on is not None and (expect_on, starts_at) != (interview.expect_on, interview.starts_at):
        s.check_expected_after_interview(expect_on, starts_at, zone)
    adding = [parse_named_address(p) if isinstance(p, str) and "@" in p else p for p in add_interviewers]
    summary = f"edited interview {interview.pk} of application {app.pk}"
    with _change(candidate, summary, now=now, application_id=app.pk) as change:
        said = []
        change.keep(interview)
        if (starts_at, ends_at, zone) != (interview.starts_at, interview.ends_at, interview.tz):
            said.append("times")
        if expect_on != interview.expect_on:
            said.append("decision date")
        interview.starts_at, interview.ends_at, interview.tz, interview.expect_on = starts_at, ends_at, zone, expect_on
        interview.save()
        panel = list(m.Interviewer.objects.filter(interview=interview).select_related("contact"))
        for name in remove_interviewers:
            seat = _seat(panel, name, app)
            change.keep(seat)
            seat.delete()
            panel.remove(seat)
            said.append(f"removed {seat.contact.name}")
        if adding:
            known = list(m.Contact.objects.for_owner(candidate).filter(organization=app.organization_id))
            before = {c.pk for c in known}
            for person in adding:
                if isinstance(person, str):
                    try:
                        contact = s.find_contact(candidate, app, person)
                    except NotFound as e:
                        raise InvalidInput(f"{e}; to add someone new, give 'Name <address>'") from e
                else:
                    for c in known:
                        change.keep(c)
                    contact = s._contact_for(candidate, app.organization, person, known)
                    if contact.pk not in before:
                        change.made(contact)
                if any(seat.contact_id == contact.pk for seat in panel):
                    raise InvalidInput(f"{contact.name} is already an interviewer of this interview")
                seat = m.Interviewer.objects.create(owner=candidate, interview=interview, contact=contact)
                change.made(seat)
                seat.contact = contact
                panel.append(seat)
                said.append(f"added {contact.name}")
        for name, text in (highlights or {}).items():
            seat = _seat(panel, name, app)
            if seat.highlight == " ".join(text.split()):
                continue
            change.keep(seat)
            seat.highlight = " ".join(text.split())
            seat.save(update_fields=["highlight"])
            said.append(f"highlight of {seat.contact.name}")
        if not said:
            raise NothingToChange("nothing to change; give --at, --until, --tz, --expect-by, --add-interviewer, --remove-interviewer or --highlight")
        change.summary = f"{summary} ({', '.join(said)})"
    return _view(change.change)


def _seat(panel: list[m.Interviewer], name: str, app: m.Application) -> m.Interviewer:
    wanted = " ".join(name.split()).casefold()
    matches = [seat for seat in panel if seat.contact.name.casefold() == wanted] or [
        seat for seat in panel if wanted and wanted in seat.contact.name.casefold()
    ]
    if len(matches) == 1:
        return matches[0]
    names = ", ".join(seat.contact.name for seat in panel) or "nobody"
    if not matches:
        raise NotFound(f"{name!r} is not an interviewer of this interview; its interviewers: {names}")
    raise InvalidInput(f"{name!r} could mean {', '.join(seat.contact.name for seat in matches)}; give the full name")


def delete_interview(candidate, interview_id: int, *, now: datetime) -> ChangeView:
    """Delete one interview round (its panel and highlights go with it; the people stay)."""
    interview = _interview(candidate, interview_id)
    try:
        when = f"{interview.starts_at.astimezone(ZoneInfo(interview.tz)):%Y-%m-%d %H:%M} {interview.tz}"
    except OverflowError:
        when = f"{interview.starts_at:%Y-%m-%d %H:%M} UTC"
    summary = f"deleted interview {interview.pk} ({when}) of application {interview.application_id}"
    with _change(candidate, summary, now=now, application_id=interview.application_id) as change:
        _delete(change, interview)
    return _view(change.change)


# -- contacts ---------------------------------------------------------------------------


def edit_contact(
    candidate,
    contact_id: int,
    *,
    now: datetime,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    tz: str | None = None,
    hiring: bool | None = None,
    application_id: int | None = None,
) -> ChangeView:
    """Correct a person's name, e-mail, phone or time zone ("" clears the last three), or
    make them (`hiring` True) or stop them being (False) the hiring contact of their
    organization's applications (`application_id`: of that one only)."""
    contact = _contact(candidate, contact_id)
    org = contact.organization
    values = {}
    if name is not None:
        values["name"] = parse_name(name)
    if email is not None:
        values["email"] = parse_email(email) if email.strip() else ""
    if phone is not None:
        values["phone"] = parse_phone(phone, org.country) if phone.strip() else ""
    if tz is not None:
        values["tz"] = parse_zone(tz) if tz.strip() else ""
    apps = m.Application.objects.for_owner(candidate).filter(organization=org)
    if application_id is not None:
        apps = apps.filter(pk=int(application_id))
        if not apps.exists():
            raise NotFound(f"no application {application_id} with {org.name}; `afterview list` shows yours")
    summary = f"edited contact {contact.pk} ({contact.name})"
    with _change(candidate, summary, now=now, application_id=application_id) as change:
        said = []
        change.keep(contact)
        for key, value in values.items():
            if getattr(contact, key) != value:
                setattr(contact, key, value)
                said.append(key if value else f"{key} cleared")
        contact.save()
        change.applications |= _applications_of(contact)
        if hiring is not None:
            for app in apps:
                if hiring and app.hiring_contact_id != contact.pk:
                    change.keep(app)
                    app.hiring_contact = contact
                    app.save(update_fields=["hiring_contact"])
                    said.append(f"hiring contact of application {app.pk}")
                elif not hiring and app.hiring_contact_id == contact.pk:
                    change.keep(app)
                    app.hiring_contact = None
                    app.save(update_fields=["hiring_contact"])
                    said.append(f"no longer hiring contact of application {app.pk}")
        if not said:
            raise NothingToChange("nothing to change; give --name, --email, --phone, --tz, or --hiring/--not-hiring")
        change.summary = f"{summary}: {', '.join(said)}"
    return _view(change.change)


def delete_contact(candidate, contact_id: int, *, now: datetime) -> ChangeView:
    """Delete a person: off every panel, no longer anyone's hiring contact; touches with
    them stay, with nobody named. Someone notes were written to is kept."""
    contact = _contact(candidate, contact_id)
    if m.Message.objects.for_owner(candidate).filter(contact=contact).exists():
        raise Refused(f"{contact.name} has notes written to them, which keep their address; edit the contact instead")
    with _change(candidate, f"deleted contact {contact.pk} ({contact.name})", now=now, application_id=None) as change:
        change.applications |= _applications_of(contact)
        _delete(change, contact)
    return _view(change.change)


# -- touches, updates, expectations --------------------------------------------------------


def _touch_words(touch: m.Touch) -> str:
    who = f" with {touch.contact.name}" if touch.contact_id and touch.contact else ""
    return f"{touch.kind}{who}"


def edit_touch(
    candidate,
    touch_id: int,
    *,
    now: datetime,
    zone: str,
    kind: str | None = None,
    at: str | datetime | None = None,
    person: str | None = None,
    note: str | None = None,
    expect_by: str | date | None = None,
) -> ChangeView:
    """Correct a logged touch: its kind, when ('YYYY-MM-DD HH:MM' in `zone`), who it was
    with ("" : nobody in particular), its note, the decision date it gave ("none" clears)."""
    touch = _touch(candidate, touch_id)
    app = touch.application
    values = {}
    if kind is not None:
        try:
            values["kind"] = m.TouchKind(kind)
        except ValueError as e:
            raise InvalidInput(f"unknown kind {kind!r}; use one of {', '.join(m.TouchKind.values)}") from e
    if at is not None:
        values["at"] = at if isinstance(at, datetime) else parse_local_datetime(at, zone)
        if values["at"] != touch.at:
            s.check_touch_after_start(app, values["at"], zone)
    if person is not None:
        try:
            values["contact"] = s.find_contact(candidate, app, person) if person.strip() else None
        except NotFound as e:
            raise InvalidInput(str(e)) from e
    if note is not None:
        values["note"] = note.strip()
    if expect_by is not None:
        values["expect_on"] = _optional_date(expect_by)
        if values["expect_on"] is not None and values["expect_on"] != touch.expect_on:
            s.check_expected_after_interviews(app, values["expect_on"])
    before = _touch_words(touch)
    with _change(candidate, f"edited touch {touch.pk}", now=now, application_id=app.pk) as change:
        change.keep(touch)
        said = [key if key != "contact" else "person" for key, value in values.items() if getattr(touch, key) != value]
        for key, value in values.items():
            setattr(touch, key, value)
        if not said:
            raise NothingToChange("nothing to change; give --kind, --at, --person, --note or --expect-by")
        touch.save()
        change.summary = f"edited touch {touch.pk} ({before}: {', '.join(said)})"
    return _view(change.change)


def delete_touch(candidate, touch_id: int, *, now: datetime) -> ChangeView:
    """Delete a logged touch (a decision touch deleted reopens the plan)."""
    touch = _touch(candidate, touch_id)
    summary = f"deleted touch {touch.pk} ({_touch_words(touch)}) of application {touch.application_id}"
    with _change(candidate, summary, now=now, application_id=touch.application_id) as change:
        _delete(change, touch)
    return _view(change.change)


def edit_update(candidate, update_id: int, text: str, *, now: datetime) -> ChangeView:
    """Reword an update (the same limits as adding one)."""
    update = _update(candidate, update_id)
    text = s.parse_update_text(text)
    with _change(candidate, f"edited update {update.pk} of application {update.application_id}", now=now, application_id=update.application_id) as change:
        if text == update.text:
            raise NothingToChange("nothing to change; the update already says that")
        change.keep(update)
        update.text = text
        update.save(update_fields=["text"])
    return _view(change.change)


def delete_update(candidate, update_id: int, *, now: datetime) -> ChangeView:
    update = _update(candidate, update_id)
    words = update.text if len(update.text) <= 40 else update.text[:39] + "…"
    summary = f"deleted update {update.pk} ({words}) of application {update.application_id}"
    with _change(candidate, summary, now=now, application_id=update.application_id) as change:
        _delete(change, update)
    return _view(change.change)


def edit_expectation(candidate, expectation_id: int, on: str | date, *, now: datetime) -> ChangeView:
    """Correct a decision date learned after the interview (not before the interview)."""
    expectation = _expectation(candidate, expectation_id)
    day = _optional_date(on)
    if day is None:
        raise InvalidInput("give the date they said, YYYY-MM-DD (or delete the expectation)")
    s.check_expected_after_interviews(expectation.application, day)
    summary = f"edited expectation {expectation.pk} ({expectation.on.isoformat()} → {day.isoformat()})"
    with _change(candidate, summary, now=now, application_id=expectation.application_id) as change:
        if day == expectation.on:
            raise NothingToChange(f"nothing to change; it already says {day.isoformat()}")
        change.keep(expectation)
        expectation.on = day
        expectation.save(update_fields=["on"])
    return _view(change.change)


def delete_expectation(candidate, expectation_id: int, *, now: datetime) -> ChangeView:
    expectation = _expectation(candidate, expectation_id)
    summary = f"deleted expectation {expectation.pk} (decision by {expectation.on.isoformat()}) of application {expectation.application_id}"
    with _change(candidate, summary, now=now, application_id=expectation.application_id) as change:
        _delete(change, expectation)
    return _view(change.change)
