"""What the web pages need beyond the records services: the agenda (the plans of
every application grouped by when they fall due), snoozing, marking an action
done, and the read model of one application's page.

Like `afterview.records.services`, every function takes the candidate first and
sees only that candidate's rows. No playbook rule lives here: plans come from
`afterview.core.playbook`, this module only sorts them by the calendar.
"""

from __future__ import annotations

import threading
import time as _time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import connection, transaction

from afterview.core.errors import InvalidInput, NotFound
from afterview.core.facts import ApplicationFacts
from afterview.core.playbook import Action, ActionKind, Explanation, Stage, explain, next_actions, stage
from afterview.records import models as m
from afterview.records.facts import applications_with_everything, facts_from_application
from afterview.records.playbook_config import home_rules
from afterview.records.services import add_touch, application_detail, candidate_name, get_application, profile_of
from afterview.web.models import Snooze

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

#: Actions the candidate writes as an e-mail (the others are a call or a decision).
WRITTEN = {
    ActionKind.THANK_YOU: m.MessageKind.THANK_YOU,
    ActionKind.FOLLOW_UP: m.MessageKind.FOLLOW_UP,
    ActionKind.ASK_NEXT_STEPS: m.MessageKind.NEXT_STEPS,
}

SNOOZE_CHOICES = (
    ("2h", "2 hours"),
    ("tomorrow", "until tomorrow"),
    ("monday", "until Monday"),
    ("week", "a week"),
)


# -- plans, computed once and reused -------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """One application's derived state: its stage and the whole plan."""

    application_id: int
    company: str
    role: str
    stage: Stage
    actions: tuple[Action, ...]
    last_interview_at: datetime | None


@dataclass
class _Cached:
    fingerprint: tuple
    rules: object
    made_at: float
    now: datetime
    plans: dict[int, Plan]
    stale: set[int] = field(default_factory=set)


# A plan only changes when the rows change or time moves on. Keeping the plans of
# a candidate's applications for a short while makes the agenda cheap with
# thousands of applications; any write through the web app forgets the affected
# application at once, and writes from elsewhere (the command line, the worker,
# another web process) are noticed by the row fingerprint, or at the latest
# when the entry ages out.
_MAX_AGE = 30.0
_cache: dict[int, _Cached] = {}
_lock = threading.Lock()

_FINGERPRINT_TABLES = (
    m.Application,
    m.Organization,
    m.Contact,
    m.Interview,
    m.Interviewer,
    m.Touch,
    m.Update,
    m.Expectation,
)


def _fingerprint(candidate) -> tuple:
    """Counts and highest ids of the rows a plan is made from, in one query."""
    parts = []
    params = []
    for model in _FINGERPRINT_TABLES:
        table = connection.ops.quote_name(model._meta.db_table)
        parts.append(f"(SELECT COUNT(*) FROM {table} WHERE owner_id = %s)")
        parts.append(f"(SELECT MAX(id) FROM {table} WHERE owner_id = %s)")
        params += [candidate.pk, candidate.pk]
    update_table = connection.ops.quote_name(m.Update._meta.db_table)
    parts.append(f"(SELECT COUNT(sent_at) FROM {update_table} WHERE owner_id = %s)")
    params.append(candidate.pk)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        row = cursor.fetchone()
    return (*row, candidate_name(candidate))


def _plan_of(app: m.Application, name: str, now: datetime, rules) -> Plan:
    facts = facts_from_application(app, name)
    actions = tuple(next_actions(facts, now, rules))
    interviews = list(app.interviews.all())
    return Plan(
        application_id=app.pk,
        company=app.organization.name,
        role=app.role,
        stage=stage(facts, now, rules),
        actions=actions,
        last_interview_at=interviews[-1].starts_at if interviews else None,
    )


def plans(candidate, now: datetime) -> list[Plan]:
    """The plan of every application the candidate has, in id order."""
    rules = home_rules()
    fingerprint = _fingerprint(candidate)
    name = fingerprint[-1]
    with _lock:
        cached = _cache.get(candidate.pk)
        usable = (
            cached is not None
            and cached.fingerprint in (fingerprint, None)
            and cached.rules is rules
            and _time.monotonic() - cached.made_at < _MAX_AGE
            and abs((now - cached.now).total_seconds()) < _MAX_AGE
        )
        if usable:
            stale, cached.stale = cached.stale, set()
            # None: this process wrote, and said which applications it changed.
            cached.fingerprint = fingerprint
    if not usable:
        made = {app.pk: _plan_of(app, name, now, rules) for app in applications_with_everything(candidate)}
        with _lock:
            _cache[candidate.pk] = _Cached(fingerprint, rules, _time.monotonic(), now, made)
        return list(made.values())
    if stale:
        fresh = {
            app.pk: _plan_of(app, name, cached.now, rules)
            for app in applications_with_everything(candidate).filter(pk__in=stale)
        }
        with _lock:
            for gone in stale - set(fresh):
                cached.plans.pop(gone, None)
            cached.plans.update(fresh)
    with _lock:
        return sorted(cached.plans.values(), key=lambda p: p.application_id)


def forget_plans(candidate, application_id: int | None = None) -> None:
    """After a write: recompute one application's plan (or all of them) on the next request."""
    with _lock:
        cached = _cache.get(candidate.pk)
        if cached is None:
            return
        if application_id is None:
            del _cache[candidate.pk]
        else:
            cached.stale.add(int(application_id))
            cached.fingerprint = None


# -- the agenda -----------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    action: Action
    application_id: int
    company: str
    role: str
    #: "overdue", "today", "week" or "later"
    when: str
    snoozed_until: datetime | None = None
    #: the note already written for this step, if any
    note: m.Message | None = None

    @property
    def writes(self) -> bool:
        """Whether the step is an e-mail the candidate can draft here."""
        return self.action.kind in WRITTEN

    @property
    def held(self) -> bool:
        return self.action.blocked_until is not None


@dataclass
class Agenda:
    overdue: list[AgendaItem]
    today: list[AgendaItem]
    week: list[AgendaItem]
    later: list[AgendaItem]
    snoozed: list[AgendaItem]
    #: applications with nothing to do: (plan, why nothing)
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
_NOTE_STATUSES = (
    m.MessageStatus.DRAFT,
    m.MessageStatus.APPROVED,
    m.MessageStatus.SCHEDULED,
    m.MessageStatus.SENDING,
    m.MessageStatus.UNKNOWN,
    m.MessageStatus.FAILED,
)


def _notes_by_step(candidate, **filters) -> dict[tuple[int, str, str], m.Message]:
    found = {}
    rows = m.Message.objects.for_owner(candidate).filter(status__in=_NOTE_STATUSES, **filters).order_by("id")
    for message in rows.only("id", "application_id", "contact_id", "kind", "status", "scheduled_at"):
        for step, kind in WRITTEN.items():
            if kind == message.kind:
                found[(message.application_id, str(step), str(message.contact_id))] = message
    return found


def agenda(candidate, now: datetime) -> Agenda:
    """Every application's plan, grouped by when each step falls due in the candidate's zone."""
    tz = ZoneInfo(profile_of(candidate).tz)
    today = now.astimezone(tz).date()
    week_end = today + timedelta(days=7)
    snoozes = {
        (s.application_id, s.kind, s.person_key): s.until_at
        for s in Snooze.objects.for_owner(candidate).filter(until_at__gt=now)
    }
    groups: dict[str, list[AgendaItem]] = {"overdue": [], "today": [], "week": [], "later": [], "snoozed": []}
    quiet = []
    all_plans = plans(candidate, now)
    notes = _notes_by_step(candidate)
    for plan in all_plans:
        if not plan.actions:
            quiet.append(plan)
            continue
        for action in plan.actions:
            when = _group(action, now, today, week_end, tz)
            until = snoozes.get((plan.application_id, str(action.kind), action.person_key or ""))
            note = notes.get((plan.application_id, str(action.kind), action.person_key or ""))
            item = AgendaItem(action, plan.application_id, plan.company, plan.role, when, until, note)
            groups["snoozed" if until else when].append(item)
    for items in groups.values():
        items.sort(key=lambda i: (i.action.due_at, i.application_id, i.action.person or ""))
    return Agenda(
        overdue=groups["overdue"],
        today=groups["today"],
        week=groups["week"],
        later=groups["later"],
        snoozed=groups["snoozed"],
        quiet=quiet,
        applications=len(all_plans),
    )


def application_rows(candidate, now: datetime) -> list[tuple[Plan, Action | None]]:
    """Each application with its first step, for the list page."""
    rows = []
    for plan in plans(candidate, now):
        first = min(plan.actions, key=lambda a: a.due_at, default=None)
        rows.append((plan, first))
    rows.sort(key=lambda row: (row[1] is None, row[1].due_at if row[1] else now, row[0].application_id))
    return rows


def find_action(candidate, application_id: int, kind: str, person_key: str, now: datetime) -> Action:
    """The step of the current plan named by kind and person; NotFound when the plan moved on."""
    plan = next((p for p in plans(candidate, now) if p.application_id == int(application_id)), None)
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
    person = None
    if action.person_key:
        contact = m.Contact.objects.for_owner(candidate).filter(pk=action.person_key).first()
        person = contact.name if contact else None
    with transaction.atomic():
        touch = add_touch(candidate, application_id, str(action.done_by), at=now, person=person, note=note)
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
class ApplicationPage:
    app: m.Application
    facts: ApplicationFacts
    explanation: Explanation
    contacts: dict[int, m.Contact]
    interviews: list[m.Interview]
    touches: list[m.Touch]
    updates: list[m.Update]
    messages: list[m.Message]
    snoozed: dict[tuple[str, str], datetime]

    @property
    def stage(self) -> Stage:
        return self.explanation.stage

    @property
    def actions(self) -> tuple[Action, ...]:
        return self.explanation.steps

    @property
    def people(self) -> list[m.Contact]:
        return sorted(self.contacts.values(), key=lambda c: c.name)


def application_items(page: ApplicationPage, now: datetime, tz: str) -> list[AgendaItem]:
    """The application's steps as agenda items (grouped and snooze-marked the same way)."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    week_end = today + timedelta(days=7)
    app = page.app
    notes = {}
    for message in page.messages:
        if message.status in _NOTE_STATUSES:
            for step, kind in WRITTEN.items():
                if kind == message.kind:
                    notes[(str(step), str(message.contact_id))] = message
    return [
        AgendaItem(
            action,
            app.pk,
            app.organization.name,
            app.role,
            _group(action, now, today, week_end, zone),
            page.snoozed.get((str(action.kind), action.person_key or "")),
            notes.get((str(action.kind), action.person_key or "")),
        )
        for action in page.actions
    ]


def application_page(candidate, application_id: int, now: datetime) -> ApplicationPage:
    """Everything one application's page shows; NotFound for another candidate's."""
    app = application_detail(candidate, application_id)
    facts = facts_from_application(app, candidate_name(candidate))
    snoozed = {
        (s.kind, s.person_key): s.until_at
        for s in Snooze.objects.for_owner(candidate).filter(application=app, until_at__gt=now)
    }
    return ApplicationPage(
        app=app,
        facts=facts,
        explanation=explain(facts, now, home_rules()),
        contacts={c.pk: c for c in app.organization.contacts.all()},
        interviews=list(app.interviews.all()),
        touches=list(app.touches.all()),
        updates=list(app.updates.all()),
        messages=list(app.messages.all()),
        snoozed=snoozed,
    )


# -- settings -----------------------------------------------------------------------------------


def save_profile(candidate, *, display_name: str, email: str, tz: str) -> None:
    profile = profile_of(candidate)
    profile.display_name, profile.email, profile.tz = display_name, email, tz
    profile.save(update_fields=["display_name", "email", "tz"])
    forget_plans(candidate)


def save_playbook(text: str) -> None:
    """Write playbook.toml after checking it loads; InvalidInput names the offending key."""
    import os
    import tempfile

    from afterview.core.rules import load_rules
    from afterview.records.playbook_config import playbook_path

    path = playbook_path()
    load_rules(text, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".playbook-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
