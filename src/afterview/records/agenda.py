"""The agenda and `why`: every application's plan, read in a constant number of queries.

No playbook rule lives here: the plans come from `afterview.core.playbook`;
this module loads the facts, picks the window of time asked for and orders
the steps for a reader (overdue first, then by when they fall due).

The agenda reads every application at once, so it loads them as plain values
(`every_facts`: one query per table, no model instances) rather than through
`services.all_facts`, whose prefetching builds a model object per row: for a
career office's 10,000 applications that is seconds instead of a fraction of
one. tests/records/test_agenda.py checks both give the same facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.db import connection

from afterview.core import facts as f
from afterview.core.playbook import Action, ActionKind, Explanation, explain, next_actions
from afterview.records import models as m
from afterview.records.playbook_config import home_rules
from afterview.records.services import application_facts, candidate_name

__all__ = [
    "AGENDA_KEYS",
    "HORIZON",
    "AgendaEntry",
    "agenda",
    "entry_json",
    "every_facts",
    "explanation",
    "iso",
]

#: How far ahead the agenda looks unless asked for everything.
HORIZON = timedelta(days=7)

#: The keys of `afterview agenda --json`, in order (issue 3 fixes them).
AGENDA_KEYS = (
    "application",
    "company",
    "role",
    "action",
    "person",
    "due",
    "earliest",
    "latest",
    "rule",
    "reason",
    "blocked_until",
)

_KIND_ORDER = {kind: index for index, kind in enumerate(ActionKind)}


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One step of one application's plan, with what a reader needs beside it."""

    application: int
    company: str
    role: str
    action: Action
    overdue: bool


def agenda(candidate, now: datetime, *, everything: bool = False) -> list[AgendaEntry]:
    """The candidate's steps: overdue first, then what falls due by `now` + HORIZON.

    With `everything`, every planned step however far ahead. Within each part,
    the earliest due first.
    """
    rules = home_rules()
    until = None if everything else now + HORIZON
    entries = []
    for facts in every_facts(candidate):
        application = int(facts.key)
        for action in next_actions(facts, now, rules):
            if until is not None and action.due_at > until:
                break  # a plan comes in due order; the rest is further still
            entries.append(
                AgendaEntry(application, facts.company, facts.role, action, action.is_overdue(now))
            )
    entries.sort(
        key=lambda e: (not e.overdue, e.action.due_at, e.application, _KIND_ORDER[e.action.kind])
    )
    return entries


def every_facts(candidate) -> list[f.ApplicationFacts]:
    """The facts of every application the candidate has, in id order: eight queries of plain values.

    The same facts as `services.all_facts`, built from value rows instead of
    model instances.
    """
    name = candidate_name(candidate)

    def rows(model, *columns, order=("id",)):
        # Grouped by application, so that each one's facts lie together in
        # memory when the playbook reads them. Straight from the cursor:
        # Django's per-value converters cost more than the whole playbook on
        # 75,000 timestamps. The database adapter still gives dates and
        # datetimes; `_utc` attaches the UTC that Django stores in.
        query = model.objects.for_owner(candidate).order_by(*order).values_list(*columns).query
        sql, params = query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    orgs = {
        pk: (org_name, country, tz, tuple(domains))
        for pk, org_name, country, tz, domains in m.Organization.objects.for_owner(candidate).values_list(
            "id", "name", "country", "tz", "domains"
        )
    }
    people = defaultdict(list)
    for pk, org_id, person, email, phone, tz, title in rows(
        m.Contact, "id", "organization_id", "name", "email", "phone", "tz", "title", order=("organization_id", "name", "id")
    ):
        people[org_id].append(f.Person(str(pk), person, email or None, phone or None, tz or orgs[org_id][2], title))
    panels = defaultdict(list)
    for interview_id, contact_id, highlight in rows(m.Interviewer, "interview_id", "contact_id", "highlight"):
        panels[interview_id].append((str(contact_id), highlight))
    interviews = defaultdict(list)
    for pk, app_id, starts_at, ends_at, expect_on in rows(
        m.Interview, "id", "application_id", "starts_at", "ends_at", "expect_on", order=("application_id", "starts_at", "id")
    ):
        panel = panels.get(pk, ())
        interviews[app_id].append(
            f.InterviewFacts(
                str(pk),
                _utc(starts_at),
                _utc(ends_at),
                tuple(key for key, _ in panel),
                tuple((key, text) for key, text in panel if text),
                _day(expect_on),
            )
        )
    touches = defaultdict(list)
    kinds = {kind.value: kind for kind in f.TouchKind}
    for app_id, kind, at, contact_id, expect_on, note in rows(
        m.Touch, "application_id", "kind", "at", "contact_id", "expect_on", "note", order=("application_id", "at", "id")
    ):
        touches[app_id].append(
            f.TouchFacts(kinds[kind], _utc(at), str(contact_id) if contact_id else None, _day(expect_on), note)
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
        expectations[app_id].append(f.Expectation(_day(on), _utc(learned_at)))

    out = []
    for pk, org_id, role, hiring_id in rows(m.Application, "id", "organization_id", "role", "hiring_contact_id"):
        org_name, country, tz, domains = orgs[org_id]
        out.append(
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
            )
        )
    return out


def _utc(value):
    """A stored time as aware UTC (SQLite hands it back naive; PostgreSQL already aware)."""
    if value is None or isinstance(value, datetime) and value.tzinfo is not None:
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def _day(value):
    """A stored date as a date (some adapters hand back the ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def iso(value: datetime | None) -> str | None:
    """An aware time as ISO 8601 in UTC (None stays None)."""
    return value.isoformat() if value is not None else None


def entry_json(entry: AgendaEntry) -> dict:
    """One entry as `afterview agenda --json` prints it (exactly AGENDA_KEYS)."""
    action = entry.action
    return {
        "application": entry.application,
        "company": entry.company,
        "role": entry.role,
        "action": str(action.kind),
        "person": action.person,
        "due": iso(action.due_at),
        "earliest": iso(action.earliest_at),
        "latest": iso(action.latest_at),
        "rule": str(action.rule),
        "reason": action.reason,
        "blocked_until": iso(action.blocked_until),
    }


def explanation(candidate, app_id: int, now: datetime) -> Explanation:
    """`afterview why APP`: the application's timeline so far and the reasoning of its plan."""
    return explain(application_facts(candidate, app_id), now, home_rules())
