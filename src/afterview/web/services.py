"""What the web pages need beyond the records services: the agenda (the plans of
every application grouped by when they fall due), snoozing, marking an action
done, and the read model of one application's page.

Like `afterview.records.services`, every function takes the candidate first and
sees only that candidate's rows. No playbook rule lives here: plans come from
`afterview.core.playbook`, this module only sorts them by the calendar.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.urls import reverse

from afterview.core.errors import InvalidInput, NotFound
from afterview.core.facts import ApplicationFacts
from afterview.core.playbook import NOT_A_TOUCH, Action, ActionKind, Explanation, Stage, explain
from afterview.records import models as m
from afterview.records.playbook_config import candidate_rules
from afterview.records.services import add_touch, get_application, profile_of
from afterview.web import plans
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


def forget_plans(candidate, application_id: int | None = None) -> None:
    """After a write: the next page reloads that application (or all of them)."""
    plans.forget(candidate, application_id)


# -- the agenda -----------------------------------------------------------------------


def when_text(value: datetime | None, tz: str) -> str:
    """'Fri 4 Dec, 09:00' in zone `tz` (dates read as the playbook's reasons write them)."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


@lru_cache(maxsize=65536)
def _url(name: str, *args) -> str:
    return reverse(name, args=args)


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
        from afterview.web.templatetags.web_extras import step_title

        return step_title(self.action)

    @cached_property
    def due_text(self) -> str:
        return when_text(self.action.due_at, self.zone)

    @cached_property
    def deadline_text(self) -> str:
        return when_text(self.action.latest_at, self.zone)

    @cached_property
    def blocked_text(self) -> str:
        return when_text(self.action.blocked_until, self.zone)

    @property
    def snoozed_text(self) -> str:
        return when_text(self.snoozed_until, self.zone)

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
_NOTE_STATUSES = (
    m.MessageStatus.DRAFT,
    m.MessageStatus.APPROVED,
    m.MessageStatus.SCHEDULED,
    m.MessageStatus.SENDING,
    m.MessageStatus.UNKNOWN,
    m.MessageStatus.FAILED,
)


def _step_of_note(message: m.Message) -> tuple[int, str, str] | None:
    for step, kind in WRITTEN.items():
        if kind == message.kind:
            return (message.application_id, str(step), str(message.contact_id))
    return None


def _notes_by_step(candidate, **filters) -> dict[tuple[int, str, str], m.Message]:
    rows = m.Message.objects.for_owner(candidate).filter(status__in=_NOTE_STATUSES, **filters).order_by("id")
    found = {}
    for message in rows.only("id", "application_id", "contact_id", "kind", "status", "scheduled_at"):
        step = _step_of_note(message)
        if step is not None:
            found[step] = message
    return found


#: steps shown per group; the applications list has the rest
SHOWN = 15

_grouped: dict[int, tuple[tuple, dict[str, list[AgendaItem]], list[Plan]]] = {}
_grouped_lock = threading.Lock()


def _groups(candidate, now: datetime, tz: str) -> tuple[dict[str, list[AgendaItem]], list[Plan], int]:
    """Every step sorted into overdue/today/week/later; kept as long as the plans it came from."""
    all_plans = plans.plans(candidate, now)
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    key = (plans.plans_key(candidate), tz, today)
    with _grouped_lock:
        memo = _grouped.get(candidate.pk)
    if memo is not None and memo[0] == key:
        return memo[1], memo[2], len(all_plans)
    week_end = today + timedelta(days=7)
    groups: dict[str, list[AgendaItem]] = {"overdue": [], "today": [], "week": [], "later": []}
    quiet = []
    for plan in all_plans:
        if not plan.actions:
            quiet.append(plan)
        for action in plan.actions:
            when = _group(action, now, today, week_end, zone)
            groups[when].append(AgendaItem(action, plan.application_id, plan.company, plan.role, when, zone=tz))
    for items in groups.values():
        items.sort(key=lambda i: (i.action.due_at, i.application_id, i.action.person or ""))
    with _grouped_lock:
        _grouped.pop(candidate.pk, None)
        _grouped[candidate.pk] = (key, groups, quiet)
        while len(_grouped) > plans.KEPT_CANDIDATES:
            del _grouped[next(iter(_grouped))]
    return groups, quiet, len(all_plans)


def agenda(candidate, now: datetime, *, tz: str | None = None, shown: int = SHOWN) -> Agenda:
    """Every application's steps, grouped by when each falls due in the candidate's zone.

    Snoozed steps move to their own group; the first `shown` of each group carry
    the note already written for them, if any."""
    groups, quiet, count = _groups(candidate, now, tz or profile_of(candidate).tz)
    snoozes = {
        (s.application_id, s.kind, s.person_key): s.until_at
        for s in Snooze.objects.for_owner(candidate).filter(until_at__gt=now)
    }
    notes = _notes_by_step(candidate)
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
    """Each application with its first step, for the list page."""
    rows = []
    for plan in plans.plans(candidate, now):
        first = min(plan.actions, key=lambda a: a.due_at, default=None)
        rows.append((plan, first))
    rows.sort(key=lambda row: (row[1] is None, row[1].due_at if row[1] else now, row[0].application_id))
    return rows


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


@dataclass(frozen=True)
class InterviewRow:
    """An interview as the page lists it: when, the stated date, and who with what highlight."""

    starts_at: datetime
    ends_at: datetime
    expect_on: date | None
    panel: tuple[tuple[str, str], ...]  # (name, highlight)
    #: the zone the interview was given in
    tz: str = "UTC"


@dataclass
class ApplicationPage:
    application_id: int
    facts: ApplicationFacts
    explanation: Explanation
    messages: list[m.Message]
    snoozed: dict[tuple[str, str], datetime]

    @property
    def company(self) -> str:
        return self.facts.company

    @property
    def role(self) -> str:
        return self.facts.role

    @property
    def stage(self) -> Stage:
        return self.explanation.stage

    @property
    def actions(self) -> tuple[Action, ...]:
        return self.explanation.steps

    @property
    def people(self):
        return sorted(self.facts.people, key=lambda p: p.name)

    @property
    def hiring_key(self) -> str | None:
        return self.facts.hiring_contact_key

    def name_of(self, key: str | None) -> str | None:
        person = self.facts.person(key)
        return person.name if person else None

    @property
    def interviews(self) -> list[InterviewRow]:
        return [
            InterviewRow(
                i.starts_at,
                i.ends_at,
                i.expect_on,
                tuple((self.name_of(k) or "?", i.highlight_for(k) or "") for k in i.interviewer_keys),
                i.tz or self.facts.tz,
            )
            for i in sorted(self.facts.interviews, key=lambda i: (i.starts_at, i.key))
        ]

    @property
    def updates(self):
        return sorted(self.facts.updates, key=lambda u: (u.added_at, u.key))


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
            action,
            page.application_id,
            page.company,
            page.role,
            _group(action, now, today, week_end, zone),
            page.snoozed.get((str(action.kind), action.person_key or "")),
            notes.get((str(action.kind), action.person_key or "")),
            zone=tz,
        )
        for action in page.actions
    ]


def application_page(candidate, application_id: int, now: datetime) -> ApplicationPage:
    """Everything one application's page shows; NotFound for another candidate's."""
    try:
        application_id = int(application_id)
    except (TypeError, ValueError) as e:
        raise NotFound(f"no application {application_id}") from e
    facts = plans.facts_of(candidate, application_id)
    messages = list(
        m.Message.objects.for_owner(candidate).filter(application_id=application_id).select_related("contact").order_by("created_at", "id")
    )
    snoozed = {
        (s.kind, s.person_key): s.until_at
        for s in Snooze.objects.for_owner(candidate).filter(application_id=application_id, until_at__gt=now)
    }
    explanation = explain(facts, now, candidate_rules(candidate))
    if explanation.problem is not None:
        # The page names the problem; a time at the calendar's very end can't be shown in a zone.
        from afterview.core.parse import in_planned_years

        explanation = replace(explanation, timeline=tuple(e for e in explanation.timeline if in_planned_years(e.at)))
    return ApplicationPage(
        application_id=application_id,
        facts=facts,
        explanation=explanation,
        messages=messages,
        snoozed=snoozed,
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
