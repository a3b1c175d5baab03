"""Turning rows into the plain facts `afterview.core` reads."""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from datetime import UTC, date, datetime

from django.db import connection, transaction
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
            "organization__contacts",
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


@contextmanager
def _snapshot():
    """One consistent snapshot for several reads, without blocking writers.

    SQLite: one deferred read transaction (in WAL mode it sees the database as of
    its first read). PostgreSQL: REPEATABLE READ, READ ONLY (its default READ
    COMMITTED gives each query a snapshot of its own). Inside a caller's
    transaction the reads already share it."""
    if connection.in_atomic_block:
        yield
        return
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    if connection.vendor != "sqlite":
        with transaction.atomic():
            yield
        return
    # Not `atomic()`: on SQLite it begins IMMEDIATE, which takes the write lock.
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("COMMIT")  # read only: nothing to keep or undo


def every_facts(owner, candidate_name: str = "") -> list[f.ApplicationFacts]:
    """The facts of every application the candidate has, in id order: nine queries of
    plain values, all read from one snapshot (another process may write meanwhile).

    The same facts as `facts_from_application` gives one by one, built from
    value rows instead of model instances: for a career office's 10,000
    applications that is a fraction of a second instead of several.
    """
    with _snapshot():
        return _every_facts(owner, candidate_name)


def facts_by_owner(owner_ids) -> dict[int, list[f.ApplicationFacts]]:
    """`every_facts` of many candidates at once (an adviser's list of students): the
    same nine queries, not nine per candidate. Keyed by owner id; the sign-off name
    is left blank (nothing is drafted from these)."""
    owner_ids = list(owner_ids)
    by_owner: dict[int, list[f.ApplicationFacts]] = {pk: [] for pk in owner_ids}
    if not owner_ids:
        return by_owner
    with _snapshot():
        for owner_id, facts in _every_facts(owner_ids, "", with_owner=True):
            by_owner[owner_id].append(facts)
    return by_owner


def some_facts(owner, application_ids, candidate_name: str = "") -> list[f.ApplicationFacts]:
    """The facts of the candidate's applications among `application_ids`, in id order:
    the same plain-value loading as `every_facts`, filtered by index (for a write that
    re-derives what it changed). Ids the candidate does not have are left out."""
    with _snapshot():
        return _every_facts(owner, candidate_name, [int(i) for i in application_ids])


def _chosen(model, owner, ids: list[int] | None):
    """The candidate's rows of `model`; with `ids`, only those of these applications.
    `owner` may be a list of owner ids (an adviser's students)."""
    chosen = model.objects.filter(owner_id__in=owner) if isinstance(owner, list) else model.objects.for_owner(owner)
    if ids is None:
        return chosen
    orgs_of = m.Application.objects.filter(pk__in=ids).filter(owner_id__in=owner if isinstance(owner, list) else [owner]).values("organization_id")
    only = {
        m.Organization: {"pk__in": orgs_of},
        m.Contact: {"organization_id__in": orgs_of},
        m.Interviewer: {"interview__application_id__in": ids},
        m.Application: {"pk__in": ids},
    }
    return chosen.filter(**only.get(model, {"application_id__in": ids}))


#: Sentinels a query is compiled with once, to be replaced by the real owner and ids.
_OWNER, _FIRST_ID = -7_000_000_001, -8_000_000_000
_compiled: dict[tuple, tuple[str, tuple]] = {}
#: Queries for more applications than this are built each time (a bulk import's).
_KEPT_UP_TO = 16


def _sql(model, columns, order, owner, ids: list[int] | None) -> tuple[str, list]:
    """The SQL and parameters of the rows query. For one candidate's rows, or a few of
    their applications (a write re-deriving what it changed), the compiled text is kept
    per process and only the parameters change: building a Django query costs more than
    running it on an index. Many candidates' rows, or many applications', are built each time."""
    if isinstance(owner, list) or ids is not None and len(ids) > _KEPT_UP_TO:
        return _chosen(model, owner, ids).order_by(*order).values_list(*columns).query.sql_with_params()
    key = (connection.alias, connection.vendor, model, columns, order, None if ids is None else len(ids))
    found = _compiled.get(key)
    if found is None:
        sentinels = None if ids is None else [_FIRST_ID - i for i in range(len(ids))]
        query = _chosen(model, _OWNER, sentinels).order_by(*order).values_list(*columns).query
        sql, params = query.sql_with_params()
        where = {_OWNER: ("owner", 0), **{value: ("id", i) for i, value in enumerate(sentinels or ())}}
        found = _compiled[key] = (sql, tuple(where.get(p, ("value", p)) for p in params))
    sql, slots = found
    owner_id = owner if isinstance(owner, int) else owner.pk
    return sql, [owner_id if what == "owner" else ids[i] if what == "id" else i for what, i in slots]


def _every_facts(owner, candidate_name: str, ids: list[int] | None = None, *, with_owner: bool = False) -> list:
    """The facts of `owner`'s applications (with `ids`, of those only); with `with_owner`,
    `owner` is a list of owner ids and each item is (owner id, facts)."""
    name = candidate_name

    def rows(model, *columns, order=("id",)):
        # Grouped by application, so that each one's facts lie together in
        # memory when the playbook reads them. Straight from the cursor:
        # Django's per-value converters cost more than the whole playbook on
        # 75,000 timestamps. The database adapter still gives dates and
        # datetimes; `_utc` attaches the UTC that Django stores in.
        sql, params = _sql(model, columns, order, owner, ids)
        with prepared.cursor() as cursor:  # the same text each time: PostgreSQL keeps it planned
            cursor.execute(sql, params)
            return cursor.fetchall()

    orgs = {
        pk: (org_name, country, tz, tuple(_json(domains)), formal)
        for pk, org_name, country, tz, domains, formal in rows(
            m.Organization, "id", "name", "country", "tz", "domains", "formal_greetings", order=()
        )
    }
    people = defaultdict(list)
    for pk, org_id, person, email, phone, tz, title, salutation, away, bounced, bounced_at, why in rows(
        m.Contact, "id", "organization_id", "name", "email", "phone", "tz", "title", "salutation",
        "away_until", "bounced_address", "bounced_at", "bounce_reason", order=("organization_id", "name", "id")
    ):
        flagged = bool(bounced_at and email and bounced.lower() == email.lower())
        people[org_id].append(
            f.Person(
                str(pk), person, email or None, phone or None, tz, title, salutation,
                _stored_date(away), _utc(bounced_at) if flagged else None, why if flagged else "",
            )
        )
    panels = defaultdict(list)
    for interview_id, contact_id, highlight in rows(m.Interviewer, "interview_id", "contact_id", "highlight"):
        panels[interview_id].append((str(contact_id), highlight))
    interviews = defaultdict(list)
    for pk, app_id, starts_at, ends_at, expect_on, interview_tz in rows(
        m.Interview, "id", "application_id", "starts_at", "ends_at", "expect_on", "tz", order=("application_id", "starts_at", "id")
    ):
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
    for pk, app_id, kind, at, contact_id, expect_on, note in rows(
        m.Touch, "id", "application_id", "kind", "at", "contact_id", "expect_on", "note", order=("application_id", "at", "id")
    ):
        touches[app_id].append(
            f.TouchFacts(kinds[kind], _utc(at), str(contact_id) if contact_id else None, _stored_date(expect_on), note, str(pk))
        )
    updates = defaultdict(list)
    for pk, app_id, text, added_at, sent_at in rows(
        m.Update, "id", "application_id", "text", "added_at", "sent_at", order=("application_id", "added_at", "id")
    ):
        updates[app_id].append(f.UpdateFacts(str(pk), text, _utc(added_at), _utc(sent_at)))
    expectations = defaultdict(list)
    for app_id, on, learned_at in rows(
        m.Expectation, "application_id", "on", "learned_at", order=("application_id", "learned_at", "id")
    ):
        expectations[app_id].append(f.Expectation(_stored_date(on), _utc(learned_at)))

    requests = defaultdict(list)
    for pk, app_id, text, asked_at, contact_id, done_at in rows(
        m.Request, "id", "application_id", "text", "asked_at", "contact_id", "done_at", order=("application_id", "asked_at", "id")
    ):
        requests[app_id].append(
            f.RequestFacts(str(pk), text, _utc(asked_at), str(contact_id) if contact_id else None, _utc(done_at))
        )

    out = []
    for pk, org_id, role, hiring_id, owner_id in rows(m.Application, "id", "organization_id", "role", "hiring_contact_id", "owner_id"):
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
    """A stored time as aware UTC (SQLite hands it back naive; PostgreSQL already aware)."""
    if value is None or isinstance(value, datetime) and value.tzinfo is not None:
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def _json(value):
    """A stored JSON value (the cursor hands back its text: Django decodes JSON columns itself)."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _stored_date(value):
    """A stored date as a date (some adapters hand back the ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value
