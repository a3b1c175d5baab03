"""CSV import and export: the spreadsheets people already keep.

Import is planned first (every cell read and validated, nothing written), then
applied in one transaction, so a file with one bad cell changes nothing. Stage
stays derived: a status that is a decision becomes that decision's touch, an
interview status with a date becomes an interview (12:00–13:00 in the
candidate's zone, with no interviewers), anything else is kept as a note. A
"last contact" date is kept as a note, never as a touch, so it does not start
the min-gap clock.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from afterview.core import facts as f
from afterview.core import spreadsheet as sheet
from afterview.core.errors import InvalidInput
from afterview.core.parse import NamedAddress, parse_email, parse_name, parse_phone
from afterview.core.playbook import plan_and_stage, stage
from afterview.core.spreadsheet import DateOrder, Field, Outcome
from afterview.core.timing import at_local
from afterview.records import models as m
from afterview.records.steptimes import written
from afterview.records.playbook_config import candidate_rules, install_rules
from afterview.records.services import _contact_for, _organization_for, all_facts, profile_of

#: The wall-clock hour an imported interview is given (a spreadsheet gives only its day).
INTERVIEW_STARTS = time(12, 0)
INTERVIEW_ENDS = time(13, 0)
#: The wall-clock time an imported decision is given: the end of that nominal interview,
#: so that a decision on the interview's day counts in its round.
DECISION_AT = INTERVIEW_ENDS

#: Cells trackers write for "nothing here".
_BLANK = frozenset({"-", "—", "–", "n/a", "N/A"})

_url = URLValidator(schemes=["http", "https"])


# -- reading a file ---------------------------------------------------------------------------------


@dataclass
class PlannedRow:
    """One row as it would be stored."""

    line: int
    company: str
    role: str
    link: str = ""
    location: str = ""
    applied_on: date | None = None
    interview_on: date | None = None
    decision: f.TouchKind | None = None
    decision_on: date | None = None
    status: str = ""
    contact: NamedAddress | None = None
    contact_title: str = ""
    contact_phone: str = ""
    notes: str = ""
    #: already in afterview (or earlier in the file): nothing is created for it
    duplicate: bool = False

    def creates(self) -> str:
        """What importing the row makes, in words."""
        if self.duplicate:
            return "nothing (already here)"
        parts = ["application"]
        if self.contact:
            parts.append(f"hiring contact {self.contact.name}")
        if self.interview_on:
            parts.append(f"interview {self.interview_on.isoformat()}")
        if self.decision:
            parts.append(f"{self.decision} {self.decision_on.isoformat() if self.decision_on else 'today'}")
        return " + ".join(parts)


@dataclass
class ImportPlan:
    headers: tuple[str, ...]
    mapping: dict[Field, tuple[str, ...]]
    delimiter: str
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: the first rows of the file as they are, for the web preview
    sample: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)

    @property
    def new(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.duplicate]

    @property
    def skipped(self) -> int:
        return sum(1 for r in self.rows if r.duplicate)

    def raise_errors(self) -> None:
        if self.errors:
            more = len(self.errors) - 1
            raise InvalidInput(self.errors[0] + (f" (and {more} more error{'s' if more != 1 else ''})" if more else ""))


def read_file(raw: bytes) -> sheet.Sheet:
    return sheet.read_sheet(sheet.decode(raw))


def choose_mapping(table: sheet.Sheet, *, preset: str | None = None, maps: list[str] = ()) -> dict[Field, tuple[str, ...]]:
    """The preset's columns, or the guess from the headers, with `--map` options on top."""
    mapping = sheet.preset_mapping(preset, table.headers) if preset else sheet.guess_mapping(table.headers)
    explicit = sheet.parse_map_options(maps, table.headers)
    if explicit:
        # A column given explicitly leaves every other field it was guessed for.
        taken = {c for cols in explicit.values() for c in cols}
        mapping = {k: tuple(c for c in v if c not in taken) for k, v in mapping.items()}
        mapping = {k: v for k, v in mapping.items() if v}
        mapping.update(explicit)
    return mapping


def _cell(raw: str) -> str:
    value = sheet.unguard_cell(raw).strip()
    return "" if value in _BLANK else value


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _contact_name(text: str) -> tuple[str, str, str]:
    """A contacts cell -> (name, title, the other lines). Reactive Resume writes
    'Name (role, type)' one per line; a cell may also be 'Name <address>'."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first, rest = lines[0], "\n".join(lines[1:])
    match = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", first)
    if match and match.group(1):
        return match.group(1), match.group(2).strip(), rest
    return first, "", rest


def plan_import(
    candidate,
    table: sheet.Sheet,
    mapping: dict[Field, tuple[str, ...]],
    *,
    order: DateOrder = DateOrder.REFUSE,
    country: str = "US",
) -> ImportPlan:
    """Every row read and validated; which rows are already here. Writes nothing."""
    sheet.check_mapping(mapping)
    plan = ImportPlan(table.headers, dict(mapping), table.delimiter, sample=list(table.rows[:10]))
    index = {name: table.column(name) for cols in mapping.values() for name in cols}
    seen = _existing_keys(candidate)

    for line, cells in table.rows:
        errors_before = len(plan.errors)

        def value(name: Field) -> tuple[str, str]:
            for column in mapping.get(name, ()):
                text = _cell(cells[index[column]])
                if text:
                    return column, text
            return (mapping.get(name) or ("",))[0], ""

        def fail(column: str, message: str) -> None:
            plan.errors.append(f'line {line}, column "{column}": {message}')

        def read(name: Field, parse):
            column, text = value(name)
            if not text:
                return None
            try:
                return parse(text)
            except InvalidInput as e:
                fail(column, str(e))
                return None

        def day(name: Field):
            return read(name, lambda t: sheet.parse_sheet_date(t, order))

        company = read(Field.COMPANY, lambda t: parse_name(t, "company"))
        role = read(Field.ROLE, lambda t: parse_name(t, "role"))
        if company is None and len(plan.errors) == errors_before:
            if not any(_cell(c) for c in cells):
                continue
            fail(value(Field.COMPANY)[0], "the company is empty; every row needs one")
        if role is None and company is not None and len(plan.errors) == errors_before:
            fail(value(Field.ROLE)[0], "the role is empty; every row needs one")
        row = PlannedRow(line=line, company=company or "", role=role or "")
        row.link = read(Field.LINK, _parse_link) or ""
        row.location = read(Field.LOCATION, lambda t: parse_name(t, "location")) or ""
        row.applied_on = day(Field.APPLIED)
        interviewed_on = day(Field.INTERVIEWED)
        status_on = day(Field.STATUS_DATE)
        last_contact_on = day(Field.LAST_CONTACT)
        notes = []
        for column in mapping.get(Field.NOTES, ()):
            text = sheet.unguard_cell(cells[index[column]]).strip()
            if text and text not in _BLANK:
                notes.append(f"{column}: {text}" if len(mapping[Field.NOTES]) > 1 else text)

        name_column, contact_text = value(Field.CONTACT_NAME)
        email = read(Field.CONTACT_EMAIL, parse_email)
        row.contact_phone = read(Field.CONTACT_PHONE, lambda t: parse_phone(t, country)) or ""
        if contact_text:
            name, title, others = _contact_name(contact_text)
            if "<" in name:
                from afterview.core.parse import parse_named_address

                try:
                    person = parse_named_address(name)
                except InvalidInput as e:
                    fail(name_column, str(e))
                    person = None
                if person is not None:
                    row.contact = NamedAddress(person.name, email or person.email)
            else:
                try:
                    row.contact = NamedAddress(parse_name(name, "contact's name"), email or "")
                except InvalidInput as e:
                    fail(name_column, str(e))
            row.contact_title = title[:200]
            if others:
                notes.append(f"Other contacts: {others}")
        elif email or row.contact_phone:
            column = value(Field.CONTACT_EMAIL if email else Field.CONTACT_PHONE)[0]
            fail(column, "a contact's e-mail or phone needs their name; map the name column with --map contact-name=Column")

        status_column, status_text = value(Field.STATUS)
        _, outcome_text = value(Field.OUTCOME)
        status = sheet.classify_status(status_text)
        outcome = sheet.classify_status(outcome_text)
        if outcome.outcome is Outcome.DECISION and status.outcome is not Outcome.INTERVIEW:
            status = outcome
        row.status = " / ".join(t for t in (status_text, outcome_text) if t)
        if status.outcome is Outcome.DECISION:
            row.decision = status.kind
            row.decision_on = status_on or interviewed_on or row.applied_on
        elif status.outcome is Outcome.INTERVIEW:
            interviewed_on = interviewed_on or status_on
            if interviewed_on is None:
                notes.append(f"Status: {row.status} (no interview date given)")
        elif row.status:
            notes.append(f"Status: {row.status}")
        row.interview_on = interviewed_on
        if row.decision_on and row.interview_on and row.decision_on < row.interview_on:
            fail(status_column, f"the decision ({row.decision_on}) comes before the interview ({row.interview_on})")
        if last_contact_on is not None:
            notes.append(f"Last contact: {last_contact_on.isoformat()}")
        row.notes = "\n".join(notes)
        if len(row.notes) > 20_000:
            fail(value(Field.NOTES)[0], f"the notes are {len(row.notes)} characters long; keep them under 20000")
        if len(plan.errors) > errors_before:
            continue
        key = (_normal(row.company), _normal(row.role), row.applied_on)
        loose = (_normal(row.company), _normal(row.role), None)
        row.duplicate = key in seen or (row.applied_on is None and loose in seen)
        seen.add(key)
        if row.applied_on is None:
            seen.add(loose)
        plan.rows.append(row)
    return plan


def _parse_link(text: str) -> str:
    link = text if "://" in text else f"https://{text}" if text.startswith("www.") else text
    if len(link) > 2000:
        raise InvalidInput("the link is longer than 2000 characters")
    try:
        _url(link)
    except ValidationError as e:
        raise InvalidInput(f"{text!r} is not a web address; write it as https://…") from e
    return link


def _existing_keys(candidate) -> set[tuple[str, str, date | None]]:
    """(company, role, applied day) of what is already here, by every name the company goes by.
    An application without an applied day is also known by (company, role, None)."""
    keys = set()
    rows = m.Application.objects.for_owner(candidate).values_list(
        "organization__name", "organization__aliases", "role", "applied_on"
    )
    for name, aliases, role, applied_on in rows:
        for company in (name, *(aliases or ())):
            keys.add((_normal(company), _normal(role), applied_on))
            keys.add((_normal(company), _normal(role), None))
    return keys


# -- writing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    application_ids: tuple[int, ...] = ()


def apply_import(candidate, plan: ImportPlan, *, now: datetime, country: str = "US") -> ImportResult:
    """Store the plan's new rows; all or nothing."""
    plan.raise_errors()
    zone = profile_of(candidate).tz or "UTC"
    ids = []
    with transaction.atomic():
        for row in plan.new:
            org = _organization_for(candidate, row.company, country=country, tz=zone, now=now)
            app = m.Application.objects.create(
                owner=candidate,
                organization=org,
                role=row.role,
                created_at=now,
                link=row.link,
                location=row.location,
                applied_on=row.applied_on,
                notes=row.notes,
            )
            ids.append(app.pk)
            if row.contact is not None:
                known = list(m.Contact.objects.for_owner(candidate).filter(organization=org))
                contact = _contact_for(candidate, org, row.contact, known)
                changed = []
                if row.contact_phone and contact.phone != row.contact_phone:
                    contact.phone = row.contact_phone
                    changed.append("phone")
                if row.contact_title and not contact.title:
                    contact.title = row.contact_title
                    changed.append("title")
                if changed:
                    contact.save(update_fields=changed)
                app.hiring_contact = contact
                app.save(update_fields=["hiring_contact"])
            if row.interview_on is not None:
                m.Interview.objects.create(
                    owner=candidate,
                    application=app,
                    starts_at=at_local(row.interview_on, INTERVIEW_STARTS, zone),
                    ends_at=at_local(row.interview_on, INTERVIEW_ENDS, zone),
                    tz=zone,
                )
            if row.decision is not None:
                at = at_local(row.decision_on, DECISION_AT, zone) if row.decision_on else now
                m.Touch.objects.create(
                    owner=candidate,
                    application=app,
                    kind=row.decision.value,
                    at=at,
                    note=f"imported from a spreadsheet (status: {row.status})",
                )
        written(candidate, ids, now)
    return ImportResult(len(ids), plan.skipped, tuple(ids))


# -- export --------------------------------------------------------------------------------------

EXPORT_FILES = ("applications.csv", "history.csv", "contacts.csv")


def _csv(header: list[str], rows: list[list]) -> bytes:
    """UTF-8 with BOM (so Excel reads it as UTF-8), CRLF, every cell guarded against formulas."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([sheet.guard_cell("" if v is None else str(v)) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _local(at: datetime | None, zone: str) -> str:
    if at is None:
        return ""
    from afterview.core.timing import zone as zone_info

    return at.astimezone(zone_info(zone)).isoformat(timespec="minutes")


def export_files(candidate, now: datetime) -> dict[str, bytes]:
    """applications.csv, history.csv and contacts.csv of the candidate's records."""
    zone = profile_of(candidate).tz or "UTC"
    rules = candidate_rules(candidate)
    facts_by_id = {int(x.key): x for x in all_facts(candidate)}
    apps = list(
        m.Application.objects.for_owner(candidate).select_related("organization", "hiring_contact").order_by("id")
    )
    app_rows, history_rows = [], []
    for app in apps:
        facts = facts_by_id[app.pk]
        actions, where = plan_and_stage(facts, now, rules)
        first = min(actions, key=lambda a: a.due_at, default=None)
        hiring = app.hiring_contact
        app_rows.append(
            [
                app.pk,
                app.organization.name,
                app.role,
                app.location,
                app.link,
                app.applied_on.isoformat() if app.applied_on else "",
                str(where),
                (f"{first.kind} — {first.person}" if first.person else str(first.kind)) if first else "",
                _local(first.due_at, zone) if first else "",
                hiring.name if hiring else "",
                hiring.email if hiring else "",
                hiring.phone if hiring else "",
                app.notes,
            ]
        )
        for event in replay(facts, rules):
            history_rows.append(
                [app.pk, app.organization.name, app.role, _local(event.at, zone), event.event, event.person, event.note, event.stage]
            )
    contacts = (
        m.Contact.objects.for_owner(candidate).select_related("organization").order_by("organization__name", "name", "id")
    )
    hiring_for: dict[int, list[str]] = {}
    for app in apps:
        if app.hiring_contact_id:
            hiring_for.setdefault(app.hiring_contact_id, []).append(f"{app.pk}: {app.role}")
    contact_rows = [
        [c.organization.name, c.name, c.title, c.email, c.phone, c.tz or c.organization.tz, "; ".join(hiring_for.get(c.pk, []))]
        for c in contacts
    ]
    return {
        "applications.csv": _csv(
            [
                "id", "company", "role", "location", "link", "applied_on", "stage", "next_step", "next_due",
                "hiring_contact", "hiring_email", "hiring_phone", "notes",
            ],
            app_rows,
        ),
        "history.csv": _csv(
            ["application_id", "company", "role", "at", "event", "person", "note", "stage_after"], history_rows
        ),
        "contacts.csv": _csv(["company", "name", "title", "email", "phone", "time_zone", "hiring_contact_for"], contact_rows),
    }


@dataclass(frozen=True)
class HistoryEvent:
    at: datetime
    event: str
    person: str
    note: str
    #: the stage the application stood at once this had happened
    stage: str


def replay(facts: f.ApplicationFacts, rules=None) -> list[HistoryEvent]:
    """Every interview and touch in time order, each with the stage it led to: the
    playbook's `stage` on the facts truncated just after it (stages are never stored)."""
    rules = rules or install_rules()
    events = [(i.starts_at, 0, n, i) for n, i in enumerate(facts.interviews)]
    events += [(t.at, 1, n, t) for n, t in enumerate(facts.touches)]
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    out = []
    for position, (at, kind, _, item) in enumerate(events):
        done = events[: position + 1]
        interviews = tuple(e[3] for e in done if e[1] == 0)
        touches = tuple(e[3] for e in done if e[1] == 1)
        # An interview leads somewhere once it is over; a touch at once.
        moment = item.ends_at if kind == 0 else at
        truncated = replace(
            facts,
            interviews=interviews,
            touches=touches,
            expectations=tuple(x for x in facts.expectations if x.learned_at <= moment),
            updates=tuple(u for u in facts.updates if u.added_at <= moment),
        )
        if kind == 0:
            names = ", ".join(p.name for k in item.interviewer_keys if (p := facts.person(k)))
            out.append(HistoryEvent(at, "interview", names, "", str(stage(truncated, moment, rules))))
        else:
            person = facts.person(item.person_key)
            out.append(HistoryEvent(at, str(item.kind), person.name if person else "", item.note, str(stage(truncated, moment, rules))))
    return out


# -- the record of applications ----------------------------------------------------------------------


def application_record(candidate) -> list[dict]:
    """Each application with its dates and contacts, oldest first: the list a job agency
    or an unemployment office asks for."""
    apps = (
        m.Application.objects.for_owner(candidate)
        .select_related("organization", "hiring_contact")
        .prefetch_related("interviews__interviewers", "touches__contact")
    )
    out = []
    for app in sorted(apps, key=lambda a: (a.applied_on or a.created_at.date(), a.pk)):
        people = []
        if app.hiring_contact:
            people.append(app.hiring_contact)
        interviews = list(app.interviews.all())
        for interview in interviews:
            people.extend(c for c in interview.interviewers.all() if c not in people)
        touches = sorted(app.touches.all(), key=lambda t: (t.at, t.pk))
        decision = next((t for t in reversed(touches) if f.TouchKind(t.kind) in f.DECISIONS), None)
        out.append(
            {
                "id": app.pk,
                "company": app.organization.name,
                "role": app.role,
                "location": app.location,
                "link": app.link,
                "applied_on": app.applied_on,
                "created_at": app.created_at,
                "interviews": [i.starts_at for i in interviews],
                "touches": [t for t in touches if f.TouchKind(t.kind) not in f.DECISIONS],
                "decision": decision,
                "contacts": people,
            }
        )
    return out


def application_details(candidate, app_id: int) -> dict:
    """What a spreadsheet row brought to one application: link, location, applied day, notes."""
    row = (
        m.Application.objects.for_owner(candidate)
        .filter(pk=app_id)
        .values("link", "location", "applied_on", "notes")
        .first()
    )
    return row or {"link": "", "location": "", "applied_on": None, "notes": ""}
