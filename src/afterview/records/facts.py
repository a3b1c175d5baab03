"""Turning rows into the plain facts `afterview.core` reads."""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from datetime import UTC, date, datetime

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Prefetch

from afterview.core import facts as f
from afterview.records import models as m
from afterview.records import prepared


def applications_with_everything(owner):
    """A queryset that loads each application and all it owns in a fixed number of queries."""
    return (
        m.Application.objects.for_owner(owner)
        .select_related("organization", "hiring_contact")
        .prefetch_related(
            # By name, then id: two contacts of one name come in the same order as `every_facts` gives them.
            Prefetch("organization__contacts", queryset=m.Contact.objects.order_by("name", "id")),
            Prefetch("interviews", queryset=m.Interview.objects.order_by("starts_at", "id")),
            Prefetch("interviews__panel", queryset=m.Interviewer.objects.order_by("id")),
            Prefetch("touches", queryset=m.Touch.objects.order_by("at", "id")),
            Prefetch("updates", queryset=m.Update.objects.order_by("added_at", "id")),
            Prefetch("expectations", queryset=m.Expectation.objects.order_by("learned_at", "id")),
            Prefetch("requests", queryset=m.Request.objects.order_by("asked_at", "id")),
        )
    )


def person_from_contact(contact: m.Contact, organization: m.Organization) -> f.Person:
    return f.Person(
        key=str(contact.pk),
        name=contact.name,
        email=contact.email or None,
        phone=contact.phone or None,
        # Their own zone only; ApplicationFacts.zone_of falls back to the organization's.
        tz=contact.tz,
        title=contact.title,
        salutation=contact.salutation,
        away_until=contact.away_until,
        bounced_at=contact.bounced_at if contact.is_bounced else None,
        bounce_reason=contact.bounce_reason if contact.is_bounced else "",
    )


def facts_from_application(app: m.Application, candidate_name: str = "") -> f.ApplicationFacts:
    """Facts of one application loaded with `applications_with_everything`."""
    org = app.organization
    return f.ApplicationFacts(
        key=str(app.pk),
        company=org.name,
        role=app.role,
        people=tuple(person_from_contact(c, org) for c in org.contacts.all()),
        hiring_contact_key=str(app.hiring_contact_id) if app.hiring_contact_id else None,
        interviews=tuple(
            f.InterviewFacts(
                key=str(i.pk),
                starts_at=i.starts_at,
                ends_at=i.ends_at,
                interviewer_keys=tuple(str(p.contact_id) for p in i.panel.all()),
                highlights=tuple((str(p.contact_id), p.highlight) for p in i.panel.all() if p.highlight),
                expect_on=i.expect_on,
                tz=i.tz,
            )
            for i in app.interviews.all()
        ),
        touches=tuple(
            f.TouchFacts(
                kind=f.TouchKind(t.kind),
                at=t.at,
                person_key=str(t.contact_id) if t.contact_id else None,
                expect_on=t.expect_on,
                note=t.note,
                key=str(t.pk),
            )
            for t in app.touches.all()
        ),
        updates=tuple(
            f.UpdateFacts(key=str(u.pk), text=u.text, added_at=u.added_at, sent_at=u.sent_at)
            for u in app.updates.all()
        ),
        expectations=tuple(f.Expectation(on=e.on, learned_at=e.learned_at) for e in app.expectations.all()),
        country=org.country,
        tz=org.tz,
        candidate=candidate_name,
        domains=tuple(org.domains),
        formal=org.formal_greetings,
        requests=tuple(_request(r) for r in app.requests.all()),
    )


def _request(r) -> f.RequestFacts:
    return f.RequestFacts(
        str(r.pk), r.text, _utc(r.asked_at), str(r.contact_id) if r.contact_id else None, _utc(r.done_at)
    )


def every_facts(owner, candidate_name: str = "") -> list[f.ApplicationFacts]:
    """The facts of every application the candidate has, in id order, read from one
    snapshot however another process writes meanwhile (`_read`: one statement on
    PostgreSQL).

    The same facts as `facts_from_application` gives one by one, built from
    plain values instead of model instances: for a career office's 10,000
    applications that is a fraction of a second instead of several.
    """
    return _every_facts(owner, candidate_name)


def facts_by_owner(owner_ids) -> dict[int, list[f.ApplicationFacts]]:
    """`every_facts` of many candidates at once (an adviser's list of students): the
    same reads, not the same per candidate. Keyed by owner id; the sign-off name
    is left blank (nothing is drafted from these)."""
    owner_ids = [int(pk) for pk in owner_ids]
    by_owner: dict[int, list[f.ApplicationFacts]] = {pk: [] for pk in owner_ids}
    if not owner_ids:
        return by_owner
    for owner_id, facts in _every_facts(owner_ids, "", with_owner=True):
        by_owner[owner_id].append(facts)
    return by_owner


def some_facts(owner, application_ids, candidate_name: str = "") -> list[f.ApplicationFacts]:
    """The facts of the candidate's applications among `application_ids`, in id order:
    the same reads as `every_facts`, filtered by index (one application's
    page, or a write that re-derives what it changed). Ids the candidate does not
    have are left out."""
    ids = sorted({int(i) for i in application_ids})
    if not ids:
        return []
    return _every_facts(owner, candidate_name, ids)


#: What facts are made of: per table, the columns read and their order. On PostgreSQL
#: each table's rows come back as one JSON array of arrays, all in one statement.
_READ = (
    (m.Application, ("id", "organization_id", "role", "hiring_contact_id", "owner_id"), ("id",)),
    (m.Organization, ("id", "name", "country", "tz", "domains", "formal_greetings"), ("id",)),
    (
        m.Contact,
        ("id", "organization_id", "name", "email", "phone", "tz", "title", "salutation",
         "away_until", "bounced_address", "bounced_at", "bounce_reason"),
        ("organization_id", "name", "id"),
    ),
    (m.Interviewer, ("interview_id", "contact_id", "highlight"), ("id",)),
    (m.Interview, ("id", "application_id", "starts_at", "ends_at", "expect_on", "tz"), ("application_id", "starts_at", "id")),
    (m.Touch, ("id", "application_id", "kind", "at", "contact_id", "expect_on", "note"), ("application_id", "at", "id")),
    (m.Update, ("id", "application_id", "text", "added_at", "sent_at"), ("application_id", "added_at", "id")),
    (m.Expectation, ("application_id", "on", "learned_at"), ("application_id", "learned_at", "id")),
    (m.Request, ("id", "application_id", "text", "asked_at", "contact_id", "done_at"), ("application_id", "asked_at", "id")),
)
#: the statements' texts and their parameters' slots, per (connection, many owners, with ids)
_statements: dict[tuple, list[tuple[str, tuple[str, ...]]]] = {}


def _statements_of(many: bool, with_ids: bool) -> list[tuple[str, tuple[str, ...]]]:
    """The statements that read every row the facts need, each with which value each
    parameter is ("owner": the owner id, or the list of them; "ids": the application ids).

    PostgreSQL: one SELECT of `json_agg(json_build_array(...) ORDER BY ...)` per table,
    lists bound as arrays (`= ANY(%s)`), so the text is the same however many ids and
    stays prepared: one round trip, and one snapshot without a transaction around it.
    SQLite: a plain SELECT per table (no round trips to save in a library, and building
    JSON there costs more than the rows), lists bound as JSON text."""
    key = (connection.alias, connection.vendor, many, with_ids)
    found = _statements.get(key)
    if found is not None:
        return found
    postgres = connection.vendor == "postgresql"
    if not postgres and connection.vendor != "sqlite":
        raise ImproperlyConfigured(
            f"afterview runs on SQLite or PostgreSQL, not {connection.vendor}; set DATABASE_URL to a postgres:// URL or leave it unset for SQLite"
        )
    q = connection.ops.quote_name

    def among(column: str, slot: str) -> tuple[str, list[str]]:
        if postgres:
            return f"{column} = ANY(%s)", [slot]
        return f"{column} IN (SELECT value FROM json_each(%s))", [slot]

    def owned() -> tuple[str, list[str]]:
        return among("owner_id", "owner") if many else ("owner_id = %s", ["owner"])

    app_table, interview_table = q(m.Application._meta.db_table), q(m.Interview._meta.db_table)
    statements, parts, slots = [], [], []
    for model, columns, order in _READ:
        table = q(model._meta.db_table)
        where, where_slots = owned()
        if with_ids:
            if model is m.Application:
                only, only_slots = among("id", "ids")
            elif model in (m.Organization, m.Contact):
                chosen, chosen_slots = among("id", "ids")
                mine, mine_slots = owned()
                column = "id" if model is m.Organization else "organization_id"
                only = f"{column} IN (SELECT organization_id FROM {app_table} WHERE {chosen} AND {mine})"
                only_slots = chosen_slots + mine_slots
            elif model is m.Interviewer:
                chosen, only_slots = among("application_id", "ids")
                only = f"interview_id IN (SELECT id FROM {interview_table} WHERE {chosen})"
            else:
                only, only_slots = among("application_id", "ids")
            where, where_slots = f"{where} AND {only}", where_slots + only_slots
        names = ", ".join(q(model._meta.get_field(c).column) for c in columns)
        ordering = ", ".join(q(model._meta.get_field(c).column) for c in order)
        if postgres:
            parts.append(f"(SELECT json_agg(json_build_array({names}) ORDER BY {ordering}) FROM {table} WHERE {where})")
            slots += where_slots
        else:
            statements.append((f"SELECT {names} FROM {table} WHERE {where} ORDER BY {ordering}", tuple(where_slots)))
    if postgres:
        statements = [("SELECT " + ", ".join(parts), tuple(slots))]
    _statements[key] = statements
    return statements


def _read(owner, ids: list[int] | None) -> list:
    """Every table's rows (`_READ`'s order), each a list of plain values, all read from
    one snapshot (another process may write meanwhile)."""
    many = isinstance(owner, list)
    statements = _statements_of(many, ids is not None)
    values = {"owner": owner if many or isinstance(owner, int) else owner.pk, "ids": ids}
    if connection.vendor == "postgresql":
        [(sql, slots)] = statements
        with prepared.cursor() as cursor:  # the same text each time: PostgreSQL keeps it planned
            cursor.execute(sql, [values[slot] for slot in slots])
            row = cursor.fetchone()
        return [_json(value) or [] for value in row]
    values = {k: json.dumps(v) if isinstance(v, list) else v for k, v in values.items()}
    out = []
    with _sqlite_snapshot(), connection.cursor() as cursor:
        for sql, slots in statements:
            cursor.execute(sql, [values[slot] for slot in slots])
            out.append(cursor.fetchall())
    return out


@contextmanager
def _sqlite_snapshot():
    """One deferred read transaction for several reads (in WAL mode it sees the database
    as of its first read), without taking the write lock as `atomic()` would (it begins
    IMMEDIATE on SQLite). Inside a caller's transaction the reads already share it."""
    if connection.in_atomic_block:
        yield
        return
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("COMMIT")  # read only: nothing to keep or undo


def _every_facts(owner, candidate_name: str, ids: list[int] | None = None, *, with_owner: bool = False) -> list:
    """The facts of `owner`'s applications (with `ids`, of those only); with `with_owner`,
    `owner` is a list of owner ids and each item is (owner id, facts)."""
    name = candidate_name
    # Grouped by application, so that each one's facts lie together in memory when
    # the playbook reads them. Plain values, no model instances: Django's per-value
    # converters cost more than the whole playbook on 75,000 timestamps. Times and
    # dates come as ISO text (inside JSON, or from SQLite); `_utc` and `_stored_date` read it.
    apps, org_rows, contact_rows, panel_rows, interview_rows, touch_rows, update_rows, expectation_rows, request_rows = (
        _read(owner, ids)
    )
    orgs = {
        pk: (org_name, country, tz, tuple(_json(domains) or ()), formal)
        for pk, org_name, country, tz, domains, formal in org_rows
    }
    people = defaultdict(list)
    for pk, org_id, person, email, phone, tz, title, salutation, away, bounced, bounced_at, why in contact_rows:
        flagged = bool(bounced_at and email and bounced.lower() == email.lower())
        people[org_id].append(
            f.Person(
                str(pk), person, email or None, phone or None, tz, title, salutation,
                _stored_date(away), _utc(bounced_at) if flagged else None, why if flagged else "",
            )
        )
    panels = defaultdict(list)
    for interview_id, contact_id, highlight in panel_rows:
        panels[interview_id].append((str(contact_id), highlight))
    interviews = defaultdict(list)
    for pk, app_id, starts_at, ends_at, expect_on, interview_tz in interview_rows:
        panel = panels.get(pk, ())
        interviews[app_id].append(
            f.InterviewFacts(
                str(pk),
                _utc(starts_at),
                _utc(ends_at),
                tuple(key for key, _ in panel),
                tuple((key, text) for key, text in panel if text),
                _stored_date(expect_on),
                interview_tz,
            )
        )
    touches = defaultdict(list)
    kinds = {kind.value: kind for kind in f.TouchKind}
    for pk, app_id, kind, at, contact_id, expect_on, note in touch_rows:
        touches[app_id].append(
            f.TouchFacts(kinds[kind], _utc(at), str(contact_id) if contact_id else None, _stored_date(expect_on), note, str(pk))
        )
    updates = defaultdict(list)
    for pk, app_id, text, added_at, sent_at in update_rows:
        updates[app_id].append(f.UpdateFacts(str(pk), text, _utc(added_at), _utc(sent_at)))
    expectations = defaultdict(list)
    for app_id, on, learned_at in expectation_rows:
        expectations[app_id].append(f.Expectation(_stored_date(on), _utc(learned_at)))
    requests = defaultdict(list)
    for pk, app_id, text, asked_at, contact_id, done_at in request_rows:
        requests[app_id].append(
            f.RequestFacts(str(pk), text, _utc(asked_at), str(contact_id) if contact_id else None, _utc(done_at))
        )

    out = []
    for pk, org_id, role, hiring_id, owner_id in apps:
        org_name, country, tz, domains, formal = orgs[org_id]
        facts = (
            f.ApplicationFacts(
                key=str(pk),
                company=org_name,
                role=role,
                people=tuple(people.get(org_id, ())),
                hiring_contact_key=str(hiring_id) if hiring_id else None,
                interviews=tuple(interviews.get(pk, ())),
                touches=tuple(touches.get(pk, ())),
                updates=tuple(updates.get(pk, ())),
                expectations=tuple(expectations.get(pk, ())),
                country=country,
                tz=tz,
                candidate=name,
                domains=domains,
                formal=bool(formal),
                requests=tuple(requests.get(pk, ())),
            )
        )
        out.append((owner_id, facts) if with_owner else facts)
    return out


def _utc(value):
    """A stored time as aware UTC: from the database adapter (SQLite's naive, PostgreSQL's
    aware) or as ISO text (inside JSON; SQLite's without an offset)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def _json(value):
    """A stored JSON value (the cursor hands back its text: Django decodes JSON columns itself)."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _stored_date(value):
    """A stored date as a date (some adapters hand back the ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value
