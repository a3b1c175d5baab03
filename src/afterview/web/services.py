"""What the web pages need beyond the records services: the agenda (the plans of
every application grouped by when they fall due), snoozing, marking an action
done, one application's page, the queries the pages show, and the writes the
pages make (each forgets the kept plans it changes, so views never do).

Like `afterview.records.services`, every function takes the candidate first and
sees only that candidate's rows. No playbook rule lives here: plans come from
`afterview.core.playbook`, read through the records read model
(`afterview.records.agenda`, `afterview.records.summary`) which orders them the
one way the CLI does too; this module only groups them by the calendar.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.urls import reverse

from afterview.core.errors import InvalidInput, NotFound
from afterview.core.playbook import NOT_A_TOUCH, Action, ActionKind
from afterview.core.steps import MessageStatus, note_for_step
from afterview.records import agenda as read
from afterview.records import models as m
from afterview.records import services as records
from afterview.records.services import get_application, profile_of
from afterview.records.summary import ApplicationSummary, summary_parts
from afterview.web import plans, present
from afterview.web.models import Snooze
from afterview.web.plans import Plan

__all__ = [
    "Agenda",
    "AgendaItem",
    "ApplicationPage",
    "Plan",
    "SNOOZE_CHOICES",
    "agenda",
    "application_page",
    "application_rows",
    "forget_plans",
    "mark_done",
    "snooze",
    "unsnooze",
]

#: Actions the candidate writes as an e-mail (the others are a call or a decision): core's table.
WRITTEN = {step: note for step in ActionKind if (note := note_for_step(step)) is not None}

SNOOZE_CHOICES = (
    ("2h", "2 hours"),
    ("tomorrow", "until tomorrow"),
    ("monday", "until Monday"),
    ("week", "a week"),
)


def forget_plans(candidate, application_id: int | None = None) -> None:
    """After a write: the next page reloads that application (or all of them)."""
    plans.forget(candidate, application_id)


def mark_note_sent(candidate, note, *, now: datetime) -> None:
    """The note workflow's "sent by hand", and the plan of its application forgotten."""
    from afterview.outreach import notes

    notes.mark_sent_by_hand(candidate, note, now=now)
    forget_plans(candidate, note.application_id)


def confirm_note(candidate, note, *, sent: bool, now: datetime) -> None:
    """Settle a note whose delivery was unknown, and forget the plan it changes."""
    from afterview.outreach.outbox import confirm_message

    confirm_message(candidate, note.pk, sent=sent, now=now)
    forget_plans(candidate, note.application_id)


# -- the agenda -----------------------------------------------------------------------


#: stands for a page's one id while its address is reversed once (no row has it)
_ID_MARK = 987_654_321_987


@lru_cache(maxsize=256)
def _url_around_id(name: str, prefix: str) -> tuple[str, str] | None:
    """(what comes before the id, what comes after it) in the address of `name` for an
    id, reversed once per route and script prefix; None when the address does not carry
    the id as its digits."""
    marked = reverse(name, args=(_ID_MARK,))
    before, found, after = marked.partition(str(_ID_MARK))
    return (before, after) if found and str(_ID_MARK) not in after else None


def url_for_id(name: str, pk: int) -> str:
    """`reverse(name, args=(pk,))` for a route taking one integer id: its address put
    together around the id (reversing each one cost a cold agenda ~15 reverses a page)."""
    from django.urls import get_script_prefix

    if isinstance(pk, int) and not isinstance(pk, bool) and pk >= 0:
        around = _url_around_id(name, get_script_prefix())
        if around is not None:
            return f"{around[0]}{pk}{around[1]}"
    return reverse(name, args=(pk,))


def _url(name: str, *args) -> str:
    return url_for_id(name, args[0]) if len(args) == 1 else reverse(name, args=args)


@dataclass(frozen=True)
class AgendaItem:
    action: Action
    application_id: int
    company: str
    role: str
    #: "overdue", "today", "week" or "later"
    when: str
    snoozed_until: datetime | None = None
    #: the note already written for this step, if any (a StepNote on the agenda)
    note: m.Message | StepNote | None = None
    #: the candidate's zone, the one times are shown in
    zone: str = "UTC"

    @property
    def writes(self) -> bool:
        """Whether the step is an e-mail the candidate can draft here."""
        return self.action.kind in WRITTEN

    @property
    def held(self) -> bool:
        return self.action.blocked_until is not None

    @property
    def key(self) -> tuple[int, str, str]:
        """The step's name: application, kind and person (what snoozes and notes are keyed by)."""
        return (self.application_id, str(self.action.kind), self.action.person_key or "")

    # Worked out once per item: items are kept between requests with their plans.

    @cached_property
    def title(self) -> str:
        return present.step_title(self.action)

    @cached_property
    def due_text(self) -> str:
        return present.when_text(self.action.due_at, self.zone)

    @cached_property
    def deadline_text(self) -> str:
        return present.when_text(self.action.latest_at, self.zone)

    @cached_property
    def blocked_text(self) -> str:
        return present.when_text(self.action.blocked_until, self.zone)

    @property
    def snoozed_text(self) -> str:
        return present.when_text(self.snoozed_until, self.zone)

    @cached_property
    def app_url(self) -> str:
        return _url("web:application", self.application_id)

    @cached_property
    def draft_url(self) -> str:
        return _url("web:draft", self.application_id)

    @property
    def note_url(self) -> str:
        return _url("web:message", self.note.pk) if self.note else ""


@dataclass
class Group:
    """The steps of one part of the agenda; the first `shown` of them are shown."""

    items: list[AgendaItem]
    shown: int

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    @property
    def visible(self) -> list[AgendaItem]:
        return self.items[: self.shown]

    @property
    def more(self) -> int:
        return max(0, len(self.items) - self.shown)


@dataclass
class Agenda:
    overdue: Group
    today: Group
    week: Group
    later: Group
    snoozed: Group
    #: applications with nothing to do
    quiet: list[Plan]
    applications: int

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.today or self.week)


def _group(action: Action, now: datetime, today: date, week_end: date, tz: ZoneInfo) -> str:
    if action.is_overdue(now):
        return "overdue"
    due_on = action.due_at.astimezone(tz).date()
    if action.is_due(now) or due_on <= today:
        return "today"
    if due_on < week_end:
        return "week"
    return "later"


#: Notes that stand for their step: being written, approved, or on their way.
_NOTE_STATUSES = MessageStatus.FOR_STEP


def _step_of_note(message: m.Message) -> tuple[int, str, str] | None:
    for step, kind in WRITTEN.items():
        if kind == message.kind:
            return (message.application_id, str(step), str(message.contact_id))
    return None


_NOTE_FIELDS = ("id", "application_id", "contact_id", "kind", "status", "scheduled_at")


def _notes_for_steps(owner):
    return m.Message.objects.filter(owner_id=owner, status__in=_NOTE_STATUSES).order_by("id").values(*_NOTE_FIELDS)


@dataclass(frozen=True, slots=True)
class StepNote:
    """A note written for a step, as the agenda shows it: what its card and its page's key
    read of the note (a model instance each cost more than the rest of its card's data)."""

    id: int
    application_id: int
    contact_id: int | None
    kind: str
    status: str
    scheduled_at: datetime | None

    @property
    def pk(self) -> int:
        return self.id


def _notes_by_step(candidate) -> dict[tuple[int, str, str], StepNote]:
    """The notes written for steps, by step, from SQL compiled once per process (every agenda asks)."""
    from afterview.records import kept_sql

    found = kept_sql.rows(("web", "notes"), _notes_for_steps, times=("scheduled_at",), owner=candidate.pk)
    return _by_step(StepNote(**row) for row in found)


def _by_step(notes) -> dict[tuple[int, str, str], StepNote]:
    """Notes (in id order) by the step each was written for: the latest one of a step wins."""
    found = {}
    for note in notes:
        step = _step_of_note(note)
        if step is not None:
            found[step] = note
    return found


#: steps shown per group; the applications list has the rest
SHOWN = 15

_grouped: dict[int, tuple[tuple, dict[str, list[AgendaItem]], list[Plan]]] = {}
_grouped_lock = threading.Lock()


def _groups(candidate, now: datetime, tz: str, inputs: AgendaInputs | None = None) -> tuple[dict[str, list[AgendaItem]], list[Plan], int]:
    """Every step sorted into overdue/today/week/later; kept as long as the plans it came from."""
    all_plans = plans.plans(candidate, now, seen=inputs.fingerprint, rules=inputs.rules) if inputs else plans.plans(candidate, now)
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    key = (plans.plans_key(candidate), tz, today)
    with _grouped_lock:
        memo = _grouped.get(candidate.pk)
    if memo is not None and memo[0] == key:
        return memo[1], memo[2], len(all_plans)
    week_end = today + timedelta(days=7)
    groups: dict[str, list[AgendaItem]] = {"overdue": [], "today": [], "week": [], "later": []}
    quiet = [plan for plan in all_plans if not plan.actions]
    # The records read model's one order (as `afterview agenda` lists them), then grouped.
    for entry in read.agenda_entries(all_plans, now):
        action = entry.action
        when = _group(action, now, today, week_end, zone)
        groups[when].append(AgendaItem(action, entry.application, entry.company, entry.role, when, zone=tz))
    with _grouped_lock:
        _grouped.pop(candidate.pk, None)
        _grouped[candidate.pk] = (key, groups, quiet)
        # As many as the kept facts they are made from (web/plans.py bounds those by memory).
        while len(_grouped) > max(1, plans.kept_count()):
            del _grouped[next(iter(_grouped))]
    return groups, quiet, len(all_plans)


def _running_snoozes(owner, now):
    return Snooze.objects.filter(owner_id=owner, until_at__gt=now).values("application_id", "kind", "person_key", "until_at")


def active_snoozes(candidate, now: datetime) -> dict[tuple[int, str, str], datetime]:
    """The snoozes still running at `now`, by step (application, kind, person key), from
    SQL compiled once per process (every agenda asks)."""
    from afterview.records import kept_sql

    rows = kept_sql.rows(("web", "snoozes"), _running_snoozes, times=("until_at",), owner=candidate.pk, now=now)
    return {(s["application_id"], s["kind"], s["person_key"]): s["until_at"] for s in rows}


@dataclass(frozen=True)
class AgendaInputs:
    """What an agenda is made of besides the time and the zone, read on every request:
    the kept plans' fingerprint, the rules, the running snoozes and the notes written for
    steps. Their `key` names the page (web/kept_pages.py)."""

    fingerprint: tuple
    rules: object
    snoozes: dict
    notes: dict
    #: what the agenda says of the mailbox's sign-in (account.sign_in_problem), read with the fingerprint
    mail_problem: str | None = None

    def key(self, candidate, now: datetime, tz: str) -> tuple:
        from afterview.records.kept import minute

        notes = tuple(
            (step, n.pk, n.status, n.scheduled_at) for step, n in sorted(self.notes.items())
        )
        # To the minute: the page says the time, and how far each step is from it.
        return (self.fingerprint, self.rules, tz, minute(candidate.pk, now), tuple(sorted(self.snoozes.items())), notes)


#: how each database makes one JSON column of rows: [[a, b, ...], ...] (others: a query each)
_JSON_ROWS = {"postgresql": "json_agg(json_build_array({}))", "sqlite": "json_group_array(json_array({}))"}
_SNOOZE_COLUMNS = ("application_id", "kind", "person_key", "until_at")


def _rows_sql(table: str, columns: tuple[str, ...], where: str) -> str:
    q = connection.ops.quote_name
    listed = ", ".join(q(c) for c in columns)
    return f"(SELECT {_JSON_ROWS[connection.vendor].format(listed)} FROM {q(table)} WHERE {where})"


def _snoozes_sql(candidate) -> tuple[list[str], list]:
    """`active_snoozes`'s rows as one JSON column, for `plans.fingerprint_with`."""
    q = connection.ops.quote_name
    where = f"{q('owner_id')} = %s AND {q('until_at')} > %s"
    return [_rows_sql(Snooze._meta.db_table, _SNOOZE_COLUMNS, where)], [candidate.pk, candidate.now]


def _notes_sql(candidate) -> tuple[list[str], list]:
    """`_notes_by_step`'s rows as one JSON column, for `plans.fingerprint_with`."""
    q = connection.ops.quote_name
    statuses = [str(status) for status in _NOTE_STATUSES]
    where = f"{q('owner_id')} = %s AND {q('status')} IN ({', '.join(['%s'] * len(statuses))})"
    return [_rows_sql(m.Message._meta.db_table, _NOTE_FIELDS, where)], [candidate.pk, *statuses]


def _json_rows(value) -> list:
    import json

    if value is None:  # PostgreSQL's json_agg of no rows
        return []
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def agenda_inputs(candidate, now: datetime) -> AgendaInputs:
    """The agenda's inputs, read in one statement: the fingerprint, the playbook's layers,
    the mailbox's sign-in, the running snoozes and the notes written for steps (the last
    two as JSON columns; on a database without JSON aggregates, a query each)."""
    from afterview.outreach import account
    from afterview.records import playbook_config
    from afterview.records.kept_sql import _time

    if connection.vendor not in _JSON_ROWS or not connection.features.supports_json_field:  # SQLite without JSON1
        seen, values = plans.fingerprint_with(candidate, playbook_config.stored_sql, account.sign_in_sql)
        snoozes, notes = active_snoozes(candidate, now), _notes_by_step(candidate)
        own, office, *mailbox = values
    else:
        seen, values = plans.fingerprint_with(
            candidate, playbook_config.stored_sql, account.sign_in_sql, _snoozes_sql, _notes_sql, now=now
        )
        own, office, *mailbox, snoozed, noted = values
        snoozes = {(a, k, p): _time(until) for a, k, p, until in _json_rows(snoozed)}
        notes = _by_step(
            StepNote(*row[:5], _time(row[5]) if row[5] is not None else None)
            for row in sorted(_json_rows(noted), key=lambda row: row[0])
        )
    return AgendaInputs(
        seen,
        playbook_config.rules_of(*playbook_config.stored_values(own, office)),
        snoozes,
        notes,
        mail_problem=account.sign_in_problem_of(*mailbox),
    )


def agenda_kept_for(candidate, inputs: AgendaInputs) -> float | None:
    """How many more seconds a page made now from `inputs` may be kept: as long as the
    kept facts it came from (`web.plans.FACTS_MAX_AGE` from their loading); None when
    they are not the ones `inputs` saw (a write came between)."""
    import time

    state = plans.kept_state(candidate)
    if state is None or state[0] != inputs.fingerprint:
        return None
    left = plans.FACTS_MAX_AGE - (time.monotonic() - state[1])
    return left if left > 0 else None


def agenda(candidate, now: datetime, *, tz: str | None = None, shown: int = SHOWN, inputs: AgendaInputs | None = None) -> Agenda:
    """Every application's steps, grouped by when each falls due in the candidate's zone.

    Snoozed steps move to their own group; the first `shown` of each group carry
    the note already written for them, if any. `inputs`: as `agenda_inputs` just read
    them (else read here)."""
    groups, quiet, count = _groups(candidate, now, tz or profile_of(candidate).tz, inputs)
    snoozes = inputs.snoozes if inputs else active_snoozes(candidate, now)
    notes = inputs.notes if inputs else _notes_by_step(candidate)
    out: dict[str, list[AgendaItem]] = {}
    snoozed = []
    for name, items in groups.items():
        if snoozes:
            kept = []
            for item in items:
                until = snoozes.get(item.key)
                if until is None:
                    kept.append(item)
                else:
                    snoozed.append(replace(item, snoozed_until=until))
            items = kept
        if notes:
            items = [replace(i, note=notes[i.key]) if i.key in notes else i for i in items[:shown]] + items[shown:]
        out[name] = items
    snoozed = [replace(i, note=notes.get(i.key)) for i in snoozed]
    return Agenda(
        overdue=Group(out["overdue"], shown),
        today=Group(out["today"], shown),
        week=Group(out["week"], shown),
        later=Group(out["later"], 0),
        snoozed=Group(snoozed, shown),
        quiet=quiet,
        applications=count,
    )


def application_rows(candidate, now: datetime) -> list[tuple[Plan, Action | None]]:
    """Each application with its first step, for the list page (the order of `afterview list`)."""
    return [(plan, plan.first) for plan in read.application_rows(plans.plans(candidate, now))]


def find_action(candidate, application_id: int, kind: str, person_key: str, now: datetime) -> Action:
    """The step of the current plan named by kind and person; NotFound when the plan moved on."""
    plan = next((p for p in plans.plans(candidate, now) if p.application_id == int(application_id)), None)
    if plan is None:
        get_application(candidate, application_id)  # raises NotFound for another's application
        raise NotFound(f"no application {application_id}")
    for action in plan.actions:
        if str(action.kind) == kind and (action.person_key or "") == (person_key or ""):
            return action
    raise NotFound("that step is no longer in the plan; the agenda shows what is due now")


def mark_done(candidate, application_id: int, kind: str, person_key: str, *, now: datetime, note: str = "") -> m.Touch:
    """Log the touch that completes a step (a thank-you sent, a call made)."""
    action = find_action(candidate, application_id, kind, person_key, now)
    if action.kind in NOT_A_TOUCH:
        raise InvalidInput("this step is done once the contact's e-mail address is changed; edit the contact")
    person = None
    if action.person_key:
        contact = m.Contact.objects.for_owner(candidate).filter(pk=action.person_key).first()
        person = contact.name if contact else None
    with transaction.atomic():
        touch = records.add_touch(candidate, application_id, str(action.done_by), at=now, person=person, note=note)
        Snooze.objects.for_owner(candidate).filter(
            application_id=application_id, kind=kind, person_key=person_key or ""
        ).delete()
    forget_plans(candidate, application_id)
    return touch


def snooze_until(choice: str, now: datetime, tz: str) -> datetime:
    """When a snooze chosen as `choice` (see SNOOZE_CHOICES) ends; mornings at 08:00 local."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    morning = local.replace(hour=8, minute=0, second=0, microsecond=0)
    if choice == "2h":
        return now + timedelta(hours=2)
    if choice == "tomorrow":
        return (morning + timedelta(days=1)).astimezone(zone)
    if choice == "monday":
        days = (7 - local.weekday()) % 7 or 7
        return morning + timedelta(days=days)
    if choice == "week":
        return morning + timedelta(days=7)
    raise InvalidInput(f"unknown snooze {choice!r}; choose one of {', '.join(c for c, _ in SNOOZE_CHOICES)}")


@transaction.atomic
def snooze(candidate, application_id: int, kind: str, person_key: str, *, until_at: datetime, now: datetime) -> Snooze:
    """Hide a step from the agenda until `until_at` (it stays in the application's plan)."""
    if until_at <= now:
        raise InvalidInput("a snooze must end in the future")
    find_action(candidate, application_id, kind, person_key, now)
    snoozed, _ = Snooze.objects.update_or_create(
        owner=candidate,
        application_id=int(application_id),
        kind=kind,
        person_key=person_key or "",
        defaults={"until_at": until_at, "created_at": now},
    )
    return snoozed


def unsnooze(candidate, application_id: int, kind: str, person_key: str) -> int:
    return Snooze.objects.for_owner(candidate).filter(
        application_id=application_id, kind=kind, person_key=person_key or ""
    ).delete()[0]


# -- one application ----------------------------------------------------------------------


@dataclass
class ApplicationPage(ApplicationSummary):
    """The records read model's summary of one application, with the steps the candidate snoozed."""

    snoozed: dict[tuple[str, str], datetime] = field(default_factory=dict)


def application_items(page: ApplicationPage, now: datetime, tz: str) -> list[AgendaItem]:
    """The application's steps as agenda items (grouped and snooze-marked the same way)."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    week_end = today + timedelta(days=7)
    notes = {}
    for message in page.messages:
        step = _step_of_note(message) if message.status in _NOTE_STATUSES else None
        if step is not None:
            notes[step[1:]] = message
    return [
        AgendaItem(
            entry.action,
            page.application_id,
            page.company,
            page.role,
            _group(entry.action, now, today, week_end, zone),
            page.snoozed.get((str(entry.action.kind), entry.action.person_key or "")),
            notes.get((str(entry.action.kind), entry.action.person_key or "")),
            zone=tz,
        )
        # The page is a plan of one application: its steps in the agenda's one order.
        for entry in read.agenda_entries([page], now)
    ]


def application_page(candidate, application_id: int, now: datetime) -> ApplicationPage:
    """Everything one application's page shows; NotFound for another candidate's."""
    try:
        application_id = int(application_id)
    except (TypeError, ValueError) as e:
        raise NotFound(f"no application {application_id}") from e
    parts = summary_parts(candidate, application_id, now, facts=plans.facts_of(candidate, application_id))
    snoozed = {
        (s.kind, s.person_key): s.until_at
        for s in Snooze.objects.for_owner(candidate).filter(application_id=application_id, until_at__gt=now)
    }
    return ApplicationPage(**parts, snoozed=snoozed)


# -- the pages' writes: each forgets the kept plans it changes ----------------------------------
#
# The kept plans (`afterview.web.plans`) notice rows added or deleted by anyone, but
# not every edit in place; a write made here names what it changed, so the next page
# reloads just that application. Views call these, never `forget_plans` themselves.


def log_touch(candidate, application_id: int, kind: str, **fields) -> m.Touch:
    """`records.add_touch`, then the application's plan is made again."""
    touch = records.add_touch(candidate, application_id, kind, **fields)
    forget_plans(candidate, application_id)
    return touch


def add_update(candidate, application_id: int, text: str, *, at: datetime) -> m.Update:
    update = records.add_update(candidate, application_id, text, at=at)
    forget_plans(candidate, application_id)
    return update


def set_expectation(candidate, application_id: int, on: date, *, at: datetime) -> m.Expectation:
    expectation = records.set_expectation(candidate, application_id, on, at=at)
    forget_plans(candidate, application_id)
    return expectation


def set_greetings(candidate, application_id: int, salutations: dict[str, str], *, formal: bool) -> m.Organization:
    organization = records.set_greetings(candidate, application_id, salutations, formal=formal)
    forget_plans(candidate, application_id)
    return organization


def add_interview(candidate, data, *, now: datetime) -> m.Application:
    app = records.add_interview(candidate, data, now=now)
    forget_plans(candidate, app.pk)
    return app


def import_document(candidate, document: dict, *, replace: bool) -> int:
    """An export file's applications added (or, with `replace`, put in place of all)."""
    from afterview.records.exchange import import_document as imported

    count = imported(candidate, document, replace=replace)
    forget_plans(candidate)
    return count


def apply_import(candidate, plan, *, now: datetime):
    """A spreadsheet import's new applications added."""
    from afterview.records.spreadsheet import apply_import as applied

    result = applied(candidate, plan, now=now)
    forget_plans(candidate)
    return result


def confirm_reply(candidate, inbound_id: int, *, now: datetime, kind: str | None, expect_on: date | None):
    """A reply's reading confirmed (or corrected): its touch's date may change in place."""
    from afterview.outreach import replies

    done = replies.confirm_review(candidate, inbound_id, now=now, kind=kind, expect_on=expect_on)
    forget_plans(candidate, done.application_id)
    return done


# -- what the pages list ---------------------------------------------------------------------------


def contact_names(app: m.Application) -> list[str]:
    """The names of the people at an application's organization."""
    return [c.name for c in app.organization.contacts.all()]


def contact_keys(app: m.Application) -> list[str]:
    return [str(pk) for pk in app.organization.contacts.values_list("pk", flat=True)]


def company_names(candidate) -> list[str]:
    """The organizations the candidate has, by name (the interview form suggests them)."""
    return list(m.Organization.objects.for_owner(candidate).values_list("name", flat=True))


def application_choices(candidate) -> list[tuple[int, str]]:
    """(id, "Company — Role") of every application, by company and role, for a menu."""
    return [
        (app.pk, f"{app.organization.name} — {app.role}")
        for app in m.Application.objects.for_owner(candidate).select_related("organization").order_by("organization__name", "role")
    ]


def application_count(candidate) -> int:
    return m.Application.objects.for_owner(candidate).count()


def recent_updates(candidate, *, limit: int = 200) -> list[m.Update]:
    """The updates page's list: unsent first, the newest first."""
    rows = m.Update.objects.for_owner(candidate).select_related("application__organization").order_by("sent_at", "-added_at")
    return list(rows[:limit])


def drafts(candidate) -> list[m.Message]:
    """Notes written but not yet in the outbox, the newest first."""
    return list(
        m.Message.objects.for_owner(candidate)
        .filter(status__in=MessageStatus.OPEN)
        .select_related("application__organization", "contact")
        .order_by("-created_at")
    )


# -- settings -----------------------------------------------------------------------------------


def save_profile(candidate, *, display_name: str, email: str, tz: str) -> None:
    profile = profile_of(candidate)
    profile.display_name, profile.email, profile.tz = display_name, email, tz
    profile.save(update_fields=["display_name", "email", "tz"])
    forget_plans(candidate)


def save_playbook(candidate, overrides: dict) -> None:
    """Make `overrides` the candidate's own playbook values (never the install's file);
    InvalidInput names the offending key."""
    from afterview.records.playbook_config import replace_overrides

    replace_overrides(candidate, overrides)
    forget_plans(candidate)
